"""Lexicon entries of session 34, continued: a lender's conditions met are no meeting; pirates
handed over for trial; weapon systems sent; refugees fed; force to be used to an end; what a party
insists another "must" do; criticism renewed; patrols begun by forces; a package of deals finalised. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, known_countries, of_type

DAY = "2025-03-06"  # a Thursday


def test_a_lender_s_conditions_met_are_no_meeting(explainer: Explainer) -> None:
    text = "Ghana's government will cut fuel subsidies to meet conditions set by the World Bank, an official said."
    assert "CONSULT" not in coded_types(explainer, text, DAY)


def test_a_meeting_about_conditions_is_still_a_meeting(explainer: Explainer) -> None:
    assert "CONSULT" in coded_types(explainer, "Spain and Morocco met on Monday to discuss the conditions "
                                               "of the fishing accord.", DAY)


def test_pirates_handed_over_for_trial_are_law_enforcement_cooperation(explainer: Explainer) -> None:
    (event,) = of_type(explainer, "The Dutch navy handed over five suspected pirates to Kenya for trial on Tuesday.",
                       "COOPERATE", DAY)
    assert known_countries(event.recipients) == ["KEN"]


def test_weapon_systems_sent_are_aid(explainer: Explainer) -> None:
    (event,) = of_type(explainer, "Germany is sending two air defence missile systems to Kyiv, the chancellor said.",
                       "AID", DAY)
    assert known_countries(event.recipients) == ["UKR"]


@pytest.mark.parametrize("text", [
    "Niger can no longer feed the Malian refugees arriving in its western camps, a minister said.",
    "Jordanian army cooks fed 12,000 survivors of the earthquake in northern Syria.",
])
def test_the_needy_fed_are_given_aid(explainer: Explainer, text: str) -> None:
    assert "AID" in coded_types(explainer, text, DAY)


def test_force_threatened_to_an_end_is_a_threat(explainer: Explainer) -> None:
    types = coded_types(explainer, "SADC said it could use military force to restore the elected government of "
                                   "Lesotho if the army did not return to barracks.", DAY)
    assert "THREATEN" in types and "CONCEDE" not in types


def test_a_unit_put_to_a_task_is_no_force_used(explainer: Explainer) -> None:
    types = coded_types(explainer, "The general said he would use his force to protect the refugee camps.", DAY)
    assert "THREATEN" not in types and "ASSAULT" not in types


@pytest.mark.parametrize("text", [
    "Togolese opposition parties insisted on Friday that President Faure Gnassingbe must step down before any talks.",
    "Pyongyang insisted that Seoul must halt its joint drills first.",
])
def test_what_another_must_do_insisted_on_is_demanded(explainer: Explainer, text: str) -> None:
    assert "REQUEST" in coded_types(explainer, text, DAY)


def test_criticism_renewed_accuses(explainer: Explainer) -> None:
    (event,) = of_type(explainer, "Zambian opposition lawmakers renewed their criticism of the electoral commission "
                                  "on Tuesday.", "ACCUSE", DAY)
    assert event.mode == "disapprove"


def test_renewed_protests_are_no_criticism(explainer: Explainer) -> None:
    assert "ACCUSE" not in coded_types(explainer, "Students in Dhaka renewed their protests on Monday.", DAY)


def test_patrols_begun_by_forces_mobilise(explainer: Explainer) -> None:
    assert "MOBILIZE" in coded_types(explainer, "Italian fighter jets began air policing patrols over Iceland "
                                                "on Monday.", DAY)


def test_a_package_of_deals_finalised_is_a_signing(explainer: Explainer) -> None:
    (event,) = of_type(explainer, "Ankara and Baku finalised a package of gas deals on Tuesday.", "SUPPORT", DAY)
    assert known_countries(event.actors) == ["AZE", "TUR"]
