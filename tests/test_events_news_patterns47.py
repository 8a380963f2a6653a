"""Triggers of news English, round 47 (issue #4/#5): wire wordings of refusal, threat,
protest, agreement and mobilisation the lexicon lacked. A refusal "said a firm no" to a plan
(its "to" parted by a day), a proposal its speaker calls "unacceptable", the proposers of a
spurned plan after "by"; a warner's "patience" with a party "running out" or "wearing thin",
a military operation whose "possibility" is floated, an ultimatum to act "or face the
consequences", an aggression that "would be met with" or "answered with" force (the speaker
threatens the aggressors); crowds that "poured onto roads" or "spilled onto the streets",
traffic "snarled", a "day of rage"; two states that "resolved to" act together; troops
"pushing towards" a place. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2026-03-08"  # a Sunday


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Algeria's president said a categorical no on Sunday to the French proposal for a joint inquiry.", "REJECT"),
        ("Jordan's foreign minister said an emphatic no yesterday to the resettlement plan.", "REJECT"),
        ("Syria's defence minister floated the possibility of a military operation against the SDF on Sunday.",
         "THREATEN"),
        ("Kenyans spilled onto the streets of Nairobi on Sunday against the finance bill.", "PROTEST"),
        ("Hundreds of Serbs poured onto roads around Novi Sad on Sunday against the government.", "PROTEST"),
        ("Truckers snarled traffic around Ottawa on Sunday against the new fuel levy.", "PROTEST"),
        ("Nigerian students held a day of rage in Lagos on Sunday over tuition fees.", "PROTEST"),
        ("Iraq and Syria resolved on Sunday to reopen the al-Qaim crossing to trade.", "AGREE"),
        ("Syrian army troops pushed towards Deir ez-Zor on Sunday, a military source said.", "MOBILIZE"),
    ],
)
def test_news_wordings_code_their_plover_type(explainer: Explainer, text: str, kind: str) -> None:
    assert of_type(explainer, text, kind, DAY)


def test_a_plan_called_unacceptable_is_refused_by_the_speaker(explainer: Explainer) -> None:
    text = "Israel's plan for the border strip is unacceptable, Lebanon's president said on Sunday."
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert countries(refusal.actors) == ["LBN"]
    assert countries(refusal.recipients) == ["ISR"]
    # an act called unacceptable is judged, not refused
    assert not of_type(explainer, "Israel's raids on Lebanon are unacceptable, the Egyptian minister said on Sunday.",
                       "REJECT", DAY)


def test_the_proposers_of_a_spurned_plan_are_its_recipients(explainer: Explainer) -> None:
    (refusal,) = of_type(explainer, "Hamas spurned a ceasefire proposal put forward by Egypt on Sunday.", "REJECT", DAY)
    assert countries(refusal.recipients) == ["EGY"]


def test_patience_running_out_threatens_whom_it_is_with(explainer: Explainer) -> None:
    text = "Azerbaijan's patience with Armenia is wearing thin, its president said on Sunday."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert countries(threat.actors) == ["AZE"]
    assert countries(threat.recipients) == ["ARM"]
    # time running out threatens no one
    assert not of_type(explainer, "Time is running out for a deal with Armenia, the mediators said on Sunday.",
                       "THREATEN", DAY)


def test_or_face_the_consequences_is_an_ultimatum_to_the_subject(explainer: Explainer) -> None:
    text = "Israel's defence minister said on Sunday that Hezbollah had to pull back or face the consequences."
    threats = of_type(explainer, text, "THREATEN", DAY)
    assert threats and countries(threats[0].actors) == ["ISR"]
    assert countries(threats[0].recipients) == ["LBN"]


def test_an_aggression_answered_with_force_threatens_the_aggressor(explainer: Explainer) -> None:
    text = "The Iranian army chief said on Sunday that any Israeli attack would be answered with fire."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert countries(threat.actors) == ["IRN"]
    assert countries(threat.recipients) == ["ISR"]


def test_troops_pushing_towards_a_place_move_but_mediators_do_not(explainer: Explainer) -> None:
    assert of_type(explainer, "Sudanese army troops pushed towards El Fasher on Sunday.", "MOBILIZE", DAY)
    assert not of_type(explainer, "The mediators pushed towards a deal on Sunday.", "MOBILIZE", DAY)
