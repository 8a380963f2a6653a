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


@pytest.mark.parametrize("text", [
    "Chinese Premier Li Keqiang landed in Addis Ababa on Sunday at the start of an eight-day African tour.",
    "French President Francois Hollande arrived in Nairobi on Sunday on a three-nation tour of East Africa.",
    "The Turkish foreign minister arrived in Baghdad on a surprise visit on Sunday.",
    "Indian Prime Minister Narendra Modi flew to Kathmandu on Sunday on a two-day state visit.",
    "French President Francois Hollande arrived in Bamako on Sunday as part of a regional tour.",
])
def test_a_leader_arriving_on_a_visit_or_a_tour_visits(explainer: Explainer, text: str) -> None:
    [event] = code(explainer, text, "2014-05-04")
    assert (event.type, event.mode) == ("CONSULT", "visit")


@pytest.mark.parametrize("text", [
    "Hundreds of tourists arrived in Bali on Sunday on a cruise tour.",
    "Kenyan troops arrived in Kismayo on Sunday on a patrol.",
])
def test_tourists_and_patrols_arriving_visit_no_one(explainer: Explainer, text: str) -> None:
    assert "CONSULT" not in coded_types(explainer, text, "2014-05-04")


@pytest.mark.parametrize("text, type_", [
    ("Taliban insurgents set 5 abducted deminers of a mine-clearing charity loose yesterday in Farah.", "RETREAT"),
    ("Kidnappers set the two hostages free near Gao on Tuesday.", "RETREAT"),
    ("Some 400 Kyrgyz servicemen and their armour reached Batken province yesterday.", "MOBILIZE"),
    ("The mines ministry rescinded 31 artisanal diamond mining licences in Kono district.", "SANCTION"),
    ("Seychellois and Mauritian coast guard vessels scoured the waters north of Mahe together today.",
     "COOPERATE"),
    ("Tanzanian police held opposition leader Freeman Mbowe and several party officials overnight.", "COERCE"),
])
def test_wordings_of_the_round(explainer: Explainer, text: str, type_: str) -> None:
    assert type_ in coded_types(explainer, text, DAY)


def test_dogs_set_loose_free_no_one(explainer: Explainer) -> None:
    text = "Police set dogs loose on the protesters in Nairobi on Tuesday."
    assert "RETREAT" not in coded_types(explainer, text, DAY)


def test_a_broadcasters_licence_withdrawn_stays_censorship(explainer: Explainer) -> None:
    # near miss: a licence of the press taken back silences it, whoever mines diamonds
    text = "Ethiopian authorities withdrew the broadcasting licence of an independent radio station."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode) == ("COERCE", "censor")


def test_craft_of_two_states_combing_the_sea_together(explainer: Explainer) -> None:
    text = ("A Mauritian coast guard vessel and a Seychellois patrol boat combed the seas north of Victoria "
            "on Saturday.")
    [event] = code(explainer, text, DAY)
    assert (event.type, sorted(known_countries(event.actors))) == ("COOPERATE", ["MUS", "SYC"])


@pytest.mark.parametrize("text, type_", [
    ("Sweden and Denmark halted budget support to Uganda on Tuesday over the theft of donor funds.", "SANCTION"),
    ("Britain provided budget support to Malawi worth 20 million pounds on Tuesday.", "AID"),
    ("Kazakhstan and China resumed cross-border freight traffic at the Khorgos crossing on Tuesday.", "COOPERATE"),
    ("Bolivia resumed natural gas sales to Argentina on Wednesday.", "COOPERATE"),
])
def test_budget_support_and_trade_resumed(explainer: Explainer, text: str, type_: str) -> None:
    assert coded_types(explainer, text, DAY) == [type_]
