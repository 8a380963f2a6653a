"""Session 60 (sentences written for these tests), from probe C33: a function word that opens a
sentence ("As Russian artillery pounded") starts no place's name, though "As Salman" after a
locative is an Iraqi town."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import places


def test_a_sentence_opening_as_starts_no_place(finder: PlaceFinder) -> None:
    found = places(finder, "As Russian artillery pounded the suburbs, negotiators met in Istanbul.")
    assert set(found) == {"Istanbul"}


def test_as_salman_after_a_locative_is_still_a_place(finder: PlaceFinder) -> None:
    found = places(finder, "Iraqi forces recaptured the town of As Salman on Monday.")
    assert found.get("As Salman") is not None and found["As Salman"].country == "IRQ"
