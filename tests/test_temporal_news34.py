"""Time rules of session 41, from the blind probe T2: acronyms in the tense check, a date that
modifies a noun inside a prepositional phrase, ranges whose end carries the year, a day
repeated after a dated one, ordinal-word days, hyphenated day ranges, "earlier" as a past
reference, and frequency words inside names.

Sentences written for these tests, none taken from a corpus.
"""

from __future__ import annotations

from timex_helpers import found, only


def test_an_acronym_subject_is_no_relative_pronoun() -> None:
    # 2041-06-12 is a Wednesday: "WHO sent" is past, so Thursday is the one before
    text = "On Thursday, WHO sent extra field staff to the province."
    assert only(text, "2041-06-12", "Thursday").value == "2041-06-06"
    assert only("I met the envoy on Thursday.", "2041-06-12", "Thursday").value == "2041-06-06"


def test_a_date_modifying_a_noun_after_a_preposition_ignores_the_verb_after_the_phrase() -> None:
    text = "A study in the March 4 issue of the Lancet Review reports a rise in cases."
    assert only(text, "2041-06-12", "March 4").value == "2041-03-04"
    # a phrase that opens its clause keeps its verb
    assert only("The Friday meeting will decide the budget.", "2041-06-12", "Friday").value == "2041-06-14"


def test_a_range_start_takes_the_year_its_end_names() -> None:
    assert only("Between February and July 2036, 90 patients were admitted.", "2041-06-12",
                "February").value == "2036-02"
    assert only("From October to March 2037 the river stayed frozen.", "2041-06-12", "October").value == "2036-10"
    assert only("From Aug 3. till August 19, 2035, the count doubled.", "2041-06-12", "Aug 3").value == "2035-08-03"
    assert found("Rallies were held on June 8-9, 2039 in the capital.", "2041-06-12") == [
        ("June 8", "DATE", "2039-06-08"), ("9, 2039", "DATE", "2039-06-09")]
    assert only("Clashes flared on June 8 and 9, 2039, witnesses said.", "2041-06-12", "June 8").value == "2039-06-08"


def test_a_hyphenated_day_range_gives_both_days() -> None:
    text = "The second vaccination round is planned for May 20-22."
    assert found(text, "2041-06-12") == [("May 20", "DATE", "2042-05-20"), ("22", "DATE", "2042-05-22")]
    assert [v for _, _, v in found("It fell on May 13 - 2 people died.", "2041-06-12")] == ["2041-05-13"]


def test_a_day_repeated_after_a_dated_one_keeps_its_year() -> None:
    text = ("Diners who ate at the cafe on November 2, 2033, should see a doctor. Anyone there "
            "on late November 2 or early November 3 is at risk.")
    values = [v for _, _, v in found(text, "2041-06-12")]
    assert values == ["2033-11-02", "2033-11-02", "2033-11-03"]
    # a day far from the dated one is still read against the article
    text = "The plant closed on November 2, 2033. It reopened on March 9."
    assert only(text, "2041-06-12", "March 9").value == "2041-03-09"


def test_a_day_written_as_an_ordinal_word() -> None:
    assert only("She was born on the third of May 2031.", "2041-06-12", "the third of May 2031").value == "2031-05-03"
    assert only("They met on the twenty-first of March.", "2041-06-12",
                "the twenty-first of March").value == "2041-03-21"
    assert found("It was the first of many delays.", "2041-06-12") == []


def test_earlier_is_a_past_reference_unless_part_of_a_date_or_a_comparison() -> None:
    assert found("Similar cases were reported earlier in Peru.", "2041-06-12") == [("earlier", "DATE", "PAST_REF")]
    assert found("The ferry docked earlier than planned.", "2041-06-12") == []
    assert found("An earlier survey found none.", "2041-06-12") == []
    assert found("Two boys died earlier in May, officials said.", "2041-06-12") == [("May", "DATE", "2041-05")]
    assert only("The plant opened earlier this month.", "2041-06-12", "earlier this month").value == "2041-06"


def test_a_frequency_word_inside_a_name_is_no_set() -> None:
    assert found("the Kampala Daily Monitor reported.", "2041-06-12") == []
    assert found("He told the Weekly Herald about it.", "2041-06-12") == []
    assert found("Buses run daily to the border.", "2041-06-12") == [("daily", "SET", "P1D")]


def test_the_near_term_looks_ahead() -> None:
    assert found("Prices should ease in the near term.", "2041-06-12") == [("the near term", "DATE", "FUTURE_REF")]
