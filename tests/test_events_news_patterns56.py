"""Event structure, sixth round (issue #4): background a sentence names beside its news codes
no event of its own. The act a reaction is "for" is its reason; a gerund after an article
("over the jailing of") anchors the news; what a plan, an accord or an aim holds is planned or hoped for; a consequence
participle of an attack ("halting flights") is no sanction; a refusal verb whose passive
subject holds a post removes him from it. "allege * that" is a finite verb even after a
hyphenated modifier. Each case keeps its main event."""

from __future__ import annotations

from functools import partial

import pytest

from lapwing.explain import Explainer

import event_helpers
from event_helpers import types

DAY = "2026-03-04"

code = partial(event_helpers.code, date=DAY)


@pytest.mark.parametrize(("text", "main"), [
    ("Oman's foreign minister expressed regret to Kuwait on Tuesday for the raid on a fishing boat in the Gulf.",
     "CONCEDE"),
    ("Libya's prime minister castigated the militia on Friday for seizing two ministers in Tripoli.", "ACCUSE"),
    ("Jordan's king praised Egypt on Monday for its mediation between the two factions.", "SUPPORT"),
])
def test_the_act_a_reaction_is_for_is_its_reason(explainer: Explainer, text: str, main: str) -> None:
    assert types(code(explainer, text)) == [main]


def test_a_gerund_after_an_article_anchors_the_news(explainer: Explainer) -> None:
    text = "Thousands of students marched through Tunis on Thursday over the jailing of a union leader."
    assert types(code(explainer, text)) == ["PROTEST"]


@pytest.mark.parametrize(("text", "main"), [
    ("Germany lent its support on Wednesday to Mali's plan for deploying troops along the border.", "SUPPORT"),
    ("Iraq and Syria struck a deal on Sunday on resuming oil exports through the Kirkuk pipeline.", "AGREE"),
    ("Kuwait poured cold water on Iraqi hopes of normalising ties with Damascus.", "REJECT"),
    ("Qatar hosted envoys of Sudan's army on Monday in a bid to halt the fighting in Darfur.", "CONSULT"),
])
def test_what_a_plan_an_accord_or_an_aim_holds_is_no_event(explainer: Explainer, text: str, main: str) -> None:
    assert types(code(explainer, text)) == [main]


def test_a_plan_to_act_is_still_told_as_intended(explainer: Explainer) -> None:
    text = "Israel's cabinet approved a plan to seize the Gaza port on Sunday."
    assert [e.modality for e in code(explainer, text) if e.type == "COERCE"] == ["intended"]


def test_a_consequence_of_an_attack_is_no_sanction(explainer: Explainer) -> None:
    text = ("A rocket fired by Hezbollah hit a factory in Haifa on Friday, wounding three workers and briefly "
            "halting flights at the airport.")
    assert types(code(explainer, text)) == ["ASSAULT"]


def test_a_post_holder_dismissed_is_no_refusal(explainer: Explainer) -> None:
    text = "Egypt's interior ministry said on Monday that two police officers would be dismissed."
    assert "REJECT" not in types(code(explainer, text))


def test_an_appeal_dismissed_is_still_a_refusal(explainer: Explainer) -> None:
    text = "Kuwait's top court dismissed an appeal by the Iraqi government on Monday."
    assert "REJECT" in types(code(explainer, text))


def test_allege_that_after_a_hyphenated_modifier_is_a_verb(explainer: Explainer) -> None:
    text = "Sudan's army-backed government alleged on Monday that Kenya was arming the rebels."
    (event,) = code(explainer, text)
    assert event.type == "ACCUSE" and event.actors[0].country == "SDN"
