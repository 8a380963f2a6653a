"""Where an event happened, round 14 (sentences written here): a site named by a town lies
near it, not in it; a field named only in a relative clause of the speaker is still named; a
visit's programme, a concession and a state served are no scene; three nested names give
the innermost."""

from __future__ import annotations

import pytest

from lapwing.places import PlaceFinder

from place_helpers import locate, places


@pytest.mark.parametrize("text, trigger", [
    ("A drone struck a gas facility in Chamchamal on Monday night, police said.", "struck"),
    ("Rockets hit the oil field at Qayyarah on Tuesday.", "hit"),
])
def test_a_site_named_by_its_town_is_near_the_town(finder: PlaceFinder, text: str, trigger: str) -> None:
    place = locate(finder, text, trigger)
    assert place is not None and place.precision == "vicinity"
    place = locate(finder, "Gunmen attacked a checkpoint in Chamchamal on Monday.", "attacked")
    assert place is not None and place.precision == "city"  # a checkpoint is in the town


def test_the_object_of_a_relative_clause_is_a_place(finder: PlaceFinder) -> None:
    text = "A blast set the field ablaze overnight, the company that runs Khor Mor said."
    assert places(finder, text).get("Khor Mor") is not None
    place = locate(finder, text, "blast")
    assert place is not None and place.name == "Khor Mor gas field"


def test_a_visit_s_programme_is_no_scene(finder: PlaceFinder) -> None:
    text = ("The two presidents held talks in private on Monday, his office said, adding that the visit "
            "would continue with a tour of a dam near Mafraq.")
    place = locate(finder, text, "talks")
    assert place is None or place.name != "Mafraq"


def test_a_concession_s_place_is_no_scene(finder: PlaceFinder) -> None:
    text = ("Engineers repaired the old export line on Sunday, officials said, though shipments "
            "through Turkey's Ceyhan terminal would stay the main route.")
    place = locate(finder, text, "repaired")
    assert place is None or place.country != "TUR"


def test_a_state_served_is_no_scene(finder: PlaceFinder) -> None:
    text = "A court sentenced three men convicted of spying for Israel on Monday."
    place = locate(finder, text, "sentenced")
    assert place is None or place.country != "ISR"


def test_three_nested_names_give_the_innermost(finder: PlaceFinder) -> None:
    text = "Rioters torched cars in Egypt's Mediterranean resort of New Alamein on Friday."
    place = locate(finder, text, "torched")
    assert place is not None and place.name == "New Alamein"
