"""When did an event happen? Pick the time expression that dates it, or say why there is none.

Analysts filter by date first, so every event gets an :class:`~lapwing.records.EventDate`
and its ``basis`` says how much to trust it:

1. ``explicit``: a time expression in the event's own clause (nearest to the trigger);
2. ``explicit``: else the nearest one elsewhere in the sentence, which in news is the time
   of the governing clause ("On Monday, police said militants who attacked ... had fled");
3. ``document``: else the article date: the report is the only evidence of time;
4. ``unknown``: else nothing.

There is no parser yet, so "the event's clause" is approximated: no clause-break word or mark
from ``lexicons/time.yaml`` (``which``, ``after``, ``;`` ...) between trigger and expression.
When the parser lands, :func:`same_clause` is the one function to replace.
"""

from __future__ import annotations

import datetime as dt
import re

from lapwing.records import Document, EventDate, Span, Timex
from lapwing.temporal_calendar import period_of, precision_of
from lapwing.temporal_lexicon import TimeLexicon, load_lexicon

_WORD = re.compile(r"[A-Za-z]+|``|''|[^\w\s,.]")
#: The precision of an anchored duration's bounds, by its unit ("in the last week": week);
#: clock units (``PT3H``, ``PT30M``) give days.
_DURATION_PRECISION = {"D": "day", "W": "week", "M": "month", "Y": "year"}
#: "ago" after a duration: the event is at the duration's start, not all along it.
_AGO = re.compile(r"\s+ago\b", re.IGNORECASE)


def _dates_event(timex: Timex) -> bool:
    """Can this expression date an event? Calendar dates and times, and anchored durations.

    Sets ("every Monday"), loose references ("recently") and free durations ("six months")
    say nothing about *when*.
    """
    if timex.type in ("DATE", "TIME"):
        return timex.value[:1].isdigit() or timex.value.startswith("X")
    return timex.type == "DURATION" and timex.interval is not None


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
    """The event date an expression gives; "two years ago" (a DURATION ending at the anchor) gives its start."""
    interval = timex.interval
    start = interval.start if interval else None
    end = interval.end if interval else None
    if timex.type == "DURATION" and start and _AGO.match(text, timex.end):
        precision = _duration_precision(timex.value)
        period = period_of(dt.date.fromisoformat(start), precision)
        assert period.start is not None and period.end is not None
        return EventDate(value=period.value, start=period.start.isoformat(), end=period.end.isoformat(),
                         precision=precision, basis="explicit")  # type: ignore[arg-type]
    if timex.type == "DURATION":
        precision = _duration_precision(timex.value)
    else:
        precision = precision_of(timex.value)
    return EventDate(value=timex.value, start=start, end=end, precision=precision, basis="explicit")  # type: ignore[arg-type]


def date_for_event(trigger: Span, sentence: Span, timexes: list[Timex], document: Document,
                   lexicon: TimeLexicon | None = None) -> EventDate:
    """The date of the event whose trigger is ``trigger`` in ``sentence`` (see module doc)."""
    lex = lexicon or load_lexicon()
    text = document.text
    in_sentence = [t for t in timexes
                   if _dates_event(t) and sentence.start <= t.start and t.end <= sentence.end]
    own = [t for t in in_sentence
           if same_clause(text, (trigger.start, trigger.end), (t.start, t.end), lex)]
    for candidates in (own, in_sentence):
        if candidates:
            return _event_date(min(candidates, key=lambda t: (_distance(trigger, t), t.start)), text)
    if document.published:
        day = document.published[:10]
        return EventDate(value=day, start=day, end=day, precision="day", basis="document")
    return EventDate()
