"""Actors and roles: a province's or city's organs are of its country; "the central bank of
X" and "X's central bank" are X's even without a KB entry; two possessives share one office
noun ("Syria's and Jordan's ministers"); "Europe" asked or blamed by a state is the EU, "in
Europe" a place; forces moved in the passive are the reporting army's; an object after a day
adjunct makes a verb active; new KB people. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import countries, known_countries, of_type

DAY = "2024-06-12"


@pytest.mark.parametrize("text, country, sector", [
    ("Isfahan's judiciary released a Panama-flagged cargo ship on Tuesday.", "IRN", "JUD"),
    ("Mosul's police arrested four smugglers on Tuesday.", "IRQ", "COP"),
    ("Homs's governor condemned the bombing of the market on Tuesday.", "SYR", "GOV"),
])
def test_a_place_s_organ_is_of_its_country(explainer: Explainer, text: str, country: str, sector: str) -> None:
    (event,) = [e for e in explainer.analyse(text, DAY).events if e.actors]
    assert [(a.country, a.sector) for a in event.actors] == [(country, sector)]


def test_an_unknown_person_s_aide_takes_no_place_s_country(explainer: Explainer) -> None:
    events = explainer.analyse("Hamdan's aide condemned the bombing of the market on Tuesday.", DAY).events
    assert all(not a.country for e in events for a in e.actors)


@pytest.mark.parametrize("text", [
    "The central bank of Oman suspended the licences of six exchange firms on Tuesday.",
    "Oman's central bank suspended the licences of six exchange firms on Tuesday.",
])
def test_a_state_s_central_bank_is_that_state(explainer: Explainer, text: str) -> None:
    (event,) = of_type(explainer, text, "SANCTION", DAY)
    assert [(a.country, a.sector) for a in event.actors] == [("OMN", "GOV")]


def test_a_central_bank_of_a_state_s_government_is_that_state(explainer: Explainer) -> None:
    text = ("The central bank of Libya's internationally recognised government revoked the licences of nine "
            "exchange firms on Tuesday.")
    (event,) = of_type(explainer, text, "SANCTION", DAY)
    assert countries(event.actors) == ["LBY"]


def test_a_central_bank_no_state_owns_stays_unknown(explainer: Explainer) -> None:
    text = "Nine exchange firms lost their licences on Tuesday when the central bank barred them from trading."
    assert all(not a.country for e in explainer.analyse(text, DAY).events for a in e.actors)


@pytest.mark.parametrize("text, expected", [
    ("Egypt's and Sudan's irrigation ministers signed a memorandum on the Nile on Tuesday.", ["EGY", "SDN"]),
    ("Iraq's and Kuwait's oil ministers signed a memorandum on the border fields on Tuesday.", ["IRQ", "KWT"]),
])
def test_two_possessives_share_one_office_noun(explainer: Explainer, text: str, expected: list[str]) -> None:
    (event,) = of_type(explainer, text, "SUPPORT", DAY)
    assert known_countries(event.actors) == expected


@pytest.mark.parametrize("text, type_", [
    ("Tunisia's president urged Europe to fund the return of migrants, he told reporters on Tuesday.", "REQUEST"),
    ("Moscow accused Europe of prolonging the war in Ukraine on Tuesday.", "ACCUSE"),
])
def test_europe_addressed_by_a_state_is_the_eu(explainer: Explainer, text: str, type_: str) -> None:
    (event,) = of_type(explainer, text, type_, DAY)
    assert countries(event.recipients) == ["EUR"]


def test_europe_as_a_place_is_no_party(explainer: Explainer) -> None:
    text = "Turkish police arrested 12 people smugglers who were sending migrants to Europe on Tuesday."
    (event,) = of_type(explainer, text, "COERCE", DAY)
    assert "EUR" not in countries(event.recipients) + countries(event.actors)


def test_forces_moved_in_the_passive_are_the_reporting_army_s(explainer: Explainer) -> None:
    text = ("Two mechanised battalions were relocated from Kandahar to the Iranian border on Tuesday, Pakistan's "
            "army said.")
    (event,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert countries(event.actors) == ["PAK"]


def test_forces_moved_in_the_passive_reported_by_witnesses_have_no_mover(explainer: Explainer) -> None:
    text = "Two mechanised battalions were relocated from Kandahar to the Iranian border on Tuesday, witnesses said."
    assert all(not e.actors for e in of_type(explainer, text, "MOBILIZE", DAY))


def test_an_object_after_the_day_makes_the_verb_active(explainer: Explainer) -> None:
    text = "Kirkuk's governor inspected on Tuesday the unloading of a Jordanian aid convoy at the city's airport."
    events = explainer.analyse(text, DAY).events
    assert all(r.sector != "GOV" for e in events for r in e.recipients)


@pytest.mark.parametrize("text, country", [
    ("Irakli Kobakhidze rejected the opposition's demand for new elections on Tuesday.", "GEO"),
    ("Kamel Feki met the Italian interior minister in Tunis on Tuesday.", "TUN"),
    ("Emad Trabelsi met the Italian interior minister in Tripoli on Tuesday.", "LBY"),
])
def test_new_kb_people_have_their_country(explainer: Explainer, text: str, country: str) -> None:
    (event,) = [e for e in explainer.analyse(text, DAY).events if e.actors]
    assert countries(event.actors)[:1] == [country]
