"""Place names after a party joined to a participle ("Houthi-controlled Hodeidah",
"Israeli-occupied Golan Heights"): the compound is an adjective, not a word of the name, so
the name after it is found. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.places import PlaceFinder

from place_helpers import places


@pytest.mark.parametrize("text, name, country", [
    ("Coalition aircraft bombed fuel depots in Houthi-controlled Hodeidah overnight.", "Hodeidah", "YEM"),
    ("Settlers uprooted olive trees near Israeli-occupied Hebron on Monday.", "Hebron", "PSE"),
    ("Shelling hit homes in Kurdish-held Qamishli.", "Qamishli", "SYR"),
    ("Drones circled over Russian-backed Luhansk.", "Luhansk", "UKR"),
])
def test_a_place_after_a_party_participle_compound_is_found(finder: PlaceFinder, text: str, name: str,
                                                             country: str) -> None:
    found = places(finder, text)
    assert found.get(name) is not None and found[name].country == country


def test_a_hyphenated_place_name_with_capitalised_parts_is_kept(finder: PlaceFinder) -> None:
    found = places(finder, "Floods cut roads around Deir ez-Zor and Port-au-Prince.")
    assert {n: c.country for n, c in found.items() if c} == {"Deir ez-Zor": "SYR", "Port-au-Prince": "HTI"}
