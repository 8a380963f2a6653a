"""Where an event happened, from cluster_test19 round 2 (sentences our own): a clause dated
by a measured interval, a call's named topic, the towns a road is named after, a dateline
town for a lead with no place, and a governorate's building in its seat."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import locate, places


def test_a_clause_opened_by_a_measured_interval_places_nothing(finder: PlaceFinder) -> None:
    text = "Two soldiers were wounded by a mine on Monday, hours after rebels shelled a market in Idlib."
    assert locate(finder, text, "wounded") is None


def test_a_call_takes_no_place_it_merely_names(finder: PlaceFinder) -> None:
    text = "The two ministers discussed a truce force for Gaza in a phone call on Tuesday."
    assert locate(finder, text, "discussed") is None


def test_the_towns_of_a_dashed_road_name_are_found(finder: PlaceFinder) -> None:
    found = places(finder, "Gunmen ambushed a truck on the Tyre-Naqoura road on Monday.")
    assert found["Tyre"] is not None and found["Naqoura"] is not None


def test_a_road_named_after_a_town_gives_way_to_the_place_after_it(finder: PlaceFinder) -> None:
    text = "A drone struck a van on the Tebnine road outside Bint Jbeil on Monday."
    place = locate(finder, text, "struck")
    assert place is not None and place.text == "Bint Jbeil"


def test_a_road_named_after_a_town_is_near_the_town(finder: PlaceFinder) -> None:
    place = locate(finder, "A drone struck a van on the Tyre-Naqoura road on Monday.", "struck")
    assert place is not None and place.text == "Tyre" and place.precision == "vicinity"


def test_a_provincial_dateline_town_places_a_lead_with_no_place(finder: PlaceFinder) -> None:
    text = "NABATIEH, NNA - A drone struck a motorcycle this morning, killing its rider."
    place = locate(finder, text, "struck")
    assert place is not None and place.country == "LBN" and place.feature == "city"
    statement = "NABATIEH, NNA - The health ministry said this morning that the toll had risen."
    assert locate(finder, statement, "said") is None


def test_a_governorate_building_is_in_the_seat_town(finder: PlaceFinder) -> None:
    found = places(finder, "Protesters stormed the Basra governorate building on Sunday.")
    assert found["Basra"] is not None and found["Basra"].feature == "city"


def test_the_bare_governorate_is_the_seat_of_the_unit_named(finder: PlaceFinder) -> None:
    text = "Basra's governor met protesters on Sunday, after crowds massed outside the governorate."
    place = locate(finder, text, "massed")
    assert place is not None and place.feature == "city" and place.country == "IRQ"
