"""Event structure: a group saying its fighters were behind an attack claims it; a motive after
"angered by" is no event; a thing that "encourages" asks nothing; the act a condemnation names
after "for what it called" is its reason; an act only talked of is possible; cargo planes
arriving with relief deliver it; a relative clause on one a measure punishes tells an earlier
deed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type

DAY = "2025-05-14"


@pytest.mark.parametrize("owner", ["its fighters", "its militants", "their men"])
def test_a_group_saying_its_fighters_were_behind_an_attack_claims_it(explainer: Explainer, owner: str) -> None:
    text = (f"Mortar rounds hit a police post in Bannu this morning, and Tehreek-e-Taliban Pakistan said "
            f"{owner} were behind the attack.")
    assert "ACCUSE" not in coded_types(explainer, text, DAY)
    strikes = of_type(explainer, text, "ASSAULT", DAY)
    assert any("ttp" in {a.actor_id for a in s.actors} for s in strikes)


def test_a_third_party_saying_fighters_were_behind_an_attack_accuses(explainer: Explainer) -> None:
    text = "The Pakistani army said Taliban fighters were behind the attack on the police post in Bannu."
    assert "ACCUSE" in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("feeling", ["angered by", "furious at", "incensed by"])
def test_a_motive_after_a_feeling_is_no_event(explainer: Explainer, feeling: str) -> None:
    text = (f"Drones struck a Kurdish base near Erbil on Monday, the latest in a series of attacks by militias "
            f"{feeling} Turkish support for the offensive.")
    assert "SUPPORT" not in coded_types(explainer, text, DAY)


def test_an_act_after_a_motive_phrase_stays_news(explainer: Explainer) -> None:
    text = "Villagers angered by the army's raid on Kalar staged a protest outside the governor's office on Monday."
    assert "PROTEST" in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("subject", ["cash handed out in the camps", "the current policy"])
def test_a_thing_that_encourages_asks_nothing(explainer: Explainer, subject: str) -> None:
    text = (f"Jordan's interior minister asked donors on Tuesday for money to resettle refugees, saying "
            f"that {subject} only encourages them to remain.")
    requests = of_type(explainer, text, "REQUEST", DAY)
    assert [r.trigger.text for r in requests] == ["asked"]


def test_a_party_that_encourages_still_asks(explainer: Explainer) -> None:
    text = "Norway's foreign minister on Tuesday encouraged Colombia to resume talks with the rebels."
    assert "REQUEST" in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("frame", ["what it called", "what it described as"])
def test_the_act_a_condemnation_names_in_a_free_relative_is_its_reason(explainer: Explainer, frame: str) -> None:
    text = (f"Kenya's cabinet on Tuesday castigated Uganda for {frame} a steady supply of weapons to "
            "rebel militias near the border.")
    assert coded_types(explainer, text, DAY) == ["ACCUSE"]


@pytest.mark.parametrize("rumour", ["amid talk of", "amid speculation about", "amid rumours of"])
def test_an_act_only_talked_of_is_possible(explainer: Explainer, rumour: str) -> None:
    text = (f"Russia moved extra tanks and artillery to its border with Georgia today, local media said, "
            f"{rumour} a ground offensive against separatist fighters.")
    offensives = of_type(explainer, text, "ASSAULT", DAY)
    assert offensives and all(e.modality == "possible" for e in offensives)


def test_military_cargo_planes_arriving_with_relief_deliver_it(explainer: Explainer) -> None:
    text = ("Five Egyptian military cargo planes arrived at Misrata airport this morning, unloading blankets, "
            "medicines and tents bound for the flooded villages.")
    assert coded_types(explainer, text, DAY) == ["AID"]


def test_a_relative_clause_on_one_a_measure_punishes_tells_an_earlier_deed(explainer: Explainer) -> None:
    text = ("The Civil Administration today cancelled the work permits of 40 relatives of a young man from "
            "Beit Ummar, near Hebron, who stabbed a guard at the Gush Etzion junction.")
    assert "ASSAULT" not in coded_types(explainer, text, DAY)
