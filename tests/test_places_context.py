"""Readings that the document's countries decide, office titles that hold no place, and a
country's capital named by its adjective (sentences our own)."""

from __future__ import annotations

import pytest

from lapwing.places import PlaceFinder

from place_helpers import places


@pytest.mark.parametrize("text", [
    "He drove from Jerusalem to Bethlehem on Sunday.",
    "Israeli troops raided Bethlehem overnight. Israel said the raid was needed.",  # a speaker counts
])
def test_a_translated_alternate_name_gives_way_to_a_home_reading(finder: PlaceFinder, text: str) -> None:
    found = places(finder, text)
    assert found["Bethlehem"] is not None and found["Bethlehem"].country == "PSE"  # not Belém


@pytest.mark.parametrize("text, name, country", [
    ("Flooding hit Hanover, officials in Berlin said.", "Hanover", "DEU"),  # Hannover's English name
    ("Pilgrims reached Mecca, American officials said.", "Mecca", "SAU"),  # an adjective is no context
])
def test_an_english_alternate_name_keeps_its_reading(finder: PlaceFinder, text: str, name: str,
                                                     country: str) -> None:
    found = places(finder, text)
    assert found[name] is not None and found[name].country == country


@pytest.mark.parametrize("text, kept", [
    ("US Energy Secretary Chris Wright said the plan would lower prices.", {"US"}),
    ("The Commerce Department said exports fell in Ohio.", {"Ohio"}),
    ("Kenya's Interior Minister spoke in Nairobi.", {"Kenya", "Nairobi"}),
    ("The Justice Department opened an inquiry.", set()),
])
def test_a_portfolio_in_an_office_title_is_no_place(finder: PlaceFinder, text: str, kept: set[str]) -> None:
    found = places(finder, text)
    assert set(found) == kept


@pytest.mark.parametrize("text, capital", [
    ("Talks were held in the Saudi capital on Monday.", "Riyadh"),
    ("Rockets hit the Iraqi capital overnight.", "Baghdad"),
    ("Thousands marched through the Lebanese capital, officials said.", "Beirut"),
    ("Air raids shook the Syrian capital.", "Damascus"),
    ("Envoys met in the Emirati capital.", "Abu Dhabi"),
])
def test_a_country_adjective_with_capital_names_the_capital(finder: PlaceFinder, text: str,
                                                           capital: str) -> None:
    resolved = [r for r in finder.find(text) if r.found.text.endswith("capital")]
    assert len(resolved) == 1 and resolved[0].candidate is not None
    assert resolved[0].candidate.name == capital and resolved[0].candidate.capital


@pytest.mark.parametrize("text", [
    "Talks were held in the Saudi capital Riyadh on Monday.",  # the name follows: it is found itself
    "Talks were held in the Syrian capital, Damascus, on Monday.",
    "Foreign money left the Saudi capital market.",  # money, not a city
])
def test_a_capital_phrase_defers_to_a_name_or_a_money_sense(finder: PlaceFinder, text: str) -> None:
    assert not [r for r in finder.find(text) if r.found.text.endswith("capital")]


def test_capital_of_names_each_countrys_flagged_capital(finder: PlaceFinder) -> None:
    gazetteer = finder.recogniser.source.gazetteer
    assert [gazetteer.capital_of(c).name for c in ("SAU", "IRQ", "LBN", "SYR", "ARE")] == [
        "Riyadh", "Baghdad", "Beirut", "Damascus", "Abu Dhabi"]


def test_kenyas_former_western_province_is_read_in_a_list_of_provinces(finder: PlaceFinder) -> None:
    text = "Cases were reported in the Kenyan provinces of Nyanza, Rift Valley and Western."
    spans = [(m, m + len(n)) for n in ("Nyanza", "Rift Valley", "Western") if (m := text.index(n)) >= 0]
    resolved = {r.found.text: r.candidate for r in finder.resolve_spans(text, spans)}
    assert {n: c.country for n, c in resolved.items() if c is not None} == {
        "Nyanza": "KEN", "Rift Valley": "KEN", "Western": "KEN"}


def test_an_island_the_cities_file_lacks_is_in_the_place_data(finder: PlaceFinder) -> None:
    found = places(finder, "The virus was found on the German island of Rügen in the Baltic Sea.")
    assert found["Rügen"] is not None and found["Rügen"].country == "DEU"
