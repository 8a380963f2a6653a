"""Event roles: a weapon's firer named after the place it was fired from ("shells fired from
the Iraqi side by PKK militants"); a state named only as the backers or allies of a party
("the Russian allies of the Syrian army"); the owner of a nationality or permit taken from
it ("X's citizenship was revoked by Y"); ", and" after the object of a preposition opening a
new subject. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2004-03-09"


def test_the_by_agent_after_the_origin_of_a_weapon_fires_it(explainer: Explainer) -> None:
    text = ("Mortar rounds fired from the Iraqi side by PKK militants struck a village in Hakkari province "
            "on Tuesday, the governor's office said.")
    attacks = of_type(explainer, text, "ASSAULT", DAY)
    actors = [a.text for e in attacks for a in e.actors]
    assert any("PKK" in a for a in actors)
    assert not any("side" in a.lower() for a in actors)


def test_the_state_of_the_allies_of_a_force_acts(explainer: Explainer) -> None:
    text = "The Russian allies of the Syrian army bombed a bakery in Idlib province on Friday, rescuers said."
    attacks = of_type(explainer, text, "ASSAULT", DAY)
    assert attacks and all([a.country for a in e.actors] == ["RUS"] for e in attacks)


def test_the_state_of_the_sponsors_of_a_group_acts(explainer: Explainer) -> None:
    text = "The Iranian sponsors of the Houthis shelled a border village overnight, residents said."
    attacks = of_type(explainer, text, "ASSAULT", DAY)
    assert attacks and all([a.country for a in e.actors] == ["IRN"] for e in attacks)


def test_the_owner_of_a_revoked_nationality_receives(explainer: Explainer) -> None:
    text = "Sheikh Hamad Salem's citizenship was revoked by Kuwait on Monday, his lawyer said."
    curbs = of_type(explainer, text, "COERCE", DAY)
    assert curbs and [a.country for a in curbs[0].actors] == ["KWT"]
    assert [r.text for r in curbs[0].recipients] == ["Sheikh Hamad Salem"]


def test_the_owner_of_an_act_still_does_it(explainer: Explainer) -> None:
    text = "Russia's invasion was condemned by the UN General Assembly on Monday."
    attacks = of_type(explainer, text, "ASSAULT", DAY)
    assert attacks and [a.country for a in attacks[0].actors] == ["RUS"]


def test_comma_and_after_a_prepositional_object_opens_a_new_subject(explainer: Explainer) -> None:
    text = ("Medical supplies reached Aden on Sunday aboard a ship of the Kuwait Red Crescent Society, and "
            "Yemen's prime minister thanked the Kuwaiti people for their help.")
    thanks = of_type(explainer, text, "SUPPORT", DAY)
    assert thanks and all([a.country for a in e.actors] == ["YEM"] for e in thanks)
