"""Trigger lexicon: parties speaking "with one voice" concert a stance (no call); a police raid on
or "targeting" a criminal band arrests; a truce ended is no ceasefire; what an announced
agreement provides for is its content; a speaker calling an act "an attack on" a freedom
censures it; acts that are a report's topic are no act of the day; the matter criticised after
"over" may stand far from "came under fire". Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, coded_types, of_type

DAY = "2025-09-17"  # a Wednesday


def test_speaking_with_one_voice_is_no_phone_call(explainer: Explainer) -> None:
    text = "Kenya and Tanzania spoke with one voice on fishing rights in Lake Victoria on Tuesday."
    (consult,) = of_type(explainer, text, "CONSULT", DAY)
    assert consult.mode is None
    assert {a.country for a in consult.actors} == {"KEN", "TZA"}


@pytest.mark.parametrize("text", [
    "Greek police raided a migrant-smuggling ring in Thessaloniki on Tuesday.",
    "Police raids targeting a cigarette-smuggling ring in Belgium led to nine arrests on Tuesday.",
    "Colombian police raided a drug trafficking network in Medellin on Tuesday.",
])
def test_a_police_raid_on_a_criminal_band_arrests(explainer: Explainer, text: str) -> None:
    types = coded_types(explainer, text, DAY)
    assert "ASSAULT" not in types
    assert any(e.type == "COERCE" and e.mode == "arrest" for e in code(explainer, text, DAY))


@pytest.mark.parametrize("text", [
    "Turkish troops raided the village of Zakho on Tuesday.",
    "Russian missiles targeted the power network in Odesa on Tuesday.",
])
def test_a_raid_or_strike_on_a_place_stays_an_assault(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["ASSAULT"]


@pytest.mark.parametrize("verb", ["ended", "abandoned"])
def test_a_truce_ended_is_no_ceasefire(explainer: Explainer, verb: str) -> None:
    text = f"The Houthis {verb} their truce with Saudi Arabia on Tuesday."
    assert "RETREAT" not in coded_types(explainer, text, DAY)


def test_what_an_announced_agreement_provides_for_is_no_act(explainer: Explainer) -> None:
    text = "Jordan announced an agreement with Syria to reopen the Nassib border crossing on Tuesday."
    assert coded_types(explainer, text, DAY) == ["AGREE"]


@pytest.mark.parametrize("text", [
    "Amnesty International called the suspension \"a fresh attack on press freedom\".",
    "Human Rights Watch called the closure a blow to freedom of expression.",
])
def test_an_act_named_an_attack_on_a_freedom_is_censure(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["ACCUSE"]


def test_calling_for_an_attack_is_no_censure(explainer: Explainer) -> None:
    text = "Al-Shabaab called for an attack on the Ugandan base."
    assert coded_types(explainer, text, DAY) == ["REQUEST"]


@pytest.mark.parametrize("text", [
    "The ministry published a report on attacks near Sumy.",
    "The BBC aired a documentary about killings in Tigray.",
])
def test_the_topic_of_a_report_is_no_act(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == []


def test_criticism_over_a_matter_far_from_came_under_fire(explainer: Explainer) -> None:
    text = "Serbia came under fire from the European Union on Tuesday over its handling of the protests."
    assert coded_types(explainer, text, DAY) == ["ACCUSE"]


def test_fire_from_fighters_over_the_weekend_stays_an_attack(explainer: Explainer) -> None:
    text = "The Indian patrol came under fire from militants near the border over the weekend."
    assert coded_types(explainer, text, DAY) == ["ASSAULT"]
