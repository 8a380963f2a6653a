"""Wordings of session 36 (sentences written for these tests): forces of two states that
begin, start or go out on a joint patrol work together, while one state's patrols begun put
its forces on the ground; an accord initialled by the presidents of several states is signed
by each of them."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, coded_types, known_countries

DAY = "2015-10-23"


@pytest.mark.parametrize("text", [
    "Ethiopian and Djiboutian security forces began joint patrols along their common border on Thursday.",
    "Malian and Nigerien troops started combined patrols near Menaka on Tuesday.",
    "Kenyan police went out on a joint patrol with Ugandan officers near Busia.",
])
def test_a_joint_patrol_begun_is_cooperation(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["COOPERATE"]


def test_one_states_patrols_begun_are_a_mobilisation(explainer: Explainer) -> None:
    text = "Nigerian troops began patrols along the border with Cameroon on Tuesday."
    assert coded_types(explainer, text, DAY) == ["MOBILIZE"]


def test_an_accord_initialled_by_three_presidents(explainer: Explainer) -> None:
    text = "The presidents of Bosnia, Croatia and Serbia initialled a peace agreement in Dayton on Tuesday."
    [event] = code(explainer, text, "1995-11-22")
    assert (event.type, sorted(known_countries(event.actors))) == ("SUPPORT", ["BIH", "HRV", "SRB"])
