"""The edges of the day after a preposition ("at dawn", "before first light", "at dusk") as
TIMEX3 TIME on the day of the sentence (the sentences are made up)."""

from __future__ import annotations

from lapwing.temporal import find_timexes


def _found(text: str, published: str) -> dict[str, tuple[str, str]]:
    """Each expression of ``text`` with its type and value."""
    return {t.text: (t.type, t.value) for t in find_timexes(text, published)}


def test_dawn_and_dusk_after_a_preposition_are_parts_of_the_sentence_day() -> None:
    assert _found("Police raided the camp at dawn.", "2026-05-13") == {"dawn": ("TIME", "2026-05-13TMO")}
    assert _found("Rebels crossed the river before first light on Sunday.", "2026-05-13") == {
        "first light": ("TIME", "2026-05-10TMO"), "Sunday": ("DATE", "2026-05-10")}
    assert _found("A curfew will start at dusk on Friday.", "2026-05-13") == {
        "dusk": ("TIME", "2026-05-15TEV"), "Friday": ("DATE", "2026-05-15")}
    # not a figure of speech or a name
    assert _found("The vote marked the dawn of a new era.", "2026-05-13") == {}
    assert _found("Golden Dawn lost its seats.", "2026-05-13") == {}
