"""Lexicon triggers for aid given in kind, access let in, concessions and returns, lawsuits,
warrants, disapproval drawn, court dismissals, backing and pressure received (events.yaml).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, known_countries, of_type, types


# ---------------------------------------------------------------- AID

def test_goods_presented_to_a_government_are_aid(explainer: Explainer) -> None:
    (event,) = of_type(explainer, "Tokyo presented the Malian government with 200 tractors and a shipment of "
                       "wheat on Tuesday.", "AID")
    assert known_countries(event.actors) == ["JPN"] and known_countries(event.recipients) == ["MLI"]


def test_a_plan_presented_is_no_aid(explainer: Explainer) -> None:
    assert not of_type(explainer, "The minister presented his Greek counterpart with a plan to end the dispute.",
                       "AID")


def test_field_hospitals_in_the_plural_are_aid(explainer: Explainer) -> None:
    (event,) = of_type(explainer, "Turkish army medics set up two field hospitals for flood victims in northern "
                       "Syria.", "AID")
    assert known_countries(event.actors) == ["TUR"]


def test_people_housed_in_camps_are_sheltered(explainer: Explainer) -> None:
    (event,) = of_type(explainer, "Jordanian authorities housed some 5,000 Syrian families in tented camps near "
                       "Mafraq.", "AID")
    assert known_countries(event.actors) == ["JOR"]


def test_the_delivery_of_arms_is_aid(explainer: Explainer) -> None:
    (event,) = of_type(explainer, "The delivery of German tanks to the Ukrainian army angered Moscow.", "AID")
    assert known_countries(event.recipients) == ["UKR"]


# ---------------------------------------------------------------- RETREAT: access, return, release

@pytest.mark.parametrize("text", [
    "Iran allowed a team of IAEA inspectors to enter the Fordow site on Monday.",
    "Khartoum permitted a UN assessment mission to enter Darfur.",
    "Iraq let the UN weapons inspectors resume work at the Muthanna site.",
])
def test_an_outside_team_let_in_is_access(explainer: Explainer, text: str) -> None:
    (event,) = code(explainer, text)
    assert (event.type, event.mode) == ("RETREAT", "access")


def test_citizens_allowed_to_enter_stay_a_concession(explainer: Explainer) -> None:
    assert types(code(explainer, "Syria allowed its citizens to enter Lebanon without visas.")) == ["CONCEDE"]


def test_control_returned_is_a_return(explainer: Explainer) -> None:
    (event,) = code(explainer, "The Malian junta returned control of the northern airport to civilian authorities.")
    assert (event.type, event.mode) == ("RETREAT", "return")
    assert known_countries(event.actors) == ["MLI"]


def test_prisoners_repatriated_are_released(explainer: Explainer) -> None:
    (event,) = code(explainer, "Pakistan's repatriation of 200 Indian fishermen was completed at the Wagah border.")
    assert (event.type, event.mode) == ("RETREAT", "release")
    assert known_countries(event.actors) == ["PAK"]


# ---------------------------------------------------------------- THREATEN, ACCUSE, REJECT

def test_an_international_warrant_is_a_threat_of_arrest(explainer: Explainer) -> None:
    (event,) = code(explainer, "A Belgian judge issued an international warrant for the former Chadian dictator.")
    assert (event.type, event.mode) == ("THREATEN", "arrest")
    assert known_countries(event.recipients) == ["TCD"]


def test_a_suit_filed_is_an_accusation(explainer: Explainer) -> None:
    (event,) = code(explainer, "Activists filed suit in Paris against the French oil company over the pipeline.")
    assert (event.type, event.mode) == ("ACCUSE", "allege")


@pytest.mark.parametrize("text, actor", [
    ("The plan drew sharp criticism from Amnesty International.", "NGO"),
    ("The test launch drew an angry response from Seoul.", "KOR"),
])
def test_criticism_drawn_from_a_party_is_its_accusation(explainer: Explainer, text: str, actor: str) -> None:
    (event,) = code(explainer, text)
    assert event.type == "ACCUSE" and known_countries(event.actors) == [actor]


def test_a_petition_thrown_out_is_rejected(explainer: Explainer) -> None:
    (event,) = code(explainer, "Kenya's Supreme Court threw out the opposition's petition against the vote count.")
    assert event.type == "REJECT" and known_countries(event.actors) == ["KEN"]


def test_people_thrown_out_of_a_square_are_no_rejection(explainer: Explainer) -> None:
    assert "REJECT" not in types(code(explainer, "The Kenyan police threw out the protesters from the square."))


# ---------------------------------------------------------------- SUPPORT, REQUEST, AGREE

def test_speaking_up_for_a_party_supports_it(explainer: Explainer) -> None:
    (event,) = code(explainer, "The Serbian President spoke up for Belgrade's Bosnian allies at the summit.")
    assert event.type == "SUPPORT" and known_countries(event.actors) == ["SRB"]


def test_recognition_of_independence_is_support(explainer: Explainer) -> None:
    (event,) = code(explainer, "Greece's recognition of Kosovo's independence angered Serbia.")
    assert event.type == "SUPPORT" and known_countries(event.actors) == ["GRC"]


def test_pressure_received_is_the_presser_s_request(explainer: Explainer) -> None:
    (event,) = of_type(explainer, "The Kenyan President has come under pressure from Washington to release the "
                       "detained journalists.", "REQUEST")
    assert known_countries(event.actors) == ["USA"] and known_countries(event.recipients) == ["KEN"]


def test_an_offer_taken_up_is_accepted(explainer: Explainer) -> None:
    (event,) = code(explainer, "Morocco has taken up Algeria's offer to hold talks on the border.")
    assert event.type == "AGREE" and known_countries(event.actors) == ["MAR"]
