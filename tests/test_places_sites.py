"""Places of Middle East reports that the cities file lacks or spells otherwise: villages,
islands, dams, camps and crossings (regions.yaml), vetted news spellings (city_aliases.yaml),
sites named after a town ("Mosul International Airport"), operation names, and far-off
spelling-alikes of unknown names.

Sentences are written for these tests."""

from __future__ import annotations

import pytest

from lapwing.gazetteer import Candidate
from lapwing.places import PlaceFinder
from lapwing.places_recognise import Cues, Found
from lapwing.places_resolve import DocumentContext, stranger

from place_helpers import places


@pytest.mark.parametrize("text, name, country", [
    ("A drone hit a van on the edge of Chebaa late on Monday.", "Chebaa", "LBN"),
    ("Shepherds near Shebaa reported gunfire on Monday.", "Shebaa", "LBN"),
    ("A shell landed in Yohmor al-Shaqif at dawn.", "Yohmor al-Shaqif", "LBN"),
    ("Gunmen attacked a checkpoint near Qarah Tappah overnight.", "Qarah Tappah", "IRQ"),
    ("Patrols were stepped up around Qaratapa on Friday.", "Qaratapa", "IRQ"),
    ("Fighting resumed near the Tishrin Dam on Sunday.", "Tishrin Dam", "SYR"),
    ("A freighter reported an explosion off Jazirat Zukur on Tuesday.", "Jazirat Zukur", "YEM"),
    ("A ship was hailed west of the Hanish islands on Tuesday.", "Hanish", "YEM"),
    ("Rescuers searched the rubble in al-Mughazi camp on Friday.", "al-Mughazi", "PSE"),
    ("A car burned near Sarmadah on Thursday.", "Sarmadah", "SYR"),
    ("Trucks queued at Bab al-Hawa on Thursday.", "Bab al-Hawa", "SYR"),
    ("Sailors were held near Farsi Island on Tuesday.", "Farsi Island", "IRN"),
    ("Rockets fell on Ain al-Assad at night.", "Ain al-Assad", "IRQ"),
    ("Soldiers raided homes in Aida camp before dawn.", "Aida", "PSE"),
    # a site named after a town is at the town
    ("A cargo plane touched down at Mosul International Airport on Friday.", "Mosul", "IRQ"),
    ("Engineers inspected the turbines at Mosul Dam on Friday.", "Mosul", "IRQ"),
])
def test_a_site_is_found_at_home(finder: PlaceFinder, text: str, name: str, country: str) -> None:
    """Sites the cities file lacks, and sites named after a town, are found in their country."""
    found = places(finder, text)[name]
    assert found is not None and found.country == country


def test_mount_hermon_is_the_levant_range_not_a_us_town(finder: PlaceFinder) -> None:
    found = places(finder, "Snow closed the roads up Mount Hermon on Sunday.")["Mount Hermon"]
    assert found is not None and found.country != "USA" and 33 < found.lat < 34


def test_a_vetted_news_spelling_unlike_the_geonames_name_is_kept(finder: PlaceFinder) -> None:
    found = places(finder, "A supply column left Benghazi heading towards Kufra on Friday.")
    assert found["Kufra"] is not None and found["Kufra"].country == "LBY"


def test_an_operation_name_holds_no_river(finder: PlaceFinder) -> None:
    assert "Euphrates" not in places(finder, "Troops patrolled the Euphrates Shield zone on Monday.")


def _candidate(ident: str, country: str, lat: float, lon: float, match: str = "variant") -> Candidate:
    return Candidate(id=ident, name=ident, lat=lat, lon=lon, country=country, admin1=None,
                     population=5_000, feature="city", precision="city", match=match)  # type: ignore[arg-type]


def _context(reading: Candidate) -> DocumentContext:
    """A document naming ``reading``'s name and two towns in Lebanon."""
    tyre, sidon = _candidate("Tyre", "LBN", 33.27, 35.20, "exact"), _candidate("Sidon", "LBN", 33.56, 35.37, "exact")
    found = [Found(0, 5, reading.name, (reading,), Cues()), Found(10, 14, "Tyre", (tyre,), Cues()),
             Found(20, 25, "Sidon", (sidon,), Cues())]
    return DocumentContext(found, [reading, tyre, sidon])


def test_a_far_variant_reading_abroad_is_left_unresolved() -> None:
    far = _candidate("Zibaa", "JPN", 35.6, 140.1)
    assert stranger(0, far.name, far, _context(far))


def test_a_far_town_called_so_only_by_an_unlike_alternate_name_is_left_unresolved() -> None:
    town = _candidate("Tarbes", "FRA", 43.2, 0.1, "exact")  # say it were also called "Bigorre"
    assert stranger(0, "Bigorre", town, _context(town))
    assert not stranger(0, "Tarbes", town, _context(town))


@pytest.mark.parametrize("reading", [
    _candidate("Qasr", "SYR", 34.2, 36.7),  # next door: likely the place meant
    _candidate("Zibaa", "JPN", 35.6, 140.1, "exact"),  # the name itself, not a respelling
])
def test_a_near_or_exact_reading_abroad_is_kept(reading: Candidate) -> None:
    assert not stranger(0, reading.name, reading, _context(reading))
