"""Session 61, second round (sentences written for these tests), from probe C34: borders closed
may be listed before "borders" ("closed all of its land, sea and air borders with X"); missiles
fired or launched into the sea or into waters strike no one, a show of force (PLOVER MOBILIZE
weapons); "returned fire" is read as one act, the answer to an attack."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries

DAY = "2022-08-04"


def test_borders_closed_after_a_list_of_kinds_are_a_restriction(explainer: Explainer) -> None:
    text = "Chad closed all of its land, river and air borders with Sudan on Friday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.recipients)) == ("COERCE", "restrict", ["SDN"])


def test_missiles_fired_into_the_sea_are_a_show_of_force(explainer: Explainer) -> None:
    text = "Iran fired three cruise missiles into the sea off its southern coast on Thursday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.actors)) == ("MOBILIZE", "weapons", ["IRN"])


def test_missiles_fired_at_a_town_are_still_an_attack(explainer: Explainer) -> None:
    text = "Russian forces fired three cruise missiles at Odesa on Thursday."
    assert [e.type for e in code(explainer, text, DAY)] == ["ASSAULT"]


def test_returned_fire_is_read_whole(explainer: Explainer) -> None:
    [event] = code(explainer, "Turkish troops returned fire on Thursday.", DAY)
    assert (event.type, event.trigger.text) == ("ASSAULT", "returned fire")
