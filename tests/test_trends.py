"""Trend series: periods, normalisation by documents, and the change levels."""

import datetime as dt
from collections import Counter

import pytest

from lapwing.event_rows import CountedEvent, Party
from lapwing.periods import period_of, periods_between
from lapwing.trends import build_series, change_level, keys_of

A = Party("idf", "IDF", "ISR", "MIL", None)
B = Party("hezbollah", "Hezbollah", "LBN", "PRM", None)


def event(key, day, type_="ASSAULT", precision="day"):
    return CountedEvent(key, type_, None, dt.date.fromisoformat(day), precision, (A,), (B,),
                        frozenset({"ISR", "LBN"}))


def test_periods_are_iso_weeks_and_months():
    assert period_of(dt.date(2024, 1, 1), "week").key == "2024-W01"
    assert period_of(dt.date(2024, 12, 30), "week").key == "2025-W01"
    month = period_of(dt.date(2024, 2, 10), "month")
    assert (month.key, month.start, month.end) == ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    keys = [p.key for p in periods_between(dt.date(2024, 1, 31), dt.date(2024, 4, 1), "month")]
    assert keys == ["2024-01", "2024-02", "2024-03", "2024-04"]


def test_keys_per_dimension():
    e = event("c1", "2024-03-01")
    assert keys_of(e, "type") == {"ASSAULT"}
    assert keys_of(e, "actor") == {"idf", "hezbollah"}
    assert keys_of(e, "dyad") == {"idf->hezbollah"}
    assert keys_of(e, "country") == {"ISR", "LBN"}
    with pytest.raises(ValueError, match="type, actor, dyad, country"):
        keys_of(e, "city")


def test_series_are_normalised_by_documents_and_fill_empty_periods():
    docs = Counter({dt.date(2024, 1, 5): 10, dt.date(2024, 3, 5): 20})
    events = [event("c1", "2024-01-02"), event("c2", "2024-03-09"), event("c3", "2024-03-10"),
              event("c4", "2024-03-01", precision="month"),  # placed in its month
              event("c5", "2024-03-01", precision="year"),  # never placed
              event("c6", "2014-06-01")]  # outside the documents' span
    (series,) = build_series(events, docs, "type", "month")
    assert [(p.period, p.events, p.documents, p.rate) for p in series.points] == [
        ("2024-01", 1, 10, 0.1), ("2024-02", 0, 0, None), ("2024-03", 3, 20, 0.15)]
    (weekly,) = build_series(events[:4], docs, "type", "week")
    assert weekly.total == 3  # the month-precision event cannot be placed in a week


def test_change_levels_against_the_trailing_baseline():
    history = [0.10, 0.12, 0.08, 0.10]
    assert change_level(0.10, 5, history) == "stable"
    assert change_level(0.14, 7, history) == "increase"
    assert change_level(0.30, 15, history) == "large increase"
    assert change_level(0.30, 1, history) == "stable"  # one event is not a trend
    assert change_level(0.07, 2, history) == "decrease"
    assert change_level(0.0, 0, history) == "large decrease"
    assert change_level(0.2, 4, [0.0, 0.0, 0.0]) == "new"
    assert change_level(0.2, 4, [0.1, 0.1]) is None  # too little history
    assert change_level(None, 0, history) is None


def test_a_jump_after_a_steady_run_is_flagged_in_the_series():
    docs = Counter({dt.date(2024, m, 1): 10 for m in range(1, 9)})
    events = [event(f"c{m}-{i}", f"2024-{m:02d}-02") for m in range(1, 9)
              for i in range(6 if m == 8 else 1)]
    (series,) = build_series(events, docs, "dyad", "month")
    assert [p.change for p in series.points] == [None, None, None, "stable", "stable", "stable",
                                                 "stable", "large increase"]
