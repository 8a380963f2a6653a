"""Temporal expressions: find them, normalise them to TIMEX3 against the article date, say why.

This is the ``time`` stage. The work is split by job: the word lists are in
``lexicons/time.yaml`` (:mod:`lapwing.temporal_lexicon`), the rules in
:mod:`lapwing.temporal_grammar`, the calendar arithmetic in :mod:`lapwing.temporal_calendar`,
the anchoring policy in :mod:`lapwing.temporal_anchor` and the tense heuristic in
:mod:`lapwing.temporal_tense`. This module runs them over a document:

1. every rule is matched everywhere; overlapping matches keep the longest (then the
   earlier rule);
2. matches are resolved in text order, so "two days later" counts from the expression
   before it; clock times come last, once the dates of their sentences are known;
3. "since October 7" and "until Friday" turn the date into an open interval.

Each result keeps its rule and a note on the anchor and direction; :func:`explain` prints
them for analysts who need to know why an event landed in a given week.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from lapwing.hookspecs import hookimpl
from lapwing.records import Document, Interval, Timex
from lapwing.stages import Analysis, StageFn, StageSpec, stage
from lapwing.temporal_anchor import UNKNOWN_ANCHOR, Anchor, Context, Reading
from lapwing.temporal_grammar import Grammar, Rule, expression_span
from lapwing.temporal_lexicon import TimeLexicon, load_lexicon
from lapwing.temporal_sentences import sentence_of, sentence_starts
from lapwing.temporal_tense import ClauseTense, TenseFn

#: A date line is a short line near the top of the text holding a full date.
DATELINE_MAX_LINE = 80
DATELINE_FIRST_LINES = 5
_DATELINE_RULES = ("iso_date", "month_day", "day_month")
_SIGNAL = re.compile(r"\b(since|until|till|through)\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Found:
    """A normalised expression with the rule that found it and how it was anchored."""

    timex: Timex
    rule: str
    note: str

    def explain(self) -> str:
        """One line: text, offsets, type, value, bounds, rule and anchor."""
        t = self.timex
        bounds = f" [{t.interval.start or '..'} .. {t.interval.end or '..'}]" if t.interval else ""
        return f"{t.text!r} {t.start}-{t.end} {t.type} {t.value}{bounds}  rule={self.rule}; {self.note}"


@dataclass(frozen=True)
class _Candidate:
    rule: Rule
    order: int
    match: re.Match[str]
    start: int
    end: int


class Normaliser:
    """The grammar, lexicon and tense signal, built once and used for many documents."""

    def __init__(self, lexicon: TimeLexicon | None = None, tense: TenseFn | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()
        self.grammar = Grammar(self.lexicon)
        self.tense = tense or ClauseTense(self.lexicon)

    def candidates(self, text: str, spans: list[tuple[int, int]] | None = None) -> list[_Candidate]:
        """Non-overlapping matches in ``spans`` (default: all text), in text order."""
        inside = _Inside(spans) if spans is not None else None
        found = []
        # a rule whose required words are not in the text cannot match: skip its scan
        lowered = text.lower() if _FOLDS_SAFE(text) is None else None
        for order, rule in enumerate(self.grammar.rules):
            if lowered is not None and not all(any(word in lowered for word in words)
                                               for words in _required_words(rule.pattern)):
                continue
            for match in rule.pattern.finditer(text):
                start, end = expression_span(match)
                if start == end or (inside is not None and not inside(start, end)):
                    continue
                if rule.accept is not None and not rule.accept(match):
                    continue
                found.append(_Candidate(rule, order, match, start, end))
        found.sort(key=lambda c: (-(c.end - c.start), c.order, c.start))
        occupied = bytearray(len(text))
        taken: list[_Candidate] = []
        for cand in found:
            if not any(occupied[cand.start:cand.end]):
                occupied[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
                taken.append(cand)
        return sorted(taken, key=lambda c: c.start)

    def find(self, text: str, anchor: Anchor = UNKNOWN_ANCHOR, doc_id: str = "",
             spans: list[tuple[int, int]] | None = None) -> list[Found]:
        """Every temporal expression of ``text`` normalised against ``anchor``."""
        starts = sentence_starts(text, self.lexicon)
        ctx = Context(text, anchor, self.tense)
        results: list[tuple[_Candidate, Reading]] = []
        candidates = self.candidates(text, spans)
        for late in (False, True):
            for cand in candidates:
                if cand.rule.late != late:
                    continue
                ctx.sentence = sentence_of(starts, cand.start)
                reading = cand.rule.build(cand.match, ctx)
                if reading is None:
                    continue
                reading = _with_signal(text, cand.start, reading, anchor)
                results.append((cand, reading))
                if reading.period is not None and not late:
                    ctx.previous = reading
                    if reading.period.precision == "day":
                        ctx.days_by_sentence.setdefault(ctx.sentence, []).append((cand.start, reading))
        results.sort(key=lambda r: r[0].start)
        return [_found(doc_id, text, cand, reading) for cand, reading in results]

    def document_anchor(self, document: Document, use_dateline: bool = True) -> Anchor:
        """The article date when the input gives one; else a date line or caption date; else unknown."""
        if document.published:
            return Anchor(dt.date.fromisoformat(document.published[:10]), "document date")
        if use_dateline:
            captions = [(z.start, z.end) for z in document.zones if z.kind == "caption"]
            return self.dateline(document.text, captions) or UNKNOWN_ANCHOR
        return UNKNOWN_ANCHOR

    def dateline(self, text: str, captions: list[tuple[int, int]] | None = None) -> Anchor | None:
        """A full date standing on a short line near the top, or in a caption, as anchor evidence.

        Only for undated documents: the input's own date always wins. The anchor says where
        the date was read, so that an analyst can tell evidence from metadata.
        """
        captions = captions or []
        line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        top_lines = []
        for index, lo in enumerate(line_starts[:DATELINE_FIRST_LINES]):
            hi = line_starts[index + 1] - 1 if index + 1 < len(line_starts) else len(text)
            if hi - lo <= DATELINE_MAX_LINE:
                top_lines.append((lo, hi))
        for cand in self.candidates(text, top_lines + captions):
            if cand.rule.name not in _DATELINE_RULES or not _has_year(cand.match):
                continue
            reading = cand.rule.build(cand.match, Context(text, UNKNOWN_ANCHOR, self.tense))
            if reading is not None and reading.start is not None:
                where = "caption date" if any(lo <= cand.start < hi for lo, hi in captions) else "date line"
                return Anchor(reading.start, f"{where} {text[cand.start:cand.end]!r} (chars {cand.start}-{cand.end})")
        return None

    def document_timexes(self, document: Document, use_dateline: bool = True) -> list[Found]:
        """The expressions of a document's coded zones, anchored on its date (or date line)."""
        anchor = self.document_anchor(document, use_dateline)
        return self.find(document.text, anchor, document.doc_id, document.coded_spans())


class _Inside:
    """Does an expression lie inside one of the given spans? A bisection, for documents with many zones."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for lo, hi in sorted(spans):
            if merged and lo < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
            else:
                merged.append((lo, hi))
        self.starts = [lo for lo, _ in merged]
        self.ends = [hi for _, hi in merged]

    def __call__(self, start: int, end: int) -> bool:
        index = bisect.bisect_right(self.starts, start) - 1
        return index >= 0 and end <= self.ends[index]


#: Characters that a case-insensitive pattern matches to an ASCII letter although their
#: ``str.lower()`` is not that letter (dotted and dotless i, long s). Texts holding one
#: are scanned with every rule.
_FOLDS_SAFE = re.compile("[\u0130\u0131\u017f]").search
_MIN_WORD = 3  # shorter required strings are in nearly every text: not worth checking
_MAX_WORDS = 40  # nor are long lists of alternatives


@lru_cache(maxsize=None)
def _required_words(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """What any text the pattern matches in must contain, lowercased: for each tuple, at
    least one of its strings. Read off the parsed pattern: runs of ASCII literals, through
    groups, alternations (one tuple per branch, joined), required repeats and positive
    lookarounds. Conservative: a part it cannot read requires nothing."""
    from re import _constants as c, _parser  # noqa: PLC0415 - the stdlib's own parser

    def conjunction(items: object) -> list[frozenset[str]]:
        out: list[frozenset[str]] = []
        run: list[str] = []

        def close() -> None:
            if run:
                out.append(frozenset(["".join(run).lower()]))
                run.clear()

        for op, value in items:  # type: ignore[attr-defined]
            if op is c.LITERAL and value < 128:
                run.append(chr(value))
                continue
            close()
            if op is c.SUBPATTERN:
                out.extend(conjunction(value[-1]))
            elif op is c.ATOMIC_GROUP:
                out.extend(conjunction(value))
            elif op is c.ASSERT:
                out.extend(conjunction(value[1]))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                if value[0] >= 1:
                    out.extend(conjunction(value[2]))
            elif op is c.BRANCH:
                alternatives: set[str] = set()
                for branch in value[1]:
                    best = _best(conjunction(branch))
                    if best is None:
                        break
                    alternatives |= best
                else:
                    out.append(frozenset(alternatives))
        close()
        return out

    return tuple(tuple(sorted(words)) for words in sorted(
        (w for w in conjunction(_parser.parse(pattern.pattern, pattern.flags))
         if min(map(len, w)) >= _MIN_WORD and len(w) <= _MAX_WORDS),
        key=lambda w: (len(w), sorted(w))))


def _best(words: list[frozenset[str]]) -> frozenset[str] | None:
    """The most telling of several required sets (longest shortest string, then fewest)."""
    usable = [w for w in words if w]
    return max(usable, key=lambda w: (min(map(len, w)), -len(w)), default=None)


def _has_year(match: re.Match[str]) -> bool:
    groups = match.re.groupindex
    return bool(match["year"]) if "year" in groups else "y" in groups


def _with_signal(text: str, start: int, reading: Reading, anchor: Anchor) -> Reading:
    """"since X" runs from X to the anchor; "until X" is open before and ends with X."""
    if reading.type not in ("DATE", "TIME") or reading.start is None:
        return reading
    signal = _SIGNAL.search(text, max(0, start - 12), start)
    if signal is None:
        return reading
    word = signal.group(1).lower()
    if word == "since":
        return replace(reading, end=anchor.date, note=f"{reading.note}; since: from it to the anchor")
    return replace(reading, start=None, note=f"{reading.note}; {word}: ends with it")


def _found(doc_id: str, text: str, cand: _Candidate, reading: Reading) -> Found:
    interval = None
    if reading.start is not None or reading.end is not None:
        interval = Interval(
            reading.start.isoformat() if reading.start else None,
            reading.end.isoformat() if reading.end else None,
        )
    timex = Timex(doc_id, cand.start, cand.end, text[cand.start:cand.end], reading.type, reading.value, interval)
    return Found(timex, cand.rule.name, reading.note)


@lru_cache(maxsize=1)
def default_normaliser() -> Normaliser:
    """One shared normaliser per process (building the grammar compiles ~30 patterns)."""
    return Normaliser()


def _anchor_of(text: str, date: str | dt.date | None) -> Anchor:
    """The given date, else a date line of ``text``, else unknown."""
    if date is None:
        return default_normaliser().dateline(text) or UNKNOWN_ANCHOR
    value = date if isinstance(date, dt.date) else dt.date.fromisoformat(str(date)[:10])
    return Anchor(value, "document date")


def find_timexes(text: str, date: str | dt.date | None = None, doc_id: str = "") -> list[Timex]:
    """The TIMEX3 expressions of ``text`` for an article dated ``date`` (``YYYY-MM-DD`` or None)."""
    return [f.timex for f in default_normaliser().find(text, _anchor_of(text, date), doc_id)]


def explain(text: str, date: str | dt.date | None = None) -> list[str]:
    """One line per expression of ``text``: value, bounds, the rule that found it and its anchor.

    Meant for ``lapwing explain``: an analyst can see that "Tuesday" became 2022-03-08
    because the article is of Wednesday 2022-03-09 and the clause is in the past tense.
    """
    return [f.explain() for f in default_normaliser().find(text, _anchor_of(text, date))]


@stage(
    "time",
    reads=["document.text", "document.zones", "document.published"],
    assigns=["timexes"],
    default_config={"dateline_anchor": True},
    scorer="timex",
)
def make_time(config: dict) -> StageFn:
    """Temporal expressions (TIMEX3) normalised against the article date or a date line."""
    normaliser = default_normaliser()
    use_dateline = bool(config["dateline_anchor"])

    def run(batch: list[Analysis]) -> None:
        for analysis in batch:
            found = normaliser.document_timexes(analysis.document, use_dateline)
            analysis.timexes.extend(f.timex for f in found)

    return run


@hookimpl
def register_stages() -> list[StageSpec]:
    """The ``time`` stage."""
    return [make_time]
