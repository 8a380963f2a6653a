"""Structure of news English, round 29: a relative clause set off by commas between a
subject and its verb ("Hamas, which runs Gaza, accused ...") is an aside about the party
before it, so that party is the verb's subject, not a party named inside the aside; and
what the aside says or denies ("Israel, which denies the charge, was accused ...")
reaches no further than its closing comma: it neither negates nor attributes the main
clause's event.
Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2025-05-03"  # a Saturday


def test_the_party_before_a_relative_aside_acts(explainer: Explainer) -> None:
    text = "Egypt, which borders the Gaza Strip, accused Israel on Saturday of stalling the talks."
    (accusation,) = of_type(explainer, text, "ACCUSE", DAY)
    assert countries(accusation.actors) == ["EGY"]
    assert countries(accusation.recipients) == ["ISR"]


def test_the_party_before_a_relative_aside_acts_past_an_auxiliary(explainer: Explainer) -> None:
    text = "Kuwait, which has hosted several rounds of talks, has condemned the Iraqi raid."
    (condemnation,) = of_type(explainer, text, "ACCUSE", DAY)
    assert countries(condemnation.actors) == ["KWT"]


def test_a_denial_in_a_relative_aside_does_not_reach_the_main_verb(explainer: Explainer) -> None:
    text = "Syria, which denies the allegation, was accused by Jordan on Saturday of smuggling weapons."
    (accusation,) = of_type(explainer, text, "ACCUSE", DAY)
    assert accusation.modality == "asserted"
    assert accusation.attribution is None
    assert countries(accusation.actors) == ["JOR"]
