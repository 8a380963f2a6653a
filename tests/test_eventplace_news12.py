"""Where an event happened, round 4 (sentences our own): spellings that wire copy uses for
towns of the West Bank, south Lebanon and greater Khartoum that the
gazetteer's own names lack, each found in its country."""

from __future__ import annotations

import pytest

from lapwing.places import PlaceFinder

from place_helpers import places


@pytest.mark.parametrize("text, name, country", [
    ("Troops raided Qalqilya before dawn.", "Qalqilya", "PSE"),
    ("Artillery shells fell on Nabatiyeh overnight.", "Nabatiyeh", "LBN"),
    ("Artillery shells landed on a market in Khartoum Bahri.", "Khartoum Bahri", "SDN"),
])
def test_a_wire_spelling_is_found_in_its_country(finder: PlaceFinder, text: str, name: str, country: str) -> None:
    place = places(finder, text).get(name)
    assert place is not None and place.country == country
