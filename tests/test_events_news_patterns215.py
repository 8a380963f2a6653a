"""Ruin promised a party ("promised Israel ruin", "vowed the invaders annihilation") is a threat,
ruin to be averted a pledge; workers and engineers kidnapped abroad are "liberated" by their
captors, towns are not; growers, peasants, pupils and schoolchildren who rally are the actors of
their protest. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import known_countries, of_type

DAY = "2014-06-11"


@pytest.mark.parametrize(("text", "target"), [
    ("The Basij commander promised the Zionist enemy destruction in reply to any aggression on Monday.", "ISR"),
    ("A Houthi commander vowed Saudi Arabia annihilation on Monday.", "SAU"),
    ("The IRGC commander promised the Americans ruin on Monday.", "USA"),
])
def test_ruin_promised_to_a_party_is_a_threat(explainer: Explainer, text: str, target: str) -> None:
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert threat.trigger.text.split()[0] in {"promised", "vowed"}
    assert known_countries(threat.recipients) == [target]
    assert not of_type(explainer, text, "AGREE", DAY)


@pytest.mark.parametrize("text", [
    "The Iraqi premier vowed to avert ruin on Monday.",
    "The Iraqi premier pledged to rebuild Mosul from the devastation on Monday.",
])
def test_ruin_to_be_averted_is_no_threat(explainer: Explainer, text: str) -> None:
    assert not of_type(explainer, text, "THREATEN", DAY)


def test_a_threat_of_ruin_with_war_in_its_content_stays_a_threat(explainer: Explainer) -> None:
    (threat,) = of_type(explainer, "Hezbollah vowed to bring ruin and war on Israel on Monday.", "THREATEN", DAY)
    assert known_countries(threat.recipients) == ["ISR"]


@pytest.mark.parametrize(("text", "freed"), [
    ("A militia in Sabratha liberated two Tunisian engineers on Sunday.", "TUN"),
    ("Gunmen in Derna liberated 11 Egyptian labourers on Sunday.", "EGY"),
])
def test_civilians_liberated_by_their_captors_are_released(explainer: Explainer, text: str, freed: str) -> None:
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert release.mode == "release"
    assert known_countries(release.recipients) == [freed]


def test_a_town_liberated_is_no_release(explainer: Explainer) -> None:
    assert not of_type(explainer, "Iraqi forces liberated the town of Qayyarah on Monday.", "RETREAT", DAY)


@pytest.mark.parametrize(("text", "sector"), [
    ("Angry growers dumped tonnes of potatoes on the highway near Mafraq on Monday, blocking traffic.", "AGR"),
    ("Hundreds of peasants blocked the main road near Cochabamba on Monday, demanding land.", "AGR"),
])
def test_growers_and_peasants_are_the_actors_of_their_protest(explainer: Explainer, text: str,
                                                               sector: str) -> None:
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert [a.sector for a in protest.actors] == [sector]


@pytest.mark.parametrize(("text", "noun"), [
    ("Pupils marched on the education ministry in Amman on Monday.", "Pupils"),
    ("Schoolchildren staged a sit-in outside the governorate in Irbid on Monday.", "Schoolchildren"),
])
def test_pupils_are_the_actors_of_their_protest(explainer: Explainer, text: str, noun: str) -> None:
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert [a.text for a in protest.actors] == [noun]
