"""Event lexicon: contraband intercepted is seized; people "behind bars" now are arrested; a
crowd's blockade of a road, or a crowd parked on one, is a protest (a state's blockade is
not); "any move would meet a response" and a party put on a target list are threats.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, of_type

DAY = "2025-05-14"


@pytest.mark.parametrize("text", [
    "Kenyan police on Friday intercepted a consignment of heroin hidden in a lorry at the Namanga border post.",
    "Tanzanian police intercepted a large cannabis shipment at the port of Dar es Salaam this morning.",
])
def test_contraband_intercepted_is_seized(explainer: Explainer, text: str) -> None:
    (seizure,) = of_type(explainer, text, "COERCE", DAY)
    assert (seizure.mode, seizure.trigger.text) == ("seize", "intercepted")


def test_drones_intercepted_are_no_seizure(explainer: Explainer) -> None:
    assert of_type(explainer, "Iranian forces intercepted two drones over Isfahan, state media said.",
                   "COERCE", DAY) == []


@pytest.mark.parametrize("text", [
    "Three suspects were behind bars on Friday after police raided a workshop in Mombasa.",
    "Four smugglers are now behind bars after customs officers searched a truck near Agadez.",
])
def test_people_behind_bars_after_a_raid_are_arrested(explainer: Explainer, text: str) -> None:
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert arrest.mode == "arrest"


def test_a_prisoner_still_behind_bars_is_no_arrest(explainer: Explainer) -> None:
    assert of_type(explainer, "The opposition leader is still behind bars after two years.", "COERCE", DAY) == []


@pytest.mark.parametrize("text", [
    "The farmers' blockade of the main highway near Lyon lasted six hours.",
    "Striking truckers' blockade of Route 9 near Curitiba lasted until dawn.",
])
def test_a_crowds_blockade_of_a_road_is_a_protest(explainer: Explainer, text: str) -> None:
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert (protest.mode, protest.trigger.text) == ("obstruct", "blockade")


def test_a_states_blockade_of_a_road_is_no_protest(explainer: Explainer) -> None:
    text = "Azerbaijan's blockade of the Lachin road entered its third month."
    assert [e.type for e in code(explainer, text, DAY)] == ["COERCE"]


def test_a_crowd_parked_on_a_road_protests(explainer: Explainer) -> None:
    text = ("Hundreds of taxi drivers parked themselves on the airport expressway in Nairobi on Monday, "
            "bringing traffic to a halt.")
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert (protest.mode, protest.trigger.text) == ("obstruct", "parked")


def test_any_move_that_would_meet_a_response_is_a_threat(explainer: Explainer) -> None:
    text = ("The Azerbaijani defence ministry said on Sunday that any Armenian move on Nakhchivan would meet "
            "'a reply Yerevan will regret'.")
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert threat.mode == "violence"
    assert "AZE" in {a.country for a in threat.actors}


def test_a_response_met_in_the_past_is_no_threat(explainer: Explainer) -> None:
    text = "The army met a firm response from the rebels when it advanced on the town."
    assert of_type(explainer, text, "THREATEN", DAY) == []


@pytest.mark.parametrize("text", [
    "The Houthis on Sunday added American oil tankers to their list of targets, a spokesman for the group said.",
    "Hezbollah put Israeli gas platforms off Haifa on its target list, its leader said in a televised speech.",
])
def test_a_party_put_on_a_target_list_is_threatened(explainer: Explainer, text: str) -> None:
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert threat.mode == "violence"
