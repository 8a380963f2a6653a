"""Time rules of session 43, from the blind probe T4: a count after a four-digit number, an
age in decades, "as of" a past day, "had to", a cause after "due to", asides skipped in the
tense check, and "this weekend" in a past clause.

Sentences written for these tests, none taken from a corpus.
"""

from __future__ import annotations

from timex_helpers import found, only

# 2041-06-12 is a Wednesday.
DATE = "2041-06-12"


def test_a_four_digit_count_of_things_is_no_year() -> None:
    assert found("The tally rose by 1187 infections in a week.", DATE) == [("a week", "DURATION", "P1W")]
    assert found("The campaign handed out 400 posters and 3000 leaflets.", DATE) == []
    # a year before a plural noun stays a year unless a count comes first
    assert only("Output rose compared with 2037 levels.", DATE, "2037").value == "2037"
    assert [t[0] for t in found("Between 2030 and 2035 prices rose.", DATE)][-1] == "2035"
    # a preposition, a determiner or the start of a sentence keeps the year
    assert only("In 2029 sales rose by a third.", DATE, "2029").value == "2029"
    assert only("The 2036 elections were close.", DATE, "2036").value == "2036"
    assert only("Officials met. 2039 figures show a fall.", DATE, "2039").value == "2039"


def test_a_decade_after_a_possessive_is_an_age() -> None:
    assert found("Police held a man in his 50s over the fire.", DATE) == []
    assert found("Both victims were in their early 30s.", DATE) == []
    assert only("Prices rose in the 1990s.", DATE, "1990s").value == "199"


def test_as_of_a_day_in_a_past_clause_is_that_day_gone() -> None:
    text = "Some 840 cases were reported across the region as of Thursday."
    assert only(text, DATE, "Thursday").value == "2041-06-06"
    # a measure taking effect keeps its onset reading
    assert only("The tariff rose, effective as of Thursday.", DATE, "Thursday").value == "2041-06-13"


def test_had_to_is_past() -> None:
    text = "Nine pupils fell ill and had to be isolated on Monday."
    assert only(text, DATE, "Monday").value == "2041-06-10"
    assert only("The bill has to be signed by Monday.", DATE, "Monday").value == "2041-06-17"


def test_due_to_before_a_gerund_is_a_cause() -> None:
    text = "The crates were turned back at the port in October due to carrying spoiled grain."
    assert only(text, DATE, "October").value == "2040-10"
    assert only("The crates are due to arrive in October.", DATE, "October").value == "2041-10"


def test_asides_do_not_give_the_tense() -> None:
    text = "Chile had overtaken Peru, which has 410 cases, in total deaths in August."
    assert only(text, DATE, "August").value == "2040-08"
    text = 'Inspectors seized 90 kilos of "tapa" (cured beef) at a stall in Cebu Thursday evening.'
    assert only(text, DATE, "Thursday evening").value == "2041-06-06TEV"


def test_this_weekend_in_a_past_clause_is_the_last_one() -> None:
    assert only("Vets examined the herd this weekend.", DATE, "this weekend").value == "2041-W23-WE"
    assert only("Vets will examine the herd this weekend.", DATE, "this weekend").value == "2041-W24-WE"
