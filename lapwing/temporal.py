"""Temporal expressions: find them, normalise them to TIMEX3 against the article date, say why.

This is the ``time`` stage. The work is split by job: the word lists are in
``lexicons/time.yaml`` (:mod:`lapwing.temporal_lexicon`), the rules in
:mod:`lapwing.temporal_grammar`, the calendar arithmetic in :mod:`lapwing.temporal_calendar`,
the anchoring policy in :mod:`lapwing.temporal_anchor` and the tense heuristic in
:mod:`lapwing.temporal_tense`. This module runs them over a document:

1. every rule is matched everywhere; overlapping matches keep the longest (then the
   earlier rule);
2. matches are resolved in text order, so "two days later" counts from the expression
   before it; clock times come last, once the dates of their sentences are known. Points
   of comparison do not move that narrative time: the start of a "since" interval ("its
   lowest level since 1992") and "the same period last year";
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
from lapwing.temporal_anchor import UNKNOWN_ANCHOR, Anchor, Context, Reading, signal_before
from lapwing.temporal_grammar import Grammar, Rule, expression_span
from lapwing.temporal_lexicon import TimeLexicon, load_lexicon
from lapwing.temporal_sentences import sentence_of, sentence_starts
from lapwing.temporal_tense import ClauseTense, TenseFn

#: A date line is a short line near the top of the text holding a full date.
DATELINE_MAX_LINE = 80
DATELINE_FIRST_LINES = 5
_DATELINE_RULES = ("iso_date", "month_day", "day_month")
#: A written year in an expression: a lede's date must fix its day without an anchor.
_FULL_YEAR = re.compile(r"\b(?:1[0-9]|20)\d\d\b")
#: A story's dateline may carry the day the writer filed it ("CAIRO, March 3, 2026 (MENA) -"):
#: agencies' copy is republished a day or a few later, so a filing day up to this many days
#: before the publication date is what "today" and "on Tuesday" count from.
FILING_LAG_DAYS = 3
#: What opens a line before a dateline's date: nothing ("Oct 1 (Reuters) -"), or a place and
#: maybe its country, each closed by a comma ("ADEN, Yemen, ", "Jazan, ", "SANA'A, ").
_FILING_HEAD = re.compile(r"(?:[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*,[ \t]*){0,2}")
#: What closes a dateline after its date: a year the date rule left out, the agency in
#: brackets or after a comma ("(MENA)", ", SPA"), then a dash ("-", "--", "—").
_FILING_TAIL = re.compile(r"(?:,?[ \t]*\d{4})?[ \t]*(?:\([^)\n]{1,40}\)|,[ \t]*[A-Z][\w.&-]{1,15})?"
                          r"[ \t]*[\u2014\u2013-]{1,2}\s")


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
        #: Every word some rule requires (see :func:`_required_words`), looked up once per block.
        self.vocabulary = frozenset(word for rule in self.grammar.rules
                                    for words in _required_words(rule.pattern) for word in words)

    def candidates(self, text: str, spans: list[tuple[int, int]] | None = None,
                   starts: list[int] | None = None) -> list[_Candidate]:
        """Non-overlapping matches in ``spans`` (default: all text), in text order.

        ``starts`` (the sentence starts, found here when not given) cut the text into blocks
        of whole sentences; a rule is scanned only over the blocks that hold its required
        words. Most rules need a word that most sentences lack ("ago", a month, a unit), so
        long articles are not scanned fifty times over.
        """
        inside = _Inside(spans) if spans is not None else None
        blocks = _blocks(text, starts if starts is not None else sentence_starts(text, self.lexicon),
                         self.vocabulary)
        found = []
        for order, rule in enumerate(self.grammar.rules):
            for lo, hi in _blocks_for(rule, blocks, len(text)):
                for match in rule.pattern.finditer(text, lo, hi):
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
        if isinstance(self.tense, ClauseTense):
            self.tense.use_sentences(text, starts)
        ctx = Context(text, anchor, self.tense, sentence_starts=starts, event_nouns=self.lexicon.anaphoric_event_nouns,
                      month_numbers={**self.lexicon.months, **self.lexicon.month_abbreviations})
        results: list[tuple[_Candidate, Reading]] = []
        candidates = self.candidates(text, spans, starts)
        timeline: list[tuple[int, Reading]] = []  # the narrative times of the first pass, in text order
        for late in (False, True):
            for cand in candidates:
                if cand.rule.late != late:
                    continue
                ctx.sentence = sentence_of(starts, cand.start)
                if late:  # what the narrative was on at this point, not at the end of the text
                    ctx.previous = _last_before(timeline, cand.start)
                reading = cand.rule.build(cand.match, ctx)
                if reading is None:
                    continue
                signal = signal_before(text, cand.start)
                reading = _with_signal(signal, reading, anchor)
                results.append((cand, reading))
                ctx.last = (cand.end, reading)
                # the start of a "since" interval is a point of comparison ("its lowest level
                # since 1992"), not the time the narrative is at
                if _narrative_time(reading) and not late and signal != "since":
                    # the day of a statement ("the company said on Monday") about a day told before
                    # it dates the saying, not the story: "the next morning" after it still counts
                    # from that day; a clock time of its sentence may still take it
                    if not (self._statement_day(text, cand.start, reading) and _earlier_day(ctx.previous, reading)):
                        ctx.advance(reading)
                        timeline.append((cand.start, reading))
                    if reading.period is not None:
                        ctx.periods_by_sentence.setdefault(ctx.sentence, []).append((cand.start, reading))
        results.sort(key=lambda r: r[0].start)
        return [_found(doc_id, text, cand, reading) for cand, reading in results]

    def _statement_day(self, text: str, start: int, reading: Reading) -> bool:
        """Is the day at ``start`` the day of a statement: right after a speech verb, "on"
        maybe between ("police said on Friday", "the ministry told reporters on Monday")? A
        verb whose saying is the act itself ("announced") is left out: its day is an event's."""
        if reading.period is None or reading.period.precision != "day":
            return False
        words = text[max(0, start - 40):start].split()
        if not words or not text[:start].endswith((" ", "\t", "\n")):
            return False
        if words[-1] == "on":
            words = words[:-1]
        lex = self.lexicon
        if words and words[-1] in lex.speech_words:
            return words[-1] not in lex.enacting_speech_words
        # the hearer of "told": one word or "the" and one ("told reporters", "told the council")
        for reach in (2, 3):
            if len(words) >= reach and words[-reach] in lex.hearer_speech_words \
                    and (reach == 2 or words[-2].lower() == "the") and words[-1].isalpha():
                return True
        return False

    def document_anchor(self, document: Document, use_dateline: bool = True) -> Anchor:
        """The article date when the input gives one (or the filing day its story's dateline
        gives, a few days before it); else a date line, caption or lede date; else unknown."""
        if document.published:
            published = dt.date.fromisoformat(document.published[:10])
            filed = self.filing_day(document.text, published) if use_dateline else None
            return filed or Anchor(published, "document date")
        if use_dateline:
            captions = [(z.start, z.end) for z in document.zones if z.kind == "caption"]
            return self.dateline(document.text, captions) or UNKNOWN_ANCHOR
        return UNKNOWN_ANCHOR

    def dateline(self, text: str, captions: list[tuple[int, int]] | None = None) -> Anchor | None:
        """A full date standing on a short line near the top, or in a caption, as anchor evidence;
        failing those, the date of the first sentence (:meth:`lede_date`).

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
        # A story's own dateline opening a long first line ("NEW YORK, July 14, 2009 - Goldman
        # Sachs said today ...") dates it as well as a date standing on a line of its own.
        heads = [span for span in _dateline_heads(text) if not any(lo <= span[0] < hi for lo, hi in top_lines)]
        for cand in self.candidates(text, top_lines + captions + heads):
            if cand.rule.name not in _DATELINE_RULES or not _has_year(cand.match):
                continue
            if not any(lo <= cand.start < hi for lo, hi in top_lines + captions) and not (
                    any(cand.start == lo for lo, _ in heads) and _FILING_TAIL.match(text, cand.end)):
                continue
            reading = cand.rule.build(cand.match, Context(text, UNKNOWN_ANCHOR, self.tense))
            if reading is not None and reading.start is not None:
                where = "caption date" if any(lo <= cand.start < hi for lo, hi in captions) else "date line"
                return Anchor(reading.start, f"{where} {text[cand.start:cand.end]!r} (chars {cand.start}-{cand.end})")
        return self.lede_date(text)

    def lede_date(self, text: str) -> Anchor | None:
        """The full date (a day with its year) that opens the time of an undated story: the
        first expression of its first sentence.

        A lede tells the news of its day ("Voters went to the polls on Sunday, September 27,
        2009, ..."), so the story's "next year" and "on Monday" count from it, as a reader (and
        a TimeML annotator) counts them; without it they would stay ``XXXX``. After another
        expression ("said today it would close the branch it opened on March 3, 2009") the date
        is some earlier news, not the story's day.
        """
        starts = sentence_starts(text, self.lexicon)
        candidates = self.candidates(text, [(0, starts[1] if len(starts) > 1 else len(text))], starts)
        if not candidates or not _FULL_YEAR.search(text[candidates[0].start:candidates[0].end]):
            return None
        first = candidates[0]
        reading = first.rule.build(first.match, Context(text, UNKNOWN_ANCHOR, self.tense))
        if reading is None or reading.start is None or reading.start != reading.end:
            return None
        return Anchor(reading.start, f"lede date {text[first.start:first.end]!r} (chars {first.start}-{first.end})")

    def filing_day(self, text: str, published: dt.date) -> Anchor | None:
        """The day a dateline opening one of the first lines was filed ("CAIRO, March 3, 2026
        (MENA) -", "Month D (Reuters) -", "Jazan, July 19, 2026, SPA --"), when it lies at most
        :data:`FILING_LAG_DAYS` before ``published``: the writer's own day, which the story's
        relative days count from. A date without a year is read against the publication date.
        None when no dateline has a date, or its date is that day, after it or long before it
        (a later republication, not a copy of the same day's news)."""
        heads = _dateline_heads(text)
        context = Context(text, Anchor(published, "document date"), self.tense)
        for cand in self.candidates(text, heads):
            if cand.rule.name not in _DATELINE_RULES or not any(cand.start == lo for lo, _ in heads):
                continue
            if not _FILING_TAIL.match(text, cand.end):
                continue
            reading = cand.rule.build(cand.match, context)
            if reading is None or reading.start is None or reading.start != reading.end:
                continue
            if 0 < (published - reading.start).days <= FILING_LAG_DAYS:
                return Anchor(reading.start, f"filing day of the date line {text[cand.start:cand.end]!r}")
            return None
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


#: Sentences are grouped into blocks of at least this many characters for the prefilter:
#: smaller blocks skip more scans, but each scan of a block costs a call.
BLOCK_CHARS = 150


def _blocks(text: str, starts: list[int], vocabulary: frozenset[str]) -> list[tuple[int, int, frozenset[str]]]:
    """Blocks of whole sentences: start, end and the ``vocabulary`` words (any rule's required
    words) the block holds; empty when the text must be scanned whole.

    Expressions never cross a sentence start, so a match lies inside one block. Each word is
    looked up once per block, whatever the number of rules that require it.
    """
    if _FOLDS_SAFE(text) is not None:
        return []
    blocks: list[tuple[int, int, frozenset[str]]] = []
    lo = 0
    for edge in [*starts[1:], len(text)]:
        if edge - lo >= BLOCK_CHARS or edge == len(text):
            lowered = text[lo:edge].lower()
            blocks.append((lo, edge, frozenset(word for word in vocabulary if word in lowered)))
            lo = edge
    return blocks


def _blocks_for(rule: Rule, blocks: list[tuple[int, int, frozenset[str]]], length: int) -> list[tuple[int, int]]:
    """The stretches where ``rule`` can match: the blocks holding its required words (all text
    when the rule requires nothing or the text has no blocks, see :func:`_blocks`)."""
    required = _required_sets(rule.pattern)
    if not required or not blocks:
        return [(0, length)]
    return [(lo, hi) for lo, hi, present in blocks if all(not words.isdisjoint(present) for words in required)]


@lru_cache(maxsize=None)
def _required_sets(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """:func:`_required_words` as sets, to intersect with the words a block holds."""
    return tuple(frozenset(words) for words in _required_words(pattern))


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
            words = _literal_strings([(op, value)], c)
            if words and "" not in words:  # a word list compiled as a trie: one of its words
                out.append(frozenset(w.lower() for w in words))
            elif op is c.SUBPATTERN:
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


#: The most strings :func:`_literal_strings` spells out before giving up.
_MAX_STRINGS = 200


def _literal_strings(items: object, c: object) -> frozenset[str] | None:
    """Every string a parsed piece can match, when it is only ASCII literals, groups, branches
    and optional parts (how :func:`lapwing.temporal_lexicon.alternation` compiles a word list);
    ``None`` for anything else or more than :data:`_MAX_STRINGS` strings."""
    strings = {""}
    for op, value in items:  # type: ignore[attr-defined]
        if op is c.LITERAL and value < 128:  # type: ignore[attr-defined]
            options: frozenset[str] | None = frozenset([chr(value)])
        elif op is c.IN and all(kind is c.LITERAL and code < 128 for kind, code in value):  # type: ignore[attr-defined]
            options = frozenset(chr(code) for _, code in value)  # "(?:a|b)" is parsed as a class [ab]
        elif op is c.SUBPATTERN:  # type: ignore[attr-defined]
            options = _literal_strings(value[-1], c)
        elif op is c.BRANCH:  # type: ignore[attr-defined]
            parts = [_literal_strings(branch, c) for branch in value[1]]
            options = None if any(p is None for p in parts) else frozenset().union(*parts)  # type: ignore[arg-type]
        elif op is c.MAX_REPEAT and value[0] == 0 and value[1] == 1:  # type: ignore[attr-defined]
            inner = _literal_strings(value[2], c)
            options = None if inner is None else inner | {""}
        else:
            return None
        if options is None:
            return None
        strings = {head + tail for head in strings for tail in options}
        if len(strings) > _MAX_STRINGS:
            return None
    return frozenset(strings)


def _best(words: list[frozenset[str]]) -> frozenset[str] | None:
    """The most telling of several required sets (longest shortest string, then fewest)."""
    usable = [w for w in words if w]
    return max(usable, key=lambda w: (min(map(len, w)), -len(w)), default=None)


def _dateline_heads(text: str) -> list[tuple[int, int]]:
    """Where a dateline's date may stand in each of the first lines: after the place that
    opens the line ("CAIRO, "), up to :data:`DATELINE_MAX_LINE` characters on."""
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    heads = []
    for lo in line_starts[:DATELINE_FIRST_LINES]:
        head = _FILING_HEAD.match(text, lo)
        assert head is not None  # the pattern matches the empty string
        heads.append((head.end(), min(len(text), head.end() + DATELINE_MAX_LINE)))
    return heads


def _has_year(match: re.Match[str]) -> bool:
    groups = match.re.groupindex
    return bool(match["year"]) if "year" in groups else "y" in groups


def _narrative_time(reading: Reading) -> bool:
    """Can a later expression ("two days later", "the same period last year") count from this one?

    Calendar periods can; so can a fiscal year, which has a value but no bounds.
    """
    return reading.period is not None or (reading.type == "DATE" and reading.value.startswith("FY"))


def _earlier_day(previous: Reading | None, reading: Reading) -> bool:
    """Is ``previous`` a day (or a part of one) before the day of ``reading``: an event the
    story told before a statement about it, which later anaphors still count from?"""
    return previous is not None and previous.period is not None and previous.period.precision == "day" \
        and previous.start is not None and reading.start is not None and previous.start < reading.start


def _last_before(timeline: list[tuple[int, Reading]], position: int) -> Reading | None:
    """The last narrative time that starts before ``position`` (``timeline`` is in text order)."""
    index = bisect.bisect_left(timeline, position, key=lambda item: item[0])
    return timeline[index - 1][1] if index else None


def _with_signal(word: str | None, reading: Reading, anchor: Anchor) -> Reading:
    """"since X" runs from X to the anchor; "until X" is open before and ends with X."""
    if word is None or reading.type not in ("DATE", "TIME") or reading.start is None:
        return reading
    if word == "since":
        if anchor.date is not None and reading.start > anchor.date:
            return reading  # a stretch from a later day up to now is no stretch: keep the day alone
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
    """The given date (or the filing day of a dateline a few days before it), else a date
    line of ``text``, else unknown."""
    if date is None:
        return default_normaliser().dateline(text) or UNKNOWN_ANCHOR
    value = date if isinstance(date, dt.date) else dt.date.fromisoformat(str(date)[:10])
    return default_normaliser().filing_day(text, value) or Anchor(value, "document date")


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
