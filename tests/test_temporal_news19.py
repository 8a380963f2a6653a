"""Tense cues that belong to another clause or word class: a participle tied to a weekday, the noun
"plans", a pluperfect report of an announced act, "ahead of" inside a past narrative, an aside
without a verb; and a moving holiday read from a table (the sentences are made up)."""

from __future__ import annotations

from lapwing.temporal import find_timexes


def _found(text: str, published: str | None) -> dict[str, tuple[str, str]]:
    """Each expression of ``text`` with its type and value."""
    return {t.text: (t.type, t.value) for t in find_timexes(text, published)}


def test_a_weekday_tied_to_a_past_participle_is_past_whatever_the_main_verb() -> None:
    # 2019-06-13 is a Thursday
    assert _found("Medicine shipped into Goma on Tuesday will supply three clinics.", "2019-06-13")["Tuesday"] == (
        "DATE", "2019-06-11")
    assert _found("Grain unloaded at the northern port on Monday should last the town a month.",
                  "2019-06-13")["Monday"] == ("DATE", "2019-06-10")
    # a participle inside a future verb group is that group's: still ahead
    assert _found("The grain will be unloaded at the port on Monday.", "2019-06-13")["Monday"] == (
        "DATE", "2019-06-17")


def test_a_promise_before_the_participle_rule_still_looks_ahead() -> None:
    assert _found("The rivals agreed to hold talks in August, aides said.", "2019-06-13")["August"] == (
        "DATE", "2019-08")


def test_plans_before_a_preposition_is_a_noun() -> None:
    found = _found("Lenders rallied on Tuesday after ministers unveiled debt relief plans over the weekend.",
                   "2012-05-09")
    assert found["the weekend"] == ("DATE", "2012-W18-WE")
    # the verb "plans" still looks ahead
    assert _found("The ministry plans a bond sale in September.", "2012-05-09")["September"] == ("DATE", "2012-09")


def test_a_pluperfect_report_of_an_announced_act_takes_the_nearer_reading() -> None:
    found = _found("The central bank cut its rate in May and had flagged another cut in July.", "2013-06-20")
    assert found["July"] == ("DATE", "2013-07")
    # the act itself in the pluperfect stays past
    assert _found("The central bank had cut its rate in July.", "2013-06-20")["July"] == ("DATE", "2012-07")


def test_ahead_of_in_a_past_narrative_follows_the_act_of_its_clause() -> None:
    found = _found("Orders had climbed in the spring ahead of a rise in import duties on June 1.", "2018-11-02")
    assert found["June 1"] == ("DATE", "2018-06-01")
    # with no earlier time in the sentence, "ahead of" still looks forward from the article
    assert _found("Traders sold bonds ahead of the auction on March 3.", "2018-11-02")["March 3"] == (
        "DATE", "2019-03-03")


def test_an_aside_without_a_verb_keeps_its_own_time() -> None:
    found = _found("Inflation, 4.1 percent in November, may fall below 3 percent by the summer.", "2016-01-14")
    assert found["November"] == ("DATE", "2015-11")
    # an aside that is only the date's phrase is the main verb's time
    assert _found("The minister, in March, will present the budget.", "2016-01-14")["March"] == ("DATE", "2016-03")


def test_the_lunar_new_year_is_read_from_its_table() -> None:
    assert _found("Factories had stayed shut for a week over the Lunar New Year.", "2015-03-04")[
        "Lunar New Year"] == ("DATE", "2015-02-19")
    assert _found("Retailers expect strong sales before Chinese New Year.", "2011-01-10")[
        "Chinese New Year"] == ("DATE", "2011-02-03")


def test_a_weekday_in_a_relative_clause_with_its_own_verb_takes_that_verb() -> None:
    found = _found("The fines that the regulator imposed on the two northern banks on Monday will be paid next month.",
                   "2019-06-13")
    assert found["Monday"] == ("DATE", "2019-06-10")
    # without a verb of its own before the weekday, the relative clause takes the main verb's tense
    assert _found("The talks that open on Monday will last a week.", "2019-06-13")["Monday"] == ("DATE", "2019-06-17")
