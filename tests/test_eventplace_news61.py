"""Session 38 (sentences written for these tests): a town named with the district it lies in
("Sopore, Baramulla district") is that town, not two towns' province; a scene "in the sal
forests of" a town is in it; the seat of the headquarters that orders troops out is no scene."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import locate


def test_a_town_and_its_district_is_the_town(finder: PlaceFinder) -> None:
    text = "Insurgents hurled a grenade at a bunker in the main market of Sopore, Baramulla district, today."
    place = locate(finder, text, "hurled")
    assert place is not None and (place.name, place.feature) == ("Sopur", "city")


def test_two_towns_coordinated_are_their_province(finder: PlaceFinder) -> None:
    # near miss: two towns side by side, with no district noun after the second
    text = "Insurgents hurled grenades at police posts in Sopore and in Baramulla today."
    place = locate(finder, text, "hurled")
    assert place is not None and place.feature != "city"


def test_a_forest_of_a_town_is_in_the_town(finder: PlaceFinder) -> None:
    text = "Naxalites lying in wait in the sal forests of Latehar blasted a police jeep yesterday."
    place = locate(finder, text, "blasted")
    assert place is not None and place.name == "Lātehār"


def test_the_seat_of_the_headquarters_ordering_troops_is_no_scene(finder: PlaceFinder) -> None:
    text = "Army headquarters in Kampala ordering 400 troops to the Karamoja frontier on Tuesday."
    place = locate(finder, text, "ordering")
    assert place is not None and place.name == "Karamoja"
