"""Where an event happened, from cluster_test24 (sentences our own): a town named as the
area around it, a site's name opening a sentence, the subject of "came under fire", a
dateline the text sets apart with "here", the ends of traffic and a ship's flag, and a
place where a quantity was measured in a clause of its own."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import locate, places


def test_a_town_named_as_its_region_is_the_area_around_it(finder: PlaceFinder) -> None:
    text = "Turkish drones hit a pickup truck in northern Iraq's Sinjar region on Sunday."
    place = locate(finder, text, "hit")
    assert place is not None and place.country == "IRQ" and place.precision == "vicinity"


def test_a_town_named_as_its_area_is_the_area_around_it(finder: PlaceFinder) -> None:
    text = "Israeli drones struck a motorcycle in the Tyre area on Sunday."
    place = locate(finder, text, "struck")
    assert place is not None and place.country == "LBN" and place.precision == "vicinity"


def test_a_site_name_opening_a_sentence_is_a_place(finder: PlaceFinder) -> None:
    found = places(finder, "Mitiga airport reopened to civilian flights on Tuesday after a week.")
    assert found.get("Mitiga") is not None and found["Mitiga"].country == "LBY"


def test_the_subject_of_came_under_fire_is_the_scene(finder: PlaceFinder) -> None:
    text = ("Mitiga airport came under rocket fire on Saturday, with four projectiles landing near a "
            "jet that had arrived from Istanbul.")
    place = locate(finder, text, "landing near")
    assert place is not None and place.country == "LBY"


def test_a_dateline_the_text_calls_here_in_another_clause_is_no_scene(finder: PlaceFinder) -> None:
    text = ("BENGHAZI, Libya (AFP) - Rockets slammed into the main airport of Libya's biggest city on "
            "Saturday night, officials said, sending dozens of diverted flights here.")
    place = locate(finder, text, "slammed into")
    assert place is None or place.feature == "country"


def test_the_end_of_a_cargo_route_is_no_scene(finder: PlaceFinder) -> None:
    text = "Ankara closed its harbours on Monday to tankers carrying fuel to or from Iran."
    assert locate(finder, text, "closed", participant="Ankara") is None


def test_the_state_a_ship_flies_the_flag_of_is_no_scene(finder: PlaceFinder) -> None:
    text = "The navy seized two tankers flying the flag of Iran on Monday."
    assert locate(finder, text, "seized") is None


def test_where_a_quantity_was_measured_in_another_clause_is_no_scene(finder: PlaceFinder) -> None:
    text = ("The ministry protested on Monday, saying inflows at Haditha Dam had dropped sharply, and "
            "argued that promises made during the president's visit in May had been broken.")
    assert locate(finder, text, "visit") is None
