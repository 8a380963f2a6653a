"""When did an event happen? Pick the time expression that dates it, or say why there is none.

Analysts filter by date first, so every event gets an :class:`~lapwing.records.EventDate`
and its ``basis`` says how much to trust it:

1. ``explicit``: a time expression in the event's own clause (nearest to the trigger);
2. ``report``: else the time of the statement that reports the event ("The IDF said *on
   Friday* it had killed ...", "*On Monday*, police said militants had attacked ..."): a
   speech verb stands right before the expression (or before a phrase saying where or to
   whom it was said: "said in remarks to the paper *on Monday*"), or between it and the
   trigger. The
   statement dates the claim, so the event happened by then, like a publication date. It
   gives way only to an expression of the event's own clause with no comma between
   ("said on Friday it had killed two men *a day earlier*"), not to one set off by a comma
   ("... it had arrested five people, the latest in a wave of arrests since the war *in
   June*") or in another clause;
3. ``explicit``: else the nearest one elsewhere in the sentence, which in news is the time
   of the governing clause ("On Monday, while talks went on, troops withdrew");
4. ``document``: else the article date: the report is the only evidence of time;
5. ``unknown``: else nothing.

There is no parser yet, so "the event's clause" is approximated: no clause-break word or mark
from ``lexicons/time.yaml`` (``which``, ``after``, ``;`` ...) between trigger and expression.
When the parser lands, :func:`same_clause` is the one function to replace.

These refinements keep an expression from dating the wrong event:

- An event in a clause tied to the sentence by an offset ("fired rockets on Thursday, *a day
  after* a drone killed X", "*hours after*", "*a week before*", "the blast came *the morning
  after* an air raid") is dated from the governing date moved by that offset
  (``offset_links``, ``vague_offsets``); the offset phrase itself ("a day", "the day after")
  dates nothing. An event before the offset with no day of its
  own ("raided the town *days after* a truce began on March 1") is dated back from the
  tied clause's date.
- An expression in a relative clause that a comma closes before the trigger ("The ship,
  *which* sailed two weeks ago, unloaded ...") dates that clause's event, not the trigger.
- An expression behind a trigger that belongs to a later clause never dates it: a future
  expression behind an intention cue ("agreed *to meet* again next week": the meeting is next
  week, the agreement is not) or any expression inside a relative clause ("withdrew from the
  town, *which* militants seized in March"; the clause ends at its comma) or a background
  phrase ("struck the south *despite* the November truce"). One exception: when the event's
  own clause has no expression, the day of a restrictive, non-anterior relative clause in
  the week before publication dates it ("killed in a drone attack *which* targeted a vehicle
  yesterday"), rather than the statement's or the article's date. A relative clause without
  a pronoun ("lifted the ban *imposed* on four banks in 2024", "a ship *they seized* in
  October", "a spy cell *broken up* last month", "prisoners *held* since March") keeps an
  older time, and any time right after its participle ("a journalist *arrested* on
  Sunday"): a recent day further on at the end of such a sentence is the main event's
  ("detained nine men suspected of ... in raids on Tuesday").
- Likewise a relative clause on the subject before the trigger's finite verb ("Troops
  *deployed* to the border in January withdrew", "Troops *who* were posted there in March
  returned") keeps its time, unless it is a recent day or the subject is an act ("The strike
  carried out last week killed five").
- Nor does an expression date an event it is no time of: a future expression in a sentence
  whose trigger is a verb in the past ("has requested that the UN keep a mission once the
  mandate *lapses at the end of December*": a done act is dated by no time after the
  article), a future expression of an intended act whose clause ends before the trigger
  ("agreed to restart trains before the end of the year, at a *meeting* ..."), a bound or
  occasion wherever it stands ("on the occasion of Ramadan, and *pledged* ..."), the occasion
  an act is done for ("*pardoned* 800 prisoners to mark the end of Ramadan"), a date
  that names a noun ("the 2015 deal", "*flouted* the November ceasefire", "in the summer
  heat", "*rejected* Wednesday's accusation"), or a duration that runs on past the article
  ("began the drills on Friday, with *firing* over the next four days": how long, not when).
- A participle on a noun trigger, after its complement and a comma or not, dates the act the
  noun names ("regretted Sudan's *embargo* on Kenyan goods, announced on Saturday"), even
  where it would otherwise be a reduced relative clause or a statement's time; so does a
  relative clause on it whose verb says the act happened or began ("the *strike* at the mill
  that began on Sunday entered its second day").
- A noun trigger's own time after it outranks the time of an outer act still to come before
  it ("will travel *next month* to follow up on the *discussions* with the premier on
  Thursday"), and a possessive day after "since" dates the noun it determines ("since
  *Tuesday's* market *bombing*"), not the start of a state.

Three more concern what an expression is the time of:

- A day counted from the sentence's reference time ("a day earlier", "the night before",
  "the previous day") contrasts with that time, so it dates the act it follows, when that
  act is the nearest predicate before it ("on Tuesday condemned the sanctions that the EU
  imposed *a day earlier*": the sanctions), and nothing after its comma.
- A copular trigger ("were behind the fire ... a day earlier") is a relation to the act its
  complement names: an expression in the complement dates that act, not the relation.
- A dateline date ("VLADIVOSTOK, March 14 (TASS) -") is the filing day: an event with no time
  of its own takes it as a report date, like the publication date.
- A responsibility claim ("claimed responsibility on Wednesday for the ambush ... a day
  earlier") is coded as the act it claims, which the act's phrase dates; the object of a
  reaction ("on Thursday *condemned* the British *sanctions*") was done by the reaction's
  day, a report date.

And one refinement across sentences (:func:`refine_from_next`, called by the events stage):
an event dated only coarsely ("this year", "since January", the article date) takes the
single day that the next sentence gives when that sentence continues the story ("The attack
took place on Tuesday afternoon"). A past perfect act with no time of its own ("agents *had
seized* the men") takes the one day before publication that the previous sentence gives,
rather than the publication date (:func:`_pluperfect_date`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from lapwing.places_recognise import in_dateline
from lapwing.records import Document, EventDate, Span, Timex
from lapwing.temporal_calendar import period_of, precision_of, shift
from lapwing.temporal_lexicon import TimeLexicon, alternation, load_lexicon
from lapwing.temporal_tense import is_past_form

_WORD = re.compile(r"[A-Za-z]+|``|''|[^\w\s,.]")
#: Definite and possessive determiners, which several patterns below open a noun phrase with.
_DEFINITES = "the|its|their|his|her|our"
_DEFINITE_WORDS = frozenset(_DEFINITES.split("|"))
_DETERMINER_BEFORE = re.compile(rf"(?:\b(?:{_DEFINITES}|a)|['’]s)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+[a-z]")
#: A determiner after an expression: the object of a verb in the active ("chaired today *a* meeting").
_DETERMINER_AFTER = re.compile(r"\s+(?:the|a|an|its|their|his|her|our)\b", re.IGNORECASE)
#: A date written as a name: a year, a month and year or a month and day ("2015", "June 2025",
#: "February 3", "3 February").
_CALENDAR_NAME = re.compile(r"\d{4}|[A-Z][a-z]+\.?\s+(?:\d{4}|\d{1,2})|\d{1,2}\s+[A-Z][a-z]+")
#: A gerund after "of" or "for", the act a charge or a reason names ("accused X of shelling").
_GERUND_COMPLEMENT = re.compile(r"\b(?:of|for)\s+[a-z]+ing\b")
#: A year written alone ("2019").
_YEAR = re.compile(r"\d{4}")
#: A superlative word ("first", "largest"); before a trigger or between it and a later "since"
#: phrase ("the visit was his first to Iran since the June war") it measures the event.
_SUPERLATIVE_WORD = re.compile(r"\b(?:\w+est|first|most|biggest|worst|largest|only)\b", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
#: A period that contains the present ("this year", "so far this month"): after a superlative
#: it is the range the event is ranked in ("the most senior official to visit Tripoli *this
#: year*"), like a "since" phrase.
_CURRENT_PERIOD = re.compile(r"(?:so\s+far\s+)?this\s+\w+$", re.IGNORECASE)

#: Words that make the expression after them a bound or an occasion the event precedes, not
#: its date ("pardoned 450 prisoners ahead of the end of Ramadan", "on the
#: occasion of Eid al-Adha", "extended the truce until Friday").
_BOUND = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|prior\s+to|on\s+the\s+occasion\s+of|until|till|pending)\b",
                    re.IGNORECASE)
#: The precision of an anchored duration's bounds, by its unit ("in the last week": week);
#: clock units (``PT3H``, ``PT30M``) give days.
_DURATION_PRECISION = {"D": "day", "W": "week", "M": "month", "Y": "year"}
#: "ago", "later" or "earlier" after a duration: the event is at the date it counts to (the
#: interval's start), not all along it ("two years ago", "two days later"); all but "ago" count
#: from the sentence's reference time ("[a day] earlier"), not from the article date.
_COUNTING_SIGNAL = re.compile(r"\s+(ago|later|earlier|afterwards)\b", re.IGNORECASE)
#: A counted or vague calendar duration ("P2D", "PXD": "days") and a clock duration ("PT3H",
#: "PTXH": "hours") as offsets.
_COUNTED = re.compile(r"P(\d+|X)([DWMY])$")
_CLOCK = re.compile(r"PT(?:\d+(?:\.\d+)?|X)[HMS]$")
_UNIT_OF_CODE = {"D": "day", "W": "week", "M": "month", "Y": "year"}
#: The precision of an event placed "a few" units away ("days after X": within a week).
_VAGUE_PRECISION = {"day": "week", "week": "month", "month": "year", "year": "decade"}
#: How many units "a few" spans: "days before X" is 2 to 6 days after the governing date.
_FEW = (2, 6)
_PRECISION_RANK = ("day", "week", "month", "season", "quarter", "year", "decade", "century")
_CLAUSE_END = re.compile(r"[,;:]")
#: An apposition between commas that a clause carries on across ("killed three fighters,
#: including a commander, in a strike on Friday"; "arrested Wael Haidar, a former colonel
#: wanted over killings in 2013, at a checkpoint on Saturday"): its commas end no clause. A
#: noun phrase opened by an article counts only when the clause goes on with a preposition
#: after it, since ", the army said on Monday." ends one; so does a phrase that places the
#: place before it ("struck a gas plant in Chamchamal, east of Kirkuk, on Wednesday night").
_APPOSITION = re.compile(r",\s*(?:(?:including|among them|among whom|such as|mostly|mainly|many of them)\b[^,;:]*,"
                         r"|(?:(?:a|an|the)\s|(?:(?:north|south)(?:east|west)?|east|west)\s+of\s)[^,;:]*,"
                         r"(?=\s*(?:at|in|on|near|during|outside|inside|from|with)\s))",
                         re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
#: A capitalised word right before a year, one space between ("Sentinel 2026").
_NAME_BEFORE_YEAR = re.compile(r"(?<![\w-])(?P<word>[A-Z][\w.]*) $")
#: What stands before the first word of a sentence: its start, or a full stop and spaces.
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?][\"'’”]?\s+|\n\s*)$")


@dataclass(frozen=True)
class Offset:
    """An offset phrase that ties a clause to the governing date ("a day after", "hours after").

    ``sign`` is where the tied event lies from the governing date (-1: before it); ``unit`` is
    ``None`` for the same day ("hours after") and ``count`` is ``None`` for "a few" ("days").
    """

    start: int
    end: int
    sign: int
    unit: str | None
    count: int | None


def _dates_event(timex: Timex) -> bool:
    """Can this expression date an event? Calendar dates and times, and anchored durations.

    Sets ("every Monday"), loose references ("recently") and free durations ("six months")
    say nothing about *when*.
    """
    if timex.type in ("DATE", "TIME"):
        return timex.value[:1].isdigit() or timex.value.startswith("X")
    return timex.type == "DURATION" and timex.interval is not None


def _streak_of_periods(timex: Timex, lex: TimeLexicon) -> bool:
    """Whether ``timex`` counts a run of weeks, months or years ("for the second year running", "a
    third straight month"): it says how long something has recurred, not when this act happened,
    and dating the act to the whole year would keep it apart from the other reports of its day."""
    counts = tuple(word for word, n in lex.ordinals.items() if n >= 2)  # not "the last week", "the first year"
    return _streak_pattern(counts, lex.streak_words).fullmatch(timex.text) is not None


@lru_cache(maxsize=4)
def _streak_pattern(ordinals: tuple[str, ...], streak_words: tuple[str, ...]) -> re.Pattern[str]:
    """An ordinal count of weeks, months or years, maybe with a streak word ("the 3rd straight year")."""
    ordinal = alternation(ordinals)
    streak = alternation(streak_words)
    return re.compile(rf"(?:a|the)\s+(?:{ordinal}|\d{{1,2}}(?:st|nd|rd|th))\s+(?:(?:{streak})\s+)?(?:week|month|year)",
                      re.IGNORECASE)


def same_clause(text: str, a: tuple[int, int], b: tuple[int, int], lexicon: TimeLexicon) -> bool:
    """No clause break between the two spans (a heuristic stand-in for the parse)."""
    lo, hi = min(a[1], b[1]), max(a[0], b[0])
    between = _WORD.findall(text[lo:hi]) if lo < hi else []
    return not any(w.lower() in lexicon.clause_breaks for w in between)


def _distance(trigger: Span, timex: Timex) -> int:
    if timex.end <= trigger.start:
        return trigger.start - timex.end
    if timex.start >= trigger.end:
        return timex.start - trigger.end
    return 0


def _duration_precision(value: str) -> str:
    return "day" if value.startswith("PT") else _DURATION_PRECISION.get(value[-1:], "unknown")


def _event_date(timex: Timex, text: str) -> EventDate:
    """The event date an expression gives; "two years ago" (a DURATION ending at the anchor) gives its
    start, "two days later" (bounded by the day it counts to) that day."""
    interval = timex.interval
    start = interval.start if interval else None
    end = interval.end if interval else None
    if timex.type == "DURATION" and start and _COUNTING_SIGNAL.match(text, timex.end):
        precision = _duration_precision(timex.value)
        period = period_of(dt.date.fromisoformat(start), precision)
        assert period.start is not None and period.end is not None
        return EventDate(value=period.value, start=period.start.isoformat(), end=period.end.isoformat(),
                         precision=precision, basis="explicit")  # type: ignore[arg-type]
    if timex.type == "DURATION":
        precision = _duration_precision(timex.value)
    else:
        precision = precision_of(timex.value)
    if precision == "day" and _possessive(text, timex):  # "since Tuesday's bombing": the day, not since then
        start = end = timex.value[:10]
    return EventDate(value=timex.value, start=start, end=end, precision=precision, basis="explicit")  # type: ignore[arg-type]


def _link_after(text: str, pos: int, lex: TimeLexicon) -> re.Match[str] | None:
    """The offset link word ("after", "before") right at ``pos`` (spaces allowed), if any."""
    match = _NEXT_WORD.match(text, pos)
    return match if match and match.group(1).lower() in lex.offset_links else None


def _timex_offset(timex: Timex, text: str, lex: TimeLexicon) -> Offset | None:
    """The offset a time expression gives when a link word and a clause follow it.

    "two days after X" is a duration (``P2D``) followed by "after"; "the day after X" is a date
    whose own last word is the link, and which therefore ties a clause, not a day, unless a
    preposition follows it ("the charges levelled the day before *by* the ministry"): then
    it is an adverb of time counted from the reference time. A part of the day ("the blast
    came *the morning after* an air raid", a TIME) ties its clause a day away in the same way.
    """
    link = _link_after(text, timex.end, lex)
    if timex.type == "DURATION" and link:
        sign = lex.offset_links[link.group(1).lower()]
        if _CLOCK.match(timex.value):
            return Offset(timex.start, link.end(), sign, None, None)
        counted = _COUNTED.match(timex.value)
        if counted:
            count = None if counted.group(1) == "X" else int(counted.group(1))
            return Offset(timex.start, link.end(), sign, _UNIT_OF_CODE[counted.group(2)], count)
        return None
    words = timex.text.split()
    following = _WORD.search(text, timex.end)
    clause_follows = (following is not None and following.group()[:1].isalpha()
                      and not text[timex.end:following.start()].strip()
                      and following.group().lower() not in lex.adverbial_offset_followers)
    if timex.type not in ("DATE", "TIME") or len(words) < 2 or words[-1].lower() not in lex.offset_links \
            or not clause_follows:
        return None
    units = ["day" if w.lower() in lex.parts_of_day else lex.unit_name(w) for w in words
             if lex.unit(w) or w.lower() in lex.parts_of_day]
    count = next((lex.numbers[w.lower()] for w in words if w.lower() in lex.numbers), 1)
    if units and units[0] in _UNIT_OF_CODE.values():
        return Offset(timex.start, timex.end, lex.offset_links[words[-1].lower()], units[0], count)
    return None


def _vague_offsets(text: str, sentence: Span, timexes: list[Timex], lex: TimeLexicon) -> list[Offset]:
    """Offsets without a count ("hours after X", "days before X") that no expression covers."""
    offsets = []
    for word in _WORD.finditer(text, sentence.start, sentence.end):
        kind = lex.vague_offsets.get(word.group().lower())
        link = _link_after(text, word.end(), lex) if kind else None
        if not kind or not link or any(t.start <= word.start() < t.end for t in timexes):
            continue
        sign = lex.offset_links[link.group(1).lower()]
        offsets.append(Offset(word.start(), link.end(), sign, None if kind == "same" else kind, None))
    return offsets


def find_offsets(text: str, sentence: Span, timexes: list[Timex], lex: TimeLexicon) -> list[Offset]:
    """Every offset phrase of the sentence (see :class:`Offset`)."""
    counted = [o for t in timexes if sentence.start <= t.start and t.end <= sentence.end
               for o in [_timex_offset(t, text, lex)] if o]
    return sorted(counted + _vague_offsets(text, sentence, timexes, lex), key=lambda o: o.start)


def _governing_offset(trigger: Span, offsets: list[Offset], text: str, lex: TimeLexicon) -> Offset | None:
    """The nearest offset before the trigger whose tied clause holds the trigger: the
    clause ends at a comma, after which the governing clause goes on ("The talks, a day
    after Sisi hosted the king, covered Gaza mediation"; "A day after militants killed five
    soldiers, the army launched ...")."""
    before = [o for o in offsets if o.end <= trigger.start
              and same_clause(text, (o.end, o.end), (trigger.start, trigger.end), lex)
              and not _clause_end_between(text, o.end, trigger.start)]
    return max(before, key=lambda o: o.end, default=None)


def _following_offset(trigger: Span, offsets: list[Offset], text: str, lex: TimeLexicon) -> Offset | None:
    """The nearest offset after the trigger in its clause ("raided the town *days after* a
    ceasefire took effect on March 1"): the event is dated from the clause it ties."""
    after = [o for o in offsets if o.start >= trigger.end
             and same_clause(text, (trigger.start, trigger.end), (o.start, o.start), lex)]
    return min(after, key=lambda o: o.start, default=None)


def _inverse(offset: Offset) -> Offset:
    """The offset read from the tied clause back to the governing one."""
    return dataclasses.replace(offset, sign=-offset.sign)


def _tied_clause_end(text: str, trigger: Span, sentence: Span) -> int:
    """Where the clause tied by an offset ends: the first comma or colon after its trigger."""
    match = _CLAUSE_END.search(text, trigger.end, sentence.end)
    return match.start() if match else sentence.end


def _coarser(a: str, b: str) -> str:
    rank = {p: i for i, p in enumerate(_PRECISION_RANK)}
    return max(a, b, key=lambda p: rank.get(p, len(rank)))


def _shifted(base: EventDate, offset: Offset) -> EventDate:
    """``base`` moved by the offset: an exact day for counted days, a period for coarser units."""
    if offset.unit is None or base.start is None or base.end is None:
        return base
    start, end = dt.date.fromisoformat(base.start[:10]), dt.date.fromisoformat(base.end[:10])
    if offset.count is None:
        near, far = _FEW
        lo, hi = sorted((offset.sign * near, offset.sign * far))
        precision = _coarser(_VAGUE_PRECISION[offset.unit], base.precision)
        first, last = shift(start, offset.unit, lo), shift(end, offset.unit, hi)
        middle = first + (last - first) / 2
        return EventDate(value=period_of(middle, precision).value, start=first.isoformat(), end=last.isoformat(),
                         precision=precision, basis=base.basis)  # type: ignore[arg-type]
    first = shift(start, offset.unit, offset.sign * offset.count)
    last = shift(end, offset.unit, offset.sign * offset.count)
    precision = _coarser(offset.unit, base.precision) if base.precision != "unknown" else offset.unit
    if precision == "day" and first == last:
        return EventDate(value=first.isoformat(), start=first.isoformat(), end=last.isoformat(),
                         precision="day", basis=base.basis)
    period = period_of(first, precision)
    return EventDate(value=period.value, start=first.isoformat(), end=last.isoformat(),
                     precision=precision, basis=base.basis)  # type: ignore[arg-type]


#: Words between a speech verb and the expression of its time ("said late on Tuesday").
_REPORT_TIME_GAP = frozenset({"on", "late", "early", "in", "at"})
#: Prepositions that open the phrase saying where or to whom a statement was made ("said *in*
#: remarks to the newspaper", "said *at* a news conference"), and its longest length.
_STATEMENT_PHRASE_OPENERS = frozenset({"in", "to", "at", "with", "during", "via"})
_STATEMENT_PHRASE_WORDS = 7
#: How many words a claim's noun ("claimed *responsibility*") and its preposition ("*for*
#: the ambush") may stand after the word before them: a time or an adverb may come between.
_CLAIM_WORDS = 4


def _reporting_time(trigger: Span, timex: Timex, text: str, lex: TimeLexicon) -> bool:
    """Whether the expression dates the statement that reports the event, not the event: a
    speech verb stands right before it ("said on Friday it had ...", "... killed three
    fighters, sources said on Wednesday"), or it stands before the trigger with a speech
    verb between them ("On Monday, police said ...")."""
    if _possessive(text, timex):
        return False  # "said Wednesday's strike killed": the day of the strike, not of the saying
    before = [w.lower() for w in _WORD.findall(text[max(0, timex.start - 40):timex.start])]
    while before and before[-1] in _REPORT_TIME_GAP:
        before.pop()
    if before and before[-1] in lex.speech_words or _after_statement_phrase(text, timex, lex):
        return True
    return timex.end <= trigger.start and (any(
        w.lower() in lex.speech_words for w in _words_between(text, timex.end, trigger.start))
        or _reaction_object(trigger, timex, text, lex))


#: The most words a reaction's object phrase may have before the noun trigger ("condemned
#: *the British government's* sanctions").
_REACTION_OBJECT_WORDS = 6


def _reaction_object(trigger: Span, timex: Timex, text: str, lex: TimeLexicon) -> bool:
    """Whether a noun trigger is the object of a reaction verb (``reaction_words``) that the
    earlier expression dates: "Iran's spokesman on Thursday *condemned* the British
    government's *sanctions*". The sanctions were imposed by then, not on Thursday. Only a
    noun phrase may stand between verb and trigger: "condemned the raid and *summoned* the
    envoy" is a second act of that day."""
    if _verb_trigger(trigger, text, lex):
        return False
    words = list(_WORD.finditer(text, timex.end, trigger.start))
    verb = next((i for i in reversed(range(len(words))) if words[i].group().lower() in lex.reaction_words), None)
    if verb is None:
        return False
    phrase = [w.group().lower() for w in words[verb + 1:]]
    return len(phrase) <= _REACTION_OBJECT_WORDS and not _clause_end_between(text, words[verb].end(), trigger.start) \
        and not any(w in lex.clause_breaks | lex.comma_coordinators or is_past_form(w, lex.tense) for w in phrase)


def _after_statement_phrase(text: str, timex: Timex, lex: TimeLexicon) -> bool:
    """"a judicial source said in remarks to Asharq Al-Awsat on Monday", "said in a statement
    on its website on Friday", "a military source told AFP on Thursday": a speech verb, then a
    prepositional phrase that names where or to whom it was said, or the hearer after a verb
    that takes one ("told", "briefed"), with no verb, comma or infinitive ("told residents *to
    leave* on Monday" dates the leaving), then the expression, which dates the saying."""
    window = text[max(0, timex.start - 80):timex.start]
    words = _WORD.findall(_CLAUSE_END.split(window)[-1])
    while words and words[-1].lower() in _REPORT_TIME_GAP:
        words.pop()
    speech = [i for i, w in enumerate(words) if w.lower() in lex.speech_words]
    if not speech:
        return False
    verb, phrase = words[speech[-1]].lower(), words[speech[-1] + 1:]
    opens = bool(phrase) and (phrase[0].lower() in _STATEMENT_PHRASE_OPENERS or verb in lex.hearer_speech_words)
    return opens and len(phrase) <= _STATEMENT_PHRASE_WORDS and not _is_intention(phrase, lex) \
        and not any(is_past_form(w.lower(), lex.tense) or w.lower() in lex.clause_breaks
                    or w.lower() in lex.relative_pronouns for w in phrase)


def _report_date(trigger: Span, candidates: list[Timex], text: str) -> EventDate | None:
    """The date of the statement reporting the event (basis ``report``), if one is given."""
    date = _nearest(trigger, candidates, text)
    return dataclasses.replace(date, basis="report") if date else None


#: A sentence opened by a definite event noun ("The protest, one of the largest in weeks,
#: ..."; "This attack ..."), maybe after one modifier.
_ANAPHORIC_OPENING = re.compile(r"\s*(?:The|This|That)\s+(?:[\w-]+\s+)?$")
#: Where the sentence before ends: its last full stop, question or exclamation mark.
_SENTENCE_END = re.compile(r"[.!?][\"'’”]?\s+(?=[A-Z\"'‘“])")


def _anaphoric_date(trigger: Span, sentence: Span, timexes: list[Timex], document: Document,
                    lex: TimeLexicon) -> EventDate | None:
    """"Scuffles broke out late Friday when a demonstration ... turned tense. The protest,
    one of the largest in weeks, called for ...": a sentence opened by a definite event
    noun, with no date of its own, goes on about the event of the sentence before. When that
    sentence names the noun ("sentenced six men on Sunday for a 2024 bombing. The bombing
    killed a policeman"; "arrested a man on Thursday over a stabbing attack the day before.
    The attack wounded two officers"), the noun's own date there is the event's; else the
    event takes that sentence's one day, if it names exactly one."""
    text = document.text
    opening = _ANAPHORIC_OPENING.fullmatch(text, sentence.start, trigger.start)
    if not opening:
        return None
    previous = _previous_sentence_start(text, sentence)
    words = _WORD.findall(opening.group())
    noun = (words[-1] if len(words) > 1 else _WORD.findall(text[trigger.start:trigger.end])[0]).lower()
    mentions = [m for m in re.finditer(rf"\b{re.escape(noun)}\b", text[previous:sentence.start], re.IGNORECASE)]
    if mentions:
        at = previous + mentions[-1].start()
        antecedent = date_for_event(Span(at, at + len(noun)), Span(previous, sentence.start), timexes, document, lex)
        if antecedent.basis == "explicit":
            return antecedent
    days = {(d.start, d.end): d for d in (_event_date(t, text) for t in timexes
                                          if previous <= t.start and t.end <= sentence.start and _dates_event(t))
            if _one_day(d)}
    return next(iter(days.values())) if len(days) == 1 else None


def _previous_sentence_start(text: str, sentence: Span) -> int:
    """Where the sentence before ``sentence`` starts (0 when no sentence ends before it)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, max(0, sentence.start - 1))]
    return ends[-1] if ends else 0


def _pluperfect(trigger: Span, text: str, lex: TimeLexicon) -> bool:
    """Whether the trigger is a past form behind a past perfect auxiliary ("had seized",
    "had already been arrested"), over fillers and adverbs."""
    if not is_past_form(text[trigger.start:trigger.end].split()[0].lower(), lex.tense):
        return False
    for word in reversed(_WORD.findall(text[max(0, trigger.start - 60):trigger.start])):
        low = word.lower()
        if low not in lex.tense.group_fillers and not low.endswith("ly"):
            return low in lex.anterior_auxiliaries & lex.tense.past
    return False


def _pluperfect_date(trigger: Span, sentence: Span, timexes: list[Timex], document: Document,
                     lex: TimeLexicon) -> EventDate | None:
    """"Amnesty on Tuesday urged Iran to free the activists rounded up on Sunday. The group
    said agents *had seized* the men at night": a past perfect act with no time of its own
    lies before the story's present, so it is no act of the publication day; it goes back to
    the day before publication that the previous sentence gives, when that sentence gives
    exactly one (the publication day there is the reaction's)."""
    text = document.text
    if not _pluperfect(trigger, text, lex):
        return None
    previous = _previous_sentence_start(text, sentence)
    published = _document_date(document).start
    days = {d.start for d in (_event_date(t, text) for t in timexes
                              if previous <= t.start and t.end <= sentence.start and _dates_event(t)
                              and not _in_dateline(t, text))
            if _one_day(d) and published is not None and d.start is not None and d.start < published}
    if len(days) != 1:
        return None
    day = days.pop()
    return EventDate(value=day, start=day, end=day, precision="day", basis="explicit")


def _document_date(document: Document) -> EventDate:
    if document.published:
        day = document.published[:10]
        return EventDate(value=day, start=day, end=day, precision="day", basis="document")
    return EventDate()


def _words_between(text: str, lo: int, hi: int) -> list[str]:
    return _WORD.findall(text[lo:hi]) if lo < hi else []


def _is_intention(words: list[str], lex: TimeLexicon) -> bool:
    """Do these words open a clause of an intended act ("to meet", "will meet")?

    "to" counts only before a lowercase word that is not a determiner or a preposition: "agreed
    to meet", not "moved to the border", "flew to Doha" or "put their names to at the palace".
    """
    for i, word in enumerate(words):
        low = word.lower()
        if low not in lex.intention_cues:
            continue
        if low != "to":
            return True
        following = words[i + 1] if i + 1 < len(words) else ""
        if following.isalpha() and following.islower() and following not in lex.determiners \
                and following not in lex.tense.attaching_prepositions:
            return True
    return False


#: The most words of a noun subject's description ("a meeting *between the Turkish and Greek
#: foreign ministers* will be held") before the future predicate that announces its act.
_SUBJECT_WORDS = 8


def _announced_occurrence(trigger: Span, words: list[str], text: str, lex: TimeLexicon) -> bool:
    """Whether a noun trigger is the subject of the future predicate that these words (from
    the trigger on) open, after at most the noun's description: "a *meeting* between the two
    ministers will be held on Monday", "*talks* are due to start next week" announce when the
    act itself takes place, so the time is the act's own, no later clause's. The predicate is
    finite ("will", "would") or a scheduling adjective after a form of "be" ("is due to");
    a bare "to" right after the noun is its complement ("a *proposal* to meet next week")."""
    if _verb_trigger(trigger, text, lex) or _participial_trigger(trigger, text):
        return False
    cue = next((i for i, w in enumerate(words) if w.lower() in lex.intention_cues), None)
    if cue is None:
        return False
    description = [w.lower() for w in words[:cue]]
    if words[cue].lower() == "to":
        if len(description) < 2 or description[-2] not in lex.tense.present | lex.tense.past \
                or not {description[-1], f"{description[-1]} to"} & lex.tense.future:
            return False
        description = description[:-2]
    if len(description) > _SUBJECT_WORDS:
        return False
    stops = lex.clause_breaks | lex.relative_pronouns | lex.relative_complementisers | lex.speech_words \
        | lex.tense.present | lex.tense.past | lex.intention_cues
    end = text.find(words[cue], trigger.end)
    return not _CLAUSE_END.search(text, trigger.end, end) \
        and not any(w in stops or is_past_form(w, lex.tense) for w in description)


def _runs_on(timex: Timex, document: Document) -> bool:
    """Whether the expression is a duration that runs on past the publication date ("began the
    exercise on Friday, with drills over *the next four days*", "in *the coming weeks*"): it
    says how long what follows lasts, counted from the event's time, and dates no event; a
    duration that ends at its anchor ("over the past week", "in the last 36 hours") is the
    window a reported event fell in and keeps dating it."""
    return timex.type == "DURATION" and _ends_ahead(timex, document)


def _is_future(timex: Timex, document: Document) -> bool:
    interval = timex.interval
    return bool(document.published and interval and interval.start
                and interval.start[:10] > document.published[:10])


def _ends_ahead(timex: Timex, document: Document) -> bool:
    """Whether the expression's period goes on past the publication date ("over the summer" in
    June, "this year"): in an intended act's clause ("a pledge to raise releases over the
    summer") it is the time of what is promised, begun or not, not of the promise."""
    interval = timex.interval
    return bool(document.published and interval and interval.end and interval.end[:10] > document.published[:10])


def _bare_relative(word: re.Match[str], previous: re.Match[str] | None, text: str, lex: TimeLexicon,
                   time: Timex | None = None) -> bool:
    """Does ``word`` open a relative clause without a relative pronoun, right after a noun:
    a past participle before its preposition ("the ban *imposed* on four banks", "a colonel
    *wanted* over killings": a reduced relative clause), maybe after its particle ("a spy cell
    *broken* up last month"), or right before a time of its own, the expression starting at
    ``time`` ("a tanker *seized* last week"; not one before an object, which a verb in the
    active has: "al-Sudani *chaired* today a meeting"), or a subject pronoun before a past verb
    ("the crew of a ship *they* seized": a contact clause)? A participle may follow its noun
    after a comma ("the tanker, *seized* last week off Fujairah"), since a verb coordinated
    there has an object, not a preposition or a time. Not a name ("Mohammed"), an auxiliary,
    a speech verb ("..., sources *said*"), a participle before its noun ("two *guided*
    missiles"), or a word after a function word, a determiner, a pronoun or a verb ("who had
    *shelled*", "in *renewed* fighting", "confirmed *it* struck"; see ``function_words``)."""
    if previous is None or not previous.group().isalpha():
        return False
    gap = text[previous.end():word.start()].strip()
    low = word.group()
    if gap and (gap != "," or low.lower() in lex.subject_pronouns):
        return False
    before = previous.group().lower()
    if before in lex.function_words | lex.determiners | lex.relative_pronouns | lex.subject_pronouns \
            or is_past_form(before, lex.tense):
        return False
    following = _NEXT_WORD.match(text, word.end())
    after = following.group(1) if following else ""
    if low.lower() in lex.subject_pronouns:
        return after.islower() and is_past_form(after, lex.tense)
    if not (low.islower() and is_past_form(low, lex.tense) and low not in lex.speech_words | lex.function_words):
        return False
    end = word.end()
    while following and following.group(1).lower() not in lex.function_words \
            and following.group(1).lower() in lex.verb_particles:
        end, following = following.end(), _NEXT_WORD.match(text, following.end())
    return (following is not None and following.group(1).lower() in lex.function_words) \
        or (time is not None and time.start >= end and not text[end:time.start].strip()
            and not _DETERMINER_AFTER.match(text, time.end))


def _clause_has_verb(verb_seen: bool, word: re.Match[str], previous: re.Match[str] | None, text: str,
                     lex: TimeLexicon) -> bool:
    """Whether, after ``word``, the clause being read has had its finite verb, so that a past
    participle after a noun there opens a reduced relative clause (a clause has one finite
    verb). A clause break, a clause opener ("as"), a speech verb (its complement is a clause)
    or a coordinator before anything but a past form (a new subject: "and Israel carried
    out", "and troops seized"; not "and imposed", which shares the subject) opens a clause
    that has yet to have its verb; so does a comma, unless a past form follows it ("stormed
    the town, killed three and ..."); any other past form is the verb."""
    low = word.group().lower()
    if low in lex.clause_breaks | lex.clause_openers | lex.speech_words:
        return False
    past = _past_word(word, lex)
    if previous is not None and previous.group().lower() in lex.comma_coordinators and not past:
        return False
    if previous is not None and _CLAUSE_END.search(text, previous.end(), word.start()):
        return past
    return verb_seen or past


def _past_word(word: re.Match[str], lex: TimeLexicon) -> bool:
    """Whether the word is a verb in the past: a past form in lower case (not a name such as
    "Mohammed") and not the end of a compound adjective ("U.S.-*led* troops", "Iranian-*backed*")."""
    hyphenated = word.string[word.start() - 1:word.start()] == "-"
    return word.group().islower() and is_past_form(word.group(), lex.tense) and not hyphenated


def _frames_event(noun: re.Match[str], text: str, lex: TimeLexicon, subject: bool) -> bool:
    """Whether the noun a reduced relative clause describes is an act that frames the event
    ("killed five *in* a strike carried out last week", "The strike carried out last week
    killed five"): the act's time is the event's. An act noun that is the event's object
    ("condemned the attack carried out last week") frames nothing."""
    if noun.group().lower() not in lex.cause_acts:
        return False
    return subject or any(w.lower() in lex.tense.attaching_prepositions
                          for w in _WORD.findall(text[max(0, noun.start() - 40):noun.start()])[-4:])


def _verb_trigger(trigger: Span, text: str, lex: TimeLexicon) -> bool:
    """Whether the trigger is a verb: a past form, or a word after an auxiliary or a past
    adverb ("have freed", "yesterday released"); a past form after an article or a possessive
    is an adjective of the noun it opens ("the combined training", "their joint drills")."""
    before = [w.lower() for w in _WORD.findall(text[max(0, trigger.start - 12):trigger.start])]
    if is_past_form(text[trigger.start:trigger.end].split()[0].lower(), lex.tense):
        return not before or before[-1] not in lex.determiners - {"that"}
    return bool(before) and before[-1] in lex.tense.perfect_auxiliaries | lex.tense.past


def _participial_trigger(trigger: Span, text: str) -> bool:
    """Whether the trigger opens a participial clause after a comma (", *shutting* the door on
    the roadmap presented ... last month", ", killing three"): a verb, whose object a reduced
    relative clause may then describe."""
    first = text[trigger.start:trigger.end].split()[0]
    return first.islower() and first.endswith("ing") and text[:trigger.start].rstrip().endswith(",")


def _past_verb_trigger(trigger: Span, text: str, lex: TimeLexicon) -> bool:
    """Whether the trigger is a verb in the past ("struck", "has requested", "were
    detained"): a past form whose verb group, read back over fillers and adverbs ("has
    formally requested", "had been postponed"), opens with no modal, future, present
    auxiliary or "to" ("will be held", "is to be signed", "could have struck" being no
    report of a done act)."""
    if not is_past_form(text[trigger.start:trigger.end].split()[0].lower(), lex.tense):
        return False
    cues = lex.tense
    for word in reversed(_WORD.findall(text[max(0, trigger.start - 60):trigger.start])):
        low = word.lower()
        if low in cues.group_fillers or low.endswith("ly"):
            continue
        return low not in cues.modals | cues.future | cues.present | {"to"}
    return True


def _appositive_relative(word: re.Match[str], text: str, lex: TimeLexicon) -> bool:
    """Whether ``word`` is a "that" opening a relative clause on a noun phrase set off by a
    comma ("..., an accusation *that* the Chadian government called fabricated on
    Saturday", "..., a move *that* Israel condemned"): the phrase restates the event, and the
    clause tells what someone else did about it. After a verb "that" opens its complement
    ("said that"), which the comma and determiner rule out."""
    if word.group().lower() not in lex.relative_complementisers:
        return False
    phrase = _CLAUSE_END.split(text[max(0, word.start() - 60):word.start()])
    words = [w.lower() for w in _WORD.findall(phrase[-1])] if len(phrase) > 1 else []
    return 1 < len(words) <= 4 and words[0] in lex.determiners \
        and not any(is_past_form(w, lex.tense) for w in words)


def _relative_opener(trigger: Span, timex: Timex, text: str, lex: TimeLexicon) -> re.Match[str] | None:
    """The word opening the relative clause after the trigger that holds the expression, if
    any: a relative pronoun, or the first word of a relative clause without one ("had lifted
    the ban imposed on four banks in 2024": 2024 dates the imposing; "deemed them persona non
    grata over contacts with a spy cell broken up last month": the breaking up; see
    :func:`_bare_relative`). A clause without a pronoun is seen only once its clause has had
    its finite verb (the trigger, or a verb after a clause break: "summoned the envoy after
    police dismantled a ring uncovered last month"), since a clause has one finite verb ("the
    protest in Basra ended on Friday" is a subject and its verb), and not on an act noun that
    frames the event (:func:`_frames_event`). The clause runs to the next comma, semicolon or
    colon: in "... who were preparing an attack on Sunday, the ministry said on Monday" the
    statement's time stands outside it."""
    if timex.start < trigger.end:
        return None
    verb_seen, previous = False, None
    for word in _WORD.finditer(text, _clause_start(text, trigger.start), trigger.start):
        verb_seen, previous = _clause_has_verb(verb_seen, word, previous, text, lex), word
    verb_seen = verb_seen or _verb_trigger(trigger, text, lex) or _participial_trigger(trigger, text)
    opener, previous = None, None
    for word in _WORD.finditer(text, trigger.end, timex.start):
        if word.group().lower() in lex.relative_pronouns or _appositive_relative(word, text, lex) or (
                verb_seen and _bare_relative(word, previous, text, lex, timex)
                and previous is not None and not _frames_event(previous, text, lex, subject=False)):
            opener = word
        verb_seen = _clause_has_verb(verb_seen, word, previous, text, lex)
        previous = word
    if opener is None or _CLAUSE_END.search(text, opener.end(), timex.start):
        return None
    return opener


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts, as far as a comma, semicolon or colon shows
    (within the 80 characters before it)."""
    lo = max(0, pos - 80)
    if lo:
        lo = text.find(" ", lo, pos) + 1 or pos
    ends = [m.end() for m in _CLAUSE_END.finditer(text, lo, pos)]
    return ends[-1] if ends else lo


def _main_verb_after_relative(pronoun: re.Match[str], timex: Timex, text: str, lex: TimeLexicon) -> bool:
    """Whether a restrictive relative clause (no comma before its pronoun) has closed before
    the expression, the sentence's own verb following its verb ("Dutch tourists *whom*
    tribesmen *snatched* in Marib *reached* Sanaa yesterday"): a second past verb not joined
    to the first by "and" or "or" is the main clause's, and the expression is its."""
    if text[:pronoun.start()].rstrip().endswith(","):
        return False
    words = list(_WORD.finditer(text, pronoun.end(), timex.start))
    past = [n for n, w in enumerate(words) if _past_word(w, lex)]
    return len(past) >= 2 and words[past[1] - 1].group().lower() not in {"and", "or"}


def _in_relative_clause_before(trigger: Span, timex: Timex, sentence: Span, document: Document,
                               lex: TimeLexicon) -> bool:
    """Whether the expression stands in a relative clause before the trigger, which has an
    event of its own: one that a comma closes ("The ship, *which* sailed from Mersin two
    weeks ago, unloaded at Port Sudan"; "welcomed on Friday the declaration *signed* by the
    president a day earlier, with the ministry expressing support"), or one on the subject
    that the trigger's finite verb follows ("Troops *deployed* to the border in January
    withdrew on Tuesday", "Troops *who* were deployed in January withdrew"). The clause is
    opened by a relative pronoun or by a participle after the noun it describes (see
    :func:`_bare_relative`); before a comma the participle counts once the sentence has had
    its verb ("Troops deployed to the border in January, the army said" is a clause of its
    own), and a clause break ("reported *that* crowds demonstrated in the city today, ...
    rejecting") opens a clause that has yet to have its verb. On the subject, the clause
    keeps a day of the week before publication, which is the event's in news ("Gunmen who
    stormed a hotel on Monday killed 12"), and a participle on an act noun gives the act's
    time ("The strike carried out last week killed five"). A relative clause with no verb
    before the expression is the trigger's own ("the minister, *who* earlier this week
    *pinned* the floods on the dam"): the trigger is its verb, not a verb after it."""
    text = document.text
    if timex.end > trigger.start:
        return False
    closed = _CLAUSE_END.search(text, timex.end, trigger.start) is not None
    if not closed and not (_finite_verb_follows(trigger, timex, text, lex) and not _recent_day(timex, document)):
        return False
    opening = [m.end() for m in _CLAUSE_END.finditer(text, sentence.start, timex.start)]
    previous, verb_seen = None, False
    for word in _WORD.finditer(text, opening[-1] if opening else sentence.start, timex.start):
        if word.group().lower() in lex.relative_pronouns:
            if _main_verb_after_relative(word, timex, text, lex):
                return False
            return closed or any(_past_word(w, lex) for w in _WORD.finditer(text, word.end(), timex.start))
        relative = _bare_relative(word, previous, text, lex, timex)
        if (verb_seen or not closed) and relative \
                and previous is not None and not _frames_event(previous, text, lex, subject=not closed):
            return True
        low = word.group().lower()
        # a participle on the subject is no finite verb: "A ship *chartered* by the fund docked at
        # Tripoli today" has "docked" for its verb, which "today" dates
        verb_seen = low not in lex.clause_breaks and (verb_seen or (_past_word(word, lex) and not relative))
        previous = word
    return False


def _finite_verb_follows(trigger: Span, timex: Timex, text: str, lex: TimeLexicon) -> bool:
    """Whether the trigger is a past verb that follows the expression with no clause break,
    coordinator, speech verb or other past form between ("deployed to the border in January
    *withdrew*", "seized last month by Iran was *released*"): the finite verb of the clause
    the expression's phrase stands in front of."""
    if not is_past_form(text[trigger.start:trigger.end].split()[0].lower(), lex.tense):
        return False
    between = [w.lower() for w in _words_between(text, timex.end, trigger.start)]
    return not any(w in lex.clause_breaks | lex.comma_coordinators | lex.speech_words or is_past_form(w, lex.tense)
                   for w in between)


def _in_background_phrase(trigger: Span, timex: Timex, text: str, lex: TimeLexicon) -> bool:
    """Whether the expression stands in a background phrase after the trigger ("struck the
    south despite the November truce"), or in a cause phrase that names an act ("arrested
    several people over rocket fire toward Israel last week", not "clashed over the
    weekend"), with no comma or semicolon between: it dates what the phrase is about."""
    words = list(_WORD.finditer(text, trigger.end, timex.start))
    preps = [i for i, w in enumerate(words) if w.group().lower() in lex.background_preps or (
        w.group().lower() in lex.cause_prepositions
        and any(v.group().lower() in lex.cause_acts for v in words[i + 1:]))]
    return bool(preps) and not _CLAUSE_END.search(text, words[preps[-1]].end(), timex.start)


def belongs_to_later_clause(trigger: Span, timex: Timex, document: Document, lex: TimeLexicon) -> bool:
    """Is the expression in a clause after the trigger that has its own event (see module doc)?"""
    if timex.start < trigger.end:
        return False
    opener = _relative_opener(trigger, timex, document.text, lex)
    if opener is not None and (opener.group().lower() in lex.relative_pronouns | lex.relative_complementisers
                               or not _recent_day(timex, document) or _right_after(opener, timex, document.text, lex)):
        return True
    if _in_background_phrase(trigger, timex, document.text, lex):
        return True
    words = _words_between(document.text, trigger.end, timex.start)
    return (_is_future(timex, document) or _ends_ahead(timex, document)) and _is_intention(words, lex) \
        and not _announced_occurrence(trigger, words, document.text, lex)


#: The most words of a noun trigger's complement ("embargo *on Kenyan products*") before a
#: participle or a relative clause that describes the trigger's noun; the rest of a trigger
#: matched from its first word counts too ("joint *training of Azerbaijani and Georgian
#: special forces*, which got under way on Tuesday").
_COMPLEMENT_WORDS = 8


def _participle_on_trigger(trigger: Span, timex: Timex, text: str, lex: TimeLexicon) -> bool:
    """Whether the expression is the time of a past participle that describes a noun trigger,
    maybe after the noun's complement and a comma ("regretted Sudan's *embargo* on Kenyan
    products, *imposed* on Saturday", "the *truce* declared on Friday"): a reduced relative
    clause on the act's noun tells when the act happened. A speech participle counts only
    when saying is the act (``enacting_speech_words``: "announced"); "the attack, reported
    on Monday" dates the report. The complement may coordinate nouns ("measures against
    Iranian individuals *and* companies, imposed on Friday"), but not before a new subject,
    whose verb the past form would be ("the blockade of Gaza and Israel launched ..."),
    unless a comma sets the participle off: a subject is not parted from its verb by one."""
    if timex.start < trigger.end or _verb_trigger(trigger, text, lex) or _participial_trigger(trigger, text):
        return False
    words = list(_WORD.finditer(text, trigger.end, timex.start))
    participle = next((i for i, w in enumerate(words) if _past_word(w, lex)), None)
    if participle is None or participle > _COMPLEMENT_WORDS:
        return False
    word = words[participle]
    low = word.group()
    if low in lex.speech_words and low not in lex.enacting_speech_words:
        return False
    complement = [w.group().lower() for w in words[:participle]]
    noun_end = words[participle - 1].end() if participle else trigger.end
    gap = text[noun_end:word.start()].strip()
    coordinated = any(w in lex.comma_coordinators for w in complement)
    return gap in ("", ",") and not _CLAUSE_END.search(text, trigger.end, noun_end) \
        and not any(w in lex.clause_breaks | lex.relative_pronouns for w in complement) \
        and not (coordinated and gap != "," and _new_subject_between(text, trigger.end, word.start(), lex)) \
        and _right_after(word, timex, text, lex)


@lru_cache(maxsize=4)
def _occurrence_pattern(verbs: frozenset[str], auxiliaries: frozenset[str]) -> re.Pattern[str]:
    """An occurrence verb right after a relative pronoun, maybe behind an auxiliary ("that had
    begun"); multi-word verbs ("broke out") match across any whitespace."""
    return re.compile(rf"\s+(?:{alternation(auxiliaries)}\s+)?{alternation(verbs)}\b", re.IGNORECASE)


def _occurrence_clause(trigger: Span, timex: Timex, text: str, lex: TimeLexicon) -> bool:
    """Whether the expression is the time of a relative clause on a noun trigger, maybe after
    the noun's complement, whose verb says the act happened or began ("the strike at the
    spinning mill *that began on Sunday* entered its second day", "the clashes, *which
    erupted on Friday*, ..."; ``occurrence_clauses``): such a clause tells when the act itself
    took place, so its time is the act's, like a participle's (:func:`_participle_on_trigger`).
    A clause with another verb tells what someone else did about the act ("the raid, which
    the ministry condemned on Sunday") and keeps its time (:func:`belongs_to_later_clause`)."""
    if timex.start < trigger.end or _verb_trigger(trigger, text, lex) or _participial_trigger(trigger, text):
        return False
    words = list(_WORD.finditer(text, trigger.end, timex.start))[:_COMPLEMENT_WORDS + 1]
    opener = next((w for w in words if w.group().lower() in lex.clause_breaks or _past_word(w, lex)), None)
    if opener is None or opener.group().lower() not in lex.occurrence_relatives \
            or re.search(r"[;:]", text[trigger.end:opener.start()]):
        return False
    verb = _occurrence_pattern(lex.occurrence_verbs, lex.anterior_auxiliaries).match(text, opener.end())
    return verb is not None and verb.end() <= timex.start \
        and not any(is_past_form(w.lower(), lex.tense) or w.lower() in lex.clause_breaks
                    for w in _words_between(text, verb.end(), timex.start))


#: The subordinator of a clause whose act happens with the act it follows ("were killed *when*
#: gunmen stormed a post on April 10").
_SIMULTANEITY = "when"


def _simultaneous_clause(trigger: Span, timex: Timex, text: str, lex: TimeLexicon) -> bool:
    """Whether the expression dates a "when" clause right after the trigger ("six guards were
    killed when gunmen stormed a post on April 10, an official said Thursday"): its act
    happens with the trigger's, so its time is the event's, not the report's day. Only the
    two clauses' words stand between, no other clause break or speech verb."""
    if timex.start < trigger.end:
        return False
    words = [w.lower() for w in _words_between(text, trigger.end, timex.start)]
    return words.count(_SIMULTANEITY) == 1 and not any(
        w != _SIMULTANEITY and (w in lex.clause_breaks or w in lex.speech_words) for w in words)


def _right_after(word: re.Match[str], timex: Timex, text: str, lex: TimeLexicon) -> bool:
    """Whether the expression follows the word with only particles and prepositions that
    attach a date between ("a journalist arrested *last Thursday*", "a suspect detained *on
    Monday* in Istanbul", "a cell broken up *last month*"): it is that participle's time."""
    return all(w.lower() in lex.verb_particles | lex.tense.attaching_prepositions
               for w in _words_between(text, word.end(), timex.start))


def _participle_time(timex: Timex, sentence: Span, text: str, lex: TimeLexicon) -> bool:
    """Whether the expression is the time of a past participle that opens a reduced
    relative clause on a noun after the sentence's verb ("condemned the EU's measures against
    Iranian companies, *imposed* on Friday, ..., saying Iran would respond"): it dates the
    act of that noun, so it is no time of a statement made later in the sentence. A
    participle that is the sentence's first past form is its verb ("Troops *deployed* on
    Friday, the army said")."""
    words = list(_WORD.finditer(text, sentence.start, timex.start))
    while words and words[-1].group().lower() in lex.verb_particles | lex.tense.attaching_prepositions:
        words.pop()
    if len(words) < 2 or not _past_word(words[-1], lex):
        return False
    participle, previous = words[-1], words[-2]
    return _bare_relative(participle, previous, text, lex, timex) \
        and any(_past_word(w, lex) for w in words[:-2])


def _recent_day(timex: Timex, document: Document) -> bool:
    """Whether the expression is a single day in the week before publication. Where a
    reduced relative clause ends is not visible without a parse, and news puts the main
    event's day last ("detained nine men suspected of belonging to the group in raids on
    Tuesday"), so such a day stays the event's unless it follows the participle right away
    (:func:`_right_after`); an older time ("the ban imposed on four banks in 2024") is the
    participle's background."""
    day = _event_date(timex, document.text)
    return _one_day(day) and _inside(day, _document_date(document), document)


def _new_subject_between(text: str, lo: int, hi: int, lex: TimeLexicon) -> bool:
    """Whether a coordinator in text[lo:hi] opens a clause with a subject of its own: a name
    or a determiner follows it ("and Ankara pledging", "and the two sides signing"), not a
    verb that shares the subject before ("and sign a deal")."""
    words = _WORD.findall(text[lo:hi])
    return any(w.lower() in lex.comma_coordinators and (nxt[:1].isupper() or nxt.lower() in lex.determiners)
               for w, nxt in zip(words, words[1:]))


def _in_earlier_intended_act(trigger: Span, timex: Timex, sentence: Span, document: Document,
                             lex: TimeLexicon) -> bool:
    """Is the expression a future time of an intended act whose clause ends before the
    trigger? "agreed on Sunday to restart trains before the end of the year, at a meeting in
    Aswan": the year is when the trains should run again; the meeting, after the comma that
    closes the infinitive clause, is dated with the agreement. A coordinator before a new
    subject closes it too ("with teams due to convene by early May and Ankara pledging
    larger releases": the pledge is not due by May). The start of the state such an act
    brings about ("to raise summer releases *from June*, the office said following the
    meeting"; see ``start_prepositions``) is that act's time whatever value the tense
    heuristic gave it."""
    text = document.text
    before = _WORD.findall(text[max(0, timex.start - 12):timex.start])
    starts = bool(before) and before[-1].lower() in lex.start_prepositions
    if timex.end > trigger.start or not (_is_future(timex, document) or starts) \
            or not (_clause_end_between(text, timex.end, trigger.start)
                    or _new_subject_between(text, timex.end, trigger.start, lex)):
        return False
    ends = [m.end() for m in _CLAUSE_END.finditer(text, sentence.start, timex.start)]
    return _is_intention(_words_between(text, ends[-1] if ends else sentence.start, timex.start), lex)


def _outer_intended_time(trigger: Span, timex: Timex, document: Document, lex: TimeLexicon) -> bool:
    """Whether an expression before a noun trigger is the time of an outer act still to
    come, which the noun's own time after it outranks: "will travel to Beirut *next month*
    to follow up on the *discussions* with the premier on Thursday" (the trip is next month,
    the talks were on Thursday); "agreed on Monday to hold *talks* in Cairo next week". The
    outer time is future, or an intention cue stands between it and the noun."""
    text = document.text
    if timex.end > trigger.start or _verb_trigger(trigger, text, lex) or _participial_trigger(trigger, text):
        return False
    return _is_future(timex, document) or _is_intention(_words_between(text, timex.end, trigger.start), lex)


def _relative_day(trigger: Span, candidates: list[Timex], document: Document, lex: TimeLexicon) -> EventDate | None:
    """The day that a restrictive relative clause after the trigger gives, for an event whose
    own clause has no expression.

    A restrictive clause (no comma before its pronoun) picks out the event's participants by
    what they were doing then: "killed in a drone attack which targeted a vehicle
    *yesterday*", "neutralised militants who were preparing an attack *on Sunday*"; news
    also puts the main event's day at the end of such a sentence. That day beats the
    statement's or the article's date, which only say "by then", but only when it is a
    single day in the week before publication and the clause is not anterior ("who *had*
    planned the attack in 2019"): background facts in relative clauses are older. A reduced
    relative clause describes the participants instead ("detained six people suspected of
    firing the rockets on June 4"): its day is the day of what they are suspected of.

    A relative clause on a noun trigger itself, set off by a comma or not, tells when the
    act the noun names happened ("are taking part in the war games, *which* got under way
    on Sunday"; "denied the charges, *which* Britain had made a day earlier"), anterior or
    not; a comma clause on another noun ("withdrew from the town, which militants seized
    on Monday") says nothing of the trigger's time.
    """
    text = document.text
    days = []
    for timex in candidates:
        opener = _relative_opener(trigger, timex, text, lex)
        if opener is None or opener.group().lower() not in lex.relative_pronouns:
            continue
        on_trigger = not text[trigger.end:opener.start()].strip(" ,") and not _verb_trigger(trigger, text, lex)
        if not on_trigger and (text[:opener.start()].rstrip().endswith(",") or any(
                w.lower() in lex.anterior_auxiliaries for w in _words_between(text, opener.end(), timex.start))):
            continue
        day = _event_date(timex, text)
        if _one_day(day) and _inside(day, _document_date(document), document):
            days.append((timex, day))
    if not days:
        return None
    return min(days, key=lambda found: (_distance(trigger, found[0]), found[0].start))[1]


def _nearest(trigger: Span, candidates: list[Timex], text: str) -> EventDate | None:
    if not candidates:
        return None
    return _event_date(min(candidates, key=lambda t: (_distance(trigger, t), t.start)), text)


def _offset_date(trigger: Span, sentence: Span, offset: Offset, dating: list[Timex],
                 document: Document) -> EventDate:
    """The governing date (outside the tied clause, nearest the offset) moved by the offset."""
    tied_end = _tied_clause_end(document.text, trigger, sentence)
    governing = [t for t in dating if not offset.start <= t.start < tied_end]
    anchor = Span(offset.start, offset.end)
    return _shifted(_nearest(anchor, governing, document.text) or _document_date(document), offset)


def _one_day(date: EventDate) -> bool:
    return bool(date.start) and date.start == date.end


def _inside(day: EventDate, date: EventDate, document: Document) -> bool:
    """Whether a one-day date lies within a coarser event date; a date taken from the
    publication date only says "by then", so a day in the week before it fits."""
    assert day.start is not None
    if date.basis == "report" and date.end:
        return 0 <= (dt.date.fromisoformat(date.end[:10]) - dt.date.fromisoformat(day.start)).days <= 7
    if date.basis == "document" and document.published:
        published = dt.date.fromisoformat(document.published[:10])
        return 0 <= (published - dt.date.fromisoformat(day.start)).days <= 7
    return bool(date.start and date.end) and date.start <= day.start and day.end <= date.end  # type: ignore[operator]


def _modifying_year(timex: Timex, trigger: Span, text: str, lex: TimeLexicon) -> bool:
    """Whether the expression is a bare year that modifies the noun after it ("a meeting on
    the draft 2019 budget", "ahead of 2020 elections"), no preposition's object ("in 2019
    police ..."): in a sentence that names a day it says which budget or vote is meant and
    dates no event, unless that noun is the trigger ("the 2016 coup")."""
    noun = _NOUN_AFTER.match(text, timex.end)
    before = _WORD.findall(text[max(0, timex.start - 20):timex.start])
    return bool(_YEAR.fullmatch(text[timex.start:timex.end])) and noun is not None \
        and noun.end() - 1 != trigger.start and not (before and before[-1].lower() in lex.year_context_words)


def _possessive(text: str, timex: Timex) -> bool:
    """Whether the expression is a possessive determiner ("Thursday's strike")."""
    return text[timex.end:timex.end + 2] in ("'s", "’s")


def refine_from_next(date: EventDate, following: Span, timexes: list[Timex], document: Document,
                     lexicon: TimeLexicon | None = None, statement: bool = False) -> EventDate:
    """A finer date for an event dated only coarsely ("this year", or the publication date)
    from the next sentence, when that sentence continues the story ("The attack took place
    on Tuesday afternoon", "The troops left on Tuesday"): news often puts the day in a
    sentence of its own. Only a single day inside the coarse date is taken, and not one a
    speech verb governs ("The army said on Monday ..." dates a statement). A possessive day
    ("Officials said Thursday's designations target ...") dates the noun it modifies, which
    refers back to the story, whatever opens the sentence and whoever speaks. A ``statement``
    takes no day of a relative clause there ("urged the LNA to free more. The truce, which
    began on Saturday, has held"): that day dates the noun the clause is on, not what was said;
    no event takes a day after a gerund of a charge or reason ("He accused the militias of
    shelling posts on Sunday"): it dates that act."""
    if _one_day(date) and date.basis == "explicit":
        return date
    lex = lexicon or load_lexicon()
    text = document.text
    first = _NEXT_WORD.match(text, following.start)
    continues = first is not None and first.group(1).lower() in lex.continuation_openers
    days = []
    for t in timexes:
        if not (following.start <= t.start and t.end <= following.end and _dates_event(t)):
            continue
        possessive = _possessive(text, t)
        if not (continues or possessive) or statement and _in_relative(text, following.start, t, lex) \
                or _GERUND_COMPLEMENT.search(text, following.start, t.start):
            continue  # "He accused the militias of shelling posts on Sunday": the shelling's day
        if not possessive and any(w.lower() in lex.speech_words
                                  for w in _words_between(text, following.start, t.start)):
            continue
        day = _event_date(t, text)
        if _one_day(day) and _inside(day, date, document):
            days.append(day)
    return days[0] if len({d.start for d in days}) == 1 else date


def _in_relative(text: str, start: int, timex: Timex, lex: TimeLexicon) -> bool:
    """Whether the expression stands in a relative clause opened after ``start`` and not yet
    closed by a comma ("The truce, which began on Saturday, ...")."""
    pronoun = None
    for word in _WORD.finditer(text, start, timex.start):
        if word.group().lower() in lex.relative_pronouns:
            pronoun = word
    return pronoun is not None and not _CLAUSE_END.search(text, pronoun.end(), timex.start)


def _onset(timex: Timex, trigger: Span, text: str, lex: TimeLexicon) -> bool:
    """"A worker held since January has been freed": a "since" phrase before the trigger
    starts the state of a word before it, and dates no event after it ("fighting has
    continued since October 7" is dated from then); after a superlative ("the largest such
    deployment since the summer", "the visit was his first since the June war") it names
    what the event is measured against, and so in an apposition that ranks the event in a
    series after a comma ("set the field ablaze overnight, ..., the latest of a dozen such
    strikes since 2022"): the superlative stands in the expression's own phrase. So does a
    current period after a superlative ("the most senior official to visit Tripoli this year
    when he flew in yesterday"): the event's day is elsewhere."""
    since = bool(_SINCE.search(text, max(0, timex.start - 12), timex.start))
    if not since and not _CURRENT_PERIOD.fullmatch(text[timex.start:timex.end]):
        return False
    if since and timex.start < trigger.start:
        return not _possessive_on(timex, trigger, text, lex)
    if _superlative_in(text[max(0, trigger.start - 40):trigger.start], lex, at_end=True):
        return True
    if timex.start <= trigger.end:
        return False
    phrase = trigger.end
    if _clause_end_between(text, trigger.end, timex.start):
        phrase = [m.end() for m in _CLAUSE_END.finditer(text, trigger.end, timex.start)][-1]
    return _superlative_in(text[phrase:timex.start], lex)


#: The most modifiers between a possessive day and the noun it determines ("Tuesday's *market* bombing").
_POSSESSIVE_MODIFIERS = 2


def _possessive_on(timex: Timex, trigger: Span, text: str, lex: TimeLexicon) -> bool:
    """Whether the expression is a possessive that determines the trigger's noun ("since
    *Tuesday's* market *bombing*"): the day of the act the noun names, which a "since"
    before it measures a later state from, not the start of a state."""
    if not _possessive(text, timex):
        return False
    between = _words_between(text, timex.end + 2, trigger.start)
    return len(between) <= _POSSESSIVE_MODIFIERS and not _clause_end_between(text, timex.end, trigger.start) \
        and not any(w.lower() in lex.function_words | lex.determiners for w in between)


def _superlative_in(text: str, lex: TimeLexicon, at_end: bool = False) -> bool:
    """Whether ``text`` holds a superlative ("first", "deadliest"; not a noun in -est such as
    "protest" or "west") or an ordinal that ranks the event in a series ("the boat is the
    *fourth* to be stopped since June 2025", "the 12th such raid since January"), within five
    words of its end when ``at_end`` ("the most senior Turkish official to | visit")."""
    words = [w for w in _SUPERLATIVE_WORD.finditer(text) if w.group().lower() not in lex.est_nouns]
    words += list(_rank_pattern(tuple(sorted(w for w, n in lex.ordinals.items() if n > 0))).finditer(text))
    return any(not at_end or len(text[w.end():].split()) <= 5 for w in words)


@lru_cache(maxsize=4)
def _rank_pattern(ordinals: tuple[str, ...]) -> re.Pattern[str]:
    """An ordinal number in words or figures ("fourth", "12th") after a determiner ("the",
    "its third strike"), which ranks."""
    return re.compile(rf"\b(?:{_DEFINITES}|a)\s+(?:{alternation(ordinals)}|\d+(?:st|nd|rd|th))\b",
                      re.IGNORECASE)


def _bound(timex: Timex, trigger: Span, sentence: Span, text: str) -> bool:
    """Whether the expression stands behind a word that makes it a bound, in the bound's own
    phrase (no comma between them), and the trigger is not inside that phrase ("ahead of
    talks on Monday" dates the talks). The bound phrase hangs on the verb before it, so it
    dates no event either when the trigger comes later ("issued pardons on the occasion of
    Ramadan, and pledged to ...": the pledge is not dated by Ramadan)."""
    bounds = list(_BOUND.finditer(text, sentence.start, timex.start))
    if not bounds or _CLAUSE_END.search(text, bounds[-1].end(), timex.start):
        return False
    return not bounds[-1].end() <= trigger.start < timex.start


@lru_cache(maxsize=4)
def _occasion_pattern(markers: tuple[str, ...], holiday_preps: frozenset[str]) -> re.Pattern[str]:
    """An occasion marker at the end of a text, with what may stand between it and the
    expression it governs: "the", and a head with "of" ("the end of", "the 50th anniversary
    of"). The group ``holiday`` holds a marker that governs only a holiday ("for")."""
    words = "|".join(r"\s+".join(map(re.escape, m.split())) for m in sorted(markers, key=len, reverse=True))
    preps = "|".join(map(re.escape, sorted(holiday_preps)))
    return re.compile(rf"\b(?:(?:{words})|(?P<holiday>{preps}))\s+(?:the\s+)?"
                      rf"(?:[\w-]+\s+){{0,2}}?(?:of\s+(?:the\s+)?)?$", re.IGNORECASE)


def _occasion(timex: Timex, trigger: Span, text: str, lex: TimeLexicon) -> bool:
    """Whether the expression is the occasion an act is done for, the object of a phrase such
    as "to mark", "in honour of" ("pardoned 800 prisoners *to mark the end of Ramadan*"; see
    ``occasion_markers``) or of "for" before a holiday ("pardons for Eid al-Fitr"): it says why
    the act was done, not when, and dates no event of the sentence but one inside it."""
    if timex.start <= trigger.start < timex.end:
        return False
    found = _occasion_pattern(lex.occasion_markers, lex.holiday_occasion_prepositions).search(
        text, max(0, timex.start - 60), timex.start)
    if found is None or found.start() <= trigger.start < timex.start:
        return False
    return found.group("holiday") is None or _holiday(timex, lex)


def _holiday(timex: Timex, lex: TimeLexicon) -> bool:
    """Whether the expression is a holiday's name ("Ramadan", "the Eid al-Adha")."""
    name = re.sub(r"^(?:the\s+)?", "", timex.text)
    return " ".join(name.replace("’", "'").split()) in lex.holidays


def _day_in_holiday(date: EventDate, candidates: list[Timex], text: str, lex: TimeLexicon) -> EventDate:
    """The one day among ``candidates`` that falls in the holiday ``date`` was taken from, else
    ``date``: "docked at Tripoli today with flour ..., part of a Ramadan relief package" names
    the package by its season, and "today" says which day of it the event took."""
    if not any(_holiday(t, lex) and _event_date(t, text) == date for t in candidates):
        return date
    days = [day for day in (_event_date(t, text) for t in candidates if not _holiday(t, lex))
            if _one_day(day) and date.start and date.end
            and date.start <= day.start <= date.end]  # type: ignore[operator]
    return days[0] if len({day.start for day in days}) == 1 else date


def _attributive_date(timex: Timex, trigger: Span, text: str, lex: TimeLexicon) -> bool:
    """"its 1994 peace treaty", "the 2015 nuclear deal", "since the June 2025 war": a
    calendar date between a determiner and a noun names a thing by when it was made or
    happened, and dates no other event of the sentence. It dates the noun right after it
    when that noun is the trigger ("the February 3 attack"), and a month or a day names the
    event of its own sentence when that thing is its subject ("the February 3 attack killed
    five"): only a year is always a name. A bare month before a noun ("flouted the November
    ceasefire", "a March deadline") names the noun's act the same way, unless a preposition
    that attaches a time to the verb makes that act the event's frame ("won a majority in the
    March elections"). A season without a year before a noun ("gathered
    over power cuts in the summer heat", "pledging larger summer releases") likewise says
    what kind of heat or release it is, unless the word after it is a function word or a
    unit ("in the summer as temperatures rose", "the summer months"), before the trigger as
    after it ("to raise summer releases from June, the office said following the
    *meeting*"). A possessive after the
    trigger ("sent aid to families hit by last month's floods", "rejected Wednesday's
    accusation") dates its own noun, unless a preposition that attaches a time to the verb
    makes that noun the event's frame ("were arrested during Monday's protests"); so does a
    possessive before the trigger that a word governs ("following Friday's rally in
    Nasiriyah, and supply was cut", "condemned Monday's attack, saying ...") when a comma
    parts it from the trigger: the phrase is the background of another clause, unlike a
    possessive subject ("Monday's attack, the deadliest this year, killed five"). A year
    that ends a capitalised name ("the exercise Coral Sentinel 2026") is part of the name
    (:func:`_ends_name`), and so is a date in an "of" phrase on an act's noun ("should the
    enemy repeat the aggression of June 2025": :func:`_named_by_date`)."""
    if _ends_name(timex, text, lex) or _named_by_date(timex, trigger, text, lex):
        return True
    if _possessive(text, timex) and (timex.start >= trigger.end or (
            _clause_end_between(text, timex.end, trigger.start) and _governed(text, timex.start))):
        return _unattached(text, timex.start, lex)
    name = text[timex.start:timex.end]
    season = precision_of(timex.value) == "season"
    month = name.rstrip(".") in lex.months.keys() | lex.month_abbreviations.keys()
    before_trigger = timex.end <= trigger.start
    if not (_CALENDAR_NAME.fullmatch(name) or season or month) \
            or (before_trigger and not (name.isdigit() or season)):
        return False
    noun = _NOUN_AFTER.match(text, timex.end)
    if not noun or noun.end() - 1 == trigger.start:
        return False
    if season:
        following = _NEXT_WORD.match(text, timex.end)
        word = following.group(1).lower() if following else ""
        return not any(c.isdigit() for c in name) and word not in lex.function_words \
            and word not in lex.clause_breaks and word not in lex.determiners and lex.unit(word) is None
    determiner = _DETERMINER_BEFORE.search(text, max(0, timex.start - 12), timex.start)
    if determiner is None or not month:
        return determiner is not None
    return _unattached(text, determiner.start(), lex)


#: A noun phrase ending in "of" right before a date: a determiner or a possessive, up to two
#: modifiers, the head noun ("the aggression of", "Iran's attack of", "the Oslo accords of").
_OF_PHRASE_BEFORE = re.compile(rf"(?P<det>\b(?:{_DEFINITES})\b|['’]s)\s+(?:[\w-]+\s+){{0,2}}?"
                               r"(?P<noun>[A-Za-z][\w-]*)\s+of\s+$", re.IGNORECASE)


def _named_by_date(timex: Timex, trigger: Span, text: str, lex: TimeLexicon) -> bool:
    """Whether a calendar date in an "of" phrase names the act of the noun before it ("the
    aggression of June 2025", "the attacks of September 11"), which dates no other event of
    the sentence, like "the June 2025 aggression". Not when that noun is the trigger, nor for
    a noun whose "of" phrase is a stretch of the date ("the rest of 2025"; ``stretch_nouns``,
    units, parts of the day), nor when a preposition that attaches a time to the verb makes
    the act the event's frame ("won a majority in the elections of March 2024"). Before the
    trigger the phrase must be governed and parted from it by a comma, as a possessive."""
    name = text[timex.start:timex.end]
    if not _CALENDAR_NAME.fullmatch(name):
        return False
    phrase = _OF_PHRASE_BEFORE.search(text, max(0, timex.start - 60), timex.start)
    if phrase is None or phrase.start() <= trigger.start < timex.start:
        return False
    noun = phrase.group("noun").lower()
    if noun in lex.stretch_nouns or noun in lex.parts_of_day or lex.unit(noun) is not None:
        return False
    if timex.end <= trigger.start and not (_clause_end_between(text, timex.end, trigger.start)
                                           and _governed(text, phrase.start())):
        return False
    return _unattached(text, phrase.start(), lex)


#: How many words may stand between the subject of an inverted condition and its "to" or
#: participle ("were *the Israeli army* to strike").
_INVERSION_WORDS = 4


@lru_cache(maxsize=4)
def condition_opener(openers: tuple[str, ...]) -> re.Pattern[str]:
    """A word of ``condition_openers`` ("if", "unless", "in case"), which opens a clause whose
    times date only the events inside it."""
    return re.compile(rf"\b{alternation(openers)}\b", re.IGNORECASE)


def _inverted_condition(auxiliary: re.Match[str], text: str, end: int, lex: TimeLexicon) -> bool:
    """Whether an auxiliary opens an inverted condition ("should the enemy repeat", "were
    Israel to strike", "had they known"): a subject follows it (a subject pronoun, a name, or a
    definite determiner), then what ``inverted_conditions`` asks of the auxiliary."""
    kind = lex.inverted_conditions.get(auxiliary.group().lower())
    words = [w.group() for w in _WORD.finditer(text, auxiliary.end(), end)][:_INVERSION_WORDS + 2]
    if kind is None or not words:
        return False
    subject = words[0]
    if not (subject.lower() in lex.subject_pronouns or subject[:1].isupper()
            or subject.lower() in lex.determiners - {"a", "an"}):
        return False
    rest = words[1:]
    if kind == "to":
        return not any(_SUPERLATIVE_WORD.fullmatch(w) for w in rest) and _is_intention(rest, lex) \
            and any(w.lower() == "to" for w in rest)
    if kind == "participle":
        return any(is_past_form(w.lower(), lex.tense) for w in rest)
    return True


def _in_condition(timex: Timex, trigger: Span, sentence: Span, text: str, lex: TimeLexicon) -> bool:
    """Whether the expression stands in a conditional clause that does not hold the trigger:
    "every base would be in the crosshairs should the enemy repeat the aggression of June
    2025", "If talks fail on Monday, the strike will go ahead": the condition's time is that
    of the act it supposes, never the main event's. The clause runs from its opener (see
    ``condition_openers``, ``inverted_conditions``) to the next comma, semicolon or colon."""
    openers = list(condition_opener(lex.condition_openers).finditer(text, sentence.start, timex.start))
    openers += [w for w in _WORD.finditer(text, sentence.start, timex.start)
                if w.group().lower() in lex.inverted_conditions
                and _inverted_condition(w, text, _tied_clause_end(text, Span(w.end(), w.end()), sentence), lex)]
    for opener in openers:
        end = _tied_clause_end(text, Span(opener.end(), opener.end()), sentence)
        if timex.end <= end and not opener.start() <= trigger.start < end:
            return True
    return False


def _governed(text: str, at: int) -> bool:
    """Whether a lowercase word (a verb or a preposition) stands right before offset ``at``,
    so that the phrase there is its object, not a subject opening the sentence."""
    before = _WORD.findall(text[max(0, at - 20):at])
    return bool(before) and before[-1].isalpha() and before[-1].islower()


def _unattached(text: str, at: int, lex: TimeLexicon) -> bool:
    """Whether no preposition that attaches a time to the verb ("during", "in") stands right
    before offset ``at`` ("were arrested during Monday's protests" attaches the time)."""
    before = _WORD.findall(text[max(0, at - 12):at])
    return not before or before[-1].lower() not in lex.tense.attaching_prepositions


def _ends_name(timex: Timex, text: str, lex: TimeLexicon) -> bool:
    """Whether a bare year ends a capitalised name ("the joint exercise Coral Sentinel
    2026", "its Vision 2030 plan", "the Defence Expo 2026"): exercises, plans, fairs and
    summits are named by their year, which then names the thing and dates no event of the
    sentence. The word before must be a capitalised word inside the sentence that is no
    month, weekday, season or holiday and no preposition or determiner ("in May 2025",
    "Since 2011", "By 2030" are dates)."""
    if not text[timex.start:timex.end].isdigit():
        return False
    before = _NAME_BEFORE_YEAR.search(text, max(0, timex.start - 40), timex.start)
    if before is None:
        return False
    word = before.group("word")
    low = word.lower()
    time_names = lex.months.keys() | lex.month_abbreviations.keys() | lex.weekdays.keys()
    if word.rstrip(".") in time_names or low in lex.seasons \
            or any(low in name.lower().split() for name in lex.holidays):
        return False
    if low in lex.function_words | lex.year_context_words | lex.determiners | lex.clause_breaks:
        return False
    return not _SENTENCE_OPENING.search(text, max(0, before.start() - 4), before.start())


def _anaphoric(timex: Timex, lex: TimeLexicon, text: str) -> bool:
    """Whether the expression counts from the sentence's reference time ("a day earlier",
    "the night before", "the previous day", "two days later"; see ``anaphoric_offsets``): a
    date with such a word, or a measure the word follows ("[a day] earlier")."""
    words = [w.lower() for w in timex.text.split()]
    if timex.type == "DURATION":
        signal = _COUNTING_SIGNAL.match(text, timex.end)
        return timex.interval is not None and signal is not None and signal.group(1).lower() != "ago"
    return timex.type in ("DATE", "TIME") and any(w in lex.anaphoric_offsets for w in words[1:])


def _predicate_between(trigger: Span, lo: int, hi: int, text: str, lex: TimeLexicon) -> bool:
    """Whether a verb in the past stands in text[lo:hi] other than one of a restrictive
    relative clause right after a noun trigger, which tells the noun's own act ("the
    sanctions *that* the EU *imposed*", "the raid *which* troops *carried* out")."""
    words = list(_WORD.finditer(text, lo, hi))
    if words and words[0].group().lower() in lex.relative_pronouns | lex.relative_complementisers \
            and not _verb_trigger(trigger, text, lex):
        verbs = [w for w in words if is_past_form(w.group().lower(), lex.tense)]
        return len(verbs) > 1
    return any(is_past_form(w.group().lower(), lex.tense) for w in words)


def _anaphoric_day(trigger: Span, candidates: list[Timex], text: str, lex: TimeLexicon) -> Timex | None:
    """The expression counted from the reference time that dates the trigger: "Iran on
    Tuesday condemned the sanctions that the EU imposed *a day earlier*", "mourned fighters
    killed in an assault *the night before*", "claimed responsibility on Wednesday for the
    ambush of a bus *a day earlier*". Such a day contrasts with the reference time, so it
    dates the act it follows: the trigger when the trigger is the nearest predicate before
    it, with no comma, no other expression and no other verb in the past between them
    (the reference time's own verb mostly has its object or a participle in between). A
    trigger right after the reference time ("Israel on Wednesday praised the EU's decision
    a day earlier to ...") is that time's own verb."""
    after = [t for t in candidates if t.start >= trigger.end]
    first = min(after, key=lambda t: t.start, default=None)
    if first is None or not _anaphoric(first, lex, text) or _clause_end_between(text, trigger.end, first.start) \
            or _predicate_between(trigger, trigger.end, first.start, text, lex):
        return None
    before = [t for t in candidates if t.end <= trigger.start]
    reference = max(before, key=lambda t: t.end, default=None)
    if reference is not None and all(w.lower().endswith("ly")
                                     for w in _words_between(text, reference.end, trigger.start)):
        return None
    return first


def _closes_earlier_act(timex: Timex, trigger: Span, sentence: Span, text: str, lex: TimeLexicon) -> bool:
    """Whether an expression counted from the reference time ends the clause of an act
    before it, and a comma parts it from the later trigger: "condemned the sanctions that
    the EU imposed a day earlier, calling them unlawful and *promising* a response" (the
    promise is the condemnation's; "A day earlier, militants attacked" is not such a
    clause)."""
    if not _anaphoric(timex, lex, text) or timex.end > trigger.start \
            or not _clause_end_between(text, timex.end, trigger.start):
        return False
    opening = [m.end() for m in _CLAUSE_END.finditer(text, sentence.start, timex.start)]
    return any(is_past_form(w.group().lower(), lex.tense)
               for w in _WORD.finditer(text, opening[-1] if opening else sentence.start, timex.start))


def _restated_speech_act(trigger: Span, sentence: Span, candidates: list[Timex], offsets: list[Offset], text: str,
                         lex: TimeLexicon) -> EventDate | None:
    """The date of the clause that restates the speech act a noun trigger names: "Turkish
    sources pushed back on Thursday against Iraqi *allegations* that the dams are starving
    the Tigris, after the ministry *claimed* a day earlier that releases had been cut". The
    reaction's day dates the pushing back; the allegations were made when the ministry
    claimed it. The restating clause is the first one after the trigger opened by a link word
    that puts it before the governing clause ("after"; not one of an offset such as "a day
    after", which :func:`_governing_offset` reads), and its verb must be one that restates the
    noun (``speech_act_restatements``): "issued a warning after the army said" is no
    restatement. The time is the one of that clause nearest its verb, before any clause its
    verb governs ("that releases had been cut ...")."""
    words = _WORD.findall(text[trigger.start:trigger.end])
    verbs = lex.speech_act_restatements.get(words[-1].lower()) if words else None
    if not verbs:
        return None
    link = next((w for w in _WORD.finditer(text, trigger.end, sentence.end)
                 if lex.offset_links.get(w.group().lower(), 0) < 0), None)
    if link is None or any(o.start <= link.start() < o.end for o in offsets):
        return None
    end = _tied_clause_end(text, Span(link.end(), link.end()), sentence)
    clause = list(_WORD.finditer(text, link.end(), end))
    verb = next((w for w in clause if w.group().lower() in verbs), None)
    if verb is None:
        return None
    stop = next((w.start() for w in clause if w.start() > verb.end() and w.group().lower() in lex.clause_breaks), end)
    return _nearest(Span(verb.start(), verb.end()), [t for t in candidates if link.end() <= t.start and t.end <= stop],
                    text)


def _claimed_act_date(trigger: Span, sentence: Span, timexes: list[Timex], text: str,
                      lex: TimeLexicon) -> EventDate | None:
    """The date an expression in the phrase of a claimed act gives: "Daesh claimed
    responsibility on Wednesday for the ambush of a bus *a day earlier*", "claimed
    responsibility for Sunday's attack". A responsibility claim is coded as the act it
    claims, so the act's own time dates the event and the claim's ("on Wednesday") only
    when the act's phrase has none. The phrase runs from the preposition
    (``responsibility_claims``) to the end of its clause; its first expression is taken."""
    noun = _word_within(text, trigger.end, sentence.end, lex.responsibility_nouns)
    preposition = noun and _word_within(text, noun.end(), sentence.end, lex.responsibility_prepositions)
    if not preposition:
        return None
    end = _tied_clause_end(text, Span(preposition.end(), preposition.end()), sentence)
    inside = [t for t in timexes if preposition.end() <= t.start and t.end <= end and _dates_event(t)]
    return _event_date(min(inside, key=lambda t: t.start), text) if inside else None


@lru_cache(maxsize=4)
def _custody_since_pattern(participles: frozenset[str]) -> re.Pattern[str]:
    """A custody participle and "since" right before an expression ("held since ")."""
    return re.compile(rf"\b(?:{alternation(participles)})\s+since\s+$", re.IGNORECASE)


def _custody_onset(trigger: Span, sentence: Span, timexes: list[Timex], text: str,
                   lex: TimeLexicon) -> EventDate | None:
    """The day a custody noun's arrest happened: "a judge extended the *detention* of the
    students *held since Saturday*". A custody noun (``custody_states``) is coded as the
    arrest, and a day after a custody participle and "since" in its sentence is when the
    custody began; the sentence's other day is the hearing's. Days only: a coarser start
    ("jailed since 2019") is an old case that the report does not cover."""
    if text[trigger.start:trigger.end].lower() not in lex.custody_nouns:
        return None
    since = _custody_since_pattern(lex.custody_participles)
    onsets = [t for t in timexes if sentence.start <= t.start and t.end <= sentence.end and _dates_event(t)
              and precision_of(t.value) == "day" and since.search(text, sentence.start, t.start)]
    if len(onsets) != 1:
        return None
    day = onsets[0].value[:10]  # the day the custody began, not the stretch "since" opens
    return dataclasses.replace(_event_date(onsets[0], text), start=day, end=day)


def _word_within(text: str, lo: int, hi: int, words: frozenset[str]) -> re.Match[str] | None:
    """One of ``words`` among the first :data:`_CLAIM_WORDS` words of text[lo:hi] in the same
    clause (no comma, semicolon or colon before it)."""
    for index, word in enumerate(_WORD.finditer(text, lo, hi)):
        if index >= _CLAIM_WORDS or _clause_end_between(text, lo, word.start()):
            return None
        if word.group().lower() in words:
            return word
    return None


def _copular(trigger: Span, text: str, lex: TimeLexicon) -> bool:
    """Whether the trigger is a form of "be" with a preposition ("were behind the fire"): a
    relation to the act its complement names, which an expression after it dates. One that
    ends in a noun of its own ("were on the line on Sunday") is the act, no relation."""
    words = text[trigger.start:trigger.end].lower().split()
    return len(words) > 1 and words[0] in lex.copulas and not is_past_form(words[1], lex.tense) \
        and words[-2] not in _DEFINITE_WORDS


def _in_dateline(timex: Timex, text: str) -> bool:
    """Whether the expression stands in the dateline that opens its line ("VLADIVOSTOK,
    March 14 (TASS) -"): the day the story was filed, like the publication date, never an
    event's own time."""
    return in_dateline(text, timex.start, timex.end)


def _dateline_date(sentence: Span, timexes: list[Timex], text: str) -> EventDate | None:
    """The filing day a dateline in the sentence gives, as a report date (basis ``report``:
    the event happened by then)."""
    days = [t for t in timexes if sentence.start <= t.start and t.end <= sentence.end
            and _dates_event(t) and _in_dateline(t, text)]
    return dataclasses.replace(_event_date(days[0], text), basis="report") if days else None


def _clause_end_between(text: str, lo: int, hi: int) -> bool:
    """Whether a comma, semicolon or colon other than an apposition's stands in text[lo:hi]."""
    return bool(_CLAUSE_END.search(_APPOSITION.sub(" ", text[lo:hi])))


def date_for_event(trigger: Span, sentence: Span, timexes: list[Timex], document: Document,
                   lexicon: TimeLexicon | None = None) -> EventDate:
    """The date of the event whose trigger is ``trigger`` in ``sentence`` (see module doc)."""
    lex = lexicon or load_lexicon()
    text = document.text
    offsets = find_offsets(text, sentence, timexes, lex)
    links = {o.start for o in offsets}
    in_sentence = [t for t in timexes if _dates_event(t) and t.start not in links and not _runs_on(t, document)
                   and sentence.start <= t.start and t.end <= sentence.end and not _in_dateline(t, text)
                   and not _onset(t, trigger, text, lex)
                   and not _attributive_date(t, trigger, text, lex) and not _bound(t, trigger, sentence, text)
                   and not _occasion(t, trigger, text, lex) and not _in_condition(t, trigger, sentence, text, lex)
                   and not _streak_of_periods(t, lex)]
    if any(precision_of(t.value) == "day" for t in in_sentence):
        in_sentence = [t for t in in_sentence if not _modifying_year(t, trigger, text, lex)]
    done = _past_verb_trigger(trigger, text, lex)
    copular = _copular(trigger, text, lex)
    described = [t for t in in_sentence if _participle_on_trigger(trigger, t, text, lex)
                 or _occurrence_clause(trigger, t, text, lex) or _simultaneous_clause(trigger, t, text, lex)]
    usable = [t for t in in_sentence if (t in described or not belongs_to_later_clause(trigger, t, document, lex))
              and not _in_earlier_intended_act(trigger, t, sentence, document, lex)
              and not _in_relative_clause_before(trigger, t, sentence, document, lex)
              and not _closes_earlier_act(t, trigger, sentence, text, lex)
              and not (copular and t.start >= trigger.end and not _clause_end_between(text, trigger.end, t.start))
              and not (done and _is_future(t, document))]
    own = [t for t in usable
           if t in described or same_clause(text, (trigger.start, trigger.end), (t.start, t.end), lex)]
    custody = _custody_onset(trigger, sentence, timexes, text, lex)
    if custody is not None:
        return custody
    offset = _governing_offset(trigger, offsets, text, lex)
    if offset is not None:
        tied = [t for t in own if t.start >= offset.end]
        return _nearest(trigger, tied, text) or _offset_date(trigger, sentence, offset, in_sentence, document)
    restated = _restated_speech_act(trigger, sentence, in_sentence, offsets, text, lex) \
        or _claimed_act_date(trigger, sentence, timexes, text, lex)
    if restated is not None:
        return restated
    anaphoric = _anaphoric_day(trigger, usable, text, lex)
    if anaphoric is not None:
        return _event_date(anaphoric, text)
    later = _following_offset(trigger, offsets, text, lex)
    tied = [t for t in usable if later is not None
            and later.end <= t.start < _tied_clause_end(text, Span(later.end, later.end), sentence)]
    usable = [t for t in usable if t not in tied]
    own = [t for t in own if t not in tied]
    reporting = [t for t in usable if _reporting_time(trigger, t, text, lex) and t not in described
                 and not (t.end <= trigger.start and _participle_time(t, sentence, text, lex))]
    own = [t for t in own if t not in reporting]
    close = [t for t in own if t in described
             or not _clause_end_between(text, min(t.end, trigger.end), max(t.start, trigger.start))]
    if any(t.start >= trigger.end for t in close):  # the noun's own time after it
        close = [t for t in close if not _outer_intended_time(trigger, t, document, lex)]
    others = [t for t in usable if t not in reporting]
    if later is not None and tied and not own:  # "raided the town days after a truce began on March 1"
        tied_date = _nearest(Span(later.start, later.end), tied, text)
        assert tied_date is not None
        return _shifted(tied_date, _inverse(later))
    relative = None if own else _relative_day(trigger, in_sentence, document, lex)
    return _day_in_holiday(_nearest(trigger, close, text) or relative or _report_date(trigger, reporting, text)
                           or _nearest(trigger, own, text) or _nearest(trigger, others, text)
                           or _anaphoric_date(trigger, sentence, timexes, document, lex)
                           or _pluperfect_date(trigger, sentence, timexes, document, lex)
                           or _dateline_date(sentence, timexes, text) or _document_date(document), others, text, lex)
