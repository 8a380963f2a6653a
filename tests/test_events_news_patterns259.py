"""Modality of acts foretold, expected, scheduled or put on a condition, and reports made in a
contrasting clause: "could send troops if" hinges on its condition (hypothetical), "would
likely reject" and "are expected to hand in" are forecasts (possible), "is due to host" is
scheduled (intended), and "although Romania said" reports Romania's stand only. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code

DAY = "1998-05-20"


def readings(explainer: Explainer, text: str) -> list[tuple[str, str]]:
    """(type, modality) of every event coded on ``text``."""
    return [(event.type, event.modality) for event in code(explainer, text, DAY)]


@pytest.mark.parametrize("text, type_", [
    ("Kenya could send troops to Somalia if the Shabaab attacks continue, analysts in Nairobi suggested.",
     "MOBILIZE"),
    ("Nigerian dock workers would stage a strike only if the port authority cut their wages, "
     "a union leader told reporters.", "PROTEST"),
])
def test_an_act_on_a_stated_condition_is_hypothetical(explainer: Explainer, text: str, type_: str) -> None:
    assert (type_, "hypothetical") in readings(explainer, text)


@pytest.mark.parametrize("text, type_, modality", [
    ("Kenya could send troops to Somalia, analysts in Nairobi suggested.", "MOBILIZE", "possible"),
    ("Nigerian dock workers would stage a strike even if the port authority raised their wages, "
     "a union leader told reporters.", "PROTEST", "intended"),
])
def test_no_condition_or_a_concession_leaves_the_modal_reading(explainer: Explainer, text: str, type_: str,
                                                               modality: str) -> None:
    assert (type_, modality) in readings(explainer, text)


@pytest.mark.parametrize("text, type_", [
    ("Nepal's parliament would probably reject the water treaty, an opposition lawmaker predicted.", "REJECT"),
    ("Rebels in Ituri are expected to hand in their weapons under the new accord, officials in Kinshasa said.",
     "RETREAT"),
    ("Talks between Serbian and Albanian officials were expected to begin in Vienna next month, diplomats said.",
     "CONSULT"),
])
def test_a_forecast_is_possible(explainer: Explainer, text: str, type_: str) -> None:
    assert (type_, "possible") in readings(explainer, text)


def test_an_act_due_to_take_place_is_intended(explainer: Explainer) -> None:
    text = "Zambia's trade minister is due to host his Malawian counterpart in Lusaka on Tuesday."
    assert ("CONSULT", "intended") in readings(explainer, text)


def test_due_to_before_a_noun_names_a_cause_not_a_plan(explainer: Explainer) -> None:
    text = "The shortages were due to shelling by rebel artillery near Goma, aid workers said."
    assert all(modality != "intended" for _, modality in readings(explainer, text))


@pytest.mark.parametrize("text, type_", [
    ("Poland and Lithuania moved quickly to recognise Montenegro's independence, although Romania said "
     "it would wait.", "SUPPORT"),
    ("Chile imposed new tariffs on Argentine beef, but Buenos Aires said it would not retaliate.", "SANCTION"),
])
def test_a_report_in_a_contrasting_clause_does_not_reach_back(explainer: Explainer, text: str,
                                                              type_: str) -> None:
    (event,) = [e for e in code(explainer, text, DAY) if e.type == type_]
    assert event.modality == "asserted" and event.attribution is None
