"""Session 53 (sentences written for these tests), from probe C26: a leader speaking to his
supporters addresses an audience, consults no counterpart; an aside opened by a past
participle after the subject's comma ("Pakistan's army, criticised for its slow response,
deployed") describes the subject, no act of the day; a relative aside inside a threat's
condition ("unless Kenyan troops, who crossed the border, withdrew") leaves the resumed verb
in the condition; an infinitive after "to" ("to ferry food") is no ship; and people counted
right after an attack's verb ("shot dead two young men") are its target."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, types

DAY = "2011-10-20"


def test_speaking_to_supporters_consults_no_one(explainer: Explainer) -> None:
    text = "Sudan's president, speaking to supporters in Khartoum, rejected a U.N. plan on Monday."
    assert types(code(explainer, text, DAY)) == ["REJECT"]
    # near miss: speaking to a counterpart is a call
    assert types(code(explainer, "Sudan's president spoke to his Egyptian counterpart on Monday.", DAY)) \
        == ["CONSULT"]


def test_a_participle_aside_on_the_subject_is_background(explainer: Explainer) -> None:
    text = ("Pakistan's army, criticised for its slow response to the floods, deployed dozens of helicopters "
            "and boats on Thursday to ferry food to villagers in the Swat valley.")
    events = code(explainer, text, DAY)
    assert types(events) == ["AID"]
    assert all(r.text != "ferry" for r in events[0].recipients)
    # near miss: a criticism told as the news
    text = "Pakistan's army criticised the government for its slow response to the floods on Thursday."
    assert types(code(explainer, text, DAY)) == ["ACCUSE"]


def test_a_relative_aside_in_a_condition_leaves_its_verb_conditional(explainer: Explainer) -> None:
    text = ("Al Shabaab militants warned on Monday that they would carry out bombings in Nairobi unless "
            "Kenyan troops, who crossed the border at the weekend, withdrew from southern Somalia.")
    assert types(code(explainer, text, DAY)) == ["THREATEN"]
    # near miss: the same aside before a verb of the news
    text = "Kenyan troops, who crossed the border at the weekend, withdrew from southern Somalia on Monday."
    assert types(code(explainer, text, DAY)) == ["RETREAT"]


def test_people_counted_after_an_attacks_verb_are_its_target(explainer: Explainer) -> None:
    text = "Police in Conakry shot dead two young men on Thursday in a suburb of the capital."
    [event] = code(explainer, text, DAY)
    assert [r.text for r in event.recipients] == ["men"]
