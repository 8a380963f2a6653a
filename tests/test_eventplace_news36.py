"""Event places (news 36): a name of Lapwing's own place files with lower-case words before
its capitalised one or after a possessive ("the southern suburbs of Beirut", "Beirut's
southern suburbs") is found whole, not as the city; a body seated in a town by "in" ("police
in Tunis", "officials in Amman") acted there, so its deed takes the town, but not a name
("the Islamic Resistance in Iraq") nor a statement ("accused the government in Baghdad"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import place_of

DAY = "2025-10-08"


def _place(explainer: Explainer, text: str, type_: str):
    return place_of(explainer, text, type_, DAY)


@pytest.mark.parametrize("text", [
    "Israeli jets struck a building in the southern suburbs of Beirut today, the civil defence said.",
    "Israeli jets struck a building in Beirut's southern suburbs today, the civil defence said.",
    "An Israeli drone hit a car in Beirut’s southern suburbs today, state media said.",
])
def test_an_alias_with_lower_case_words_is_found_whole(explainer: Explainer, text: str) -> None:
    place = _place(explainer, text, "ASSAULT")
    assert place is not None and place.name == "Dahiyeh"


def test_a_city_before_other_lower_case_words_stays_the_city(explainer: Explainer) -> None:
    text = "Israeli jets struck a building in Beirut's northern port district today, the civil defence said."
    place = _place(explainer, text, "ASSAULT")
    assert place is not None and place.name == "Beirut"


@pytest.mark.parametrize("text, type_, town", [
    ("Police in Tunis detained seven people suspected of links to al-Qaeda on Tuesday.", "COERCE", "Tunis"),
    ("Officials in Amman said on Tuesday they had detained seven people suspected of links to al-Qaeda.", "COERCE",
     "Amman"),
])
def test_a_body_seated_in_a_town_acted_there(explainer: Explainer, text: str, type_: str, town: str) -> None:
    place = _place(explainer, text, type_)
    assert place is not None and place.name == town


def test_a_body_an_accusation_is_about_leaves_its_seat_to_the_accused(explainer: Explainer) -> None:
    text = "The Kurdistan Regional Government on Monday accused the federal government in Baghdad of withholding salaries."
    place = _place(explainer, text, "ACCUSE")
    assert place is None or place.name != "Baghdad"
