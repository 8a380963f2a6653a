"""Roles and actors: the "by" agent of a passive verb of giving after its retained object
("was given 40 tonnes of flour by Kuwait"); the "by" agent of a participle after an event
noun past one prepositional phrase ("travel bans imposed on three generals by Canada"), but
never of a participle of judging ("the attack condemned by Qatar"); a ruler's given name
backed by the home of the outlet that ran the report. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.actors import scan
from lapwing.explain import Explainer
from lapwing.knowledge import KnowledgeBase

from event_helpers import of_type

DAY = "2025-04-01"


@pytest.mark.parametrize(("text", "giver", "receiver"), [
    ("Jordan was given 40 tonnes of flour by Kuwait.", "KWT", "JOR"),
    ("Georgia was granted a loan of 300 million euros by the World Bank.", "IGO", "GEO"),
    ("Lebanon was sent two planeloads of medicine by Egypt on Tuesday.", "EGY", "LBN"),
])
def test_the_giver_follows_the_thing_given_in_the_passive(explainer: Explainer, text: str, giver: str,
                                                          receiver: str) -> None:
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert [a.country for a in aid.actors] == [giver]
    assert [r.country for r in aid.recipients] == [receiver]


def test_a_by_phrase_of_the_objects_own_phrase_names_no_giver(explainer: Explainer) -> None:
    text = "Armenia was given weapons from stocks captured by Ukraine."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert aid.actors == []
    assert [r.country for r in aid.recipients] == ["ARM"]


def test_a_measure_imposed_on_a_party_by_a_state_is_that_states(explainer: Explainer) -> None:
    text = "Travel bans imposed on three Sudanese generals by Canada took effect on Friday."
    (ban,) = of_type(explainer, text, "SANCTION", DAY)
    assert [a.country for a in ban.actors] == ["CAN"]
    assert [r.country for r in ban.recipients] == ["SDN"]


@pytest.mark.parametrize("text", [
    "The drone attack condemned by Qatar killed three soldiers in northern Iraq.",
    "The drone strike welcomed by Qatar killed three soldiers in northern Iraq.",
])
def test_who_judges_an_attack_did_not_carry_it_out(explainer: Explainer, text: str) -> None:
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert "QAT" not in [a.country for a in attack.actors]


def test_a_rulers_given_name_is_backed_by_the_outlets_home(kb: KnowledgeBase) -> None:
    text = "A donation to the Red Crescent was approved on Sunday by Sheikh Mishal."
    (home,) = [h for h in scan(text, DAY, kb=kb, outlet="KUNA") if h.text == "Sheikh Mishal"]
    assert (home.resolution.actor.actor_id, home.resolution.actor.country) == ("mishal_al_ahmad", "KWT")
    (abroad,) = [h for h in scan(text, DAY, kb=kb) if h.text == "Sheikh Mishal"]
    assert abroad.resolution.actor.country is None
