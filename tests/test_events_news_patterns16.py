"""Structures found while reading the errors of the opened clustering set cluster_test17,
tested on sentences written for these tests: an act judged by a verb of condemning names its
own doer ("condemned the detention of X by Y"), a move of one's own means named by a noun
("the dispatch of an American carrier"), a warning's "that" after its addressee and
adjuncts, the listener a source told the news, a capital as the object of a verbal act, and
verbs after "and" that join an infinitive or follow an event noun."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type

DAY = "2025-03-06"  # a Thursday


def test_a_condemned_act_with_its_doer_after_by_is_coded_and_its_doer_accused(explainer: Explainer) -> None:
    text = "Egypt on Wednesday condemned the detention of three Jordanian truck drivers by the Israeli army."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert countries(arrest.actors) == ["ISR"] and countries(arrest.recipients) == ["JOR"]
    (accusation,) = of_type(explainer, text, "ACCUSE", DAY)
    assert countries(accusation.recipients) == ["ISR"]
    # the by-phrase of a participle in the complement is not the noun's agent
    events = code(explainer, "Iraq opened an investigation into abuses committed by Turkish forces in Duhok.", DAY)
    assert all("TUR" not in countries(e.actors) for e in events)


def test_a_verb_after_and_shares_the_subject_of_a_verb_not_of_an_event_noun(explainer: Explainer) -> None:
    (demand,) = of_type(explainer, "Egypt on Wednesday condemned the detention of three Jordanian truck drivers "
                        "by the Israeli army in the occupied West Bank and demanded their immediate release.",
                        "REQUEST", DAY)
    assert countries(demand.actors) == ["EGY"]


def test_a_noun_moving_ones_own_means_takes_their_owner_as_actor(explainer: Explainer) -> None:
    (move,) = of_type(explainer, "The dispatch of another French frigate to the Red Sea was criticised by critics "
                      "in Paris.", "MOBILIZE", DAY)
    assert countries(move.actors) == ["FRA"]


def test_a_warning_whose_that_follows_its_addressee_and_adjuncts_is_a_threat(explainer: Explainer) -> None:
    (threat,) = of_type(explainer, "Hezbollah's leader warned Israel in a speech on Tuesday that his fighters "
                        "would strike its ports.", "THREATEN", DAY)
    assert countries(threat.recipients) == ["ISR"]


def test_the_outlet_a_source_told_is_no_party(explainer: Explainer) -> None:
    events = code(explainer, "Jordan and Iraq agreed on Monday to reopen the border crossing, an official "
                  "told Al Jazeera.", DAY)
    assert events and all(r.actor_id != "al_jazeera" and r.type != "media" for e in events for r in e.recipients)


def test_a_capital_as_the_object_of_a_verbal_act_stands_for_its_government(explainer: Explainer) -> None:
    (accusation,) = of_type(explainer, "Iran's foreign minister lashed out at London on Monday over the "
                            "seizure of a tanker.", "ACCUSE", DAY)
    assert countries(accusation.recipients) == ["GBR"]


def test_ordering_an_agency_head_to_leave_expels_and_ordering_a_ship_elsewhere_moves_it(
        explainer: Explainer) -> None:
    (expulsion,) = of_type(explainer, "Ethiopia on Monday ordered the World Food Programme's country director "
                           "to leave within 48 hours.", "SANCTION", DAY)
    assert expulsion.mode == "expel"
    assert of_type(explainer, "Washington ordered the destroyer to leave the Mediterranean for the Gulf.",
                   "MOBILIZE", DAY)


def test_a_verb_after_and_that_joins_an_infinitive_does_not_share_the_main_subject(
        explainer: Explainer) -> None:
    events = of_type(explainer, "Poland said it will back a plan that aims to widen sanctions and impose "
                     "a blockade on Belarus.", "COERCE", DAY)
    assert all("POL" not in countries(e.actors) for e in events)
