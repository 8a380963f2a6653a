"""Event structure, fifth round (issues #4/#5): relative clauses and reduced relatives that
tell a party's background, "weeks of" strikes, the topic of talks, a meeting's purpose, a
pledge to a partner, a protest's coordinated aims, a measure's stated reason (an accusation of its
own since session 57), natural
hazards, the end of a talks noun's topic, and a refusal said with "would have"."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer
from lapwing.records import Event

from event_helpers import types

DAY = "2026-05-12"


def code(explainer: Explainer, text: str, date: str = DAY) -> list[Event]:
    return explainer.analyse(text, date).events


@pytest.mark.parametrize("text, kept", [
    # a perfect or past perfect relative on a party of the news: what it did came before
    ("Norway granted asylum to a Iranian journalist who had accused Tehran of torture.", "AID"),
    ("Chad sent troops to Niger to hunt bandits that have abducted dozens of farmers.", "MOBILIZE"),
    ("Jordan lifted a ban on Syrian trucks, which it had imposed after Syrian militiamen attacked a "
     "border post.", "CONCEDE"),
    # a relative on a bare plural of people tells what marks the kind
    ("Mali asked Russia for helicopters to fight jihadists who torched schools in the north.", "REQUEST"),
])
def test_a_relative_clause_on_a_party_is_background(explainer: Explainer, text: str, kept: str) -> None:
    assert types(code(explainer, text)) == [kept]


def test_a_relative_clause_naming_its_own_day_is_news(explainer: Explainer) -> None:
    events = code(explainer, "Police detained 40 students who blocked the main highway on Monday.")
    assert set(types(events)) >= {"COERCE", "PROTEST"}


@pytest.mark.parametrize("text, kept", [
    ("Ghana's navy freed 30 sailors on Friday, including Nigerian fishermen arrested in March for illegal "
     "fishing.", "RETREAT"),
    ("Lithuania expelled a Russian diplomat accused of intimidating a journalist.", "SANCTION"),
])
def test_a_participle_after_a_verbs_object_describes_it(explainer: Explainer, text: str, kept: str) -> None:
    assert types(code(explainer, text)) == [kept]


def test_weeks_of_strikes_are_no_event_of_the_day(explainer: Explainer) -> None:
    events = code(explainer, "France's president praised the Senegalese leader for his victory, which came "
                             "after months of riots and street protests.")
    assert types(events) == ["SUPPORT"]


def test_the_topic_of_talks_gives_them_no_partner(explainer: Explainer) -> None:
    (event,) = code(explainer, "Qatar's emir visited Tehran on Sunday for talks on the transfer of Iranian "
                               "assets held under US sanctions.")
    assert event.type == "CONSULT"
    assert [r.country for r in event.recipients] == ["IRN"]


def test_a_meetings_purpose_is_its_topic(explainer: Explainer) -> None:
    (event,) = code(explainer, "The Kenyan president telephoned the Somali president to discuss the ambush "
                               "that killed nine Kenyan police officers.")
    assert event.type == "CONSULT" and event.mode == "phone"


def test_a_pledge_to_arrest_made_to_a_partner_is_no_threat(explainer: Explainer) -> None:
    (event,) = code(explainer, "Bosnia promised the European Union on Tuesday that it would arrest two "
                               "generals wanted by the war crimes tribunal.")
    assert event.type == "AGREE"
    assert [r.country for r in event.recipients] == ["EUR"]


def test_a_protests_coordinated_aims_are_no_requests(explainer: Explainer) -> None:
    (event,) = code(explainer, "Nurses rallied in Nairobi to protest the death of a colleague in custody and "
                               "demand the prosecution of the officers.")
    assert event.type == "PROTEST"


def test_the_reason_given_for_a_measure_is_an_accusation_of_its_own(explainer: Explainer) -> None:
    # (until session 57 the reason was folded into the measure; five blind probes written from the
    # PLOVER manual, C25-C29, each coded the accusation as an event of its own)
    sanction, accusation = code(explainer, "Mali cut diplomatic ties with Ukraine, accusing it of backing rebels.")
    assert (sanction.type, accusation.type) == ("SANCTION", "ACCUSE")
    assert [r.country for r in sanction.recipients] == [r.country for r in accusation.recipients] == ["UKR"]


def test_a_natural_hazard_kills_in_no_attack(explainer: Explainer) -> None:
    assert types(code(explainer, "Chile sent rescue teams to Peru after a quake flattened villages and killed "
                                 "300 people.")) == ["AID"]
    assert code(explainer, "Floods killed 120 people in northern Nigeria on Sunday.") == []


def test_the_topic_of_talks_ends_at_their_verb(explainer: Explainer) -> None:
    events = code(explainer, "Britain is sending two frigates to the Gulf, a step meant to deter Tehran as talks "
                             "on its missile program have stalled and armed groups in Yemen have threatened "
                             "British forces.")
    threat = next(e for e in events if e.type == "THREATEN")
    assert [r.country for r in threat.recipients] == ["GBR"]


def test_would_have_no_part_is_a_refusal_made_now(explainer: Explainer) -> None:
    (event,) = code(explainer, "Jordan said it would have no part in any plan to resettle refugees in Sinai.")
    assert event.type == "REJECT" and event.modality == "asserted"
