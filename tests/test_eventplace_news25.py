"""Event places (news 25): a place name opening a news outlet's name is no place; "<country>'s
capital" is its capital city; Mogadishu's districts; an apposition naming the part of a town
a quarter is ("Karrada, the heart of Baghdad"); a reading near the dateline in its country
before a bigger namesake across the border; the places after a verb of adjoining are no
scene; a crossing for a party's territory is compatible with that territory. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from lapwing.clustering import load_params, make_report, pair_score
from lapwing.places import PlaceFinder

from place_helpers import locate, places


@pytest.mark.parametrize("text, outlet", [
    ("Clashes broke out near the market, a local elder told Puntland Post on Tuesday.", "Puntland"),
    ("Two shops burned, a trader told Diyala News.", "Diyala"),
    ("A bridge collapsed, Nineveh Radio reported.", "Nineveh"),
    ("Iran Daily reported a fire in Tabriz.", "Iran"),
])
def test_a_place_name_opening_an_outlets_name_is_no_place(finder: PlaceFinder, text: str, outlet: str) -> None:
    found = places(finder, text)
    assert outlet not in found
    assert all(c is not None for c in found.values())


def test_a_place_before_a_lower_case_media_word_is_still_a_place(finder: PlaceFinder) -> None:
    found = places(finder, "Elders in Puntland told news agencies that two men were held.")
    assert found["Puntland"] is not None and found["Puntland"].country == "SOM"


@pytest.mark.parametrize("text, name, capital", [
    ("Shells landed on a market in Kenya's capital on Tuesday.", "Kenya's capital", "Nairobi"),
    ("Protests spread across Lebanon’s capital city overnight.", "Lebanon’s capital city", "Beirut"),
])
def test_a_countrys_capital_is_its_capital_city(finder: PlaceFinder, text: str, name: str, capital: str) -> None:
    found = places(finder, text)
    assert found[name] is not None and found[name].name == capital
    assert name.split("’")[0].split("'")[0] not in found  # the country is no place of its own here


@pytest.mark.parametrize("text, missing", [
    ("Yemen's capital, Sanaa, was hit by air strikes.", "Yemen's capital"),
    ("Egypt's capital market fell on Monday.", "Egypt's capital"),
])
def test_a_named_or_money_capital_is_no_capital_city(finder: PlaceFinder, text: str, missing: str) -> None:
    assert missing not in places(finder, text)


@pytest.mark.parametrize("name", ["Hamarweyne", "Hamar Weyne", "Hodan", "Bondhere"])
def test_mogadishus_districts_are_in_mogadishu(finder: PlaceFinder, name: str) -> None:
    found = places(finder, f"A grenade exploded in {name} on Monday evening.")
    assert found[name] is not None and found[name].country == "SOM" and found[name].feature == "locality"


@pytest.mark.parametrize("text, expected", [
    ("A car bomb hit Karrada, the heart of Baghdad, on Sunday.", "Karrada"),
    ("A mortar round hit Shangani, the old centre of Mogadishu, on Sunday.", "Shangani"),
])
def test_a_quarter_named_as_the_part_of_a_town_is_the_scene(finder: PlaceFinder, text: str, expected: str) -> None:
    place = locate(finder, text, "hit")
    assert place is not None and place.text == expected


def test_a_reading_near_the_dateline_beats_a_namesake_across_the_border(finder: PlaceFinder) -> None:
    text = ("LERIK – Police searched farms in the district of Astara on Monday after opium smuggled "
            "from Iran was found.")
    found = places(finder, text)
    assert found["Astara"] is not None and found["Astara"].country == "AZE"
    alone = places(finder, text.split("– ", 1)[1])  # no dateline: the bigger Iranian town
    assert alone["Astara"] is not None and alone["Astara"].country == "IRN"


def test_a_dateline_does_not_vote_for_its_own_names_reading(finder: PlaceFinder) -> None:
    found = places(finder, "TRIPOLI - A ship carrying fuel for Electricite du Liban docked at Tripoli port.")
    assert found["Tripoli"] is not None and found["Tripoli"].country == "LBN"


@pytest.mark.parametrize("text, trigger, expected", [
    ("Turkish troops shelled villages adjoining Syria on Monday.", "shelled", None),
    ("The army sent convoys on Monday to secure the Ghat desert and the area bordering Algeria and Niger.",
     "sent", "Ghat"),
])
def test_places_after_a_verb_of_adjoining_are_no_scene(finder: PlaceFinder, text: str, trigger: str,
                                                       expected: str | None) -> None:
    place = locate(finder, text, trigger)
    assert (place.text if place else None) == expected


EGYPT = {"text": "Egypt", "actor_id": "EGY", "country": "EGY"}
GAZA = {"text": "Gaza", "actor_id": "PSE", "country": "PSE"}
CROSSING = {"text": "Erez", "name": "Erez crossing", "lat": 31.56, "lon": 34.55, "country": "ISR",
            "feature": "other", "precision": "locality"}
STRIP = {"text": "the Gaza Strip", "name": "Gaza Strip", "lat": 31.42, "lon": 34.38, "country": "PSE",
         "feature": "region", "precision": "region"}


def _aid(event_id: str, place: dict[str, object], recipients: tuple[dict[str, str], ...]) -> dict[str, object]:
    """An aid delivery of Egypt's on one day, in its JSON form."""
    return {"event_id": event_id, "doc_id": event_id.split(":")[0], "type": "AID", "modality": "asserted",
            "actors": [EGYPT], "recipients": list(recipients), "location": place, "confidence": 0.8,
            "date": {"value": "2025-03-02", "start": "2025-03-02", "end": "2025-03-02", "precision": "day",
                     "basis": "explicit"}}


@pytest.mark.parametrize("recipients, compatible", [((GAZA,), True), ((), False)])
def test_a_crossing_for_a_partys_territory_is_compatible_with_it(recipients: tuple[dict[str, str], ...],
                                                                 compatible: bool) -> None:
    params = load_params()
    first = make_report(_aid("a:e1", CROSSING, recipients), params=params)
    second = make_report(_aid("b:e1", STRIP, ()), params=params)
    _, parts = pair_score(first, second, params)
    assert (parts["place"] >= 0) is compatible
