"""Event places (news 39): where the freed were flown or taken "and" after the act is no
scene of it when the sentence names another place; a given name with an accented capital
("Émile") makes the word after it a surname, not a town. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer
from lapwing.places import PlaceFinder

from event_helpers import of_type

DAY = "2026-05-12"


def _place(explainer: Explainer, text: str, type_: str) -> str | None:
    events = of_type(explainer, text, type_, DAY)
    assert events
    location = events[0].location
    return None if location is None else location.name


@pytest.mark.parametrize("text, scene", [
    ("Two aid workers held by al-Shabaab were set free on Sunday and flown from Kismayo to Nairobi, "
     "the embassy said.", "Kismayo"),
    ("Nine sailors held by the Houthis since March were set free in Hodeidah on Sunday and flown to Djibouti, "
     "the ministry said.", "Al Ḩudaydah"),
    ("Four sailors held by pirates were set free in Eyl on Sunday and then taken to Mombasa.", "Eyl"),
])
def test_an_onward_destination_is_no_scene(explainer: Explainer, text: str, scene: str) -> None:
    assert _place(explainer, text, "RETREAT") == scene


def test_the_onward_destination_stays_when_it_is_the_only_place(explainer: Explainer) -> None:
    text = "Nine sailors held by the Houthis since March were set free on Sunday and flown to Djibouti."
    assert _place(explainer, text, "RETREAT") == "Djibouti"


@pytest.mark.parametrize("given", ["Émile", "Etienne", "Élodie"])
def test_an_accented_given_name_makes_a_surname(finder: PlaceFinder, given: str) -> None:
    text = f"{given} Marchal, a French engineer held in Tehran, landed at Le Bourget airport on Friday."
    assert "Marchal" not in {r.found.text for r in finder.find(text)}


def test_an_accented_word_before_a_town_after_a_preposition_leaves_the_town(finder: PlaceFinder) -> None:
    text = "The convoy reached Marchal, near Granada, on Friday."
    assert "Marchal" in {r.found.text for r in finder.find(text)}
