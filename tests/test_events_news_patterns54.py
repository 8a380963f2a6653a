"""Event structure in the PLOVER world, fifth round (issue #4): background beside the sentence's
news codes no extra events. An "after" clause told after the news gives the act that brought it
about, unless it names its own day, is an act of the news's own type, or follows a condemnation
or welcome (what is reacted to); what a protest is against, and a toll closing an accusation's
content, are no events; "a U.N. offer" is a noun; a verb's gap stops at ", after"."""

from __future__ import annotations

from functools import partial

from lapwing.explain import Explainer

import event_helpers
from event_helpers import types

DAY = "1995-06-06"

events = partial(event_helpers.code, date=DAY)


# ----- "after S VERBED" told after the news: its reason, no event


def test_an_after_clause_with_an_attack_is_the_reason_of_a_sanction(explainer: Explainer) -> None:
    text = "Canada expelled two Iranian diplomats on Monday after a dissident was shot dead outside his home in Ottawa."
    assert types(events(explainer, text)) == ["SANCTION"]


def test_an_after_clause_with_an_agreement_is_the_reason_of_a_lifting(explainer: Explainer) -> None:
    text = ("The European Union eased its arms embargo on Sudan on Thursday after Khartoum agreed to disarm "
            "the militias.")
    (event,) = events(explainer, text)
    assert event.type == "RETREAT"
    assert [a.country for a in event.actors] == ["EUR"] or event.actors[0].type == "igo"


def test_an_after_gerund_accusation_is_the_reason_of_a_deployment(explainer: Explainer) -> None:
    text = "Syria massed tanks on the Turkish border on Wednesday, after accusing Turkey of sheltering Kurdish rebels."
    assert types(events(explainer, text)) == ["MOBILIZE"]


def test_an_after_clause_with_its_own_day_stays_news(explainer: Explainer) -> None:
    text = "Police arrested 12 protesters in Cairo after they clashed with security forces on Monday."
    assert sorted(types(events(explainer, text))) == ["ASSAULT", "COERCE"]


def test_an_after_clause_of_the_news_own_type_tells_how_it_came_about(explainer: Explainer) -> None:
    text = "A Palestinian youth was killed in Hebron on Friday after Israeli soldiers opened fire on stone-throwers."
    (attack,) = events(explainer, text)
    assert [a.country for a in attack.actors] == ["ISR"]


# ----- what a protest is against is no event of the protesters


def test_air_raids_protested_against_are_no_event(explainer: Explainer) -> None:
    text = "Hundreds of Egyptians marched in Cairo on Friday to protest against Israeli air raids on Gaza."
    (protest,) = events(explainer, text)
    assert protest.type == "PROTEST"
    assert [a.country for a in protest.actors] == ["EGY"]


# ----- a participle closing an accusation's content is part of the allegation


def test_a_toll_after_an_accusation_content_is_no_attack_by_the_accuser(explainer: Explainer) -> None:
    text = ("Armenia accused Azerbaijan on Friday of using chemical weapons against its positions in the mountains, "
            "killing 11 soldiers.")
    assert types(events(explainer, text)) == ["ACCUSE"]


def test_a_toll_after_an_own_attack_before_an_accusation_stays(explainer: Explainer) -> None:
    text = "Israeli troops raided the camp on Monday, killing two gunmen, and accused Hamas of hiding weapons there."
    assert sorted(types(events(explainer, text))) == ["ACCUSE", "ASSAULT"]


def test_an_after_clause_whose_doer_is_condemned_stays_news(explainer: Explainer) -> None:
    text = "Cuba denounced Washington on Monday after the United States expelled three Cuban diplomats."
    assert "ACCUSE" in types(events(explainer, text)) and len(types(events(explainer, text))) == 2


# ----- nouns read as verbs


def test_an_offer_after_an_article_and_initials_is_a_noun(explainer: Explainer) -> None:
    text = "Serbia turned down a U.N. offer on Friday to monitor the border."
    assert types(events(explainer, text)) == ["REJECT"]


# ----- a verb's gap never reaches past a comma into a subordinate clause


def test_held_before_a_comma_and_after_does_not_reach_talks(explainer: Explainer) -> None:
    text = "Police stormed a bank in Lima on Friday to free staff held by armed robbers, after talks failed."
    assert types(events(explainer, text)) == ["ASSAULT"]
