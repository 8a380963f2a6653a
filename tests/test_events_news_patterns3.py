"""Wordings of news reports the events stage used to miss or misread, found on
tests/fixtures/cluster_test3 (2026-11-21) and tested here on sentences written for these
tests: members standing for their organisation, patrons named by their capital, goods
named by their cargo, forces pulled out, a participle clause that must not set the tense
of a day before it, a possessive day in the next sentence, and ethnic adjectives that
are also towns abroad."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer
from lapwing.temporal_lexicon import load_lexicon as load_time_lexicon
from lapwing.temporal_tense import ClauseTense

from event_helpers import DATE, code as events, countries


def only(explainer: Explainer, text: str, type_: str):
    return only_on(explainer, text, type_, DATE)


def only_on(explainer: Explainer, text: str, type_: str, date: str):
    """The one event of ``type_`` coded from ``text`` published on ``date``."""
    found = [e for e in events(explainer, text, date) if e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in events(explainer, text, date)]
    return found[0]


@pytest.mark.parametrize(("text", "type_", "group"), [
    ("Washington imposed sanctions on four senior commanders of Hamas on Monday.", "SANCTION", "hamas"),
    ("Britain has blacklisted two financiers of the Nujaba movement.", "SANCTION", "nujaba"),
    ("Police arrested three members of Hezbollah in Sidon on Monday.", "COERCE", "hezbollah"),
])
def test_members_of_an_organisation_make_it_the_recipient(explainer: Explainer, text: str,
                                                          type_: str, group: str) -> None:
    event = only(explainer, text, type_)
    assert [r.actor_id for r in event.recipients] == [group]


def test_a_capital_named_as_a_patron_is_no_scene(explainer: Explainer) -> None:
    event = only(explainer, "Britain sanctioned two leaders of a militia aligned with Damascus "
                            "on Monday.", "SANCTION")
    assert event.location is None or event.location.country != "SYR"


@pytest.mark.parametrize(("text", "giver"), [
    ("A Kuwaiti aircraft carrying 40 tonnes of medical aid landed in Beirut on Monday.", "KWT"),
    ("A convoy loaded with aid from Jordan entered Rafah on Monday.", "JOR"),
])
def test_aid_named_by_its_cargo_is_given_by_its_sender(explainer: Explainer, text: str, giver: str) -> None:
    assert countries(only(explainer, text, "AID").actors) == [giver]


@pytest.mark.parametrize("text", [
    "The Turkish army pulled its troops out of the border village on Monday.",
    "Moscow pulled its garrison back from the airbase on Monday.",
])
def test_forces_pulled_out_is_a_retreat(explainer: Explainer, text: str) -> None:
    event = only(explainer, text, "RETREAT")
    assert countries(event.actors) in (["TUR"], ["RUS"])


PARTICIPLE_CLAUSE = ("The militia's commander made new threats against the Emirates' oil terminals "
                     "and ports in a speech late Thursday, prompting the coalition to say it "
                     "would hit back hard.")


def test_a_participle_clause_does_not_set_the_tense_of_the_day_before_it() -> None:
    tense = ClauseTense(load_time_lexicon())
    start = PARTICIPLE_CLAUSE.index("Thursday")
    assert tense(PARTICIPLE_CLAUSE, start, start + len("Thursday")).tense != "future"


def test_a_day_before_a_participle_clause_is_the_past_one(explainer: Explainer) -> None:
    event = only_on(explainer, PARTICIPLE_CLAUSE, "THREATEN", "2024-04-05")  # a Friday
    assert event.date is not None and event.date.start == "2024-04-04"


def test_a_possessive_day_in_the_next_sentence_dates_the_event(explainer: Explainer) -> None:
    text = ("Britain has blacklisted two financiers of the Nujaba movement. "
            "Officials said Monday's designations target its oil smuggling.")
    event = only(explainer, text, "SANCTION")
    assert event.date is not None and event.date.start == event.date.end == "2024-04-01"


def test_a_day_after_a_speech_verb_in_the_next_sentence_still_dates_the_statement(explainer: Explainer) -> None:
    text = ("Britain has blacklisted two financiers of the Nujaba movement. "
            "Officials said on Monday that the designations target its oil smuggling.")
    event = only(explainer, text, "SANCTION")
    assert event.date is not None and event.date.basis == "document"


def test_an_ethnic_adjective_is_no_town_abroad(explainer: Explainer) -> None:
    event = only(explainer, "The head of the Arab coalition threatened on Monday to strike "
                            "the rebels' ports.", "THREATEN")
    assert event.location is None or event.location.country != "USA"
