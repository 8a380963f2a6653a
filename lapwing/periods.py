"""Calendar periods for networks and trends: ISO weeks, months, or everything at once."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

PERIODS: tuple[str, ...] = ("week", "month", "all")


@dataclass(frozen=True, order=True)
class Period:
    """One period: ``key`` (``2024-W05``, ``2024-01`` or ``all``) and its first and last day."""

    start: dt.date | None
    end: dt.date | None
    key: str


ALL = Period(None, None, "all")


def period_of(day: dt.date, kind: str) -> Period:
    """The period of ``kind`` that holds ``day``."""
    if kind == "week":
        year, week, weekday = day.isocalendar()
        start = day - dt.timedelta(days=weekday - 1)
        return Period(start, start + dt.timedelta(days=6), f"{year}-W{week:02d}")
    if kind == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return Period(day.replace(day=1), day.replace(day=last), f"{day:%Y-%m}")
    if kind == "all":
        return ALL
    raise ValueError(f"unknown period {kind!r}: use one of {', '.join(PERIODS)}")


def periods_between(first: dt.date, last: dt.date, kind: str) -> list[Period]:
    """Every period of ``kind`` from the one holding ``first`` to the one holding ``last``,
    so that series have a point (maybe zero) for each."""
    out = [period_of(first, kind)]
    while out[-1].end is not None and out[-1].end < last:
        out.append(period_of(out[-1].end + dt.timedelta(days=1), kind))
    return out
