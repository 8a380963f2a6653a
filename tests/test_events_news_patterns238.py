"""Lexicon, session 32 round 2: "separate to", "separately to", "distinct to" part the news
from another act as "separate from" does ("The arrest was separate to Monday's raid ...");
an attack, shelling, bombardment or bombing a place or a force "came under" takes its
attacker after "from" or "by". Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type

DAY = "2025-05-03"  # a Saturday


def test_an_act_a_definite_event_subject_is_separate_to_is_not_coded(explainer: Explainer) -> None:
    text = "The arrest was separate to Monday's raid by police on a mosque in Kano, officials said."
    assert "ASSAULT" not in coded_types(explainer, text, DAY)


def test_distinct_to_parts_as_well(explainer: Explainer) -> None:
    text = "The ambush is distinct to Thursday's raid by soldiers on the village of Dikwa."
    assert "ASSAULT" not in coded_types(explainer, text, DAY)


def test_an_adverb_may_stand_before_separate_to(explainer: Explainer) -> None:
    text = "The march was entirely separate to Thursday's strike by dock workers in Mombasa."
    assert "PROTEST" not in coded_types(explainer, text, DAY)


def test_a_subject_that_is_no_event_noun_is_separate_to_nothing(explainer: Explainer) -> None:
    text = "The company is separate to Thursday's strike by dock workers in Mombasa."
    assert "PROTEST" in coded_types(explainer, text, DAY)


def test_the_attacker_after_by_of_came_under_shelling(explainer: Explainer) -> None:
    text = "Syrian troops came under shelling by rebels near Idlib on Friday."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [a.text for a in attack.actors] == ["rebels"]
    assert [r.country for r in attack.recipients] == ["SYR"]


def test_the_attacker_after_by_of_came_under_attack(explainer: Explainer) -> None:
    text = "Malian soldiers came under attack by jihadists near Gao."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [a.text for a in attack.actors] == ["jihadists"]
    assert [r.country for r in attack.recipients] == ["MLI"]


def test_the_attacker_after_from_of_came_under_bombardment(explainer: Explainer) -> None:
    text = "The town came under intense bombardment from Russian forces overnight."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [a.country for a in attack.actors] == ["RUS"]


def test_the_attacker_after_by_of_came_under_fire(explainer: Explainer) -> None:
    text = "Pakistani troops came under fire by Afghan forces at the Torkham crossing."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [a.country for a in attack.actors] == ["AFG"]
    assert [r.country for r in attack.recipients] == ["PAK"]
