"""Gaps a sixth unseen news probe showed (the sentences are made up): aims in every verb form and
"as soon as" point ahead; a season takes its year from "of next year"; a month from "of that
year"; counted anaphors reach back past a coarser period to the day the story named; an
appositive "the month" names the date before it; an undated story's lede date anchors it;
"the year and ..." is still a year; "for a third day" is a streak."""

from __future__ import annotations

from lapwing.temporal import find_timexes
from timex_helpers import counted_to


def _found(text: str, published: str | None) -> dict[str, tuple[str, str]]:
    """Each expression of ``text`` with its type and value."""
    return {t.text: (t.type, t.value) for t in find_timexes(text, published)}



def test_a_plural_verb_of_aim_points_ahead() -> None:
    found = _found("The two airlines hope to close the merger by the end of June.", "2010-09-01")
    assert found["the end of June"] == ("DATE", "2011-06")
    assert _found("Both carriers are aiming to restart flights in March.", "2010-09-01")["March"] == (
        "DATE", "2011-03")


def test_as_soon_as_points_ahead_and_is_no_time_of_its_own() -> None:
    found = _found("Analysts said a rate rise was possible as soon as August.", "2012-06-05")
    assert found == {"August": ("DATE", "2012-08")}
    # "soon" on its own is still a future reference
    assert _found("The bank will raise rates soon.", "2012-06-05")["soon"] == ("DATE", "FUTURE_REF")


def test_a_season_takes_its_year_from_of_next_year_and_both_are_marked() -> None:
    found = _found("The plant will open in the autumn of next year.", "2011-03-03")
    assert found["the autumn"] == ("DATE", "2012-FA")
    assert found["next year"] == ("DATE", "2012")
    found = _found("The firm listed in 2003 and bought a rival in the winter of that year.", "2011-03-03")
    assert found["the winter"] == ("DATE", "2003-WI")


def test_a_month_of_that_year_is_in_the_year_named_before() -> None:
    found = _found("The pact was signed in 1997 and ratified in November of that year.", "2010-02-02")
    assert found["November"] == ("DATE", "1997-11")
    assert found["that year"] == ("DATE", "1997")


def test_a_counted_anaphor_reaches_back_past_a_coarser_period() -> None:
    # 2009-07-30 is a Thursday: "Tuesday" is 2009-07-28, two days before it the 26th
    text = "Ford reported on Tuesday a profit for the second quarter; GM had reported two days earlier."
    found = _found(text, "2009-07-30")
    assert found["the second quarter"] == ("DATE", "2009-Q2")
    assert counted_to(text, "2009-07-30", "two days") == "2009-07-26"
    text = ("Workers walked out on June 4. Output for 2012 will fall sharply, and the union returned to "
            "talks the following Thursday.")
    assert _found(text, "2012-07-20")["the following Thursday"] == ("DATE", "2012-06-07")


def test_an_appositive_period_names_the_date_before_it() -> None:
    found = _found("Gold has not been this high since August 2011, the month the U.S. lost its top rating.",
                   "2012-02-02")
    assert found["the month"] == ("DATE", "2011-08")
    assert _found("Trading halted on Monday, the day the bank failed.", "2012-02-02")["the day"] == (
        "DATE", "2012-01-30")


def test_an_undated_story_counts_from_the_date_of_its_lede() -> None:
    text = ("Regulators closed the bank on Friday, July 9, 2010, and said its deposits would move to a "
            "rival on Monday. The rival expects to reopen the branches next year.")
    found = _found(text, None)
    assert found["Monday"] == ("DATE", "2010-07-12")
    assert found["next year"] == ("DATE", "2011")


def test_a_full_date_after_another_expression_is_no_lede_date() -> None:
    found = _found("Analysts said on Monday that the index, which peaked on May 2, 2008, would recover.", None)
    assert found["Monday"] == ("DATE", "XXXX-WXX-1")
    assert found["May 2, 2008"] == ("DATE", "2008-05-02")


def test_the_year_before_and_is_still_the_year() -> None:
    found = _found("Sales were weak for the rest of the year and margins fell.", "2010-05-05")
    assert found["the year"] == ("DATE", "2010")
    # "the year and a half" is no year
    assert "the year" not in _found("It took the year and a half of talks to agree.", "2010-05-05")


def test_an_ordinal_after_for_makes_a_streak() -> None:
    found = _found("European shares fell for a fourth day on Wednesday.", "2011-08-10")
    assert found["a fourth day"] == ("DATE", "2011-08-10")
    assert "the first year" not in {t.text for t in find_timexes("Sales rose for the first year of the deal.",
                                                                   "2011-08-10")}
