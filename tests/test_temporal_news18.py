"""A year back from a quarter named by its months, a past clause about a period that has barely
begun, a noun after a quantifier ("another cut") and nouns of hope that point ahead, "the new
year" and "calendar year", the nth weekday of a month, vague edges of a period ("the final
weeks of 2008") and quarters that results are reported for (the sentences are made up)."""

from __future__ import annotations

from lapwing.temporal import find_timexes


def _found(text: str, published: str | None) -> dict[str, tuple[str, str]]:
    """Each expression of ``text`` with its type and value."""
    return {t.text: (t.type, t.value) for t in find_timexes(text, published)}


def test_a_year_earlier_than_the_last_three_months_of_a_year_is_that_quarter_a_year_back() -> None:
    found = _found("The brewer sold 12 million barrels in the last three months of 2014, up 3 percent from a year "
                   "earlier.\nFor the full year, volumes were flat.", "2015-02-05")
    assert found["a year earlier"] == ("DATE", "2013-Q4")
    # the comparison leaves the narrative on the quarter, so the full year is that quarter's
    assert found["the full year"] == ("DATE", "2014")


def test_a_past_clause_about_a_period_that_has_barely_begun_means_the_previous_one() -> None:
    assert _found("Orders had weakened in the second half, the steelmaker said.", "2013-07-04") == {
        "the second half": ("DATE", "2012-H2")}
    assert _found("Exports fell in the fourth quarter.", "2012-10-06")["the fourth quarter"] == ("DATE", "2011-Q4")
    # once a good part of it has gone by, the current period is the one reported on
    assert _found("Exports fell in the fourth quarter.", "2012-11-20")["the fourth quarter"] == ("DATE", "2012-Q4")


def test_a_noun_after_a_quantifier_gives_no_past_tense() -> None:
    assert _found("Traders expect another cut in March.", "2011-11-15") == {"March": ("DATE", "2012-03")}


def test_nouns_of_hope_point_ahead() -> None:
    found = _found("Bond yields rose on Monday, dimming hopes of a rebound in July.", "2016-05-18")
    assert found["July"] == ("DATE", "2016-07")
    assert found["Monday"] == ("DATE", "2016-05-16")


def test_the_new_year_and_the_calendar_year() -> None:
    assert _found("The two unions will resume talks in the new year.", "2013-11-29") == {
        "the new year": ("DATE", "2014")}
    assert _found("Car sales so far in the new year have disappointed.", "2014-01-20") == {
        "the new year": ("DATE", "2014")}
    assert _found("Sales this calendar year are down 4 percent.", "2013-11-29") == {
        "this calendar year": ("DATE", "2013")}


def test_the_nth_weekday_of_a_month_is_one_day() -> None:
    assert _found("Shareholders will vote on the second Wednesday of March.", "2014-01-09") == {
        "the second Wednesday of March": ("DATE", "2014-03-12")}
    assert _found("The fair opened on the last Saturday in April 2012.", "2014-01-09") == {
        "the last Saturday in April 2012": ("DATE", "2012-04-28")}


def test_vague_edges_of_a_period_keep_its_value() -> None:
    assert _found("Home prices slid in the closing weeks of 2011 and the final days of January.", "2012-03-01") \
        == {"2011": ("DATE", "2011"), "the final days of January": ("DATE", "2012-01")}
    assert _found("Ticket sales peak in the last weeks of the year.", "2012-03-01") == {
        "the last weeks of the year": ("DATE", "2012")}


def test_a_quarter_that_results_are_reported_for_is_the_nearest_one() -> None:
    assert _found("The bank will release earnings for the July-September quarter on Monday.", "2013-10-10")[
        "the July-September quarter"] == ("DATE", "2013-Q3")
    assert _found("The retailer will post results for the fourth quarter next month.", "2015-02-02")[
        "the fourth quarter"] == ("DATE", "2014-Q4")

