"""Place recognition on wire and agency copy (sentences our own): seas named together under
one plural head, the source of a reaction named by its capital, a waterway the gazetteer
lacked, and "the capital" of a document about one country."""

from __future__ import annotations

import pytest

from lapwing.places import PlaceFinder

from place_helpers import places


@pytest.mark.parametrize("text, names", [
    ("Navy ships patrolled the Black and Caspian Seas last month.", {"Black": "Black Sea", "Caspian Seas": "Caspian Sea"}),
    ("The rebels said tankers in the Red and Arabian seas were targets.", {"Red": "Red Sea", "Arabian seas": "Arabian Sea"}),
])
def test_seas_named_under_one_plural_head_are_each_a_sea(finder: PlaceFinder, text: str,
                                                         names: dict[str, str]) -> None:
    found = places(finder, text)
    for text_name, sea in names.items():
        candidate = found.get(text_name)
        assert candidate is not None and candidate.name == sea and candidate.feature == "water"


def test_the_source_of_a_reaction_named_by_its_capital_is_no_place(finder: PlaceFinder) -> None:
    found = places(finder, "Paris expelled two diplomats on Friday, drawing condemnation from Moscow.")
    assert "Moscow" not in found


def test_khor_abdullah_is_the_waterway_between_kuwait_and_iraq(finder: PlaceFinder) -> None:
    candidate = places(finder, "Iraqi and Kuwaiti coastguards met to discuss shipping in Khor Abdullah.")["Khor Abdullah"]
    assert candidate is not None and candidate.feature == "water"
    assert 29.0 < candidate.lat < 30.5 and 47.5 < candidate.lon < 49.0


def test_the_capital_is_the_capital_of_the_one_country_the_document_names(finder: PlaceFinder) -> None:
    text = "Gunmen clashed overnight in Misrata. The government ordered the militias out of the capital."
    capital = places(finder, text).get("the capital")
    assert capital is not None and capital.name == "Tripoli" and capital.country == "LBY"
    for other in ("Gunmen clashed overnight in Misrata and Tunis. The militias withdrew from the capital.",
                  "AMMAN - Gunmen clashed overnight in Misrata. The militias withdrew from the capital.",
                  "The militias withdrew from the capital on Sunday."):  # two countries, or none
        assert "the capital" not in places(finder, other)


@pytest.mark.parametrize("text", [
    "Greek and Cypriot frigates opened the 'Friendship Shield-2027' joint exercise on Monday.",
    "The two navies began a drill, codenamed 'Shield of Friendship 2027', near Crete.",
])
def test_words_of_a_quoted_exercise_name_are_no_places(finder: PlaceFinder, text: str) -> None:
    assert "Friendship" not in places(finder, text)


def test_a_quoted_name_that_names_no_operation_may_still_be_a_place(finder: PlaceFinder) -> None:
    assert "Beirut" in places(finder, "Locals said the 'Beirut' cafe on the corner was hit.")
