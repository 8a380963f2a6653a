"""Actor names of round 18 (sentences written here): a definite office with no country word
("the monarch", "the president") is held in the state the context gives, the outlet that ran
a report included; a bare ministry in a state agency's copy with no dateline is its state's."""

from __future__ import annotations

from lapwing.actors import scan
from lapwing.knowledge import KnowledgeBase

from actor_helpers import hits


def _coded(kb: KnowledgeBase, text: str, date: str, outlet: str | None) -> dict[str, tuple]:
    return {h.text: (h.resolution.actor.actor_id, h.resolution.actor.country, h.resolution.actor.sector)
            for h in scan(text, date, kb=kb, outlet=outlet)}


def test_a_bare_office_is_the_holder_in_the_dateline_state(kb: KnowledgeBase) -> None:
    found = hits(kb, "ANKARA (Reuters) - The president told reporters the corridor would reopen.", "2025-06-10")
    assert found["president"] == ("recep_tayyip_erdogan", "TUR", "GOV")
    found = hits(kb, "MANAMA - Traffic was diverted on Monday. Later the monarch pardoned 300 inmates.",
                 "2025-06-10")
    assert found["monarch"][:2] == ("hamad_bin_isa", "BHR")
    # a state named after the office in its sentence may be its object, so no guess is made
    found = hits(kb, "The president received the Egyptian foreign minister in Ankara on Monday.", "2025-06-10")
    assert "president" not in found and found["Egyptian foreign minister"][1] == "EGY"


def test_the_outlets_home_decides_when_the_text_names_no_state(kb: KnowledgeBase) -> None:
    text = "Hundreds of inmates went home after the monarch cut short their sentences for the holiday."
    assert "monarch" not in _coded(kb, text, "2025-06-10", None)
    assert _coded(kb, text, "2025-06-10", "Gulf Daily News")["monarch"][:2] == ("hamad_bin_isa", "BHR")
    # a wire's home is no context when the report names another country's office holders,
    # and an owner after "of" is never guessed from context
    text = "The leader of the armed movement rejected the plan, and Prime Minister Nawaf Salam replied on Monday."
    assert all(code != "FRA" for _, code, _ in _coded(kb, text, "2025-06-10", "AFP").values())


def test_a_state_without_the_office_gives_way_to_the_outlets_home(kb: KnowledgeBase) -> None:
    text = "The Lebanese president's visit to the King on Sunday centred on power supplies."
    found = _coded(kb, text, "2025-06-10", "The Jordan Times")
    assert found["King"][:2] == ("abdullah_ii", "JOR")


def test_a_bare_ministry_in_a_state_agencys_copy_is_its_states(kb: KnowledgeBase) -> None:
    text = "The Ministry of Foreign Affairs said on Friday that Kampala was harbouring armed groups."
    assert "Ministry of Foreign Affairs" not in _coded(kb, text, "2025-06-10", None)
    assert _coded(kb, text, "2025-06-10", "Sudan News Agency")["Ministry of Foreign Affairs"][1] == "SDN"
