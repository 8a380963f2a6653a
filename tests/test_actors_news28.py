"""Actors of Middle East wire copy, cluster_test22 round (sentences written here): a state's
own media name for an armed group of its own (Sudan's "rebel militia", Pakistan's
"Khawarij"), an intelligence service's official epithet and its bare name under a dateline,
ship classes named after people, the armed men "of" a group the KB lacks, the GCC states
named by a common noun, and a fleet named bare by its state's news agency."""

from __future__ import annotations

from functools import partial

import pytest

from actor_helpers import hit

from lapwing.actors import scan
from lapwing.knowledge import KnowledgeBase

_DATE = "2025-10-05"


_hit = partial(hit, date=_DATE)


def test_sudanese_state_media_names_for_the_rsf_and_only_in_its_copy(kb: KnowledgeBase) -> None:
    assert _hit(kb, "EL OBEID (SUNA) - The rebel militia shelled a market in the city on Tuesday.",
                "The rebel militia").actor_id == "rsf"
    assert _hit(kb, "Drones of the terrorist rebellion hit a hospital in El Fasher, the health ministry said.",
                "the terrorist rebellion").actor_id == "rsf"
    elsewhere = scan("GOMA (Reuters) - The rebel militia seized the airport.", _DATE, kb=kb)
    assert "rsf" not in [h.resolution.actor.actor_id for h in elsewhere]


def test_pakistani_copy_calls_the_ttp_khawarij(kb: KnowledgeBase) -> None:
    actor = _hit(kb, "PESHAWAR (APP) - Troops killed nine Khawarij near Bannu on Monday.", "Khawarij")
    assert actor.actor_id == "ttp"


def test_a_capital_dateline_is_read_as_the_capital_not_a_namesake(kb: KnowledgeBase) -> None:
    # Chattogram was once also called Islamabad; the dateline is Pakistan's capital
    actor = _hit(kb, "ISLAMABAD - Soldiers shot dead four Khawarij in Khyber on Friday.", "Khawarij")
    assert actor.actor_id == "ttp"


def test_irans_intelligence_ministry_by_its_official_epithet(kb: KnowledgeBase) -> None:
    text = "TABRIZ, IRNA - The unknown soldiers of the Imam of the Age detained six members of a spy cell."
    assert _hit(kb, text, "The unknown soldiers of the Imam of the Age").actor_id == "irn_mois"


def test_a_bare_ministry_is_of_the_state_of_the_dateline_when_no_state_is_named(kb: KnowledgeBase) -> None:
    text = "ISFAHAN, Fars - The Intelligence Ministry said it had broken up a sabotage ring."
    assert _hit(kb, text, "Intelligence Ministry").actor_id == "irn_mois"


@pytest.mark.parametrize("text", [
    "Three Sa'ar 6-class corvettes sailed for the Red Sea on Monday.",
    "Two Sa'ar 4 missile boats escorted the convoy.",
])
def test_a_ship_class_named_after_a_person_is_no_actor(kb: KnowledgeBase, text: str) -> None:
    assert all(h.resolution.actor.actor_id != "gideon_saar" for h in scan(text, _DATE, kb=kb))


def test_the_person_himself_is_still_found_next_to_a_ship_class(kb: KnowledgeBase) -> None:
    text = "Foreign Minister Gideon Saar said two Sa'ar 6-class corvettes had sailed."
    assert [h.resolution.actor.actor_id for h in scan(text, _DATE, kb=kb)] == ["gideon_saar"]


def test_fighters_of_a_group_unknown_to_the_kb_are_that_group(kb: KnowledgeBase) -> None:
    actor = _hit(kb, "Residents blamed fighters of the Liwa al-Tahrir Brigade for the raid.",
                 "fighters of the Liwa al-Tahrir Brigade")
    assert actor.actor_id == "prov:liwa_tahrir_brigade"


def test_fighters_of_the_splm_n_are_the_splm_n(kb: KnowledgeBase) -> None:
    actor = _hit(kb, "The army blamed fighters of the SPLM-N for the shelling of Kadugli.", "fighters of the SPLM-N")
    assert (actor.actor_id, actor.country) == ("splm_n", "SDN")


@pytest.mark.parametrize("span", ["Gulf donors", "Gulf Arab monarchies"])
def test_the_gulf_states_named_by_a_common_noun_are_the_gcc(kb: KnowledgeBase, span: str) -> None:
    assert _hit(kb, f"Jordan's king appealed to {span} for help with the refugees.", span).actor_id == "gcc"


def test_a_fleet_named_bare_by_a_state_news_agency_is_its_states(kb: KnowledgeBase) -> None:
    text = "SEVASTOPOL, March 3. /TASS/. Warships of the Baltic Fleet held gunnery drills on Tuesday."
    assert _hit(kb, text, "Baltic Fleet").country == "RUS"
    wire = "MANAMA (Reuters) - The Fifth Fleet escorted two tankers on Tuesday."
    assert _hit(kb, wire, "Fifth Fleet").country is None  # fleets are reported from where they are based
