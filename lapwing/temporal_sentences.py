"""Rough sentence bounds for the temporal rules, until a real segmenter lands.

The temporal rules only need to know which words share a sentence (the tense of a clause,
the date a clock time belongs to), so a line break or a full stop, question or exclamation
mark followed by a capital ends a sentence, unless the word before the stop is a listed
abbreviation ("Jan.", "Mr.", "p.m.") or a single initial.
"""

from __future__ import annotations

import bisect
import re

from lapwing.temporal_lexicon import TimeLexicon

_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“'‘(]?[A-Z0-9])|\n+")


def sentence_starts(text: str, lexicon: TimeLexicon) -> list[int]:
    """The offset at which each sentence of ``text`` starts (the first is 0)."""
    starts = [0]
    for match in _END.finditer(text):
        if match.group()[0] == ".":
            word = re.search(r"([\w.]+)$", text[max(0, match.start() - 40):match.start()])
            before = word.group(1).lower() if word else ""
            if before in lexicon.abbreviations or (len(before) == 1 and before.isalpha()):
                continue
        starts.append(match.end())
    return starts


def sentence_of(starts: list[int], offset: int) -> int:
    """The index of the sentence holding ``offset``, given :func:`sentence_starts`."""
    return bisect.bisect_right(starts, offset) - 1
