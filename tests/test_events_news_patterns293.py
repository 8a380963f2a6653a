"""Session 51 (sentences written for these tests), from probe C24 and the opened cluster_test57:
relations broken without "off" and talks terminated (SANCTION); lawmakers walking out of
parliament (PROTEST); leaders of two states who "sat down" (CONSULT) and rescuers of two states
who "pooled" gear (COOPERATE); a peer introduced as "his Georgian neighbour"; army regulars as
troops; mosquito nets as relief."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, known_countries

DAY = "2031-05-09"


def test_relations_broken_and_talks_terminated_are_sanctions(explainer: Explainer) -> None:
    [event] = code(explainer, "Panama broke diplomatic relations with Taiwan on Friday.", DAY)
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("SANCTION", ["PAN"], ["TWN"])
    [event] = code(explainer, "Colombia's president terminated peace talks with the ELN on Friday.", DAY)
    assert (event.type, countries(event.actors)) == ("SANCTION", ["COL"])


def test_lawmakers_walking_out_of_parliament_protest(explainer: Explainer) -> None:
    text = "Deputies of Kenya's main opposition party walked out of parliament in Nairobi on Friday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("PROTEST", ["KEN"])
    # near miss: prisoners who walk out of a jail are freed, not protesting
    assert all(e.type != "PROTEST" for e in code(explainer, "Four inmates walked out of prison in Nairobi.", DAY))


def test_two_states_sitting_down_consult_and_pooling_gear_cooperate(explainer: Explainer) -> None:
    text = "The leaders of Armenia and Georgia sat down on Friday at a lakeside residence near Dilijan."
    [event] = code(explainer, text, DAY)
    assert (event.type, known_countries(event.actors)) == ("CONSULT", ["ARM", "GEO"])
    text = "Swiss and Italian mountain rescuers pooled ropes and a helicopter on Friday near Zermatt."
    [event] = code(explainer, text, DAY)
    assert (event.type, known_countries(event.actors)) == ("COOPERATE", ["CHE", "ITA"])
    # near miss: one party sitting down or pooling its own money meets or works with no one
    assert all(e.type != "CONSULT" for e in code(explainer, "Swiss farmers sat down on the road near Bern.", DAY))


def test_a_peer_introduced_as_a_neighbour_acts_too(explainer: Explainer) -> None:
    text = "Ilham Aliyev and his Georgian neighbour Mikheil Saakashvili conferred today at a residence outside Baku."
    [event] = code(explainer, text, "2007-05-09")
    assert (event.type, known_countries(event.actors)) == ("CONSULT", ["AZE", "GEO"])


def test_army_regulars_are_troops_and_mosquito_nets_relief(explainer: Explainer) -> None:
    [event] = code(explainer, "Ecuador's army rushed 400 regulars to the Peruvian border on Friday.", DAY)
    assert (event.type, countries(event.actors)) == ("MOBILIZE", ["ECU"])
    [event] = code(explainer, "Japan shipped 20,000 mosquito nets to villages in Laos on Friday.", DAY)
    assert (event.type, countries(event.actors)) == ("AID", ["JPN"])
    # near miss: fishing nets shipped in trade are no aid
    assert code(explainer, "Japan shipped fishing nets to Vietnam on Friday.", DAY) == []


def test_talks_resumed_past_an_aside_are_held_by_the_parties_heading_the_clause(explainer: Explainer) -> None:
    text = "Ethiopia and the TPLF, which has fought the federal army since 2020, resumed talks in Pretoria on Friday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("CONSULT", ["ETH", "ETH"])
