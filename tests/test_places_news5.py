"""Place recognition on regional wire copy (sentences our own): a town's possessive before
its border districts or countryside is its province, villages the gazetteer lacked, and
"Gulf" as an adjective of states names no place."""

from __future__ import annotations

import pytest

from lapwing.places import PlaceFinder

from place_helpers import places


def test_a_towns_border_districts_are_its_province(finder: PlaceFinder) -> None:
    found = places(finder, "The army moved two battalions into Sanliurfa's border districts overnight.")
    candidate = found.get("Sanliurfa")
    assert candidate is not None and candidate.feature == "admin1" and candidate.country == "TUR"


@pytest.mark.parametrize("text, name, country", [
    ("A drone struck a car on the Kfar Sir road on Monday.", "Kfar Sir", "LBN"),
    ("Soldiers raided a depot in Hosh al-Sayyed Ali on Friday.", "Hosh al-Sayyed Ali", "LBN"),
])
def test_villages_of_lebanese_reporting_are_found(finder: PlaceFinder, text: str, name: str, country: str) -> None:
    candidate = places(finder, text).get(name)
    assert candidate is not None and candidate.country == country and candidate.feature == "locality"


@pytest.mark.parametrize("text", [
    "The president flew to the Gulf emirate on Wednesday.",
    "The envoy brought a message on Gulf coordination.",
])
def test_gulf_as_an_adjective_of_states_is_no_place(finder: PlaceFinder, text: str) -> None:
    assert "Gulf" not in places(finder, text)
    # before other nouns it is still the water
    candidate = places(finder, "Guards seized a tanker in Gulf waters on Monday.").get("Gulf")
    assert candidate is not None and candidate.feature == "water"
