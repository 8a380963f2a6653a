"""Direction and anchoring gaps of the seventh unseen time probe (T7), in made-up sentences: a
statement's day does not move the story's time; an attribution after a comma does not set the
tense of the reported clause; "until" after a present perfect looks ahead; "overnight" in a
future clause is the coming night; "for" a holiday is the occasion nearest the article; a verb
of expectation with an object before "to" looks ahead; an undated story told years past its
first date says "today" of the writer's present."""

from __future__ import annotations

from lapwing.temporal import find_timexes
from timex_helpers import counted_to


def _found(text: str, published: str | None) -> dict[str, tuple[str, str]]:
    """Each expression of ``text`` with its type and value."""
    return {t.text: (t.type, t.value) for t in find_timexes(text, published)}



def test_a_statement_day_does_not_move_the_story_time() -> None:
    # 2019-11-06 is a Wednesday
    found = _found("The pipeline leaked on Oct. 31, the operator said on Tuesday. Crews sealed it the next day.",
                   "2019-11-06")
    assert found["Tuesday"] == ("DATE", "2019-11-05")
    assert found["the next day"] == ("DATE", "2019-11-01")


def test_a_statement_day_told_first_still_anchors_what_follows() -> None:
    # nothing was told before the statement: its day is the story's time
    text = "The airline announced on Monday a new route; its rival had done so two days earlier."
    assert counted_to(text, "2019-11-06", "two days") == "2019-11-02"
    text = "The ministry said on Monday that talks would resume. Two days later they did."
    assert counted_to(text, "2019-11-06", "Two days") == "2019-11-06"


def test_an_attribution_after_a_comma_does_not_set_the_tense() -> None:
    found = _found("The agency will publish the new figures weekly rather than monthly from March, "
                   "a spokeswoman said.", "2021-11-08")
    assert found["March"] == ("DATE", "2022-03")
    # with no tense before it, the verb of the attribution still decides
    assert _found("In March, the harbour master said, tankers were turned away.", "2021-11-08")["March"] == (
        "DATE", "2021-03")


def test_until_after_a_present_perfect_looks_ahead() -> None:
    # 2022-05-11 is a Wednesday
    assert _found("The city has closed the park until Saturday.", "2022-05-11")["Saturday"] == ("DATE", "2022-05-14")
    # a simple past keeps the default reading
    assert _found("The city closed the park until Saturday.", "2022-05-11")["Saturday"] == ("DATE", "2022-05-07")


def test_overnight_in_a_future_clause_is_the_coming_night() -> None:
    assert _found("Divers will keep searching overnight.", "2018-02-07")["overnight"] == ("TIME", "2018-02-07TNI")
    assert _found("Gunmen attacked the convoy overnight.", "2018-02-07")["overnight"] == ("TIME", "2018-02-06TNI")


def test_a_holiday_after_for_is_the_one_nearest_the_article() -> None:
    # Thanksgiving 2013 is 28 November: the story of the 27th looks one day ahead
    assert _found("Shoppers stocked up for Thanksgiving, grocers said.", "2013-11-27")["Thanksgiving"] == (
        "DATE", "2013-11-28")
    # without "for" a past clause still reads the last one
    assert _found("Shoppers stocked up on Thanksgiving, grocers said.", "2013-11-27")["Thanksgiving"] == (
        "DATE", "2012-11-22")


def test_a_verb_of_expectation_with_an_object_looks_ahead() -> None:
    found = _found("The finance minister said he expected the economy to grow in the second half.", "2010-02-10")
    assert found["the second half"] == ("DATE", "2010-H2")
    # after a pluperfect the hope is settled: the quarter just ended
    found = _found("Analysts had expected the lender to post a loss in the fourth quarter.", "2010-02-10")
    assert found["the fourth quarter"] == ("DATE", "2009-Q4")


def test_today_in_an_undated_story_told_years_past_its_lede_is_present_ref() -> None:
    text = ("The lighthouse, which was lit on 3 March 1902, guided ships for decades. It was automated in "
            "1981 and closed two years later. Today it houses a small museum.")
    assert _found(text, None)["Today"] == ("DATE", "PRESENT_REF")


def test_today_in_an_undated_story_of_its_lede_day_is_that_day() -> None:
    text = "Voters went to the polls on Sunday, 3 March 2002, in the capital. Today the count begins."
    assert _found(text, None)["Today"] == ("DATE", "2002-03-03")


def test_returning_to_the_polls_is_a_timetable() -> None:
    # 2024-07-01 is a Monday: the vote is the coming Sunday
    assert _found("Voters in the republic return to the polls on Sunday.", "2024-07-01")["Sunday"] == (
        "DATE", "2024-07-07")
