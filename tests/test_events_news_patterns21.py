"""Structure of news English, round 21: victims counted by a number word after a passive,
ship names with Arabic articles or before their noun, goods listed after a colon,
past participles modifying a noun, mediators named by "-brokered", ships carrying aid seized,
refusals in the future, background relative clauses and threatened consequences.
Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2024-04-04"  # a Thursday


def test_victims_counted_by_a_number_word_after_a_passive_act_in_nothing(explainer: Explainer) -> None:
    text = "Three Iraqi soldiers were killed and five wounded when Turkish drones struck a post near Zakho."
    strikes = of_type(explainer, text, "ASSAULT", DAY)
    assert strikes and all(countries(s.actors) in ([], ["TUR"]) for s in strikes)
    assert not any("IRQ" in countries(s.actors) for s in strikes)


def test_a_ship_name_holds_its_arabic_article(explainer: Explainer) -> None:
    text = "Egyptian commandos boarded the trawler Zahrat el-Kheir off Alexandria on Monday."
    (seizure,) = of_type(explainer, text, "COERCE", DAY)
    assert [r.actor_id for r in seizure.recipients] == ["prov:vessel_zahrat_el-kheir"]


def test_a_ship_name_may_stand_before_its_noun(explainer: Explainer) -> None:
    text = "Greek coastguards intercepted the Sea Falcon rescue ship near Lesbos on Monday."
    (seizure,) = of_type(explainer, text, "COERCE", DAY)
    assert [r.actor_id for r in seizure.recipients] == ["prov:vessel_sea_falcon"]
    text = "Greek coastguards intercepted the Gaza-bound ship near Lesbos on Monday."
    (seizure,) = of_type(explainer, text, "COERCE", DAY)
    assert [r.actor_id for r in seizure.recipients] == [None]


def test_goods_listed_after_a_colon_are_what_was_unloaded(explainer: Explainer) -> None:
    text = ("A ship chartered by the Kuwaiti government unloaded its cargo in Aden on Monday: "
            "some 5,000 tonnes of wheat, medicines and tents.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert countries(aid.actors) == ["KWT"]


def test_a_past_participle_describing_a_noun_is_background(explainer: Explainer) -> None:
    text = ("Syria today freed three Jordanian prisoners at the Nasib crossing, among them a farmer "
            "arrested near Daraa last winter.")
    assert of_type(explainer, text, "COERCE", DAY) == []


def test_a_brokering_country_is_no_party_to_the_talks(explainer: Explainer) -> None:
    text = "The Qatari-mediated talks between the two sides resumed in Doha on Monday."
    talks = of_type(explainer, text, "CONSULT", DAY)
    assert not any("QAT" in countries(t.actors) for t in talks)


def test_talks_a_step_is_only_linked_to_are_background(explainer: Explainer) -> None:
    text = ("Turkish troops withdrew from two posts near Afrin on Monday, in a move officials called "
            "a gesture linked to the Russian-sponsored peace talks.")
    assert of_type(explainer, text, "CONSULT", DAY) == []


def test_people_named_by_a_noun_before_a_reduced_passive_are_its_victims(explainer: Explainer) -> None:
    """"mourned two fighters killed in a Turkish strike": the fighters did not kill; the strike's
    attacker did."""
    text = "The Peshmerga ministry mourned two fighters killed in a Turkish strike near Zakho."
    strikes = of_type(explainer, text, "ASSAULT", DAY)
    assert strikes and all(countries(s.actors) == ["TUR"] for s in strikes)
