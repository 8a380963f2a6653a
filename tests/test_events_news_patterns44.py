"""Event structure, last round (issue #4): a dotted abbreviation ("U.S.", "U.N.") is one
word, so it no longer eats the gap of a multi-word key; a subject pronoun standing for the
warner makes "warned X that it would ... if ..." a conditional threat."""

from __future__ import annotations

import pytest

from lapwing.events_text import tokenize
from lapwing.explain import Explainer
from lapwing.records import Event

DAY = "2026-05-12"


def code(explainer: Explainer, text: str, date: str = DAY) -> list[Event]:
    return explainer.analyse(text, date).events


def test_a_dotted_abbreviation_is_one_token() -> None:
    text = "U.N. and U.K. envoys met at 9 a.m."
    assert [t.text for t in tokenize(text, 0, len(text))] == ["U.N.", "and", "U.K.", "envoys", "met", "at",
                                                              "9", "a.m."]


def test_an_abbreviation_leaves_a_key_its_gap(explainer: Explainer) -> None:
    events = code(explainer, "Washington barred U.S. and U.K. banks from doing business with Iraq on Monday.")
    sanctions = [e for e in events if e.type == "SANCTION"]
    assert sanctions and [r.country for r in sanctions[0].recipients] == ["IRQ"]


@pytest.mark.parametrize("text", [
    "Chile warned Peru on Friday that it would take serious steps if it did not stop fishing there.",
    "Chile warned Peru that they would take measures unless the dispute was settled.",
])
def test_a_pronoun_for_the_warner_makes_a_conditional_threat(explainer: Explainer, text: str) -> None:
    threats = [e for e in code(explainer, text) if e.type == "THREATEN"]
    assert threats and [a.country for a in threats[0].actors] == ["CHL"]
    assert [r.country for r in threats[0].recipients] == ["PER"]
