"""Event roles: the party that held people named after "held by" in a release's subject frees
them; a participant noun heading the subject of "received" gets the aid a noun trigger names,
as with verb triggers. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2025-05-14"


@pytest.mark.parametrize("participle", ["held", "detained", "abducted"])
def test_the_holder_named_in_a_released_subject_frees_it(explainer: Explainer, participle: str) -> None:
    text = (f"Nine fishermen {participle} by the Eritrean navy were set free on Tuesday, "
            "their union said.")
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert [r.country for r in release.actors] == ["ERI"]
    assert [r.text for r in release.recipients] == ["fishermen"]


def test_a_release_without_a_holder_keeps_no_actor(explainer: Explainer) -> None:
    text = "Nine fishermen seen near the coast were set free on Tuesday, their union said."
    releases = of_type(explainer, text, "RETREAT", DAY)
    assert all(not r.actors for r in releases)


@pytest.mark.parametrize("noun", ["food distribution", "aid delivery"])
def test_the_subject_of_received_gets_a_nominal_aid(explainer: Explainer, noun: str) -> None:
    text = f"Displaced villagers in Darfur received their first {noun} in a month on Friday, the agency said."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert not aid.actors
    assert [r.text for r in aid.recipients] == ["villagers"]
