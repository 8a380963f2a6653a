"""Actors of session 36 (sentences written for these tests): "the Quartet" in copy about
Israel and the Palestinians is the Middle East Quartet of mediators, while Sudanese copy's
"Quartet" stays the Quad for Sudan."""

from __future__ import annotations

import pytest

from actor_helpers import hit

DATE = "2006-02-01"


@pytest.mark.parametrize("text, span", [
    ("Hamas leaders rejected demands by the Quartet to recognise Israel.", "the Quartet"),
    ("The Middle East Quartet met envoys of the Palestinian Authority in Ramallah.", "Middle East Quartet"),
])
def test_the_quartet_of_middle_east_mediators(kb, text: str, span: str) -> None:
    ref = hit(kb, text, span, DATE)
    assert (ref.actor_id, ref.country) == ("middle_east_quartet", "IGO")


def test_the_quartet_in_sudanese_copy_is_the_quad(kb) -> None:
    text = "The Quartet urged the Sudanese army and the RSF to agree a truce in Khartoum."
    assert hit(kb, text, "The Quartet", "2025-09-12").actor_id == "sudan_quad"


@pytest.mark.parametrize("text, span, country, sector", [
    ("The presidents of Egypt and Sudan met in Cairo.", "Sudan", "SDN", "GOV"),
    ("The presidents of Bosnia, Croatia and Serbia initialled the accord.", "Serbia", "SRB", "GOV"),
    ("The premiers of China and Japan met in Tokyo.", "Japan", "JPN", "GOV"),
    ("The kings of Jordan and Morocco met in Rabat.", "Morocco", "MAR", "GOV"),
    ("The heads of state of Kenya and Uganda met in Nairobi.", "Uganda", "UGA", "GOV"),
    ("The chiefs of staff of Israel and Egypt met in Cairo.", "Egypt", "EGY", "MIL"),
    ("The army chiefs of India and Pakistan met in Lahore.", "Pakistan", "PAK", "MIL"),
])
def test_a_plural_office_after_of_is_every_states_in_the_list(kb, text: str, span: str, country: str,
                                                               sector: str) -> None:
    ref = hit(kb, text, span, DATE)
    assert (ref.country, ref.sector) == (country, sector)


@pytest.mark.parametrize("text, span, actor_id", [
    ("The outlawed Baloch Republican Army threatened to blow up gas pipelines at Sui.", "Baloch Republican Army",
     "baloch_republican_army"),
    ("The BLA claimed the attack on the Frontier Corps post.", "BLA", "bla"),
    ("The Seychelles People's Defence Forces announced the patrol in Victoria.",
     "Seychelles People's Defence Forces", "syc_spdf"),
])
def test_armed_groups_and_forces_the_kb_lacked(kb, text: str, span: str, actor_id: str) -> None:
    assert hit(kb, text, span, DATE).actor_id == actor_id


@pytest.mark.parametrize("text, span, country", [
    ("Botswana Defence Force soldiers and Namibian police combed the river.", "Botswana Defence Force soldiers",
     "BWA"),
    ("Malawi Defence Force troops and Zambian police combed the border.", "Malawi Defence Force troops", "MWI"),
    ("Israeli army soldiers and police raided the camp.", "Israeli army soldiers", "ISR"),
    ("A Mauritian coast guard vessel and a Seychellois patrol boat combed the seas.", "Seychellois patrol boat",
     "SYC"),
])
def test_a_force_and_its_men_are_one_military_party(kb, text: str, span: str, country: str) -> None:
    ref = hit(kb, text, span, DATE)
    assert (ref.country, ref.sector) == (country, "MIL")


@pytest.mark.parametrize("text", [
    "Tanzanian police held opposition leader Mbowe overnight.",
    "The army held opposition leader Mbowe overnight.",
])
def test_a_marker_written_apart_is_a_verb(kb, text: str) -> None:
    assert hit(kb, text, "opposition leader Mbowe", DATE).sector == "OPP"


def test_a_hyphenated_marker_still_qualifies_its_noun(kb) -> None:
    # near miss: "army-led" written as one word is the compound
    assert hit(kb, "Sudan's army-led authorities banned the rally.", "Sudan's army-led authorities",
               DATE).sector == "GOV"
