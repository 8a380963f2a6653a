"""Event places (news 30): a withdrawal happened where the force left, not at the positions
it "withdrew to" when the sentence names where it came out of; a road named after a site that
is no town ("the Majnoon road") stands for the site's surroundings, not the site itself, and
a site's own name before its noun ("the Khurmala field") stays the site. Sentences written for
these tests."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import locate


def test_a_withdrawal_to_positions_is_placed_where_it_left(finder: PlaceFinder) -> None:
    text = ("Syrian soldiers pulled their trucks out of Khan Arnabah on Monday, and the troops withdrew to "
            "their barracks in Quneitra.")
    place = locate(finder, text, "withdrew")
    assert place is not None and place.name != "Al Qunayţirah" and "Arnabah" in str(place.name)


def test_a_withdrawal_with_no_origin_keeps_its_destination(finder: PlaceFinder) -> None:
    place = locate(finder, "Turkish troops withdrew to Azaz on Monday.", "withdrew")
    assert place is not None and place.country == "SYR" and place.feature == "city"


def test_a_withdrawal_from_a_town_stays_there(finder: PlaceFinder) -> None:
    text = "Rebel fighters withdrew from Tal Rifaat on Monday and pulled back to their positions near Azaz."
    place = locate(finder, text, "withdrew")
    assert place is not None and "Rif" in str(place.name)


def test_a_road_named_after_an_oil_field_is_near_the_field(finder: PlaceFinder) -> None:
    text = "Riot police dispersed dozens of jobless men who had blocked the Rumaila road with burning tyres on Monday."
    place = locate(finder, text, "dispersed")
    assert place is not None and place.name == "Rumaila oil field" and place.precision == "vicinity"


def test_a_field_named_by_itself_is_the_field(finder: PlaceFinder) -> None:
    place = locate(finder, "A drone hit the Khurmala field, west of Erbil, on Monday.", "hit")
    assert place is not None and place.name == "Khurmala oil field" and place.precision != "vicinity"
