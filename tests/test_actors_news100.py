"""Actors of session 54 (sentences written for these tests): a count between a state's
possessive and its noun keeps the state ("France's eight main trade unions"); Zambia's
Patriotic Front is the Zambian party; the pope unnamed is the Holy See's; Ivory Coast's
cocoa board (Caistab) is a state body of its own."""

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
