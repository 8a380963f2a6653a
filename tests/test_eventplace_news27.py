"""Event places (news 27): a metropolis before a capitalised institution noun ("Baghdad
University") is the institution's city, a small town's name there is none; what an
agreement is about ("agreed on widening the road between A and B", "came to terms on ...")
is no scene. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.places import PlaceFinder

from place_helpers import locate, places


@pytest.mark.parametrize("text, city, country", [
    ("Hundreds of students at Baghdad University held a sit-in against tuition fees.", "Baghdad", "IRQ"),
    ("Nurses at Karachi Hospital walked out over unpaid wages on Sunday.", "Karachi", "PAK"),
])
def test_a_metropolis_before_an_institution_noun_is_its_city(finder: PlaceFinder, text: str, city: str,
                                                             country: str) -> None:
    found = places(finder, text)
    assert found[city] is not None and found[city].country == country


def test_a_small_towns_name_before_an_institution_noun_is_no_place(finder: PlaceFinder) -> None:
    found = places(finder, "Lecturers at Princeton University signed a letter backing the strikers.")
    assert "Princeton" not in found


@pytest.mark.parametrize("text, trigger", [
    ("Ethiopia and Djibouti agreed on widening the highway between Galafi and Dikhil, officials said.", "agreed"),
    ("Ethiopia and Djibouti came to terms on widening the highway between Galafi and Dikhil, officials said.",
     "came to terms"),
])
def test_the_topic_of_an_agreement_is_no_scene(finder: PlaceFinder, text: str, trigger: str) -> None:
    place = locate(finder, text, trigger)
    assert place is None or place.country != "DJI"  # both towns of the road lie in Djibouti


def test_a_scene_after_came_to_terms_stays(finder: PlaceFinder) -> None:
    text = "Ethiopia and Djibouti came to terms in Addis Ababa on widening the highway to Dikhil."
    place = locate(finder, text, "came to terms")
    assert place is not None and place.name == "Addis Ababa"
