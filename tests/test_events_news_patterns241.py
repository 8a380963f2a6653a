"""Triggers of news English, round 241: "striking" as the adjective of people on strike, with
the strike's own modifiers between ("Striking taxi drivers", "striking public sector workers"),
codes no assault; a verb "striking" of jets keeps it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2024-05-16"  # a Thursday


@pytest.mark.parametrize("text", [
    "Striking taxi drivers paralysed traffic in central Nairobi on Wednesday, police said.",
    "Striking hospital doctors marched to the health ministry in Lagos on Wednesday.",
    "Thousands of striking public sector workers rallied outside parliament in Athens on Wednesday.",
])
def test_people_on_strike_with_modifiers_between_code_no_assault(explainer: Explainer, text: str) -> None:
    assert not of_type(explainer, text, "ASSAULT", DAY)


def test_jets_striking_positions_still_assault(explainer: Explainer) -> None:
    text = "Israeli jets were striking militant positions in southern Lebanon on Wednesday, the army said."
    assert of_type(explainer, text, "ASSAULT", DAY)
