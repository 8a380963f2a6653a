"""Session 62 (sentences written for these tests), from the opened cluster_test68: a town's name
right before a noun of craft or arms ("by Hercules aircraft", "Mirage jets") is the model's
name, not a place, as a town's name before "gunmen" names the group; after a place preposition,
or when the name is a country's, it stays a place."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import places


def test_a_model_name_before_aircraft_is_no_place(finder: PlaceFinder) -> None:
    found = places(finder, "The battalions were flown to Saravena by Hercules aircraft on Friday.")
    assert set(found) == {"Saravena"}


def test_a_town_after_a_place_preposition_stays_a_place(finder: PlaceFinder) -> None:
    found = places(finder, "The planes landed at Hercules on Friday.")
    assert found.get("Hercules") is not None and found["Hercules"].country == "USA"


def test_a_country_before_aircraft_stays_a_place(finder: PlaceFinder) -> None:
    found = places(finder, "Kuwait aircraft flew over the border on Friday.")
    assert found.get("Kuwait") is not None and found["Kuwait"].country == "KWT"
