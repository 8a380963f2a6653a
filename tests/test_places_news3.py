"""Place recognition on wire and agency copy (sentences our own): the name of an exercise or
an operation, the head noun of an organisation's name, a country's coast named by its
adjective, and a town's Kurdish spelling."""

from __future__ import annotations

import pytest

from lapwing.places import PlaceFinder

from place_helpers import places


@pytest.mark.parametrize("text", [
    "Jordanian and Omani special forces began the desert exercise 'Marjan' near Aqaba on Sunday.",
    "The two navies opened the annual naval drill (Marjan 4) near Aqaba on Sunday.",
])
def test_an_exercise_name_is_no_place(finder: PlaceFinder, text: str) -> None:
    found = places(finder, text)
    assert "Marjan" not in found and "Aqaba" in found


def test_the_head_of_an_organisation_name_is_no_town(finder: PlaceFinder) -> None:
    found = places(finder, "Frigates of the Eastern Fleet docked at Salalah on Monday.")
    assert "Fleet" not in found and "Salalah" in found


@pytest.mark.parametrize("text, country", [
    ("A tanker caught fire off the Omani coast on Friday.", "OMN"),
    ("Two fishing boats were seized in Lebanese waters overnight.", "LBN"),
])
def test_a_coast_named_by_its_adjective_is_the_country(finder: PlaceFinder, text: str, country: str) -> None:
    found = [r.candidate for r in finder.find(text)]
    assert [(c.country, c.feature) for c in found if c is not None] == [(country, "country")]


def test_the_kurdish_spelling_of_qamishli(finder: PlaceFinder) -> None:
    found = places(finder, "Shops in Qamishlo closed early on Tuesday.")
    assert found["Qamishlo"] is not None and found["Qamishlo"].country == "SYR"
