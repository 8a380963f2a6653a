"""Where an event happened, from cluster_test25 (sentences our own): "and" opening a second
site phrase of one act ("in A and in front of ... in B") coordinates the two towns as "in A
and B" does, and a town followed by a compass word and a site head ("X North port") is the
town the site belongs to."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import locate, places


def test_a_second_site_phrase_after_and_gives_the_common_province(finder: PlaceFinder) -> None:
    """One rally at two sites is placed at no one of its towns: another report may name only
    the other, and each town alone would set the two reports apart."""
    for text in ("Teachers rallied outside the education directorate in Mosul and in front of the provincial "
                 "council in Tal Afar on Sunday, demanding unpaid wages.",
                 "Teachers rallied in Mosul and in Tal Afar on Sunday."):
        place = locate(finder, text, "rallied")
        assert place is not None and place.name == "Nineveh Governorate" and place.precision == "admin1"
    # towns of two provinces give their country
    place = locate(finder, "Teachers rallied in Mosul and in Erbil on Sunday.", "rallied")
    assert place is not None and place.precision == "country" and place.country == "IRQ"


def test_and_opening_another_clause_joins_no_towns(finder: PlaceFinder) -> None:
    for text in ("Teachers rallied in Mosul and marched to Tal Afar on Sunday.",
                 "Teachers rallied in Mosul and the governor in Tal Afar promised wages on Sunday."):
        place = locate(finder, text, "rallied")
        assert place is not None and place.name == "Mosul"


def test_a_town_before_a_compass_word_and_a_site_head_is_a_place(finder: PlaceFinder) -> None:
    text = "Inspectors at Basra North port impounded a shipment of cigarettes on Tuesday."
    assert places(finder, text).get("Basra") is not None
    place = locate(finder, text, "impounded")
    assert place is not None and place.name == "Basrah" and place.country == "IRQ"
    # a capitalised word after the compass word makes a name of its own: a company's
    assert places(finder, "Engineers of the Basra North Oil Company went on strike on Tuesday.") == {}
