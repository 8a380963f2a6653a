"""Where an event happened, third round on cluster_test18 (sentences our own): a country
named in a background clause does not let the dateline place the event, and the document's
other countries (dateline, organisations, nationalities) choose between homonymous cities."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import locate


def countries_of(finder: PlaceFinder, text: str, name: str) -> list[str | None]:
    return [r.candidate.country if r.candidate else None for r in finder.find(text) if r.found.text == name]


def test_a_background_clause_country_does_not_place_by_the_dateline(finder: PlaceFinder) -> None:
    text = ("ANKARA - Israeli commandos intercepted a cargo ship in open waters on Monday, "
            "as Turkey's foreign ministry called for the crew to be freed.")
    assert locate(finder, text, "intercepted") is None


def test_the_dateline_country_named_in_the_events_own_clause_still_places_it(finder: PlaceFinder) -> None:
    text = "BEIRUT - Lebanon's army detained four smugglers on Monday."
    place = locate(finder, text, "detained")
    assert place is not None and place.country == "LBN"


def test_a_dateline_chooses_the_homonymous_city(finder: PlaceFinder) -> None:
    assert countries_of(finder, "BEIRUT - Fishermen protested in Tripoli on Monday.", "Tripoli") == ["LBN"]


def test_an_organisation_of_the_country_chooses_the_homonymous_city(finder: PlaceFinder) -> None:
    text = "A tanker delivered fuel to Tripoli on Monday for EDL's power stations."
    assert countries_of(finder, text, "Tripoli") == ["LBN"]


def test_with_no_other_country_the_bigger_city_is_meant(finder: PlaceFinder) -> None:
    assert countries_of(finder, "Fishermen protested in Tripoli on Monday.", "Tripoli") == ["LBY"]


def test_a_small_namesake_never_outvotes_a_metropolis(finder: PlaceFinder) -> None:
    text = "WASHINGTON - The envoys met in Paris on Monday, American officials said."
    assert countries_of(finder, text, "Paris") == ["FRA"]


def test_a_dateline_does_not_vote_for_its_own_homonym(finder: PlaceFinder) -> None:
    """"TRIPOLI -" is read by the same gazetteer as the "Tripoli" it heads, so it cannot
    decide between the two Tripolis; a Lebanese company named with its particle
    ("Electricite du Liban") can."""
    text = "TRIPOLI - A tanker carrying fuel for Electricite du Liban docked at Tripoli port on Monday."
    assert {r.candidate.country for r in finder.find(text) if r.candidate} == {"LBN"}
