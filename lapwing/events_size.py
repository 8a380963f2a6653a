"""How many died, were hurt or arrested: numbers next to casualty words in a sentence.

News states tolls in a few fixed shapes: "killing four soldiers", "killed at least 12",
"12 people were killed", "four dead". A number (digits or a word from ``number_words``)
within a few words after a casualty word, else within a few words before it (across an
aside opened by a word of ``size_asides``: "Five soldiers, all reservists, were killed", or
across a phrase after the counted head: "Five men from the Haifa area were arrested"),
sizes the sentence's ASSAULT or COERCE event. Counts are what the sentence says, never summed
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
#: The longest aside between a count and its verb ("Thirteen people, among them ..., were").
ASIDE = 10
_STOP = frozenset({",", ";", ".", ":", "and", "in", "on", "since", "after", "before", "by"})
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})*$|^\d{1,5}$")
#: Prepositions that open a phrase after the counted head ("Three members of the outlawed
#: party were held", "Five men from the Haifa area were arrested"): the count stands before it.
_POSTMODIFIERS = frozenset({"of", "from"})
#: The most words from a count to the preposition after its head ("Three senior members of").
COUNT_TO_POSTMODIFIER = 3
#: Words after a number that make it something other than a head count.
_NOT_PEOPLE = frozenset({"km", "kilometres", "kilometers", "miles", "percent", "%", "years",
                         "days", "hours", "weeks", "months", "am", "pm", "a.m", "p.m"})


def _number(sentence: Sentence, k: int, lexicon: EventLexicon) -> int | None:
    tok = sentence.tokens[k]
    if _DIGITS.match(tok.lower):
        first, last = _figure(sentence, k)
        nxt = sentence.tokens[last + 1].lower if last + 1 < len(sentence.tokens) else ""
        return None if nxt in _NOT_PEOPLE else int(sentence.span_text(first, last + 1).replace(",", ""))
    nxt = sentence.tokens[k + 1].lower if k + 1 < len(sentence.tokens) else ""
    return None if nxt in _NOT_PEOPLE else lexicon.number_words.get(tok.lower)


def _figure(sentence: Sentence, k: int) -> tuple[int, int]:
    """The first and last tokens of the figure the digits at ``k`` belong to: the words split
    "1,200" at its comma, so a count read from either side is the whole figure ("killed
    1,200 people", "1,200 people were killed"). Only groups written together count: "on
    March 5, 200 people" holds two numbers."""
    toks = sentence.tokens

    def joined(a: int) -> bool:  # the comma at ``a`` joins a group of digits to three more
        return 0 < a < len(toks) - 1 and toks[a].text == "," and toks[a - 1].end == toks[a].start \
            and toks[a].end == toks[a + 1].start and toks[a - 1].lower.isdigit() \
            and len(toks[a - 1].lower) <= 3 and len(toks[a + 1].lower) == 3 and toks[a + 1].lower.isdigit()

    first, last = k, k
    while joined(first - 1):
        first -= 2
    while joined(last + 1):
        last += 2
    return first, last


def _near(sentence: Sentence, k: int, lexicon: EventLexicon) -> int | None:
    toks = sentence.tokens
    for n in range(k + 1, min(len(toks), k + 1 + AFTER)):
        if toks[n].lower in _STOP - {"by"}:
            break
        value = _number(sentence, n, lexicon)
        if value is not None:
            return value
    n, left = k - 1, BEFORE
    while n >= 0 and left > 0:
        if toks[n].text == ",":
            opening = _aside_opening(sentence, n, lexicon)
            if opening is None:
                break
            n = opening - 1  # the comma before the aside: the count stands before it
            continue
        if toks[n].lower in _STOP:
            break
        value = _number(sentence, n, lexicon)
        if value is not None:
            return value
        n, left = n - 1, left - 1
    return _postmodified_count(sentence, k, lexicon)


def _postmodified_count(sentence: Sentence, k: int, lexicon: EventLexicon) -> int | None:
    """The count of a head that a phrase opened by "of" or "from" follows before the casualty
    word at ``k`` ("Five men from the Haifa area were arrested", "Twelve students from the
    University of San Carlos were detained"): the phrase, up to :data:`ASIDE` words, names
    where the counted come from, and the count stands within :data:`COUNT_TO_POSTMODIFIER` words before one
    of its prepositions. None when no such phrase ends at ``k``."""
    toks = sentence.tokens
    for m in range(k - 1, max(-1, k - 1 - ASIDE), -1):
        if toks[m].lower in _STOP:
            return None
        if toks[m].lower not in _POSTMODIFIERS:
            continue
        for n in range(m - 1, max(-1, m - 1 - COUNT_TO_POSTMODIFIER), -1):
            if toks[n].lower in _STOP:
                break
            value = _number(sentence, n, lexicon)
            if value is not None:
                return value
    return None


def _aside_opening(sentence: Sentence, close: int, lexicon: EventLexicon) -> int | None:
    """The comma that opens an aside closed by the comma at ``close``, when the aside starts
    with a word of ``size_asides`` ("Thirteen people, among them two women, were held": the
    count is the head's, not the aside's); None when no such aside ends there."""
    toks = sentence.tokens
    for m in range(close - 1, max(-1, close - 1 - ASIDE), -1):
        if toks[m].text == ",":
            return m if m + 1 < close and toks[m + 1].lower in lexicon.size_asides else None
    return None


#: How far after a toll word its figure may stand ("the death toll from Sunday's shelling of
#: the camp rose to nineteen").
TOLL_REACH = 12
#: How far before a toll word its rise verb may stand ("raised the death toll to 40").
RISE_BEFORE_TOLL = 3
_TOLL_END = frozenset({";", ".", ":", "and", "but"})


def _toll(sentence: Sentence, lexicon: EventLexicon) -> int | None:
    """The dead a toll is brought to: the number after "to" or "at" that follows a toll word
    of class ``tolls`` and a verb of class ``toll_rises`` before or after it ("raising the
    toll to three", "the toll ... rose to nineteen", "the tally stood at 12"). Tolls are
    stated so when a death is added to an earlier attack's, with no number by the dying."""
    toks = sentence.tokens
    tolls, rises = lexicon.classes.get("tolls", frozenset()), lexicon.classes.get("toll_rises", frozenset())
    for k, tok in enumerate(toks):
        if tok.lower not in tolls:
            continue
        for n in range(k + 1, min(len(toks) - 1, k + 1 + TOLL_REACH)):
            if toks[n].lower in _TOLL_END:
                break
            if toks[n].lower in {"to", "at"} and any(t in rises for t in sentence.words(k - RISE_BEFORE_TOLL, n)):
                value = _number(sentence, n + 1, lexicon)
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
    toll = None if "dead" in counts else _toll(sentence, lexicon)
    if toll is not None:
        counts["dead"] = toll
    return Size(**counts) if counts else None
