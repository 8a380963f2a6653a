"""Where an event happened, in wire and agency copy (sentences our own): a country aimed at,
a nationality or a pressed party names no scene, a wire dateline stands for its country when
the sentence names it, a country owning an office is no scene, and a background clause's
place is not the main clause's."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import locate


def test_a_direction_is_no_scene(finder: PlaceFinder) -> None:
    text = "Police detained four men over mortar fire toward Jordan two days earlier."
    assert locate(finder, text, "detained") is None


def test_the_origin_of_people_is_no_scene(finder: PlaceFinder) -> None:
    text = "The militia released nine fishermen from Eritrea on Friday."
    assert locate(finder, text, "released") is None


def test_a_party_pressed_is_no_scene(finder: PlaceFinder) -> None:
    text = "The envoy appealed on Monday for more pressure on Iran to free the detainees."
    assert locate(finder, text, "appealed") is None


def test_a_wire_dateline_stands_for_the_country_the_sentence_names(finder: PlaceFinder) -> None:
    story = " (Reuters) - Jordan's police have detained five smugglers, the ministry said."
    place = locate(finder, "AMMAN" + story, "detained")
    assert place is not None and place.feature == "country" and place.country == "JOR"
    assert locate(finder, "CAIRO" + story, "detained") is None  # filed abroad: no place


def test_a_country_owning_an_office_is_no_scene(finder: PlaceFinder) -> None:
    text = "Amman, March 3 - The envoy met today with the King of the Hashemite Kingdom of Jordan."
    place = locate(finder, text, "met")
    assert place is not None and place.text == "Amman"


def test_a_background_clause_place_is_not_the_sentence_place(finder: PlaceFinder) -> None:
    text = "Soldiers seized a weapons cache on Monday, as Baghdad tries to curb the militias."
    assert locate(finder, text, "seized") is None
