"""Event places (news 43): quarters of Tripoli that the cities file lacks are places in Libya near
the capital; weapons named like villages abroad ("Grad rockets") are no places, and a crowded
quarter still stands in a locative phrase; a place after a pact's participle ("the truce
brokered in Geneva") is where the pact was made, not the scene of the event that names it; an
aid shipment sent to a country is not placed at the donor's loading base; a place in a motive
clause opened by "fearing" is not the scene. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer
from lapwing.places import PlaceFinder
from lapwing.places_resolve import distance_km

from event_helpers import of_type, place_name_of, place_of
from place_helpers import locate, places

DAY = "2026-02-11"
TRIPOLI = (32.887, 13.187)


@pytest.mark.parametrize("quarter", ["Abu Salim", "Ain Zara", "Souq al-Jumaa"])
def test_quarters_of_tripoli_are_libyan_places_near_the_capital(finder: PlaceFinder, quarter: str) -> None:
    text = f"Mortar rounds struck houses in {quarter} overnight, the municipal council said."
    reading = places(finder, text).get(quarter)
    assert reading is not None and reading.country == "LBY"
    assert distance_km(reading.lat, reading.lon, *TRIPOLI) < 15


def test_a_weapon_named_like_a_village_is_no_place_and_a_crowded_quarter_is_the_scene(explainer: Explainer) -> None:
    text = "Militiamen fired Grad rockets at a crowded quarter of Ain Zara on Sunday, killing two people."
    location = place_of(explainer, text, "ASSAULT", DAY)
    assert location is not None and location.name == "Ain Zara"


def test_the_place_a_truce_was_brokered_is_not_the_scene_of_its_breach(finder: PlaceFinder) -> None:
    text = ("Mortars hit the bus station of Ganja on Monday, the regional governor said, calling the attack "
            "a blatant breach of the truce brokered in Geneva.")
    location = locate(finder, text, "breach")
    assert location is None or location.name != "Geneva"


def test_a_truce_that_is_the_trigger_keeps_the_place_it_was_brokered_in(finder: PlaceFinder) -> None:
    location = locate(finder, "The truce mediated in Cairo took hold on Friday.", "truce")
    assert location is not None and location.name == "Cairo"


def test_a_pact_signed_as_the_sentence_verb_keeps_its_place(explainer: Explainer) -> None:
    text = "The peace deal was signed in Juba on Monday by Sudanese rebels and government envoys."
    located = [e.location.name for e in explainer.analyse(text, DAY).events if e.location is not None]
    assert located and set(located) == {"Juba"}


@pytest.mark.parametrize("text", [
    "Kuwait airlifted food to war-torn Yemen on Monday, loading the cargo at an air base south of Kuwait City.",
    "Qatar sent 40 tonnes of medical aid to Lebanon from Al Udeid air base on Tuesday.",
    "Jordan today shipped medical supplies by air to quake-hit Turkey, loading three aircraft at an air base "
    "north of Amman.",
])
def test_aid_sent_to_a_country_is_not_placed_at_the_loading_base(explainer: Explainer, text: str) -> None:
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert aid.location is None or aid.location.country not in {"KWT", "QAT", "JOR"}


def test_aid_sent_to_a_country_keeps_its_crossing_there(explainer: Explainer) -> None:
    text = "Turkey delivered relief to Syria at the Bab al-Hawa crossing on Friday."
    location = place_of(explainer, text, "AID", DAY)
    assert location is not None and location.country == "SYR"


def test_an_air_base_flights_of_aid_land_at_is_their_place(explainer: Explainer) -> None:
    text = ("Medicines donated by Saudi Arabia and flown in to Wadi Sayyidna on Sunday will go to flood victims "
            "in Kassala, the relief commission said.")
    location = place_of(explainer, text, "AID", DAY)
    assert location is not None and location.country == "SDN" and location.name.startswith("Wadi Seidna")


def test_a_place_in_a_motive_clause_is_not_the_scene(explainer: Explainer) -> None:
    text = ("The Jordanian army reinforced its northern posts with two armoured battalions today, fearing "
            "spillover from fighting near Daraa.")
    assert place_name_of(explainer, text, "MOBILIZE", DAY) != "Daraa"
