"""Event structure of news English, round 96: a harm that a state's or an armed party's
speaker foretells on a condition ("said the crossings would be shut if ...") is a threat the
saying makes, though no trigger word names it; an order (or instruction) whose content names
a measure enacts it and is coded as that measure, unless it is addressed to another state; a
judged act named after a label ("condemned as 'economic warfare' the sanctions the cabinet
imposed") and done by the party of a relative clause with no relative word took place, by
that party; an event in a ", while" clause on what "was still being" done is background.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, of_type

DAY = "2025-03-04"  # a Tuesday


@pytest.mark.parametrize("text, speaker", [
    ("Turkey's defence minister said on Monday that the border crossings would be shut to all trucks "
     "if Kurdish militias attacked Turkish posts.", "TUR"),
    ("The Egyptian army declared today that the canal could be shut within hours to every ship "
     "if its vessels were seized.", "EGY"),
])
def test_a_harm_foretold_on_a_condition_is_the_speakers_threat(explainer: Explainer, text: str,
                                                              speaker: str) -> None:
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert countries(threat.actors) == [speaker] and threat.modality == "asserted"


def test_the_party_heading_the_foretold_harm_is_threatened(explainer: Explainer) -> None:
    text = "The Israeli army chief said on Monday that Hezbollah would face a crushing blow if it fired on the towns."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert countries(threat.actors) == ["ISR"] and countries(threat.recipients) == ["LBN"]


@pytest.mark.parametrize("text", [
    "The central bank governor said on Monday that growth would slow if oil prices fell.",  # no harm
    "A shipping analyst said on Monday that the strait would be shut if tensions rose.",  # no party's word
])
def test_a_forecast_is_no_threat(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "THREATEN", DAY) == []


def test_a_harm_a_trigger_names_is_one_threat(explainer: Explainer) -> None:
    text = "The Jordanian army said on Monday that it would strike the camps if the smugglers returned."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert threat.trigger.text == "strike"


def test_an_order_enacts_the_measure_its_content_names(explainer: Explainer) -> None:
    text = "The Kuwaiti emir instructed the interior ministry to release 40 Iraqi detainees on Monday."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert release.mode == "release" and countries(release.actors) == ["KWT"]
    assert countries(release.recipients) == ["IRQ"]  # the freed, not the ministry told to free them
    assert of_type(explainer, text, "REQUEST", DAY) == []


def test_an_order_to_another_state_stays_a_demand(explainer: Explainer) -> None:
    text = "The Kuwaiti emir instructed Iraq to release 40 Kuwaiti detainees on Monday."
    assert coded_types(explainer, text, DAY) == ["REQUEST"]


def test_a_labelled_judged_act_done_by_a_relative_clauses_party_took_place(explainer: Explainer) -> None:
    text = ("The Qatari foreign ministry on Monday condemned as 'economic warfare' the sanctions the "
            "Israeli cabinet imposed on Palestinian banks.")
    (sanction,) = of_type(explainer, text, "SANCTION", DAY)
    assert countries(sanction.actors) == ["ISR"] and countries(sanction.recipients) == ["PSE"]
    (judgement,) = of_type(explainer, text, "ACCUSE", DAY)
    assert countries(judgement.recipients) == ["ISR"]


def test_what_was_still_going_on_in_a_while_clause_is_background(explainer: Explainer) -> None:
    news = ("A Jordanian cargo plane landed in Benghazi this morning with tents and blankets for flood "
            "victims, officials said")
    (aid,) = of_type(explainer, news + ", while the Turkish aid convoy that crossed into Libya on Sunday was "
                                      "still being unloaded.", "AID", DAY)
    assert countries(aid.actors) == ["JOR"]
    # an act told in the simple past beside the news is news of its own
    assert len(of_type(explainer, news + ", while a Turkish aid convoy crossed into Libya with food.",
                       "AID", DAY)) == 2


def test_an_act_told_after_a_closed_while_clause_is_news(explainer: Explainer) -> None:
    text = ("A Qatari cargo plane landed in Derna this morning with aid for flood survivors, while relief "
            "crates were still being sorted, and warplanes bombed an arms depot in Sirte.")
    assert coded_types(explainer, text, DAY) == ["AID", "ASSAULT"]
