"""Event structure: a market's demand is no request; an act inside a nominal call ("calls to
repeal", "pressure on X to repeal") is demanded, not done; a visit's participle after a verb of
telling beside an earlier act is background; an event noun that talks go over is their topic,
no event of their day; "were on the line on Monday" dates the call. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, of_type, types

DAY = "2025-05-14"  # a Wednesday


@pytest.mark.parametrize("text", [
    "Farmers blocked the highway to Eldoret yesterday, as the grid buckles under soaring demand and reduced power "
    "imports from Uganda.",
    "Rolling blackouts hit Lusaka yesterday as demand for electricity outstripped supply from Zimbabwe's Kariba "
    "plant.",
])
def test_a_markets_demand_is_no_request(explainer: Explainer, text: str) -> None:
    assert "REQUEST" not in types(code(explainer, text, DAY))


def test_a_partys_demand_is_still_a_request(explainer: Explainer) -> None:
    text = "The Ugandan opposition renewed its demand today for the release of jailed activists from the government."
    assert [e.trigger.text for e in of_type(explainer, text, "REQUEST", DAY)] == ["demand"]


@pytest.mark.parametrize("text", [
    "The governing party in Chisinau stood firm today amid Western calls to scrap the media law.",
    "Brussels kept up pressure on Budapest today to repeal its sovereignty law.",
])
def test_an_act_a_nominal_call_seeks_is_not_done(explainer: Explainer, text: str) -> None:
    assert "CONCEDE" not in types(code(explainer, text, DAY))


def test_a_call_verb_before_its_purpose_is_no_call_noun(explainer: Explainer) -> None:
    (support,) = of_type(explainer, "Putin calls to congratulate Tokayev on his victory.", "SUPPORT", DAY)
    assert [a.actor_id for a in support.actors] == ["vladimir_putin"]


def test_a_visit_told_after_an_earlier_act_is_background(explainer: Explainer) -> None:
    text = ("President Kassym-Jomart Tokayev asked the World Bank today to release frozen funds for Kazakhstan's rail "
            "network, telling visiting Japanese envoys that the country cannot modernise without them.")
    assert types(code(explainer, text, DAY)) == ["REQUEST"]


@pytest.mark.parametrize("text, day", [
    ("King Abdullah spoke by telephone today with Egyptian President Abdel Fattah al-Sisi about the bombing of the "
     "children's hospital in Khartoum.", DAY),
    ("King Abdullah and Egyptian President Abdel Fattah al-Sisi were on the phone for half an hour on Tuesday, going "
     "through the assassination of the Hezbollah commander and trade figures, according to a readout.", "2025-05-13"),
])
def test_an_event_talks_go_over_is_their_topic(explainer: Explainer, text: str, day: str) -> None:
    events = code(explainer, text, DAY)
    assert types(events) == ["CONSULT"] and events[0].date is not None and events[0].date.value == day


def test_an_act_the_talks_came_after_is_kept(explainer: Explainer) -> None:
    text = "The talks came after Israeli troops killed four fishermen off Gaza on Sunday."
    assert [e.trigger.text for e in of_type(explainer, text, "ASSAULT", DAY)] == ["killed"]


def test_being_on_the_line_is_dated_by_its_day(explainer: Explainer) -> None:
    text = ("King Abdullah and Egyptian President Abdel Fattah al-Sisi were on the line on Monday, the royal court "
            "said.")
    (call,) = of_type(explainer, text, "CONSULT", DAY)
    assert call.date is not None and call.date.value == "2025-05-12"
