"""Places that are no scene and scenes named without a locative: a ruler's adjective or a
protest movement that names a village abroad, a region written as an adjective of states, a
place in an aside about some of a group of people, the area that an apposition locates a
town by, and "the town" or "the city" that refers back to the town the sentence named.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, place_of

DAY = "2021-05-11"


@pytest.mark.parametrize("text, name", [
    ("Qatar's Emir Sheikh Tamim bin Hamad today issued an Amiri decree pardoning 50 prisoners on the "
     "occasion of National Day.", "Amiri"),
    ("Students from Blida chanted against the army chief today in the Hirak's weekly student march.", "Hirak"),
    ("Morocco's king praised the growing trade between the Maghreb neighbours on Monday.", "Maghreb"),
])
def test_an_adjective_or_a_movement_is_no_place(explainer: Explainer, text: str, name: str) -> None:
    events = code(explainer, text, DAY)
    assert events and all(e.location is None or e.location.text != name for e in events)


def test_a_movement_gives_way_to_the_town_of_the_march(explainer: Explainer) -> None:
    location = place_of(explainer, "Students from Blida chanted against the army chief today in the Hirak's "
                                   "weekly student march.", "PROTEST", DAY)
    assert location is not None and location.country == "DZA"


@pytest.mark.parametrize("text, type_, scene, aside", [
    ("Iraqi authorities froze the assets of 40 businessmen tied to smuggling networks, some of them living "
     "in Turkey, blocking their property inside Iraq.", "SANCTION", "IRQ", "TUR"),
    ("Police arrested 15 suspects, several of whom had fought in Syria, at a checkpoint near Kirkuk on "
     "Sunday.", "COERCE", "IRQ", "SYR"),
])
def test_a_place_in_an_aside_about_some_of_the_people_is_no_scene(explainer: Explainer, text: str, type_: str,
                                                                   scene: str, aside: str) -> None:
    location = place_of(explainer, text, type_, DAY)
    assert location is not None and location.country == scene != aside


def test_the_area_an_apposition_locates_a_town_by_gives_way_to_the_town(explainer: Explainer) -> None:
    location = place_of(explainer, "The bakery of Kafranbel, a village of the rebel enclave in Syria's north-west, "
                                   "became a scene of carnage today as Russian jets fired a volley of rockets on "
                                   "the queue.", "ASSAULT", DAY)
    assert location is not None and location.feature == "city" and location.country == "SYR"


@pytest.mark.parametrize("text, town", [
    ("Misrata's pensioners left their homes on Monday and marched through the city's centre to the central "
     "bank branch, chanting against the government.", "Misratah"),
    ("Workers of Ahvaz's steel company staged a sit-in in the city on Sunday, demanding unpaid wages.", "Ahvaz"),
])
def test_the_town_or_the_city_refers_back_to_the_town_named(explainer: Explainer, text: str, town: str) -> None:
    location = place_of(explainer, text, "PROTEST", DAY)
    assert location is not None and location.name == town


def test_the_city_after_two_towns_refers_to_neither(explainer: Explainer) -> None:
    assert place_of(explainer, "Residents of Zawiya and Sabratha rallied in the city on Friday against power cuts.",
                    "PROTEST", DAY) is None
