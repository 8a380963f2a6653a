"""Event structure: "claims" is an accusation only with its "by" claimant; the passive of a
"verb * noun" key ("a request was lodged by X") is that key's act; an inverse entry whose giver
stands after a preposition ("received a show of support from X") swaps its sides. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer
from lapwing.events_lexicon import load_lexicon

from event_helpers import coded_types, countries, of_type

DAY = "2025-05-14"  # a Wednesday


def test_the_needs_agent_flag_is_read_from_the_lexicon() -> None:
    (claims,) = [p.entry for p in load_lexicon().candidates("claims") if p.entry.key == "claims"]
    assert claims.needs_agent and claims.needs_object


def test_claims_by_a_party_of_an_attack_accuse_the_attacker(explainer: Explainer) -> None:
    text = ("Georgia's defence ministry said on Wednesday that claims by Russia's armed forces of mortar rounds "
            "fired by Georgian troops near Tskhinvali were false.")
    (accusation,) = of_type(explainer, text, "ACCUSE", DAY)
    assert accusation.trigger.text == "claims"
    assert countries(accusation.actors) == ["RUS"]
    assert countries(accusation.recipients) == ["GEO"]


@pytest.mark.parametrize("text", [
    "Tbilisi dismissed a leaflet which claims that Moscow plans to annex Abkhazia.",
    "Georgia's defence ministry rejected false claims about Russian troop movements near Gori on Wednesday.",
])
def test_claims_without_a_claimant_are_no_accusation(explainer: Explainer, text: str) -> None:
    assert "ACCUSE" not in coded_types(explainer, text, DAY)


def test_claims_without_a_claimant_govern_nothing(explainer: Explainer) -> None:
    text = "Moscow denied claims that its jets struck a convoy near Idlib on Wednesday."
    (strike,) = of_type(explainer, text, "ASSAULT", DAY)
    assert strike.trigger.text == "struck"


@pytest.mark.parametrize("text", [
    "A formal request for extradition was lodged by Greece with the Italian authorities on Wednesday.",
    "A request for his handover has been formally filed by Greece with the Italian authorities.",
])
def test_the_passive_of_a_verb_noun_key_is_its_act(explainer: Explainer, text: str) -> None:
    (request,) = of_type(explainer, text, "REQUEST", DAY)
    assert request.trigger.text == "request"
    assert countries(request.actors) == ["GRC"]
    assert countries(request.recipients) == ["ITA"]


def test_the_passive_key_takes_the_keys_type_not_the_nouns(explainer: Explainer) -> None:
    text = "A strong protest was lodged by Peru with the Chilean ambassador on Wednesday."
    assert coded_types(explainer, text, DAY) == ["ACCUSE"]


def test_another_verbs_agent_does_not_do_the_nouns_act(explainer: Explainer) -> None:
    """The request a passive rejection answers is what is rejected (as the object of "Italy
    rejected a request by Greece" is): coded as the refusal's recipient, not as an act of Italy's
    nor as a second event."""
    text = "A request by Greece was rejected by Italy on Wednesday."
    assert of_type(explainer, text, "REQUEST", DAY) == []
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert countries(refusal.actors) == ["ITA"] and countries(refusal.recipients) == ["GRC"]


@pytest.mark.parametrize("text", [
    "Cuba received a show of support from Nicaragua on Wednesday.",
    "Cuba has received a strong show of backing from Nicaragua this week.",
])
def test_a_show_of_support_received_from_a_party_is_its_support(explainer: Explainer, text: str) -> None:
    (support,) = of_type(explainer, text, "SUPPORT", DAY)
    assert countries(support.actors) == ["NIC"]
    assert countries(support.recipients) == ["CUB"]


def test_a_show_of_support_received_from_no_party_has_the_subject_receive(explainer: Explainer) -> None:
    text = "The Cuban president received a rousing show of support at a rally in Havana on Wednesday."
    (support,) = of_type(explainer, text, "SUPPORT", DAY)
    assert support.actors == []
    assert countries(support.recipients) == ["CUB"]
