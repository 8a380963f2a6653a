"""Actors of session 60 (sentences written for these tests), from the opened cluster sets and
cluster_test67: detectives named bare are of the state their sentence sets them in, as rangers
are; a sentence's opening "Drug" is the trade, not India's Durg; street gangs are of the place
they act in, a hyphened city's name ("Port-au-Prince") read whole; Costa Rica's, Sierra Leone's
and the Maldives' heads of state of 1985 are in the KB; a state's possessive, as a nationality,
takes up to two plain modifiers before a civilian sector noun ("Greece's secondary school
teachers")."""

from __future__ import annotations

from actor_helpers import hit

DATE = "1985-07-01"


def test_bare_detectives_are_of_the_state_they_act_in(kb) -> None:
    ref = hit(kb, "Detectives arrested three men in Nassau on Friday.", "Detectives", DATE)
    assert (ref.country, ref.sector) == ("BHS", "COP")


def test_drug_squad_detectives_are_not_indian(kb) -> None:
    ref = hit(kb, "Drug squad detectives arrested three men in Nassau on Friday.", "Drug squad detectives", DATE)
    assert ref.country == "BHS"


def test_armed_gangs_are_of_the_hyphened_city_they_act_in(kb) -> None:
    text = "Armed gangs torched dozens of homes in the Port-au-Prince district of Cite Soleil."
    assert hit(kb, text, "Armed gangs", DATE).country == "HTI"


def test_costa_ricas_president_of_1985_is_costa_rican(kb) -> None:
    ref = hit(kb, "Luis Alberto Monge's cabinet rescinded the surcharge.", "Luis Alberto Monge's cabinet", DATE)
    assert ref.country == "CRI"


def test_sierra_leones_president_of_1985_is_sierra_leonean(kb) -> None:
    assert hit(kb, "Siaka Stevens flew to Conakry on Monday.", "Siaka Stevens", DATE).country == "SLE"


def test_the_maldives_president_is_maldivian(kb) -> None:
    assert hit(kb, "Maumoon Abdul Gayoom flew to Riyadh.", "Maumoon Abdul Gayoom", DATE).country == "MDV"


def test_a_states_teachers_named_with_two_modifiers_are_its_teachers(kb) -> None:
    text = "Greece's secondary school teachers threatened a strike."
    ref = hit(kb, text, "Greece's secondary school teachers", DATE)
    assert (ref.country, ref.sector) == ("GRC", "EDU")


def test_a_states_bus_drivers_are_its_workers(kb) -> None:
    ref = hit(kb, "Egypt's bus drivers struck on Monday.", "Egypt's bus drivers", DATE)
    assert (ref.country, ref.sector) == ("EGY", "LAB")
