"""Where an event happened, second round on cluster_test18 (sentences our own): where a
conveyed thing is taken is no scene, nor is an office's remit ("envoy for Yemen")."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import locate


def test_where_an_intercepted_boat_is_escorted_is_no_scene(finder: PlaceFinder) -> None:
    text = "Naval commandos seized the boat at dawn and are escorting it to Haifa port."
    assert locate(finder, text, "seized") is None


def test_where_carried_cargo_was_headed_is_no_scene(finder: PlaceFinder) -> None:
    text = "Coast guards boarded a ship carrying fuel shipments to Lebanon on Friday."
    assert locate(finder, text, "boarded") is None


def test_a_move_to_a_place_still_places_the_move(finder: PlaceFinder) -> None:
    place = locate(finder, "The ministers travelled to Amman on Sunday.", "travelled")
    assert place is not None and place.name == "Amman"


def test_an_envoys_remit_is_no_scene(finder: PlaceFinder) -> None:
    text = "The foreign minister received the UN special envoy for Libya on Sunday."
    assert locate(finder, text, "received") is None


def test_taking_to_the_streets_of_a_city_is_there(finder: PlaceFinder) -> None:
    """"took to the streets of Mosul" is the intransitive "take to": the protest is in Mosul;
    only a passive conveys with no object between ("was towed to Haifa")."""
    place = locate(finder, "Thousands of students took to the streets of Mosul on Monday.", "took")
    assert place is not None and place.name == "Mosul"
