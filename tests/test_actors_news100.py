"""Actors of session 54 (sentences written for these tests): a count between a state's
possessive and its noun keeps the state ("France's eight main trade unions"); Zambia's
Patriotic Front is the Zambian party; the pope unnamed is the Holy See's; Ivory Coast's
cocoa board (Caistab) is a state body of its own; "the country's president" is the president of
the state its sentence names; a council of churches is a religious body."""

from __future__ import annotations

from actor_helpers import hit

DATE = "2016-07-14"


def test_a_count_after_a_states_possessive_keeps_the_state(kb) -> None:
    ref = hit(kb, "Spain's five main trade unions said on Monday they would strike.", "Spain's five main trade unions",
              DATE)
    assert (ref.country, ref.sector) == ("ESP", "LAB")


def test_zambias_patriotic_front_is_the_zambian_party(kb) -> None:
    ref = hit(kb, "Zambia's ruling Patriotic Front expelled two senior members on Monday.",
              "Zambia's ruling Patriotic Front", DATE)
    assert (ref.country, ref.sector) == ("ZMB", "PTY")


def test_the_pope_unnamed_is_the_holy_sees(kb) -> None:
    ref = hit(kb, "The pope met refugees on Lesbos on Saturday.", "The pope", DATE)
    assert (ref.country, ref.sector) == ("VAT", "REL")


def test_ivory_coasts_cocoa_board_is_a_state_body(kb) -> None:
    ref = hit(kb, "The Caistab cancelled the licences of two exporters on Thursday.", "Caistab", "1991-09-12")
    assert (ref.country, ref.sector) == ("CIV", "GOV")


def test_the_countrys_president_is_the_named_states(kb) -> None:
    ref = hit(kb, "Kenya's opposition called on the country's president to resign on Sunday.", "president", DATE)
    assert ref.country == "KEN"


def test_a_council_of_churches_is_a_religious_body(kb) -> None:
    text = "Zambia's council of churches on Sunday urged calm."
    ref = hit(kb, text, "Zambia's council of churches", DATE)
    assert (ref.country, ref.sector) == ("ZMB", "REL")
