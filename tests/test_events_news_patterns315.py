"""Session 55 (sentences written for these tests), from probe C27: a veto dropped gives way; a
party that throws out its own officials sanctions them; compensation a court orders paid is a
penalty past a long object; an accusation's "of" after the accused and a day opens its charge;
acts in intelligence shared are its topic; a name after "by" is no doer of a noun past a
preposition."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, types

DAY = "2019-06-14"


def test_a_veto_dropped_gives_way(explainer: Explainer) -> None:
    [event] = code(explainer, "Turkey dropped its veto on Finland joining NATO on Tuesday.", DAY)
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("CONCEDE", ["TUR"], ["FIN"])


def test_a_party_expelling_its_own_official_sanctions_him(explainer: Explainer) -> None:
    [event] = code(explainer, "Kenya's ruling party expelled its deputy secretary general on Monday.", DAY)
    assert (event.type, event.mode) == ("SANCTION", "expel")
    [event] = code(explainer, "South Africa's ANC expelled two of its members on Monday.", DAY)
    assert (event.type, event.mode) == ("SANCTION", "expel")


def test_compensation_ordered_past_a_long_object_is_a_penalty(explainer: Explainer) -> None:
    text = ("A court in Nairobi ordered the former governor and three of his aides on Monday to pay "
            "compensation to farmers.")
    assert types(code(explainer, text, DAY)) == ["SANCTION"]


def test_an_accusations_charge_opens_after_the_accused_and_a_day(explainer: Explainer) -> None:
    text = ("Amnesty International accused the government of Belarus on Thursday of systematic abuses "
            "including arbitrary detention and the stripping of citizenship from hundreds of critics.")
    assert types(code(explainer, text, DAY)) == ["ACCUSE"]


def test_acts_in_intelligence_shared_are_its_topic(explainer: Explainer) -> None:
    text = "Japan and Australia began sharing military intelligence on Chinese missile launches on Tuesday."
    assert types(code(explainer, text, DAY)) == ["COOPERATE"]


def test_a_name_after_by_is_no_doer_of_a_noun_past_a_preposition(explainer: Explainer) -> None:
    text = "Cameroonian troops freed 30 farmers held captive by Boko Haram in raids on camps near Kolofata on Sunday."
    assert "ASSAULT" not in types(code(explainer, text, DAY))
