"""Session 52 (sentences written for these tests), from the opened cluster_test58: the words of a
people ("Mayan ruins", "Tuareg smugglers") are no places, though a small town abroad bears
them."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import places


def test_a_peoples_word_is_no_place(finder: PlaceFinder) -> None:
    found = places(finder, "Troops guarded Mayan ruins near Tikal against looters on Friday.")
    assert "Mayan" not in found and "Tikal" in found
    assert "Tuareg" not in places(finder, "Tuareg smugglers crossed from Niger into Algeria on Friday.")
