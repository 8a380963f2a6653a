"""Time rules of session 42, from the blind probe T3: a name's bracketed gloss in the tense
check, money coordinated with a duration, a date something is deferred to, and a season
coordinated with a later one that carries the year.

Sentences written for these tests, none taken from a corpus.
"""

from __future__ import annotations

from timex_helpers import found, only


def test_a_bracketed_gloss_after_a_name_breaks_no_clause() -> None:
    # 2041-06-12 is a Wednesday: "said" is past, so Thursday is the one before, not the next day
    text = ('"Most cases are mild," said Global Health Council (GHC) field director Ana Ruiz in a '
            "statement on Thursday.")
    assert only(text, "2041-06-12", "Thursday").value == "2041-06-06"
    # brackets that hold a clause of their own still break it
    assert only("He said (on Monday) that the talks will resume on Friday.", "2041-06-12",
                "Friday").value == "2041-06-14"


def test_money_before_a_duration_takes_no_unit() -> None:
    text = "Offenders face fines of up to $52,000 and 18 months in prison."
    assert found(text, "2041-06-12") == [("18 months", "DURATION", "P18M")]
    # a range's first bound still shares the unit after it
    assert found("The tests take two to five days.", "2041-06-12")[0] == ("two", "DURATION", "P2D")
    # a larger number first is no range
    assert found("It sold 300 and took 12 months.", "2041-06-12") == [("12 months", "DURATION", "P12M")]


def test_a_date_something_is_deferred_to_lies_ahead() -> None:
    assert only("The judge adjourned the hearing until March 3.", "2041-06-12", "March 3").value == "2042-03-03"
    assert only("The vote was postponed to April 9.", "2041-06-12", "April 9").value == "2042-04-09"
    # without a deferral a past clause keeps the past reading
    assert only("The judge opened the hearing on March 3.", "2041-06-12", "March 3").value == "2041-03-03"


def test_a_season_coordinated_with_a_dated_one_shares_its_year() -> None:
    text = "The last epidemic, in the autumn and winter of 2033, closed schools."
    assert only(text, "2041-06-12", "the autumn").value == "2033-FA"
    assert only("Exports fell in March and April 2036.", "2041-06-12", "March").value == "2036-03"
    # a year that opens a clause of its own is not shared
    assert only("The army left in March and 2037 was calm.", "2041-06-12", "March").value == "2041-03"
