"""Session 52 (sentences written for these tests), from the opened cluster_test58: a leader the
actor KB names stands for an official where a visit needs one ("welcomed Yoweri Museveni to
State House", "Yoweri Museveni flew into Nairobi for a tete-a-tete"); a raid by police is
coercion (CAMEO 17), not an armed assault; a state's name heading a longer place name ("the
Niger Delta") places the scene in that place's state."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries

DAY = "1995-03-09"


def test_a_named_leader_welcomed_to_a_palace_visits(explainer: Explainer) -> None:
    text = "Daniel arap Moi welcomed Yoweri Museveni to State House in Nairobi on Wednesday for a closed-door session."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.actors)) == ("CONSULT", "visit", ["UGA"])
    # near miss: a decision welcomed is support
    [event] = code(explainer, "Daniel arap Moi welcomed the decision on Wednesday.", DAY)
    assert event.type == "SUPPORT"


def test_a_named_leader_flying_in_for_a_sitting_visits(explainer: Explainer) -> None:
    text = "Yoweri Museveni flew into Nairobi on Wednesday for a tete-a-tete at State House."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("CONSULT", ["UGA"], ["KEN"])



def test_a_raid_by_police_is_coercion(explainer: Explainer) -> None:
    text = "Armed tax police in balaclavas raided the Kyiv headquarters of a television network on Thursday."
    [event] = code(explainer, text, DAY)
    assert event.type == "COERCE"
    # near miss: troops raiding a camp assault it
    [event] = code(explainer, "Ethiopian troops raided a rebel camp near Gode on Thursday.", DAY)
    assert event.type == "ASSAULT"


def test_a_states_name_heading_a_longer_place_is_that_places(explainer: Explainer) -> None:
    [event] = code(explainer, "Militants in the Niger Delta blew up a pipeline on Friday.", DAY)
    assert countries(event.actors) == ["NGA"]
