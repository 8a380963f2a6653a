"""Session 49 (sentences written for these tests), from probe C22: what troops are sent or
ordered somewhere to do ("to end the protests"), or joint operations are launched to do, is the
aim, not yet done; an inquiry a mission is sent to make stays its own act, as the PLOVER records
code it; a crowd camped on the highways into a capital protests."""

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


def test_what_joint_operations_are_launched_to_do_is_their_aim(explainer: Explainer) -> None:
    text = "Benin and Togo launched joint police operations on Monday to smash smuggling gangs."
    assert coded_types(explainer, text, DAY) == ["COOPERATE"]


def test_a_crowd_camped_on_the_highways_protests(explainer: Explainer) -> None:
    text = "Thousands of farmers camped on the highways into Lima on Monday."
    assert coded_types(explainer, text, DAY) == ["PROTEST"]
    # near miss: people camped on a road with no crowd told are no protest
    assert coded_types(explainer, "Refugees camped on the road near the border on Monday.", DAY) == []
