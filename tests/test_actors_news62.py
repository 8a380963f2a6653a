"""Roles: a pair subject ("the two sides") stands for every state a group names ("Kenyan and
Ugandan officials"), also one inside a name; a participant noun placed "in" or "from" places
the actors stage leaves unnamed ("rebels in northern Chad", "fishermen from Spain, Italy and
Greece") takes each place's country; the owner of a backed or opposed plan or visit is the
target. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import known_countries, of_type

DAY = "2025-03-12"


def test_a_pair_subject_takes_both_states_of_a_shared_noun(explainer: Explainer) -> None:
    text = "The two sides agreed to reopen their embassies next month, Kenyan and Ugandan officials said on Monday."
    (deal,) = of_type(explainer, text, "AGREE", DAY)
    assert known_countries(deal.actors) == ["KEN", "UGA"]


def test_both_sides_of_a_frontier_are_a_place_not_a_subject(explainer: Explainer) -> None:
    text = "Truckers on both sides of the border have long demanded a night crossing at Namanga, Kenyan and " \
        "Tanzanian officials said."
    assert all(not known_countries(e.actors) for e in of_type(explainer, text, "REQUEST", DAY))


@pytest.mark.parametrize("text, type_, country", [
    ("Tuareg rebels in northern Niger appealed to Paris on Monday to halt its air raids.", "REQUEST", "NER"),
    ("Sunni militias in Mosul warned on Sunday that foreign troops would face attacks.", "THREATEN", "IRQ"),
])
def test_a_participant_in_a_place_takes_its_country(explainer: Explainer, text: str, type_: str,
                                                    country: str) -> None:
    (event,) = of_type(explainer, text, type_, DAY)
    assert known_countries(event.actors) == [country]


def test_participants_from_several_states_are_one_party_each(explainer: Explainer) -> None:
    text = "Fishermen from Portugal, Ireland and Denmark rallied outside the fisheries ministry in The Hague today."
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert known_countries(protest.actors) == ["DNK", "IRL", "PRT"]


@pytest.mark.parametrize("text, type_, country", [
    ("The Arab League voiced strong support on Monday for the ceasefire plan put forward by Egypt.",
     "SUPPORT", "EGY"),
    ("Hundreds of Greeks rallied in Athens on Sunday against the visit of Turkey's foreign minister.",
     "PROTEST", "TUR"),
])
def test_the_owner_of_a_plan_or_visit_is_the_target(explainer: Explainer, text: str, type_: str,
                                                    country: str) -> None:
    (event,) = of_type(explainer, text, type_, DAY)
    assert known_countries(event.recipients) == [country]


def test_a_name_inside_a_locative_phrase_is_no_purpose_subject(explainer: Explainer) -> None:
    text = ("Uyghur exiles in Turkey held a sit-in outside the U.N. mission in Ankara on Friday to protest "
            "against Beijing's camps.")
    protests = of_type(explainer, text, "PROTEST", DAY)
    assert protests and all(r.actor_id != "UNO" for p in protests for r in p.actors)


def test_who_names_the_wrong_of_a_complaint_did_not_do_it(explainer: Explainer) -> None:
    text = "Armenia's envoy filed a complaint against Azerbaijan over what he called repeated shelling of villages."
    (complaint,) = of_type(explainer, text, "ACCUSE", DAY)
    assert known_countries(complaint.recipients) == ["AZE"]
