"""Wordings of session 39 (sentences written for these tests): a day adjunct between a verb and
its object ("signed on Monday a loan accord") is no part of the object, so a key's gap is
counted after it; an infinitive after the day ("met on Monday to discuss the conditions") is
no object, and the gap is counted from the verb as before."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type

DAY = "2041-05-09"


def test_a_day_between_a_verb_and_a_long_object_is_skipped(explainer: Explainer) -> None:
    text = "Ghana and the World Bank sealed on Tuesday a 90m-dollar borrowing deal for rural roads."
    [signing] = of_type(explainer, text, "SUPPORT", DAY)
    assert {a.actor_id for a in signing.actors} >= {"GHA"}
    text = "Peru and Chile sealed yesterday a long-delayed fisheries accord."
    assert "SUPPORT" in coded_types(explainer, text, DAY)


def test_an_infinitive_after_the_day_is_no_object(explainer: Explainer) -> None:
    text = "Spain and Morocco met on Monday to discuss the conditions of the fishing accord."
    assert "CONSULT" in coded_types(explainer, text, DAY)
