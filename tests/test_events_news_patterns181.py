"""Roles past asides and long objects, and the maker of a refused or granted demand as its
recipient. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import known_countries, of_type

DAY = "2003-09-15"


def test_a_participle_aside_leaves_the_subject_before_it(explainer: Explainer) -> None:
    text = "A Jordanian herder, aged 52, walked free on Sunday after ten days in custody."
    (freed,) = of_type(explainer, text, "RETREAT", DAY)
    assert known_countries(freed.recipients) == ["JOR"]


def test_the_holder_after_by_frees_and_is_not_freed(explainer: Explainer) -> None:
    text = "Three Omani fishermen held by a Yemeni militia walked free on Sunday."
    (freed,) = of_type(explainer, text, "RETREAT", DAY)
    assert known_countries(freed.actors) == ["YEM"]
    assert known_countries(freed.recipients) == ["OMN"]


def test_a_list_of_goods_with_a_count_still_reaches_its_receiver(explainer: Explainer) -> None:
    text = ("The Qatar Fund for Development conveyed 3,500 winter tents, hygiene kits and baby formula "
            "on Friday to Sudan.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert known_countries(aid.recipients) == ["SDN"]


def test_a_refused_offer_answers_the_nation_that_made_it(explainer: Explainer) -> None:
    text = "Armenia spurned on Friday an Azerbaijani offer of border talks."
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert known_countries(refusal.recipients) == ["AZE"]


def test_a_refused_request_answers_its_maker_after_from(explainer: Explainer) -> None:
    text = "Hungary stonewalled a request from Austria on Wednesday to reopen the crossing."
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert known_countries(refusal.recipients) == ["AUT"]


def test_giving_in_to_demands_answers_whoever_made_them(explainer: Explainer) -> None:
    text = "Peru's government bowed to the demands of Bolivia on Tuesday and reopened the border post."
    (concession,) = of_type(explainer, text, "CONCEDE", DAY)
    assert known_countries(concession.recipients) == ["BOL"]
