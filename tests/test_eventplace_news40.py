"""Event places (news 40): a unit abroad reached only through a transliteration variant is no
reading in a report whose places lie elsewhere; Somali and Upper Egyptian news spellings; a
place after "from" and another locative ("from over southern Lebanon") is the launch point;
a place inside a trigger behind its own locative ("the sit-in in Sfax") is the scene; a
district passed through by a road is one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer
from lapwing.places import PlaceFinder

from event_helpers import place_of
from place_helpers import locate, places

DAY = "2026-05-17"


def _scene(explainer: Explainer, text: str, type_: str) -> tuple[str | None, str | None]:
    location = place_of(explainer, text, type_, DAY)
    return (None, None) if location is None else (location.name, location.country)


@pytest.mark.parametrize("text", [
    "Kenyan troops shelled militia positions in Belet Amin, in Somalia's Gedo region, on Sunday.",
    "Clan fighters clashed in Belet Amin near the Ethiopian border town of Dolow and in Bardera, Somalia.",
])
def test_a_variant_unit_abroad_is_no_reading(finder: PlaceFinder, text: str) -> None:
    reading = places(finder, text).get("Belet")
    assert reading is None or reading.country == "SOM"


def test_a_somali_spelling_of_a_gedo_town(finder: PlaceFinder) -> None:
    reading = places(finder, "Militia fighters attacked a police post in Bulo Hawo on Sunday.")["Bulo Hawo"]
    assert reading is not None and reading.country == "SOM"


@pytest.mark.parametrize("text, country", [
    ("Antiquities police arrested five men digging for tombs under a house in al-Qurna on Sunday, "
     "officials in Luxor said.", "EGY"),
    ("Tourism police detained three diggers in El-Qurna on Luxor's west bank on Sunday.", "EGY"),
    ("Police arrested five smugglers in al-Qurna, north of Basra, on Sunday.", "IRQ"),
])
def test_qurna_is_read_by_the_other_places(explainer: Explainer, text: str, country: str) -> None:
    assert _scene(explainer, text, "COERCE")[1] == country


@pytest.mark.parametrize("text, scene", [
    ("Israeli jets fired missiles from over southern Lebanon at sites in the Qusayr area of the Homs "
     "countryside on Sunday.", "SYR"),
    ("Turkish drones fired missiles from over northern Iraq at a convoy in the Sinjar area on Sunday.", "IRQ"),
    ("Gunmen fired rockets from inside Syria at a Turkish army post near Kilis on Sunday.", "TUR"),
])
def test_from_and_another_locative_is_the_launch_point(explainer: Explainer, text: str, scene: str) -> None:
    name, country = _scene(explainer, text, "ASSAULT")
    assert country == scene and name is not None and "Lebanon" not in name and "Iraq" not in name


def test_a_place_behind_a_locative_inside_the_trigger_is_the_scene(finder: PlaceFinder) -> None:
    text = "Yesterday's sit-in in Sfax drew thousands of teachers, and it passed off calmly."
    place = locate(finder, text, "sit-in in Sfax")
    assert place is not None and place.country == "TUN"


def test_a_place_word_of_the_trigger_is_no_scene(finder: PlaceFinder) -> None:
    place = locate(finder, "The Sfax strike spread to Gabes on Monday.", "Sfax strike")
    assert place is not None and place.text == "Gabes"


def test_a_district_a_road_runs_through_is_the_scene(explainer: Explainer) -> None:
    text = "A roadside bomb exploded beside an army truck on the main road through al-Houta on Sunday."
    assert _scene(explainer, text, "ASSAULT")[1] == "YEM"
