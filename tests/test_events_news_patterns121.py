"""Recalled events and relative clauses: an earlier day's act named after the news as what is
mourned, buried or included is background; a party owned by a possessive after a comma ends a
verb's content; a perfect in a relative clause without a pronoun ("the aid Qatar has pledged")
tells an earlier act; "X wants Y to act" asks Y, "X wants to act" asks no one; a state told with
its onset ("a detention that began when ...") is older than the news. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, coded_types, of_type

DAY = "2025-03-11"  # a Tuesday


@pytest.mark.parametrize("text", [
    "Gunmen ambushed an army convoy near Deir ez-Zor this morning, killing three soldiers, a monitor said; "
    "far to the west, Afrin was burying the victims of Sunday's car bombing.",
    "Police arrested four suspects in Mosul on Tuesday, as residents mourned the dead of Sunday's car bombing.",
    "Teachers in Isfahan walked out of their classrooms today over unpaid salaries, the latest in a wave of "
    "protests that included Sunday's pensioner rallies in Tabriz.",
])
def test_an_earlier_days_act_recalled_after_the_news_is_background(explainer: Explainer, text: str) -> None:
    events = code(explainer, text, DAY)
    assert events and all(e.date is None or e.date.value[:10] == DAY for e in events)


@pytest.mark.parametrize("text", [
    "Sunday's car bombing killed nine people in Afrin, a monitor said.",
    "In Afrin, a fourth victim of Sunday's drone strike died in hospital on Tuesday, a monitor said.",
])
def test_an_earlier_days_act_heading_its_sentence_stays_news(explainer: Explainer, text: str) -> None:
    events = of_type(explainer, text, "ASSAULT", DAY)
    assert [e.date.value[:10] for e in events] == ["2025-03-09"]


def test_a_possessed_party_after_a_comma_is_no_recipient(explainer: Explainer) -> None:
    text = ("Hamas rejected demands on Tuesday for armed groups to hand over their rockets, its political chief "
            "Khalil al-Hayya saying the movement would keep them.")
    (reject,) = of_type(explainer, text, "REJECT", DAY)
    assert [a.text for a in reject.actors] == ["Hamas"]
    assert reject.recipients == []


def test_a_party_right_after_a_comma_still_ends_the_content(explainer: Explainer) -> None:
    text = "Hamas rejected demands on Tuesday for armed groups to disarm, Egypt said."
    (reject,) = of_type(explainer, text, "REJECT", DAY)
    assert reject.recipients == []


@pytest.mark.parametrize("text", [
    "A Qatari cargo plane full of tents landed in Amman on Tuesday, the first of several relief flights Qatar "
    "has promised Jordan, the ministry said.",
    "Turkey flew tents to Beirut on Tuesday, part of the aid Ankara has pledged Lebanon, the ministry said.",
])
def test_a_perfect_in_a_relative_without_pronoun_is_background(explainer: Explainer, text: str) -> None:
    assert "AGREE" not in coded_types(explainer, text, DAY)
    assert "AID" in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text", [
    "Turkey flew tents to Beirut on Tuesday, and over the past week Qatar has promised Jordan more relief flights, "
    "the minister said.",
    "Several relief flights Qatar has promised Jordan are yet to leave, the minister said.",
])
def test_a_perfect_stays_news_in_a_main_clause_or_alone(explainer: Explainer, text: str) -> None:
    (promise,) = of_type(explainer, text, "AGREE", DAY)
    assert promise.recipients and promise.recipients[0].country == "JOR"


@pytest.mark.parametrize("text", [
    "The Iraqi prime minister wants Turkey to release more water from its dams, he told reporters on Tuesday.",
    "Egypt wanted Israel to withdraw from the Philadelphi corridor, an official said on Tuesday.",
])
def test_wanting_a_party_to_act_is_a_request(explainer: Explainer, text: str) -> None:
    (request,) = of_type(explainer, text, "REQUEST", DAY)
    assert request.recipients and request.recipients[0].country in {"TUR", "ISR"}
    assert coded_types(explainer, text, DAY) == ["REQUEST"]


@pytest.mark.parametrize("text", [
    "Iran wants to attack Israel, a general said on Tuesday.",
    "The Lebanese army wants to deploy along the border, its commander said on Tuesday.",
])
def test_wanting_to_act_oneself_is_no_request(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "REQUEST", DAY) == []


def test_a_state_told_with_its_onset_is_background(explainer: Explainer) -> None:
    text = ("Egypt freed a Greek cargo ship and its crew on Tuesday, ending a detention that started when "
            "Egyptian navy boats intercepted the vessel off Alexandria, the owner said.")
    assert coded_types(explainer, text, DAY) == ["RETREAT"]


def test_an_onset_with_a_day_of_its_own_is_news(explainer: Explainer) -> None:
    text = "Riots began when police arrested a student in Tunis on Tuesday."
    assert "COERCE" in coded_types(explainer, text, DAY)
