"""Event lexicon: relief goods given out after a quantity phrase, causative arrests ("had 30
teachers detained"), a market closed to another country's goods, a state shutting banks or
exchange houses, the arrival of relief goods whatever force the clause names; and no event
from images released, truces shored up, or a speaker speaking during a tour. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, of_type

DAY = "2025-05-14"


@pytest.mark.parametrize("text", [
    "Qatari volunteers gave out some 15 tonnes of flour to displaced families in Marib on Tuesday.",
    "Kuwaiti volunteers gave out thousands of bags of rice to flood victims in Aden on Tuesday.",
])
def test_goods_given_out_after_a_quantity_phrase_are_aid(explainer: Explainer, text: str) -> None:
    assert [e.trigger.text for e in of_type(explainer, text, "AID", DAY)] == ["gave"]


@pytest.mark.parametrize("text", [
    "In Marib the generators gave out and food and fuel ran short within two days.",
    "Houthi fighters gave out leaflets to residents demanding food in Marib on Tuesday.",
])
def test_no_goods_given_out_give_nothing(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "AID", DAY) == []


@pytest.mark.parametrize("text", [
    "Police had dozens of students taken into custody in Ankara on Friday.",
    "Opposition deputies cried foul after the governor had scores of students detained in Izmir on 3 June.",
])
def test_a_causative_have_with_the_people_held_is_an_arrest(explainer: Explainer, text: str) -> None:
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert arrest.mode == "arrest" and [r.text for r in arrest.recipients] == ["students"]


@pytest.mark.parametrize("text, actor, target", [
    ("Exporters warned of losses after Saudi Arabia closed its markets on 2 June to poultry from Brazil.",
     "SAU", "BRA"),
    ("Russia shut its market to fruit and vegetables from Moldova on Monday.", "RUS", "MDA"),
])
def test_a_market_closed_to_a_countrys_goods_is_a_sanction(explainer: Explainer, text: str, actor: str,
                                                           target: str) -> None:
    (sanction,) = of_type(explainer, text, "SANCTION", DAY)
    assert [a.country for a in sanction.actors] == [actor]
    assert [r.country for r in sanction.recipients] == [target]


def test_a_market_that_closed_higher_sanctions_no_one(explainer: Explainer) -> None:
    text = "Stocks in Riyadh closed higher as the market rallied to a record on Monday."
    assert of_type(explainer, text, "SANCTION", DAY) == []


@pytest.mark.parametrize("text", [
    "Qatar has shut down 4 currency exchange houses accused of funding Hezbollah, the central bank said.",
    "Egypt closed down two banks linked to the Muslim Brotherhood on Sunday.",
])
def test_a_state_shutting_firms_sanctions_them(explainer: Explainer, text: str) -> None:
    assert [e.type for e in code(explainer, text, DAY) if e.trigger.text in {"shut", "closed"}] == ["SANCTION"]


def test_a_state_shutting_newspapers_still_censors(explainer: Explainer) -> None:
    text = "Turkish authorities shut down three opposition newspapers on Monday."
    assert [e.mode for e in of_type(explainer, text, "COERCE", DAY)] == ["censor"]


def test_the_arrival_of_relief_goods_is_aid_whatever_forces_are_named(explainer: Explainer) -> None:
    text = "The Popular Forces welcomed the arrival of Qatari fuel in Aden on Monday."
    assert [e.trigger.text for e in of_type(explainer, text, "AID", DAY)] == ["arrival"]
    assert of_type(explainer, text, "MOBILIZE", DAY) == []


@pytest.mark.parametrize("text", [
    "Smoke rises over Aleppo in an image released by the state-run SANA agency.",
    "Smoke rose over Raqqa on Monday in footage released by the Kurdish-led SDF.",
])
def test_an_image_released_frees_no_one(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "RETREAT", DAY) == []


@pytest.mark.parametrize("text", [
    "Qatari envoys arrived in Beirut to shore up the fragile ceasefire with Israel, officials said.",
    "Qatari envoys arrived in Beirut to bolster the fragile ceasefire with Israel, officials said.",
])
def test_a_truce_shored_up_is_no_ceasefire_of_the_day(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "RETREAT", DAY) == []


def test_speaking_during_a_tour_is_no_call(explainer: Explainer) -> None:
    text = "Erdogan said Turkey would not back down, speaking during a tour of the border with army chief Yasar Guler."
    assert of_type(explainer, text, "CONSULT", DAY) == []
