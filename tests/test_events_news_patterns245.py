"""Triggers of news English, round 245: the wire's "opposite number" is a counterpart, so
talks and visits with one are coded as with a "counterpart"; an event noun in the phrase
after "ahead of" or "on the eve of" is the occasion even with a verb's form ("ahead of
Thursday's planned opposition rally"); a detention after "from" is the state left ("freed
him from house arrest"), no act. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2024-05-16"  # a Thursday


@pytest.mark.parametrize("text", [
    "Lavrov and his Turkish opposite number Mevlut Cavusoglu discussed the crisis in Moscow on Monday.",
    "Blinken received his Qatari opposite number, Mohammed Al-Thani, in Washington on Tuesday.",
    "Wang Yi met his Indian opposite number Subrahmanyam Jaishankar in Beijing on Wednesday.",
])
def test_opposite_number_is_a_counterpart(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "CONSULT", DAY)


def test_opposite_without_number_is_no_counterpart(explainer: Explainer) -> None:
    # near miss: the counterpart form still codes, unchanged
    text = "Blinken received his Qatari counterpart, Mohammed Al-Thani, in Washington on Tuesday."
    assert of_type(explainer, text, "CONSULT", DAY)


@pytest.mark.parametrize("text", [
    "Police were put on high alert across Lusaka ahead of Saturday's planned opposition rally.",
    "Troops sealed off the centre of Yerevan on the eve of a planned opposition rally.",
])
def test_planned_rally_after_ahead_of_is_the_occasion(explainer: Explainer, text: str) -> None:
    assert not of_type(explainer, text, "PROTEST", DAY)


def test_rally_as_the_news_still_protest(explainer: Explainer) -> None:
    text = "Thousands of opposition supporters rally in central Lusaka on Thursday, police said."
    assert of_type(explainer, text, "PROTEST", DAY)


@pytest.mark.parametrize("text", [
    "The military government freed the former premier from house arrest on Saturday.",
    "A court in Tunis released the blogger from detention on Wednesday, his lawyer said.",
])
def test_detention_after_from_is_the_state_left(explainer: Explainer, text: str) -> None:
    assert not of_type(explainer, text, "COERCE", DAY)


def test_arrest_as_the_news_still_coerce(explainer: Explainer) -> None:
    text = "Police in Tunis arrested the blogger on Wednesday and placed him under house arrest."
    assert of_type(explainer, text, "COERCE", DAY)
