"""Round-3 temporal rules of session 32 (probe T8 and the opened timex_news4 set).

Sentences written for these tests, none taken from a probe or corpus: the onset of a measure
("from September 1", "effective on Friday") in a past clause, the end of a range after its
start, the day a clock time belongs to, "coming" as a participle, and "a year earlier" after a
comparison with another quarter.
"""

from __future__ import annotations

from timex_helpers import only


def test_the_onset_of_a_measure_looks_ahead_in_a_past_clause() -> None:
    # 2031-08-05 is a Tuesday
    assert only("Ottawa imposed duties on Korean steel from October 1.", "2031-08-05",
                "October 1").value == "2031-10-01"
    assert only("The regulator cut the fee, effective on Thursday.", "2031-08-05", "Thursday").value == "2031-08-07"
    assert only("The council raised parking charges starting September 15.", "2031-08-05",
                "September 15").value == "2031-09-15"
    # a recent onset stays past: the nearer past reading wins
    assert only("The ministry lifted the ban from July 20.", "2031-08-05", "July 20").value == "2031-07-20"


def test_a_bare_from_before_a_month_is_the_base_of_a_change_and_stays_past() -> None:
    # 2031-02-10: next March is nearer than last March, but sales cannot have fallen from it
    assert only("Car sales fell 8 percent from March, the trade body said.", "2031-02-10",
                "March").value == "2030-03"
    # a day after "from" is still the onset of a measure
    assert only("Ottawa imposed duties on Korean steel from March 3.", "2031-02-10",
                "March 3").value == "2031-03-03"


def test_a_past_clause_without_an_onset_stays_past() -> None:
    assert only("Ottawa imposed duties on Korean steel on October 1.", "2031-08-05",
                "October 1").value == "2030-10-01"
    assert only("The regulator cut the fee on Thursday.", "2031-08-05", "Thursday").value == "2031-07-31"


def test_a_range_ends_after_its_start() -> None:
    text = "The state cut fuel duty last week, effective from January 12 until November 30."
    assert only(text, "2031-01-18", "November 30").value == "2031-11-30"
    assert only(text, "2031-01-18", "January 12").value == "2031-01-12"
    text = "Ferries ran a reduced timetable from December 20 to January 6."
    assert only(text, "2031-01-10", "December 20").value == "2030-12-20"
    assert only(text, "2031-01-10", "January 6").value == "2031-01-06"


def test_a_clock_time_takes_the_day_before_it_in_its_clause() -> None:
    # 2031-03-04 is a Tuesday; the closing was on Friday, before the holiday named after it
    text = "Trading was thin on Friday, when exchanges shut at 1 p.m. ahead of the Easter Monday holiday."
    assert only(text, "2031-03-04", "1 p.m.").value == "2031-02-28T13:00"
    # a day right after the clock time wins
    text = "The vote closed on Monday and results were posted at 6 p.m. on Tuesday."
    assert only(text, "2031-03-05", "6 p.m.").value == "2031-03-04T18:00"


def test_a_clock_time_ignores_a_day_in_a_later_clause() -> None:
    text = ("The figures came out at 10 a.m., and bonds rallied on bets on the central bank's "
            "meeting, which ends on April 29.")
    assert only(text, "2031-04-04", "10 a.m.").value == "2031-04-04T10:00"


def test_coming_before_a_preposition_is_a_participle() -> None:
    text = "The bank raised rates three times this year, with the latest rise coming on June 12."
    assert only(text, "2031-09-20", "June 12").value == "2031-06-12"
    # the adjective before a noun still looks ahead
    assert only("Shares rose before the coming vote on June 12.", "2031-06-02", "June 12").value == "2031-06-12"


def test_a_year_earlier_skips_the_base_of_another_comparison() -> None:
    text = ("Norrland Paper earned $40 million in the second quarter, down from $55.5 million in the "
            "first quarter but up from $12 million a year earlier.")
    assert only(text, "2031-07-22", "a year earlier").value == "2030-Q2"
    # without a comparison base between, the latest quarter is compared
    text = "Norrland Paper earned $40 million in the second quarter, up from $12 million a year earlier."
    assert only(text, "2031-07-22", "a year earlier").value == "2030-Q2"


def test_a_past_range_is_no_onset() -> None:
    # 2031-08-09 is a Saturday: a span of the past week keeps the past tense
    text = "The index swung by 300 points on each day from Monday to Thursday."
    assert only(text, "2031-08-09", "Monday").value == "2031-08-04"


def test_a_perfect_from_a_date_is_no_onset() -> None:
    # a rise measured from a date of the past: "has risen ... from" keeps the past
    text = "The index has risen 12 percent from March 3."
    assert only(text, "2031-02-20", "March 3").value == "2030-03-03"
