"""Session 55 (sentences written for these tests), from the opened cluster_test62: a capital
keeps its bare name over a small namesake abroad that the document's other names would pull it
to ("officials in San Salvador" beside El Amatillo, which the gazetteer knows only as a Mexican
village); a nationality in an apposition that calls the place a town says which country's it
is ("San Lorenzo, a Honduran harbour town")."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import places


def test_a_capital_keeps_its_bare_name_over_a_small_namesake(finder: PlaceFinder) -> None:
    found = places(finder, "Traders crossed at El Amatillo on Monday, officials in San Salvador said.")
    assert found["San Salvador"] is not None and found["San Salvador"].country == "SLV"


def test_a_nationality_apposed_to_a_town_names_its_country(finder: PlaceFinder) -> None:
    found = places(finder, "The presidents met at San Lorenzo, a Honduran harbour town, on Thursday.")
    assert found["San Lorenzo"] is not None and found["San Lorenzo"].country == "HND"
