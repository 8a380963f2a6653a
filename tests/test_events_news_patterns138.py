"""News wordings of posts given up and of talks offered: a force that evacuates, vacates or
abandons its military or observation points or posts withdraws from them (people evacuated
from such a post by medics or rescuers are no withdrawal); a party "ready for talks" offers
them, the talks are not held. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type

DAY = "2026-03-03"  # a Tuesday


@pytest.mark.parametrize("text, trigger, actor", [
    ("Russian troops vacated three military points near Qamishli on Sunday, Kurdish officials said.",
     "vacated", "RUS"),
    ("Turkish soldiers abandoned their observation posts south of Idlib on Friday, residents said.",
     "abandoned", "TUR"),
    ("Iranian forces evacuated two army posts near the Iraqi border on Monday, local sources said.",
     "evacuated", "IRN"),
])
def test_military_or_observation_points_given_up_are_a_withdrawal(explainer: Explainer, text: str,
                                                                   trigger: str, actor: str) -> None:
    (withdrawal,) = of_type(explainer, text, "RETREAT", DAY)
    assert withdrawal.trigger.text == trigger
    assert [a.country for a in withdrawal.actors] == [actor]


@pytest.mark.parametrize("text", [
    "Medics evacuated the wounded from the army post near Kirkuk on Monday.",
    "Rescuers evacuated families from an observation point near the flooded river on Monday.",
])
def test_people_evacuated_from_a_post_are_no_withdrawal(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "RETREAT", DAY) == []


@pytest.mark.parametrize("text", [
    "The Yemeni government said on Monday it was ready for talks with the Houthis in Amman.",
    "Burhan said the Sudanese army was ready for talks with the Rapid Support Forces in Jeddah.",
])
def test_a_readiness_for_talks_offers_them_and_holds_none(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["AGREE"]
