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
