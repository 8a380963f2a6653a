"""A country after "from" behind a verb of crossing is where the mover came from, not the
scene. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import place_of

DAY = "2019-03-12"


def test_the_country_a_smuggler_came_from_is_no_scene(explainer: Explainer) -> None:
    text = "Omani border guards on Monday arrested a trucker entering Oman from Yemen with 300 kilograms of hashish."
    place = place_of(explainer, text, "COERCE", DAY)
    assert place is None or place.country != "YEM"


def test_a_country_after_from_without_crossing_stays_the_scene(explainer: Explainer) -> None:
    text = "Police on Monday arrested 3 men in a raid on a farm, officials said, seizing rifles smuggled from Yemen."
    place = place_of(explainer, text, "COERCE", DAY)
    assert place is None or place.country == "YEM"
