"""Where an event happened, from cluster_test23 (sentences our own): a dateline town for a
deed told by a phrase ("slammed into"), a part of a town making a name the actor KB gives a
channel the town, a "following" clause, a movement's destination over its origin, topic and
beneficiary phrases, a site named after a wider unit in a town, a country possessing a part
of itself against a provincial dateline, and sites and spellings added to the gazetteer."""

from __future__ import annotations

import pytest

from lapwing.places import PlaceFinder
from lapwing.places_recognise import dateline_place

from place_helpers import locate


def test_a_dateline_town_places_a_deed_told_by_a_phrase(finder: PlaceFinder) -> None:
    text = "ERBIL — A drone slammed into a warehouse near the airport late on Friday, the police said."
    place = locate(finder, text, "slammed into")
    assert place is not None and place.name == "Erbil"


def test_the_entrance_of_a_town_beats_a_place_in_a_following_clause(finder: PlaceFinder) -> None:
    text = "Gunmen shot dead two soldiers at the southern entrance of Mayadin today, " \
           "following Monday's air strike near Palmyra."
    place = locate(finder, text, "shot")
    assert place is not None and place.country == "SYR" and place.text == "Mayadin"


def test_a_movement_happens_where_it_goes_not_where_it_rolled_out_of(finder: PlaceFinder) -> None:
    place = locate(finder, "Armoured columns rolled out of Misrata on Sunday towards Sirte.", "rolled")
    assert place is not None and place.text == "Sirte"


@pytest.mark.parametrize("text, trigger", [
    ("The ministers held talks on Monday that centred on the Khor Abdullah waterway.", "talks"),
    ("Students marched on Friday in solidarity with the people of Gaza.", "marched"),
    ("The cleric dismissed the disarmament plan as a service to Washington's agenda.", "dismissed"),
    ("The handover of the detainees was coordinated with mediators from Qatar.", "coordinated"),
])
def test_a_place_of_the_topic_the_cause_or_a_go_between_is_no_scene(
        finder: PlaceFinder, text: str, trigger: str) -> None:
    assert locate(finder, text, trigger) is None


@pytest.mark.parametrize("text, trigger, town", [
    ("Nurses gathered outside the Wasit health directorate in Kut on Tuesday.", "gathered", "Kut"),
    ("Retirees rallied outside the Anbar provincial council building in Ramadi on Monday.", "rallied", "Ramadi"),
])
def test_a_site_named_after_a_wider_unit_is_in_the_town_after_in(
        finder: PlaceFinder, text: str, trigger: str, town: str) -> None:
    place = locate(finder, text, trigger)
    assert place is not None and place.text == town


def test_a_provincial_dateline_does_not_narrow_a_country_that_names_its_part(finder: PlaceFinder) -> None:
    text = "KIRKUK, Iraq (AFP) – A pumping station in Iraq's Kurdish north was hit by a rocket overnight."
    place = locate(finder, text, "hit")
    # the described region itself (region_descriptions), never the dateline's town
    assert place is not None and place.name == "Kurdistan Region"


@pytest.mark.parametrize("text, trigger, name", [
    ("The emir received the Iraqi premier at Bayan Palace on Sunday.", "received", "Bayan Palace"),
    ("Egyptian and Jordanian commandos began a joint drill at the Anshas base on Monday.", "drill", "Anshas"),
    ("The last Turkish units vacated an outpost on the hills above Bashiqa on Friday.", "vacated", "Bashiqa"),
])
def test_sites_and_towns_news_names(finder: PlaceFinder, text: str, trigger: str, name: str) -> None:
    place = locate(finder, text, trigger)
    assert place is not None and place.name == name


def test_the_wire_spelling_of_sulaymaniyah_reads_as_the_city() -> None:
    place = dateline_place("SULAIMANIYAH, Iraq (AFP) – Drones hit a gas field.", 0)
    assert place is not None and place.name == "Sulaymaniyah"
