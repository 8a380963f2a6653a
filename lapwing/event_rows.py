"""Counted events for networks and trends: one per real-world event, not one per report.

An event that belongs to a cluster is read as its cluster's canonical record, once per
cluster; an unclustered event stands for itself. Only modalities that say the event took
place count (``counted_modalities`` in ``lexicons/plover_scores.yaml``), judged on the
canonical record, whose modality is the most certain of its reports.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from lapwing.clustering import PLOVER_SCORES_PATH, actor_key, read_params_file
from lapwing.filters import Filters
from lapwing.store import Store


@dataclass(frozen=True)
class Party:
    """An actor or recipient as networks and trends group it."""

    key: str
    name: str
    country: str | None
    sector: str | None
    type: str | None

    @property
    def country_key(self) -> str | None:
        """The country+sector node (``ISR-MIL``; ``ISR`` for the state), None without a country."""
        if not self.country:
            return None
        return f"{self.country}-{self.sector}" if self.sector else self.country


@dataclass(frozen=True)
class CountedEvent:
    """One real-world event: its id (cluster or event), type, mode, day and parties."""

    key: str
    type: str
    mode: str | None
    day: dt.date | None
    precision: str
    actors: tuple[Party, ...]
    recipients: tuple[Party, ...]
    countries: frozenset[str]


@cache
def counted_modalities() -> frozenset[str]:
    return frozenset(read_params_file(PLOVER_SCORES_PATH, ["counted_modalities"])["counted_modalities"])


def counted_events(store: Store, filters: Filters | None = None) -> Iterator[CountedEvent]:
    """The events the filters select, one per cluster, whose modality counts."""
    where, params = (filters or Filters()).event_where("e")
    con = store.con
    has_clusters = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'clusters' AND schema_name = 'main'"
    ).fetchone()[0]  # type: ignore[index]
    record = "coalesce(c.canonical, e.record)" if has_clusters else "e.record"
    join = "LEFT JOIN clusters c ON c.cluster_id = e.cluster_id" if has_clusters else ""
    rows = con.execute(
        f"SELECT DISTINCT ON (k) coalesce(e.cluster_id, e.event_id) AS k, {record} "
        f"FROM events e {join} WHERE {where} ORDER BY k",
        params,
    ).fetchall()
    modalities = counted_modalities()
    for key, text in rows:
        data = json.loads(text)
        if data.get("modality", "asserted") in modalities:
            yield _counted(key, data)


def _counted(key: str, data: dict[str, Any]) -> CountedEvent:
    date = data.get("date") or {}
    first = date.get("start") or date.get("end")
    actors = tuple(party_of(r) for r in data.get("actors") or [])
    recipients = tuple(party_of(r) for r in data.get("recipients") or [])
    place_country = (data.get("location") or {}).get("country")
    countries = {p.country for p in (*actors, *recipients) if p.country}
    return CountedEvent(
        key=key, type=data["type"], mode=data.get("mode"),
        day=dt.date.fromisoformat(first) if first and len(first) == 10 else None,
        precision=date.get("precision") or "unknown",
        actors=actors, recipients=recipients,
        countries=frozenset(countries | ({place_country} if place_country else set())),
    )


def party_of(ref: dict[str, Any]) -> Party:
    """An ActorRef's JSON form as a party (resolved by id, others by lowercased name)."""
    return Party(actor_key(ref), ref.get("name") or ref.get("text") or actor_key(ref),
                 ref.get("country"), ref.get("sector"), ref.get("type"))
