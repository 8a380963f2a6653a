"""Wire phrasings of the 1990s: a dispute settled with its age and kind before the noun,
refuge granted, a force's own men evacuated, deployments scaled back, services that worked
closely together, troops rushed to a town (not the wounded rushed to hospital), a food
convoy escorted, a protocol initialled, and a rally that is only the audience of a speech.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, known_countries, of_type

DAY = "1998-03-12"


def test_a_dispute_settled_with_its_age_and_kind_before_it_is_an_agreement(explainer: Explainer) -> None:
    text = ("Namibia and Botswana settled their long-running island boundary dispute on Friday, "
            "officials in Windhoek said.")
    (deal,) = of_type(explainer, text, "AGREE", DAY)
    assert known_countries(deal.actors + deal.recipients) == ["BWA", "NAM"]


@pytest.mark.parametrize("verb", ["granted", "offered"])
def test_refuge_granted_or_offered_is_aid(explainer: Explainer, verb: str) -> None:
    text = f"Guinea {verb} temporary refuge to thousands of Sierra Leoneans fleeing the fighting in Kailahun."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert known_countries(aid.actors) == ["GIN"]


def test_a_force_evacuating_its_own_men_from_a_zone_retreats(explainer: Explainer) -> None:
    text = "Turkey evacuated its troops from the northern Iraqi buffer zone on Sunday, the army said."
    (retreat,) = of_type(explainer, text, "RETREAT", DAY)
    assert known_countries(retreat.actors) == ["TUR"]


def test_deployments_scaled_back_are_a_retreat_not_a_mobilisation(explainer: Explainer) -> None:
    text = ("The Peruvian government has scaled back army deployments in the Upper Huallaga valley "
            "after the guerrillas' truce, state radio said.")
    types = coded_types(explainer, text, DAY)
    assert "RETREAT" in types and "MOBILIZE" not in types


def test_intelligence_services_that_worked_closely_together_cooperate(explainer: Explainer) -> None:
    text = ("Jordanian intelligence has worked closely with its Egyptian counterparts since the hotel "
            "bombings, officials in Amman said.")
    (coop,) = of_type(explainer, text, "COOPERATE", DAY)
    assert "JOR" in known_countries(coop.actors + coop.recipients)


def test_troops_rushed_to_a_town_are_mobilised(explainer: Explainer) -> None:
    text = "About two thousand Indonesian troops have been rushed to the town of Ambon, an army spokesman said."
    (mob,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert known_countries(mob.actors) == ["IDN"]


def test_soldiers_rushed_to_hospital_are_no_mobilisation(explainer: Explainer) -> None:
    text = "Three injured Indonesian soldiers were rushed to hospital in Ambon, an army spokesman said."
    assert of_type(explainer, text, "MOBILIZE", DAY) == []


def test_a_food_convoy_escorted_to_civilians_is_aid(explainer: Explainer) -> None:
    text = ("United Nations peacekeepers escorted a convoy of medicines to stranded villagers in the "
            "Angolan town of Kuito on Tuesday.")
    assert "AID" in coded_types(explainer, text, DAY)


def test_a_draft_protocol_initialled_is_a_signing(explainer: Explainer) -> None:
    text = ("The Tajik government and the opposition initialled a military protocol in Moscow on Thursday, "
            "mediators said.")
    assert "SUPPORT" in coded_types(explainer, text, DAY)


def test_a_rally_a_leader_told_is_no_protest(explainer: Explainer) -> None:
    text = "The Ethiopian prime minister told a rally in Mekele that Eritrea had occupied Badme."
    assert "PROTEST" not in coded_types(explainer, text, DAY)
