"""The temporal grammar against news sentences written for Lapwing (tests/fixtures/timex_sentences.jsonl).

Each line is one sentence with its article date and every TIMEX3 expression a TimeML
annotator following the MEANTIME (NewsReader) conventions would mark: text, type, value.
The sentences were written for this test, not taken from a corpus or an outlet, so that
the grammar is checked on phenomena rather than tuned to one corpus. A sentence passes
only when the expressions found are exactly the expected ones, so a miss and an extra
both fail. A line with ``known_issue`` records a limitation: it must keep failing until
fixed (strict xfail), then the marker is removed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from lapwing.temporal import find_timexes

FIXTURE = Path(__file__).parent / "fixtures" / "timex_sentences.jsonl"


def _cases() -> list[Any]:
    cases = []
    for number, line in enumerate(FIXTURE.read_text(encoding="utf-8").splitlines(), 1):
        row = json.loads(line)
        marks = [pytest.mark.xfail(strict=True, reason=row["known_issue"])] if "known_issue" in row else []
        cases.append(pytest.param(row, id=f"{number}:{row['text'][:40]}", marks=marks))
    return cases


def test_the_fixture_is_large_and_well_formed() -> None:
    rows = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 60
    for row in rows:
        for timex in row["timexes"]:
            assert timex["text"] in row["text"], timex
            assert timex["type"] in {"DATE", "TIME", "DURATION", "SET"}, timex


@pytest.mark.parametrize("row", _cases())
def test_sentence(row: dict[str, Any]) -> None:
    expected = sorted((t["text"], t["type"], t["value"]) for t in row["timexes"])
    found = sorted((t.text, t.type, t.value) for t in find_timexes(row["text"], row["date"]))
    assert found == expected
