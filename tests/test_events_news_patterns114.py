"""Lexicon entries: a road's closure is coded as its blockade when someone is named closing
it; a flotilla intercepted is seized, with no aid given by its captor; "press" where it reads
as a noun is the news media; "blasted X as illegal" accuses; "would cross a red line"
threatens. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type

DAY = "2025-05-14"  # a Wednesday


def test_a_states_closure_of_a_highway_restricts_movement(explainer: Explainer) -> None:
    text = "The Syrian closure of the highway to Qamishli stranded hundreds of lorries on Tuesday."
    (closure,) = of_type(explainer, text, "COERCE", DAY)
    assert closure.trigger.text == "closure"
    assert [a.country for a in closure.actors] == ["SYR"]


def test_a_crowds_closure_of_a_motorway_is_a_protest(explainer: Explainer) -> None:
    text = "Farmers' closure of the motorway near Lyon entered a third day on Tuesday."
    assert coded_types(explainer, text, DAY) == ["PROTEST"]


@pytest.mark.parametrize("text", [
    "Heavy snow forced the closure of the highway to Erzurum on Tuesday.",
    "Roadworks led to the closure of the main road near Tabriz on Tuesday.",
])
def test_a_closure_no_one_is_named_doing_is_no_event(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == []


@pytest.mark.parametrize("text", [
    "Egyptian naval units intercepted a Gaza-bound aid flotilla off El Arish on Tuesday.",
    "Greece's interception of a Libya-bound aid flotilla angered Tripoli on Tuesday.",
])
def test_an_aid_flotilla_intercepted_is_seized_and_no_aid(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["COERCE"]


def test_an_aid_convoy_sent_is_still_aid(explainer: Explainer) -> None:
    assert coded_types(explainer, "Jordan sent an aid convoy to Gaza on Tuesday.", DAY) == ["AID"]


def test_the_press_after_an_adjective_is_no_request(explainer: Explainer) -> None:
    text = "Tunisia's president has silenced the independent press, the opposition said on Tuesday."
    assert "REQUEST" not in coded_types(explainer, text, DAY)


def test_pressing_a_state_is_still_a_request(explainer: Explainer) -> None:
    text = "Egypt pressed Israel on Tuesday to let more lorries into Gaza."
    assert coded_types(explainer, text, DAY) == ["REQUEST"]


@pytest.mark.parametrize("text", [
    "Hungary's foreign minister on Tuesday blasted the EU decision as illegal.",
    "Beijing on Tuesday blasted the Philippine drills near Scarborough Shoal as a provocation.",
])
def test_blasting_an_act_as_unlawful_accuses(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["ACCUSE"]


def test_jets_blasting_positions_as_troops_advance_accuse_no_one(explainer: Explainer) -> None:
    text = "Israeli jets blasted Hamas positions as troops advanced into Rafah on Tuesday."
    assert "ACCUSE" not in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text", [
    "Jordan said on Tuesday that any expulsion of West Bank residents would cross a red line.",
    "Baghdad said on Tuesday that a Turkish push toward Kirkuk would cross its red lines.",
])
def test_an_act_that_would_cross_a_red_line_is_threatened(explainer: Explainer, text: str) -> None:
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert threat.trigger.text == "would"


@pytest.mark.parametrize("text", [
    "Houthi drones struck a bulk carrier in the Red Sea on Tuesday.",
    "Israel has crossed every red line in Gaza, Jordan's king said on Tuesday.",
])
def test_the_red_sea_and_a_red_line_crossed_threaten_no_one(explainer: Explainer, text: str) -> None:
    assert "THREATEN" not in coded_types(explainer, text, DAY)
