"""Raids that are the manner of an arrest ("brought in five suspected smugglers ..., in raids on
homes in Tamanrasset") are the arrest operation, no attack of their own; the arrest is coded
(the lexicon reads "brought in" suspects as an arrest). Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, of_type, types

DAY = "2017-03-14"


@pytest.mark.parametrize("text", [
    "Algerian gendarmes brought in 5 suspected smugglers of a ring moving migrants to Libya on Tuesday, in "
    "raids on homes in Tamanrasset, the interior ministry said.",
    "Moroccan police rounded up 9 suspected militants of a cell recruiting fighters for Syria on Tuesday, in "
    "raids on houses in Fes and Meknes, according to an interior ministry statement.",
])
def test_raids_of_an_arrest_are_folded_into_it(explainer: Explainer, text: str) -> None:
    assert types(code(explainer, text, DAY)) == ["COERCE"]
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert arrest.mode == "arrest"


def test_raids_with_no_arrest_are_an_attack(explainer: Explainer) -> None:
    # the control: no one is taken in, the raids are the act
    assert of_type(explainer, "Israeli troops carried out raids on homes in Jenin on Tuesday.", "ASSAULT", DAY)
