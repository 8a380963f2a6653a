"""Event lexicon (events.yaml): a bomb or device that "went off" or "exploded" beside, under or
next to a party attacks it; the police's task-named units ("counter-terrorism teams", "anti-terror
police") are domestic forces, of the country where they act; "chief" and "head" count as members
of a body. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.events_lexicon import load_lexicon
from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2025-03-06"  # a Thursday


@pytest.mark.parametrize("text, target", [
    ("A roadside device went off beside a Turkish patrol near Afrin on Wednesday, wounding two soldiers.", "TUR"),
    ("An improvised explosive device went off under an Iraqi army vehicle outside Kirkuk on Wednesday.", "IRQ"),
    ("An explosive device exploded outside the Somali interior ministry in Mogadishu on Wednesday.", "SOM"),
    ("Explosives planted in a cart went off next to a Pakistani army convoy in Quetta on Wednesday.", "PAK"),
])
def test_a_bomb_going_off_by_a_party_attacks_it(explainer: Explainer, text: str, target: str) -> None:
    (blast,) = of_type(explainer, text, "ASSAULT", DAY)
    assert blast.mode == "explosives" and target in countries(blast.recipients)
    # only a bomb or a device goes off as an attack: an alarm at an embassy is none
    assert of_type(explainer, "The fire alarm went off at the Turkish embassy in Rome on Wednesday.",
                   "ASSAULT", DAY) == []


@pytest.mark.parametrize("text", [
    "ADANA — Counter-terrorism teams detained 11 people in dawn raids on Wednesday, prosecutors said.",
    "ADANA — Anti-terror squads detained 11 people in dawn raids on Wednesday, prosecutors said.",
    "ADANA — Gendarmerie teams detained 11 people in dawn raids on Wednesday, prosecutors said.",
])
def test_task_named_police_units_are_the_scenes_police(explainer: Explainer, text: str) -> None:
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert countries(arrest.actors) == ["TUR"] and arrest.actors[0].sector == "COP"


def test_chiefs_and_heads_are_members_of_a_body() -> None:
    lexicon = load_lexicon()
    assert all(lexicon.in_class(word, "members") for word in ("chief", "head", "heads", "leader", "commander"))

