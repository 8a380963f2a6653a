"""Sentence structure: an act named by its own earlier day ("Saturday's rally") in a stretch
", as" or "a week on from" adds after the news is background, not news of the report; a
speech noun whose "that" clause foretells a harm on a condition ("the minister's comments
that his army could strike ... unless") is the threat its owner made, against whom the
condition is put, as the party a said threat is aimed at is when the speaker's own forces
head the harm ("said his forces would take revenge if India"). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, coded_types, countries, of_type

DAY = "2025-05-14"


@pytest.mark.parametrize("text, news, background", [
    ("Police arrested 14 students in Nairobi today, as opposition supporters kept up Saturday's rally "
     "outside parliament.", "COERCE", "PROTEST"),
    ("Dockworkers walked off the job in Mombasa today, as farmers kept up Monday's blockade of the "
     "Nairobi highway.", "PROTEST", "COERCE"),
    ("Jordan recalled its ambassador from Israel today, a week on from last week's raid on the Jenin "
     "camp by Israeli forces.", "SANCTION", "ASSAULT"),
])
def test_an_earlier_days_act_told_after_the_news_is_background(explainer: Explainer, text: str, news: str,
                                                               background: str) -> None:
    types = coded_types(explainer, text, DAY)
    assert news in types
    assert background not in types


def test_a_dated_act_heading_the_sentence_is_news(explainer: Explainer) -> None:
    text = "Friday's attack on the market killed 12 people, as police kept up the search for the gunmen."
    assert len(of_type(explainer, text, "ASSAULT", DAY)) == 1


@pytest.mark.parametrize("text, speaker, target", [
    ("Lebanese politicians today called intimidation the Israeli prime minister's comments that his army "
     "could strike 'within hours, without warning' unless Hezbollah disarms.", "ISR", "hezbollah"),
    ("Kurdish leaders in Erbil today dismissed as bluster the Turkish president's remarks that his soldiers "
     "might arrive one night if the PKK does not disband.", "TUR", "pkk"),
])
def test_a_speech_noun_foretelling_a_harm_on_a_condition_is_a_threat(explainer: Explainer, text: str,
                                                                     speaker: str, target: str) -> None:
    events = code(explainer, text, DAY)
    (threat,) = [e for e in events if e.type == "THREATEN"]
    assert countries(threat.actors) == [speaker]
    assert [r.actor_id for r in threat.recipients] == [target]
    assert not {"ASSAULT", "MOBILIZE"} & {e.type for e in events}  # the harm foretold is the threat's content


def test_a_speech_noun_foretelling_no_harm_is_no_threat(explainer: Explainer) -> None:
    text = "Economists questioned the finance minister's remarks that growth might slow if oil prices fall."
    assert "THREATEN" not in coded_types(explainer, text, DAY)


def test_a_said_threat_by_the_speakers_own_forces_is_aimed_at_whom_the_condition_names(
        explainer: Explainer) -> None:
    text = "Pakistan's army chief said his forces would take revenge if India crossed the border."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert countries(threat.recipients) == ["IND"]
