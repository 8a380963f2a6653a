"""Trends: weekly and monthly series per dyad, actor, event type and country, with a change
indicator against a trailing baseline (parameters in ``models/trends.yaml``).

Counts are of real-world events (clusters, see :mod:`lapwing.event_rows`), and each is
divided by the number of original documents (near-duplicates left out) published in the
period: coverage grows and shrinks, and a series of raw counts mostly shows that. The
change level compares a period's rate with the mean and standard deviation of the
trailing periods, like ACLED's change levels; it is None when the history is too short.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from lapwing.clustering import MODELS_DIR, read_params_file
from lapwing.event_rows import CountedEvent, counted_events
from lapwing.filters import Filters
from lapwing.periods import Period, period_of, periods_between
from lapwing.store import Store

TRENDS_PATH = MODELS_DIR / "trends.yaml"
DIMENSIONS: tuple[str, ...] = ("type", "actor", "dyad", "country")
TREND_PERIODS: tuple[str, ...] = ("week", "month")


@cache
def load_trend_params(path: Path = TRENDS_PATH) -> dict[str, Any]:
    return read_params_file(path, ["baseline_periods", "min_history", "min_sd_share", "levels",
                                   "min_events", "precisions"])


@dataclass(frozen=True)
class Point:
    """One period of a series: events, documents, rate, the baseline and the change level."""

    period: str
    start: dt.date
    events: int
    documents: int
    rate: float | None
    baseline: float | None
    change: str | None


@dataclass(frozen=True)
class Series:
    dimension: str
    key: str
    points: list[Point]

    @property
    def total(self) -> int:
        return sum(p.events for p in self.points)


def keys_of(event: CountedEvent, dimension: str) -> set[str]:
    """The values of one dimension an event counts towards (each once)."""
    if dimension == "type":
        return {event.type}
    if dimension == "actor":
        return {p.key for p in (*event.actors, *event.recipients)}
    if dimension == "dyad":
        return {f"{a.key}->{r.key}" for a in event.actors for r in event.recipients if a.key != r.key}
    if dimension == "country":
        return set(event.countries)
    raise ValueError(f"unknown trend dimension {dimension!r}: use one of {', '.join(DIMENSIONS)}")


def build_series(events: Iterable[CountedEvent], documents: Counter[dt.date], dimension: str,
                 period: str = "month", params: dict[str, Any] | None = None) -> list[Series]:
    """One series per value of ``dimension``, over every period from the first document to
    the last, largest total first. ``documents`` counts documents per day."""
    p = params or load_trend_params()
    if period not in p["precisions"]:
        raise ValueError(f"unknown trend period {period!r}: use one of {', '.join(TREND_PERIODS)}")
    placeable = set(p["precisions"][period])
    placed = [e for e in events if e.day is not None and e.precision in placeable]
    # The documents' span: outside it a rate means nothing (an article of 2025 recalling
    # 2014 says nothing about coverage of 2014). Without documents, the events' span.
    days = list(documents) or [e.day for e in placed]  # type: ignore[misc]
    if not days:
        return []
    periods = periods_between(min(days), max(days), period)
    covered = {q.key for q in periods}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for event in placed:
        when = period_of(event.day, period).key  # type: ignore[arg-type]
        if when in covered:
            for key in keys_of(event, dimension):
                counts[key][when] += 1
    docs = Counter({q.key: 0 for q in periods})
    for day, n in documents.items():
        docs[period_of(day, period).key] += n
    series = [Series(dimension, key, _points(periods, counts[key], docs, period, p))
              for key in counts]
    return sorted(series, key=lambda s: (-s.total, s.key))


def _points(periods: list[Period], counts: Counter[str], docs: Counter[str], kind: str,
            p: dict[str, Any]) -> list[Point]:
    rates = [counts[q.key] / docs[q.key] if docs[q.key] else None for q in periods]
    window = int(p["baseline_periods"][kind])
    points = []
    for i, q in enumerate(periods):
        history = [r for r in rates[max(0, i - window):i] if r is not None]
        baseline = statistics.fmean(history) if history else None
        points.append(Point(q.key, q.start, counts[q.key], docs[q.key],  # type: ignore[arg-type]
                            rates[i], baseline, change_level(rates[i], counts[q.key], history, p)))
    return points


def change_level(rate: float | None, events: int, history: list[float],
                 params: dict[str, Any] | None = None) -> str | None:
    """The change level of a period against its trailing ``history`` of rates: ``new``
    (nothing before), one of the configured levels, ``stable``, or None (too little history,
    or no documents this period)."""
    p = params or load_trend_params()
    if rate is None or len(history) < int(p["min_history"]):
        return None
    mean = statistics.fmean(history)
    if mean == 0:
        return "new" if events >= int(p["min_events"]) else "stable"
    sd = max(statistics.pstdev(history), float(p["min_sd_share"]) * mean)
    z = (rate - mean) / sd
    for level in p["levels"]:
        if "above" in level and z >= float(level["above"]) and events >= int(p["min_events"]):
            return str(level["name"])
        if "below" in level and z <= float(level["below"]):
            return str(level["name"])
    return "stable"


def store_series(store: Store, dimension: str, period: str = "month",
                 filters: Filters | None = None) -> list[Series]:
    """Series of the events the filters select, normalised by the store's documents."""
    rows = store.con.execute(
        "SELECT published, count(*) FROM documents WHERE duplicate_of IS NULL "
        "AND published IS NOT NULL GROUP BY published"
    ).fetchall()
    return build_series(counted_events(store, filters), Counter(dict(rows)), dimension, period)


def series_to_json(series: list[Series]) -> list[dict[str, Any]]:
    """Series as JSON-ready dicts (dates as ISO text)."""
    return [
        {"dimension": s.dimension, "key": s.key, "total": s.total,
         "points": [{**vars(pt), "start": pt.start.isoformat()} for pt in s.points]}
        for s in series
    ]


def latest_changes(series: list[Series], keep: Callable[[Point], bool] = lambda p: p.change is not None
                   ) -> list[tuple[Series, Point]]:
    """Each series with its last point, when ``keep`` accepts it (for the CLI summary)."""
    return [(s, s.points[-1]) for s in series if s.points and keep(s.points[-1])]
