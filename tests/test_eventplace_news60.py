"""Session 36 (sentences written for these tests): an agency that "learnt in" a capital
what it reports learnt it where it files from, no scene of the deed; troops that reach a
province are moved there, so the speaker's city after them is no scene either."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import locate


def test_troops_reaching_a_province_are_there_not_where_the_agency_learnt_it(finder: PlaceFinder) -> None:
    text = ("Some 400 Kyrgyz servicemen and their armour reached Batken province yesterday, the "
            "national agency Kabar learnt in Bishkek.")
    place = locate(finder, text, "reached")
    assert place is not None and place.name == "Batken"


def test_an_agreement_reached_keeps_the_capital_it_was_reached_in(finder: PlaceFinder) -> None:
    # near miss: a verbal act is no deed, so the place after the report stays its place
    text = "Kyrgyzstan and Tajikistan reached an accord on the border, the agency Kabar learnt in Bishkek."
    place = locate(finder, text, "reached")
    assert place is not None and place.name == "Bishkek"
