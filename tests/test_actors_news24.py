"""Actors of 1980s-2000s world wire copy, fourth round (sentences written here): a sitting
head of state's bare surname is no town of that name for the place recogniser on the
article's date, unless a place preposition or a place noun makes it the town; a bare
institution after a statesman takes his state."""

from __future__ import annotations

import pytest

from lapwing.places import PlaceFinder

from actor_helpers import hits


@pytest.mark.parametrize("text, date, kept", [
    ("Gorbachev and Bush opened their shipboard summit off Malta on Saturday.", "1989-12-02", False),
    ("Water reached the roofs in Bush, a farming town, on Saturday.", "1989-12-02", True),
])
def test_place_recogniser_leaves_a_sitting_leaders_surname(finder: PlaceFinder, text: str, date: str,
                                                          kept: bool) -> None:
    found = {f.text for f in finder.recogniser.find(text, day=date)}
    assert ("Bush" in found) is kept


def test_bare_police_after_a_statesman_is_his_states(kb) -> None:
    found = hits(kb, "President Ion Iliescu ordered police to clear the square.", "1990-06-14")
    assert found["police"][1] == "ROU"
