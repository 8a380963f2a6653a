"""Actors and roles: whoever calls an act by a label ("called the shelling a massacre") judges
it and did not do it, the label's "by" names the doer; who takes responsibility or credit for an
act did it; a crowd counted with no noun ("Tens of thousands marched") protests; gunmen and rebels
named alone are of the one state their sentence places them in. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, of_type

DAY = "2025-05-14"


@pytest.mark.parametrize("text", [
    "Somalia's information minister called the bombing of the mosque a cowardly massacre of worshippers.",
    "Kenya's interior minister called the attack on the police camp a massacre of recruits.",
])
def test_who_labels_an_act_did_not_do_it(explainer: Explainer, text: str) -> None:
    assert all(not attack.actors for attack in of_type(explainer, text, "ASSAULT", DAY))


def test_the_labels_by_phrase_names_the_doer(explainer: Explainer) -> None:
    text = "Pakistan's foreign office termed the shelling a war crime by Indian forces."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [a.country for a in attack.actors] == ["IND"]


def test_a_labelled_act_told_before_is_no_second_attack(explainer: Explainer) -> None:
    text = ("Al-Shabaab fighters stormed a hotel in Kismayo on Tuesday, the regional president said, "
            "and he called the raid a slaughter of guests by a group serving foreign masters.")
    strikes = of_type(explainer, text, "ASSAULT", DAY)
    assert [s.trigger.text for s in strikes] == ["stormed"]


@pytest.mark.parametrize("text, actor", [
    ("The Baloch Liberation Army took responsibility for the ambush of a convoy near Turbat on Monday.",
     "Baloch Liberation Army"),
    ("Al-Shabaab took credit for Saturday's bombing of a checkpoint outside Baidoa.", "al_shabaab"),
])
def test_who_takes_responsibility_for_an_act_did_it(explainer: Explainer, text: str, actor: str) -> None:
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert actor in {a.actor_id or "" for a in attack.actors} | {a.text for a in attack.actors}


def test_no_one_taking_responsibility_names_no_doer(explainer: Explainer) -> None:
    text = "Nobody has taken responsibility for the bombing of the bus station in Quetta."
    assert all(not attack.actors for attack in of_type(explainer, text, "ASSAULT", DAY))


@pytest.mark.parametrize("text, country", [
    ("Tens of thousands marched through Tbilisi on Sunday against the foreign agents law.", "GEO"),
    ("On Friday, thousands rallied in Dhaka to demand fresh elections.", "BGD"),
])
def test_a_crowd_counted_with_no_noun_protests(explainer: Explainer, text: str, country: str) -> None:
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert [(a.country, a.sector) for a in protest.actors] == [(country, "CVL")]


@pytest.mark.parametrize("text, expected", [
    ("Gunmen abducted 20 pupils from a school in Katsina state in Nigeria on Monday.", ("NGA", "UAF")),
    ("Jihadists overran an army post near Menaka in Mali on Sunday.", ("MLI", "REB")),
])
def test_gunmen_alone_are_of_the_state_they_act_in(explainer: Explainer, text: str,
                                                   expected: tuple[str, str]) -> None:
    events = [e for e in code(explainer, text, DAY) if e.type in {"ASSAULT", "COERCE"}]
    assert [(a.country, a.sector) for e in events for a in e.actors][:1] == [expected]


@pytest.mark.parametrize("text", [
    "Gunmen from Niger killed eleven villagers in Burkina Faso on Sunday.",
    "Gunmen killed eleven villagers in Burkina Faso on Sunday, days after a raid in Niger.",
])
def test_gunmen_of_another_state_or_two_scenes_stay_stateless(explainer: Explainer, text: str) -> None:
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [a.country for a in attack.actors] == [None]
