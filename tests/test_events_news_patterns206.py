"""A listed state may bring its own article; the other side of a visit ("his Omani guest") is
a party; a state's air arm named by its side ("regime helicopters") acts after "by"; an "as"
clause after an object holds no object of the verb. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2012-03-11"


def test_listed_states_with_their_own_article_are_all_asked(explainer: Explainer) -> None:
    text = "The Yemeni premier urged Kuwait, the Emirates, Oman and Qatar on Monday to rebuild Aden port."
    (request,) = of_type(explainer, text, "REQUEST", DAY)
    assert [r.country for r in request.recipients] == ["KWT", "ARE", "OMN", "QAT"]


def test_a_guest_beside_his_host_is_a_party(explainer: Explainer) -> None:
    text = "Kuwait's Sabah al-Khalid and his Omani guest Badr Albusaidi discussed regional security on Sunday."
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert sorted(a.country for a in talks.actors) == ["KWT", "OMN"]


def test_talks_with_a_host_are_one_meeting(explainer: Explainer) -> None:
    text = "Qatar's foreign minister held talks with his Azerbaijani host in Baku on Sunday."
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert {a.country for a in (*talks.actors, *talks.recipients)} == {"QAT", "AZE"}


def test_regime_helicopters_after_by_drop_the_bombs(explainer: Explainer) -> None:
    text = "The toll of the barrel bombs dropped by regime helicopters on Inkhil on Friday rose to 9 civilians."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [(a.text, a.country) for a in attack.actors] == [("regime helicopters", "SYR")]


def test_an_as_clause_after_the_object_is_not_hit(explainer: Explainer) -> None:
    text = "Barrel bombs rained on Inkhil today as government helicopters circled over the plain."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [r.text for r in attack.recipients] == ["Inkhil"]


def test_a_second_verb_after_and_shares_the_first_ones_subject(explainer: Explainer) -> None:
    text = "Turkish police detained 9 PKK suspects in Van on Sunday and released them hours later."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert [a.country for a in release.actors] == ["TUR"]
    assert [r.text for r in release.recipients] == ["PKK"]


def test_a_second_verb_without_a_pronoun_keeps_its_reading(explainer: Explainer) -> None:
    # the control: no pronoun takes up the first verb's object, so nothing is inferred from it
    text = "Hamas fighters attacked Israeli soldiers in Gaza on Sunday and drove them back."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [a.text for a in attack.actors] == ["Hamas fighters"]


def test_goods_obtained_from_a_giver_are_its_aid(explainer: Explainer) -> None:
    text = "Displaced families obtained relief supplies from the Kuwaiti Red Crescent on Saturday."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert [a.country for a in aid.actors] == ["KWT"]
    assert [r.text for r in aid.recipients] == ["families"]


def test_relief_apposed_to_goods_received_takes_their_roles(explainer: Explainer) -> None:
    text = ("Displaced families obtained 3,000 tents from the Kuwaiti Red Crescent on Saturday, "
            "relief sorely needed as the rains began.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert [a.country for a in aid.actors] == ["KWT"]
    assert [r.text for r in aid.recipients] == ["families"]
