"""Event places (news 35): a quarter named "the X district of eastern Y" within a few km of
the city Y is that quarter, not the ring of villages around X (a district of a province
far from its seat still is); a suburb that an apposition puts "on the edge of" or "in the
countryside of" a city is the scene, not the city; quarters and camps of Beirut's and
Damascus's suburbs and the Arabic name of the Kerem Shalom crossing are known. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import place_of

DAY = "2025-09-17"


def _place(explainer: Explainer, text: str, type_: str):
    return place_of(explainer, text, type_, DAY)


@pytest.mark.parametrize("text, name", [
    ("A roadside bomb wounded three soldiers in the Ghazaliya district of western Baghdad today, police said.",
     "Ghazaliya"),
    ("Gunmen shot dead a shop owner in the Karrada area of central Baghdad this morning, a police source said.",
     "Karrada"),
])
def test_a_city_quarter_named_as_a_district_of_the_city_is_no_vicinity(explainer: Explainer, text: str,
                                                                       name: str) -> None:
    place = _place(explainer, text, "ASSAULT")
    assert place is not None and place.name == name and place.precision != "vicinity"


def test_a_district_far_from_the_town_after_of_stays_a_vicinity(explainer: Explainer) -> None:
    text = "Gunmen attacked an army checkpoint in the Tuz Khurmatu district of Kirkuk today, officials said."
    place = _place(explainer, text, "ASSAULT")
    assert place is not None and place.precision == "vicinity"


@pytest.mark.parametrize("text, town", [
    ("Hundreds of residents of Douma, on the north-eastern edge of Damascus, protested today against bread "
     "shortages, activists said.", "Douma"),
    ("Dozens of villagers of Kafr Nabl, in the southern countryside of Idlib, protested today against a rise in "
     "fuel prices, activists said.", "Kafr Nabl"),
])
def test_a_suburb_an_apposition_locates_by_a_city_is_the_scene(explainer: Explainer, text: str, town: str) -> None:
    place = _place(explainer, text, "PROTEST")
    assert place is not None and place.country == "SYR" and place.text == town


@pytest.mark.parametrize("text, type_, name", [
    ("Lebanese soldiers arrested two gunmen in the Shatila refugee camp today, the army said.", "COERCE",
     "Shatila camp"),
    ("An Israeli drone struck a flat in Haret Hreik today, the civil defence said.", "ASSAULT", "Haret Hreik"),
    ("Troops detained four smugglers in Bourj el-Barajneh today, the army said.", "COERCE", "Burj al-Barajneh"),
    ("Students rallied in Mazzeh today against the closure of their dormitory, witnesses said.", "PROTEST",
     "Mezzeh"),
])
def test_quarters_and_camps_of_beirut_and_damascus_are_known(explainer: Explainer, text: str, type_: str,
                                                             name: str) -> None:
    place = _place(explainer, text, type_)
    assert place is not None and place.name == name


def test_the_arabic_name_of_kerem_shalom_is_known(explainer: Explainer) -> None:
    text = "Forty Egyptian aid trucks entered the Gaza Strip via the Karm Abu Salem crossing today, officials said."
    place = _place(explainer, text, "AID")
    assert place is not None and place.name == "Kerem Shalom crossing"
