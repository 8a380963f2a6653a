"""Helpers for the tests of the temporal grammar and of the hand-written timex sets."""

from __future__ import annotations

import json
from pathlib import Path

from lapwing.eval.timex import evaluate_file
from lapwing.records import Timex
from lapwing.temporal import find_timexes


def found(text: str, date: str | None) -> list[tuple[str, str, str]]:
    """(text, type, value) of every expression found."""
    return [(t.text, t.type, t.value) for t in find_timexes(text, date)]


def only(text: str, date: str | None, expression: str) -> Timex:
    """The single timex whose text is ``expression`` (fails loudly when absent)."""
    matches = [t for t in find_timexes(text, date) if t.text == expression]
    assert len(matches) == 1, f"{expression!r} not found once in {find_timexes(text, date)}"
    return matches[0]


def counted_to(text: str, date: str | None, measure: str) -> str | None:
    """Where the offset ``measure`` ("two days" of "two days earlier") counts to: the start of
    its interval, its value being the measure itself (MEANTIME's convention, as for "ago")."""
    found = only(text, date, measure)
    return found.interval.start if found.interval else None


def check_timex_set(gold: Path, size: int = 150) -> None:
    """A hand-written gold set: at least ``size`` items with unique ids, the four fields,
    spans that match their texts and TIMEX3 types."""
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= size
    assert len({row["id"] for row in rows}) == len(rows)
    for row in rows:
        assert set(row) == {"id", "text", "date", "timexes"}
        for timex in row["timexes"]:
            assert row["text"][timex["start"]:timex["end"]] == timex["text"], timex
            assert timex["type"] in {"DATE", "TIME", "DURATION", "SET"}, timex


def scores_of_set(gold: Path) -> dict:
    """Score a hand-written set and print its span and value F1 (``pytest -s`` shows them)."""
    scores = evaluate_file(gold)
    strict, relaxed, value = scores["strict"]["f1"], scores["relaxed"]["f1"], scores["value"]["f1"]
    print(f"\n{gold.parent.name}: span strict F1 {strict:.3f}, relaxed F1 {relaxed:.3f}, value F1 {value:.3f} "
          f"(gold {scores['gold']}, predicted {scores['predicted']})")
    return scores
