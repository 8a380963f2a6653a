"""Session 42 (sentences written for these tests): the town of the hospital where an attack's
wounded were treated, told in a clause after the attack's, is no scene of the attack where the
sentence names another place."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import locate


def test_the_hospital_town_of_the_wounded_is_no_scene(finder: PlaceFinder) -> None:
    text = ("Rebels stormed an army post in Kenema on Tuesday, killing four soldiers, with three more ending "
            "up in a Freetown hospital.")
    place = locate(finder, text, "stormed")
    assert place is not None and place.name == "Kenema"
    # near miss: with no other place named, the hospital town, near the scene, is the best guess
    text = "Rebels ambushed a convoy on Tuesday, the wounded being taken to hospitals in Freetown."
    place = locate(finder, text, "ambushed")
    assert place is not None and place.name == "Freetown"
    # near miss: a hospital struck in the attack's own clause is its scene
    place = locate(finder, "Rebels shelled a Freetown hospital on Tuesday.", "shelled")
    assert place is not None and place.name == "Freetown"
