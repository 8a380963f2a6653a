"""The news sentence splitter on hand-written news text."""

from __future__ import annotations

import pytest

pytest.importorskip("syntok")

from lapwing.nlp.sentences import split_sentences  # noqa: E402


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_offsets_point_into_the_original_text():
    text = "  The army withdrew.   Talks resumed on Monday.\n\nNo one was hurt. "
    spans = split_sentences(text)
    assert [s.text for s in spans] == ["The army withdrew.", "Talks resumed on Monday.", "No one was hurt."]
    for s in spans:
        assert text[s.start : s.end] == s.text


def test_military_and_civil_titles_do_not_end_sentences():
    text = (
        "Maj. Gen. Ann Lee met Lt. Col. Omar Haddad in Kabul on Tuesday. "
        "Sen. Maria Ortiz and Gov. Tim Walsh were not present. Rev. John Okafor led the prayers."
    )
    assert texts(text) == [
        "Maj. Gen. Ann Lee met Lt. Col. Omar Haddad in Kabul on Tuesday.",
        "Sen. Maria Ortiz and Gov. Tim Walsh were not present.",
        "Rev. John Okafor led the prayers.",
    ]


def test_us_abbreviation_before_names_and_at_sentence_end():
    text = (
        "U.S. President Joe Biden spoke to U.N. Secretary-General Antonio Guterres. "
        "The talks were held in the U.S. The next round is set for May."
    )
    assert texts(text) == [
        "U.S. President Joe Biden spoke to U.N. Secretary-General Antonio Guterres.",
        "The talks were held in the U.S.",
        "The next round is set for May.",
    ]


def test_quotes_spanning_sentences_and_attribution():
    text = (
        '"We will not retreat. We will hold the line," the commander said. '
        '"Stop!" he shouted. The crowd dispersed.'
    )
    assert texts(text) == [
        '"We will not retreat.',
        'We will hold the line," the commander said.',
        '"Stop!" he shouted.',
        "The crowd dispersed.",
    ]


def test_closing_quote_glued_to_next_sentence():
    text = "He called it a disgrace.\u201c However, the base will stay open, officials said."
    assert texts(text) == [
        "He called it a disgrace.\u201c",
        "However, the base will stay open, officials said.",
    ]


def test_dateline_is_its_own_sentence():
    text = "KABUL, Afghanistan (AP) \u2014 Two rockets hit the airport on Sunday, police said."
    assert texts(text) == [
        "KABUL, Afghanistan (AP) \u2014",
        "Two rockets hit the airport on Sunday, police said.",
    ]
    # a name followed by a dash mid-text is not a dateline
    assert texts("Protesters marched - and police watched.") == ["Protesters marched - and police watched."]


def test_month_abbreviation_before_a_day():
    assert texts("The vote was moved to Jan. 15 after the storm. Turnout was low.") == [
        "The vote was moved to Jan. 15 after the storm.",
        "Turnout was low.",
    ]


def test_line_breaks_end_headlines_and_captions():
    text = (
        "Rebels seize border town\n"
        "Fighters entered the town at dawn. Image: Reuters.\n"
        "Residents fled north"
    )
    assert texts(text) == [
        "Rebels seize border town",
        "Fighters entered the town at dawn.",
        "Image: Reuters.",
        "Residents fled north",
    ]


def test_list_like_trailer():
    text = "The ministry did not comment.\nCategories: March 3, 2021 Published Politics Archived"
    assert texts(text) == [
        "The ministry did not comment.",
        "Categories:",
        "March 3, 2021",
        "Published",
        "Politics",
        "Archived",
    ]


def test_semicolon_does_not_end_a_sentence():
    assert texts("Sweden beat Korea 1-0; Belgium beat Panama 3-0. Both advance.") == [
        "Sweden beat Korea 1-0; Belgium beat Panama 3-0.",
        "Both advance.",
    ]


def test_empty_and_whitespace():
    assert split_sentences("") == []
    assert split_sentences(" \n\n ") == []
