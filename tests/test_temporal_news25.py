"""Round-2 temporal rules of session 32 (probe T8 and the MEANTIME dev half).

Sentences written for these tests, none taken from a probe or corpus: "mid-YEAR" as the dev
annotators write it, a quarter code before a results noun, a past clause that looks past a
plan's future date, a record "of the year" and "the full year" after a quarter.
"""

from __future__ import annotations

from timex_helpers import found, only


def test_mid_year_is_june_of_that_year() -> None:
    assert only("Construction should be complete by mid-2031.", "2029-02-14", "mid-2031").value == "2031-06-XX"
    assert only("The mine will reopen in the middle of next year.", "2029-02-14",
                "the middle of next year").value == "2030-06-XX"
    # a month keeps its own value; early and late parts of a year stay the bare year
    assert only("Rains eased in mid-April.", "2029-05-20", "mid-April").value == "2029-04"
    assert only("Tolls rise in late 2030.", "2029-05-20", "late 2030").value == "2030"


def test_a_quarter_code_before_a_results_noun_is_the_nearest_quarter() -> None:
    # a present headline verb would otherwise push Q2 to next year
    assert only("Retailers open Q2 earnings with cautious outlooks", "2030-07-20", "Q2").value == "2030-Q2"
    assert only("Miner posts H1 results", "2030-08-05", "H1").value == "2030-H1"
    # a bare quarter code still follows the tense
    assert only("The plant will restart in Q1.", "2030-08-05", "Q1").value == "2031-Q1"


def test_a_past_clause_looks_past_a_future_end_date() -> None:
    text = ("The central bank said on Wednesday it would keep the facility open until June 30, 2032. "
            "Bond yields dropped the same day.")
    assert only(text, "2031-03-13", "the same day").value == "2031-03-12"
    text = ("Kestrel Motors said it delivered 80,000 trucks in 2030 and would open a plant by the end of 2033. "
            "Deliveries grew 5 percent from the previous year.")
    assert only(text, "2031-02-10", "the previous year").value == "2029"
    # a future clause still counts from the future date
    text = "The scheme runs until March 31, 2033. The previous year will be spent on trials."
    assert only(text, "2031-02-10", "The previous year").value == "2032"


def test_a_record_of_the_year_is_the_current_year() -> None:
    text = ("Mills mark 30 years since the 2001 strike\n"
            "Shares had their best day of the year on Tuesday, lifted by orders.")
    assert only(text, "2031-05-08", "the year").value == "2031"
    # without a superlative "the year" still refers back
    text = "The port opened in 2019. During the year it handled 2 million boxes."
    assert only(text, "2031-05-08", "the year").value == "2019"


def test_the_full_year_after_a_quarter_is_that_quarters_year() -> None:
    text = ("Tidewell said its profit rose in the first quarter. The chief, who took over last June, "
            "raised the forecast for the full year.")
    assert only(text, "2031-04-25", "the full year").value == "2031"
    assert ("the whole year", "DATE", "2031") in found(
        "Sales fell in the second quarter, the firm said, after last March's fire, and it cut its goal for the whole year.",
        "2031-07-30")
