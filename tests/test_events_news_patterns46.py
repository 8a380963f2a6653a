"""Event structure from the opened cluster set 21 (issues #4/#5): background the sentence
only describes (a reduced relative on its subject, an apposition counting the same visit, the
topic of talks, a protest's aim, a contact relative clause), hypothetical "any X or Y"
attacks, and roles read from the right phrase (a double object, the receiver of goods, the
forces sent, the speaker of a participle, the accused of an allegation, kin heading a
crowd, a possessive naming a party again)."""

from __future__ import annotations

from functools import partial

import pytest

from lapwing.explain import Explainer

import event_helpers
from event_helpers import known_countries as countries

DAY = "2026-05-12"

code = partial(event_helpers.code, date=DAY)
of_type = partial(event_helpers.of_type, date=DAY)


# ----- background the sentence only describes


@pytest.mark.parametrize("text", [
    "Nine fishermen seized by Eritrea during a patrol in 2023 were handed to their families on Sunday.",
    "Two reporters kidnapped by gunmen in Idlib in 2022 returned home on Saturday.",
])
def test_a_participle_on_the_subject_is_background(explainer: Explainer, text: str) -> None:
    assert not [e for e in code(explainer, text) if e.type in ("COERCE", "ASSAULT")]


def test_an_apposition_counting_the_visit_is_the_same_meeting(explainer: Explainer) -> None:
    text = ("The eastern strongman Khalifa Haftar discussed the southern frontier in a meeting with Abdel Fattah "
            "El-Sisi in Egypt on Wednesday, his third visit this year, an Egyptian presidency statement said.")
    assert len(of_type(explainer, text, "CONSULT")) == 1


def test_the_meeting_talks_prepare_is_no_meeting_of_the_day(explainer: Explainer) -> None:
    text = ("Jordan's foreign minister spoke by phone with his Egyptian counterpart on Tuesday about "
            "preparations for a summit with Iraq.")
    (talks,) = of_type(explainer, text, "CONSULT")
    assert sorted(countries(talks.actors)) == ["EGY", "JOR"]  # the call's two parties, not Iraq


def test_the_release_a_protest_is_for_is_no_release(explainer: Explainer) -> None:
    text = "Police said Saturday's rallies for the detainees' release drew thousands of people in Amman."
    assert not of_type(explainer, text, "RETREAT")


def test_any_attack_of_coordinated_parties_is_hypothetical(explainer: Explainer) -> None:
    text = "The army chief said any Saudi or Emirati strike on the port would be answered with force."
    assert all(e.modality not in ("asserted", "reported") for e in of_type(explainer, text, "ASSAULT"))


def test_a_contact_relative_on_the_object_is_background(explainer: Explainer) -> None:
    text = ("Canada on Monday froze the assets of two Iraqi traders and a currency exchange house it said had "
            "channelled funds from Iranian oil sales to Hezbollah, and barred both men from entering the country.")
    events = code(explainer, text)
    assert not [e for e in events if e.type == "AID"]
    sanctions = [e for e in events if e.type == "SANCTION"]
    assert sanctions and all(countries(e.actors) == ["CAN"] for e in sanctions)


# ----- roles from the right phrase


def test_the_first_object_of_sending_a_request_is_asked(explainer: Explainer) -> None:
    text = "Jordan's finance minister sent the World Bank a formal request on Tuesday for emergency funding."
    (request,) = of_type(explainer, text, "REQUEST")
    assert countries(request.actors) == ["JOR"] and [r.actor_id for r in request.recipients] == ["world_bank"]


def test_who_takes_delivery_of_aid_receives_it(explainer: Explainer) -> None:
    text = "The Humanitarian Aid Commission took delivery on Tuesday of two Kuwaiti relief shipments."
    (aid,) = of_type(explainer, text, "AID")
    assert countries(aid.actors) == ["KWT"] and countries(aid.recipients) == ["SDN"]


def test_the_forces_sent_are_no_target(explainer: Explainer) -> None:
    text = "The interior ministry sent three Federal Police brigades to the oilfields near Basra on Tuesday."
    (mobilised,) = of_type(explainer, text, "MOBILIZE")
    assert not mobilised.recipients and countries(mobilised.actors) == ["IRQ"]


def test_a_participle_after_an_unnamed_speaker_is_not_the_attackers(explainer: Explainer) -> None:
    text = ("Israeli jets struck a depot near Homs on Monday, a military source said, describing the strike "
            "as a blatant aggression.")
    assert all("ISR" not in countries(e.actors) for e in of_type(explainer, text, "ACCUSE"))


def test_the_subject_of_an_allegation_is_accused(explainer: Explainer) -> None:
    text = ("Turkish officials pushed back on Thursday against Iraqi allegations that Turkish dams are "
            "draining the Euphrates.")
    (accusation,) = of_type(explainer, text, "ACCUSE")
    assert countries(accusation.actors) == ["IRQ"] and countries(accusation.recipients) == ["TUR"]


def test_relatives_head_the_crowd_not_the_hostages(explainer: Explainer) -> None:
    (protest,) = of_type(explainer, "Relatives of the hostages blocked a highway in Tel Aviv on Monday.", "PROTEST")
    assert [a.text for a in protest.actors] == ["Relatives"]


def test_a_possessive_noun_names_the_party_again(explainer: Explainer) -> None:
    text = ("Lebanon's finance minister sent the World Bank a formal request on Monday for a loan, during a "
            "meeting with the bank's regional director.")
    (meeting,) = of_type(explainer, text, "CONSULT")
    assert "world_bank" in [a.actor_id for a in meeting.actors + meeting.recipients]


def test_whom_a_speaker_thanks_does_not_thank(explainer: Explainer) -> None:
    text = ("The relief commission received the shipments on Sunday, its director said, thanking Kuwait for "
            "its continued support.")
    thanks = [e for e in of_type(explainer, text, "SUPPORT") if e.trigger.text == "thanking"]
    assert thanks and "KWT" not in countries(thanks[0].actors)


def test_a_place_word_before_the_planners_clause_is_no_planner(explainer: Explainer) -> None:
    text = ("Thousands poured onto roads on Monday, pressing for a deal to free the captives still in the "
            "Palestinian territory as the cabinet weighed a plan to seize Gaza City.")
    (seizure,) = of_type(explainer, text, "COERCE")
    assert seizure.modality == "intended" and "PSE" not in countries(seizure.actors)
