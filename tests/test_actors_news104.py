"""Actors of session 62 (sentences written for these tests), from the opened cluster sets 64 to
68: a sizeable town's possessive before an actor noun gives the noun the town's country, as the
town's name before it does ("Douala's firms" as "Douala firms"), with up to two plain modifiers
between ("Douala's coach firms", as "Greece's secondary school teachers"); a definite article
before qualifiers and a contextual noun ("the licensing authorities", "the central
authorities") is read as "the authorities", the state in context."""

from __future__ import annotations

from actor_helpers import hit

DATE = "1985-07-01"


def test_a_towns_possessive_gives_its_firms_its_country(kb) -> None:
    ref = hit(kb, "Douala's firms lost the right to carry passengers on Friday.", "Douala's firms", DATE)
    assert (ref.country, ref.sector) == ("CMR", "BUS")


def test_a_towns_possessive_takes_a_plain_modifier_before_the_noun(kb) -> None:
    text = "Douala's coach firms lost the right to carry passengers on Friday."
    ref = hit(kb, text, "Douala's coach firms", DATE)
    assert (ref.country, ref.sector) == ("CMR", "BUS")


def test_a_towns_possessive_before_residents(kb) -> None:
    assert hit(kb, "Mosul's residents fled the city on Friday.", "Mosul's residents", DATE).country == "IRQ"


def test_the_licensing_authorities_are_the_state_in_context(kb) -> None:
    text = "In Cameroon, the licensing authorities annulled the permits of four coach firms."
    ref = hit(kb, text, "licensing authorities", DATE)
    assert (ref.country, ref.sector) == ("CMR", "GOV")


def test_the_central_authorities_are_the_state_in_context(kb) -> None:
    text = "In Cameroon, the central authorities annulled the permits of four coach firms."
    assert hit(kb, text, "central authorities", DATE).country == "CMR"
