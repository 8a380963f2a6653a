"""Near misses of the phrasings of test_events_news_patterns242, which must not change: dialogue
asked for is no talks held, an ambassador summoned without "home" is a reprimand, security
heightened with no one doing it is no deployment, a senator who "slammed" a plan attacks
nothing, supporters rallied are no fighters sent to a front. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, of_type

DAY = "2025-06-12"  # a Thursday


def test_dialogue_called_for_is_no_consultation(explainer: Explainer) -> None:
    assert not of_type(explainer, "Venezuela called for dialogue with the opposition.", "CONSULT", DAY)


def test_an_ambassador_summoned_is_a_reprimand_not_a_recall(explainer: Explainer) -> None:
    text = "The foreign minister summoned the French ambassador on Monday."
    assert not of_type(explainer, text, "SANCTION", DAY)


def test_security_heightened_by_no_one_is_no_mobilisation(explainer: Explainer) -> None:
    assert not of_type(explainer, "Security was heightened across the capital ahead of the vote.", "MOBILIZE", DAY)


def test_a_plan_slammed_is_no_attack(explainer: Explainer) -> None:
    assert not of_type(explainer, "The senator slammed the plan on Monday.", "ASSAULT", DAY)


def test_rallied_supporters_are_a_rally(explainer: Explainer) -> None:
    events = code(explainer, "Opposition leaders rallied thousands of supporters in Minsk.", DAY)
    assert not [e for e in events if e.type == "MOBILIZE"]
