"""Protests of session 35 (sentences written for these tests): a strike joined by workers is
theirs, a state that joined air strikes joined no protest, and a protest noun in a phrase of
manner ("stayed underground in a sit-in") is held by the clause's subject."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type

DAY = "2010-03-02"


def test_workers_who_join_a_strike_protest(explainer: Explainer) -> None:
    text = "Hundreds of teachers in Lusaka joined a strike over pay."
    assert "PROTEST" in coded_types(explainer, text, DAY) and "ASSAULT" not in coded_types(explainer, text, DAY)


def test_a_state_joining_strikes_joins_an_air_campaign(explainer: Explainer) -> None:
    text = "Denmark joined the strikes on militant positions in northern Iraq."
    assert "PROTEST" not in coded_types(explainer, text, DAY)


def test_a_sit_in_held_by_the_clause_subject(explainer: Explainer) -> None:
    text = "Bolivian tin miners stayed underground today in a sit-in demanding safer shafts."
    (event,) = of_type(explainer, text, "PROTEST", DAY)
    assert [a.country for a in event.actors] == ["BOL"]


def test_those_hurt_in_a_march_hold_no_protest_of_their_own(explainer: Explainer) -> None:
    text = "Two Bolivian policemen were hurt in a march in La Paz."
    assert not [e for e in of_type(explainer, text, "PROTEST", DAY) if any(a.sector == "COP" for a in e.actors)]
