"""Event triggers of news phrasing: two states' envoys who "conferred", "talked" or "spent the
afternoon behind closed doors" consult each other, and talks or drills "got down to" are begun;
goods "handed" to a party are aid (suspects handed over cooperate, a militia's own weapons
handed in disarm it); teachers or lecturers who "halted classes" strike. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, coded_types, of_type

DAY = "2025-06-11"


@pytest.mark.parametrize("text, expected", [
    ("Kenya's foreign minister and Somalia's foreign minister conferred for two hours in Nairobi on Tuesday.",
     {"KEN", "SOM"}),
    ("Ghana's foreign minister and Togo's foreign minister talked in Accra on Monday about the border.",
     {"GHA", "TGO"}),
    ("The foreign ministers of Peru and Chile spent Monday morning behind closed doors in Lima.", {"PER", "CHL"}),
    ("The delegations of Sudan and South Sudan got down to a second round of negotiations in Juba on Monday.",
     {"SDN", "SSD"}),
])
def test_two_states_envoys_talking_together_consult(explainer: Explainer, text: str, expected: set[str]) -> None:
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert {a.country for a in talks.actors} == expected


@pytest.mark.parametrize("text", [
    "The king conferred the Order of Merit on the French ambassador on Monday.",
    "The French president talked about the economy in a speech on Monday.",
])
def test_one_party_conferring_or_talking_consults_no_one(explainer: Explainer, text: str) -> None:
    assert "CONSULT" not in coded_types(explainer, text, DAY)


def test_forces_of_two_states_getting_down_to_joint_drills_cooperate(explainer: Explainer) -> None:
    text = "Kenyan and Ugandan troops got down to joint border drills near Busia on Monday."
    (drills,) = of_type(explainer, text, "COOPERATE", DAY)
    assert {a.country for a in drills.actors} == {"KEN", "UGA"}


def test_goods_handed_to_a_party_are_aid(explainer: Explainer) -> None:
    text = "Qatar handed six ambulances and two field kitchens to the Lebanese Red Cross on Monday."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert [a.country for a in aid.actors] == ["QAT"]
    assert [r.country for r in aid.recipients] == ["LBN"]


@pytest.mark.parametrize("text, type_, mode", [
    ("Turkey handed two suspects to Iraqi police on Monday.", "COOPERATE", None),
    ("The militiamen handed their weapons to the Lebanese army on Monday.", "RETREAT", "disarm"),
])
def test_people_or_own_arms_handed_are_no_aid(explainer: Explainer, text: str, type_: str, mode: str | None) -> None:
    events = code(explainer, text, DAY)
    assert [(e.type, e.mode) for e in events] == [(type_, mode)]


def test_power_handed_on_is_no_aid(explainer: Explainer) -> None:
    assert "AID" not in coded_types(explainer, "The president handed power to his deputy on Monday.", DAY)


def test_teachers_halting_classes_strike(explainer: Explainer) -> None:
    text = "Teachers at the state schools halted classes on Monday to demand higher wages."
    (strike,) = code(explainer, text, DAY)
    assert (strike.type, strike.mode) == ("PROTEST", "strike")


@pytest.mark.parametrize("text", [
    "Lebanon's education ministry halted classes for 200,000 students on Monday because of the storm.",
    "Israeli strikes halted classes for thousands of students in southern Lebanon on Monday.",
])
def test_classes_halted_for_pupils_are_no_strike(explainer: Explainer, text: str) -> None:
    assert "PROTEST" not in coded_types(explainer, text, DAY)
