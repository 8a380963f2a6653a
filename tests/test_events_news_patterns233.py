"""Lexicon: roads a crowd brings "to a standstill", squats on or paralyses; pleas told as
"entreated" or "importuned"; captives "granted freedom", "allowed to sail home" or whose
"detention" a state "ended". Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type

DAY = "2024-06-18"


# PROTEST: a road stopped by a crowd

def test_growers_brought_a_road_to_a_standstill(explainer: Explainer) -> None:
    events = of_type(explainer, "Cotton growers of Sindh brought the Hyderabad-Karachi highway to a "
                     "standstill this afternoon.", "PROTEST", DAY)
    assert [e.mode for e in events] == ["obstruct"]


def test_teachers_squatted_on_a_highway(explainer: Explainer) -> None:
    (sit_in,) = of_type(explainer, "Hundreds of teachers squatted on the highway near Peshawar, demanding "
                        "unpaid salaries.", "PROTEST", DAY)
    assert sit_in.mode == "obstruct"


def test_farmers_squatting_on_the_asphalt(explainer: Explainer) -> None:
    events = of_type(explainer, "About 3,000 farmers squatted on the asphalt near Bahawalpur for four "
                     "hours on Monday.", "PROTEST", DAY)
    assert events and events[0].mode == "obstruct"


def test_villagers_sat_on_the_main_road(explainer: Explainer) -> None:
    (sit_in,) = of_type(explainer, "Villagers sat on the main road near Kasur for six hours after the "
                        "killing.", "PROTEST", DAY)
    assert sit_in.mode == "obstruct"


def test_truckers_paralysed_traffic(explainer: Explainer) -> None:
    (blockade,) = of_type(explainer, "Truckers paralysed traffic on the ring road for hours to protest "
                          "fuel prices.", "PROTEST", DAY)
    assert blockade.mode == "obstruct"


def test_snow_bringing_traffic_to_a_standstill_is_no_protest(explainer: Explainer) -> None:
    assert "PROTEST" not in coded_types(explainer, "Heavy snow brought traffic to a standstill on the "
                                        "Salang highway.", DAY)


def test_a_lorry_sitting_on_a_road_is_no_protest(explainer: Explainer) -> None:
    assert "PROTEST" not in coded_types(explainer, "A broken-down lorry sat on the road near Multan "
                                        "for hours.", DAY)


# REQUEST: pleas in the wire's rarer verbs

def test_entreated_donors_to_fund(explainer: Explainer) -> None:
    (plea,) = of_type(explainer, "The Somali president entreated the African Union to send more "
                      "troops.", "REQUEST", DAY)
    assert [a.country for a in plea.actors] == ["SOM"]
    assert [r.country for r in plea.recipients] == ["IGO"]


def test_importuned_donors(explainer: Explainer) -> None:
    (plea,) = of_type(explainer, "The Jordanian minister importuned Gulf donors to pay for the new "
                      "hospital.", "REQUEST", DAY)
    assert [a.country for a in plea.actors] == ["JOR"]


def test_entreaty_holds_no_troops_sent(explainer: Explainer) -> None:
    assert "MOBILIZE" not in coded_types(explainer, "The Somali president entreated the African Union "
                                         "to send more troops.", DAY)


# RETREAT: the held released in other words

def test_granted_freedom_to_jailed_fishermen(explainer: Explainer) -> None:
    (release,) = of_type(explainer, "Sri Lankan authorities granted freedom today to 25 Indian fishermen "
                         "held for poaching.", "RETREAT", DAY)
    assert release.mode == "release"
    assert [a.country for a in release.actors] == ["LKA"]
    assert [r.country for r in release.recipients] == ["IND"]


def test_granted_the_detained_sailors_their_freedom(explainer: Explainer) -> None:
    (release,) = of_type(explainer, "The Iranian authorities granted the three detained British sailors "
                         "their freedom on Monday.", "RETREAT", DAY)
    assert [r.country for r in release.recipients] == ["GBR"]


def test_freedom_granted_to_the_press_frees_no_one(explainer: Explainer) -> None:
    assert "RETREAT" not in coded_types(explainer, "The Ethiopian government granted greater freedom "
                                        "to the press.", DAY)


def test_jailed_fishermen_allowed_to_sail_home(explainer: Explainer) -> None:
    events = coded_types(explainer, "Myanmar allowed 30 Bangladeshi fishermen jailed for illegal "
                         "fishing to sail home on Friday.", DAY)
    assert "RETREAT" in events
    assert "CONCEDE" not in events


def test_held_fishermen_allowed_to_return_home(explainer: Explainer) -> None:
    (release,) = of_type(explainer, "Pakistan allowed 20 Indian fishermen held in Karachi to return home "
                         "on Tuesday.", "RETREAT", DAY)
    assert [a.country for a in release.actors] == ["PAK"]


def test_refugees_allowed_home_are_no_captives(explainer: Explainer) -> None:
    assert "RETREAT" not in coded_types(explainer, "Kenya allowed Somali refugees to return home.", DAY)


def test_ended_their_detention(explainer: Explainer) -> None:
    text = ("Fishermen welcomed their colleagues home, India having ended their detention and returned "
            "their boats.")
    types = coded_types(explainer, text, DAY)
    assert "RETREAT" in types
    assert "COERCE" not in types


def test_ended_its_impoundment_of_a_trawler(explainer: Explainer) -> None:
    (release,) = of_type(explainer, "The Indian coast guard ended its impoundment of a Pakistani trawler "
                         "on Sunday.", "RETREAT", DAY)
    assert [a.country for a in release.actors] == ["IND"]
