"""Session 52 (sentences written for these tests), from probe C25, second round: a negated act
in the condition of a threat is no event; a spokesman for a party stands for it; responding to a
request anchors the request; a counted act whose number rose or fell is a statistic; people a
preposition governs are described by the participle after them, so the verb before is the
clause's own; a rank after a comma (", becoming the first to") restates the act told."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, types

DAY = "2019-05-16"


def test_a_negated_act_in_a_threats_condition_is_no_event(explainer: Explainer) -> None:
    text = ("A spokesman for Boko Haram warned Chad on Monday that the group would strike N'Djamena if "
            "Chadian troops did not leave Nigeria.")
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("THREATEN", ["NGA"], ["TCD"])


def test_responding_to_a_request_anchors_it(explainer: Explainer) -> None:
    text = "Responding to a request from the African Union, Ghana said it would send 500 troops to Mali."
    assert "REQUEST" not in types(code(explainer, text, DAY))


def test_a_counted_act_that_rose_or_fell_is_a_statistic(explainer: Explainer) -> None:
    assert code(explainer, "Reported kidnappings in Colombia fell by a third last year.", DAY) == []
    assert code(explainer, "The number of arrests of journalists in Turkey doubled last year.", DAY) == []
    # near miss: a count of acts that did something is news
    [event] = code(explainer, "Israeli air strikes in Gaza killed 12 people on Monday.", DAY)
    assert event.type == "ASSAULT"


def test_a_participle_after_governed_people_leaves_the_verb_before_its_own(explainer: Explainer) -> None:
    text = "Police fired on crowds gathered outside the parliament in Kinshasa on Monday."
    assert types(code(explainer, text, DAY)) == ["ASSAULT"]


def test_a_rank_after_a_comma_restates_the_act(explainer: Explainer) -> None:
    text = ("The Philippines formally left the International Criminal Court on Monday, becoming the second "
            "country to quit the tribunal.")
    assert types(code(explainer, text, DAY)) == ["SANCTION"]
    # near miss: the rank in the main clause is the news
    [event] = code(explainer, "Ghana became the first country to recognise Eritrea on Monday.", DAY)
    assert event.type == "SUPPORT"
