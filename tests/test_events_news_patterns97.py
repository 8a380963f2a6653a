"""Roles (events_roles.py): the party that fired the weapon heading a verb's subject ("Mortar
rounds fired by X slammed into") acts; a relative clause after "A and his Sudanese counterpart"
has both as actors; a count's thousands comma ("Around 2,400 troops") cuts no subject short;
forces moving along "X's border with Y" are X's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2025-09-12"  # a Friday


@pytest.mark.parametrize("text", [
    "Mortar rounds fired by the Rapid Support Forces slammed into a clinic in El Fasher on Thursday.",
    "Artillery shells fired by the Rapid Support Forces of Hemeti crashed into a market in El Fasher on Thursday.",
])
def test_the_firer_of_the_weapon_heading_the_subject_acts(explainer: Explainer, text: str) -> None:
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [a.actor_id for a in attack.actors] == ["rsf"]
    # the weapon's firer is no actor when nothing links the weapon to the verb's subject
    (plain,) = of_type(explainer, "Mortar rounds slammed into a clinic in El Fasher on Thursday.", "ASSAULT", DAY)
    assert plain.actors == []


def test_a_pair_joined_by_a_possessive_both_act_in_the_relative_clause(explainer: Explainer) -> None:
    text = ("The bus line from Amman to Damascus will reopen in May under an accord sealed on Thursday by Jordan's "
            "Transport Minister Nidal Qatamin and his Syrian counterpart, who also pledged to share its costs.")
    (pledge,) = of_type(explainer, text, "AGREE", DAY)
    assert sorted(countries(pledge.actors)) == ["JOR", "SYR"]


def test_a_thousands_comma_does_not_cut_the_count_off_its_forces(explainer: Explainer) -> None:
    (move,) = of_type(explainer, "Around 2,400 fresh troops fanned out along the coast on Thursday.", "MOBILIZE", DAY)
    assert move.actors[0].text == "fresh troops"


def test_forces_along_a_states_own_border_with_another_are_its_own(explainer: Explainer) -> None:
    text = "Some 800 extra troops deployed on Thursday along Jordan's northern border with Syria."
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert countries(move.actors) == ["JOR"] and move.actors[0].sector == "MIL"
    # a border named without the state beyond it may be crossed from either side
    (bare,) = of_type(explainer, "Some 800 extra troops deployed on Thursday along Jordan's border.", "MOBILIZE", DAY)
    assert countries(bare.actors) != ["JOR"]


@pytest.mark.parametrize("text, owner", [
    ("Some 1,200 extra soldiers deployed on Thursday along Saudi Arabia's northern border with Jordan.", "SAU"),
    ("Two thousand soldiers deployed on Thursday along South Sudan's frontier with Uganda.", "SSD"),
])
def test_a_border_owner_of_several_words_is_the_whole_name(explainer: Explainer, text: str, owner: str) -> None:
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert countries(move.actors) == [owner] and move.actors[0].sector == "MIL"
