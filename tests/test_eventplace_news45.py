"""Where smuggled goods go is no scene: a country after "to" behind a verb of smuggling or a
noun of staple goods (fuel, flour, wheat) is the end of the traffic, not where the arrest or
seizure happened. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import place_of

DAY = "2021-03-09"


@pytest.mark.parametrize("text, type_, scene, destination", [
    ("Iraqi border police arrested four men smuggling cheap wheat and fuel over the border to Iran "
     "near Basra on Tuesday, the interior ministry said.", "COERCE", "IRQ", "Iran"),
    ("Tunisian coast guards seized a boat smuggling migrants to Italy off Sfax on Tuesday, "
     "the national guard said.", "COERCE", "TUN", "Italy"),
])
def test_the_end_of_smuggling_is_no_scene(explainer: Explainer, text: str, type_: str, scene: str,
                                          destination: str) -> None:
    location = place_of(explainer, text, type_, DAY)
    assert location is not None and location.country == scene and location.name != destination
