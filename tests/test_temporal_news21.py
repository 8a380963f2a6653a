"""Retail, markets and earnings news: days and weeks next to a holiday ("the day after
Thanksgiving"), timetable presents after a name ("Citigroup reports on Friday"), slash dates
without a year ("on 10/31") and half units ("the past half-century"); the sentences are made up."""

from __future__ import annotations

from lapwing.temporal import find_timexes


def _found(text: str, published: str) -> dict[str, tuple[str, str]]:
    """Each expression of ``text`` with its type and value."""
    return {t.text: (t.type, t.value) for t in find_timexes(text, published)}


def test_the_day_or_week_next_to_a_holiday_is_one_expression() -> None:
    assert _found("Toy stores were packed on the day after Christmas.", "2009-12-29") == {
        "the day after Christmas": ("DATE", "2009-12-26")}
    # the seven days before Christmas 2010 (a Saturday) lie mostly in its own ISO week
    assert _found("Retailers will watch the week before Christmas.", "2010-11-30") == {
        "the week before Christmas": ("DATE", "2010-W51")}
    assert _found("Flights were full on the eve of Eid al-Fitr.", "2010-09-14") == {
        "the eve of Eid al-Fitr": ("DATE", "2010-09-09")}


def test_a_weekend_or_weekday_next_to_a_holiday_is_the_nearest_on_that_side() -> None:
    # Easter 2011 is Sunday 24 April: the weekend before it is the previous one
    assert _found("Pilgrims gathered on the weekend before Easter.", "2011-05-02") == {
        "the weekend before Easter": ("DATE", "2011-W15-WE")}
    assert _found("Markets reopened on the Tuesday after Labor Day.", "2012-09-20") == {
        "the Tuesday after Labor Day": ("DATE", "2012-09-04")}


def test_a_timetable_present_after_a_name_looks_ahead() -> None:
    assert _found("Analysts said Citigroup reports on Thursday.", "2012-04-10") == {
        "Thursday": ("DATE", "2012-04-12")}
    # spelt like a plural noun, the word is no cue after a common noun
    assert _found("Press reports on Thursday said the bank had sold the unit.", "2012-04-10") == {
        "Thursday": ("DATE", "2012-04-05")}


def test_a_slash_date_without_its_year_after_on() -> None:
    assert _found("The central bank raised rates on 10/29.", "2008-11-03") == {
        "10/29": ("DATE", "2008-10-29")}
    assert _found("The court rules on 22/11/09.", "2009-11-03") == {"22/11/09": ("DATE", "2009-11-22")}
    # a fraction, and the name of an attack, are no days of the article's year
    assert _found("The coalition agreed on 2/3 of the budget.", "2008-11-03") == {}
    assert _found("Security was tight on 9/11 anniversaries.", "2008-11-03") == {}


def test_half_a_unit_counted_back_from_now() -> None:
    assert _found("Coal output fell more than in the previous half-century.", "2015-05-05") == {
        "the previous half-century": ("DURATION", "P50Y")}
    assert _found("Wages have stagnated over the past half decade.", "2015-05-05") == {
        "the past half decade": ("DURATION", "P5Y")}
