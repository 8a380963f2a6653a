"""Actor nouns (kb/lexicon.yaml): the police's task-named units ("anti-terror squads",
"counter-terrorism police") are a state's police after its country word. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from lapwing.actors import scan


def _found(kb, text: str, date: str = "2025-06-20") -> dict[str, tuple]:
    return {h.text: (h.resolution.actor.country, h.resolution.actor.sector) for h in scan(text, date, kb=kb)}


@pytest.mark.parametrize("text, span, expected", [
    ("Greek counter-terrorism police raided a flat in Athens on Friday.", "Greek counter-terrorism police",
     ("GRC", "COP")),
    ("Turkish anti-terror squads detained nine people on Friday.", "Turkish anti-terror squads", ("TUR", "COP")),
    ("French gendarmerie units cleared the camp on Friday.", "French gendarmerie units", ("FRA", "COP")),
])
def test_task_named_police_units_are_a_states_police(kb, text: str, span: str, expected: tuple) -> None:
    assert _found(kb, text)[span] == expected
