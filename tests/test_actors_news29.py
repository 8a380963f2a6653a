"""Actors of world wire copy of the 1980s to the 2000s (sentences written here): seats of
government named by a street or building ("Downing Street", "the Blue House", "Zhongnanhai",
"the Casa Rosada"), leaders of the era by surname alone, movements and parties of the era,
the mujahideen in Afghan and Pakistani copy, and states of the period coded as their
successors (South Yemen, South Vietnam, Rhodesia)."""

from __future__ import annotations

import pytest

from actor_helpers import hit

from lapwing.actors import scan
from lapwing.knowledge import KnowledgeBase


_hit = hit


@pytest.mark.parametrize("text, span, country", [
    ("LONDON - Downing Street turned down the proposal on Thursday.", "Downing Street", "GBR"),
    ("SEOUL - The Blue House criticised Pyongyang over the tunnel on Monday.", "Blue House", "KOR"),
    ("BEIJING - Zhongnanhai dismissed the protest note on Friday.", "Zhongnanhai", "CHN"),
    ("BUENOS AIRES - The Casa Rosada denounced the blockade on Sunday.", "Casa Rosada", "ARG"),
])
def test_a_seat_named_by_a_street_or_building_is_the_government(kb: KnowledgeBase, text: str,
                                                                  span: str, country: str) -> None:
    actor = _hit(kb, text, span, "1988-03-02")
    assert (actor.country, actor.sector) == (country, "GOV")


def test_a_street_seat_used_as_a_place_is_no_actor(kb: KnowledgeBase) -> None:
    hits = scan("Hundreds of nurses rallied outside Downing Street on Tuesday.", "1988-03-02", kb=kb)
    assert "gbr_pmo" not in [h.resolution.actor.actor_id for h in hits if h.resolution.actor]


@pytest.mark.parametrize("text, span, actor_id", [
    ("HAVANA - Castro told the crowd the blockade would fail.", "Castro", "fidel_castro"),
    ("CARACAS - Chavez told supporters the oil strike had failed.", "Chavez", "hugo_chavez"),
    ("MANAGUA - Ortega told reporters the ceasefire would hold.", "Ortega", "daniel_ortega"),
    ("BEIJING - Deng told visitors the reforms would continue.", "Deng", "deng_xiaoping"),
    ("ISLAMABAD - Bhutto told parliament the talks would resume.", "Bhutto", "benazir_bhutto"),
    ("MANILA - Marcos told troops to hold the palace.", "Marcos", "ferdinand_marcos"),
])
def test_leaders_of_the_era_by_surname_alone(kb: KnowledgeBase, text: str, span: str, actor_id: str) -> None:
    assert _hit(kb, text, span, "1989-05-02").actor_id == actor_id


def test_kabila_alone_is_the_president_of_the_day(kb: KnowledgeBase) -> None:
    text = "KINSHASA - Kabila told the army to retake Kisangani."
    assert _hit(kb, text, "Kabila", "1998-09-01").actor_id == "laurent_kabila"
    assert _hit(kb, text, "Kabila", "2004-09-01").actor_id == "joseph_kabila"


@pytest.mark.parametrize("text, span, actor_id, country", [
    ("LUANDA - The MPLA won a majority in the assembly.", "MPLA", "mpla", "AGO"),
    ("BELFAST - Sinn Fein walked out of the talks on Monday.", "Sinn Fein", "sinn_fein", "GBR"),
    ("SAN CRISTOBAL - Zapatista rebels freed two hostages on Friday.", "Zapatista rebels", "ezln", "MEX"),
    ("KABUL - The Northern Alliance entered the capital on Tuesday.", "Northern Alliance", "northern_alliance", "AFG"),
    ("BUDAPEST - Comecon members met on Friday.", "Comecon", "comecon", "IGO"),
    ("MOSCOW - The Supreme Soviet voted down the budget.", "Supreme Soviet", "supreme_soviet", "RUS"),
])
def test_movements_parties_and_bodies_of_the_era(kb: KnowledgeBase, text: str, span: str,
                                                 actor_id: str, country: str) -> None:
    actor = _hit(kb, text, span, "1991-06-28")
    assert (actor.actor_id, actor.country) == (actor_id, country)


def test_the_mujahideen_of_afghan_and_pakistani_copy(kb: KnowledgeBase) -> None:
    actor = _hit(kb, "PESHAWAR - Mujahideen fighters shelled the airport at Jalalabad.", "Mujahideen fighters",
                 "1989-03-10")
    assert (actor.actor_id, actor.country) == ("mujahideen_afghan", "AFG")


@pytest.mark.parametrize("text, span, country", [
    ("ADEN - South Yemen recalled its ambassador on Monday.", "South Yemen", "YEM"),
    ("SAIGON - South Vietnamese troops pulled back from the border.", "South Vietnamese troops", "VNM"),
    ("SALISBURY - Rhodesian forces crossed the border on Friday.", "Rhodesian forces", "ZWE"),
])
def test_states_of_the_period_are_coded_as_their_successors(kb: KnowledgeBase, text: str, span: str,
                                                            country: str) -> None:
    assert _hit(kb, text, span, "1975-01-10").country == country
