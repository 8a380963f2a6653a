"""Ultimatums, conditional threats and refusals as news English words them (found by a
probe of fresh wire sentences), tested on sentences written for these tests: a party given
"48 hours" or "a week" or "until Friday" to act "or face" an assault, a price a party
"would 'pay'" with a quote mark inside the idiom, an offensive a state "could launch ...
unless" another yields, the act an "unless" clause demands, and the proposals, calls and
objections that a refusal's object and its reason name."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type, types

DAY = "2025-03-14"  # a Friday


def test_a_deadline_to_act_or_face_force_is_one_threat(explainer: Explainer) -> None:
    # the party given the time may be long, the span singular, the deadline a date; neither
    # the act demanded nor the force threatened is an event
    (threat,) = code(explainer, "The rebel commander gave the Ethiopian army garrison in the town 72 hours to "
                     "surrender or face an assault, his spokesman said on Friday.", DAY)
    assert threat.type == "THREATEN"
    (threat,) = code(explainer, "The Houthis gave foreign shipping companies a week to cut all ties with Israeli "
                     "ports or see their ships targeted, the group said on Friday.", DAY)
    assert threat.type == "THREATEN" and countries(threat.actors) == ["YEM"]
    (threat,) = code(explainer, "Israel gave Hamas until Saturday to free the remaining hostages or face a renewed "
                     "offensive, officials said on Friday.", DAY)
    assert threat.type == "THREATEN"
    assert countries(threat.actors) == ["ISR"] and countries(threat.recipients) == ["PSE"]
    # a deadline with no force behind it threatens no one
    assert "THREATEN" not in types(code(explainer, "Niger's junta gave the French ambassador a day to leave "
                                        "the country.", DAY))


def test_a_heavy_price_in_quotes_is_threatened(explainer: Explainer) -> None:
    (threat,) = of_type(explainer, "Israel's defence minister said on Friday that Damascus would 'pay a heavy "
                        "price' if Iranian forces returned to the Golan border.", "THREATEN", DAY)
    assert countries(threat.actors) == ["ISR"] and countries(threat.recipients) == ["SYR"]


def test_an_offensive_a_state_could_launch_unless_is_a_threat(explainer: Explainer) -> None:
    # the modal stands before the verb that launches the offensive, not before the noun
    (threat,) = code(explainer, "Erdogan said on Friday that Turkey could launch a fresh cross-border ground "
                     "operation into northern Iraq unless the PKK was driven from Sinjar.", DAY)
    assert threat.type == "THREATEN" and threat.modality == "asserted"
    assert countries(threat.actors) == ["TUR"] and countries(threat.recipients) == ["IRQ"]
    (threat,) = code(explainer, "Egypt's foreign minister said on Friday that Cairo might suspend its mediation "
                     "unless Israel halted its strikes on Rafah.", DAY)
    assert threat.type == "THREATEN" and countries(threat.actors) == ["EGY"]


def test_what_unless_demands_is_no_event(explainer: Explainer) -> None:
    (threat,) = code(explainer, "Colombia's defence minister said on Friday the army would hunt down the rebels "
                     "in the Cauca mountains unless they surrendered their weapons.", DAY)
    assert threat.type == "THREATEN"
    (threat,) = code(explainer, "Iran said on Friday it would close the Strait of Hormuz unless sanctions on its "
                     "oil exports were lifted.", DAY)
    assert threat.type == "THREATEN"


def test_what_a_refused_proposal_or_call_is_for_is_no_event(explainer: Explainer) -> None:
    (refusal,) = code(explainer, "Pyongyang turned down an offer from Seoul on Friday for military talks on "
                      "easing border tensions.", DAY)
    assert refusal.type == "REJECT" and countries(refusal.actors) == ["PRK"]
    (refusal,) = code(explainer, "The Myanmar junta brushed aside ASEAN calls for the release of Aung San Suu Kyi "
                      "on Friday.", DAY)
    assert refusal.type == "REJECT" and countries(refusal.actors) == ["MMR"]


def test_an_objection_holds_what_it_objects_to(explainer: Explainer) -> None:
    (refusal,) = code(explainer, "Hungary vetoed the EU statement on Friday, objecting to its criticism of Russia.",
                      DAY)
    assert refusal.type == "REJECT" and countries(refusal.actors) == ["HUN"]
