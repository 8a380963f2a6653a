"""Where an event happened, in regional wire copy (sentences our own): the parties of a
relation ("tension between Ankara and ...") are no scene, a frontier opposite a town is
near the town, a village set off by ", in the ... district" is the scene, a request's,
threat's or rejection's content and a sanction's targets are not, nor a place where a
future meeting is due."""

from __future__ import annotations

import pytest

from lapwing.places import PlaceFinder

from place_helpers import locate


@pytest.mark.parametrize("text", [
    "Soldiers dug in along the border on Friday amid growing tension between Damascus and the rebels.",
    "Soldiers dug in along the border on Friday amid growing tension between the rebels and Damascus.",
    "Soldiers dug in along the border on Friday as talks between Baghdad and Erbil stalled.",
])
def test_a_capital_party_to_a_relation_is_no_scene(finder: PlaceFinder, text: str) -> None:
    assert locate(finder, text, "dug in") is None


def test_a_frontier_opposite_a_town_is_near_the_town(finder: PlaceFinder) -> None:
    text = "Troops massed armour along the frontier opposite Tal Abyad on Monday amid tension between Ankara and the rebels."
    place = locate(finder, text, "massed")
    assert place is not None and place.country == "SYR" and place.precision == "vicinity"


def test_a_village_set_off_before_its_district_is_the_scene(finder: PlaceFinder) -> None:
    text = "A drone hit a car near the entrance to Kfar Sir, in the Nabatieh district, on Friday, wounding two."
    for trigger in ("hit", "wounding"):
        place = locate(finder, text, trigger)
        assert place is not None and place.name == "Kfar Sir"


@pytest.mark.parametrize("text, trigger", [
    ("The premier urged Paris to press the army to leave the hills it holds in south Lebanon.", "urged"),
    ("The minister threatened on Monday to strike the port of Hodeidah again.", "threatened"),
    ("Cairo repeated its rejection of any plan to move Gazans into Sinai.", "rejection"),
    ("A drone struck a car in south Lebanon, and the party urged the state to act.", "urged"),
])
def test_a_statement_is_not_placed_at_its_content(finder: PlaceFinder, text: str, trigger: str) -> None:
    assert locate(finder, text, trigger) is None


@pytest.mark.parametrize("text, trigger", [
    ("The Treasury imposed sanctions on a shipping network that earned millions for Tehran.", "imposed"),
    ("Washington slapped new penalties on a scheme on Monday, targeting a trader in Basra.", "slapped"),
])
def test_a_sanction_is_not_placed_at_its_targets(finder: PlaceFinder, text: str, trigger: str) -> None:
    assert locate(finder, text, trigger) is None


def test_where_a_meeting_is_due_is_no_scene_of_a_pledge(finder: PlaceFinder) -> None:
    text = "The ministers spoke on Monday, with experts due to meet in the Iraqi capital in June and Turkey pledging more water."
    assert locate(finder, text, "pledging") is None
    planned = "Experts are due to meet in Baghdad in June."
    place = locate(finder, planned, "meet")
    assert place is not None and place.country == "IRQ"


def test_a_place_owning_a_treaty_is_no_scene(finder: PlaceFinder) -> None:
    text = "Tehran cut ties in 1980 over Cairo's peace treaty with Israel."
    assert locate(finder, text, "cut") is None
