"""A pledge to ease a measure ("ready to lift its embargo") is no threat, nor is a pledge whose
clause names a unit with a hostile word ("the Air Force"); places put under a curfew or army
rule, pupils staying out of classes, fasting begun, and high commissioners and advisers recalled.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "1997-03-12"


@pytest.mark.parametrize("text", [
    "Ottawa is ready to lift its trade embargo on Burma, the foreign minister said on Tuesday.",
    "Seoul is prepared to ease the sanctions on Pyongyang, a ministry spokesman said on Tuesday.",
    "Minsk is ready to sell wheat to Riga, an official said as the Belarussian Air Force held its parade.",
])
def test_a_pledge_to_ease_a_measure_is_agreement(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "AGREE", DAY)
    assert not of_type(explainer, text, "THREATEN", DAY)


@pytest.mark.parametrize("text", [
    "Ottawa is ready to impose a trade embargo on Burma, the foreign minister said on Tuesday.",
    "Seoul is prepared to close its border with the North, a ministry spokesman said on Tuesday.",
])
def test_a_pledge_of_a_measure_stays_a_threat(explainer: Explainer, text: str) -> None:
    # the controls: a measure imposed or a border closed, not eased, is still threatened
    assert of_type(explainer, text, "THREATEN", DAY)


@pytest.mark.parametrize("text, mode", [
    ("Tunisian police placed the town of Kasserine under a dusk-to-dawn curfew on Sunday.", "curfew"),
    ("The Ecuadorean army put two Amazon provinces under military rule on Friday.", "martial-law"),
])
def test_places_put_under_a_curfew_or_army_rule_are_coerced(explainer: Explainer, text: str,
                                                             mode: str) -> None:
    (coercion,) = of_type(explainer, text, "COERCE", DAY)
    assert coercion.mode == mode


def test_pupils_staying_out_of_classes_strike(explainer: Explainer) -> None:
    text = "Kurdish pupils in Diyarbakir stayed out of classes on Monday against the ban on their language."
    (strike,) = of_type(explainer, text, "PROTEST", DAY)
    assert strike.mode == "strike"


def test_fasting_begun_is_a_hunger_strike(explainer: Explainer) -> None:
    text = "Thirty Chechen refugees in Oslo began fasting on Tuesday against their deportation orders."
    (fast,) = of_type(explainer, text, "PROTEST", DAY)
    assert fast.mode == "hunger"


@pytest.mark.parametrize("text", [
    "Ghana recalled its high commissioner from Freetown on Thursday, the foreign ministry said.",
    "Uganda recalled all its military advisers from Kigali on Thursday, the defence ministry said.",
])
def test_high_commissioners_and_advisers_recalled_are_sanctions(explainer: Explainer, text: str) -> None:
    (recall,) = of_type(explainer, text, "SANCTION", DAY)
    assert recall.trigger.text == "recalled"
