"""Temporal rules that the opened clustering set cluster_test15 led to.

Written for these tests (no sentence is from the set or a corpus): a year that is part of a
quoted or hyphenated name dates nothing, and "since" before an attributive month ("since the
June war") looks back even though the month names an event.
"""

from __future__ import annotations

from lapwing.temporal import find_timexes
from timex_helpers import found, only


def test_a_year_joined_to_a_name_is_no_date() -> None:
    assert found("Greek and Cypriot ships opened the 'Aegean Shield-2027' exercise on Monday.", "2027-03-08") == [
        ("Monday", "DATE", "2027-03-08")]
    assert found("The navies held a drill, dubbed 'Blue Horizon 2027', near Crete.", "2027-03-08") == []


def test_years_outside_names_are_still_dates() -> None:
    # "mid-2027" follows the MEANTIME dev annotators ("mid-2011" = 2011-06-XX), not a bare year
    assert only("Output will peak in mid-2027, the minister said.", "2026-03-08", "mid-2027").value == "2027-06-XX"
    assert only("Turnout fell in 2025 and rose again.", "2026-03-08", "2025").value == "2025"


def test_since_an_attributive_month_looks_back() -> None:
    # in February the nearest June is the coming one; "since" makes it the one before
    assert only("It was his first trip abroad since the June war.", "2026-02-10", "June").value == "2025-06"
    # without "since" the month before a noun is still the nearest one
    assert only("Officials prepared for the June election.", "2026-02-10", "June").value == "2026-06"


def test_a_since_stretch_never_ends_before_it_starts() -> None:
    for timex in find_timexes("Prices have risen since the June war, traders said.", "2026-02-10"):
        assert timex.interval is not None and timex.interval.start and timex.interval.end
        assert timex.interval.start <= timex.interval.end


def test_a_date_preposition_joins_the_date_to_the_verb_before_it() -> None:
    # "signed on 4 May" is past although the timetable present "expires" follows the date as closely
    assert only("The accord signed on 4 May expires at the end of the year.", "2026-05-20", "4 May").value == "2026-05-04"
    # with no verb before it, the verb after the date still decides
    assert only("On 4 June the accord expires.", "2026-05-20", "4 June").value == "2026-06-04"
