"""Lexicon coverage of the conflict types: people sent back "forcibly" or pushed back at a border
are deported; a country placed under a state of emergency is coerced; a party that threatens to
suspend or scrap a truce or treaty threatens (a situation that threatens a truce does not); those
who organise, lead, join or mount a march or sit-in protest. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, known_countries, of_type

DAY = "2025-03-11"  # a Tuesday


@pytest.mark.parametrize("text", [
    "Libyan coastguards forcibly returned 140 Bangladeshi migrants to detention centres near Zuwara.",
    "More than 300 Syrian refugees were forcibly repatriated by Lebanese troops last week.",
    "Cypriot police pushed back a fishing boat carrying Syrian asylum-seekers off Cape Greco.",
])
def test_people_sent_back_against_their_will_are_deported(explainer: Explainer, text: str) -> None:
    (move,) = of_type(explainer, text, "COERCE", DAY)
    assert move.mode == "deport"


@pytest.mark.parametrize("text", [
    "Some 2,000 Sudanese refugees returned to Darfur from Chad last month.",
    "Kenya repatriated 40 Somali fishermen rescued off Lamu.",
])
def test_a_return_nobody_forced_is_no_deportation(explainer: Explainer, text: str) -> None:
    assert "COERCE" not in coded_types(explainer, text, DAY)


def test_a_country_placed_under_a_state_of_emergency_is_coerced(explainer: Explainer) -> None:
    text = "Chad's junta put the eastern province of Ouaddai under a state of emergency on Monday."
    (move,) = of_type(explainer, text, "COERCE", DAY)
    assert move.mode == "martial-law"


@pytest.mark.parametrize("text", [
    "Hezbollah threatened to end the ceasefire with Israel if the raids went on.",
    "Tehran threatened to scrap the 2015 accord and the fragile truce with Israel.",
])
def test_threatening_to_renounce_a_truce_is_a_threat(explainer: Explainer, text: str) -> None:
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert known_countries(threat.actors) in (["LBN"], ["IRN"])


def test_a_situation_that_threatens_a_truce_is_no_threat(explainer: Explainer) -> None:
    text = "Renewed clan feuding in Galmudug threatens the fragile truce, analysts said."
    assert "THREATEN" not in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text", [
    "Moroccan teachers organized a sit-in outside the education ministry in Rabat.",
    "Georgian students led a march through Tbilisi against the new media law.",
    "Thousands of Jordanians joined a rally in Amman against the price rises.",
    "Tunisian journalists mounted a protest outside the prime minister's office.",
])
def test_those_who_organise_lead_or_join_a_gathering_protest(explainer: Explainer, text: str) -> None:
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert protest.actors and protest.trigger.text in {"organized", "led", "joined", "mounted"}


def test_a_border_shut_is_closed(explainer: Explainer) -> None:
    text = "Guinea shut its borders with Sierra Leone after the disputed vote."
    (closure,) = of_type(explainer, text, "COERCE", DAY)
    assert closure.mode == "restrict"


def test_holding_out_the_prospect_of_force_is_a_threat(explainer: Explainer) -> None:
    text = "Kigali held out the prospect of strikes on rebel camps inside Congo."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert known_countries(threat.actors) == ["RWA"]


@pytest.mark.parametrize(("text", "shown"), [
    ("Algeria flexed its military muscle with live-fire manoeuvres near Tindouf.", True),
    ("Qatar flexed its economic muscle in the Horn of Africa.", False),
])
def test_military_muscle_flexed_is_a_show_of_force(explainer: Explainer, text: str, shown: bool) -> None:
    assert ("flexed" in [m.trigger.text for m in of_type(explainer, text, "MOBILIZE", DAY)]) is shown
