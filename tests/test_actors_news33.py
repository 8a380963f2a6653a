"""Gulf office holders of 2022-2026, Libya's armed groups, a capital that words are aimed
at, a foreign ministry under a state agency's byline and "occupied Palestine" (sentences
written here): a given name cut from a longer written name is no namesake's partial name;
"pointed the finger at" names a party, not a place; a foreign ministry speaks of scenes
abroad, so they do not take it from the state whose agency filed the report."""

from __future__ import annotations

import pytest

from lapwing.actors import resolve, scan
from lapwing.knowledge import KnowledgeBase
from actor_helpers import hit


def test_given_name_inside_a_longer_name_is_no_namesake(kb: KnowledgeBase) -> None:
    text = "Foreign Minister Abdullah Al-Qattan met the visiting envoy on Sunday."
    start = text.index("Abdullah")
    found = resolve("Abdullah", text, start, start + len("Abdullah"), "2025-03-02", kb)
    assert found.actor is None or found.actor.country != "AFG"


@pytest.mark.parametrize("text, span, country, date", [
    ("Foreign Minister Abdullah Al-Yahya received the Japanese ambassador on Monday.",
     "Foreign Minister Abdullah Al-Yahya", "KWT", "2025-03-10"),
    ("Prime Minister Sheikh Ahmad Abdullah Al-Ahmad Al-Sabah chaired the cabinet on Monday.",
     "Prime Minister Sheikh Ahmad Abdullah Al-Ahmad Al-Sabah", "KWT", "2024-09-02"),
    ("Defence Minister Prince Khalid bin Salman spoke by phone with his counterpart.",
     "Defence Minister Prince Khalid bin Salman", "SAU", "2025-06-18"),
    ("Prince Abdulaziz bin Saud bin Nayef chaired a meeting of security chiefs.",
     "Prince Abdulaziz bin Saud bin Nayef", "SAU", "2025-01-20"),
    ("Sheikh Abdullah bin Zayed held a call with his counterpart on the war.",
     "Sheikh Abdullah bin Zayed", "ARE", "2024-11-11"),
    ("Sayyid Hamoud bin Faisal Al Busaidi launched a campaign on Tuesday.",
     "Sayyid Hamoud bin Faisal Al Busaidi", "OMN", "2025-09-09"),
    ("Interior Minister Sheikh Khalifa bin Hamad bin Khalifa Al Thani opened a crossing.",
     "Interior Minister Sheikh Khalifa bin Hamad bin Khalifa Al Thani", "QAT", "2024-02-11"),
])
def test_gulf_office_holders(kb: KnowledgeBase, text: str, span: str, country: str, date: str) -> None:
    actor = hit(kb, text, span, date)
    assert (actor.country, actor.sector) == (country, "GOV")


@pytest.mark.parametrize("text, span, country, sector", [
    ("Armour of the Tariq Ben Zeyad Brigade left the city on Friday.", "Tariq Ben Zeyad Brigade", "LBY", "MIL"),
    ("The 444 Brigade said it had sealed off the district.", "444 Brigade", "LBY", "MIL"),
    ("The 166 Brigade deployed around the airport.", "166 Brigade", "LBY", "PRM"),
    ("The Stability Support Apparatus denied the report.", "Stability Support Apparatus", "LBY", "PRM"),
    ("The Subul al-Salam battalion stopped a convoy of migrants.", "Subul al-Salam", "LBY", "PRM"),
])
def test_libyan_armed_groups(kb: KnowledgeBase, text: str, span: str, country: str, sector: str) -> None:
    actor = hit(kb, text, span, "2025-05-14")
    assert (actor.country, actor.sector) == (country, sector)


def test_a_capital_words_are_aimed_at_is_its_government(kb: KnowledgeBase) -> None:
    actor = hit(kb, "The junta pointed the finger at N'Djamena over the arms flows.", "N'Djamena", "2025-05-24")
    assert actor.country == "TCD"
    found = scan("Two drones were fired at Kigali on Monday.", "2025-05-24", kb=kb)
    assert not [h for h in found if h.text == "Kigali" and h.resolution.actor is not None]


def test_foreign_ministry_of_a_state_agency_speaks_of_a_scene_abroad(kb: KnowledgeBase) -> None:
    text = ("The Ministry of Foreign Affairs said today that Chad had let the airstrip at "
            "Amdjarass serve as a corridor for weapons.")
    found = {h.text: h.resolution.actor for h in scan(text, "2025-05-23", kb=kb, outlet="SUNA")}
    assert found["Ministry of Foreign Affairs"].country == "SDN"


def test_occupied_palestine_is_israel(kb: KnowledgeBase) -> None:
    text = "Ships of firms dealing with the ports of occupied Palestine will be targeted, the movement said."
    assert hit(kb, text, "occupied Palestine", "2026-06-19").country == "ISR"
