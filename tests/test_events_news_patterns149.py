"""Precision on wire phrasing: an act a party's pledge or promise (a noun) names is promised,
not done, so it is no event of the day ("praised Kenya for its pledge to free the
prisoners"); the praise itself is still coded. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, types

DAY = "1998-03-12"


@pytest.mark.parametrize("text, kept, promised", [
    ("The World Bank praised Kenya on Tuesday for its pledge to release political prisoners held "
     "without trial, and donors said new loans would follow.", "SUPPORT", "RETREAT"),
    ("Washington welcomed Hanoi's promise to withdraw its troops from Cambodia by the end of the year, "
     "a State Department spokesman said.", "SUPPORT", "RETREAT"),
    ("The Organisation of African Unity commended Sudan for its pledges to lift the ban on opposition "
     "parties before the elections.", "SUPPORT", "CONCEDE"),
])
def test_the_act_a_pledge_names_is_not_done(explainer: Explainer, text: str, kept: str, promised: str) -> None:
    found = types(code(explainer, text, DAY))
    assert kept in found
    assert promised not in found


def test_an_act_done_after_a_pledge_is_still_coded(explainer: Explainer) -> None:
    text = ("Kenya released 40 political prisoners on Tuesday, keeping its pledge to the donors, "
            "a government spokesman said.")
    assert "RETREAT" in types(code(explainer, text, DAY)) or "CONCEDE" in types(code(explainer, text, DAY))
