"""Round-4 lexical time rules of session 33 (probe T9): period adjectives and fiscal years.

Sentences written for these tests, none taken from a probe or corpus: "quarterly" before a
financial result measures the quarter (DURATION, as "annual profit" in MEANTIME), "annual"
before a recurring occasion is no measure (MEANTIME leaves it untagged), and a fiscal year
named with its written closing day is the fiscal year of that day's year.
"""

from __future__ import annotations

from timex_helpers import found, only


def test_quarterly_before_a_result_is_the_measure_of_a_quarter() -> None:
    assert found("Lakeside Foods reported a quarterly loss.", "2031-05-14") == [("quarterly", "DURATION", "P3M")]
    assert only("The brewer posted its first quarterly net profit in two years.", "2031-05-14",
                "quarterly").type == "DURATION"
    assert only("Rail freight firm sees quarterly revenues fall\nDelays hit shippers.", "2031-05-14",
                "quarterly").value == "P3M"
    # before other nouns it stays a frequency
    assert found("The miner raised its quarterly dividend.", "2031-05-14") == [("quarterly", "SET", "P3M")]
    assert found("Staff must report quarterly to the board.", "2031-05-14") == [("quarterly", "SET", "P3M")]


def test_annual_before_a_recurring_occasion_is_no_measure() -> None:
    assert found("Ministers spoke at the annual Davos forum.", "2031-05-14") == []
    assert found("Shareholders gathered for the annual general meeting.", "2031-05-14") == []
    assert found("The chief executive gave his annual keynote.", "2031-05-14") == []
    # a result keeps its measure
    assert found("The insurer posted an annual profit.", "2031-05-14") == [("annual", "DURATION", "P1Y")]


def test_a_fiscal_year_with_its_written_closing_day_is_named_by_that_year() -> None:
    text = "The retailer cut its forecast for the fiscal year ending February 28, 2032."
    assert only(text, "2031-09-10", "the fiscal year").value == "FY2032"
    text = "Profit for the financial year to 30 June 2030 rose 4 percent."
    assert only(text, "2030-08-20", "the financial year").value == "FY2030"
    # without a written year the article's year still names it
    assert only("Profit for the fiscal year rose.", "2031-09-10", "the fiscal year").value == "FY2031"
