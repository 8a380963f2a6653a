"""Place names written in ways the plain rules missed, and the cues that pick their reading
(sentences our own): office holders, tallies, possessives and elisions inside names, and an
article opening a quotation."""

from __future__ import annotations

import re

import pytest

from lapwing.places import PlaceFinder
from lapwing.places_recognise import list_separator, load_lexicon
from lapwing.places_resolve import _LIST_GAP

from place_helpers import places


@pytest.mark.parametrize("text, name, feature", [
    ("The New York governor ordered schools to close on Monday.", "New York", "admin1"),
    ("New York's governor ordered schools to close on Monday.", "New York", "admin1"),
    ("The governor of Quebec ordered schools to close on Monday.", "Quebec", "admin1"),
    ("The New York mayor ordered schools to close on Monday.", "New York", "city"),
])
def test_an_office_holder_says_which_reading_is_meant(finder: PlaceFinder, text: str, name: str,
                                                       feature: str) -> None:
    found = places(finder, text)
    assert found[name] is not None and found[name].feature == feature


def test_an_office_word_is_a_cue_on_the_found_name(finder: PlaceFinder) -> None:
    text = "The Quebec premier spoke, then the mayor of Quebec did."
    first, second = (r.found for r in finder.find(text))
    assert first.cues.admin and not first.cues.settlement
    assert second.cues.settlement and not second.cues.admin


def test_a_tally_lists_places_of_one_kind(finder: PlaceFinder) -> None:
    found = places(finder, "Health officials counted nine cases in Manitoba, 14 in Nova Scotia, "
                           "three new cases in Alberta, and one in Quebec.")
    assert found["Quebec"] is not None and found["Quebec"].feature == "admin1"  # not Quebec City
    assert {found[n].feature for n in ("Manitoba", "Nova Scotia", "Alberta")} == {"admin1"}


@pytest.mark.parametrize("gap, listed", [
    (", ", True), (" and ", True), (", and one in ", True), (", 14 in ", True),
    (", three new cases in ", True), ("; two in ", True), (" or dozens in the ", True),
    (", which lies in ", False), ("; ", False), (" in ", False), (", 14 km from ", False),
])
def test_a_tally_gap_separates_list_members(gap: str, listed: bool) -> None:
    assert bool(_LIST_GAP.match(gap)) is listed
    assert bool(re.fullmatch(list_separator(load_lexicon()), gap)) is listed


def test_a_possessive_inside_a_name_keeps_the_name_whole(finder: PlaceFinder) -> None:
    found = places(finder, "Figures came from the health ministry of the People's Republic of China.")
    assert found["People's Republic of China"].country == "CHN"
    # a possessive between two names still parts them
    assert set(places(finder, "Officials said Kenya's Nairobi had no cases.")) == {"Kenya", "Nairobi"}


def test_a_name_with_an_elided_particle_is_one_name(finder: PlaceFinder) -> None:
    found = places(finder, "Cholera reached Burkina Faso, Cote d'Ivoire and Guinea.")
    assert found["Cote d'Ivoire"].country == "CIV"


def test_an_article_opening_a_quotation_glues_nothing(finder: PlaceFinder) -> None:
    found = places(finder, 'The envoy said: "The U.S. is sending more aid to the region."')
    assert found["U.S."].country == "USA"
    # mid-sentence, a capitalised article still starts a title that is no place
    assert places(finder, "She read the report in The New York Times on Sunday.") == {}


def test_a_multiword_query_is_not_read_as_one_word(finder: PlaceFinder) -> None:
    """An office's name is no place: its words are not joined into a town's name."""
    found = places(finder, "The U.S. Department of Agriculture opened an inquiry.")
    assert all(c is None or c.country == "USA" for c in found.values())


def test_dotted_state_abbreviations_of_american_news(finder: PlaceFinder) -> None:
    found = places(finder, "Storms hit Charleston, S.C., and a courthouse in Albany, N.Y. closed.")
    assert (found["S.C."].name, found["S.C."].feature) == ("South Carolina", "admin1")
    assert (found["Albany"].country, found["Albany"].admin1) == ("USA", "NY")  # not Albany, Georgia


def test_from_vouches_for_a_transliterated_spelling(finder: PlaceFinder) -> None:
    """A one-word name known only by another spelling needs a place preposition; "from"
    is one, though not for actors ("a delegation from Hamas" stays no place)."""
    assert places(finder, "Families who fled from Makhmour returned on Sunday.")["Makhmour"].country == "IRQ"
    assert places(finder, "Families who fled Makhmour returned on Sunday.") == {}
    assert places(finder, "A delegation from Hamas arrived in Cairo.").keys() == {"Cairo"}
