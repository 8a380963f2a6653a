"""Names the text places by another ("X village, southeast of Y", "X in the Y district",
"Y's X"), spellings and units of Levant reporting, and the possessive of a place or an
acronym before a name. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from lapwing.gazetteer import Candidate
from lapwing.places import PlaceFinder
from lapwing.places_anchors import NEAR_KM, Anchor, find_anchors

from place_helpers import places


def anchors(finder: PlaceFinder, text: str) -> dict[str, tuple[str, float, bool, bool]]:
    """Each anchored name's text -> (its anchor's text, km, inside, explicit)."""
    found = finder.recogniser.find(text)
    return {found[i].text: (found[a.target].text, a.km, a.inside, a.explicit)
            for i, a in find_anchors(text, found).items()}


@pytest.mark.parametrize("text, name, target, inside", [
    ("Shells fell on Kafr Nabl village, southeast of Idlib, at dawn.", "Kafr Nabl", "Idlib", False),
    ("Gunmen attacked a farm near Tal Tamr on Sunday.", None, None, None),  # one name: nothing to anchor
    ("Raids hit the Rimal neighbourhood of Gaza City overnight.", "Rimal", "Gaza City", False),
    ("Fighters took Ariha, in the southern countryside of Idlib, on Monday.", "Ariha", "Idlib", False),
    ("A drone struck Khiam in the Marjayoun district on Monday.", "Khiam", "Marjayoun", True),
    ("A drone struck Yaroun, a border village in south Lebanon, on Monday.", "Yaroun", "south Lebanon", True),
    ("An air strike hit Gaza City's Sheikh Radwan area.", "Sheikh Radwan", "Gaza City", False),
])
def test_a_phrase_anchors_a_name_to_the_name_after_or_before_it(finder: PlaceFinder, text: str,
                                                                 name: str | None, target: str | None,
                                                                 inside: bool | None) -> None:
    found = anchors(finder, text)
    if name is None:
        assert found == {}
    else:
        assert found[name][0] == target and found[name][2] is inside


def test_a_bare_in_or_of_anchors_nothing(finder: PlaceFinder) -> None:
    """"Refugees from Homs in Lebanon" puts no Homs in Lebanon; "the University of Baghdad"
    is no neighbourhood."""
    assert anchors(finder, "Refugees from Homs in Lebanon went home.") == {}
    found = places(finder, "Refugees from Homs in Lebanon went home.")
    assert found["Homs"].country == "SYR"


def test_a_stated_distance_widens_the_reach(finder: PlaceFinder) -> None:
    text = "Troops moved into Mosul, about 400 km north of Baghdad, in 2016."
    name, km, inside, explicit = anchors(finder, text)["Mosul"]
    assert (name, inside, explicit) == ("Baghdad", False, True) and km == pytest.approx(600.0)
    assert places(finder, text)["Mosul"].country == "IRQ"


def test_listed_and_glossed_names_share_the_anchor(finder: PlaceFinder) -> None:
    listed = anchors(finder, "Floods swept the villages of Arman and Malah in the eastern countryside of Sweida.")
    assert listed["Arman"][0] == listed["Malah"][0] == "Sweida"
    glossed = anchors(finder, "Shells hit Zirgan (Abu Rasin) in Hasakah province.")
    assert glossed["Zirgan"][0] == glossed["Abu Rasin"][0] == "Hasakah"


def test_an_anchor_picks_the_namesake_near_its_target(finder: PlaceFinder) -> None:
    near = places(finder, "A gunman opened fire in Alexandria, just south of Washington, on Monday.")
    assert near["Alexandria"].country == "USA"
    assert places(finder, "A gunman opened fire in Alexandria on Monday.")["Alexandria"].country == "EGY"


def test_a_village_with_no_namesake_near_its_anchor_is_placed_at_the_anchor(finder: PlaceFinder) -> None:
    """The gazetteer lacks the village; its namesakes on other continents are no reading, and
    the anchor's point, at the anchor's precision, is what the text says of it."""
    found = places(finder, "Rebels overran Tumbo village, north of Kampala, on Friday.")
    tumbo, kampala = found["Tumbo"], found["Kampala"]
    assert kampala.country == "UGA"
    assert (tumbo.name, tumbo.country, tumbo.precision, tumbo.feature) == ("Tumbo", "UGA", "city", "locality")
    assert (tumbo.lat, tumbo.lon) == (kampala.lat, kampala.lon) and tumbo.geonameid is None


@pytest.mark.parametrize("text, name, country", [
    ("Warplanes bombed a farm in Orman village, east of Salkhad.", "Orman", "SYR"),
    ("Clashes erupted near the town of Arman in Sweida province.", "Arman", "SYR"),
    ("Israeli tanks shelled the Zeitoun neighbourhood, south of Gaza City.", "Zeitoun", "PSE"),
])
def test_villages_missing_from_the_cities_file_are_read_near_their_anchor(finder: PlaceFinder, text: str,
                                                                          name: str, country: str) -> None:
    assert places(finder, text)[name].country == country


def _candidate(ident: str, lat: float, lon: float, country: str, feature: str = "city",
               radius_km: float = 0.0) -> Candidate:
    return Candidate(id=ident, name=ident, lat=lat, lon=lon, country=country, admin1=None,
                     population=1000, feature=feature, precision=feature, match="exact",  # type: ignore[arg-type]
                     radius_km=radius_km)


def test_an_anchor_holds_by_distance_extent_and_country() -> None:
    town = _candidate("town", 33.0, 36.0, "SYR")
    unit = _candidate("unit", 33.0, 36.0, "SYR", "admin1", radius_km=150.0)
    near, inside = Anchor(1, NEAR_KM, False, True), Anchor(1, NEAR_KM, True, True)
    village = _candidate("village", 33.5, 36.0, "SYR")  # 56 km north
    abroad = _candidate("abroad", 33.5, 36.0, "LBN")
    assert near.holds(village, town, 56.0) and not near.holds(village, town, 120.0)
    assert inside.holds(village, unit, 170.0) and not inside.holds(abroad, unit, 56.0)
    country = _candidate("syria", 35.0, 38.0, "SYR", "country")
    assert inside.holds(village, country, 900.0) and not inside.holds(abroad, country, 10.0)
    assert not near.holds(town, town, 0.0)  # a name is not anchored to itself


@pytest.mark.parametrize("name, region_id", [
    ("Zaytoun", "pse.zeitoun"), ("al-Zaytoun", "pse.zeitoun"), ("Shujaiyya", "pse.shejaiya"),
    ("Tel al-Hawa", "pse.tel-al-hawa"), ("Jabalia camp", "pse.jabalia-camp"), ("Abu Rasin", "syr.abu-rasin"),
    ("Zirgan", "syr.abu-rasin"), ("Aynata", "lbn.ainata"), ("Ainata", "lbn.ainata"), ("Argeen", "egy.argeen"),
    ("Kerem Shalom", "isr.kerem-shalom"), ("Semalka", "syr.semalka"), ("Bint Jbeil district", "lbn.bint-jbeil-district"),
])
def test_levant_neighbourhoods_villages_districts_and_crossings(finder: PlaceFinder, name: str,
                                                                region_id: str) -> None:
    assert finder.recogniser.source.lookup(name)[0].id == region_id


@pytest.mark.parametrize("spelling", ["Sweida", "Suwaida", "As-Suwaidaa", "Suwayda"])
def test_spellings_of_suwayda_find_the_city(finder: PlaceFinder, spelling: str) -> None:
    found = places(finder, f"Hundreds of people rallied in {spelling} on Friday.")[spelling]
    assert (found.name, found.country) == ("As-Suwayda", "SYR")


@pytest.mark.parametrize("text, name, precision", [
    ("A drone struck a car in the Bint Jbeil district on Monday.", "Bint Jbeil", "admin2"),
    ("Floods hit the Kasese district of Uganda.", "Kasese", "admin2"),
    ("A drone struck a car in Bint Jbeil on Monday.", "Bint Jbeil", "city"),
])
def test_a_unit_word_after_a_town_means_the_unit(finder: PlaceFinder, text: str, name: str,
                                                 precision: str) -> None:
    assert places(finder, text)[name].precision == precision


@pytest.mark.parametrize("text, name", [
    ("Protesters gathered outside the UN's Geneva office.", "Geneva"),
    ("Depositors queued outside the CBL's Benghazi branch.", "Benghazi"),
    ("An air strike in Gaza City's Shejaiya district killed three people.", "Shejaiya"),
])
def test_a_name_after_the_possessive_of_an_acronym_or_a_place_is_a_place(finder: PlaceFinder, text: str,
                                                                          name: str) -> None:
    assert places(finder, text)[name] is not None
