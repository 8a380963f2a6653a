"""Lexicon phrasings: responsibility "pinned" on a party accuses it; "restrictive measures"
are sanctions; shutting a party out of a money channel ("cut five lenders off from its dollar
auctions") sanctions it, while cutting off towns or supply lines stays a withholding; an
accord "penned", "countersigned", with signatures "set" to it, or whose "signatories" parties
became, is signed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, known_countries, of_type

DAY = "2025-09-17"  # a Wednesday


@pytest.mark.parametrize("text", [
    "Kenya's interior ministry on Tuesday pinned responsibility on al-Shabaab for the bombing of a bus in Mandera.",
    "Mali's junta pinned full responsibility on the JNIM militants for the ambush near Gao.",
])
def test_responsibility_pinned_on_a_party_accuses_it(explainer: Explainer, text: str) -> None:
    (accuse,) = of_type(explainer, text, "ACCUSE", DAY)
    assert accuse.mode == "allege" and accuse.recipients


@pytest.mark.parametrize("text, source, target", [
    ("New EU restrictive measures on four Iranian drone makers took effect on Monday.", "EUR", "IRN"),
    ("Canadian restrictive measures against two Belarusian officials came into force on Tuesday.", "CAN", "BLR"),
])
def test_restrictive_measures_are_a_sanction(explainer: Explainer, text: str, source: str, target: str) -> None:
    (sanction,) = of_type(explainer, text, "SANCTION", DAY)
    assert countries(sanction.actors) == [source]
    assert target in known_countries(sanction.recipients)


@pytest.mark.parametrize("text", [
    "Egypt's central bank cut three exchange houses off from its foreign currency auctions on Monday.",
    "The European Union cut off seven Russian banks from SWIFT on Wednesday.",
    "Washington barred two Lebanese banks from the US financial system on Tuesday.",
    "Jordan's central bank excluded four Syrian lenders from its dollar auctions on Tuesday.",
])
def test_a_party_shut_out_of_a_money_channel_is_sanctioned(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["SANCTION"]


@pytest.mark.parametrize("text", [
    "Russian troops cut off the town of Avdiivka from its supply routes on Monday.",
    "The army cut off the rebels from their supply lines in Darfur on Monday.",
])
def test_cutting_off_a_place_or_force_stays_a_withholding(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["COERCE"]


@pytest.mark.parametrize("text", [
    "Chile and Peru penned a five-year fisheries deal in Lima on Monday.",
    "Chile and Peru countersigned a fisheries accord in Lima on Monday.",
    "Chile and Peru became signatories to a fisheries pact in Lima on Monday.",
    "Chile and Peru set their signatures to a fisheries accord in Lima on Monday.",
])
def test_an_accord_signed_in_other_words_is_support(explainer: Explainer, text: str) -> None:
    (signing,) = of_type(explainer, text, "SUPPORT", DAY)
    assert known_countries(signing.actors) == ["CHL", "PER"]


@pytest.mark.parametrize("text", [
    "The Chilean foreign minister penned an article on Monday about the fisheries deal.",
    "Chile's interior minister countersigned the presidential decree on Monday.",
])
def test_writing_about_an_accord_or_countersigning_a_decree_signs_nothing(explainer: Explainer, text: str) -> None:
    assert not of_type(explainer, text, "SUPPORT", DAY)
