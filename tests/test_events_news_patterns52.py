"""Triggers of news English, round 52 (issue #4): precision in the PLOVER gold's world, where a
text holds one event and every extra event or wrong type counts against us. One-syllable verbs
double their last consonant ("dropped its demand", so a demand dropped is a concession, not a
demand); a dropped demand's content is no act; a sum of "10 million pounds" is money, no verb
"pound"; staple foods shipped are aid ("sent tonnes of grain"); a ruler who "suspended the
constitution" represses at home rather than sanctioning a party; a visitor who "arrived for
talks" consults; a city's "bid to host the Olympics" brings no visitor. Sentences written for
these tests."""

from __future__ import annotations

from lapwing.events_lexicon import verb_forms
from lapwing.explain import Explainer

from event_helpers import code, countries, of_type, types

DAY = "1991-03-11"  # a Monday


def test_one_syllable_verbs_double_their_final_consonant() -> None:
    assert verb_forms("snub") == ["snub", "snubs", "snubbed", "snubbing"]
    assert verb_forms("drop")[2:] == ["dropped", "dropping"]
    # two vowels, two final consonants or two syllables keep the plain forms
    assert verb_forms("shoot")[2] == "shooted" and verb_forms("bomb")[2] == "bombed"
    assert verb_forms("visit")[2] == "visited"


def test_a_demand_dropped_is_a_concession_and_its_content_no_act(explainer: Explainer) -> None:
    text = ("Argentina's government dropped its demand on Monday that Britain hand back the islands "
            "before any talks could begin.")
    (concession,) = of_type(explainer, text, "CONCEDE", DAY)
    assert countries(concession.actors) == ["ARG"]
    assert types(code(explainer, text, DAY)) == ["CONCEDE"]


def test_a_sum_in_pounds_is_money_not_a_bombardment(explainer: Explainer) -> None:
    text = "Britain donated 15 million pounds to Ethiopia on Monday for famine relief."
    assert types(code(explainer, text, DAY)) == ["AID"]


def test_grain_sent_to_a_country_is_aid(explainer: Explainer) -> None:
    text = "Canada sent 30,000 tonnes of wheat to Sudan on Monday to feed refugees from the fighting."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert countries(aid.actors) == ["CAN"]
    assert countries(aid.recipients) == ["SDN"]


def test_a_constitution_suspended_is_repression_not_a_sanction(explainer: Explainer) -> None:
    text = "Haiti's military ruler suspended the constitution on Monday, state radio said."
    assert of_type(explainer, text, "COERCE", DAY)
    assert not of_type(explainer, text, "SANCTION", DAY)


def test_a_minister_arrived_for_talks_consults(explainer: Explainer) -> None:
    text = "Italy's foreign minister arrived in Tunis on Monday for talks on the refugee crisis."
    (visit,) = of_type(explainer, text, "CONSULT", DAY)
    assert countries(visit.actors) == ["ITA"]


def test_a_bid_to_host_a_sporting_event_is_no_visit(explainer: Explainer) -> None:
    text = "Seoul launched its bid on Monday to host the 2002 World Cup, the sports ministry said."
    assert not of_type(explainer, text, "CONSULT", DAY)
