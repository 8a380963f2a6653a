"""Acts announced by their noun's own predicate: "a meeting between the two ministers will be
held on Monday", "talks are due to start next week", "a summit is scheduled for Friday" tell
when an act is to take place. The act is not done yet (an announced meeting is coded as the
project codes "will meet"; a scheduled one is intended) and the day named is its date, not a
later clause's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2025-07-08"  # a Tuesday


@pytest.mark.parametrize("text, day", [
    ("A meeting between the Bolivian and Peruvian foreign ministers will be held on Monday, the ministry said.",
     "2025-07-14"),
    ("Talks between Chile and Argentina will take place on Thursday in Santiago.", "2025-07-10"),
    ("Consultations between Bolivia and Paraguay will start on Friday in Asuncion.", "2025-07-11"),
])
def test_a_meeting_that_will_be_held_is_announced_for_the_day_named(explainer: Explainer, text: str,
                                                                     day: str) -> None:
    (announced,) = of_type(explainer, text, "AGREE", DAY)
    assert announced.date.value == day
    assert of_type(explainer, text, "CONSULT", DAY) == []


@pytest.mark.parametrize("text, day", [
    ("A summit between Chilean and Peruvian leaders is due to be held on Friday in Lima.", "2025-07-11"),
    ("A summit between Chile and Peru is scheduled for Friday in Lima.", "2025-07-11"),
])
def test_a_scheduled_meeting_is_intended_on_its_day(explainer: Explainer, text: str, day: str) -> None:
    (summit,) = of_type(explainer, text, "CONSULT", DAY)
    assert summit.modality == "intended"
    assert summit.date.value == day


def test_a_meeting_that_took_place_stays_done_on_its_day(explainer: Explainer) -> None:
    text = "Talks between Chile and Argentina took place on Thursday in Santiago."
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert talks.modality == "asserted"
    assert talks.date.value == "2025-07-03"


def test_a_proposal_to_meet_keeps_its_own_date(explainer: Explainer) -> None:
    text = "Chile on Tuesday rejected a Bolivian proposal to hold talks next week."
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert refusal.date.value == DAY
