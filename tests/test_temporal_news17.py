"""Rates after what an amount counts ("$40 billion of bonds a month"), half of a decade, the
turn of a century, "the long term", "once" after a relative pronoun, weeks counted from a
named day, a clock time in a future or pluperfect clause after a sentence that names its
day, and a compound noun ("a rate cut") that gives no past tense (the sentences are made up)."""

from __future__ import annotations

from lapwing.temporal import find_timexes
from timex_helpers import counted_to


def _found(text: str, published: str) -> dict[str, tuple[str, str]]:
    """Each expression of ``text`` with its type and value."""
    return {t.text: (t.type, t.value) for t in find_timexes(text, published)}



def test_a_rate_may_name_what_the_amount_counts_before_its_unit() -> None:
    assert _found("The central bank will purchase some $40 billion of mortgage bonds a month.", "2012-09-14") == {
        "a month": ("SET", "P1M")}
    assert _found("The carmaker shed 2,000 of its workers a year.", "2009-03-02") == {"a year": ("SET", "P1Y")}
    # a preposition before the unit still makes a measure
    assert _found("The agency sold $3 billion of debt in a week.", "2009-03-02")["a week"] == ("DURATION", "P1W")


def test_half_of_a_decade_keeps_the_decade_value_over_the_whole_phrase() -> None:
    assert _found("Oil prices last spiked like this in the first half of the 1980s.", "2008-06-02") == {
        "the first half of the 1980s": ("DATE", "198")}
    assert _found("Output peaked in the latter half of the 60s.", "2008-06-02") == {
        "the latter half of the 60s": ("DATE", "196")}


def test_the_turn_of_the_century_is_the_year_a_century_began() -> None:
    assert _found("The port's traffic has tripled since the turn of the century.", "2011-04-05") == {
        "the turn of the century": ("DATE", "2000")}
    assert _found("Trams first ran here at the turn of the 20th century.", "2011-04-05") == {
        "the turn of the 20th century": ("DATE", "1900")}


def test_the_long_term_and_the_long_run_lie_ahead() -> None:
    assert _found("The merger will lower costs in the long term.", "2010-02-02") == {
        "the long term": ("DATE", "FUTURE_REF")}
    assert _found("In the long run, the reform should lift wages.", "2010-02-02") == {
        "the long run": ("DATE", "FUTURE_REF")}
    assert _found("Its long-term debt fell.", "2010-02-02") == {}


def test_once_after_a_relative_pronoun_and_before_a_past_form_is_formerly() -> None:
    assert _found("The envoy, who once headed the foreign ministry, met rebels.", "2014-08-08") == {
        "once": ("DATE", "PAST_REF")}
    assert _found("The exchange, which once traded only grain, was sold.", "2014-08-08") == {
        "once": ("DATE", "PAST_REF")}
    # "who once again" repeats; it places nothing
    assert "once" not in _found("The minister, who once again refused to resign, left.", "2014-08-08")


def test_weeks_counted_from_a_named_day_land_on_a_day() -> None:
    text = "Rio made a first offer on March 3 and raised it two weeks later."
    assert _found(text, "2011-04-01")["two weeks"] == ("DURATION", "P2W")
    assert counted_to(text, "2011-04-01", "two weeks") == "2011-03-17"
    # counted from the anchor the week stays a week
    week = next(t for t in find_timexes("Shares recovered a week later.", "2011-04-01") if t.text == "a week")
    assert week.interval is not None and week.interval.start != week.interval.end


def test_a_clock_time_in_a_pluperfect_or_future_clause_takes_the_day_of_the_sentence_before() -> None:
    found = _found("The index closed 2% lower on Monday. It had pared most of its losses by midday.", "2012-05-09")
    assert found["midday"] == ("TIME", "2012-05-07T12:00")
    found = _found("Rail workers will walk out on Friday, the union said on Monday. The stoppage "
                   "will start at 03:00 local time.", "2012-05-09")
    assert found["03:00 local time"] == ("TIME", "2012-05-11T03:00")
    # a simple past may be the article's own day: "began on Monday. It ended at 4 p.m." keeps the anchor
    found = _found("The three-day summit began on Monday. The last session ended at 4 p.m.", "2012-05-09")
    assert found["4 p.m."] == ("TIME", "2012-05-09T16:00")


def test_a_compound_noun_ending_in_a_past_form_gives_no_past_tense() -> None:
    assert _found("Traders expect a rate cut in the autumn.", "2012-02-10") == {
        "the autumn": ("DATE", "2012-FA")}
    assert _found("Analysts see the first tax cut in the spring.", "2012-02-10") == {
        "the spring": ("DATE", "2012-SP")}
    # a participle after "a" and a noun is a past act ("a pact signed on Monday"), and so is a verb after "the"
    found = _found("Fighting will stop under a pact signed on Monday.", "2012-02-10")
    assert found == {"Monday": ("DATE", "2012-02-06")}
    assert _found("The company cut prices in the autumn.", "2012-02-10") == {"the autumn": ("DATE", "2011-FA")}
