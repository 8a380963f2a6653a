"""A part of the day before or after the reference day ("the morning after", "the evening
before") as TIMEX3 TIME, like "the night before" (the sentences are made up)."""

from __future__ import annotations

from lapwing.temporal import find_timexes


def _found(text: str, published: str) -> dict[str, tuple[str, str]]:
    """Each expression of ``text`` with its type and value."""
    return {t.text: (t.type, t.value) for t in find_timexes(text, published)}


def test_a_part_of_day_before_or_after_is_a_time_next_to_the_reference_day() -> None:
    assert _found("Rebels shelled the town on Sunday and withdrew the morning after.", "2026-05-13") == {
        "Sunday": ("DATE", "2026-05-10"), "the morning after": ("TIME", "2026-05-11TMO")}
    assert _found("Talks opened on Friday; envoys had arrived the evening before.", "2026-05-13") == {
        "Friday": ("DATE", "2026-05-08"), "the evening before": ("TIME", "2026-05-07TEV")}
    # before a named day it is a part of that day's neighbour, which other rules read
    assert "the morning after" not in _found("Crowds gathered the morning after Christmas.", "2026-05-13")
