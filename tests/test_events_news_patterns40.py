"""Event structure, fourth round (issues #4/#5): who "its" stands for before a state body
and in a gapped passive, habitual and durative acts as background, "have" as an auxiliary,
the topic of talks, a protest's aim, and a state barring foreigners' entry."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer
from lapwing.records import Event

from event_helpers import countries, types

DAY = "2026-05-12"


def code(explainer: Explainer, text: str, date: str = DAY) -> list[Event]:
    return explainer.analyse(text, date).events


def test_its_heading_a_state_body_stands_for_the_party_before_it(explainer: Explainer) -> None:
    events = code(explainer, "Oman welcomed the truce on Sunday after its foreign ministry hosted envoys "
                             "from both sides.")
    hosting = [e for e in events if e.type == "CONSULT"]
    assert [countries(e.actors) for e in hosting] == [["OMN"]]


def test_a_participle_after_and_and_a_possessive_shares_the_passive(explainer: Explainer) -> None:
    for text in ("A spy cell working for Mossad was dismantled on Sunday and its leader arrested, the ministry said.",
                 "Police in Amman said a smuggling ring linked to Hezbollah was broken up and its commander "
                 "detained."):
        events = code(explainer, text)
        assert not any(set(countries(e.actors)) & {"ISR", "LBN"} for e in events), text


@pytest.mark.parametrize("text", [
    "Cairo has long complained that upstream dams starve its farms.",
    "Ankara has mounted air strikes on militant hideouts in northern Iraq for decades.",
    "Israel has carried out near-daily strikes in southern Lebanon despite the truce.",
    "More than 2,000 people have been killed in the war, according to the health ministry.",
    "Jordan has hosted Syrian opposition figures for years.",
])
def test_a_habitual_or_durative_act_is_background(explainer: Explainer, text: str) -> None:
    lead = "The foreign ministers of Egypt and Jordan met in Amman on Monday. "
    events = code(explainer, lead + text)
    assert [e.trigger.text for e in events if e.trigger.start >= len(lead)] == []


def test_a_lead_that_tells_of_a_practice_is_the_story(explainer: Explainer) -> None:
    events = code(explainer, "Israeli soldiers routinely beat Palestinian detainees, a rights group said.")
    assert types(events) == ["ASSAULT"]


def test_a_span_before_the_verb_describes_the_subject_only(explainer: Explainer) -> None:
    events = code(explainer, "A Belgian aid worker held in Iran since 2024 has been released, Brussels said.")
    assert types(events) == ["RETREAT"]


def test_a_bare_present_perfect_is_still_the_news(explainer: Explainer) -> None:
    events = code(explainer, "Iran has seized a Greek tanker in the Gulf of Oman, state media said.")
    assert types(events) == ["COERCE"]


def test_had_before_a_participle_is_no_meeting(explainer: Explainer) -> None:
    events = code(explainer, "Norway and Ireland had requested the meeting of the Security Council.")
    assert "CONSULT" not in types(events)
    held = code(explainer, "Macron has held talks with Modi in New Delhi.")
    assert types(held) == ["CONSULT"]


def test_what_talks_are_on_is_their_topic(explainer: Explainer) -> None:
    events = code(explainer, "Oman's foreign minister held consultations with his Qatari counterpart in Doha on "
                             "Monday on the Gaza ceasefire.")
    assert types(events) == ["CONSULT"]


def test_what_a_protest_denounces_is_its_aim(explainer: Explainer) -> None:
    events = code(explainer, "Hundreds of Eritrean refugees held a sit-in outside the UNHCR office in Cairo on "
                             "Monday to denounce delays in their resettlement.")
    assert types(events) == ["PROTEST"]


def test_barring_foreign_officials_from_entering_is_a_sanction(explainer: Explainer) -> None:
    (event,) = code(explainer, "Spain barred two Israeli ministers from entering the country on Monday.")
    assert event.type == "SANCTION"
    assert countries(event.actors) == ["ESP"]
    assert countries(event.recipients) == ["ISR"]
