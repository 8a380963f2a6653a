"""Session 61 (sentences written for these tests), from probe C34: a name after "the village
of" (or "the town of") and before "in" and a wider place lies in that place, however famous a
namesake abroad: a village the gazetteer lacks is read at that place, not in another country."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import places


def test_the_village_of_a_name_in_a_country_lies_there(finder: PlaceFinder) -> None:
    found = places(finder, "Gunmen raided the village of Solhan in northern Burkina Faso on Friday.")
    assert found["Solhan"] is not None and found["Solhan"].country == "BFA"


def test_the_town_of_a_known_name_in_its_country_keeps_its_reading(finder: PlaceFinder) -> None:
    found = places(finder, "Rebels shelled the town of Homs in Syria on Monday.")
    assert found["Homs"] is not None and found["Homs"].country == "SYR"
