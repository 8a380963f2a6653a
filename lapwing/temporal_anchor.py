"""Anchoring: what a relative or underspecified expression is measured from, and which way.

An expression such as "Tuesday", "December 30" or "last summer" has several calendar
readings; the anchor (the article date, or a date line found in the text) and the tense of
the clause choose one. The policy, in one place so it can be read and argued with:

* past tense -> the latest reading on or before the anchor;
* no tense cue -> the same, since news mostly reports the past, unless the next reading
  after the anchor is at least :data:`NEAR_FUTURE_FACTOR` times closer ("talks resume in
  early December" in an article of 20 November);
* future tense -> the first reading on or after the anchor;
* present tense ("has a June 1 deadline", "is investigating the February 3 attack") -> the
  reading nearest the anchor, the earlier one on a tie;
* after "since" -> the past reading, whatever the tense; after "until" ("through") or a
  deadline's "by" or "before" -> the future reading in a present or future clause, the
  default choice otherwise;
* a period that modifies a noun ("its February sales report", "second-quarter results")
  -> the nearest reading, whatever the tense (see the grammar).

A reading that contains the anchor (a weekday equal to the article's weekday) is on both
sides, so it is chosen whatever the tense; only explicit words ("last Monday", "next
Monday") move it a week. In the past tense, though, a quarter or half year that has barely
begun at the anchor is not yet what a report looks back on ("sales had slumped in the first
half" in an article of 8 January is last year's first half; see :data:`BARELY_BEGUN`). Without
an anchor nothing is guessed: the value keeps what the text fixes and puts ``X`` where the
anchor would have decided (``XXXX-06-21``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

from lapwing.records import TimexType
from lapwing.temporal_calendar import Period, coarser
from lapwing.temporal_tense import PLUPERFECT, TenseFn, TenseReading

Direction = Literal["past", "future", "nearest", "default"]

_DIRECTION_OF_TENSE: dict[str, Direction] = {
    "past": "past", "none": "default", "future": "future", "present": "nearest",
}
#: An interval signal right before an expression: "since" starts a stretch that runs up to
#: the anchor, "until" (and its synonyms) ends one. A hedge may stand between them ("closed
#: until at least March 22", "since at least 2005"): it weakens the bound, not the signal.
_SIGNAL = re.compile(r"\b(since|until|till|through)\s+(?:at\s+least\s+)?(?:the\s+)?$", re.IGNORECASE)
#: How far before an expression its signal may start ("through at least the ").
_SIGNAL_REACH = 24
#: A deadline right before an expression ("name a cabinet by early May", "restart trains
#: before the end of the year"): it bounds an act, so it points ahead like "until"; unlike
#: "until" it says nothing about the expression's bounds.
_DEADLINE = re.compile(r"\b(by|before)\s+$", re.IGNORECASE)
#: An onset right before an expression ("tariffs on Chinese goods from September 1", "raised the
#: rate, effective on Friday", "starting Monday"): it names when a measure takes effect, which
#: may lie ahead even in a past clause, which then gets the nearest reading on either side
#: ("lifted the ban from July 20" in August is this July). Other tenses keep their own direction
#: ("data from March show"). A bare "as of" dates a count or a state, not a measure ("cases were
#: reported as of Wednesday" is the Wednesday past); "effective as of" is an onset.
_ONSET = re.compile(r"\b(?:effective(?:\s+as\s+of)?|from|starting|beginning|on\s+or\s+after|with\s+effect\s+from)"
                    r"\s+(?:on\s+|from\s+)?(?:the\s+)?$", re.IGNORECASE)
#: How far before an expression its onset may start ("with effect from the ").
_ONSET_REACH = 24
#: A deferral right before an expression ("adjourned the trial until April 14", "the vote was
#: postponed to May 3"): the act moves something to a later date, which lies ahead of the
#: report even in a past clause.
_DEFERRAL = re.compile(r"\b(?:adjourn|postpon|defer|reschedul|put\s+off|pushed\s+back)\w*\b[^.;:!?]{0,40}?"
                       r"\b(?:until|till|to)\s+(?:the\s+)?$", re.IGNORECASE)
#: How far before an expression a deferral's verb may start.
_DEFERRAL_REACH = 80
#: A day written in an expression: a figure ("September 1") or a weekday ("Friday").
_DAY_WRITTEN = re.compile(r"\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def _onset_fits(onset: str, expression: str) -> bool:
    """Whether ``onset`` names when a measure takes effect at ``expression``. A bare "from" does
    so only before a day ("tariffs from September 1"): before a month or a season it is the base
    of a change ("sales fell from March", "prices rose from last summer"), which stays past."""
    return not onset.lower().startswith("from") or bool(_DAY_WRITTEN.search(expression))
#: The end of a range after its start ("from January 20 until December 31", "between May 3 and
#: June 9"): the word between the two dates.
_RANGE_LINK = re.compile(r"^\s*(?:until|till|through|to|and|-|–)\s*(?:the\s+)?$", re.IGNORECASE)
#: A range link after an expression: it opens a span told whole ("rose on each day from Monday
#: to Thursday"), which keeps the tense of its clause, not the onset of a measure.
_RANGE_AHEAD = re.compile(r"\s*(?:until|till|through|to|-|–)\s", re.IGNORECASE)
#: A range's opener before its start expression, which ends where the match ends ("from January 20").
_RANGE_OPENER = re.compile(r"\b(?:from|between)\s+[^,;.()]{1,30}$", re.IGNORECASE)
#: How far before the end of a range's start expression its opener may stand.
_RANGE_REACH = 40
#: A range opener right before a range's start ("between January", "from Sept 9").
_RANGE_OPENED = re.compile(r"\b(?:from|between)\s+(?:the\s+)?$", re.IGNORECASE)
#: A range's end that carries the year its year-less start shares ("between January and May
#: 2008", "from Sept 9 till September 14, 2007"): the link, the end's month and day, its year.
_RANGE_END_YEAR = re.compile(r"\.?(?:\s*(?:until|till|through|to|(?P<and>and))\s+|\s*(?P<dash>[-–])\s*)(?:the\s+)?"
                             r"(?P<end>[A-Za-z]{3,9}\.?\s+)?(?P<day>\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:(?P<of>of)\s+)?"
                             r"(?P<year>(?:1[89]|20)\d\d)\b")
#: What may stand between a clock time and the day it is on ("at 2:15 p.m. EST on Tuesday").
_ATTACHED_DAY = re.compile(r"(?:\s+[A-Z]{2,4})?\s*,?\s*(?:on\s+|of\s+)?(?:the\s+)?$")
#: A day named in the possessive ("in Thursday's referendum"): it dates a thing, not its sentence's act.
_POSSESSIVE_DAY = re.compile(r"(?:[A-Za-z]+\s+)?[A-Za-z]+['’]s\b")
#: The night or day of an occasion named by its noun ("on election night", "on polling day").
_OCCASION_DAY = re.compile(r"\b([a-z]+)\s+(?:night|day)\b")
#: The noun a possessive day dates, one adjective allowed before it ("Tuesday's (presidential) election").
_POSSESSED = re.compile(r"\s+([a-z]+)(?:\s+([a-z]+))?")
#: Words and marks that start another clause between a clock time and a later day.
_CLAUSE_BREAK = re.compile(r"\b(?:which|who|whose|that|when|where|while|but)\b|[;:()]",
                           re.IGNORECASE)
#: The base of a comparison right before a period ("down from $322 million in the second quarter").
_COMPARISON_BASE = re.compile(r"\b(?:from|than|compared\s+with|compared\s+to|against)\s+(?:[^,;.()]|[.,](?=\d)){0,40}?\b(?:in|for|during)\s+(?:the\s+)?$",
                              re.IGNORECASE)
#: Signals that end a stretch: after a present perfect ("have banned sales until Sunday") the
#: state holds at the anchor, so its end lies ahead, as after a present.
_UNTIL_SIGNALS = frozenset({"until", "till", "through"})
#: The auxiliaries of a present perfect.
PRESENT_PERFECT = frozenset({"has", "have", "'ve", "hasn't", "haven't"})
#: Without a tense cue a future reading wins only when it is this many times closer.
NEAR_FUTURE_FACTOR = 3
#: A quarter or half year (a reporting period) that contains the anchor has "barely begun" when less
#: than this share of it lies before the anchor: a past clause then means the previous one. Seasons
#: are left out: "boost releases over the summer" in a past clause of 11 June is this summer.
BARELY_BEGUN = 1 / 6
#: Periods that results are reported for: "a year earlier" after one of them is that period a year back.
REPORTING_PRECISIONS = frozenset({"month", "quarter", "season"})
#: Precisions finer than a reporting period: a statement's day ("the company said on Tuesday")
#: between a reporting period and "a year earlier" does not change what is compared.
_STATEMENT_PRECISIONS = frozenset({"day", "week"})


@dataclass(frozen=True)
class Anchor:
    """The date relative expressions are measured from, and where it came from."""

    date: dt.date | None
    source: str

    def describe(self) -> str:
        """``document date 2021-01-06``, ``date line 'May 5, 2023' (chars 0-11)`` or ``unknown``."""
        return self.source if self.date is None else f"{self.source} {self.date.isoformat()}"


UNKNOWN_ANCHOR = Anchor(None, "anchor unknown")


@dataclass(frozen=True)
class Reading:
    """What a rule made of an expression: TIMEX3 type, value and bounds, and why.

    ``period`` is set for calendar readings that a later anaphoric expression ("two days
    later", "the next day") may be anchored on.
    """

    type: TimexType
    value: str
    start: dt.date | None
    end: dt.date | None
    note: str
    period: Period | None = None


def signal_before(text: str, start: int) -> str | None:
    """The interval signal ("since", "until" ...) just before an expression, lower case, if any."""
    signal = _SIGNAL.search(text, max(0, start - _SIGNAL_REACH), start)
    return signal.group(1).lower() if signal else None


def date_reading(period: Period, note: str, kind: TimexType = "DATE", value: str | None = None) -> Reading:
    """A DATE (or TIME) reading of a calendar period; ``value`` overrides the period's value."""
    return Reading(kind, value or period.value, period.start, period.end, note,
                   period if period.start is not None else None)


def choose(candidates: Iterable[Period], anchor: dt.date, direction: Direction) -> Period | None:
    """The candidate the direction picks relative to ``anchor`` (see the module docstring)."""
    usable = [c for c in candidates if c.start is not None and c.end is not None]
    if direction == "default":
        past, future = choose(usable, anchor, "past"), choose(usable, anchor, "future")
        if past is None or future is None or past is future:
            return past or future
        assert past.end is not None and future.start is not None
        past_gap, future_gap = (anchor - past.end).days, (future.start - anchor).days
        return future if future_gap * NEAR_FUTURE_FACTOR < past_gap else past
    if direction == "past":
        before = [c for c in usable if c.start <= anchor and not _barely_begun(c, anchor)]  # type: ignore[operator]
        return max(before, key=lambda c: c.start, default=None)  # type: ignore[arg-type, return-value]
    if direction == "future":
        after = [c for c in usable if c.end >= anchor]  # type: ignore[operator]
        return min(after, key=lambda c: c.start, default=None)  # type: ignore[arg-type, return-value]

    def distance(c: Period) -> tuple[int, dt.date]:
        assert c.start is not None and c.end is not None
        if c.start <= anchor <= c.end:
            return 0, c.start
        return min(abs((c.start - anchor).days), abs((c.end - anchor).days)), c.start

    return min(usable, key=distance, default=None)


def _barely_begun(period: Period, anchor: dt.date) -> bool:
    """Does the quarter or half ``period`` hold ``anchor`` with only a small share of it gone by?
    A past clause cannot report on it yet ("had slumped in the first half" on 8 January)."""
    assert period.start is not None and period.end is not None
    length = (period.end - period.start).days + 1
    if period.precision != "quarter" or not period.start <= anchor <= period.end:
        return False
    return (anchor - period.start).days < length * BARELY_BEGUN


@dataclass
class Context:
    """Everything a rule needs to resolve one expression of one document."""

    text: str
    anchor: Anchor
    tense: TenseFn
    previous: Reading | None = None
    sentence: int = 0
    #: The calendar periods each sentence names, with their offsets (narrative times only).
    periods_by_sentence: dict[int, list[tuple[int, Reading]]] = field(default_factory=dict)
    #: The latest reporting period (a quarter, a month) and the sentence it is in.
    reporting: tuple[int, Reading] | None = None
    #: Every narrative time so far, in text order (what a counted anaphor may reach back to).
    narrative: list[Reading] = field(default_factory=list)
    #: The end offset and reading of the expression resolved last, narrative time or not.
    last: tuple[int, Reading] | None = None
    #: Where each sentence starts (see :meth:`_names_the_event`).
    sentence_starts: list[int] = field(default_factory=list)
    #: Nouns of an announced act that name the act of the sentence before ("the decision").
    event_nouns: frozenset[str] = frozenset()
    #: Month numbers by name and abbreviation (the lexicon's), for a range's end ("May 2008", "Sept 14").
    month_numbers: dict[str, int] = field(default_factory=dict)
    _event_noun_pattern: re.Pattern[str] | None = field(default=None, init=False, repr=False)

    def advance(self, reading: Reading) -> None:
        """Make ``reading`` the time the narrative is at (what "two days later" counts from),
        and remember it when it is a reporting period (see :meth:`reporting_period`)."""
        self.previous = reading
        self.narrative.append(reading)
        if reading.period is not None and reading.period.precision in REPORTING_PRECISIONS:
            self.reporting = (self.sentence, reading)

    def reporting_period(self) -> Reading | None:
        """The period "a year earlier" compares with: the previous expression when it is a
        reporting period; else, when the previous expression is only a statement's day or
        week ("revenue for the quarter ..., the company said on Tuesday. A year earlier
        ..."), the latest reporting period of this sentence or the one before."""
        previous = self.previous
        if previous is None:
            return None
        if previous.period is None:  # a fiscal year or quarter is a reporting period without bounds
            return previous if previous.value.startswith("FY") else None
        if previous.period.precision in REPORTING_PRECISIONS:
            return self._compared(previous)
        if previous.period.precision in _STATEMENT_PRECISIONS and self.reporting is not None \
                and self.sentence - self.reporting[0] <= 1:
            return self.reporting[1]
        return None

    def _compared(self, previous: Reading) -> Reading:
        """The period a year-back comparison is about when ``previous`` is the base of another
        comparison in this sentence ("for the third quarter, down from $322 million in the
        second quarter but up from $61 million a year earlier"): the period reported on, which
        this sentence named before the base; else ``previous`` itself."""
        periods = self.periods_by_sentence.get(self.sentence, [])
        at = next((k for k, (_, r) in enumerate(periods) if r is previous), None)
        if at is None or not _COMPARISON_BASE.search(self.text, max(0, periods[at][0] - 60), periods[at][0]):
            return previous
        reported = [r for _, r in periods[:at] if r.period is not None
                    and r.period.precision == previous.period.precision]  # type: ignore[union-attr]
        return reported[-1] if reported else previous

    def direction(self, start: int, end: int) -> tuple[Direction, str]:
        """Which way the clause around ``text[start:end]`` points, and a note saying why.

        "since" fixes it whatever the tense: a stretch since X runs up to now, so X is past
        ("their best week since November" in October is last November). "until" ends a state
        that often still holds at the anchor: in the present ("remain closed until Monday")
        its end is ahead, and in the past it may be ahead too, so a past clause gets the
        default choice, in which a much nearer future reading wins ("continued to keep
        markets closed until Friday" on a Thursday is the next day). A deadline ("by early
        May") is read the same way: "pledged a cabinet by early May" in March is this May;
        but a pluperfect says the act was done by then ("had withdrawn by early May"): past.
        """
        deadline = _DEADLINE.search(self.text, max(0, start - 8), start)
        signal = signal_before(self.text, start) or (deadline.group(1).lower() if deadline else None)
        if signal == "since":
            return "past", "since -> past"
        if _DEFERRAL.search(self.text, max(0, start - _DEFERRAL_REACH), start):
            return "future", "deferred to it -> future"
        reading = self.tense(self.text, start, end)
        direction = _DIRECTION_OF_TENSE[reading.tense]
        if deadline and reading.tense == "past" and reading.cue is not None and reading.cue.split()[0] in PLUPERFECT:
            return "past", f"{reading.describe()}; {signal} after a pluperfect -> past"
        onset = _ONSET.search(self.text, max(0, start - _ONSET_REACH), start)
        if signal is None and reading.tense == "past" and onset and _onset_fits(onset.group(0), self.text[start:end]) \
                and not _RANGE_AHEAD.match(self.text, end) \
                and not (reading.cue is not None and reading.cue.split()[0] in PLUPERFECT | PRESENT_PERFECT):
            return "nearest", f"{reading.describe()}; onset of a measure -> nearest"
        if signal:
            direction = "future" if reading.tense in ("present", "future") else "default"
            if signal in _UNTIL_SIGNALS and reading.tense == "past" and reading.cue is not None \
                    and reading.cue.split()[0] in PRESENT_PERFECT:
                direction = "future"  # "have banned fireworks until Sunday": a state that holds now
            return direction, f"{reading.describe()}; {signal} -> {direction}"
        return direction, f"{reading.describe()} -> {direction}"

    def pick(self, start: int, end: int, make: Callable[[int], Period | None], unknown: Period,
             kind: TimexType = "DATE", explicit: Direction | None = None) -> Reading:
        """Resolve a year-less expression: ``make(year)`` gives its reading in a given year.

        ``explicit`` is the direction fixed by a word of the expression ("last", "next");
        otherwise the tense decides. Without an anchor, ``unknown`` (an ``X`` value) is kept.
        """
        if self.anchor.date is None:
            return date_reading(unknown, "anchor unknown: kept what the text fixes", kind)
        base = self.anchor.date
        if explicit is not None:
            direction, why = explicit, f"explicit {explicit}"
        elif (range_start := self._range_start(start)) is not None:
            base, direction, why = range_start, "future", f"end of a range from {range_start.isoformat()}"
        elif (shared := self._range_end_year(start, end, make)) is not None:
            return date_reading(shared, f"start of a range whose end is in {shared.start.year}", kind)
        else:
            direction, why = self.direction(start, end)
            act = self._act_before(start) if direction == "future" else None
            if act is not None and self.tense(self.text, start, end).after_act:
                base, why = act, f"{why} of the act of the clause ({act.isoformat()})"
        year = self.anchor.date.year
        candidates = [p for p in (make(y) for y in range(year - 2, year + 3)) if p is not None]
        chosen = choose(candidates, base, direction)
        if chosen is None:
            return date_reading(unknown, f"no reading {direction} of {self.anchor.describe()}", kind)
        return date_reading(chosen, f"{self.anchor.describe()}; {why}", kind)

    def _range_start(self, position: int) -> dt.date | None:
        """The start of the range whose end stands at ``position`` ("from January 20 until
        December 31"): the expression resolved last, when only a range link stands between and
        a range opener before it; its end lies after that start."""
        if self.last is None or self.last[0] > position:
            return None
        end, reading = self.last
        if reading.start is None or not _RANGE_LINK.match(self.text[end:position]):
            return None
        # the opener stands before the previous expression, which has no comma or stop of its own
        opened = _RANGE_OPENER.search(self.text, max(0, end - _RANGE_REACH), end)
        return reading.start if opened else None

    def repeated_day(self, make: Callable[[int], Period | None]) -> Period | None:
        """A year-less day that repeats, or follows by one day, a day this document dated with
        its year ("ate there on December 15, 2006 ... on late December 15, early December 16"):
        that year, whatever the anchor; None when no such day came before."""
        for reading in reversed(self.narrative):
            if reading.note != "absolute" or reading.period is None or reading.period.precision != "day" \
                    or reading.start is None:
                continue
            again = make(reading.start.year)
            if again is not None and again.start is not None and abs((again.start - reading.start).days) <= 1:
                return again
        return None

    def _range_end_year(self, start: int, end: int, make: Callable[[int], Period | None]) -> Period | None:
        """The reading of a range's year-less start in the year its end names ("between
        January and May 2008" is January 2008; "May 13-15, 2009" and "August 2 and 3, 2008"
        take the year written after their second day), or in the year before when the start
        would fall after the end ("from November to March 2009"); None when no such end follows."""
        found = _RANGE_END_YEAR.match(self.text, end)
        if found is None:
            return None
        # "May 2 and 3, 2008"; "the spring and summer of 2001" (no "of" after a day: "May 3 and 4 of 2008" is rare)
        coordinated = found.group("dash") or (found.group("day") and not found.group("end")) \
            or (found.group("and") and found.group("end") and not found.group("day"))
        if found.group("of") and not (found.group("end") and not found.group("day")):
            return None
        if not (coordinated or _RANGE_OPENED.search(self.text, max(0, start - 14), start)):
            return None
        year = int(found.group("year"))
        chosen = make(year)
        month = self.month_numbers.get(found.group("end").strip().rstrip(".")) if found.group("end") else None
        if chosen is not None and chosen.start is not None and month is not None and chosen.start.month > month:
            chosen = make(year - 1)
        return chosen

    def _act_before(self, position: int) -> dt.date | None:
        """The start of the latest period this sentence names before ``position`` when it ended
        before the anchor: what "ahead of" orders a later act after ("recovered in the summer
        ahead of the expiry of a credit on September 30", read in January, is last September)."""
        earlier = [r.period for at, r in self.periods_by_sentence.get(self.sentence, [])
                   if at < position and r.period is not None]
        if not earlier or earlier[-1].end is None or self.anchor.date is None or earlier[-1].end >= self.anchor.date:
            return None
        return earlier[-1].start

    def anaphor(self, unit: str = "day", reach: bool = False, past: bool = False) -> tuple[dt.date | None, str]:
        """The date an anaphoric expression ("two days later", "the year") counts from, and its name.

        The previous calendar expression of the document if there is one that can place a
        ``unit`` (after "in 2008", "the day" is no day of 2008 in particular), else the anchor.
        A counted step (``reach``: "a day earlier", "the following Monday") moves from a day the
        narrative named even when a coarser period came between ("lost money on Wednesday in
        the first quarter; its rival had reported a day earlier"): a writer counting from the
        article's own day says "yesterday" or "next Monday".

        A ``past`` clause ("prices fell the same day", "sales rose from the previous year") points
        at what has happened: a previous expression that lies wholly after the anchor (a plan's
        end, "until December 31, 2009") is looked past to the latest one that does not.
        """
        if past and self.previous is not None and self._after_anchor(self.previous):
            for reading in reversed(self.narrative):
                if reading.period is not None and not self._after_anchor(reading) \
                        and not coarser(reading.period.precision, unit):
                    return reading.period.start, f"latest expression not ahead of the anchor {reading.period.value}"
            return self.anchor.date, f"previous expression ahead of a past clause; {self.anchor.describe()}"
        if self.previous is not None and self.previous.period is not None \
                and not coarser(self.previous.period.precision, unit):
            period = self.previous.period
            return period.start, f"previous expression {period.value}"
        if reach:
            for reading in reversed(self.narrative):
                if reading.period is not None and not coarser(reading.period.precision, unit):
                    return reading.period.start, f"latest expression fine enough {reading.period.value}"
        return self.anchor.date, f"no previous expression fine enough; {self.anchor.describe()}"

    def _after_anchor(self, reading: Reading) -> bool:
        """Does ``reading`` name a time that begins after the anchor's day (its period or, for an
        "until" end without a start, its end)?"""
        anchor, period = self.anchor.date, reading.period
        if anchor is None or period is None:
            return False
        first = period.start or period.end
        return first is not None and first > anchor

    def period_anaphor(self, unit: str, reach: bool = False, past: bool = False) -> tuple[dt.date | None, str]:
        """What "the previous month" or "that quarter" counts from: like :meth:`anaphor`, except
        that a statement's day between a reporting period of that ``unit`` and the anaphor is
        looked past ("jobs rose in February, the department said on Friday; the previous month
        ..." is January, not the month before Friday's). Only results are reported by the
        quarter, so "the quarter" is the latest quarter the article named, however many
        sentences and other dates ago ("a loss for the first quarter ... plants idle from April 4
        ... a profit for the quarter" is the first quarter). ``reach`` is :meth:`anaphor`'s."""
        reporting = self.reporting_period() if unit in REPORTING_PRECISIONS else None
        if reporting is None and unit == "quarter" and self.reporting is not None:
            reporting = self.reporting[1]
        if reporting is not None and reporting.period is not None and reporting.period.precision == unit:
            return reporting.period.start, f"reporting period {reporting.period.value}"
        return self.anaphor(unit, reach, past)

    def apposed(self, position: int, unit: str) -> Reading | None:
        """The expression that only a comma separates from ``position`` when it is a period of
        ``unit``: "its highest level since September 2008, the month Lehman collapsed" names
        that month again, though a "since" date does not move the narrative."""
        if self.last is None:
            return None
        end, reading = self.last
        if reading.period is None or reading.period.precision != unit or self.text[end:position].strip() != ",":
            return None
        return reading

    def day_in_sentence(self, position: int, unit: str = "day") -> tuple[dt.date | None, str]:
        """The date of the current sentence nearest ``position`` that can place a ``unit`` (a
        day for a clock time; a day or a month for "its best month"), if there is one."""
        periods = [(start, reading) for start, reading in self.periods_by_sentence.get(self.sentence, [])
                   if reading.period is not None and not coarser(reading.period.precision, unit)]
        if not periods:
            return None, f"no {unit} in the sentence"
        _, reading = min(periods, key=lambda d: abs(d[0] - position))
        return reading.start, f"date {reading.value} in the same sentence"

    def day_near(self, position: int, end: int | None = None) -> tuple[dt.date | None, str]:
        """The day a clock time belongs to: a day-precise date of its sentence (see
        :meth:`_clock_day`), else the day of an occasion it is the night of (see
        :meth:`_occasion_day`), else the day of the sentence before that its tense points to
        (see :meth:`_day_before`), else the anchor."""
        date, note = self._clock_day(position, position if end is None else end)
        if date is not None:
            return date, note
        date, note = self._occasion_day(position)
        if date is not None:
            return date, note
        date = self._day_before(position)
        if date is not None:
            return date, f"the day {date.isoformat()} of the sentence before"
        return self.anchor.date, self.anchor.describe()

    def _clock_day(self, position: int, end: int) -> tuple[dt.date | None, str]:
        """The day of its sentence a clock time at ``text[position:end]`` belongs to: one right
        after it ("at 2 p.m. on Tuesday"), else the nearest one before it ("on Friday, when
        markets closed at 1 p.m. after the Thanksgiving holiday": the holiday after it dates
        nothing of the closing), else one after it in the same clause ("opened at 9 a.m. and
        closed lower on Monday"), not one beyond a clause break ("was released at 8:30 a.m.
        ... a meeting which ends on November 3")."""
        periods = [(start, reading) for start, reading in self.periods_by_sentence.get(self.sentence, [])
                   if reading.period is not None and not coarser(reading.period.precision, "day")
                   and reading.start is not None]
        after = [(start, r) for start, r in periods if start >= end]
        attached = [(start, r) for start, r in after if _ATTACHED_DAY.match(self.text, end, start)]
        before = [(start, r) for start, r in periods if start < position]
        if attached:
            chosen = min(attached, key=lambda d: d[0])[1]
        elif before:
            chosen = max(before, key=lambda d: d[0])[1]
        else:
            own = self.tense(self.text, position, end)
            open_ = [(start, r) for start, r in after if not _CLAUSE_BREAK.search(self.text, end, start)
                     and not self._other_tense(own, start)]
            if not open_:
                return None, "no day in the clause"
            chosen = min(open_, key=lambda d: d[0])[1]
        return chosen.start, f"date {chosen.value} in the same sentence"

    def _sentence_bounds(self, position: int) -> tuple[int, int]:
        """Where the sentence holding ``position`` starts and ends."""
        starts = [s for s in self.sentence_starts if s <= position]
        return (starts[-1] if starts else 0,
                next((s for s in self.sentence_starts if s > position), len(self.text)))

    def _names_the_event(self, position: int) -> bool:
        """Does the sentence of ``position`` name the act told before by a noun of an
        announced act after a determiner ("The decision was announced at 2:15 p.m.", "at a
        launch event at 10 a.m.")?"""
        if not self.event_nouns:
            return False
        lo, hi = self._sentence_bounds(position)
        if self._event_noun_pattern is None:
            nouns = "|".join(re.escape(n) for n in sorted(self.event_nouns, key=len, reverse=True))
            self._event_noun_pattern = re.compile(
                rf"\b(?:the|this|that|its|their|his|her|a|an)\s+(?:{nouns})\b", re.IGNORECASE)
        return bool(self._event_noun_pattern.search(self.text, lo, hi))

    def _other_tense(self, own: TenseReading, start: int) -> bool:
        """Does a later day of the sentence stand in a clause of another tense than the clock
        time's ("began at 06:00 local time and is due to end early on Saturday": Saturday dates
        the end, not the start)?"""
        if own.cue is None:
            return False
        other = self.tense(self.text, start, start)
        return other.cue is not None and other.tense != own.tense

    def _occasion_day(self, position: int) -> tuple[dt.date | None, str]:
        """The day of an occasion that the clock time's sentence names by its night or day
        ("called the race at 11 p.m. on election night") when this sentence or the one before
        dated the occasion in the possessive ("won Tuesday's election"): a possessive day dates
        its noun, and "election night" is that noun's night."""
        lo, hi = self._sentence_bounds(position)
        nouns = {m.group(1) for m in _OCCASION_DAY.finditer(self.text, lo, hi)}
        if not nouns:
            return None, ""
        for sentence in (self.sentence, self.sentence - 1):
            for at, reading in self.periods_by_sentence.get(sentence, []):
                possessive = _POSSESSIVE_DAY.match(self.text, at)
                after = _POSSESSED.match(self.text, possessive.end()) if possessive else None
                named = nouns.intersection(after.groups()) if after else set()
                if named and reading.start is not None and reading.period is not None \
                        and reading.period.precision == "day":
                    return reading.start, f"the day {reading.value} of the {named.pop()}"
        return None, ""

    def _day_before(self, position: int) -> dt.date | None:
        """The only day of the sentence before on the side of the anchor that a future or
        pluperfect clause points to ("will strike on Thursday, the union said on Tuesday. The
        strike will begin at 00:01"; "closed lower on Tuesday. Stocks had recovered by noon").
        A simple past takes the one past day before only when its sentence names that act by
        a noun ("said on Wednesday it would buy bonds. The announcement came at 2:15 p.m."):
        another act may be the article's own day ("began on Tuesday. The meeting ended at
        2 p.m." on Wednesday), so it keeps the anchor. A day in the possessive ("Thursday's
        referendum") dates a thing, not an act. Without an anchor a past clause takes the one
        day before, the only day there is to take."""
        reading = self.tense(self.text, position, position)
        days = {r.start for at, r in self.periods_by_sentence.get(self.sentence - 1, [])
                if r.period is not None and r.period.precision == "day" and r.start is not None
                and not _POSSESSIVE_DAY.match(self.text, at)}
        if self.anchor.date is None:
            # no anchor: a past clause takes the one day of the sentence before ("on 16 April
            # 2008 ... The system stopped at 10:07")
            return days.pop() if reading.tense == "past" and len(days) == 1 else None
        pluperfect = reading.tense == "past" and reading.cue is not None and reading.cue.split()[0] in PLUPERFECT
        if reading.tense == "past" and reading.cue is not None and not pluperfect:
            # a simple past that names the act of the sentence before ("said on Wednesday it
            # would buy bonds. The announcement came at 2:15 p.m.") takes its one past day;
            # another act may be the article's own day ("began on Monday. The last session
            # ended at 4 p.m.")
            past = {d for d in days if d <= self.anchor.date}
            return past.pop() if len(past) == 1 and self._names_the_event(position) else None
        if reading.tense != "future" and not pluperfect:
            return None
        days = {d for d in days if (d > self.anchor.date if reading.tense == "future" else d < self.anchor.date)}
        return days.pop() if len(days) == 1 else None
