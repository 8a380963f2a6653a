"""Actors of 1980s-2000s world wire copy, fifth round (sentences written here): a name that
stands for several states at once ("the two Koreas") is one mention per state, only in the
era the name was in use."""

from __future__ import annotations

from pathlib import Path

import pytest

from lapwing.actors import scan
from lapwing.explain import Explainer
from lapwing.knowledge import KnowledgeBase, validate_kb

from event_helpers import countries, of_type


def _countries(kb: KnowledgeBase, text: str, date: str, span: str) -> list[str | None]:
    return [h.resolution.actor.country for h in scan(text, date, kb=kb) if h.text == span]


@pytest.mark.parametrize("text, span", [
    ("The two Koreas reopened their border liaison office on Friday.", "two Koreas"),
    ("Beijing praised both Koreas for their restraint.", "both Koreas"),
])
def test_a_name_of_two_states_names_each(kb: KnowledgeBase, text: str, span: str) -> None:
    assert sorted(_countries(kb, text, "1992-02-21", span)) == ["KOR", "PRK"]


def test_a_state_set_names_no_one_outside_its_era(kb: KnowledgeBase) -> None:
    text = "Delegates of the two Germanys met in Geneva to discuss a trade treaty."
    assert _countries(kb, text, "1987-05-04", "two Germanys") == ["DEU"]
    assert _countries(kb, text, "1995-05-04", "two Germanys") == []


def test_both_states_of_a_set_are_parties_to_an_event(explainer: Explainer) -> None:
    events = of_type(explainer, "The two Koreas agreed on Monday to resume their prime ministers' talks.",
                     "AGREE", "1992-02-21")
    assert events and sorted(countries(events[0].actors)) == ["KOR", "PRK"]


def test_a_state_set_must_name_kb_states(tmp_path: Path) -> None:
    (tmp_path / "sets.yaml").write_text("state_sets:\n  - {names: [the three Guianas], states: [GUY, XXZ]}\n")
    problems = [str(p) for p in validate_kb([tmp_path]) if str(tmp_path) in p.origin]
    assert any("'XXZ' is not a KB state" in p for p in problems)
