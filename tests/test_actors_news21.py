"""Actor recognition causes read from cluster_test21 (sentences written here): combat aircraft
as the air force, new office holders, a state's de facto leader, Swiss, British and Sudanese
state bodies, the SDF's political arm and epithet, and civil-society groups."""

from __future__ import annotations

import pytest

from actor_helpers import hits


def test_fighter_planes_are_the_air_force_not_rebel_fighters(kb) -> None:
    found = hits(kb, "Israeli fighter planes struck a radar site on Sunday.", "2025-04-02")
    assert found["Israeli fighter planes"] == ("isr_air_force", "ISR", "MIL")


def test_a_generic_states_fighter_planes_are_its_military(kb) -> None:
    found = hits(kb, "Egyptian fighter aircraft flew over the border area on Sunday.", "2025-04-02")
    assert found["Egyptian fighter aircraft"][1:] == ("EGY", "MIL")


@pytest.mark.parametrize("text, name, actor", [
    ("Finance Minister Yassine Jaber met the bank's envoy on Monday.", "Finance Minister Yassine Jaber",
     ("yassine_jaber", "LBN", "GOV")),
    ("Water minister Aoun Diab Abdullah warned of a dry summer.", "minister Aoun Diab Abdullah",
     ("aoun_diab_abdullah", "IRQ", "GOV")),
])
def test_new_office_holders_are_known(kb, text: str, name: str, actor: tuple) -> None:
    assert hits(kb, text, "2025-06-02")[name] == actor


def test_a_states_de_facto_leader_heads_its_state_body_not_an_armed_group(kb) -> None:
    found = hits(kb, "Sudan's de facto leader rejected the truce plan on Monday.", "2025-11-10")
    assert found["Sudan's de facto leader"][0] == "abdel_fattah_al_burhan"


def test_the_chair_of_sudans_sovereignty_council_is_burhan(kb) -> None:
    text = "The Chairman of the Transitional Sovereignty Council received the envoy."
    found = hits(kb, text, "2025-11-10")
    assert found["Chairman of the Transitional Sovereignty Council"] == ("abdel_fattah_al_burhan", "SDN", "MIL")


@pytest.mark.parametrize("text, name, actor", [
    ("The Swiss Federal Council extended the measures on Friday.", "Swiss Federal Council",
     ("che_federal_council", "CHE", "GOV")),
    ("SECO published the updated list on Friday.", "SECO", ("che_seco", "CHE", "GOV")),
    ("The Foreign, Commonwealth and Development Office summoned the envoy.",
     "Foreign, Commonwealth and Development Office", ("gbr_fcdo", "GBR", "GOV")),
])
def test_swiss_and_british_state_bodies(kb, text: str, name: str, actor: tuple) -> None:
    assert hits(kb, text, "2025-06-02")[name] == actor


def test_the_sdfs_political_arm_and_epithet(kb) -> None:
    found = hits(kb, "The Syrian Democratic Council praised Kurdish-led forces for the arrests.", "2026-02-02")
    assert found["Syrian Democratic Council"] == ("syrian_democratic_council", "SYR", "PTY")
    assert found["Kurdish-led forces"] == ("sdf", "SYR", "REB")


@pytest.mark.parametrize("text, name, country", [
    ("The Hostages and Missing Families Forum urged a deal.", "Hostages and Missing Families Forum", "ISR"),
    ("The Freedom Flotilla Coalition said a second boat would sail.", "Freedom Flotilla Coalition", "NGO"),
])
def test_civil_society_groups(kb, text: str, name: str, country: str) -> None:
    assert hits(kb, text, "2025-06-02")[name][1] == country


def test_the_quartet_in_sudanese_copy_is_the_sudan_quad(kb) -> None:
    found = hits(kb, "PORT SUDAN (SUNA) - The army rejected the Quartet's plan.", "2025-11-10")
    assert found["the Quartet"][0] == "sudan_quad"


def test_a_states_diplomatic_sources_are_its_government(kb) -> None:
    found = hits(kb, "Turkish diplomatic sources denied the report on Thursday.", "2025-06-26")
    assert found["Turkish diplomatic sources"][1:] == ("TUR", "GOV")
