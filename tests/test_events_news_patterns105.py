"""Cooperation wordings a probe of unseen news sentences missed: officials of two states who
"huddled" in a city met; backing "won" or "secured" from a party is that party's support; tax
or oil revenues unfrozen are released and frozen are sanctioned; forces that "scaled back their
presence" pulled out. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, known_countries, of_type

DAY = "2025-06-11"


def test_officials_of_two_states_who_huddled_met(explainer: Explainer) -> None:
    text = "Jordanian and Iraqi security chiefs huddled in Amman on Sunday over border smuggling."
    (meeting,) = of_type(explainer, text, "CONSULT", DAY)
    assert known_countries(meeting.actors) == ["IRQ", "JOR"]


@pytest.mark.parametrize("text", [
    "Displaced families huddled in tents outside Khan Younis as the rain fell.",
    "Lebanese ministers huddled in Beirut on Monday to finish the budget.",
])
def test_huddling_of_one_side_is_no_meeting(explainer: Explainer, text: str) -> None:
    assert "CONSULT" not in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text, backer, backed", [
    ("Libya's unity government won the backing of Turkey for its new budget.", "TUR", "LBY"),
    ("The Eritrean peace proposal gained the endorsement of Sudan on Tuesday.", "SDN", "ERI"),
    ("The Somali president secured the support of Egypt in his dispute with Addis Ababa.", "EGY", "SOM"),
])
def test_backing_won_is_the_backers_support(explainer: Explainer, text: str, backer: str, backed: str) -> None:
    (support,) = of_type(explainer, text, "SUPPORT", DAY)
    assert countries(support.actors) == [backer]
    assert countries(support.recipients) == [backed]


@pytest.mark.parametrize("text, type_, owner", [
    ("The United States unfroze Iranian oil revenues held in Qatari banks.", "RETREAT", "IRN"),
    ("Israel froze Palestinian customs revenues on Sunday.", "SANCTION", "PSE"),
])
def test_revenues_are_holdings_frozen_and_unfrozen(explainer: Explainer, text: str, type_: str, owner: str) -> None:
    (event,) = of_type(explainer, text, type_, DAY)
    assert countries(event.recipients) == [owner]


def test_forces_that_scaled_back_their_presence_pulled_out(explainer: Explainer) -> None:
    text = "French forces trimmed their presence in eastern Chad on Thursday."
    (pullout,) = of_type(explainer, text, "RETREAT", DAY)
    assert countries(pullout.actors) == ["FRA"]


def test_a_firms_presence_scaled_back_is_no_pullout(explainer: Explainer) -> None:
    assert "RETREAT" not in coded_types(explainer, "Oil companies scaled back their presence in Libya.", DAY)
