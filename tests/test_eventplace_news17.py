"""Where an event happened, from cluster_test21 (sentences our own): a site named by a proper
name and a lower-case head, a site named with the town or region it lies in, a reporter's
post, the party a sympathy goes to, a frontier's neighbour, and a hamlet abroad in a report
set elsewhere."""

from __future__ import annotations

import pytest

from lapwing.places import PlaceFinder

from place_helpers import locate, places


@pytest.mark.parametrize("text, name", [
    ("Warplanes pounded the T4 air base overnight.", "T4 air base"),
    ("Two guards died when shells hit the T-4 base.", "T-4 base"),
])
def test_a_site_named_by_a_code_and_a_lower_case_head_is_the_site(finder: PlaceFinder, text: str, name: str) -> None:
    found = places(finder, text)
    assert found[name] is not None and found[name].name == "Tiyas Air Base"


def test_a_bare_oil_field_name_is_the_field_not_a_namesake_town_abroad(finder: PlaceFinder) -> None:
    found = places(finder, "Extra police units were sent to Rumaila and Majnoon on Sunday.")
    assert found["Rumaila"] is not None and found["Rumaila"].country == "IRQ"
    assert found["Majnoon"] is not None and found["Majnoon"].country == "IRQ"


@pytest.mark.parametrize("text, trigger, site", [
    ("Drones struck the T4 air base in central Syria before dawn.", "struck", "Tiyas Air Base"),
    ("A rocket hit the Khor Mor gas field in Sulaimaniyah province on Friday.", "hit", "Khor Mor gas field"),
])
def test_a_site_named_with_the_region_it_lies_in_is_the_finer_scene(
        finder: PlaceFinder, text: str, trigger: str, site: str) -> None:
    place = locate(finder, text, trigger)
    assert place is not None and place.name == site


def test_a_facility_named_with_its_city_is_in_that_city_not_a_namesake_abroad(finder: PlaceFinder) -> None:
    text = "Crowds rallied outside the Kirya military headquarters in Tel Aviv on Monday."
    place = locate(finder, text, "rallied")
    assert place is not None and place.country == "ISR"


def test_a_hamlet_abroad_in_a_report_set_in_another_country_is_no_reading(finder: PlaceFinder) -> None:
    found = places(finder, "Hundreds gathered at Kirya on Monday night, police in Tel Aviv said.")
    assert found["Kirya"] is None or found["Kirya"].country == "ISR"


def test_a_correspondents_post_is_no_scene(finder: PlaceFinder) -> None:
    text = "A reporter in Homs said two guards died in the shelling of the T4 base on Tuesday."
    place = locate(finder, text, "shelling")
    assert place is not None and place.name == "Tiyas Air Base"


@pytest.mark.parametrize("text, trigger", [
    ("Rebels shelled the port to punish its people for standing with Gaza.", "shelled"),
    ("Students staged a sit-in on Monday in solidarity with Gaza.", "sit-in"),
])
def test_the_party_a_sympathy_goes_to_is_no_scene(finder: PlaceFinder, text: str, trigger: str) -> None:
    assert locate(finder, text, trigger) is None


def test_the_neighbour_of_a_possessed_frontier_is_no_scene(finder: PlaceFinder) -> None:
    text = "Jordan has moved two armoured brigades to its long border with Syria, officials said."
    place = locate(finder, text, "moved", participant="Jordan")
    assert place is None or place.country == "JOR"
