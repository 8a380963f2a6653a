"""Session 48 (sentences written for these tests), from probe C21: a name that opens a KB
person's longer name is that person ("President Fernando Collor" of Fernando Collor de
Mello); charges filed or brought against a party accuse it; a state's rapper or writer named
bare is of the one state in context; a state's war crimes tribunal is its judiciary."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type


def test_a_shortened_name_and_charges_filed(explainer: Explainer) -> None:
    text = "Prosecutors in Brasilia could file bribery charges against President Fernando Collor next week."
    (charge,) = of_type(explainer, text, "ACCUSE", "1992-06-10")
    assert countries(charge.recipients) == ["BRA"] and charge.modality == "possible"
    assert charge.recipients[0].actor_id == "fernando_collor_de_mello"


def test_a_rapper_and_a_war_crimes_tribunal(explainer: Explainer) -> None:
    text = "Egypt's judiciary commuted the death sentence of a young rapper to ten years in prison on Sunday."
    (clemency,) = of_type(explainer, text, "CONCEDE", "2041-06-14")
    assert countries(clemency.recipients) == ["EGY"]
    text = "Cambodia's war crimes tribunal indicted two former Khmer Rouge commanders on Monday."
    (charge,) = of_type(explainer, text, "ACCUSE", "2041-06-14")
    assert countries(charge.actors) == ["KHM"] and charge.actors[0].sector == "JUD"
