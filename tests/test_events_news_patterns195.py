"""An actor's own stated intent is the event of the day (CAMEO 03, PLOVER AGREE): "Peru said it
plans to open talks with Chile" announces the talks as "will" does, and a hostile act so stated
is a threat; a plan told by the reporter or by another side stays intended with its own type.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code

DAY = "1998-05-20"


def readings(explainer: Explainer, text: str) -> list[tuple[str, str]]:
    """(type, modality) of every event coded on ``text``."""
    return [(event.type, event.modality) for event in code(explainer, text, DAY)]


@pytest.mark.parametrize("text, type_", [
    ("Peru said on Monday it plans to hold talks with Chile on the fishing dispute next month.", "AGREE"),
    ("Norway told Sweden on Thursday that Oslo intends to provide aid to the flooded border towns.", "AGREE"),
    ("Ghana's foreign minister said Accra wants to hold talks with Togo on the border.", "AGREE"),
    ("Serbia said on Friday it was planning to shell the rebel villages near the river.", "THREATEN"),
    ("The Ugandan army said on Sunday it aims to attack the rebel bases in the north.", "THREATEN"),
])
def test_an_intent_its_own_side_states_is_announced(explainer: Explainer, text: str, type_: str) -> None:
    assert (type_, "asserted") in readings(explainer, text)


@pytest.mark.parametrize("text, type_", [
    # the reporter's account: nobody of the actor's side says it
    ("Peruvian envoys plan to hold talks with Chilean officials in Lima next week.", "CONSULT"),
    ("Serbia plans to shell the rebel villages near the river.", "ASSAULT"),
    # another side's word on the actor's plan
    ("Serbia plans to shell the rebel villages near the river, Croatian officials said.", "ASSAULT"),
    # the partner of a meeting, not its planner, tells of the plan
    ("Peru plans to hold talks with Chile next month, Chilean officials said.", "CONSULT"),
])
def test_a_plan_told_by_others_stays_intended(explainer: Explainer, text: str, type_: str) -> None:
    assert (type_, "intended") in readings(explainer, text)


@pytest.mark.parametrize("text", [
    "Serbia said on Friday it tried to shell the rebel villages near the river.",
    "Serbia said on Friday it was set to shell the rebel villages near the river.",
])
def test_an_attempt_or_a_schedule_is_no_statement_of_will(explainer: Explainer, text: str) -> None:
    assert ("ASSAULT", "intended") in readings(explainer, text)
    assert "THREATEN" not in [type_ for type_, _ in readings(explainer, text)]
