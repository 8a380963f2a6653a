"""Session 51 (sentences written for these tests), from probe C24: a party's verb resumes after
an aside set off by commas ("X, whose government had lent billions, telephoned Y"; "X, in a
speech that stunned his party, lifted"; "X, citing plagiarism findings, called for"), so the
verb is no part of the aside's relative or governed clause and the party before the aside acts;
a party's own claim in such an aside ("which said it fired") is news too."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, known_countries, of_type

DAY = "2031-05-09"


def test_a_verb_after_a_whose_aside_is_the_partys_own(explainer: Explainer) -> None:
    text = ("The presidents of Chile and Peru, whose governments have quarrelled for years over fishing "
            "grounds, agreed on Friday to set up a joint coastguard patrol.")
    (deal,) = of_type(explainer, text, "AGREE", DAY)
    assert known_countries(deal.actors) == ["CHL", "PER"]
    text = ("Japan's prime minister, whose government has lent billions of dollars to Manila since the "
            "typhoon, telephoned the Philippine president on Friday.")
    (call,) = of_type(explainer, text, "CONSULT", DAY)
    assert known_countries(call.actors) == ["JPN", "PHL"]


def test_an_adverb_may_stand_between_the_aside_and_its_verb(explainer: Explainer) -> None:
    text = ("The Arab League, whose members had been divided over the candidates, formally endorsed on "
            "Friday a Moroccan diplomat's bid to lead the agency.")
    (backing,) = of_type(explainer, text, "SUPPORT", DAY)
    assert [a.text for a in backing.actors] == ["Arab League"]


def test_a_prepositional_or_time_aside_holds_no_clause_of_the_verb(explainer: Explainer) -> None:
    text = ("Kenya's president, in a speech opening parliament in Nairobi that surprised members of his "
            "own party, lifted the ban on two opposition newspapers on Friday.")
    (lifting,) = of_type(explainer, text, "CONCEDE", DAY)
    assert countries(lifting.actors) == ["KEN"]
    text = ("Mozambique's president and the leader of RENAMO, six weeks after voters narrowly rejected "
            "a first draft, signed a revised peace accord in Maputo on Friday.")
    (signing,) = of_type(explainer, text, "SUPPORT", DAY)
    assert "MOZ" in countries(signing.actors)


def test_a_verb_after_a_participle_aside_is_not_its_content(explainer: Explainer) -> None:
    text = ("Hungary's main opposition party, citing a series of corruption findings against the "
            "finance minister, called on Friday for the minister to resign.")
    (call,) = of_type(explainer, text, "REQUEST", DAY)
    assert countries(call.actors) == ["HUN"]


def test_a_partys_claim_of_its_own_act_in_an_aside_is_news(explainer: Explainer) -> None:
    text = "The Houthis, which said they fired drones at a Saudi oil plant, warned of more strikes."
    types = sorted(e.type for e in code(explainer, text, DAY))
    assert types == ["ASSAULT", "THREATEN"]
    # near miss: another party's act the aside reports stays background
    text = "Israel, which says Hamas fired rockets at Sderot, struck Gaza on Friday."
    assert [e.type for e in code(explainer, text, DAY)] == ["ASSAULT"]
