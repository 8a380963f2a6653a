"""Event structure, sixth round (issues #4/#5): a measure told with an irregular past
("froze") is a verb before the participle that describes its object's people ("officials
accused of ..."): the participle codes no accusation of its own."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer
from lapwing.records import Event

DAY = "2026-05-12"


def code(explainer: Explainer, text: str, date: str = DAY) -> list[Event]:
    return explainer.analyse(text, date).events


@pytest.mark.parametrize("text", [
    "Canada froze the assets of four officials accused of torturing prisoners.",
    "Peru froze the accounts of three mayors accused of taking bribes.",
])
def test_an_irregular_past_verb_makes_the_participle_a_modifier(explainer: Explainer, text: str) -> None:
    assert "ACCUSE" not in [e.type for e in code(explainer, text)]
