"""Event structure, second round on cluster_test20 (issues #4/#5): an attack after "after"
whose casualties are the sentence's only news, the forces of a joint operation, dateline
countries, a spokesman's unnamed fighters, answers in arms to "any" aggression, and places
as the objects of material acts."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer
from lapwing.records import Event

from event_helpers import countries

DAY = "2026-05-12"


def code(explainer: Explainer, text: str, date: str = DAY) -> list[Event]:
    return explainer.analyse(text, date).events


def test_casualties_after_an_attack_are_its_toll(explainer: Explainer) -> None:
    events = code(explainer, "The Panama-flagged Blue Heron was drifting off Aden on Tuesday after Monday's "
                  "drone attack, its operator said, adding that one sailor had died and three were injured.")
    (event,) = events
    assert event.trigger.text == "drone attack" and event.date.value == "2026-05-11"
    assert [r.text for r in event.recipients] == ["Blue Heron"]
    # an attack no one is named for is no toll: it stays the news, the earlier one background
    events = code(explainer, "Gunmen on a motorbike fired on a police car near Kirkuk on Tuesday, a day after "
                  "a convoy was hit further south.")
    assert [e.trigger.text for e in events] == ["fired"]


def test_a_force_acting_in_a_joint_operation_is_its_named_forces(explainer: Explainer) -> None:
    (event,) = code(explainer, "Security forces arrested 14 suspects in Nablus on Tuesday in a joint raid "
                    "by the army and the Shin Bet.")
    assert event.type == "COERCE" and countries(event.actors) == ["ISR"]


def test_a_dateline_country_is_no_party(explainer: Explainer) -> None:
    (event,) = code(explainer, "MOSUL, Iraq (AFP) - A drone attack set a fuel depot ablaze on Tuesday, "
                    "killing two guards.")
    assert event.actors == []


def test_a_spokesmans_unnamed_fighters_are_his_groups(explainer: Explainer) -> None:
    (event,) = code(explainer, "Hamas military spokesman Abu Obeida announced that the fighters had "
                    "blown up an Israeli tank in Khan Younis.")
    assert event.type == "ASSAULT" and countries(event.actors) == ["PSE"]


def test_a_leader_saying_his_fighters_would_respond_threatens(explainer: Explainer) -> None:
    events = code(explainer, "Hezbollah leader Naim Qassem said his fighters would respond to any "
                  "Israeli incursion.")
    assert [(e.type, e.modality) for e in events] == [("THREATEN", "asserted")]
    assert countries(events[0].actors) == ["LBN"] and countries(events[0].recipients) == ["ISR"]
    # a response to no aggression is no answer in arms
    assert code(explainer, "Iran responded to the European proposal on Tuesday.") == []


def test_any_attack_is_no_event_that_happened(explainer: Explainer) -> None:
    events = code(explainer, "Syria said it would retaliate against any Turkish attack.")
    assert [(e.trigger.text, e.modality) for e in events] == [("retaliate", "asserted"), ("attack", "hypothetical")]


@pytest.mark.parametrize("text, target", [
    ("Houthi fighters shelled Taiz on Tuesday.", "YEM"),
    ("Turkish drones hit Qamishli on Tuesday.", "SYR"),
    ("Israeli troops stormed the Nur Shams camp on Tuesday.", "PSE"),
    ("Sudanese army units moved into El Obeid on Tuesday.", "SDN"),
])
def test_a_place_acted_on_is_the_target(explainer: Explainer, text: str, target: str) -> None:
    (event,) = code(explainer, text)
    assert countries(event.recipients) == [target]
    # troops sent "to" a town are placed there, not aimed at it
    (event,) = code(explainer, "Egypt deployed troops to Rafah on Tuesday.")
    assert event.type == "MOBILIZE" and event.recipients == []
