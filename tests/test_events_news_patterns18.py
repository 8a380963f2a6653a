"""A bare force noun ("Troops", "the army") opening a clause takes no country from what it
acts on, nor from where those people live: an army the sentence names, or a state named
outside the clause's object, gives it one. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2024-04-04"  # a Thursday


def test_troops_are_not_of_the_people_they_detain(explainer: Explainer) -> None:
    (arrest,) = of_type(explainer, "Troops detained nine Palestinians near Jenin overnight.", "COERCE", DAY)
    assert [a.country for a in arrest.actors] == []
    assert [r.country for r in arrest.recipients] == ["PSE"]
    sourced = "Troops detained nine Palestinians near Jenin overnight, the IDF said."
    (arrest,) = of_type(explainer, sourced, "COERCE", DAY)
    assert [a.country for a in arrest.actors] == ["ISR"]  # the army named as source


def test_a_state_outside_the_object_gives_the_army_its_country(explainer: Explainer) -> None:
    text = "The army shelled Syrian army positions near the border, Turkish officials said."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [a.country for a in attack.actors] == ["TUR"]
    assert [r.country for r in attack.recipients] == ["SYR"]
