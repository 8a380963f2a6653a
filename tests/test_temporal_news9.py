"""Business and market news: periods named after a holiday ("Labor Day weekend", "the Christmas
quarter"), the week of weekly statistics ("the week ended Jan. 3"), UK-style reporting periods
("the quarter to June") and "the prior-year period" (the sentences are made up)."""

from __future__ import annotations

from lapwing.temporal import find_timexes


def _found(text: str, published: str) -> dict[str, tuple[str, str]]:
    """Each expression of ``text`` with its type and value."""
    return {t.text: (t.type, t.value) for t in find_timexes(text, published)}


def test_a_holiday_weekend_is_the_weekend_the_holiday_closes_or_falls_in() -> None:
    # Labor Day 2010 is Monday September 6: its weekend is the 4th and 5th, ISO week 35
    assert _found("Car dealers expect a busy Labor Day weekend.", "2010-09-03") == {
        "Labor Day weekend": ("DATE", "2010-W35-WE")}
    # Easter Sunday 2011 is April 24, in ISO week 16; "the" belongs to the expression
    assert _found("Chocolate sales rose over the Easter weekend.", "2011-04-26") == {
        "the Easter weekend": ("DATE", "2011-W16-WE")}
    # Thanksgiving 2009 is Thursday November 26: the weekend after it, in the same week
    assert _found("Cinemas took $270 million over the Thanksgiving weekend last year.", "2010-01-05") == {
        "the Thanksgiving weekend": ("DATE", "2009-W48-WE"), "last year": ("DATE", "2009")}
    # a bare holiday keeps its day, and the article stays out
    assert _found("The shop will close for the Easter holidays.", "2011-04-15") == {
        "Easter": ("DATE", "2011-04-24")}


def test_the_christmas_quarter_is_the_calendar_quarter_holding_christmas() -> None:
    assert _found("The company sold 8 million phones in the Christmas quarter.", "2010-01-26") == {
        "the Christmas quarter": ("DATE", "2009-Q4")}
    assert _found("Sales in the Christmas quarter of 2008 fell.", "2010-01-26") == {
        "the Christmas quarter of 2008": ("DATE", "2008-Q4")}


def test_the_prior_year_period_is_the_previous_expression_a_year_back() -> None:
    found = _found("Third-quarter profit rose 8 percent from the prior-year quarter.", "2009-10-22")
    assert found == {"Third-quarter": ("DATE", "2009-Q3"), "the prior-year quarter": ("DATE", "2008-Q3")}


def test_the_week_ended_a_day_is_the_iso_week_of_that_day() -> None:
    found = _found("Jobless claims rose by 12,000 in the week ended July 18.", "2009-07-23")
    assert found == {"the week": ("DATE", "2009-W29"), "July 18": ("DATE", "2009-07-18")}
    # a month holds several weeks: no week is named
    assert _found("Claims fell in the week that ended in June.", "2009-07-23") == {"June": ("DATE", "2009-06")}


def test_a_period_to_the_month_that_closes_it_is_that_calendar_period() -> None:
    assert _found("Profit rose 9 percent in the quarter to June.", "2009-07-23") == {
        "the quarter": ("DATE", "2009-Q2"), "June": ("DATE", "2009-06")}
    assert _found("The bank lost money in the half to December.", "2009-02-20") == {
        "the half": ("DATE", "2008-H2"), "December": ("DATE", "2008-12")}
    # a year to March is a company's own year, no calendar year
    assert "the year" not in _found("The retailer lost money in the year to March.", "2009-05-20")
