"""Actors (hyphenated compounds): an "anti-X" group stands against X and is none of it; a run
of a state and an organisation joined by hyphens before what they do together ("the
Israel-Hezbollah truce") names each of them, but one body's two names never make a pair; a
party's mark on a place or a name ("Houthi-controlled Hodeidah") makes the party no actor.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.actors import scan
from lapwing.knowledge import KnowledgeBase

from actor_helpers import hit, hits

DAY = "2025-05-14"


@pytest.mark.parametrize("text, span, not_of", [
    ("Anti-Houthi fighters seized a hill near Taiz on Monday.", "Anti-Houthi fighters", "YEM"),
    ("The anti-Hamas militia patrolled Rafah on Monday.", "anti-Hamas militia", "PSE"),
    ("Anti-Russian militias crossed into Belgorod on Monday.", "Anti-Russian militias", "RUS"),
])
def test_an_anti_group_is_not_of_the_party_it_opposes(kb: KnowledgeBase, text: str, span: str,
                                                      not_of: str) -> None:
    actor = hit(kb, text, span, DAY)
    assert actor.country != not_of and "opposed_by" in (actor.reason or "")


def test_a_name_that_starts_with_anti_stays_a_name(kb: KnowledgeBase) -> None:
    actor = hit(kb, "The anti-ISIS coalition struck a depot near Hajin on Monday.", "anti-ISIS coalition", DAY)
    assert actor.actor_id == "anti_isis_coalition"


@pytest.mark.parametrize("text, expected", [
    ("The Israel-Hezbollah truce held on Monday.", {"ISR", "LBN"}),
    ("Qatar hosted Hamas-Israel negotiations in Doha on Monday.", {"ISR", "PSE", "QAT"}),
])
def test_a_state_and_an_organisation_joined_by_a_hyphen_are_each_a_party(
        kb: KnowledgeBase, text: str, expected: set[str]) -> None:
    assert {h.resolution.actor.country for h in scan(text, DAY, kb=kb)} == expected


def test_one_bodys_two_names_are_no_pair(kb: KnowledgeBase) -> None:
    found = hits(kb, "The Jordan Armed Forces-Arab Army dropped aid over Gaza on Monday.", DAY)
    assert "Jordan Armed Forces-Arab Army" not in found and set(found.values()) == {("jor_jaf", "JOR", "MIL")}


@pytest.mark.parametrize("text, party, other", [
    ("Saudi jets struck Houthi-controlled Saada on Monday.", "houthis", ("sau_air_force", "SAU", "MIL")),
    ("Israeli jets struck Hezbollah-run Baalbek on Monday.", "hezbollah", ("isr_air_force", "ISR", "MIL")),
])
def test_a_partys_mark_on_a_place_makes_it_no_actor(kb: KnowledgeBase, text: str, party: str,
                                                    other: tuple) -> None:
    found = hits(kb, text, DAY)
    assert party not in {v[0] for v in found.values()}
    assert other in found.values()
