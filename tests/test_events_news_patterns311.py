"""Session 54 (sentences written for these tests), from probe C27: an act a relative clause
on a remembered attack tells is history however long the attack's name ("the anniversary of
the truck bomb attack on the US embassy in the centre of Nairobi that killed"), and a truck
bomb is one; a crowd's demand after a comma far from its blockade is the protest's aim; "that"
before a modal opens a relative clause ("a law that would allow")."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, types

DAY = "2023-08-07"


def test_what_a_remembered_attack_did_is_history(explainer: Explainer) -> None:
    text = ("Kenya marked on Monday the 25th anniversary of the truck bomb attack on the US embassy in the centre "
            "of Nairobi that killed 213 Kenyans.")
    assert code(explainer, text, DAY) == []


def test_a_truck_bomb_is_a_vehicle_bomb(explainer: Explainer) -> None:
    [event] = code(explainer, "A truck bomb killed 20 Iraqi soldiers in Mosul on Monday.", DAY)
    assert (event.type, event.mode) == ("ASSAULT", "explosives")


def test_a_crowds_demand_after_its_blockade_is_its_aim(explainer: Explainer) -> None:
    text = ("Jobless workers blocked the main road linking Tunis with the southern port of Sfax for five hours on "
            "Monday, demanding jobs from the government.")
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.recipients)) == ("PROTEST", ["TUN"])


def test_that_before_a_modal_opens_a_relative_clause(explainer: Explainer) -> None:
    text = ("Thousands marched in Warsaw on Sunday against a law that would allow the police to detain Belarusian "
            "dissidents.")
    assert types(code(explainer, text, DAY)) == ["PROTEST"]
