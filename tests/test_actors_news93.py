"""Actors of session 39 (sentences written for these tests): "the attackers" named bare are an
armed group of unknown allegiance, like "the assailants", so an attack they carry out is not
given to the police the sentence names before them."""

from __future__ import annotations

from actor_helpers import hit
from event_helpers import of_type

DATE = "2041-08-27"


def test_attackers_are_an_unidentified_armed_force(kb) -> None:
    ref = hit(kb, "The attackers fled towards the forest after the ambush.", "attackers", DATE)
    assert (ref.type, ref.sector) == ("armed_group", "UAF")


def test_the_attackers_not_the_police_fire_on_the_wreck(explainer) -> None:
    text = ("A landmine detonated by Maoist insurgents flipped a jeep of Bihar police near Gaya yesterday, "
            "and the attackers poured gunfire on the wreck, officials said.")
    attacks = of_type(explainer, text, "ASSAULT", DATE)
    assert attacks
    assert not [a.text for e in attacks for a in e.actors if a.sector == "COP"]
