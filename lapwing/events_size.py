"""How many died, were hurt or arrested: numbers next to casualty words in a sentence.

News states tolls in a few fixed shapes: "killing four soldiers", "killed at least 12",
"12 people were killed", "four dead". A number (digits or a word from ``number_words``)
within a few words after a casualty word, else within a few words before it, sizes the
sentence's ASSAULT or COERCE event. Counts are what the sentence says, never summed
across sentences (tolls are restated as they rise).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from lapwing.events_lexicon import EventLexicon
from lapwing.events_text import Sentence
from lapwing.records import Size

AFTER = 4
BEFORE = 5
_STOP = frozenset({",", ";", ".", ":", "and", "in", "on", "since", "after", "before", "by"})
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})*$|^\d{1,5}$")
#: Words after a number that make it something other than a head count.
_NOT_PEOPLE = frozenset({"km", "kilometres", "kilometers", "miles", "percent", "%", "years",
                         "days", "hours", "weeks", "months", "am", "pm", "a.m", "p.m"})


def _number(sentence: Sentence, k: int, lexicon: EventLexicon) -> int | None:
    tok = sentence.tokens[k]
    nxt = sentence.tokens[k + 1].lower if k + 1 < len(sentence.tokens) else ""
    if nxt in _NOT_PEOPLE:
        return None
    if _DIGITS.match(tok.lower):
        return int(tok.lower.replace(",", ""))
    return lexicon.number_words.get(tok.lower)


def _near(sentence: Sentence, k: int, lexicon: EventLexicon) -> int | None:
    toks = sentence.tokens
    for n in range(k + 1, min(len(toks), k + 1 + AFTER)):
        if toks[n].lower in _STOP - {"by"}:
            break
        value = _number(sentence, n, lexicon)
        if value is not None:
            return value
    for n in range(k - 1, max(-1, k - 1 - BEFORE), -1):
        if toks[n].lower in _STOP:
            break
        value = _number(sentence, n, lexicon)
        if value is not None:
            return value
    return None


def size_of(sentence: Sentence, lexicon: EventLexicon, arrests: Collection[int] = ()) -> Size | None:
    """Dead, injured and arrested counts stated in the sentence, or None if it states none.
    ``arrests``: tokens where an arrest trigger of the lexicon starts, whatever its words
    ("four wanted men were taken into custody": "taken" counts the men like "arrested" would)."""
    counts: dict[str, int] = {}
    for k, tok in enumerate(sentence.tokens):
        for name, words in lexicon.size_words.items():
            if name not in counts and (tok.lower in words or name == "arrested" and k in arrests):
                value = _near(sentence, k, lexicon)
                if value is not None:
                    counts[name] = value
    return Size(**counts) if counts else None
