"""Actors of session 50 (sentences written for these tests): the party or coalition in power,
named bare ("the ruling party"), is of the one state its context names, as the opposition is;
"Trinidad" alone names Trinidad and Tobago."""

from __future__ import annotations

from actor_helpers import hit

DATE = "2003-06-10"


def test_the_ruling_party_is_of_the_state_in_context(kb) -> None:
    text = "Zambia's opposition accused the ruling party of rigging the vote."
    assert hit(kb, text, "ruling party", DATE).country == "ZMB"
    text = "Police in Nairobi detained two members of the governing coalition."
    assert hit(kb, text, "governing coalition", DATE).country == "KEN"


def test_trinidad_alone_names_its_state(kb) -> None:
    text = "Trinidad's coastguard seized a Venezuelan pirogue off Cedros."
    assert hit(kb, text, "Trinidad's coastguard", DATE).country == "TTO"
