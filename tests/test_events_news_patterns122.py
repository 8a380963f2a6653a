"""Event lexicon: workers walking off the wards or their jobs, going on a walkout, being on
strike or launching a strike counted in days are a labour strike, while a strike "on" a school
stays an attack; a march by named marchers is a protest, the month is none; forces rushed to a
frontier mobilise, the wounded rushed to hospital do not; firms barred from currency dealing
or trading are sanctioned. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, of_type

DAY = "2025-06-17"


@pytest.mark.parametrize("text", [
    "Midwives at a maternity hospital in Tabriz walked off the wards on Tuesday over unpaid bonuses.",
    "Georgian bus drivers walked off their jobs in Batumi on Tuesday over late wages.",
    "Bahraini assembly workers walked off the production line on Tuesday over pay.",
    "Libyan refinery workers went on a two-day walkout at the Zawiya plant on Tuesday.",
    "Omani pilots were on strike on Tuesday over rosters.",
    "Moroccan court clerks remained on strike on Tuesday.",
    "Algerian dockers launched an open strike at the port of Annaba on Tuesday.",
    "Jordanian nurses launched a three-day strike on Tuesday over pay.",
])
def test_labour_stoppages_in_other_words_are_strikes(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["PROTEST"]
    assert of_type(explainer, text, "PROTEST", DAY)[0].mode == "strike"


@pytest.mark.parametrize("text", [
    "The Algerian winger walked off the pitch in the second half on Tuesday after a knock.",
    "Israeli bombers were on strike alert on Tuesday.",
    "The prisoner who was on strike died.",
])
def test_a_pitch_left_or_bombers_ready_are_no_strike(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "PROTEST", DAY) == []


def test_a_strike_on_a_school_stays_an_attack(explainer: Explainer) -> None:
    text = "Israel launched a strike on a school sheltering students in Khan Younis on Tuesday."
    assert coded_types(explainer, text, DAY) == ["ASSAULT"]


def test_a_march_by_named_marchers_is_a_protest(explainer: Explainer) -> None:
    text = "A march by Algerian students through Constantine was broken up by police on Tuesday."
    (march,) = of_type(explainer, text, "PROTEST", DAY)
    assert march.mode == "demo"
    assert countries(march.actors) == ["DZA"]


def test_the_month_of_march_is_no_protest(explainer: Explainer) -> None:
    text = "The water deal was signed in March by Oman and Yemen, officials said on Tuesday."
    assert of_type(explainer, text, "PROTEST", DAY) == []


def test_forces_rushed_to_a_frontier_mobilise(explainer: Explainer) -> None:
    text = "Kuwaiti troops were rushed to the Iraqi frontier on Tuesday."
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert countries(move.actors) == ["KWT"]


def test_wounded_soldiers_rushed_to_hospital_mobilise_nothing(explainer: Explainer) -> None:
    text = "Several injured Kuwaiti soldiers were rushed to hospital on Tuesday."
    assert of_type(explainer, text, "MOBILIZE", DAY) == []


@pytest.mark.parametrize("text", [
    "Kuwait's central bank barred four exchange houses from currency dealing on Tuesday.",
    "Oman's central bank barred two money changers from currency trading on Tuesday.",
])
def test_firms_barred_from_dealing_or_trading_are_sanctioned(explainer: Explainer, text: str) -> None:
    (sanction,) = of_type(explainer, text, "SANCTION", DAY)
    assert sanction.mode == "discontinue"
    assert of_type(explainer, text, "COERCE", DAY) == []
