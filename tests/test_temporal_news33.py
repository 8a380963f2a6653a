"""Time rules of session 40: days coordinated with a written one, and a date that repeats an
earlier one of its sentence.

Sentences written for these tests, none taken from a corpus. "On August 2 and 3" and "the
18th and 19th of August" are two days each, both of that month; a number after "and" that
counts something ("on May 4 and 5 people were hurt") is no day. "Will be held on 26 March
..., and again on 24 April for all those involved" gives the second date the first one's
future: the participle at the sentence's end is no verb of its clause.
"""

from __future__ import annotations

from timex_helpers import found, only


def test_a_day_after_and_shares_the_month_before_it() -> None:
    text = "Laboratory tests were run on August 2 and 3 on every sample collected."
    assert found(text, "2041-10-10") == [("August 2", "DATE", "2041-08-02"), ("3", "DATE", "2041-08-03")]
    text = "Talks were held on May 7, 8 and 9."
    assert only(text, "2041-10-10", "9").value == "2041-05-09"


def test_a_day_before_and_shares_the_month_after_it() -> None:
    text = "The show was held on the 18th and 19th of August, organisers said."
    assert found(text, "2041-10-10") == [("the 18th", "DATE", "2041-08-18"),
                                         ("19th of August", "DATE", "2041-08-19")]
    assert only("Riots on 3 and 4 May 2038 left 20 dead.", "2041-10-10", "3").value == "2038-05-03"


def test_a_number_that_counts_is_no_coordinated_day() -> None:
    assert [v for _, _, v in found("On May 4 and 5 people were hurt in a crush.", "2041-10-10")] == ["2041-05-04"]
    assert found("Sales in the 18th and 19th centuries grew.", "2041-10-10") == []


def test_a_date_repeated_with_and_again_keeps_the_first_ones_direction() -> None:
    text = ("Vaccinations will be given on 26 March in six provinces, and again on 24 April for "
            "all the districts involved.")
    assert only(text, "2041-06-15", "24 April").value == "2042-04-24"
    text = "Talks were held on 3 March in Geneva, and again on 24 August with all parties involved."
    assert only(text, "2041-06-15", "24 August").value == "2040-08-24"
