"""Event lexicon: troops that "battled" an armed group fight it, while a blaze or an outbreak
battled, or a forest fire near a town, is no assault; a warning that an act "would not go
unpunished" threatens, a demand that abuses "must not go unpunished" does not; "would be made
to pay dearly" inside a warning threatens. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, known_countries, of_type

DAY = "2026-04-14"


def test_troops_that_battled_an_armed_group_assault_it(explainer: Explainer) -> None:
    text = "Malian soldiers battled jihadist fighters for six hours near the town of Gao on Sunday, the army said."
    (fight,) = of_type(explainer, text, "ASSAULT", DAY)
    assert "MLI" in known_countries(fight.actors)


@pytest.mark.parametrize("text", [
    "Moroccan firefighters battled a huge forest fire near Tetouan on Sunday.",
    "Yemen is battling a cholera outbreak in the port city of Hodeidah, the health ministry said.",
])
def test_a_blaze_or_an_outbreak_battled_is_no_assault(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "ASSAULT", DAY) == []


def test_a_forest_fire_near_a_town_is_no_assault(explainer: Explainer) -> None:
    text = "A forest fire near the Turkish resort of Bodrum forced hundreds of tourists to leave their hotels."
    assert of_type(explainer, text, "ASSAULT", DAY) == []


@pytest.mark.parametrize("text", [
    "The Chadian president warned Sudan's paramilitaries that the raid on the border post would not go unpunished.",
    "The bombing of the market in Maiduguri will not go unpunished, Nigeria's army chief said on Monday.",
])
def test_an_act_that_will_not_go_unpunished_is_threatened(explainer: Explainer, text: str) -> None:
    assert "THREATEN" in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text", [
    "Human Rights Watch warned the Libyan authorities that abuses against migrants must not go unpunished.",
    "Families in Benghazi fear that the militia commanders will go unpunished.",
])
def test_impunity_demanded_or_feared_is_no_threat(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "THREATEN", DAY) == []


def test_a_warning_that_a_party_would_be_made_to_pay_dearly_threatens(explainer: Explainer) -> None:
    text = "Iraq's defence minister warned Turkey that it would be made to pay dearly for its raids on Sinjar."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert known_countries(threat.actors) == ["IRQ"]
    assert known_countries(threat.recipients) == ["TUR"]
