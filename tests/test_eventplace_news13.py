"""Where an event happened, round 13 (sentences written here): sites the gazetteer lacked (a
gas field, an air base, a royal palace, a new coastal city), the partner of a relation
("coordination with Israel") and the end of a conduit ("the line to the Mediterranean"),
which are no scene."""

from __future__ import annotations

import pytest

from lapwing.places import PlaceFinder

from place_helpers import locate, places


@pytest.mark.parametrize("text, name, country", [
    ("Gunmen fired rockets at the Khor Mor gas field on Tuesday.", "Khor Mor gas field", "IRQ"),
    ("A drone hit a storage tank at Khormor late on Monday.", "Khor Mor gas field", "IRQ"),
    ("Jets landed at King Faisal Air Base on Sunday.", "King Faisal Air Base", "SAU"),
    ("The king received the envoy at Basman Palace.", "Basman Palace", "JOR"),
    ("Ministers gathered in New Alamein for the summit.", "New Alamein", "EGY"),
    ("Smugglers were stopped near Jebel Uweinat last week.", "Jabal al-Uwaynat", "LBY"),
])
def test_a_site_is_found_in_its_country(finder: PlaceFinder, text: str, name: str, country: str) -> None:
    found = [c for c in places(finder, text).values() if c is not None]
    assert any(c.name == name and c.country == country for c in found)


def test_the_partner_of_a_relation_is_no_scene(finder: PlaceFinder) -> None:
    text = ("JENIN - Police detained a schoolteacher at his home on Monday over a post "
            "criticising security coordination with Israel, his brother said.")
    place = locate(finder, text, "detained")
    assert place is None or place.country != "ISR"


def test_the_partner_of_ties_with_is_no_scene(finder: PlaceFinder) -> None:
    text = "Hundreds of students marched on Tuesday against normalisation with Israel."
    assert locate(finder, text, "marched") is None


def test_the_end_of_a_conduit_is_no_scene(finder: PlaceFinder) -> None:
    text = "Engineers began repairs on Monday to the old oil pipeline to the Mediterranean."
    place = locate(finder, text, "began repairs")
    assert place is None or place.feature != "water"


def test_a_strike_on_a_named_field_is_placed_at_the_field(finder: PlaceFinder) -> None:
    text = "Officials said Monday's drone attack on Khormor had killed one worker."
    place = locate(finder, text, "attack")
    assert place is not None and place.name == "Khor Mor gas field"


def test_a_palace_is_the_scene_not_the_country_of_a_title(finder: PlaceFinder) -> None:
    text = "The king met President Ahmed Hassan of Somalia at Basman Palace on Monday."
    place = locate(finder, text, "met")
    assert place is not None and place.name == "Basman Palace"

