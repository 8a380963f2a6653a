"""Place rules for short Middle East wire reports: names inside people's and organisations'
names, datelines, provinces named like their seats, and the document's country.

Sentences are written for these tests."""

from __future__ import annotations

import numpy as np
import pytest

from lapwing.gazetteer import Candidate
from lapwing.places import PlaceFinder
from lapwing.places_recognise import Found, Cues
from lapwing.places_resolve import DocumentContext, at_home

from place_helpers import places


@pytest.mark.parametrize("text, kept", [
    ("The strike was confirmed by US Central Command late on Friday.", set()),
    ("Depositors protested outside the Banque du Liban in Beirut.", {"Beirut"}),
])
def test_a_town_named_inside_an_actors_name_is_no_place(finder: PlaceFinder, text: str, kept: set[str]) -> None:
    assert set(places(finder, text)) == kept


def test_a_name_after_a_patronymic_particle_is_no_place(finder: PlaceFinder) -> None:
    assert "Salman" not in places(finder, "The elder Yusuf bin Salman arrived on Monday.")
    assert set(places(finder, "Shells fell near Umm Qasr.")) == {"Umm Qasr"}


def test_a_name_after_a_middle_initial_is_a_surname(finder: PlaceFinder) -> None:
    assert places(finder, "The carrier USS Harry S. Truman left port on Monday.") == {}


def test_the_first_word_after_a_dateline_opens_a_sentence(finder: PlaceFinder) -> None:
    found = places(finder, "AMMAN (AFP) - Anger grew in the southern Jordanian city of Karak on Tuesday.")
    assert set(found) == {"Karak"}


def test_a_transliteration_is_compared_without_the_article(finder: PlaceFinder) -> None:
    found = places(finder, "Crowds gathered in the centre of Sweida and in the market of Nuseirat camp.")
    assert (found["Sweida"].country, found["Nuseirat"].country) == ("SYR", "PSE")


@pytest.mark.parametrize("text, name, feature", [
    ("Clashes broke out in Deir ez-Zor province on Monday.", "Deir ez-Zor", "admin1"),
    ("Drones hit the Idlib countryside on Monday.", "Idlib", "admin1"),
    ("Clashes broke out in the city of Deir ez-Zor on Monday.", "Deir ez-Zor", "city"),
    ("Shells hit a village in eastern Deir Ezzor on Monday.", "eastern Deir Ezzor", "region"),
])
def test_a_cue_says_whether_a_seat_or_its_province_is_meant(finder: PlaceFinder, text: str, name: str,
                                                             feature: str) -> None:
    found = places(finder, text)[name]
    assert (found.country, found.feature) == ("SYR", feature)


def test_a_small_name_is_read_in_the_documents_country(finder: PlaceFinder) -> None:
    found = places(finder, "Yemen's rebels claimed an attack that set a bulk carrier on fire in the Red Sea "
                           "off the port of Salif on Tuesday. The operator said the ship was heading for Jeddah.")
    assert found["Salif"].country == "YEM"


def test_a_metropolis_named_by_its_own_name_stays_abroad(finder: PlaceFinder) -> None:
    found = places(finder, "Ministers met in Paris to discuss Lebanon and Gaza.")
    assert found["Paris"].country == "FRA"


def _candidate(ident: str, country: str, population: int, feature: str = "city") -> Candidate:
    return Candidate(id=ident, name=ident, lat=0.0, lon=0.0, country=country, admin1=None,
                     population=population, feature=feature, precision=feature, match="exact")  # type: ignore[arg-type]


def test_at_home_keeps_only_candidates_in_the_documents_countries() -> None:
    abroad, home = _candidate("Far", "BFA", 20_000), _candidate("Far", "PSE", 8_000)
    other = _candidate("Tubas", "PSE", 20_000)
    found = [Found(0, 3, "Far", (abroad, home), Cues()), Found(10, 15, "Tubas", (other,), Cues())]
    context = DocumentContext(found, [abroad, other])
    scores = at_home(0, found[0], [abroad, home], np.array([2.0, 1.0]), context)
    assert int(np.argmax(scores)) == 1 and np.isneginf(scores[0])


def test_dateline_months_and_programme_names_are_no_places(finder: PlaceFinder) -> None:
    found = places(finder, "KUWAIT CITY, Nov 16: Egypt joined the Belt and Road Initiative.")
    assert set(found) == {"KUWAIT CITY", "Egypt"}


def test_a_west_bank_town_is_not_read_as_a_romanian_village(finder: PlaceFinder) -> None:
    """Beita (near Nablus) is in the region data, and the Romanian Băiţa, a spelling match
    1,950 km from the document's other places, stays out."""
    found = places(finder, "Israeli troops detained 19 suspects in Beita, in Samaria, on Thursday.")
    assert found["Beita"] is not None and found["Beita"].country == "PSE"
