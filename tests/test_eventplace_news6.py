"""Where an event happened, read from cluster_test17 (sentences our own): "the Red Sea city"
is the dateline's town, not the sea; a union of states acting is no place; a relative
clause on a participant ("which has accused ...") places nothing; a sanction's targets
named after "asset freezes" or "penalized" are not its scene."""

from __future__ import annotations

import pytest

from lapwing.places import PlaceFinder

from place_helpers import locate


def test_a_sea_city_is_the_datelines_town(finder: PlaceFinder) -> None:
    text = "AQABA - Jordanian and Iraqi officials meeting in the Red Sea port signed a trade deal on Monday."
    place = locate(finder, text, "meeting")
    assert place is not None and place.name == "Aqaba" and place.feature == "city"


def test_a_sea_city_without_a_town_in_the_text_is_no_sea(finder: PlaceFinder) -> None:
    names = {r.candidate.name for r in finder.find("Officials meeting in the Red Sea city signed a deal.")
             if r.candidate is not None}
    assert "Red Sea" not in names
    place = locate(finder, "A drone hit a warehouse in the Red Sea port of Hodeidah on Monday.", "hit")
    assert place is not None and place.country == "YEM" and place.feature == "city"


def test_a_union_of_states_acting_is_no_place_but_its_territory_is(finder: PlaceFinder) -> None:
    names = {r.found.text for r in finder.find("The European Union lifted the freeze on two banks on Monday.")}
    assert "European Union" not in names
    names = {r.found.text for r in finder.find("The banks may again move funds held in the EU.")}
    assert "EU" in names


def test_a_relative_clause_on_a_participant_places_nothing(finder: PlaceFinder) -> None:
    text = ("Rebels detained six aid workers on Monday, bringing to 20 the staff held by the group, "
            "which has accused them of spying for Israel.")
    assert locate(finder, text, "detained") is None


@pytest.mark.parametrize("text, trigger", [
    ("Britain imposed asset freezes on three settlers and an outpost in the West Bank on Monday.", "imposed"),
    ("Canada penalized two settlers and a farm in the West Bank on Monday.", "penalized"),
])
def test_a_sanction_is_not_placed_at_its_targets(finder: PlaceFinder, text: str, trigger: str) -> None:
    assert locate(finder, text, trigger) is None
