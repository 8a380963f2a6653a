"""Actors of session 35 (sentences written for these tests): a state named for its islands
("Solomon Islands") is the state, not a stretch of sea; PNG is Papua New Guinea; the
multilateral development banks are international bodies; a "treasury chief" is a finance
minister; armed forces known by their own initials (UPDF, KDF) are their state's army."""

from __future__ import annotations

import pytest

from actor_helpers import hit

DATE = "2012-05-17"


@pytest.mark.parametrize("text, span, country", [
    ("Solomon Islands signed a fisheries deal with Fiji.", "Solomon Islands", "SLB"),
    ("Patrol boats of Solomon Islands and PNG searched canoes near Bougainville.", "PNG", "PNG"),
    ("The Inter-American Development Bank lent Honduras $50m for roads.", "Inter-American Development Bank",
     "IGO"),
    ("CABEI approved a credit for Nicaragua's ports.", "CABEI", "IGO"),
    ("The Asian Development Bank signed a loan with Laos.", "Asian Development Bank", "IGO"),
])
def test_states_and_banks_by_their_names(kb, text: str, span: str, country: str) -> None:
    assert hit(kb, text, span, DATE).country == country


def test_a_treasury_chief_is_a_finance_minister(kb) -> None:
    ref = hit(kb, "Treasury chief Maria Lopez signed the credit in Tegucigalpa.", "Treasury chief Maria Lopez", DATE)
    assert ref.sector == "GOV"


@pytest.mark.parametrize("text, span, country", [
    ("The UPDF moved troops to Kasese.", "UPDF", "UGA"),
    ("KDF soldiers entered Dhobley.", "KDF soldiers", "KEN"),
])
def test_forces_of_their_own_initials(kb, text: str, span: str, country: str) -> None:
    ref = hit(kb, text, span, DATE)
    assert (ref.country, ref.sector) == (country, "MIL")


def test_an_office_holder_of_a_text_naming_its_state_and_a_place_of_it(kb) -> None:
    text = ("Treasury chief Juan Soto signed a $25m credit for water works in Arequipa, the treasury "
            "ministry of Peru disclosed.")
    assert hit(kb, text, "Treasury chief Juan Soto", DATE).country == "PER"


def test_a_demonym_inside_a_banks_name_names_no_state(kb) -> None:
    text = ("Treasury chief Juan Soto and the Inter-American Development Bank signed a $25m credit for water "
            "works in Arequipa, the treasury ministry of Peru disclosed.")
    assert hit(kb, text, "Treasury chief Juan Soto", DATE).country == "PER"
