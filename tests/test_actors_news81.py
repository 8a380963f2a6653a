"""Roles of attacks suffered and of arrests (events_roles.py): "came under fire/attack/shelling
by/from X" is X's act on the subject; a party inside the object's modifiers ("a cell recruiting
young men for the Islamic State") does not do what a participle after a comma says; "X, whose
agents arrested" is X's act; kb: Morocco's BCIJ. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_helpers import of_type


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Nigerian troops came under heavy shelling by Boko Haram near Maiduguri on Monday.", "boko_haram", "NGA"),
    ("Kenyan police came under attack by al-Shabaab militants near Mandera.", "al_shabaab", "KEN"),
])
def test_came_under_attack_by_names_the_attacker(explainer, text: str, source: str, target: str) -> None:
    (event,) = of_type(explainer, text, "ASSAULT")
    assert [a.actor_id for a in event.actors] == [source]
    assert [r.country for r in event.recipients] == [target]


def test_came_under_fire_by_names_the_attacker(explainer) -> None:
    events = of_type(explainer, "A police checkpoint near Cizre came under machine-gun fire by PKK militants "
                                "on Tuesday.", "ASSAULT")
    assert events and events[0].actors[0].actor_id == "pkk"


def test_came_under_fire_with_no_party_after_leaves_the_subject_the_target(explainer) -> None:
    (event,) = of_type(explainer, "Iraqi forces came under fire in Mosul on Monday.", "ASSAULT")
    assert not event.actors and event.recipients[0].country == "IRQ"


def test_a_party_in_the_objects_purpose_does_not_act(explainer) -> None:
    events = of_type(explainer, "The Federal Counterterrorism Office broke up a cell recruiting young Tunisians "
                                "for the Islamic State in Libya today, netting 7 suspects in raids in Sousse.",
                     "COERCE")
    assert all(a.actor_id != "isis" and a.country != "TUN" for e in events for a in e.actors)


def test_the_bcij_is_moroccan_police(explainer) -> None:
    (event,) = of_type(explainer, "Agents of the BCIJ collared 5 suspected jihadists in Tangier on Friday.", "COERCE")
    assert [(a.actor_id, a.country) for a in event.actors] == [("mar_bcij", "MAR")]


def test_the_owner_of_agents_after_whose_acts(explainer) -> None:
    (event,) = of_type(explainer, "An arms ring was broken up by the Central Bureau of Judicial Investigations, "
                                  "whose agents detained 6 suspects in Oujda.", "COERCE")
    assert event.actors[0].actor_id == "mar_bcij"


def test_workers_after_whose_are_not_the_owners(explainer) -> None:
    for event in of_type(explainer, "The freighter docked in Piraeus, whose workers went on strike.", "PROTEST"):
        assert all(a.sector != "GOV" for a in event.actors)
