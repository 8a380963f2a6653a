"""Actor names of round 16 (sentences written here): forces named after the person who
commands them ("the Daglo-led forces", "fighters loyal to Saddam Haftar", "the forces of
Hamdan Daglo", "the Daglo terrorist group") are the force the KB says the person leads, and
settlers are Israel's civilians where the copy is Israeli, Palestinian or Arab."""

from __future__ import annotations

import pytest

from lapwing.knowledge import KnowledgeBase

from actor_helpers import hits


@pytest.mark.parametrize("text, mention, actor_id", [
    ("The Hamdan Daglo-led forces stormed a market town on Monday.", "Hamdan Daglo-led forces", "rsf"),
    ("The forces of Mohamed Hamdan Daglo shelled the camp overnight.", "forces of Mohamed Hamdan Daglo", "rsf"),
    ("Forces loyal to Hamdan Daglo looted a clinic on Monday.", "Forces loyal to Hamdan Daglo", "rsf"),
    ("The army said the Daglo terrorist group had shelled the town.", "Daglo terrorist group", "rsf"),
    ("Fighters loyal to Saddam Haftar seized a checkpoint near Sabha.", "Fighters loyal to Saddam Haftar", "lna"),
])
def test_forces_named_after_their_commander_are_his_force(kb: KnowledgeBase, text: str, mention: str,
                                                          actor_id: str) -> None:
    assert hits(kb, text, "2026-08-01")[mention][0] == actor_id


def test_saddam_haftar_is_known_and_a_minister_commands_no_force(kb: KnowledgeBase) -> None:
    found = hits(kb, "Saddam Haftar visited the brigade in Benghazi.", "2026-08-01")
    assert found["Saddam Haftar"][:2] == ("saddam_haftar", "LBY")
    found = hits(kb, "Forces loyal to Rakan Nasreddine were not mentioned.", "2026-08-01")
    assert all(actor_id not in ("rsf", "lna") for actor_id, _, _ in found.values())


@pytest.mark.parametrize("text, mention", [
    ("The bloc blacklisted four Jewish inhabitants of Judea and Samaria on Monday.",
     "Jewish inhabitants of Judea and Samaria"),
    ("RAMALLAH, WAFA - Settlers burned olive trees near the village on Monday.", "Settlers"),
    ("Israel's army said settlers had burned a car near the village.", "settlers"),
])
def test_settlers_are_israeli_civilians(kb: KnowledgeBase, text: str, mention: str) -> None:
    assert hits(kb, text, "2026-09-01")[mention] == ("isr_settlers", "ISR", "CVL")
    elsewhere = hits(kb, "Settlers cleared the forest for cattle on Monday, Brazilian officials said.", "2026-09-01")
    assert all(actor_id != "isr_settlers" for actor_id, _, _ in elsewhere.values())
