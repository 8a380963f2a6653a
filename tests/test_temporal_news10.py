"""Wikinews-style politics, disaster, sport and court news: weekdays inside names ("Black
Monday"), the British order in "the night of 12 June", "year to date", and the tense of a
holiday after "the day after" (the sentences are made up)."""

from __future__ import annotations

from lapwing.temporal import find_timexes


def _found(text: str, published: str) -> dict[str, tuple[str, str]]:
    """Each expression of ``text`` with its type and value."""
    return {t.text: (t.type, t.value) for t in find_timexes(text, published)}


def test_a_weekday_inside_a_named_day_is_no_weekday_near_the_article() -> None:
    assert _found("Markets have not fallen so far since Black Monday.", "2007-10-16") == {}
    assert _found("Relatives marched to mark Bloody Sunday.", "2012-01-29") == {}
    # a plain capitalised name before a weekday (AP style) still dates
    assert _found("Obama Monday signed the bill.", "2009-06-10") == {"Monday": ("DATE", "2009-06-08")}


def test_a_part_of_a_day_written_day_first_is_a_time_of_that_day() -> None:
    assert _found("Soldiers entered the town on the night of 17 September.", "2011-09-19") == {
        "the night of 17 September": ("TIME", "2011-09-17TNI")}
    assert _found("The riot began on the morning of 3 May 2008.", "2008-05-10") == {
        "the morning of 3 May 2008": ("TIME", "2008-05-03TMO")}


def test_year_to_date_is_the_current_period() -> None:
    assert _found("Exports for the year to date are up 6 percent.", "2009-06-14") == {
        "the year to date": ("DATE", "2009")}
    assert _found("Exports are up 6 percent year to date.", "2009-06-14") == {
        "year to date": ("DATE", "2009")}
    assert _found("Year-to-date ticket sales reached a record.", "2011-08-02") == {
        "Year-to-date": ("DATE", "2011")}
    assert _found("Shares have fallen 20 percent this year to date.", "2009-06-14") == {
        "this year to date": ("DATE", "2009")}


def test_the_day_after_a_holiday_takes_the_tense_of_the_verb_of_the_day() -> None:
    # "after" after a period noun is a preposition, not the start of a clause with no tense
    assert _found("Shops opened early on the day after Thanksgiving.", "2010-09-03") == {
        "the day after Thanksgiving": ("DATE", "2009-11-27")}
    assert _found("Shops will open early on the day after Thanksgiving.", "2010-09-03") == {
        "the day after Thanksgiving": ("DATE", "2010-11-26")}
