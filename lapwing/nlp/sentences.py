"""Sentence segmentation for news text.

``split_sentences(text)`` returns :class:`SentenceSpan` objects whose
``start``/``end`` are character offsets into the *original* string
(``text[span.start:span.end] == span.text``); whitespace between sentences is
never part of a span.

The base is syntok's rule segmenter, run line by line (a line break in an
extracted news article ends a paragraph, heading, caption or list item, so it
always ends a sentence). On top of syntok we repair the cases news text breaks
it on:

* military, civil and religious titles before names ("Maj. Gen. Ann Lee",
  "Lt. Col.", "Sen.", "Gov.", "Rev.") and "No. 5", "Jan. 5";
* country abbreviations ("U.S.", "U.K.", "U.N.", "E.U.") followed by a
  capitalised word that does not start a new sentence ("U.S. President");
* fragments that start in lower case or with closing punctuation
  ('"Stop!" he said.', '(AP)', '— officials said.') are attached to the
  preceding sentence;
* datelines ("WASHINGTON (Reuters) —", "KABUL, Jan. 5 (AP) —") are kept
  with the sentence they introduce.

No model and no network: the splitter is pure Python (syntok) and fast
(hundreds of thousands of characters per second).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from syntok import segmenter

__all__ = ["SentenceSpan", "split_sentences", "sentence_spans"]


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    start: int
    end: int
    text: str


# Abbreviations that (almost) never end a sentence when a capitalised word follows.
TITLES = frozenset(
    t.lower()
    for t in """
    Mr. Mrs. Ms. Mx. Dr. Prof. Rev. Fr. Sr. Msgr. Hon.
    Gen. Maj. Lt. Col. Capt. Cpt. Cmdr. Cdr. Adm. Sgt. Cpl. Pvt. Brig. Lieut. Ens. Spc. Pfc.
    Gov. Sen. Sens. Rep. Reps. Amb. Atty. Supt. Insp. Det. Pres. Sec. Gen.-Lt.
    St. Mt. Ft. Pt.
    No. Nos. Art. Sec. Vol. Fig. Ch. Para. Op.
    vs. v. approx. ca. cf. e.g. i.e. etc.-
    """.split()
)
# Month abbreviations: no break when a number follows ("Jan. 5").
MONTHS = frozenset("jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.".split())
# Abbreviated place names that often precede a capitalised noun ("U.S. Army").
PLACE_ABBREVS = frozenset("u.s. u.k. u.n. e.u. u.s.a. u.a.e. d.c. n.y. l.a.".split())
# Words that typically start a sentence: after "U.S." they signal a real break.
STARTERS = frozenset(
    """
    the a an this that these those it its he she they we i you his her their our my your
    there here in on at for with by from as after before when while if but and or so yet
    however meanwhile also still then now today yesterday tomorrow last next some many most
    no not one two three all both each every such what who which where why how according
    officials police authorities critics analysts experts mr mrs ms dr
    """.split()
)
_CLOSERS = set(")]}\"'”’»›")
_DASHES = ("—", "–", "--", "-")
_LOWER_START = re.compile(r"^[\"'“”‘’(\[]*[a-z]")
# dateline at the start of a line: "WASHINGTON (Reuters) —", "KABUL, Afghanistan, Jan. 5 (AP) -",
# "Evansville, Indiana, United States -". GUM (like most treebanks) makes it a sentence of its own.
_DATELINE = re.compile(
    r"(?:[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3})"
    r"(?:, ?(?:[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}|[A-Z][a-z]{2,4}\.? \d{1,2}(?:, \d{4})?)){0,3}"
    r"(?: ?\([A-Z][A-Za-z .&]{0,30}\))?"
    r" (?:—|–|--|-)(?= [\"“'‘]?[A-Z0-9])"
)
# list-like trailers: "Categories: August 15, 2008 Canada Published ...", "Tags: ...", "Sources: ..."
_TRAILER_LABEL = re.compile(
    r"(?:Categories|Category|Tags|Topics|Filed under|Related(?: news| articles| stories)?|Sources?|See also)\s*:",
    re.IGNORECASE,
)
_TRAILER_ITEM = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r" \d{1,2}, \d{4}|\b(?:Published|Archived)\b"
)
# photo captions/credits glued to a sentence: "... in Washington D.C. Image: United States Navy."
_CAPTION = re.compile(r"(?<=\S)\s+(?=(?:Image|Photo|Picture|Photograph|Credit|Photo credit)s?:\s+[A-Z])")
# '... misguided decision.“ However, ...': terminal punctuation + quote, then a sentence starter
_QUOTE_END = re.compile(r"(?<=[.!?][\"“”’'])\s+(?=([A-Z][a-z]*)\b)")
_SEMICOLON_END = re.compile(r";\s*$")
_QUOTES = "\"“”'‘’«»"


def _syntok_spans(text: str, base: int) -> Iterator[tuple[int, int]]:
    for paragraph in segmenter.analyze(text):
        for sentence in paragraph:
            if not sentence:
                continue
            first, last = sentence[0], sentence[-1]
            start = first.offset
            end = last.offset + len(last.value)
            yield base + start, base + end


def _last_word(s: str) -> str:
    parts = s.split()
    return parts[-1] if parts else ""


def _first_word(s: str) -> str:
    parts = s.split()
    return parts[0] if parts else ""


def _should_merge(prev: str, nxt: str) -> bool:
    last = _last_word(prev).lower()
    first = _first_word(nxt)
    bare_first = first.strip("\"'“”‘’([").lower()
    if not first:
        return True
    # fragment is only punctuation / a closer: attach
    if all(not c.isalnum() for c in nxt):
        return True
    if nxt[0] in _CLOSERS and len(nxt) <= 3:
        return True
    # '"Stop!" he said.' / 'at 5 p.m. local time'
    if _LOWER_START.match(nxt):
        return True
    if last in TITLES:
        return True
    if last in MONTHS and first[:1].isdigit():
        return True
    if last in PLACE_ABBREVS and first[:1].isupper() and bare_first not in STARTERS:
        return True
    # single initial: "Steven F. Udvar-Hazy", "George W. Bush"
    if re.fullmatch(r"[A-Z]\.", _last_word(prev)) and first[:1].isupper() and bare_first not in STARTERS:
        return True
    # UD/GUM rarely end a sentence at a semicolon
    if _SEMICOLON_END.search(prev):
        return True
    return False


def _move_stray_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'decision.“ However' -> the quote touching the previous sentence belongs to it."""
    out = list(spans)
    for i in range(1, len(out)):
        (ps, pe), (s, e) = out[i - 1], out[i]
        if s != pe:
            continue
        if text[s] in _QUOTES and s + 1 < e and text[s + 1].isspace():
            k = s + 1
            while k < e and text[k].isspace():
                k += 1
            if k < e:
                out[i - 1] = (ps, s + 1)
                out[i] = (k, e)
    return out


def _split_dateline(text: str, start: int, end: int) -> list[tuple[int, int]]:
    m = _DATELINE.match(text, start, end) if start < end else None
    if m is None or m.end() >= end:
        return [(start, end)]
    head = text[start : m.end()]
    # a dateline is place names with a comma, an ALL-CAPS place or an (AGENCY)
    if "," not in head and "(" not in head and not head.split()[0].isupper():
        return [(start, end)]
    k = m.end()
    while k < end and text[k].isspace():
        k += 1
    return [(start, m.end()), (k, end)]


def _split_trailer(text: str, start: int, end: int) -> list[tuple[int, int]]:
    m = _TRAILER_LABEL.match(text, start, end)
    if m is None:
        return [(start, end)]
    cuts = [start, m.end()]
    for item in _TRAILER_ITEM.finditer(text, m.end(), end):
        cuts += [item.start(), item.end()]
    cuts.append(end)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def _resplit(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split where syntok does not: before captions, after a quoted sentence end."""
    cuts = []
    for m in _CAPTION.finditer(text, start, end):
        cuts.append((m.start(), m.end()))
    for m in _QUOTE_END.finditer(text, start, end):
        if m.group(1).lower() in STARTERS:
            cuts.append((m.start(), m.end()))
    if not cuts:
        return [(start, end)]
    out, a = [], start
    for cs, ce in sorted(cuts):
        if cs > a:
            out.append((a, cs))
        a = ce
    out.append((a, end))
    return out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the sentences of ``text``."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            line_spans = list(_syntok_spans(line, pos))
            merged: list[tuple[int, int]] = []
            for start, end in line_spans:
                if merged and _should_merge(text[merged[-1][0] : merged[-1][1]], text[start:end]):
                    merged[-1] = (merged[-1][0], end)
                else:
                    merged.append((start, end))
            merged = _move_stray_quotes(text, merged)
            if merged:
                merged[0:1] = _split_dateline(text, *merged[0])
            line_out: list[tuple[int, int]] = []
            for span in merged:
                for part in _resplit(text, *span):
                    line_out.extend(_split_trailer(text, *part))
            spans.extend(line_out)
        pos += len(line)
    return [sp for sp in (_strip(text, a, b) for a, b in spans) if sp[0] < sp[1]]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str) -> list[SentenceSpan]:
    """Split news ``text`` into sentences with offsets into ``text``."""
    return [SentenceSpan(s, e, text[s:e]) for s, e in sentence_spans(text)]
