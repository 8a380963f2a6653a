"""News wordings of arrests, licences, deployments, threats, refusals and blockades: people
"hauled away", "spirited away", "frogmarched", "marched off" or "hustled into a van" are
detained (goods hauled away and a leader spirited to safety are not); the licences of
pharmacies, exchange houses or operators taken back are a sanction on firms (a channel's
stays censorship); forces "pre-positioned" are deployed; a place "sprayed with gunfire" is
attacked; targets that "were legitimate" in reported speech are threatened; an "import ban
on" a country's goods sanctions it; a party that "would have none of" a plan refuses it; an
oil field shut by protesters is blockaded. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, known_countries, of_type

DAY = "2025-09-16"


@pytest.mark.parametrize("text, trigger", [
    ("Moroccan police hauled the rapper away from a concert in Casablanca on Sunday.", "hauled"),
    ("Plain-clothes agents spirited away three Tunisian students from a cafe in Sousse on Sunday.", "spirited"),
    ("Asayish forces frogmarched four Arab teachers out of a school in Hasakah on Sunday.", "frogmarched"),
    ("Houthi gunmen marched off two UN staffers from their office in Hodeidah on Sunday.", "marched"),
    ("Egyptian police hustled three reporters into a van outside the Cairo court on Sunday.", "hustled"),
])
def test_people_carried_off_are_detained(explainer: Explainer, text: str, trigger: str) -> None:
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert arrest.trigger.text == trigger
    assert arrest.mode == "arrest"


@pytest.mark.parametrize("text", [
    "Bulldozers hauled the debris away from the collapsed bridge in Mosul on Sunday.",
    "The Guinean president was spirited away to a military base on Sunday.",
    "Thousands of teachers marched off toward the ministry in Rabat on Sunday.",
])
def test_goods_hauled_or_a_leader_spirited_away_are_no_arrest(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "COERCE", DAY) == []


@pytest.mark.parametrize("text", [
    "Bahrain's central bank withdrew the licences of four exchange houses on Sunday.",
    "Algeria's health ministry suspended the licences of 25 private pharmacies on Sunday.",
    "Morocco's regulator pulled the licences of two telecom operators on Sunday.",
])
def test_licences_of_businesses_taken_back_are_a_sanction(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["SANCTION"]


def test_a_channels_licence_pulled_stays_censorship(explainer: Explainer) -> None:
    text = "Algeria's media authority pulled the licence of a private television channel on Sunday."
    assert coded_types(explainer, text, DAY) == ["COERCE"]


@pytest.mark.parametrize("text", [
    "Russia pre-positioned two air defence batteries in Tartus on Sunday.",
    "The Pentagon prepositioned marines in Djibouti on Sunday.",
])
def test_forces_pre_positioned_are_deployed(explainer: Explainer, text: str) -> None:
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert move.trigger.text.lower().startswith(("pre-positioned", "prepositioned"))


def test_a_place_sprayed_with_gunfire_is_attacked(explainer: Explainer) -> None:
    text = "Gunmen sprayed a village mosque with gunfire near Zamfara on Sunday."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert attack.trigger.text == "sprayed"


def test_targets_that_were_legitimate_in_reported_speech_are_threatened(explainer: Explainer) -> None:
    text = "Kataib Hezbollah said on Sunday that American bases in Syria were legitimate targets."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert known_countries(threat.recipients) == ["USA"]


def test_an_import_ban_on_a_countrys_goods_is_a_sanction(explainer: Explainer) -> None:
    text = "Qatar slapped an import ban on Indian poultry on Sunday."
    (ban,) = of_type(explainer, text, "SANCTION", DAY)
    assert known_countries(ban.actors) == ["QAT"]
    assert known_countries(ban.recipients) == ["IND"]


def test_a_party_that_would_have_none_of_a_plan_refuses_it(explainer: Explainer) -> None:
    text = "Serbia said on Sunday it would have none of Kosovo's plan for a border commission."
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert known_countries(refusal.actors) == ["SRB"]
    assert known_countries(refusal.recipients) == ["KOS"]


def test_having_none_of_the_means_is_no_refusal(explainer: Explainer) -> None:
    text = "Chad has none of the funds needed to house the refugees, its minister said on Sunday."
    assert of_type(explainer, text, "REJECT", DAY) == []


def test_an_oil_field_shut_by_protesters_is_blockaded(explainer: Explainer) -> None:
    text = "Protesters from Ubari shut down the Sharara oil field on Sunday."
    (blockade,) = of_type(explainer, text, "PROTEST", DAY)
    assert blockade.mode == "obstruct"


def test_an_oil_field_shut_for_maintenance_is_no_protest(explainer: Explainer) -> None:
    text = "The National Oil Corporation shut down the Waha oil field for maintenance on Sunday."
    assert of_type(explainer, text, "PROTEST", DAY) == []
