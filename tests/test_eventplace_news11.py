"""Where an event happened, round 3 (sentences our own): the districts of Istanbul and
Ankara that news names are found in their city, not as namesake villages elsewhere."""

from __future__ import annotations

import pytest

from lapwing.places import PlaceFinder

from place_helpers import places


@pytest.mark.parametrize("text, name", [
    ("ISTANBUL - Police detained the Sariyer mayor on Tuesday.", "Sariyer"),
    ("Thousands rallied in Kadikoy on Sunday evening.", "Kadikoy"),
    ("Riot police dispersed a march in Kartal on Monday.", "Kartal"),
])
def test_an_istanbul_district_is_found_in_istanbul(finder: PlaceFinder, text: str, name: str) -> None:
    place = places(finder, text)[name]
    assert place is not None and (place.country, place.admin1) == ("TUR", "34")
