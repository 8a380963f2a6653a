"""Session 62 (sentences written for these tests), from the opened cluster sets 65 to 67: a
regulator's leave to operate lost or forfeited by its holder ("lost the right to carry
passengers", "forfeited the right to take deposits") is the penalty "stripped of the right to
trade" names, the holder as the one sanctioned, a day word allowed before "to"."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries

DAY = "1985-11-07"


def test_firms_that_lost_the_right_to_operate_are_sanctioned(explainer: Explainer) -> None:
    text = "Four Cameroonian coach firms lost the right yesterday to carry passengers to Yaounde."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.recipients)) == ("SANCTION", "discontinue", ["CMR"])


def test_a_bank_that_forfeited_the_right_to_trade_is_sanctioned(explainer: Explainer) -> None:
    text = "A Kenyan bank forfeited the right to take deposits on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.recipients)) == ("SANCTION", ["KEN"])


def test_a_right_lost_with_no_holder_named_is_no_event(explainer: Explainer) -> None:
    assert code(explainer, "The champion lost the right to compete in Tokyo.", DAY) == []
