"""Session 61 (sentences written for these tests), from probe C34 and the opened cluster_test58:
a name after "the village of" (or "the town of") and before "in" and a wider place lies in that
place, however famous a namesake abroad: a village the gazetteer lacks is read at that place,
not in another country; a Spanish or Portuguese name bound by "de" or "del" that the gazetteer
lacks whole is one unknown name, not its first word read alone."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import places


def test_the_village_of_a_name_in_a_country_lies_there(finder: PlaceFinder) -> None:
    found = places(finder, "Gunmen raided the village of Solhan in northern Burkina Faso on Friday.")
    assert found["Solhan"] is not None and found["Solhan"].country == "BFA"


def test_the_town_of_a_known_name_in_its_country_keeps_its_reading(finder: PlaceFinder) -> None:
    found = places(finder, "Rebels shelled the town of Homs in Syria on Monday.")
    assert found["Homs"] is not None and found["Homs"].country == "SYR"


def test_a_spanish_name_bound_by_del_is_one_name(finder: PlaceFinder) -> None:
    # "Laguna del Tigre", which the gazetteer lacks whole, is no Philippine "Laguna" and no "Tigre"
    found = places(finder, "Troops moved into Laguna del Tigre in Peten on Monday.")
    assert set(found) == {"Peten"}


def test_a_bound_name_the_gazetteer_knows_whole_is_read_whole(finder: PlaceFinder) -> None:
    found = places(finder, "Protesters marched in Mar del Plata and Santiago de Cuba on Monday.")
    assert {name: c.country for name, c in found.items() if c} == {"Mar del Plata": "ARG", "Santiago de Cuba": "CUB"}
