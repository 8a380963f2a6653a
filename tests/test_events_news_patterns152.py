"""Modality and content of acts: aid announced in the passive by a doer who is not the
speaker is planned, no promise; an act feared, or one a party is only capable of, never
happened; a raising passive ("were reported to have") leaves its subject the doer; a charge
summed up after a comma is answered by the party that rejected it; an aim before a gerund
("aimed at winning") makes its act a goal; a quoted label names no act; and what a released
publication is about is its topic. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, known_countries, of_type

DAY = "2026-03-18"  # a Wednesday


def test_aid_a_speaker_says_another_will_hand_out_is_planned(explainer: Explainer) -> None:
    text = "Tents would be distributed by the Red Crescent in Idlib from next week, Turkish officials said."
    events = code(explainer, text, DAY)
    assert [(e.type, e.modality) for e in events] == [("AID", "intended")]


def test_aid_its_own_side_says_it_will_deliver_stays_a_promise(explainer: Explainer) -> None:
    text = "Jordanian officials said food would be delivered by Jordan's army to Gaza next week."
    (promise,) = of_type(explainer, text, "AGREE", DAY)
    assert known_countries(promise.actors) == ["JOR"]


@pytest.mark.parametrize("fear", ["fearing fresh", "dreading new"])
def test_attacks_a_government_fears_did_not_happen(explainer: Explainer, fear: str) -> None:
    text = (f"Kenya's government put police on alert in Mandera on Friday, {fear} raids on buses by "
            "al-Shabaab fighters, officials said.")
    assert {e.modality for e in of_type(explainer, text, "ASSAULT", DAY)} <= {"hypothetical"}


def test_a_fear_verb_does_not_reach_past_a_preposition(explainer: Explainer) -> None:
    text = "Three soldiers were feared dead after raids by al-Shabaab fighters on Monday."
    assert [e.modality for e in of_type(explainer, text, "ASSAULT", DAY)] == ["asserted"]


@pytest.mark.parametrize("capability", ["would be capable of mounting a large offensive on",
                                        "has the means to strike"])
def test_a_capability_is_no_act(explainer: Explainer, capability: str) -> None:
    text = f"Analysts said Serbia's army {capability} Kosovo within weeks."
    assert [e.modality for e in of_type(explainer, text, "ASSAULT", DAY)] == ["hypothetical"]


def test_the_subject_of_a_raising_passive_is_the_doer(explainer: Explainer) -> None:
    text = "Serbian units were reported to have abandoned positions near Pristina on Monday."
    (retreat,) = of_type(explainer, text, "RETREAT", DAY)
    assert (retreat.modality, known_countries(retreat.actors)) == ("reported", ["SRB"])


def test_an_act_a_party_appeared_to_do_is_possible(explainer: Explainer) -> None:
    text = "Rwandan troops appeared to have withdrawn from Goma on Sunday."
    (retreat,) = of_type(explainer, text, "RETREAT", DAY)
    assert (retreat.modality, known_countries(retreat.actors)) == ("possible", ["RWA"])


def test_a_charge_summed_up_after_a_comma_is_rejected_by_its_party(explainer: Explainer) -> None:
    text = ("The Armenian government has been accused by Baku of arming separatists in Karabakh, "
            "a charge Yerevan has repeatedly rejected, Azeri media reported on Friday.")
    (rejection,) = of_type(explainer, text, "REJECT", DAY)
    assert known_countries(rejection.actors) == ["ARM"]


def test_a_thing_summed_up_after_a_comma_keeps_its_relative_as_background(explainer: Explainer) -> None:
    text = "Russian forces shelled Kupiansk, a town Ukrainian troops have recaptured twice."
    assert of_type(explainer, text, "COERCE", DAY) == []
    assert len(of_type(explainer, text, "ASSAULT", DAY)) == 1


def test_an_act_a_campaign_is_aimed_at_is_a_goal(explainer: Explainer) -> None:
    text = "Caracas began a diplomatic drive aimed at securing the lifting of sanctions."
    (lifting,) = of_type(explainer, text, "RETREAT", DAY)
    assert lifting.modality == "intended"


@pytest.mark.parametrize("quote", ['"', "'"])
def test_a_quoted_label_names_no_act(explainer: Explainer, quote: str) -> None:
    text = f"Kenya called the expulsion of its envoy {quote}an assault on diplomacy{quote} on Monday."
    assert of_type(explainer, text, "ASSAULT", DAY) == []


@pytest.mark.parametrize("topic", ["a report on Israeli strikes", "a new report about the killings of protesters"])
def test_the_topic_of_a_released_publication_is_no_act(explainer: Explainer, topic: str) -> None:
    text = f"Amnesty released {topic} in Lebanon on Tuesday."
    assert of_type(explainer, text, "ASSAULT", DAY) == []


def test_an_act_after_a_time_is_no_topic_of_a_release(explainer: Explainer) -> None:
    text = "Hamas released a statement on Monday after strikes on Khan Younis by Israel."
    assert len(of_type(explainer, text, "ASSAULT", DAY)) == 1
