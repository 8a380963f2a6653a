"""Actor names of round 15 (sentences written here): a dateline is never an actor, Israel's
Border Police named bare, the General Command of Libyan copy, and people the KB lacked
(the LNA's spokesman, Lebanon's health minister, the RSF commander by his short names)."""

from __future__ import annotations

import pytest

from lapwing.knowledge import KnowledgeBase

from actor_helpers import hits


def test_a_dateline_is_no_actor(kb: KnowledgeBase) -> None:
    text = "SULAIMANI, Kurdistan Region - A rocket hit an empty warehouse on Monday."
    assert not any(actor_id == "qasem_soleimani" for actor_id, _, _ in hits(kb, text, "2026-07-01").values())


def test_bare_border_police_is_israel_s(kb: KnowledgeBase) -> None:
    found = hits(kb, "The army, the Shin Bet and Border Police arrested nine men near Jenin.", "2026-10-01")
    assert found["Border Police"] == ("isr_border_police", "ISR", "COP")
    assert found["Shin Bet"][1] == "ISR"


def test_the_general_command_in_libyan_copy_is_the_lna(kb: KnowledgeBase) -> None:
    found = hits(kb, "BENGHAZI - The General Command deployed troops to Sirte on Friday.", "2026-08-01")
    assert next(v for k, v in found.items() if k.endswith("General Command"))[0] == "lna"


@pytest.mark.parametrize("text, mention, actor_id, country", [
    ("The army's spokesman Ahmed al-Mismari said the convoy reached Kufra.", "Ahmed al-Mismari", "ahmed_al_mismari",
     "LBY"),
    ("Health Minister Rakan Nasreddine visited a clinic in Tripoli on Monday.", "Rakan Nasreddine",
     "rakan_nasreddine", "LBN"),
    ("The government blamed Hamdan Daglo for the siege of the city.", "Hamdan Daglo", "mohamed_hamdan_dagalo", "SDN"),
])
def test_a_person_the_kb_lacked_is_coded(kb: KnowledgeBase, text: str, mention: str, actor_id: str,
                                         country: str) -> None:
    found = next(v for k, v in hits(kb, text, "2026-08-01").items() if k.endswith(mention))
    assert found[:2] == (actor_id, country)
