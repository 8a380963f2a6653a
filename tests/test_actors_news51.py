"""Sources and targets in news wording: armed or masked men and plain-clothes men are unidentified
armed actors; a town's mayor, governor or council serves the town's state; "the two neighbours"
counts the two states the sentence names; a subject of named people keeps its party across a
relative clause; hunters held abroad are freed civilians. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2025-03-06"


@pytest.mark.parametrize("text", [
    "Armed men in plain clothes whisked the Tunisian lawyer away from his office in Sfax on Monday.",
    "Masked men abducted a Nigerian engineer outside Kano on Monday.",
    "Plain-clothes men arrested a Moroccan blogger in Rabat on Monday.",
])
def test_armed_masked_or_plain_clothes_men_are_unidentified_attackers(explainer: Explainer, text: str) -> None:
    events = [e for e in explainer.analyse(text, DAY).events if e.type in ("COERCE", "ASSAULT")]
    assert events
    assert [a.sector for a in events[0].actors] == ["UAF"]


@pytest.mark.parametrize("text, country", [
    ("The mayor of the northern city of Gao condemned the Algerian raid on Monday.", "MLI"),
    ("The governor of Basra condemned the Turkish raid on Monday.", "IRQ"),
    ("The governor of the Tunisian province of Sfax condemned the Libyan raid on Monday.", "TUN"),
    ("The head of Gao's municipal council condemned the Algerian raid on Monday.", "MLI"),
    ("The municipal council of Misrata condemned the Egyptian raid on Monday.", "LBY"),
])
def test_a_towns_mayor_governor_or_council_is_its_states_government(explainer: Explainer, text: str,
                                                                    country: str) -> None:
    (blame,) = of_type(explainer, text, "ACCUSE", DAY)
    assert [(a.country, a.sector) for a in blame.actors] == [(country, "GOV")]


def test_a_mayor_of_no_known_place_is_no_party(explainer: Explainer) -> None:
    text = "The mayor of Qwertyville condemned the Algerian raid on Monday."
    assert [a.country for e in of_type(explainer, text, "ACCUSE", DAY) for a in e.actors] == []


@pytest.mark.parametrize("text, pair", [
    ("The two Central African neighbours struck a bargain on Monday that lets Chad buy Cameroonian fuel on credit.",
     ["TCD", "CMR"]),
    ("After Kenya hosted Ugandan ministers, the two East African neighbours struck a fishing deal on Monday.",
     ["KEN", "UGA"]),
])
def test_the_two_neighbours_are_the_two_states_the_sentence_names(explainer: Explainer, text: str,
                                                                  pair: list[str]) -> None:
    (deal,) = of_type(explainer, text, "AGREE", DAY)
    assert sorted(countries(deal.actors)) == sorted(pair)


def test_a_named_subject_keeps_its_party_across_a_relative_clause(explainer: Explainer) -> None:
    text = ("Kazakh citizens Ivan Petrov and Aidos Bekov, who strayed across the frontier in fog, were returned "
            "home on Monday.")
    (back,) = of_type(explainer, text, "RETREAT", DAY)
    assert "KAZ" in countries(back.recipients)


def test_hunters_held_abroad_walk_free_as_civilians(explainer: Explainer) -> None:
    text = "Two Bulgarian hunters held for nearly a month in the south walked free on Monday."
    (freed,) = of_type(explainer, text, "RETREAT", DAY)
    assert [(r.country, r.sector) for r in freed.recipients] == [("BGR", "CVL")]
