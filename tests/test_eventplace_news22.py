"""Where an event happened, from cluster_test24 round 2 (sentences our own): towns named
together as one operation's scene give the unit holding them, a scene stated without a
name keeps the dateline's town off a deed, and the destination of travel is no scene of a
subordinate clause's event."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import locate


def test_raids_in_two_provinces_towns_are_placed_in_their_country(finder: PlaceFinder) -> None:
    """Diyarbakir and Mardin lie in two provinces: neither is the scene, Turkey holds both,
    in whichever order another report names them."""
    for text in ("Police detained 31 suspects in raids in Diyarbakir and Mardin on Monday.",
                 "Police detained 31 suspects in raids in Mardin and Diyarbakir on Monday."):
        place = locate(finder, text, "detained")
        assert place is not None and place.feature == "country" and place.country == "TUR"
    # a town named alone stays the scene
    place = locate(finder, "Police detained 31 suspects in raids in Mardin on Monday.", "detained")
    assert place is not None and place.feature == "city" and place.name == "Mardin"


def test_towns_of_one_province_give_the_province(finder: PlaceFinder) -> None:
    text = "Gendarmes arrested nine smugglers across Nusaybin, Midyat and Kiziltepe on Monday."
    place = locate(finder, text, "arrested")
    assert place is not None and place.feature == "admin1" and place.name == "Mardin Province"


def test_a_scene_in_international_waters_takes_no_dateline(finder: PlaceFinder) -> None:
    text = ("TYRE, Lebanon - Commandos boarded the fishing boat Nour, which was seized in "
            "international waters on Sunday, the owners said.")
    assert locate(finder, text, "seized") is None
    text = "TYRE, Lebanon - Commandos boarded a fishing boat at sea on Sunday, the owners said."
    assert locate(finder, text, "boarded") is None
    # with no scene stated, the provincial dateline's town is the scene
    text = "TYRE, Lebanon - Commandos boarded a fishing boat on Sunday, the owners said."
    place = locate(finder, text, "boarded")
    assert place is not None and place.name == "Tyre"


def test_the_destination_of_travel_is_no_scene_of_a_subordinate_event(finder: PlaceFinder) -> None:
    text = ("Pilgrims will be able to fly to Mashhad from March after the two aviation "
            "authorities approved a direct route on Monday.")
    assert locate(finder, text, "approved") is None
    # a strike coordinated with the flight happened at its destination
    place = locate(finder, "Warplanes flew to Sanaa and struck the port on Monday.", "struck")
    assert place is not None and place.name == "Sanaa"
