"""Actors of session 52 (sentences written for these tests): a capital that opens a clause
after a fronted phrase ending in a place ("After talks in Lima, London threatened") is the
clause's subject, its government; a list of places after the comma stays a place. A state's
opposition coalition and its anti-graft agency are that state's."""

from __future__ import annotations

from actor_helpers import hit, hits

DATE = "2009-07-14"


def test_a_capital_opening_a_clause_after_a_place_is_its_government(kb) -> None:
    text = "Raising pressure on the interim rulers in Tegucigalpa, Washington warned it would cut aid."
    assert hit(kb, text, "Washington", DATE).country == "USA"
    text = "A day after a meeting in Nicosia, Ankara rejected the proposal."
    assert hit(kb, text, "Ankara", DATE).country == "TUR"


def test_a_list_of_places_stays_a_place(kb) -> None:
    assert "Beirut" not in hits(kb, "Protests in Amman, Beirut and Cairo ended on Friday.", DATE)
    assert "Damascus" not in hits(kb, "Shops in Aleppo, Damascus and Homs reopened on Friday.", DATE)


def test_an_opposition_coalition_and_an_anti_graft_agency_are_their_states(kb) -> None:
    text = "Zambia's opposition coalition called a rally in Lusaka."
    assert hit(kb, text, "Zambia's opposition coalition", DATE).country == "ZMB"
    text = "Kenya's anti-graft agency questioned two governors on Monday."
    assert hit(kb, text, "Kenya's anti-graft agency", DATE).country == "KEN"
