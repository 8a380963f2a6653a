"""Actors of session 38 (sentences written for these tests): rebels after an epithet opening
the sentence ("Maoist rebels") act where their sentence places them, as bare "Rebels" do;
India's federal police forces by name; constables are police."""

from __future__ import annotations

import pytest

from actor_helpers import hit

DATE = "2009-08-27"


@pytest.mark.parametrize("text", [
    "Maoist rebels blew up a railway line near Barwadih in Jharkhand.",
    "Armed rebels blew up a railway line near Barwadih in Jharkhand.",
])
def test_rebels_after_an_opening_epithet_act_where_their_sentence_places_them(kb, text: str) -> None:
    ref = hit(kb, text, "rebels", DATE)
    assert (ref.country, ref.sector) == ("IND", "REB")


def test_a_known_group_opening_the_sentence_stays_that_group(kb) -> None:
    # near miss: the first word is a name the KB knows, not an epithet
    ref = hit(kb, "Hamas rebels fired rockets at Sderot.", "Hamas rebels", DATE)
    assert ref.actor_id == "hamas"


@pytest.mark.parametrize("text, span, actor_id", [
    ("A CRPF patrol was ambushed near Dantewada.", "CRPF", "ind_crpf"),
    ("The Central Reserve Police Force sent 2 battalions to Lalgarh.", "Central Reserve Police Force", "ind_crpf"),
    ("Border Security Force troops exchanged fire with smugglers near Petrapole.", "Border Security Force troops", "ind_bsf"),
])
def test_indias_federal_police_forces(kb, text: str, span: str, actor_id: str) -> None:
    ref = hit(kb, text, span, DATE)
    assert (ref.actor_id, ref.country, ref.sector) == (actor_id, "IND", "COP")


def test_constables_are_police(kb) -> None:
    ref = hit(kb, "Indian constables detained 4 men in Ranchi.", "Indian constables", DATE)
    assert (ref.country, ref.sector) == ("IND", "COP")
