"""Actors of session 55 (sentences written for these tests), from the opened cluster_test62:
Spain's foreign minister of 1985-1992, Ecuador's president of 1988-1992 and Tanzania's of
1985-1995 are in the KB, so "Rodrigo Borja's government" is Ecuador's."""

from __future__ import annotations

from actor_helpers import hit

DATE = "1990-10-25"


def test_spains_foreign_minister_of_the_late_1980s_is_spanish(kb) -> None:
    ref = hit(kb, "Francisco Fernandez Ordonez met Moroccan officials in Rabat on Monday.",
              "Francisco Fernandez Ordonez", DATE)
    assert ref.country == "ESP"


def test_a_government_led_by_ecuadors_president_is_ecuadors(kb) -> None:
    ref = hit(kb, "Rodrigo Borja's government scrapped the banana tax on Monday.", "Rodrigo Borja's government", DATE)
    assert (ref.country, ref.sector) == ("ECU", "GOV")


def test_tanzanias_president_of_the_late_1980s_is_tanzanian(kb) -> None:
    ref = hit(kb, "Ali Hassan Mwinyi visited Nairobi on Monday.", "Ali Hassan Mwinyi", DATE)
    assert ref.country == "TZA"
