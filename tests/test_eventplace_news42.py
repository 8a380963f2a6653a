"""Event places (news 42): a road's far end after "leading to" is no scene, the cutters' town or
a provincial dateline's is; a reaction verb's subject's place gives way to the place the act's
noun phrase names; in "X port south of Y" the head X is the place; "the capital of <province>"
is no country's capital; "<name> province" reads a Burkinabe province, and "a town of <name>
governorate" the governorate. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer
from lapwing.places import PlaceFinder

from event_helpers import place_name_of, place_of
from place_helpers import places

DAY = "2026-03-18"


@pytest.mark.parametrize("text, scene", [
    ("KASSERINE – Hundreds of unemployed graduates blocked the highway leading to the Sbeitla junction with "
     "burning tyres on Wednesday, demanding jobs, witnesses said.", "Kasserine"),
    ("Hundreds of Kasserine residents blocked the road heading towards Sbeitla with rocks today, demanding "
     "jobs in the phosphate mines.", "Kasserine"),
])
def test_a_road_s_far_end_is_no_scene(explainer: Explainer, text: str, scene: str) -> None:
    assert place_name_of(explainer, text, "PROTEST", DAY) == scene


def test_a_road_s_far_end_gives_way_to_a_town_named_after_it(explainer: Explainer) -> None:
    text = "Farmers blocked the road leading to Gafsa outside Metlaoui today, demanding water for their fields."
    assert place_name_of(explainer, text, "PROTEST", DAY) == "Metlaoui"


def test_the_act_s_own_place_beats_the_place_of_those_reacting(explainer: Explainer) -> None:
    text = ("Relatives in Mersin welcomed yesterday's release by Greek police of five sailors and their cargo "
            "ship, seized off Rhodes a week earlier, the shipping company said.")
    location = place_of(explainer, text, "RETREAT", DAY)
    assert location is not None and location.country == "GRC"


def test_the_reacting_people_s_place_stays_when_the_act_names_none(explainer: Explainer) -> None:
    text = "Relatives in Mersin welcomed yesterday's release of five sailors by Greek police, the company said."
    location = place_of(explainer, text, "RETREAT", DAY)
    assert location is None or location.country != "GRC"


@pytest.mark.parametrize("text, scene", [
    ("Dock workers at Aqaba port south of Amman stopped work this morning over unpaid overtime, union "
     "officials said.", "Aqaba"),
    ("Staff at the Baiji refinery north of Tikrit walked out on Monday, demanding hazard pay.", "Bayjī"),
])
def test_the_head_of_an_offset_phrase_is_the_place(explainer: Explainer, text: str, scene: str) -> None:
    assert place_name_of(explainer, text, "PROTEST", DAY) == scene


def test_the_capital_of_a_province_is_no_national_capital(finder: PlaceFinder) -> None:
    text = ("Gunmen stormed a police post outside Taloqan, the capital of northeastern Takhar province, "
            "on Sunday.")
    found = places(finder, text)
    assert "the capital" not in found
    assert found["Taloqan"] is not None and found["Taloqan"].country == "AFG"


@pytest.mark.parametrize("text, name, country", [
    ("Some 300 soldiers were sent to Loroum province on Friday to guard the main market.", "Loroum", "BFA"),
    ("Herders in a remote village of Daraa governorate staged a sit-in on Monday.", "Daraa", "SYR"),
])
def test_a_unit_word_after_a_name_reads_the_unit(finder: PlaceFinder, text: str, name: str, country: str) -> None:
    reading = places(finder, text).get(name)
    assert reading is not None and reading.country == country and reading.feature in {"admin1", "admin2", "region"}

