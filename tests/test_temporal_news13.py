"""Time expressions from a fresh news probe (issue #9): general gaps the MEANTIME dev half did not show.

Each sentence is new (not the probe's); each test fails without the rule or cue it names.
"""

from __future__ import annotations

from lapwing.temporal import find_timexes
from timex_helpers import counted_to


def _values(text: str, date: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, date)}



def test_a_month_earlier_counts_from_the_reporting_month_not_the_statement_day() -> None:
    """The statement's day ("said on Thursday") sits between the reported month and the offset:
    the comparison is with the month before August, not the month before the statement."""
    text = ("Factory orders fell 2 percent in August, the ministry said on Thursday. "
            "Orders had risen 1 percent a month earlier.")
    values = _values(text, "2012-10-05")
    assert values["August"] == "2012-08"
    assert values["a month"] == "P1M" and counted_to(text, "2012-10-05", "a month") == "2012-07-01"


def test_a_month_later_counts_from_the_reporting_month_too() -> None:
    """The same anchor forward: a month after the reported month."""
    text = "Exports slumped in March, the agency said on Monday. They recovered a month later."
    assert counted_to(text, "2016-05-11", "a month") == "2016-04-01"


def test_a_timetable_take_place_points_ahead() -> None:
    """"takes place" is a simple present of a timetable, like "opens" or "begins": the next Monday."""
    text = "The regional summit takes place in Nairobi on Monday."
    assert _values(text, "2013-04-10")["Monday"] == "2013-04-15"


def test_a_clock_time_after_a_timetable_day_takes_that_day() -> None:
    """The clock time follows its sentence's day, which the timetable present now puts ahead."""
    text = "The ceremony takes place on Friday at 10 a.m. local time."
    assert _values(text, "2019-03-13")["10 a.m. local time"] == "2019-03-15T10:00"


def test_a_date_ahead_of_which_an_act_happened_lies_after_it() -> None:
    """"ahead of" puts the expression after the act of its clause: a vote still to come, not
    last year's, although the clause is in the past tense."""
    text = "Troops were deployed in the capital on Tuesday ahead of a vote on August 30."
    values = _values(text, "2014-08-20")
    assert values["Tuesday"] == "2014-08-19"
    assert values["August 30"] == "2014-08-30"
