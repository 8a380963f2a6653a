"""Session 53 (sentences written for these tests), from probe C25: a nationality word before a
town's cue hints its country for every state the actor KB knows ("the central Malian town of
Boni"), and a town the gazetteer lacks in that country is no namesake abroad (Bonn, which
GeoNames also calls Boni)."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import places


def test_a_town_the_hint_places_is_no_namesake_abroad(finder: PlaceFinder) -> None:
    found = places(finder, "A bomb hit a convoy near the central Malian town of Boni on Sunday.")
    assert found["Boni"] is not None and found["Boni"].country == "MLI"
    # near miss: the hint still picks a listed reading in its country over a bigger one abroad
    found = places(finder, "Troops entered the Syrian town of Manbij on Sunday.")
    assert found["Manbij"] is not None and found["Manbij"].country == "SYR"
    # and without a hint the gazetteer's reading stands
    found = places(finder, "Ministers met in Bonn on Sunday.")
    assert found["Bonn"] is not None and found["Bonn"].country == "DEU"


def test_a_demonym_the_lexicon_lacks_hints_the_country(finder: PlaceFinder) -> None:
    found = places(finder, "Rebels shelled the Angolan town of Kuito on Sunday.")
    assert found["Kuito"] is not None and found["Kuito"].country == "AGO"


def test_a_states_own_name_is_no_town_abroad(finder: PlaceFinder) -> None:
    found = places(finder, "A court in Miami indicted Panama's military ruler on Friday.")
    assert found["Panama"] is not None and found["Panama"].country == "PAN"
    # near miss: a name a unit abroad bears in full stands for it in that country's context
    found = places(finder, "Storms hit Atlanta and the rest of Georgia on Friday.")
    assert found["Georgia"] is not None and found["Georgia"].country == "USA"


def test_a_name_after_the_with_only_a_town_abroad_is_unplaced(finder: PlaceFinder) -> None:
    text = "Rebels freed 4 militiamen at a parish in Infanta, ending their captivity in the Sierra Madre."
    found = places(finder, text)
    assert found["Sierra Madre"] is None or found["Sierra Madre"].country == "PHL"
    # near miss: the town named bare, beside its neighbours, stands
    found = places(finder, "Storms hit Pasadena and Sierra Madre on Friday.")
    assert found["Sierra Madre"] is not None and found["Sierra Madre"].country == "USA"
