"""Session 49 (sentences written for these tests), from probe C22: what troops are sent or
ordered somewhere to do ("to end the protests") is the deployment's aim, not yet done; an
inquiry a mission is sent to make stays its own act, as the PLOVER records code it."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types

DAY = "2031-04-19"


def test_what_troops_are_sent_to_do_is_their_aim(explainer: Explainer) -> None:
    text = "Togo's president ordered troops into Lome on Monday to end three weeks of protests."
    assert coded_types(explainer, text, DAY) == ["MOBILIZE"]


def test_an_inquiry_a_mission_is_sent_to_make_stays(explainer: Explainer) -> None:
    text = "The African Union sent 12 officers to Bangui on Monday to investigate the killings."
    assert "ACCUSE" in coded_types(explainer, text, DAY)
