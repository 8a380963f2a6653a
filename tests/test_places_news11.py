"""Session 49 (sentences written for these tests): a water word heading a longer water's name
the gazetteer lacks ("the Bay of Bothnia") is no place of that word (Somalia's Bay region); a
city hall named in French ("the Hotel de Ville") is no Paris arrondissement."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import places


def test_the_head_of_an_unknown_bay_is_no_region(finder: PlaceFinder) -> None:
    found = places(finder, "Two icebreakers cut a channel through the Bay of Bothnia off Oulu on Friday.")
    assert "Bay" not in found and found["Oulu"].country == "FIN"
    # near miss: the region named alone is still a place
    assert places(finder, "Fighting spread across Bay and Bakool regions on Friday.")["Bay"].country == "SOM"


def test_a_city_hall_in_french_is_no_paris_quarter(finder: PlaceFinder) -> None:
    found = places(finder, "Police fired tear gas near the Hotel de Ville in Abidjan on Friday.")
    assert "Hotel de Ville" not in found and found["Abidjan"].country == "CIV"
