"""Time expressions from a second fresh news probe (issue #9): general gaps the MEANTIME dev half did not show.

Each sentence is new (not the probe's); each test fails without the rule or cue it names.
"""

from __future__ import annotations

from lapwing.temporal import find_timexes


def _values(text: str, date: str | None) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, date)}


def test_until_at_least_is_still_until() -> None:
    """The hedge "at least" between "until" and its date keeps the signal: in a past clause "until"
    lets the much nearer April 2 ahead win, instead of last year's."""
    text = "The regulator has ordered the mine closed until at least April 2."
    assert _values(text, "2012-03-28")["April 2"] == "2012-04-02"


def test_until_at_least_makes_an_open_interval() -> None:
    """The hedged "until" still ends a stretch at its date, as a bare "until" does."""
    timex = next(t for t in find_timexes("Flights are suspended until at least Friday.", "2014-06-10")
                 if t.text == "Friday")
    assert timex.interval is not None and timex.interval.start is None


def test_a_past_form_after_to_is_an_infinitive() -> None:
    """"to cut" is no past tense: "expect" decides, and October is the coming one."""
    text = "Investors expect the central bank to cut rates in October."
    assert _values(text, "2013-08-20")["October"] == "2013-10"


def test_an_ed_adjective_after_an_article_and_ordinal_is_no_past_cue() -> None:
    """"the first revised edition": "revised" describes a noun; "will ship" decides the tense."""
    text = "The publisher will ship the first revised edition from March 4."
    assert _values(text, "2015-02-23")["March 4"] == "2015-03-04"


def test_that_before_a_past_form_still_opens_a_clause() -> None:
    """"the mill that closed in May": "closed" is a verb of a relative clause, so May is past."""
    text = "Workers at the mill that closed in May are still owed wages."
    assert _values(text, "2016-04-20")["May"] == "2015-05"


def test_a_verb_of_expectation_points_ahead() -> None:
    """"analysts predict" with no other cue: the coming June, not last year's."""
    text = "Analysts predict a recovery in freight volumes by June."
    assert _values(text, "2018-02-14")["June"] == "2018-06"


def test_before_right_before_a_date_is_its_preposition() -> None:
    """"before" heads the date, so the clause's verb ("anticipate") still reaches it: a deadline
    ahead, whereas the clause break at "before" used to leave no cue and pick last year's."""
    text = "Bankers anticipate no decision on the bid before November."
    assert _values(text, "2011-06-07")["November"] == "2011-11"


def test_once_as_formerly_is_a_past_reference() -> None:
    """"once" between a subject and a past form, or after "was", means "formerly": PAST_REF."""
    values = _values("The carmaker once built half of Britain's vans. It was once a state firm.", None)
    assert values == {"once": "PAST_REF"}
    assert len(find_timexes("The carmaker once built half of Britain's vans.", "2009-05-05")) == 1


def test_once_as_a_count_or_a_conjunction_is_no_time() -> None:
    """"only once", "once again", a sentence-initial "Once" opening a clause: no past reference."""
    for text in ("Prices were once again higher.", "The index has only once closed above 3,000.",
                 "Once signed, the contract runs for a year.", "Bonds rallied once the vote passed."):
        assert "once" not in {t.text.lower() for t in find_timexes(text, "2010-01-12")}, text
