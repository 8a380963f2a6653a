"""Event places (news 29): a move whose trigger is a verb of conveyance happened where it
went ("brought up to X"); a place a road leads to ("the road to X") gives way to another
scene of the clause; "the oil hub of X" is the town; a river named before a noun of its
water as a resource is a topic, no scene. Sentences written for these tests."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import locate


def test_a_move_brought_up_to_a_region_is_there(finder: PlaceFinder) -> None:
    text = "The mechanised infantry division brought up to the Negev on Sunday is the second sent south this year."
    place = locate(finder, text, "brought up to")
    assert place is not None and place.name == "Negev"


def test_a_place_something_is_escorted_to_after_a_seizure_is_no_scene(finder: PlaceFinder) -> None:
    place = locate(finder, "Coast guards seized the trawler and are escorting it to Jableh port, the navy said.",
                   "seized")
    assert place is None or place.name != "Jableh"


def test_the_place_a_road_leads_to_gives_way_to_the_district_after_it(finder: PlaceFinder) -> None:
    text = "Jobless men blocked the main road to the Majnoon oilfield in Basra's Qurna district on Monday."
    place = locate(finder, text, "blocked")
    assert place is not None and place.name != "Majnoon oil field" and place.country == "IRQ"


def test_the_place_a_road_leads_to_gives_way_to_the_protesters_town(finder: PlaceFinder) -> None:
    text = "Farmers in Iraq's southern trade hub of Nasiriyah shut the road to West Qurna on Sunday."
    place = locate(finder, text, "shut")
    assert place is not None and place.feature == "city" and place.name != "West Qurna oil field"


def test_a_road_to_a_town_alone_still_places_the_blockade_near_it(finder: PlaceFinder) -> None:
    place = locate(finder, "Truckers blocked the highway to Mosul on Saturday.", "blocked")
    assert place is not None and place.name == "Mosul"


def test_a_rivers_water_as_a_resource_is_no_scene(finder: PlaceFinder) -> None:
    text = ("The Syrian and Turkish ministers of energy met on Monday to review the electricity link and "
            "the division of Euphrates water.")
    assert locate(finder, text, "met") is None


def test_a_river_itself_stays_a_scene(finder: PlaceFinder) -> None:
    place = locate(finder, "Gunmen ambushed a patrol boat on the Euphrates on Monday.", "ambushed")
    assert place is not None and place.feature == "water"
