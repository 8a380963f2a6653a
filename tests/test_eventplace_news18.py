"""Where an event happened, from cluster_test22 (sentences our own): a town named before a
facility's noun, a place inside an accusation's idiom ("put the blame on X for ... in Y"),
the names listed with a launch site, and the GCC states named with "Gulf"."""

from __future__ import annotations

import pytest

from lapwing.places import PlaceFinder

from place_helpers import locate, places


@pytest.mark.parametrize("text, trigger, town", [
    ("The Rabak fuel terminal, which serves much of the south, was still burning after the drone attack.",
     "drone attack", "Rabak"),
    ("Drones struck the Atbara power station and a bridge in Ed Damer on Monday.", "struck", "Atbara"),
])
def test_a_town_before_a_facility_noun_is_where_the_facility_was_hit(
        finder: PlaceFinder, text: str, trigger: str, town: str) -> None:
    place = locate(finder, text, trigger)
    assert place is not None and place.text == town


def test_a_refinery_named_by_its_town_is_near_the_town(finder: PlaceFinder) -> None:
    place = locate(finder, "Rockets hit the Baiji oil refinery on Sunday.", "hit")
    assert place is not None and place.text == "Baiji" and place.precision == "vicinity"


@pytest.mark.parametrize("text, trigger", [
    ("Iraq's oil ministry put the blame on the Kurdish government on Monday for the flooding of fields in Diyala.",
     "put"),
    ("The governor pinned the blame on the water board for the outages in Sabha.", "pinned"),
])
def test_a_place_in_the_content_of_an_accusation_idiom_is_not_its_place(
        finder: PlaceFinder, text: str, trigger: str) -> None:
    assert locate(finder, text, trigger) is None


def test_names_listed_with_a_launch_site_break_no_clause(finder: PlaceFinder) -> None:
    text = "Ships from Egypt, Greece and Cyprus started the joint drill Medusa in the waters off Alexandria on Monday."
    place = locate(finder, text, "started", participant="Egypt, Greece and Cyprus")
    assert place is not None and place.text == "Alexandria"


@pytest.mark.parametrize("text", [
    "Sudan's finance minister made an appeal to Gulf donors on Monday.",
    "Gulf Arab monarchies pledged two billion dollars.",
])
def test_gulf_before_a_noun_the_kb_names_an_actor_by_is_no_place(finder: PlaceFinder, text: str) -> None:
    assert "Gulf" not in places(finder, text)
