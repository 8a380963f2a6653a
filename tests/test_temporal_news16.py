"""Company-results and markets news: a quarter named by its first and last months ("the
April-June period"), "earlier in the day that ..." after a verb of saying, "to last" as a verb
that gives no past tense, and the long form of a holiday name (the sentences are made up)."""

from __future__ import annotations

from lapwing.temporal import find_timexes


def _found(text: str, published: str) -> dict[str, tuple[str, str]]:
    """Each expression of ``text`` with its type and value."""
    return {t.text: (t.type, t.value) for t in find_timexes(text, published)}


def test_a_range_of_a_quarters_first_and_last_months_is_that_quarter() -> None:
    assert _found("The brewer sold fewer cases in the October-December period.", "2011-02-03") == {
        "the October-December period": ("DATE", "2010-Q4")}
    assert _found("Output rose in the January–March months of 2004.", "2006-05-02") == {
        "the January–March months of 2004": ("DATE", "2004-Q1")}
    # months that straddle two quarters are no quarter: the range is not read as one
    found = _found("Output rose in the February-April period.", "2006-05-02")
    assert all(value[1] and "Q" not in value[1] for value in found.values())


def test_a_quarter_reached_by_a_month_range_is_what_a_year_earlier_compares_with() -> None:
    found = _found("The airline earned $40 million in the July-September period, against a loss "
                   "a year earlier.", "2012-10-25")
    assert found["a year earlier"] == ("DATE", "2011-Q3")


def test_earlier_in_the_day_before_that_is_the_day_of_the_text() -> None:
    assert _found("The regulator said earlier in the day that the merger could go ahead.", "2009-03-04") == {
        "earlier in the day": ("DATE", "2009-03-04")}
    assert _found("The union announced later in the day that the strike was over.", "2012-06-08") == {
        "later in the day": ("DATE", "2012-06-08")}


def test_last_after_to_is_a_verb_and_no_cue_of_the_past() -> None:
    # "to last" says nothing of the tense; the present "expect" points ahead, to next spring
    found = _found("Miners expect the stockpiles to last until the spring.", "2009-11-10")
    assert found == {"the spring": ("DATE", "2010-SP")}


def test_the_long_name_of_martin_luther_king_day() -> None:
    assert _found("Exchanges were shut for Martin Luther King Jr. Day.", "2012-01-18") == {
        "Martin Luther King Jr. Day": ("DATE", "2012-01-16")}


def test_the_full_stop_of_jr_ends_no_sentence() -> None:
    # were "Jr." a sentence end, the holiday name would be cut in two and lost
    found = _found("Stocks rose on Tuesday.\nMarkets had been shut for Martin Luther King Jr. Day.", "2012-01-18")
    assert found["Martin Luther King Jr. Day"] == ("DATE", "2012-01-16")
