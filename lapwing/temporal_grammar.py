"""The rule grammar of English temporal expressions: what counts as one, and what it means.

Each :class:`Rule` pairs a regular expression (built from the word lists of
``lexicons/time.yaml``) with a builder that turns a match into a :class:`Reading` (TIMEX3
type, value, bounds and a note saying how it was anchored). Rules are tried everywhere;
where matches overlap the longest wins, then the earlier rule in :attr:`Grammar.rules`.

Spans follow TimeML: prepositions ("on", "in", "since") stay outside, determiners and
modifiers that change the meaning ("the past decade", "early December", "nearly five
months") are inside. "Two years ago" follows MEANTIME (NewsReader guidelines): the measure
"two years" is a DURATION, "ago" a signal outside it, and the implied date bounds it. When a rule needs a context word that is not part of the expression
(a preposition before an ambiguous month) the expression is the named group ``x``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from lapwing.records import TimexType
from lapwing.temporal_anchor import Context, Direction, Reading, choose, date_reading, signal_before
from lapwing.temporal_calendar import (
    Period,
    century,
    day,
    decade,
    easter,
    granularity,
    half,
    hijri_month_period,
    hijri_to_gregorian,
    hijri_years_near,
    month,
    move,
    narrow,
    nth_weekday,
    period_of,
    quarter,
    season,
    shift,
    week_of,
    weekend_of,
    year,
)
from lapwing.temporal_lexicon import Holiday, TimeLexicon, Unit, alternation
from lapwing.temporal_tense import is_past_form

Builder = Callable[[re.Match[str], Context], Reading | None]
Check = Callable[[re.Match[str]], bool]

#: A day of the month as written, with or without its ordinal ending ("3", "18th").
_DAY_NUMBER = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[0-9]|20)\d\d"
#: What follows "the day before" when it is a preposition before a named day rather than an
#: anaphor: "the day after Monday", "the night before Christmas", "the day after March 5".
_NAMED_NEXT = r"\s+(?:\w+day\b|(?-i:[A-Z])|\d)"
#: "the spring of next year", "the summer of that year": a season of a year named against the anchor
#: ("next", "last", "this") or the previous expression's ("that", "the same"). A lookahead that always
#: succeeds: MEANTIME marks the two apart ("[October] of [next year]"), but the season takes its year
#: from the phrase after it. Not "of the following year": that phrase counts on from the season itself.
_ANAPHORIC_YEAR = r"that|the\s+same"
_OF_RELATIVE_YEAR = rf"(?=(?:\s+of\s+(?P<yrel>next|last|this|{_ANAPHORIC_YEAR})\s+year\b)?)"
_YEAR_STEPS = {"next": 1, "last": -1}
#: The word after an expression ("winter *tents*"), for rules that depend on what it modifies.
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")
_AS_SOON_AS = re.compile(r"\bas\s+soon\s+as\b", re.IGNORECASE)
_PREVIOUS_WORD = re.compile(r"([\w'’]+)[ \t]+\Z")
#: A possessive after a weekday ("Friday's attacks", "ahead of Sunday's vote"): the day names an
#: event by its nearest such day, unless the clause is in the past ("Sunday's vote was calm");
#: a reported "would" or a future around it dates something else.
_POSSESSIVE = re.compile(r"['’]s\b")
#: "a.m." / "p.m." (the full stop belongs to the abbreviation) or "am" / "pm" (a stop after it ends the sentence).
_AMPM = r"[ap]\.\s?m\b\.?|[ap]\s?m\b"
#: Every expression starts a word (or a "'90s"): trying the rules only there halves the scan.
_WORD_START = r"(?<!\w)(?=[\w'’])"
_RELATIVE_WORDS = r"this|current|last|previous|past|next|coming|following"
#: Results reported for a quarter ("will publish results for the October-December quarter next
#: Thursday"): the quarter is the one nearest the anchor, usually just ended, whatever the tense
#: of the publishing (checked on the text before the expression).
_RESULTS_FOR = re.compile(r"\b(?:results|earnings|figures)\s+for\s+(?:its\s+|their\s+)?$", re.IGNORECASE)
#: From this month on, "the new year" is the next calendar year; before it, the current one.
NEW_YEAR_FROM_MONTH = 7
#: A lower-case plural noun after a four-digit number outside 1900-2099, which then counts it
#: ("by 1104 infections"); within those years only a quantifier or a coordinated count before
#: it makes it one ("200 posters and 2000 leaflets"), as "in 2009 sales rose", "the 2000
#: elections" and "compared with 2007 levels" are years.
_PLURAL_NOUN = re.compile(r"[a-z]{3,}[^s]s")
#: Words before a number that make it an amount ("some 2000 leaflets").
_QUANTIFIERS = frozenset({"some", "nearly", "almost", "roughly", "approximately"})
#: A figure and the plural noun it counts, right before "and"/"or" ("200 posters and").
_COUNTED_FIGURE = re.compile(r"\d[\d,]*\s+[a-z]+s\s+(?:and|or)\s+$")


def _counted_before(text: str) -> bool:
    """Whether the text before a four-digit number makes it a count: a quantifier, or "and"/"or"
    after another figure that counts things ("200 posters and 2000 leaflets", not "between
    1990 and 2000")."""
    before = text.split()
    if not before:
        return False
    word = before[-1].lower()
    return word in _QUANTIFIERS or word in ("and", "or") and bool(_COUNTED_FIGURE.search(text))
#: A possessive before a decade makes it an age ("a suspect in his 40s", "in their early 20s").
_AGE_OWNER = re.compile(r"\b(?:his|her|their|my|your|our)\s+(?:(?:early|mid|late)[-\s]+)?$", re.IGNORECASE)


def _not_an_age(match: re.Match[str]) -> bool:
    """Is this decade a span of years, not a person's age ("in his 40s")?"""
    return not _AGE_OWNER.search(match.string, max(0, match.start() - 20), match.start())


#: Two-digit years from here on are of the 1900s ("10/31/98"), below it of the 2000s ("10/31/08").
NEW_CENTURY_FROM = 50
_RELATIVE = {"this": 0, "current": 0, "the current": 0, "last": -1, "previous": -1,
             "the previous": -1, "past": -1, "this past": -1, "next": 1, "coming": 1,
             "this coming": 1, "the coming": 1, "following": 1, "the following": 1,
             "before last": -2, "after next": 2}


#: Words after "once" that make it "one more time", not "formerly" ("was once again cut"),
#: and words before it that make it a count or "at one time" ("only once", "at once").
_REPEATING = frozenset({"again", "more"})
_COUNTING = frozenset({"only", "just", "at", "than"})


@dataclass(frozen=True)
class Rule:
    """One grammar rule: a name (shown in explanations), a pattern, a builder.

    ``accept`` rejects a match from its text alone, before overlaps are resolved, so that a
    rejected match ("Theresa May") does not hide a shorter good one. ``late`` rules are
    resolved after all others (a clock time needs the date of its sentence).
    """

    name: str
    pattern: re.Pattern[str]
    build: Builder
    accept: Check | None = None
    late: bool = False


#: Decades named by their word, and their tens digit.
_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}
#: How many words of a match report make a text one (``game_words``).
_GAME_WORDS = 2


def _compared_or_delayed(match: re.Match[str]) -> bool:
    """Whether an offset is a delay against a plan ("two years later than planned") or a
    comparison a year back ("a year earlier"), read as whole dates; not another offset."""
    return match.group("than") is not None or (
        (match.group("unit") or "").lower() == "year" and match.group("dir").lower() == "earlier")


def expression_span(match: re.Match[str]) -> tuple[int, int]:
    """The expression's offsets: group ``x`` when the rule has one, else the whole match."""
    if "x" in match.re.groupindex and match.group("x") is not None:
        return match.start("x"), match.end("x")
    return match.start(), match.end()


def _g(match: re.Match[str], name: str) -> str | None:
    """Group ``name`` of ``match``, or ``None`` when the rule has no such group or it did not take part."""
    return match.group(name) if name in match.re.groupindex else None


def _key(words: str | None) -> str:
    return " ".join((words or "").lower().split())


class Grammar:
    """All rules, compiled for one lexicon."""

    def __init__(self, lexicon: TimeLexicon) -> None:
        self.lex = lexicon
        lx = lexicon
        self.month_any = (rf"(?:(?-i:{alternation(lx.months)})\b"
                          rf"|(?-i:{alternation(lx.month_abbreviations)})\b\.?)")
        self.month_full = rf"(?-i:{alternation(lx.months)})\b"
        weekday = alternation(lx.weekdays)
        self.weekday = rf"(?:(?-i:{weekday})\b|(?-i:{alternation(lx.weekday_abbreviations)}))"
        tens = [w for w, n in lx.numbers.items() if 20 <= n <= 90 and n % 10 == 0]
        ones = [w for w, n in lx.numbers.items() if 1 <= n <= 9 and w not in ("a", "an")]
        composite = rf"{alternation(tens)}[-\s]{alternation(ones)}"
        self.number = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{composite}|{alternation(lx.numbers)})"
        self.quantity = rf"(?:{self.number}|{alternation(lx.vague_quantities)})"
        unit_words = list(lx.units) + list(lx.irregular_unit_plurals)
        self.unit = alternation(unit_words, plural=True)
        self.units_plural = alternation([u + "s" for u in lx.units] + list(lx.irregular_unit_plurals))
        # "over" is "more than" only after a preposition ("in over a decade"): one fixed-width lookbehind per word
        after_context = "|".join(rf"(?<=\b{re.escape(w)}\s)" for w in sorted(lx.approximator_contexts))
        self.approx = (rf"(?:{alternation(lx.approximators)}"
                       rf"|(?:{after_context})(?:{alternation(lx.prepositional_approximators)}))")
        self.mod = alternation(lx.period_modifiers)
        self.parts = alternation(lx.parts_of_day)
        ordinals = alternation(lx.ordinals)
        self.ordinal = rf"(?:{ordinals}|\d{{1,2}}(?:st|nd|rd|th))"
        self.quarter_end_month = rf"(?-i:{alternation(m for m, n in lx.months.items() if n % 3 == 0)})"
        self.quarter_start_month = rf"(?-i:{alternation(m for m, n in lx.months.items() if n % 3 == 1)})"
        self.rules = self._rules()

    # ------------------------------------------------------------------ rule table
    def _rules(self) -> list[Rule]:
        lx = self.lex
        mod = rf"(?:(?P<mod>{self.mod})[-\s]+)"
        qty = rf"(?:(?P<approx>{self.approx})\s+)?(?P<num>{self.quantity}|half\s+an?)(?:\s+and\s+a\s+half)?"
        rel_year = r"(?P<rel>this|last|next|the\s+current|current)\s+year"
        day_words = alternation([word for word, value in lx.ordinals.items() if value > 0])
        #: What a comparative reference word ("earlier", "later") is only part of or measured by.
        self._comparative_followers = re.compile(
            rf"\s+(?:than\b|(?:this|that|last|next)\s|(?:today|tonight|yesterday|tomorrow)\b"
            rf"|(?:in|on|during)\s+(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?"
            rf"(?:{self.month_full}|{self.weekday}|{alternation(lx.units)}|{self.parts}|{_YEAR})\b)", re.IGNORECASE)
        holidays = alternation(lx.holidays)
        trade_holidays = alternation([h for h in lx.holidays if h.lower() in lx.trade_season_holidays])
        zones = alternation(lx.time_zones)
        # hours spelled out ("four"), which only "o'clock" makes a clock time; not "a" / "an"
        hour_words = alternation([w for w, n in lx.numbers.items() if 1 <= n <= 12 and w.isalpha() and len(w) > 2])
        relative_days = alternation(lx.relative_days)
        fiscal = alternation(lx.fiscal_words)
        part_of = rf"\bthe\s+(?P<pod>{self.parts})\s+of\s+"  # "the night of ..." before a named day
        named_after = "|".join(rf"(?<=\b{re.escape(w)}\s)" for w in sorted(lx.named_date_prepositions))
        spec: list[tuple[str, str, Builder, Check | None]] = [
            ("iso_date", r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:T(?P<H>\d\d):(?P<M>\d\d))?\b",
             self._iso_date, self._valid_iso),
            ("numeric_date", r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})\b",
             self._numeric_date, None),
            # "on 10/31", "on 31/10/08": without a four-digit year a slash form is a date only after
            # "on" (elsewhere a fraction, a score or a ratio), and never the name of an event ("9/11")
            ("slash_date", r"(?<=\bon\s)(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<yy>\d\d))?\b(?![/.,]?\d|\s+of\b)",
             self._numeric_date, self._not_a_named_date),
            # "after 9/11", "since 7/7": a slash form that names an attack, by the day it stands for
            ("named_date", rf"(?:{named_after})(?P<name>{alternation(lx.named_date_days)})(?![/\w]|[.,]\d)",
             self._named_date, None),
            ("month_day", rf"(?:(?P<wd>{self.weekday}),?\s+)?(?P<mon>{self.month_any})\s*"
                          rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>{_YEAR})\b)?(?![:.,]?\d)",
             self._month_day, self._day_not_in_an_event_name),
            ("day_month", rf"(?:(?P<wd>{self.weekday}),?\s+)?(?:the\s+)?\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
                          rf"(?:\s+of)?\s+(?P<mon>{self.month_any})(?:,?\s+(?P<year>{_YEAR})\b)?",
             self._month_day, self._valid_day),
            # "the first of June 2009": a day written as an ordinal word
            ("ordinal_day_month", rf"\bthe\s+(?P<day>{day_words})\s+of\s+(?P<mon>{self.month_full})"
                                  rf"(?:,?\s+(?P<year>{_YEAR})\b)?",
             self._month_day, None),
            # days coordinated with a written one share its month, each its own expression:
            # "on August 2 and 3" and "May 13-15" (the 3, the 15), "the 18th and 19th of August" (the 18th)
            ("month_day_coordinated", rf"(?P<mon>{self.month_any})\s*{_DAY_NUMBER}(?:(?:,\s*{_DAY_NUMBER})*,?\s+(?:and|or)\s+|\s*[-–]\s*)"
                                      rf"(?P<x>(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s+(?P<year>{_YEAR}))?)\b(?![:.,]?\d)"
                                      rf"(?=\s*(?:[,.;:)]|$)|\s+(?:{alternation(lx.coordinated_day_followers)})\b)",
             self._month_day, self._valid_day),
            ("day_coordinated_month", rf"(?P<x>(?:the\s+)?\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?)"
                                      rf"(?:,\s*(?:the\s+)?{_DAY_NUMBER})*,?\s+(?:and|or)\s+(?:the\s+)?"
                                      rf"{_DAY_NUMBER}(?:\s+of)?\s+(?P<mon>{self.month_any})(?:,?\s+(?P<year>{_YEAR})\b)?",
             self._month_day, self._valid_day),
            ("month_year", rf"{mod}?(?P<mon>{self.month_any}),?\s+(?:of\s+)?(?P<year>{_YEAR})\b",
             self._month_year, None),
            ("month_relative_year", rf"{mod}?(?P<mon>{self.month_full})\s+{rel_year}\b",
             self._month_year, None),
            # "October of next year" is two expressions: "October" (read with the year) and "next year".
            ("month_of_relative_year", rf"(?P<x>{mod}?(?P<mon>{self.month_full}))\s+of\s+(?={rel_year}\b)",
             self._month_year, None),
            # "July of that year": the year of the previous expression
            ("month_of_that_year", rf"(?P<x>{mod}?(?P<mon>{self.month_full}))"
                                   rf"(?=\s+of\s+(?P<yrel>{_ANAPHORIC_YEAR})\s+year\b)",
             self._month_of_year, None),
            ("month", rf"(?:(?P<ctx>{alternation(lx.month_context_words)})\s+)?"
                      rf"(?P<x>(?:(?P<rel>last|next|this\s+past|this\s+coming|this)\s+)?{mod}?"
                      rf"(?P<mon>{self.month_full}))(?!\s*\d)",
             self._month, self._unambiguous_month),
            # "the following Monday", "the previous Friday": counted from the previous expression
            # "overnight (on) Tuesday" is Tuesday's night, like "Tuesday overnight"
            ("weekday", rf"(?:(?P<lead>overnight)\s+(?:on\s+)?)?(?:(?P<pre>earlier|later)\s+)?{mod}?"
                        rf"(?:(?P<rel>last|next|this\s+past|this\s+coming|this|coming|past"
                        rf"|the\s+(?:{'|'.join(_ANAPHORIC_DIRECTIONS)}|next))\s+)?"
                        rf"(?P<wd>{self.weekday})(?:\s+(?P<pod>{self.parts}))?\b",
             self._weekday, self._not_a_named_day),
            ("relative_day", rf"\b{mod}?(?:(?P<pre>earlier|later)\s+)?(?P<word>{relative_days})\b"
                             rf"(?:\s+(?P<pod>{self.parts})\b)?",
             self._relative_day, self._not_in_a_name),
            ("this_part_of_day", rf"\bthis\s+(?P<pod>{self.parts})\b", self._relative_day, None),
            # "by late afternoon", "in morning trading": a part of the day the text is on
            ("bare_part_of_day", rf"\b(?:(?P<mod>early|late|mid)[-\s]+)?(?P<unit>{self.parts})\b"
                                 rf"(?(mod)|(?=\s+{alternation(lx.session_words)}\b))",
             self._anaphoric_unit, None),
            # "last year's third quarter", "2008's second half", "the year's first quarter"
            ("possessive_quarter", rf"\b(?:(?P<year>{_YEAR})|(?P<rel>this|last|next)\s+year|(?P<the>the\s+year))['’]s\s+"
                                   rf"(?:{fiscal}\s+)?(?P<ord>{self.ordinal})[-\s]+(?P<unit>quarter|half)\b",
             self._quarter, None),
            ("quarter", rf"(?:\bthe\s+)?(?:(?P<fiscal>{fiscal})\s+)?\b(?P<ord>{self.ordinal})[-\s]+(?P<unit>quarter|half)\b"
                        rf"(?:\s+(?:(?:of|in)\s+(?:the\s+)?)?{rel_year}\b"
                        rf"|\s+(?:of|in)\s+(?:(?P<year>{_YEAR})\b|(?P<the>the\s+year)\b))?",
             self._quarter, None),
            # "the first nine months of 2008", "the last three months of the year", "the first two weeks of March",
            # and without a count, "the final weeks of 2008"
            ("part_of_period", rf"\bthe\s+(?P<edge>first|last|final)\s+(?:(?P<num>{self.number})\s+)?"
                               rf"(?P<unit>months|weeks|days)\s+(?:of|in)\s+(?:(?P<year>{_YEAR})\b|{rel_year}\b"
                               rf"|(?P<the>the\s+year)\b|(?P<mon>{self.month_full})(?:,?\s+(?P<myear>{_YEAR})\b)?)",
             self._part_of_period, None),
            # "the quarter that ended on June 26", "the year ended December 31, 2008", "the week
            # ended Jan. 3" (weekly statistics): the period of that day; "the quarter that ended in
            # September": the period of that month
            ("period_ended", rf"\b(?P<x>the\s+(?P<unit>week|quarter|half|month|year))\s+(?:(?:that|which)\s+)?"
                             rf"(?P<verb>ended|ending|ends|to)\s+(?:on\s+|in\s+)?(?P<mon>{self.month_any})"
                             rf"(?:\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<year>{_YEAR})\b)?",
             self._period_ended, self._valid_period_end),
            # "the first Tuesday of December", "the last Friday in June": that day of the month
            ("nth_weekday_of_month", rf"\bthe\s+(?P<ord>{self.ordinal})\s+(?P<wd>{self.weekday})\s+(?:of|in)\s+"
                                     rf"(?P<mon>{self.month_full})(?:,?\s+(?P<year>{_YEAR})\b)?",
             self._nth_weekday_of_month, None),
            ("week_of_month", rf"(?:\bthe\s+)?\b(?P<ord>{self.ordinal})\s+week\s+(?:of|in)\s+"
                              rf"(?P<mon>{self.month_any})(?:,?\s+(?P<year>{_YEAR})\b)?",
             self._week_of_month, None),
            # "the December quarter": the calendar quarter that ends with the month (company reporting);
            # "the July-September period": the quarter its first and last months span
            ("month_quarter", rf"\bthe\s+(?:(?P<first>{self.quarter_start_month})\s*[-–]\s*)?"
                              rf"(?P<mon>{self.quarter_end_month})\s+(?P<noun>quarter|period|months)\b"
                              rf"(?:\s+(?:of\s+)?(?P<year>{_YEAR})\b)?",
             self._month_quarter, self._spans_a_quarter),
            # "at year-end", "by year's end", "by end of year": the end of the current period
            ("period_end", r"\b(?:(?P<unit>year|month|quarter)(?:[-\s]|['’]s\s+)end\b(?!\s+of\b)"
                           r"|end[-\s]of[-\s](?P<unit2>year|month|quarter)\b(?!\s+of\b))", self._period_end, None),
            ("quarter_code", rf"(?-i:\b(?P<code>Q[1-4]|H[12])\b)(?:\s+(?P<year>{_YEAR})\b)?",
             self._quarter_code, None),
            ("relative_unit", rf"\b{mod}?(?:(?P<pre>earlier|later)\s+)?"
                              rf"(?P<rel>this\s+past|this\s+coming|this|last|next|the\s+current|current"
                              r"|(?-i:the\s+new(?=\s+year\b))|the)\s+"
                              # "this calendar year": the calendar year, as against a fiscal one
                              rf"(?:calendar\s+(?=year\b))?(?P<unit>week|weekend|month|quarter|year|decade|century)\b",
             self._relative_unit, self._relative_unit_ok),
            # "the year before last", "the week after next": two periods from the anchor's
            ("two_away", r"\bthe\s+(?P<unit>week|weekend|month|year)\s+(?P<rel>before\s+last|after\s+next)\b",
             self._relative_unit, None),
            # "up 8 percent year to date", "year-to-date sales": the current period so far, as "this year"
            ("to_date", r"\b(?:(?:this|the)\s+)?(?P<unit>year|quarter|month)[-\s]to[-\s]date\b",
             self._relative_unit, None),
            # before "anchored_duration", which ties on "the coming weeks": a future reference, not a measure
            ("recent_units", rf"\b(?P<dir>recent|the\s+coming|coming)\s+(?P<unit>{self.units_plural})\b",
             self._recent_units, None),
            ("anchored_duration", rf"\bthe\s+"
                                  rf"(?P<dir>past|last|next|coming|previous|prior|following|preceding)\s+"
                                  # "the previous half-century": half a unit, hyphen or not
                                  rf"(?:(?P<num>{self.quantity}(?=\s)|half(?=[-\s]))[-\s]+)?(?P<unit>{self.unit})\b",
             self._anchored_duration, None),
            ("ago", rf"\b{qty}[-\s]+(?P<unit>{self.unit})(?=\s+ago\b)", self._ago, None),
            ("units_ago", rf"\b(?P<unit>{self.units_plural})(?=\s+ago\b)", self._ago, None),
            # "days after the vote", "hours before the deadline": a vague measure (PXD) tying two events
            ("units_offset", rf"\b(?P<unit>{self.units_plural})(?=\s+(?:after|before)\b)", self._duration, None),
            # "a year earlier" compares with a reporting period, "two years later than planned" is
            # a delay: both whole dates; other offsets are measures of their own (``_offset``)
            ("later_earlier", rf"\b(?:{qty}[-\s]+(?P<unit>{self.unit})|(?P<units>{self.units_plural}))"
                              r"\s+(?P<dir>later|earlier|afterwards)\b"
                              rf"(?P<than>\s+than\s+(?:\w+ly\s+)?{alternation(lx.schedule_words)}\b)?",
             self._later_earlier, _compared_or_delayed),
            ("offset", rf"\b(?P<x>{qty}[-\s]+(?P<unit>{self.unit})|(?P<units>{self.units_plural}))"
                       r"(?=\s+(?P<dir>later|earlier|afterwards)\b)",
             self._offset, None),
            # "later that year", "earlier that day": the part word belongs to the expression, as in
            # "later this year"; the value is the period referred back to
            ("anaphoric_unit", r"\b(?:(?P<pre>earlier|later)\s+)?"
                               r"(?:the\s+(?P<dir>next|following|previous|preceding|same)"
                               r"|(?P<that>that)(?:\s+same)?)\s+"
                               rf"(?P<unit>day|week|month|year|{self.parts})\b",
             self._anaphoric_unit, None),
            ("the_unit", rf"\b(?:(?P<pre>earlier|later)\s+in\s+)?{mod}?"
                         r"the\s+"
                         rf"(?:{alternation(lx.whole_period_words)}\s+)?"
                         # "the day that X happened" is a clause, but "said earlier in the day that" is not
                         r"(?P<unit>day|week|month|quarter|year)\b(?!-|\s+(?:of|when|and\s+a\s+half|ago|ended|ending)\b"
                         r"|(?(pre)(?!)|\s+that\b)"
                         r"|\s+to\s+(?:date\b|(?-i:[A-Z])|\d{4}\b))"
                         rf"(?:\s+(?P<dir>before|after|previous|prior|earlier|later)\b(?!{_NAMED_NEXT}))?"
                         r"(?!\s+(?:before|after)\b)",
             self._anaphoric_unit, None),
            # "for a second consecutive day", "the eighth straight day of losses": the period the text is on
            ("streak", rf"\b(?:a|the)\s+{self.ordinal}\s+{alternation(lx.streak_words)}\s+"
                       r"(?P<unit>day|week|month|quarter|year)\b",
             self._anaphoric_unit, None),
            # "stocks rose for a third day": after "for" the ordinal alone makes the streak
            ("for_nth", rf"(?<=\bfor\s)(?:a|the)\s+{self.ordinal}\s+(?P<unit>day|week|month|quarter|year)\b(?!\s+of\b)",
             self._anaphoric_unit, None),
            # "the morning of October 5", "the night of Tuesday": a part of a named day (TIME)
            ("part_of_named_day", rf"{part_of}(?:(?P<wd>{self.weekday})"
                                  rf"|(?P<mon>{self.month_any})\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
                                  rf"(?:,?\s+(?P<year>{_YEAR})\b)?)",
             self._part_of_named_day, None),
            # "the week of September 20": the calendar week that holds the day
            ("week_of_day", rf"\bthe\s+week\s+of\s+(?:(?P<mon>{self.month_any})\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
                            rf"|(?:the\s+)?(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{self.month_any})\b)"
                            rf"(?:,?\s+(?P<year>{_YEAR})\b)?(?![:.,]?\d)",
             self._week_of_day, None),
            # "the night of 12 June": the British order of the same
            ("part_of_day_month", rf"{part_of}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                                  rf"(?P<mon>{self.month_any})\b(?:,?\s+(?P<year>{_YEAR})\b)?",
             self._part_of_named_day, self._valid_day),
            # "in the morning": the part of the day the text is talking about (TIME, like "that morning")
            ("the_part_of_day", rf"\bthe\s+(?P<unit>{self.parts})\b(?!\s+(?:of|before|after)\b)",
             self._anaphoric_unit, None),
            ("that_time", r"\bthat\s+time\b", self._that_time, None),
            # "its worst day since 1987", "the best week in a year": the period the text is on
            ("record_period", rf"\b{alternation(lx.superlatives)}\s+(?:single[-\s])?"
                              r"(?P<x>(?P<unit>day|week|month|quarter|year))\b"
                              # "its worst week for the Dow since 2001": whose record it is may come between
                              r"(?=(?:\s+for\s+(?:[\w&'’.-]+\s+){0,3}?[\w&'’.-]+)?"
                              r"\s+(?:since|in|ever|on\s+record)\b)",
             self._record_period, None),
            # "the same quarter last year": the previous expression's period, a year back
            ("same_period", r"\bthe\s+(?:same\s+(?P<unit>period|quarter|month|week|day|time|season)\s+(?:of\s+)?"
                            r"(?:(?:the\s+)?(?:last|previous|prior)\s+year|a\s+year\s+(?:earlier|ago|before)"
                            r"|(?:the\s+)?year\s+(?:before|earlier)"
                            # "the same period of 2007", "the same quarter in 2008": a named year
                            rf"|(?<=\s)(?:(?<=of\s)|in\s+)?(?P<year>{_YEAR}))"
                            # "the year-ago quarter", "the prior-year period"
                            r"|(?:year[-\s](?:ago|earlier)|prior[-\s]year)"
                            r"\s+(?P<unit2>period|quarter|month|week|day))\b",
             self._same_period, None),
            ("unspecified_date", rf"\b(?P<word>{alternation(lx.unspecified_dates)})\b", self._unspecified_date, None),
            # "sooner or later", "190 kilometers per hour", "miles an hour": a time word in an idiom
            # or a speed, no time; the longer match keeps the time rules off its words
            ("no_time", rf"\b(?:{alternation(lx.non_times)}"
                        rf"|(?:{alternation(lx.measure_units)})\s+(?:per|an?)\s+(?:hour|minute|second))\b",
             self._no_time, None),
            # "the night before", "the morning after": that part of the day next to the reference day
            ("part_of_day_before_after", rf"\bthe\s+(?P<unit>{self.parts})\s+(?P<dir>before|after)\b(?!{_NAMED_NEXT})",
             self._anaphoric_unit, None),
            # "the second half of the 1970s": TIMEX3 has no value for half a decade, so it keeps the decade's
            ("decade", rf"(?:\bthe\s+(?P<half>first|second|latter)\s+half\s+of\s+(?:the\s+)?)?"
                       rf"\b{mod}?(?:(?P<full>(?:1[0-9]|20)\d)0['’]?s|['’]?(?P<short>\d)0['’]?s)\b",
             self._decade, _not_an_age),
            # "back in the sixties": a decade named by its word, after "the" (not "in his sixties")
            ("word_decade", rf"\bthe\s+(?P<x>{mod}?(?P<word>{alternation(list(_DECADE_WORDS))}))\b",
             self._decade, None),
            ("century", rf"(?:\bthe\s+)?\b{mod}?(?P<ord>{self.ordinal})[-\s]+century\b", self._century, None),
            # "the turn of the century": the year a century began, the latest one without an ordinal
            ("century_turn", rf"\bthe\s+turn\s+of\s+the\s+(?:(?P<ord>{self.ordinal})[-\s]+)?century\b",
             self._century_turn, None),
            # "the" is part of the expression, as in TimeML ("in [the autumn]", "[the summer of 2007]");
            # a preposition is not, but it still shows that "fall" is a season and not a verb
            ("season", rf"(?:(?P<ctx>in|during|since|until|by|through)\s+)?"
                       rf"(?P<x>(?:(?P<rel>this\s+past|this\s+coming|the\s+coming|the\s+past|this|last|next)\s+"
                       rf"|(?P<the>the)\s+)?"
                       rf"(?:{mod}(?:the\s+)?)?(?P<season>{alternation(lx.seasons)})\b"
                       rf"(?:,?\s+(?:of\s+)?(?P<year>{_YEAR})\b)?){_OF_RELATIVE_YEAR}"
                       r"(?(yrel)|(?!\s+of\s+(?!\d)))",
             self._season, self._unambiguous_season),
            # "Labor Day weekend", "the Christmas quarter": the period around the holiday. "the" is
            # part of those, as of "the weekend", but not of a bare holiday ("the Easter holidays")
            # "the day after Thanksgiving", "the week before Christmas", "the eve of Eid al-Adha":
            # one expression, the day or period next to the holiday
            ("holiday", rf"(?:(?P<rel>last|next|this)\s+"
                        rf"|the\s+(?=(?-i:{holidays})\s+(?:{_HOLIDAY_PERIODS})\b)"
                        rf"|the\s+(?:(?P<near>day|week|weekend|{self.weekday})\s+(?P<side>before|after)"
                        rf"|(?P<eve>eve)\s+of)\s+)?"
                        # "the Christmas and New Year period", "the Easter holiday season": the
                        # stretch of days around holidays that name a buying season (DURATION PXD,
                        # as MEANTIME writes it); "the Thanksgiving travel period" keeps the day
                        rf"(?:(?-i:(?P<tname>{trade_holidays}))(?P<stretch>(?:\s+and\s+(?-i:{holidays}))?"
                        rf"\s+(?:(?:{_STRETCH_NOUNS})\s+)?(?:period|season))\b|"
                        rf"(?-i:(?P<name>{holidays}))\b(?:\s+(?P<period>{_HOLIDAY_PERIODS})\b)?)"
                        rf"(?:,?\s+(?:of\s+)?(?P<year>{_YEAR})\b)?",
             self._holiday, self._holiday_not_in_a_name),
            ("fiscal_year", rf"\b{mod}?(?:the\s+)?(?:(?P<rel>{_RELATIVE_WORDS})\s+)?(?:(?P<year>{_YEAR})\s+)?"
                            rf"{fiscal}\s+year\b(?:\s+(?P<year2>{_YEAR})\b)?",
             self._fiscal_year, None),
            ("fiscal_number", rf"\b{mod}?(?:{fiscal}\s+(?:year\s+)?(?P<year>{_YEAR})|(?-i:FY)\s?(?P<short>{_YEAR}|\d\d))\b",
             self._fiscal_year, None),
            # "2008's" is the year's possessive; "1990s" and "1990's" are decades
            ("year", rf"(?:\b{mod})?(?:\bthe\s+year\s+)?(?<![\w$£€#.,])(?P<year>{_YEAR})\b"
                     r"(?![.,]\d|(?<=0)['’]?s\b)",
             self._year, self._plausible_year),
            # "$2 billion a year", "300 cars a day": a rate, TIMEX3 SET (before "duration", which ties)
            ("rate", r"\ba\s+(?P<unit>hour|day|week|month|quarter|year)\b(?!-|\s+(?:ago|earlier|later|before|after)\b)",
             self._set, self._after_an_amount),
            ("duration", rf"\b{qty}[-\s]+(?:{alternation(lx.streak_words + lx.measure_adjectives)}\s+)?"
                         rf"(?P<unit>{self.unit})\b"
                         r"(?:\s+and\s+a\s+half\b)?"
                         rf"(?:\s+{alternation(lx.measured_nouns)}\b)?",
             self._duration, self._duration_ok),
            # "an hour and 20 minutes", "two years and three months": one measure in two units,
            # the larger first
            ("compound_duration", rf"\b{qty}[-\s]+(?P<unit>{self.unit})\s+and\s+(?P<num2>{self.number})\s+"
                                  rf"(?P<unit2>{self.unit})\b",
             self._compound_duration, self._smaller_second_unit),
            # "the first 24 hours", "the final two weeks" (of something named elsewhere): the whole
            # phrase is the DURATION, as TimeML marks "the first two days"
            ("edge_duration", rf"\bthe\s+(?:first|initial|final)\s+{qty}\s+(?P<unit>{self.unit})\b",
             self._duration, None),
            # "five to 10 minutes": the first bound shares the unit; not "$44,000 and 12 months"
            ("duration_range", rf"(?<![$£€¥\d,.])\b(?P<num>{self.number})"
                               rf"(?=\s+(?:and|or|to)\s+(?P<num2>{self.number})[-\s]+(?P<unit>{self.unit})\b)",
             self._duration, self._ascending_range),
            ("duration_word", rf"\b(?P<word>{alternation(lx.duration_words)})\b", self._duration_word, None),
            ("bare_units", rf"\b(?P<ctx>{alternation(lx.bare_unit_contexts)})\s+"
                           rf"(?:{alternation(lx.bare_unit_fillers)}\s+)?"
                           rf"(?P<x>(?P<unit>{self.units_plural}))\b",
             self._duration, None),
            # "the Bucharest Daily News", "the Weekly Standard": a paper's name, no frequency
            ("set_word", rf"\b(?P<word>{alternation(lx.set_words)})\b", self._set,
             lambda m: not self._in_a_name(m, "word")),
            # "every weekend", "every Christmas": a named day of each year (a holiday with a
            # fixed day; a moving one has no single TIMEX3 value)
            ("set_every", rf"\b(?P<q>every|each|per)\s+(?:(?P<other>other)\s+)?(?:(?P<num>{self.quantity})\s+)?"
                          rf"(?P<unit>{self.unit}|{self.weekday}|{self.parts}|{self.month_full}"
                          rf"|{alternation(lx.seasons)}|weekend|(?-i:{holidays}))\b",
             self._set, self._per_unit),
            ("set_frequency", rf"\b(?:(?:{self.quantity})\s+)?(?P<freq>{alternation(lx.frequencies)})\s+"
                              rf"(?:a|an|per|every|each)\s+(?P<unit>{self.unit})\b",
             self._set, None),
            ("set_weekdays", rf"(?-i:\b(?P<wds>{alternation(lx.weekdays)})s)\b", self._set, None),
            # "works on weekends", "closed at weekends": every weekend, as "on Sundays" is every Sunday;
            # without the preposition the plural counts ("the past two weekends")
            ("set_weekends", r"\b(?:on|at)\s+(?P<x>(?P<unit>weekend)s)\b", self._set, None),
            ("reference", rf"(?<![\w-])(?:(?P<degree>{alternation(lx.degree_words)})\s+)?"
                          rf"(?P<word>{alternation(lx.reference_words)})\b(?!-)",
             self._reference, self._reference_ok),
            # "was once the largest", "the airline once operated": "once" meaning "formerly"
            ("former", r"\bonce\b", self._former, self._former_ok),
            # "attacked at dawn", "before first light": the edge of the day the sentence is on (TIME)
            ("day_edge", rf"\b(?:{alternation(lx.day_edge_prepositions)})\s+"
                         rf"(?P<x>(?P<edge>{alternation(lx.day_edges)}))\b(?!\s+of\b)",
             self._day_edge, None),
            ("clock", rf"(?:(?P<approx>{alternation(lx.clock_approximators)})\s+)?"
                      rf"(?<![\d:.])(?:(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::[0-5]\d)?"
                      rf"(?:\s*(?P<ampm>{_AMPM}))?"
                      rf"|(?P<h2>1[0-2]|0?[1-9])(?:\.(?P<m2>[0-5]\d))?"
                      rf"(?:\s*(?P<ampm2>{_AMPM})|\s+(?P<oclock>o['’]\s?clock)\b)"
                      # "at four o'clock in the morning": a spelled hour only with "o'clock"
                      rf"|(?P<hw>{hour_words})\s+o['’]\s?clock\b"
                      rf"|(?P<mh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?=\s*(?:{zones}|hours|hrs)\b)"
                      r"|\b(?P<noon>noon|midday|midnight)\b)"
                      rf"(?:\s*\((?P<tz>(?-i:{zones})(?:\s*[+-]\s*\d{{1,2}})?)\)"
                      rf"|\s*(?P<tz2>(?-i:{zones})(?:\s*[+-]\s*\d{{1,2}})?)"
                      r"|\s+(?P<tz3>(?-i:[A-Z][a-z]+)\s+time\b))?"
                      r"(?:\s+in\s+the\s+(?P<dpart>morning|afternoon|evening))?"
                      # "midnight tonight", "10 a.m. tomorrow": with no preposition between, one TIME of that day
                      r"(?:\s+(?P<rday>today|tonight|tomorrow)\b)?",
             self._clock, None),
        ]
        return [Rule(name, re.compile(_WORD_START + pattern, re.IGNORECASE), build, accept, late=name in _LATE_RULES)
                for name, pattern, build, accept in spec]

    # ------------------------------------------------------------------ helpers
    def _number(self, text: str | None) -> float | None:
        """The value of a quantity ("six", "twenty-one", "1,200", "half an"); ``None`` if vague."""
        words = _key(text).replace(",", "")
        if not words or words in self.lex.vague_quantities:
            return None
        if words.startswith("half"):
            return 0.5
        try:
            return float(words)
        except ValueError:
            pass
        if words in self.lex.numbers:
            return float(self.lex.numbers[words])
        total = 0.0
        for part in re.split(r"[-\s]", words):
            if part not in self.lex.numbers:
                return None
            value = self.lex.numbers[part]
            total = max(total, 1.0) * value if value == 100 else total + value
        return total

    def _ordinal(self, text: str) -> int:
        word = _key(text)
        if word in self.lex.ordinals:
            return self.lex.ordinals[word]
        return int(re.sub(r"\D", "", word))

    def _month_number(self, text: str) -> int:
        name = text.rstrip(".")
        return self.lex.months.get(name) or self.lex.month_abbreviations[name]

    def _weekday_number(self, text: str) -> int:
        return self.lex.weekdays.get(text) or self.lex.weekday_abbreviations[text]

    def _modifier(self, match: re.Match[str]) -> str | None:
        """The TimeML modifier (START, MID, END) of "early", "mid-", "the end of" ..., if any."""
        written = _g(match, "mod")
        return self.lex.period_modifiers[_key(written)] if written else None

    def _amount(self, match: re.Match[str]) -> float | None:
        """The quantity of a duration match, ``and a half`` included."""
        amount = self._number(_g(match, "num"))
        if amount is not None and re.search(r"and\s+a\s+half", match.group(), re.IGNORECASE):
            amount += 0.5
        return amount

    @staticmethod
    def _unknown(value: str, precision: str = "day") -> Period:
        return Period(value, None, None, precision)  # type: ignore[arg-type]

    def _anchor_or_unknown(self, ctx: Context, value: str) -> Reading | None:
        if ctx.anchor.date is None:
            return date_reading(self._unknown(value), "anchor unknown: kept what the text fixes")
        return None

    # ------------------------------------------------------------------ acceptance checks
    @staticmethod
    def _valid_iso(match: re.Match[str]) -> bool:
        try:
            dt.date(int(_g(match, "y")), int(_g(match, "m")), int(_g(match, "d")))
        except ValueError:
            return False
        return True

    def _not_a_named_date(self, match: re.Match[str]) -> bool:
        """"9/11" names an attack, not a day of this year."""
        return match.group().lower() not in self.lex.named_dates

    def _day_not_in_an_event_name(self, match: re.Match[str]) -> bool:
        """A valid day that does not name a known attack (a day of ``named_date_days``: "the
        September 11 attacks", "the September 11, 2001, terrorist attacks"): there the date is
        part of the event's name. Other days before an attack noun date it ("the March 3 attack")."""
        if not self._valid_day(match):
            return False
        day_of_month = (self._month_number(_g(match, "mon")), int(_g(match, "day")))
        written_year = int(_g(match, "year")) if _g(match, "year") else None
        if not any((d.month, d.day) == day_of_month and written_year in (None, d.year)
                   for d in self.lex.named_date_days.values()):
            return True  # "the March 3 attack" dates a recent attack; only a known named date is a name
        after = " ".join(match.string[match.end():match.end() + 40].lower().replace(",", " ").split())
        return not any(re.match(rf"{re.escape(noun)}\b", after) for noun in self.lex.date_event_nouns)

    @staticmethod
    def _valid_day(match: re.Match[str]) -> bool:
        return 1 <= int(_g(match, "day")) <= 31

    def _valid_period_end(self, match: re.Match[str]) -> bool:
        """A valid day, or a month alone: after "ended" any month, after "to" only the month a
        calendar period closes with ("the quarter to June" is Q2, "the year to March" is no
        calendar year); a week needs its day, as a month holds several."""
        if _g(match, "day") is not None:
            return Grammar._valid_day(match)
        unit = _key(_g(match, "unit"))
        if unit == "week":
            return False
        return _key(_g(match, "verb")) != "to" or self._month_number(_g(match, "mon") or "") % _MONTHS_IN[unit] == 0

    def _spans_a_quarter(self, match: re.Match[str]) -> bool:
        """"the December quarter" names a quarter by itself; "the July-September period" only when
        its months are the first and last of one calendar quarter ("the May-July period" is none)."""
        if _g(match, "first") is None:
            return _key(_g(match, "noun")) == "quarter"
        return self._month_number(_g(match, "mon")) - self._month_number(_g(match, "first")) == 2

    def _unambiguous_month(self, match: re.Match[str]) -> bool:
        if _g(match, "ctx") or _g(match, "rel") or _g(match, "mod"):
            return True
        return _g(match, "mon") not in self.lex.ambiguous_months and not self._first_name(match)

    def _first_name(self, match: re.Match[str]) -> bool:
        """Is the month a first name: between a lower-case noun (a title, "spokeswoman April
        Mendes", "judge June Carter") and a capitalised word that is no calendar word?"""
        text = match.string
        following = _NEXT_WORD.match(text, match.end("mon"))
        if following is None or not following.group(1)[:1].isupper():
            return False
        name = following.group(1)
        if name in self.lex.months or name in self.lex.weekdays or name.rstrip(".") in self.lex.month_abbreviations:
            return False
        before = _PREVIOUS_WORD.search(text, 0, match.start("mon"))
        if before is None:
            return False
        word = before.group(1)
        return word.isalpha() and word.islower() and word not in self.lex.month_context_words \
            and word not in self.lex.determiners and word not in self.lex.tense.past

    @staticmethod
    def _not_in_a_name(match: re.Match[str]) -> bool:
        """"L'Orient Today", "USA Today": a capitalised day word right after a capitalised
        word ends a name (an outlet's), not a date; "Today" opening a sentence still dates."""
        word = _g(match, "word")
        if not word[:1].isupper():
            return True
        before = _PREVIOUS_WORD.search(match.string, 0, match.start())
        return before is None or not before.group(1)[:1].isupper()

    def _not_a_named_day(self, match: re.Match[str]) -> bool:
        """"Black Monday", "Bloody Sunday": a listed epithet before a weekday makes a name of an
        event (often a past one), not the weekday nearest the article date. So does a weekday
        inside a longer name ("the Sunday Times", see :meth:`_inside_a_name`)."""
        before = _PREVIOUS_WORD.search(match.string, 0, match.start("wd"))
        if before is not None and _key(before.group(1)) in self.lex.weekday_epithets:
            return False
        if _g(match, "rel") or _g(match, "pre") or _g(match, "mod") or _g(match, "pod") or _g(match, "lead"):
            return True
        return not self._inside_a_name(match.string, match.start("wd"), match.end("wd"))

    def _holiday_not_in_a_name(self, match: re.Match[str]) -> bool:
        """"the Good Friday Agreement", "the Easter Rising": after "the", a holiday before a
        capitalised word names an accord or an event, not the holiday."""
        if match.start("name") != match.start() or _g(match, "year") or _g(match, "period"):
            return True
        before = _PREVIOUS_WORD.search(match.string, 0, match.start())
        if before is None or before.group(1).lower() != "the":
            return True
        return not self._inside_a_name(match.string, match.start("name"), match.end("name"))

    def _inside_a_name(self, text: str, start: int, end: int) -> bool:
        """Is the day word at ``text[start:end]`` part of a name: a capitalised word that is no
        calendar word follows, and "the" or another capitalised word (not a preposition opening
        the sentence) comes before ("the Sunday Times", "the Good Friday Agreement")?"""
        following = _NEXT_WORD.match(text, end)
        if following is None or not following.group(1)[:1].isupper():
            return False
        name = following.group(1)
        if name in self.lex.months or name in self.lex.weekdays or name.rstrip(".") in self.lex.month_abbreviations \
                or name.lower() in self.lex.parts_of_day or name.isupper():
            return False
        before = _PREVIOUS_WORD.search(text, 0, start)
        if before is None:
            return False
        word = before.group(1)
        if word.lower() == "the":
            return True
        return word[:1].isupper() and word.lower() not in self.lex.month_context_words \
            and word.lower() not in _DAY_PREPOSITIONS and word.lower() not in self.lex.determiners

    @staticmethod
    def _in_a_name(match: re.Match[str], group: str) -> bool:
        """Is the capitalised word of ``group`` inside a name: before another capitalised word
        ("the Winter Olympics", "Summer Games") or after one that does not open the sentence
        ("the Prague Spring")? A name holding a season word dates nothing."""
        text, start, end = match.string, match.start(group), match.end(group)
        if not text[start:start + 1].isupper():
            return False
        following = _NEXT_WORD.match(text, end)
        if following and following.group(1)[:1].isupper():
            return True
        before = _PREVIOUS_WORD.search(text, 0, start)
        if before is None or not before.group(1)[:1].isupper():
            return False
        opening = text[:before.start()].rstrip()
        return bool(opening) and opening[-1] not in ".!?:\"“\n"

    def _unambiguous_season(self, match: re.Match[str]) -> bool:
        """A season word is a date unless it is a bare verb ("prices fall") or classifies
        goods ("winter tents", "summer clothing", ``season_classified_nouns``): such a season
        says what kind of thing the noun is, not when anything happened."""
        if self._in_a_name(match, "season"):
            return False
        if _g(match, "ctx") or _g(match, "the") or _g(match, "rel") or _g(match, "mod") or _g(match, "year"):
            return True
        following = _NEXT_WORD.match(match.string, match.end())
        if following and following.group(1).lower() in self.lex.season_classified_nouns:
            return False
        return _key(_g(match, "season")) not in self.lex.ambiguous_seasons

    @staticmethod
    def _relative_unit_ok(match: re.Match[str]) -> bool:
        """"the week" alone is no date; "the end of the week" and "the weekend" are."""
        return _key(_g(match, "rel")) != "the" or bool(_g(match, "mod")) or _key(_g(match, "unit")) == "weekend"

    def _plausible_year(self, match: re.Match[str]) -> bool:
        """A bare four-digit number is a year unless money, a label or a count says otherwise."""
        text = match.string
        before = text[max(0, match.start("year") - 12):match.start("year")].split()
        after = text[match.end("year"):match.end("year") + 20].split()
        if before and before[-1].lower() in self.lex.year_blockers_before:
            return False
        if after and after[0].lower().strip(".,;:)") in self.lex.year_blockers_after:
            return False
        if _names_year(text, match.start("year"), match.end("year")):
            return False
        number = int(_g(match, "year"))
        preposition = bool(before) and before[-1].lower() in self.lex.year_context_words
        if after and _PLURAL_NOUN.fullmatch(after[0].rstrip(".,;:")) and not _g(match, "mod") and (
                not 1900 <= number <= 2099
                or _counted_before(text[max(0, match.start("year") - 30):match.start("year")])):
            return False  # "increased by 1104 infections", "200 posters and 2000 leaflets": a count of things
        return 1900 <= number <= 2099 or preposition or bool(_g(match, "mod"))

    def _duration_ok(self, match: re.Match[str]) -> bool:
        """Not an age ("15-year-old"), a name ("Six-Day War"), an ordinal ("a second time") or
        a fraction ("three-quarters of a point"). A name capitalises the unit itself: "the
        10-year Treasury note" is a measure before a name."""
        following = match.string[match.end():match.end() + 12]
        if re.match(r"[-\s]+old\b", following, re.IGNORECASE):
            return False
        if "-" in match.group() and _g(match, "unit")[:1].isupper() and re.match(r"\s+[A-Z]", following):
            return False
        unit = self.lex.unit_name(_g(match, "unit"))
        if unit in ("second", "quarter") and _key(_g(match, "num")) in ("a", "an", "one"):
            return False
        if re.fullmatch(_YEAR, _g(match, "num") or "") and _key(_g(match, "unit")) == unit \
                and "-" not in match.group():
            return False  # "World Cup 2018 day five": a year before a singular unit counts nothing
        return not (unit == "quarter" and _FRACTION_OF.match(following))

    def _after_an_amount(self, match: re.Match[str]) -> bool:
        """Does a number ("$2 billion", "300 cars", "5%") come just before "a year", making it a rate?

        Not after a preposition ("in a year", "for a day") or a frequency word, which other rules read.
        What is counted may follow the amount ("$75 billion of bonds a month", "1,000 of its workers a year").
        """
        before = match.string[max(0, match.start() - 60):match.start()].split()[-6:]
        if not before or before[-1].lower() in self.lex.rate_blockers or before[-1].endswith(","):
            return False  # "damaging a house, a day after": the amount must stand right before
        counted = [i for i in (-2, -3) if len(before) > -i and before[i].lower() == "of"]
        before = (before[:counted[0]] if counted else before)[-3:]
        return any(any(ch.isdigit() for ch in word) or word.lower().strip("$£€,") in self.lex.numbers
                   for word in before)

    def _reference_ok(self, match: re.Match[str]) -> bool:
        """"more recently" is a reference; "the most recent model" and "a later model" are no time.

        Adjectives after a comparative or a determiner order things rather than place them, and
        a comparative before "than" measures against something else.
        """
        word = _key(_g(match, "word"))
        if word == "soon" and _AS_SOON_AS.search(match.string, max(0, match.start() - 4), match.end() + 4):
            return False  # "as soon as June": a conjunction before the date it bounds, no time of its own
        if _g(match, "degree"):
            return word.endswith("ly")
        preceding = match.string[max(0, match.start() - 20):match.start()]
        if re.search(rf"\b(?:{self.unit}|{self.units_plural})\s+\Z", preceding, re.IGNORECASE):
            return False  # "two days later": the signal of an offset (``_offset``), no time of its own
        if word in self.lex.comparative_references:
            before = match.string[max(0, match.start() - 12):match.start()].split()
            # "opened earlier than expected" compares with a plan, and "earlier in June" is
            # June's: neither places anything by itself
            return not (before and before[-1].lower() in self.lex.determiners) \
                and not self._comparative_followers.match(match.string, match.end())
        return True

    def _former_ok(self, match: re.Match[str]) -> bool:
        """Is this "once" the adverb "formerly" (a past reference, as TimeML marks it)?

        It is after a form of "be" or "have" ("was once the largest", "had once run"), or
        between a subject (a relative pronoun too) and a past form ("the airline once operated",
        "who once ran"). Elsewhere "once" counts ("once a week", "only once", "once again") or
        opens a clause ("Once approved, the deal ...", "once the merger closes"), where it places
        nothing.
        """
        before = match.string[max(0, match.start() - 20):match.start()].split()
        after = match.string[match.end():match.end() + 20].split()
        previous = before[-1].lower() if before else ""
        following = after[0].lower() if after else ""
        cues = self.lex.tense
        if previous in cues.past | cues.present | cues.perfect_auxiliaries:
            return following not in _REPEATING  # "was once the largest", not "was once again"
        if previous in self.lex.relative_pronouns:  # "the minister, who once ran the bank"
            return is_past_form(following, cues)
        return (previous.isalpha() and previous not in self.lex.clause_breaks | _COUNTING
                and previous not in self.lex.rate_blockers and is_past_form(following, cues))

    def _former(self, match: re.Match[str], ctx: Context) -> Reading:
        """"once" as "formerly": PAST_REF, like "in the past"."""
        return self._reference_reading("PAST_REF", ctx)

    def _per_unit(self, match: re.Match[str]) -> bool:
        """"per" makes a frequency only with a unit ("per day"), not with "per Monday"; a
        holiday makes one only when it falls on a fixed day ("every Christmas", not "every
        Easter"), and takes no count or "other"."""
        holiday = self._fixed_holiday(_g(match, "unit"))
        if " ".join(_g(match, "unit").replace("’", "'").split()) in self.lex.holidays:
            return holiday is not None and _key(_g(match, "q")) != "per" \
                and not (_g(match, "num") or _g(match, "other"))
        return _key(_g(match, "q")) != "per" or self.lex.unit(_g(match, "unit")) is not None

    def _fixed_holiday(self, name: str | None) -> Holiday | None:
        """The holiday called ``name`` when it falls on a fixed day of the Gregorian year."""
        holiday = self.lex.holidays.get(" ".join((name or "").replace("’", "'").split()))
        return holiday if holiday is not None and holiday.month and holiday.day and not holiday.nth else None

    # ------------------------------------------------------------------ absolute dates
    def _iso_date(self, match: re.Match[str], ctx: Context) -> Reading:
        date = dt.date(int(_g(match, "y")), int(_g(match, "m")), int(_g(match, "d")))
        if _g(match, "H"):
            return date_reading(day(date), "absolute", "TIME", f"{date.isoformat()}T{_g(match, 'H')}:{_g(match, 'M')}")
        return date_reading(day(date), "absolute")

    def _named_date(self, match: re.Match[str], ctx: Context) -> Reading:
        date = self.lex.named_date_days[match.group("name").lower()]
        return date_reading(day(date), "named date")

    def _numeric_date(self, match: re.Match[str], ctx: Context) -> Reading | None:
        """"31/10/2008", "10/31/08", "on 10/31": day first unless the first number cannot be a day.

        A form without its year is a US habit (others write "31 Oct"), so there an ambiguous
        order is read month first, and the year is the one the context points to.
        """
        a, b = int(_g(match, "a")), int(_g(match, "b"))
        written, short = _g(match, "y"), _g(match, "yy")
        order = "month first" if a <= 12 < b or (not written and not short and b <= 12) else "day first"
        d, m = (b, a) if order == "month first" else (a, b)
        note = f"({order}{', ambiguous order' if a <= 12 and b <= 12 and a != b else ''})"

        def make(y: int) -> Period | None:
            try:
                return day(dt.date(y, m, d))
            except ValueError:
                return None

        if written or short:
            y = int(written) if written else 2000 + int(short) if int(short) < NEW_CENTURY_FROM else 1900 + int(short)
            found = make(y)
            return date_reading(found, f"absolute {note}") if found else None
        if m > 12 or d > 31:
            return None
        s, e = expression_span(match)
        reading = ctx.pick(s, e, make, self._unknown(f"XXXX-{m:02d}-{d:02d}"))
        return Reading(reading.type, reading.value, reading.start, reading.end, f"{reading.note} {note}",
                       reading.period)

    def _month_day(self, match: re.Match[str], ctx: Context) -> Reading | None:
        number, day_number = self._month_number(_g(match, "mon")), self._ordinal(_g(match, "day"))
        weekday = self._weekday_number(_g(match, "wd")) if _g(match, "wd") else None

        def make(y: int) -> Period | None:
            try:
                date = dt.date(y, number, day_number)
            except ValueError:
                return None
            if weekday is not None and date.isoweekday() != weekday:
                return None
            return day(date)

        if _g(match, "year"):  # a written year wins over a weekday that disagrees with it
            try:
                return date_reading(day(dt.date(int(_g(match, "year")), number, day_number)), "absolute")
            except ValueError:
                return None
        repeated = ctx.repeated_day(make)
        if repeated is not None:
            return date_reading(repeated, f"again, or the day after, a day dated {repeated.value[:4]} before")
        s, e = expression_span(match)
        unknown = self._unknown(f"XXXX-{number:02d}-{day_number:02d}")
        return ctx.pick(s, e, make, unknown)

    def _week_of_day(self, match: re.Match[str], ctx: Context) -> Reading | None:
        """"the week of September 20": the calendar week that holds the day, whose year the
        clause picks as for the day alone."""
        number = self._month_number(_g(match, "mon") or _g(match, "mon2"))
        day_number = int(_g(match, "day") or _g(match, "day2") or 0)

        def make(y: int) -> Period | None:
            try:
                return week_of(dt.date(y, number, day_number))
            except ValueError:
                return None

        if _g(match, "year"):
            found = make(int(_g(match, "year")))
            return date_reading(found, "absolute; the week holding the day") if found else None
        s, e = expression_span(match)
        return ctx.pick(s, e, make, self._unknown(f"XXXX-{number:02d}-{day_number:02d}"))

    def _part_of_named_day(self, match: re.Match[str], ctx: Context) -> Reading | None:
        """"the morning of October 5": the day as its own rule reads it, with the part of day."""
        if _g(match, "wd"):
            return self._weekday(match, ctx)
        reading = self._month_day(match, ctx)
        if reading is None:
            return None
        pod = self.lex.parts_of_day[_key(_g(match, "pod"))]
        return Reading("TIME", f"{reading.value}T{pod}", reading.start, reading.end, reading.note, reading.period)

    def _month_year(self, match: re.Match[str], ctx: Context) -> Reading | None:
        number = self._month_number(_g(match, "mon"))
        if _g(match, "year"):
            return date_reading(narrow(month(int(_g(match, "year")), number), self._modifier(match)), "absolute")
        unknown = self._anchor_or_unknown(ctx, f"XXXX-{number:02d}")
        if unknown:
            return unknown
        assert ctx.anchor.date is not None
        target = ctx.anchor.date.year + _RELATIVE[_key(_g(match, "rel"))]
        return date_reading(narrow(month(target, number), self._modifier(match)),
                            f"{ctx.anchor.describe()}; year {_key(_g(match, 'rel'))} year")

    def _month_of_year(self, match: re.Match[str], ctx: Context) -> Reading:
        """"July of that year": the month in the year the phrase after it counts back to."""
        number = self._month_number(_g(match, "mon"))
        year_number, note = self._relative_year(match, ctx)
        if year_number is None:
            return date_reading(self._unknown(f"XXXX-{number:02d}", "month"), note)
        return date_reading(narrow(month(year_number, number), self._modifier(match)), note)

    def _month(self, match: re.Match[str], ctx: Context) -> Reading | None:
        number = self._month_number(_g(match, "mon"))
        s, e = expression_span(match)
        rel = _key(_g(match, "rel"))
        explicit = self._explicit_direction(rel)
        if explicit is None and signal_before(match.string, s) == "since":
            explicit = "past"  # "since the June war": a stretch since it runs up to now, even when it names an event
        elif explicit is None and (self._modifies_noun(match.string, s, e) or self._after_determiner(match.string, s)):
            explicit = "nearest"
        reading = ctx.pick(s, e, lambda y: month(y, number), self._unknown(f"XXXX-{number:02d}", "month"),
                           explicit=explicit)
        if explicit is not None and ctx.anchor.date is not None and reading.start is not None:
            assert reading.end is not None
            if reading.start <= ctx.anchor.date <= reading.end and rel in ("last", "next", "this past", "this coming"):
                step = -1 if explicit == "past" else 1
                moved = month(reading.start.year + step, number)
                reading = date_reading(moved, reading.note + " (not the current month)")
        return self._narrowed(reading, self._modifier(match))

    @staticmethod
    def _relative_year(match: re.Match[str], ctx: Context) -> tuple[int | None, str]:
        """The year of "of next year" (counted from the anchor) or "of that year" (the previous
        expression's, as for "that year" alone), and a note; ``None`` when that year is unknown."""
        rel = _key(_g(match, "yrel"))
        from_anchor = rel in ("next", "last", "this")
        base, note = (ctx.anchor.date, ctx.anchor.describe()) if from_anchor else ctx.anaphor("year")
        if base is None:
            return None, f"{note}: year unknown"
        return base.year + _YEAR_STEPS.get(rel, 0), f"{note}; {rel} year"

    def _fiscal_year(self, match: re.Match[str], ctx: Context) -> Reading:
        """"fiscal 2008", "FY09", "the current financial year": TIMEX3 ``FY2008``, without bounds.

        Fiscal years start in a different month for each company and state, so no interval
        is claimed; without a written year the anchor's year is counted from.
        """
        written = _g(match, "year") or _g(match, "year2") or _g(match, "short")
        if written:
            number = int(written) if len(written) == 4 else 2000 + int(written)
            return Reading("DATE", f"FY{number}", None, None, "absolute")
        closing = _FISCAL_CLOSE.match(match.string, match.end())
        if closing and not _g(match, "rel"):  # "the fiscal year ending March 31, 2009": named by the year it ends
            return Reading("DATE", f"FY{closing.group('year')}", None, None, "the year the fiscal year ends in")
        if ctx.anchor.date is None:
            return Reading("DATE", "FYXXXX", None, None, "anchor unknown: kept what the text fixes")
        rel = _key(_g(match, "rel"))
        number = ctx.anchor.date.year + _RELATIVE.get(rel, 0)
        return Reading("DATE", f"FY{number}", None, None, f"{ctx.anchor.describe()}; {rel or 'this'} fiscal year")

    def _year(self, match: re.Match[str], ctx: Context) -> Reading:
        return self._narrowed(date_reading(year(int(_g(match, "year"))), "absolute"), self._modifier(match))

    def _narrowed(self, reading: Reading | None, modifier: str | None) -> Reading | None:
        if reading is None or modifier is None or reading.period is None:
            return reading
        value = reading.value
        if modifier == "MID" and value is not None and re.fullmatch(r"\d{4}", value):
            value = f"{value}-06-XX"  # "mid-2011": MEANTIME's annotators write the year's June, day unknown
        return date_reading(narrow(reading.period, modifier), f"{reading.note}; {modifier.lower()} part",
                            reading.type, value)

    def _modifies_noun(self, text: str, start: int, end: int) -> bool:
        """Does the period modify a noun of ``attributive_nouns`` ("for September delivery",
        "fourth quarter results")? Then it names what a figure or contract is for, and the
        tense of the verb (that dates the report or the trade) must not choose its year. A
        preposition before it ("in March sales rose") makes it an adverbial after all."""
        following = _NEXT_WORD.match(text, end)
        if following is None or following.group(1).lower() not in self.lex.attributive_nouns:
            return False
        before = text[max(0, start - 16):start].split()
        return not (before and before[-1].lower() in self.lex.month_context_words)

    def _after_determiner(self, text: str, start: int) -> bool:
        """Does a determiner or possessive stand right before a month ("its January traffic",
        "the February report")? A month there modifies the noun after it (see :meth:`_modifies_noun`)."""
        before = text[max(0, start - 16):start].split()
        return bool(before) and before[-1].lower() in self.lex.determiners

    @staticmethod
    def _explicit_direction(rel: str) -> Direction | None:
        if rel in ("last", "this past", "past"):
            return "past"
        if rel in ("next", "this coming", "coming"):
            return "future"
        if rel == "this":
            return "nearest"
        return None

    # ------------------------------------------------------------------ days and weeks
    def _weekday(self, match: re.Match[str], ctx: Context) -> Reading:
        number = self._weekday_number(_g(match, "wd"))
        part = _g(match, "pod") or _g(match, "lead")
        pod = self.lex.parts_of_day[_key(part)] if part else None
        kind = "TIME" if pod else "DATE"
        suffix = f"T{pod}" if pod else ""
        if ctx.anchor.date is None:
            return date_reading(self._unknown(f"XXXX-WXX-{number}"), "anchor unknown: kept what the text fixes",
                                kind, f"XXXX-WXX-{number}{suffix}")
        anchor = ctx.anchor.date
        rel = _key(_g(match, "rel"))
        if rel.startswith("the "):
            return self._anaphoric_weekday(ctx, number, rel, kind, suffix)
        explicit = self._explicit_direction(rel)
        offsets = range(-7, 8)
        if rel in ("last", "this past", "past", "next", "this coming", "coming"):
            offsets = range(-7, 0) if explicit == "past" else range(1, 8)
        candidates = [day(anchor + dt.timedelta(days=k)) for k in offsets
                      if (anchor + dt.timedelta(days=k)).isoweekday() == number]
        if rel == "this":
            candidates = [c for c in candidates if c.start and week_start(c.start) == week_start(anchor)]
        if explicit is not None:
            direction, why = explicit, f"explicit {rel}"
        else:
            direction, why = ctx.direction(*expression_span(match))
            if direction != "past" and _POSSESSIVE.match(match.string, match.end()):
                direction, why = "nearest", f"{why}; possessive: an event's day, the nearest one"
        chosen = choose(candidates, anchor, direction)
        assert chosen is not None
        if chosen.start == anchor:
            why += "; same weekday as the anchor: that day"
        return date_reading(chosen, f"{ctx.anchor.describe()}; {why}", kind, chosen.value + suffix)

    @staticmethod
    def _anaphoric_weekday(ctx: Context, number: int, rel: str, kind: TimexType, suffix: str) -> Reading:
        """"The following Monday" after "on March 3": the first such day after (or, for "the
        previous Friday", before) the day of the previous expression, else of the anchor."""
        base, note = ctx.anaphor("day", reach=True)
        assert base is not None  # the anchor is known here
        step = _STEPS[rel.split()[-1]]
        days = (base + dt.timedelta(days=step * k) for k in range(1, 8))
        chosen = day(next(d for d in days if d.isoweekday() == number))
        return date_reading(chosen, f"{note}; {rel}", kind, chosen.value + suffix)

    def _relative_day(self, match: re.Match[str], ctx: Context) -> Reading:
        entry = self.lex.relative_days.get(_key(_g(match, "word")))
        offset = entry.offset if entry else 0
        pod = self.lex.parts_of_day[_key(_g(match, "pod"))] if _g(match, "pod") else (entry.part if entry else None)
        kind = "TIME" if pod else "DATE"
        suffix = f"T{pod}" if pod else ""
        if ctx.anchor.date is None:
            return date_reading(self._unknown("XXXX-XX-XX"), "anchor unknown: kept what the text fixes",
                                kind, "XXXX-XX-XX" + suffix)
        previous = ctx.previous.start if ctx.previous is not None else None
        if offset == 0 and not pod and ctx.anchor.source.startswith("lede date") and previous is not None \
                and previous.year > ctx.anchor.date.year + 1:
            # an undated story told years on from its first date: "today" is the writer's present
            return Reading("DATE", "PRESENT_REF", None, None,
                           f"present ref: the story has moved past {ctx.anchor.describe()} to {previous.isoformat()}")
        note = ""
        if entry and entry.through and offset < 0:
            # "the search will continue overnight": the night ahead, from the anchor's day
            direction, why = ctx.direction(*expression_span(match))
            if direction == "future":
                offset, note = offset + 1, f"; {why}"
        chosen = day(ctx.anchor.date + dt.timedelta(days=offset))
        if entry and entry.through and chosen.start:
            chosen = Period(chosen.value, chosen.start, chosen.start + dt.timedelta(days=entry.through),
                            chosen.precision)
        return date_reading(chosen, f"{ctx.anchor.describe()}; {offset:+d} day(s){note}", kind, chosen.value + suffix)

    def _relative_unit(self, match: re.Match[str], ctx: Context, rel: str | None = None) -> Reading | None:
        unit = _key(_g(match, "unit"))
        rel = rel or _key(_g(match, "rel"))
        unknown = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX",
                   "year": "XXXX", "decade": "XXX", "century": "XX"}[unit]
        missing = self._anchor_or_unknown(ctx, unknown)
        if missing:
            return missing
        anchor = ctx.anchor.date
        assert anchor is not None
        if rel == "the" and unit == "weekend" and not _g(match, "mod"):
            direction, why = ctx.direction(*expression_span(match))
            weekends = [period_of(anchor + dt.timedelta(weeks=k), "weekend") for k in (-1, 0, 1)]
            chosen = choose(weekends, anchor, direction)
            assert chosen is not None
            return date_reading(chosen, f"{ctx.anchor.describe()}; {why}")
        step = _RELATIVE.get(rel, 0)
        if rel == "this" and unit == "weekend" and anchor.weekday() < 5 and not _g(match, "mod") \
                and ctx.direction(*expression_span(match))[0] == "past":
            step, rel = -1, "\"this\" in a past clause: the last"  # "analysed a specimen this weekend" on a Tuesday
        if rel == "the new":  # "early in the new year": the year about to start, or the one just begun
            step = 1 if anchor.month >= NEW_YEAR_FROM_MONTH else 0
        shift_unit = "week" if unit == "weekend" else unit
        chosen = period_of(shift(anchor, shift_unit, step), unit)
        note = f"{ctx.anchor.describe()}; {rel} {unit}"
        pre = _key(_g(match, "pre"))
        if pre and chosen.start and chosen.end:  # "later this year": from the anchor on
            bounds = (anchor, chosen.end) if pre == "later" else (chosen.start, anchor)
            value = chosen.value
            if pre == "later" and unit == "year" and step == 0:
                # the smallest calendar part that holds the rest of the year ("later this year"
                # in October is the fourth quarter, in August the second half)
                value = quarter(anchor.year, 4).value if anchor.month >= 10 \
                    else half(anchor.year, 2).value if anchor.month >= 7 else value
            chosen = Period(value, *bounds, chosen.precision)
            note += f", {pre} part"
        return self._narrowed(date_reading(chosen, note), self._modifier(match))

    def _quarter(self, match: re.Match[str], ctx: Context) -> Reading | None:
        unit = _key(_g(match, "unit"))
        count = 4 if unit == "quarter" else 2
        number = self._ordinal(_g(match, "ord"))
        number = count if number == -1 else number
        if not 1 <= number <= count:
            return None
        make = quarter if unit == "quarter" else half
        if unit == "half" and not (_g(match, "year") or _g(match, "rel") or _g(match, "the") or _g(match, "fiscal")) \
                and self._match_report(match.string):
            return None  # "scored in the second half": a game's half
        if _g(match, "fiscal"):
            return self._fiscal_part(match, ctx, "Q" if unit == "quarter" else "H", number)
        if _g(match, "year"):
            return date_reading(make(int(_g(match, "year")), number), "absolute")
        letter = "Q" if unit == "quarter" else "H"
        missing = self._anchor_or_unknown(ctx, f"XXXX-{letter}{number}")
        if missing:
            return missing
        anchor = ctx.anchor.date
        assert anchor is not None
        if _g(match, "rel") or _g(match, "the"):
            target = anchor.year + _RELATIVE.get(_key(_g(match, "rel")), 0)
            return date_reading(make(target, number), f"{ctx.anchor.describe()}; {_key(_g(match, 'rel')) or 'this'} year")
        if _key(_g(match, "ord")) == "last":  # "(the) last quarter": the one before the anchor's
            previous = period_of(shift(anchor, unit, -1), unit)
            return date_reading(previous, f"{ctx.anchor.describe()}; the last complete {unit}")
        s, e = expression_span(match)
        hyphenated = "-" in match.string[match.end("ord"):match.start("unit")]
        attributive = hyphenated or self._modifies_noun(match.string, s, e) or _results_for(match.string, s)
        return ctx.pick(s, e, lambda y: make(y, number), self._unknown(f"XXXX-{letter}{number}"),
                        explicit="nearest" if attributive else None)

    def _fiscal_part(self, match: re.Match[str], ctx: Context, letter: str, number: int) -> Reading:
        """"the fiscal fourth quarter": TIMEX3 ``FY2009-Q4``, without bounds (like a fiscal year).

        Without a written year it is the fiscal year named by the anchor's year (plus "last" or
        "next"): companies report a fiscal quarter within weeks of its end, and most name a
        fiscal year by the calendar year it ends in.
        """
        if _g(match, "year"):
            return Reading("DATE", f"FY{int(_g(match, 'year'))}-{letter}{number}", None, None, "absolute")
        if ctx.anchor.date is None:
            return Reading("DATE", f"FYXXXX-{letter}{number}", None, None, "anchor unknown: kept what the text fixes")
        rel = _key(_g(match, "rel"))
        year = ctx.anchor.date.year + _RELATIVE.get(rel, 0)
        return Reading("DATE", f"FY{year}-{letter}{number}", None, None,
                       f"{ctx.anchor.describe()}; {rel or 'this'} fiscal year")

    def _part_of_period(self, match: re.Match[str], ctx: Context) -> Reading | None:
        """"the first nine months of 2008": a DATE, the stretch at one edge of a year or month.

        Its value is the quarter or half it coincides with ("the last three months of 2009" is
        2009-Q4), else the year or month it is part of, as TimeML gives the containing period
        (with a START or END modifier) for a part that has no value of its own; the bounds
        are exact.
        """
        container = self._container(match, ctx)
        if container is None or container.start is None or container.end is None:
            return None
        unit = self.lex.unit_name(_g(match, "unit"))
        first = _key(_g(match, "edge")) == "first"
        if _g(match, "num") is None:  # "the final weeks of 2008": the containing period, bounded to its edge third
            edge = narrow(container, "START" if first else "END")
            return date_reading(edge, f"{container.value}; {_key(match.group())}")
        count = self._number(_g(match, "num"))
        if count is None or count != int(count) or count < 1:
            return None
        if first:
            start, end = container.start, shift(container.start, unit, int(count)) - dt.timedelta(days=1)
        else:
            start, end = shift(container.end + dt.timedelta(days=1), unit, -int(count)), container.end
        if not container.start <= start <= end <= container.end:
            return None
        value, precision = container.value, container.precision
        if container.precision == "year" and unit == "month" and int(count) in _EDGE_PERIODS:
            # the quarter's precision too: "down 16 percent from a year earlier" then compares quarters
            edge = _EDGE_PERIODS[int(count)](container.start.year, 1 if first else 12 // int(count))
            value, precision = edge.value, edge.precision
        return date_reading(Period(value, start, end, precision), f"{container.value}; {_key(match.group())}")

    def _container(self, match: re.Match[str], ctx: Context) -> Period | None:
        """The year or month that :meth:`_part_of_period` takes a part of."""
        if _g(match, "year"):
            return year(int(_g(match, "year")))
        if _g(match, "mon"):
            number = self._month_number(_g(match, "mon"))
            if _g(match, "myear"):
                return month(int(_g(match, "myear")), number)
            s, e = expression_span(match)
            return ctx.pick(s, e, lambda y: month(y, number), self._unknown(f"XXXX-{number:02d}", "month")).period
        if ctx.anchor.date is None:
            return None
        return year(ctx.anchor.date.year + _RELATIVE.get(_key(_g(match, "rel")), 0))

    def _period_ended(self, match: re.Match[str], ctx: Context) -> Reading | None:
        """"the quarter that ended on June 26": the quarter (week, half, month, year) holding that day.

        Companies close reporting periods on odd days; the day names the period, and is
        also an expression of its own. Only "the quarter" is the span, as in TimeML. Without
        a day ("the quarter that ended in September") the month names it.
        """
        day_reading = self._month_day(match, ctx) if _g(match, "day") else self._named_month(match, ctx)
        if day_reading is None:
            return None
        unit = _key(_g(match, "unit"))
        if day_reading.start is None:  # no anchor: the period within an unknown year
            number = self._month_number(_g(match, "mon"))
            date = dt.date(2000, number, 1)
            value = "XXXX" + period_of(date, unit).value[4:]
            return date_reading(self._unknown(value, unit), day_reading.note)
        return date_reading(period_of(day_reading.start, unit), f"{day_reading.note}; the {unit} holding it")

    def _named_month(self, match: re.Match[str], ctx: Context) -> Reading:
        """The month of group ``mon``, in group ``year`` if written, else the one the tense picks."""
        number = self._month_number(_g(match, "mon"))
        if _g(match, "year"):
            return date_reading(month(int(_g(match, "year")), number), "absolute")
        s, e = expression_span(match)
        return ctx.pick(s, e, lambda y: month(y, number), self._unknown(f"XXXX-{number:02d}", "month"))

    def _nth_weekday_of_month(self, match: re.Match[str], ctx: Context) -> Reading | None:
        """"the first Tuesday of December": one day, in the year the tense picks when none is written
        (read as a whole, not as a Tuesday and a December apart)."""
        nth = self._ordinal(_g(match, "ord") or "")
        if not (nth == -1 or 1 <= nth <= 5):
            return None
        number, weekday = self._month_number(_g(match, "mon")), self._weekday_number(_g(match, "wd"))

        def make(year_number: int) -> Period | None:
            found = nth_weekday(year_number, number, weekday, nth)
            return day(found) if found else None

        if _g(match, "year"):
            period = make(int(_g(match, "year")))
            return date_reading(period, "absolute") if period else None
        s, e = expression_span(match)
        return ctx.pick(s, e, make, self._unknown(f"XXXX-{number:02d}-XX"))

    def _week_of_month(self, match: re.Match[str], ctx: Context) -> Reading | None:
        """"the last week of March": the ISO week holding the middle of that seven-day stretch."""
        nth = self._ordinal(_g(match, "ord") or "")
        if not (nth == -1 or 1 <= nth <= 4):
            return None
        reading = self._named_month(match, ctx)
        if reading.start is None or reading.end is None:
            return date_reading(self._unknown("XXXX-WXX", "week"), reading.note)
        middle = reading.end - dt.timedelta(days=3) if nth == -1 else reading.start + dt.timedelta(days=7 * nth - 4)
        return date_reading(period_of(middle, "week"), f"{reading.note}; week {nth if nth > 0 else 'last'} of the month")

    def _month_quarter(self, match: re.Match[str], ctx: Context) -> Reading | None:
        """"the December quarter" (how some companies name reporting periods): calendar Q4."""
        number = self._month_number(_g(match, "mon")) // 3
        if _g(match, "year"):
            return date_reading(quarter(int(_g(match, "year")), number), "absolute")
        s, e = expression_span(match)
        explicit: Direction | None = "nearest" if _results_for(match.string, s) else None
        return ctx.pick(s, e, lambda y: quarter(y, number), self._unknown(f"XXXX-Q{number}", "quarter"),
                        explicit=explicit)

    def _period_end(self, match: re.Match[str], ctx: Context) -> Reading | None:
        """"year-end": the current year (month, quarter), its last third as bounds."""
        unit = _key(_g(match, "unit") or _g(match, "unit2"))
        missing = self._anchor_or_unknown(ctx, {"year": "XXXX", "month": "XXXX-XX", "quarter": "XXXX-QX"}[unit])
        if missing:
            return missing
        assert ctx.anchor.date is not None
        return self._narrowed(date_reading(period_of(ctx.anchor.date, unit), f"{ctx.anchor.describe()}; this {unit}"),
                              "END")

    def _quarter_code(self, match: re.Match[str], ctx: Context) -> Reading | None:
        code = _g(match, "code").upper()
        make = quarter if code[0] == "Q" else half
        number = int(code[1])
        if _g(match, "year"):
            return date_reading(make(int(_g(match, "year")), number), "absolute")
        s, e = expression_span(match)
        # "Q3 earnings", "H1 results": the period a figure is for, as "third-quarter results"
        attributive = self._modifies_noun(match.string, s, e) or _results_for(match.string, s)
        return ctx.pick(s, e, lambda y: make(y, number), self._unknown(f"XXXX-{code}"),
                        explicit="nearest" if attributive else None)

    # ------------------------------------------------------------------ durations and shifts
    def _unit(self, match: re.Match[str]) -> tuple[str, Unit]:
        name = self.lex.unit_name(_g(match, "unit"))
        return name, self.lex.units[name]

    def _duration_value(self, amount: float | None, unit: Unit) -> str:
        """TIMEX3 duration: ``P6M``, ``PT12H``, ``PXY``; fractions move to a smaller unit."""
        time = "T" if unit.time else ""
        if amount is None:
            return f"P{time}X{unit.code}"
        total = amount * unit.factor
        code, is_time = unit.code, unit.time
        while total != int(total) and (code, is_time) in _SMALLER_UNIT:
            factor, code, is_time = _SMALLER_UNIT[(code, is_time)]
            total *= factor
        number = int(total) if total == int(total) else round(total, 2)
        return f"P{'T' if is_time else ''}{number}{code}"

    def _duration(self, match: re.Match[str], ctx: Context) -> Reading:
        name, unit = self._unit(match)
        amount = self._amount(match)
        return Reading("DURATION", self._duration_value(amount, unit), None, None, f"{_count(amount)} {name}(s)")

    def _ascending_range(self, match: re.Match[str]) -> bool:
        """A range's bounds rise ("two or three days"); a larger number first is another
        quantity beside a duration ("fines of 44,000 and 12 months in jail")."""
        low, high = self._number(_g(match, "num")), self._number(_g(match, "num2"))
        return low is not None and high is not None and low < high

    def _smaller_second_unit(self, match: re.Match[str]) -> bool:
        """"an hour and 20 minutes" is one measure; "24 hours and seven days" is two."""
        first, second = self.lex.unit_name(_g(match, "unit")), self.lex.unit_name(_g(match, "unit2"))
        return _UNIT_ORDER.index(second) < _UNIT_ORDER.index(first) and self._duration_ok(match)

    def _compound_duration(self, match: re.Match[str], ctx: Context) -> Reading | None:
        """One DURATION of two units: ``PT1H20M``, ``P2Y3M`` (ISO order, time units after ``T``)."""
        parts: dict[tuple[bool, str], float] = {}
        for num, unit_group in ((self._amount(match), "unit"), (self._number(_g(match, "num2")), "unit2")):
            name = self.lex.unit_name(_g(match, unit_group))
            unit = self.lex.units[name]
            if num is None or num * unit.factor != int(num * unit.factor):
                return None
            key = (unit.time, unit.code)
            parts[key] = parts.get(key, 0) + num * unit.factor
        date = "".join(f"{int(parts[(False, c)])}{c}" for c in "YMWD" if (False, c) in parts)
        time = "".join(f"{int(parts[(True, c)])}{c}" for c in "HMS" if (True, c) in parts)
        value = f"P{date}{'T' + time if time else ''}"
        return Reading("DURATION", value, None, None, "a measure in two units")

    def _duration_word(self, match: re.Match[str], ctx: Context) -> Reading | None:
        if self._before_noun(match, self.lex.occasion_nouns, 2):
            return None  # "the annual Macworld show": a recurring occasion, no measure
        return Reading("DURATION", self.lex.duration_words[_key(_g(match, "word"))], None, None, "duration word")

    @staticmethod
    def _before_noun(match: re.Match[str], nouns: tuple[str, ...], reach: int) -> bool:
        """Is one of ``nouns`` among the ``reach`` words right after the match (on its line)?"""
        line = match.string[match.end():match.end() + 60].split("\n")[0]
        words = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*|[^\w\s]", line)
        head = []
        for word in words[:reach]:
            if not word[0].isalnum():
                break
            head.append(word.lower())
        return any(" ".join(head[k:k + len(noun.split())]) == noun for noun in nouns for k in range(len(head)))

    def _anchored_duration(self, match: re.Match[str], ctx: Context) -> Reading | None:
        """"the past decade", "the last week", "the next two weeks": a duration ending or starting at the anchor.

        "the previous/following week" and "the next day" (no number) are dates counted from
        the previous expression, as in narratives.
        """
        name, unit = self._unit(match)
        direction = _key(_g(match, "dir"))
        amount = self._amount(match) if _g(match, "num") else (None if _g(match, "unit").lower().endswith("s") else 1.0)
        anaphoric = direction in _ANAPHORIC_DIRECTIONS or (
            direction == "next" and (name == "day" or self._narrative_next(match, ctx)))
        if anaphoric and not _g(match, "num") and name in _CALENDAR_UNITS:
            return self._shift_from_anaphor(match, ctx, name, 1 if direction in ("following", "next") else -1)
        if self._last_calendar_unit(match, ctx, name, direction):
            return self._relative_unit(match, ctx, rel="last")
        value = self._duration_value(amount, unit)
        forward = direction in ("next", "coming", "following")
        base, base_note = (ctx.anaphor(name) if direction in _ANAPHORIC_DIRECTIONS
                           else (ctx.anchor.date, ctx.anchor.describe()))
        if base is None:
            return Reading("DURATION", value, None, None, f"{base_note}; interval unknown")
        if amount is None:
            start, end = (base, None) if forward else (None, base)
        else:
            other = move(base, name, amount if forward else -amount)
            start, end = (base, other) if forward else (other, base)
        return Reading("DURATION", value, start, end, f"{base_note}; {'from' if forward else 'up to'} it")

    def _after_extent_preposition(self, match: re.Match[str]) -> bool:
        """Does a preposition of extent ("in", "over", "within" ...) stand right before the match?"""
        before = match.string[max(0, match.start() - 16):match.start()].split()
        return bool(before) and before[-1].lower() in self.lex.extent_prepositions

    def _narrative_next(self, match: re.Match[str], ctx: Context) -> bool:
        """Is "the next year" a step of a past narrative ("bought shares in 1999; the next year
        it bought more", the year after) rather than a stretch from now ("over the next year")?
        It is when no preposition of extent comes before it and its clause is in the past."""
        if self._after_extent_preposition(match):
            return False
        return ctx.tense(match.string, *expression_span(match)).tense == "past"

    def _last_calendar_unit(self, match: re.Match[str], ctx: Context, name: str, direction: str) -> bool:
        """Is "the last year" the previous calendar year (as "last year") rather than the past twelve months?

        It is a stretch up to now after a preposition of extent ("in", "over" the last year) or
        in a perfect state or progressive ("has been struggling for the last year"); otherwise,
        as in "has posted a profit for the last year", it names the last complete period, like
        "the last quarter".
        """
        if direction != "last" or _g(match, "num") or name not in _LAST_PERIOD_UNITS \
                or _g(match, "unit").lower().endswith("s"):
            return False
        if self._after_extent_preposition(match):
            return False
        cue = (ctx.tense(match.string, *expression_span(match)).cue or "").split(" ")
        if cue[0] not in self.lex.tense.perfect_auxiliaries:
            return True
        clause = match.string[max(0, match.start() - 60):match.start()].lower().split()
        return "been" not in clause[-WINDOW_BEEN:]

    def _recent_units(self, match: re.Match[str], ctx: Context) -> Reading:
        future = "coming" in _key(_g(match, "dir"))
        return self._reference_reading("FUTURE_REF" if future else "PAST_REF", ctx)

    def _ago(self, match: re.Match[str], ctx: Context) -> Reading:
        """"two years ago": the measure "two years" is a DURATION (P2Y) running up to the anchor.

        This is the MEANTIME (NewsReader) convention: "ago" is a signal outside the span, and
        the date it implies (two years before the anchor) is the start of the interval. That
        date is also kept as the reading's period, so that "a day later" can count from it
        and :mod:`lapwing.eventdate` can date an event "begun two years ago".
        """
        name, unit = self._unit(match)
        amount = self._amount(match)
        value = self._duration_value(amount, unit)
        anchor = ctx.anchor.date
        if amount is None or anchor is None:
            return Reading("DURATION", value, None, anchor, f"{ctx.anchor.describe()}; up to it")
        date = move(anchor, name, -amount)
        return Reading("DURATION", value, date, anchor, f"{ctx.anchor.describe()}; {amount:g} {name}(s) back",
                       period_of(date, granularity(name)))

    def _later_earlier(self, match: re.Match[str], ctx: Context) -> Reading | None:
        """"two days later", "minutes later": counted from the previous expression.

        Less than a day of clock time ("an hour later", "minutes later") stays on the day
        counted from; a vague count of longer units is only a past or future reference. A
        month (quarter) counts from the reporting period, not from the statement's day after
        it: "sales rose in May, the department said on Wednesday. They had fallen a month
        earlier" is April.
        """
        name = self.lex.unit_name(_g(match, "unit") or _g(match, "units"))
        unit = self.lex.units[name]
        amount = self._amount(match) if _g(match, "unit") else None
        if _g(match, "than"):
            return self._delay(ctx, amount, unit, name)
        sign = -1 if _key(_g(match, "dir")) == "earlier" else 1
        base, note = ctx.period_anaphor(granularity(name), reach=True)
        if base is not None and unit.time and (amount is None or amount * _SECONDS[name] < 86400):
            return date_reading(day(base), f"{note}; within the day")
        if amount is None or base is None:
            return self._reference_reading("PAST_REF" if sign < 0 else "FUTURE_REF", ctx)
        reporting = self._reporting_period_shifted(ctx, name, sign * amount) if sign < 0 else None
        if reporting is not None:
            return reporting
        date = move(base, name, sign * amount)
        return date_reading(period_of(date, self._counted_granularity(ctx, name, base, sign)),
                            f"{note}; {amount:g} {name}(s) {'back' if sign < 0 else 'on'}")

    def _match_report(self, text: str) -> bool:
        """Whether ``text`` reports a game: two or more of its words are ``game_words``."""
        return sum(w in self.lex.game_words for w in re.findall(r"[\w-]+", text.lower())) >= _GAME_WORDS

    def _offset(self, match: re.Match[str], ctx: Context) -> Reading:
        """"four hours earlier", "two days later": the measure is a DURATION, "later" a signal
        outside the span, as "ago" is in MEANTIME's convention. The date it counts to (see
        :meth:`_later_earlier`) bounds it and stays its period, so that the narrative and
        :mod:`lapwing.eventdate` go on from there."""
        dated = self._later_earlier(match, ctx)
        unit = self.lex.units[self.lex.unit_name(_g(match, "unit") or _g(match, "units"))]
        value = self._duration_value(self._amount(match) if _g(match, "unit") else None, unit)
        if dated is None or dated.period is None:
            return Reading("DURATION", value, None, None, dated.note if dated else "no date to count from")
        return Reading("DURATION", value, dated.start, dated.end, dated.note, dated.period)

    @staticmethod
    def _counted_granularity(ctx: Context, unit: str, base: dt.date, sign: int) -> str:
        """The period a date counted from ``base`` is named by: whole weeks on from a named day
        ("made an offer on August 12 and a bid a week later") land on the day of the next act.
        Back from it they stay a week: "closed at $12 on Friday, down from $14 a week earlier"
        compares a figure with the week before, as weekly statistics do."""
        previous = ctx.previous.period if ctx.previous is not None else None
        if unit == "week" and sign > 0 and previous is not None and previous.precision == "day" \
                and previous.start == base:
            return "day"
        return granularity(unit)

    def _delay(self, ctx: Context, amount: float | None, unit: Unit, name: str) -> Reading:
        """"(in 2012,) two years later than planned": a delay against a plan, so the date is
        the one the text just gave, not two years after it; with no date before it, only
        the measure of the delay is known."""
        previous = ctx.previous
        if previous is not None and previous.period is not None:
            return date_reading(previous.period, f"previous expression {previous.value}; a delay against a plan")
        return Reading("DURATION", self._duration_value(amount, unit), None, None, f"a delay of {_count(amount)} {name}(s)")

    @staticmethod
    def _reporting_period_shifted(ctx: Context, unit: str, years: float) -> Reading | None:
        """"a year earlier" after "the third quarter": the same quarter (month, season) a year
        back, as results are compared with the year before; ``None`` otherwise. The reading is a
        comparison, so the narrative stays on the period it compares."""
        previous = ctx.reporting_period()
        if unit != "year" or years != int(years) or previous is None:
            return None
        if previous.period is None:  # a fiscal period has a value but no bounds: shift the value
            fiscal = _year_earlier(previous.value, -int(years)) if previous.value.startswith("FY") else None
            return _comparison(Reading("DATE", fiscal, None, None, f"reporting period {previous.value}; "
                                       f"{int(years):+d} year(s)")) if fiscal else None
        period = previous.period
        value = _year_earlier(period.value, -int(years))
        if value is None or period.start is None or period.end is None:
            return None
        moved = Period(value, shift(period.start, "year", int(years)), shift(period.end, "year", int(years)),
                       period.precision)
        return _comparison(date_reading(moved, f"reporting period {period.value}; {int(years):+d} year(s)"))

    def _anaphoric_unit(self, match: re.Match[str], ctx: Context) -> Reading | None:
        name = _key(_g(match, "unit"))
        pod = self.lex.parts_of_day.get(name)
        direction = _key(_g(match, "dir")) if _g(match, "dir") else "that"
        step = _STEPS.get(direction, 0)
        apposed = ctx.apposed(match.start(), name) if step == 0 and not pod else None
        if step == 0 and not pod and not _g(match, "that") and not _g(match, "pre") \
                and (own := self._own_period(match, ctx, name)) is not None:
            return self._narrowed(own, self._modifier(match))
        if step == 0 and not pod and not _g(match, "that") and not _g(match, "pre") and self._kind_of_period(match):
            return None
        if apposed is not None and apposed.period is not None:
            return self._narrowed(date_reading(apposed.period, f"apposed to {apposed.value}"), self._modifier(match))
        reading = self._narrowed(self._shift_from_anaphor(match, ctx, "day" if pod else name, step),
                                 self._modifier(match))
        if reading is None or not pod:
            return reading
        return Reading("TIME", f"{reading.value}T{pod}", reading.start, reading.end, reading.note, reading.period)

    def _kind_of_period(self, match: re.Match[str]) -> bool:
        """"story of the week", "Person of the Year", "the first game of the day", "hours of the
        day": after "of" and a noun that is no part of a period, "the week" says what kind of
        thing that is, not when (a superlative's record, "the busiest day of the week", is read
        before this)."""
        before = match.string[max(0, match.start() - 30):match.start()].split()
        return len(before) >= 2 and before[-1].lower() == "of" and before[-2].isalpha() \
            and before[-2].lower() not in self.lex.period_parts

    def _own_period(self, match: re.Match[str], ctx: Context, name: str) -> Reading | None:
        """"the year" that is not a year the text named before: ``None`` unless

        * a superlative governs it ("one of its worst sessions of the year", "the busiest day of
          the week"): a record within the period the sentence (else the article) is on, however
          far back the previous expression reached ("20 years after the crash of 1987");
        * it is "the full (whole, entire) year" after a quarter or half year: the year that
          quarter belongs to, whose full-year figures are reported or forecast.
        """
        before = match.string[max(0, match.start() - 60):match.start()]
        if _SUPERLATIVE_OF.search(before) and re.search(
                rf"\b{alternation(self.lex.superlatives)}\b", _SUPERLATIVE_OF.search(before).group(), re.IGNORECASE):
            date, note = ctx.day_in_sentence(match.start(), name)
            if date is None:
                date, note = ctx.anchor.date, ctx.anchor.describe()
            return date_reading(period_of(date, name), f"{note}; a record within its {name}") if date else None
        whole = {w.lower() for w in self.lex.whole_period_words}
        if name == "year" and whole & set(match.group().lower().split()):
            for reading in reversed(ctx.narrative):
                if reading.period is not None and reading.period.precision == "quarter" and reading.start is not None:
                    return date_reading(year(reading.start.year), f"the year of {reading.period.value}")
        return None

    def _record_period(self, match: re.Match[str], ctx: Context) -> Reading | None:
        """"had their worst day in two decades on Monday": the day (week, month ...) of a date
        the sentence names ("its best month since 1991 in April"), which often comes after
        the superlative; else the period the narrative is on. Resolved late, once the
        sentence's dates are known."""
        unit = _key(_g(match, "unit"))
        date, note = ctx.day_in_sentence(match.start(), unit)
        if date is None:
            return self._anaphoric_unit(match, ctx)
        return date_reading(period_of(date, unit), f"{note}; its {unit}")

    def _same_period(self, match: re.Match[str], ctx: Context) -> Reading | None:
        """"the same period last year": the previous expression's period (a quarter, a fiscal
        year, a month) one year earlier; without one, the anchor's ``unit`` a year back.

        When the previous expression is only a statement's day ("a first-quarter profit on
        Monday, compared with ... in the same quarter last year") or a period's closing day
        ("the three months ended June 30 ... the year-earlier period"), the period compared is
        the latest reporting period, as for "a year earlier"."""
        previous = ctx.reporting_period() or ctx.previous
        previous = self._closed_span(ctx, previous) or previous
        if _g(match, "year"):
            return self._same_period_in(int(_g(match, "year")), previous)
        if previous is not None and (shifted := _year_earlier(previous.value)):
            start, end = (shift(d, "year", -1) if d else None for d in (previous.start, previous.end))
            note = f"previous expression {previous.value}; a year earlier"
            return _comparison(Reading("DATE", shifted, start, end, note))
        unit = _key(_g(match, "unit") or _g(match, "unit2"))
        unit = unit if unit in ("quarter", "month", "week", "day") else "year"
        if ctx.anchor.date is None:
            return self._anchor_or_unknown(ctx, "XXXX")
        return _comparison(date_reading(period_of(shift(ctx.anchor.date, "year", -1), unit),
                                        f"no previous expression; {ctx.anchor.describe()}; this {unit} a year earlier"))

    def _closed_span(self, ctx: Context, previous: Reading | None) -> Reading | None:
        """The quarter (half year) that "the three (six) months ended June 28" or "the three
        months to June" names by its closing day or month, when ``previous`` is that closing
        date: "the same period a year earlier" compares with that quarter, not with one day."""
        if previous is None or previous.period is None or previous.start is None \
                or previous.period.precision not in ("day", "month"):
            return None
        for sentence in (ctx.sentence, ctx.sentence - 1):
            for at, reading in ctx.periods_by_sentence.get(sentence, []):
                if reading is not previous:
                    continue
                found = _CLOSED_SPAN.search(ctx.text, max(0, at - 60), at)
                if found is None:
                    return None
                months = self._number(found.group("num"))
                date = previous.end if previous.period.precision == "month" else previous.start
                assert date is not None
                if months == 3:
                    period = quarter(date.year, (date.month - 1) // 3 + 1)
                elif months == 6:
                    period = half(date.year, 1 if date.month <= 6 else 2)
                else:
                    return None
                return date_reading(period, f"{previous.value} closes {found.group('num')} months")
        return None

    @staticmethod
    def _same_period_in(number: int, previous: Reading | None) -> Reading:
        """"the same period of 2007": the previous expression's period moved to that year;
        without one, the year itself."""
        if previous is not None and (found := re.match(r"(FY)?(\d{4})(?!\d)(.*)$", previous.value)):
            years = int(found.group(2)) - number
            moved = _year_earlier(previous.value, years)
            if moved is not None:
                start, end = (shift(d, "year", -years) if d else None for d in (previous.start, previous.end))
                return _comparison(Reading("DATE", moved, start, end, f"previous expression {previous.value}; in {number}"))
        return date_reading(year(number), "absolute")

    def _that_time(self, match: re.Match[str], ctx: Context) -> Reading | None:
        """"by that time": whatever the previous calendar expression was."""
        if ctx.previous is None or ctx.previous.period is None:
            return None
        return date_reading(ctx.previous.period, f"previous expression {ctx.previous.value}")

    def _shift_from_anaphor(self, match: re.Match[str], ctx: Context, unit: str, step: int) -> Reading | None:
        past = ctx.tense(match.string, *expression_span(match)).tense == "past"
        base, note = ctx.period_anaphor(unit, reach=step != 0, past=past)  # "the next day" counts; "that day" points
        if base is None:
            return None
        return date_reading(period_of(shift(base, "week" if unit == "weekend" else unit, step), unit),
                            f"{note}; {step:+d} {unit}")

    # ------------------------------------------------------------------ longer periods
    def _decade(self, match: re.Match[str], ctx: Context) -> Reading:
        if _g(match, "full"):
            return self._half_of(self._narrowed(date_reading(decade(int(_g(match, "full"))), "absolute"),
                                                self._modifier(match)), match)
        digit = int(_g(match, "short")) if _g(match, "short") else _DECADE_WORDS[_key(_g(match, "word"))]
        if ctx.anchor.date is None:
            return date_reading(self._unknown(f"XX{digit}", "decade"), "anchor unknown: century not fixed")
        hundreds = ctx.anchor.date.year // 100
        if hundreds * 100 + digit * 10 > ctx.anchor.date.year:
            hundreds -= 1
        return self._half_of(self._narrowed(date_reading(decade(hundreds * 10 + digit),
                                                         f"{ctx.anchor.describe()}; latest such decade"),
                                            self._modifier(match)), match)

    @staticmethod
    def _half_of(reading: Reading, match: re.Match[str]) -> Reading:
        """"the second half of the 1970s": the decade's value, the bounds of its half."""
        half, period = _key(_g(match, "half")), reading.period
        if not half or period is None or period.start is None or period.end is None:
            return reading
        middle = dt.date(period.start.year + 5, 1, 1)
        start, end = (period.start, middle - dt.timedelta(days=1)) if half == "first" else (middle, period.end)
        return date_reading(Period(period.value, start, end, period.precision), f"{reading.note}; {half} half")

    def _century_turn(self, match: re.Match[str], ctx: Context) -> Reading | None:
        """"the turn of the 20th century" is 1900; "the turn of the century" the latest such year."""
        if _g(match, "ord"):
            number = self._ordinal(_g(match, "ord"))
            return date_reading(year((number - 1) * 100), "absolute") if number >= 1 else None
        if ctx.anchor.date is None:
            return None
        return date_reading(year(ctx.anchor.date.year // 100 * 100), f"{ctx.anchor.describe()}; latest century turn")

    def _century(self, match: re.Match[str], ctx: Context) -> Reading | None:
        number = self._ordinal(_g(match, "ord"))
        if number < 1:
            return None
        return self._narrowed(date_reading(century(number - 1), "absolute"), self._modifier(match))

    def _season(self, match: re.Match[str], ctx: Context) -> Reading | None:
        code = self.lex.seasons[_key(_g(match, "season"))]
        modifier = self._modifier(match)
        if _g(match, "yrel"):
            number, note = self._relative_year(match, ctx)
            if number is None:
                return date_reading(self._unknown(f"XXXX-{code}", "season"), note)
            return self._narrowed(date_reading(season(number, code), note), modifier)
        if _g(match, "year"):
            return self._narrowed(date_reading(season(int(_g(match, "year")), code), "absolute"), modifier)
        s, e = expression_span(match)
        rel = _key(_g(match, "rel"))
        explicit = self._explicit_direction(rel.replace("the ", ""))
        if rel == "this" and code != "WI" and ctx.anchor.date is not None:
            # "this summer" is the summer of the anchor's year, ahead in January, behind in
            # December; only winter straddles two years, so the nearest one is meant
            return self._narrowed(date_reading(season(ctx.anchor.date.year, code),
                                               f"{ctx.anchor.describe()}; this {code}: the anchor's year"), modifier)
        reading = ctx.pick(s, e, lambda y: season(y, code), self._unknown(f"XXXX-{code}", "season"),
                           explicit=explicit)
        if ctx.anchor.date and reading.start and reading.end and explicit in ("past", "future") \
                and reading.start <= ctx.anchor.date <= reading.end:
            moved = season(reading.start.year + (-1 if explicit == "past" else 1), code)
            reading = date_reading(moved, reading.note + " (not the current season)")
        return self._narrowed(reading, modifier)

    def _holiday(self, match: re.Match[str], ctx: Context) -> Reading | None:
        name = " ".join((_g(match, "tname") or _g(match, "name")).replace("’", "'").split())
        holiday = self.lex.holidays.get(name)
        if holiday is None:
            return None
        if _g(match, "stretch") and not (_g(match, "rel") or _g(match, "near") or _g(match, "eve") or _g(match, "year")):
            return Reading("DURATION", "PXD", None, None, f"{name} before a period or season: the stretch of days around it")
        if not (_g(match, "rel") or _g(match, "period") or _g(match, "near") or _g(match, "eve") or _g(match, "year")) \
                and name.lower() in self.lex.trade_season_holidays and self._trade_season(match):
            return Reading("DURATION", "PXD", None, None, f"{name} before a noun of trade: the season around it")
        make = self._beside_holiday(self._around_holiday(self._holiday_maker(holiday), match), match)
        if _g(match, "year"):
            found = make(int(_g(match, "year")))
            return date_reading(found, _holiday_note(holiday, "absolute")) if found else None
        s, e = expression_span(match)
        rel = _key(_g(match, "rel"))
        unknown = self._unknown(f"XXXX-{holiday.month:02d}-{holiday.day:02d}" if holiday.month and holiday.day else "XXXX")
        explicit = self._explicit_direction(rel)
        before = _PREVIOUS_WORD.search(match.string, 0, s)
        if explicit is None and before is not None and before.group(1).lower() in self.lex.holiday_occasion_prepositions:
            explicit = "nearest"  # "prepared for Black Friday", "gathered for Christmas": the occasion nearest the article
        reading = ctx.pick(s, e, make, unknown, explicit=explicit)
        return Reading(reading.type, reading.value, reading.start, reading.end,
                       _holiday_note(holiday, reading.note), reading.period)

    def _trade_season(self, match: re.Match[str]) -> bool:
        """Does a noun of trade follow the holiday ("Christmas sales", "Easter shopping")?"""
        after = " ".join(match.string[match.end():match.end() + 40].lower().split())
        return any(re.match(rf"{re.escape(noun)}\b", after) for noun in self.lex.holiday_trade_nouns)

    @staticmethod
    def _around_holiday(make: Callable[[int], Period | None],
                        match: re.Match[str]) -> Callable[[int], Period | None]:
        """The period a holiday rule names from the holiday's day in a year.

        "the Christmas quarter" is the quarter holding the day, and "Labor Day weekend" the
        weekend the holiday closes or falls in: a Monday holiday ends the weekend before it,
        any other day belongs to the weekend of its own ISO week (Easter Sunday, the Friday
        after Thanksgiving).
        """
        period = _key(_g(match, "period"))
        if not period:
            return make

        def around(y: int) -> Period | None:
            found = make(y)
            if found is None or found.start is None or found.precision != "day":
                return None
            if period == "quarter":
                return period_of(found.start, "quarter")
            monday = found.start.weekday() == 0
            return weekend_of(found.start - dt.timedelta(days=1) if monday else found.start)

        return around

    def _beside_holiday(self, make: Callable[[int], Period | None],
                        match: re.Match[str]) -> Callable[[int], Period | None]:
        """The day, week, weekend or weekday just before or after a holiday ("the day after Thanksgiving").

        "the eve of" is the day before. A week is the seven days on that side, valued as the
        ISO week holding most of them; a weekend or weekday is the nearest one wholly on that
        side. A holiday of several days (Ramadan) is left from its first day and after its last.
        """
        near = "day" if _g(match, "eve") else _g(match, "near")
        if not near:
            return make
        step = 1 if _key(_g(match, "side")) == "after" else -1
        unit = near.lower()
        weekday = None if unit in ("day", "week", "weekend") else self._weekday_number(near)

        def beside(y: int) -> Period | None:
            found = make(y)
            if found is None or found.start is None or found.end is None:
                return None
            edge = found.end if step > 0 else found.start
            if unit == "day":
                return day(edge + dt.timedelta(days=step))
            if unit == "week":
                return week_of(edge + dt.timedelta(days=4 * step))
            # a weekend ends on a Sunday before the holiday and starts on a Saturday after it
            target = weekday or (6 if step > 0 else 7)
            date = edge + dt.timedelta(days=step)
            while date.isoweekday() != target:
                date += dt.timedelta(days=step)
            return day(date) if weekday else weekend_of(date)

        return beside

    @staticmethod
    def _holiday_maker(holiday: Holiday) -> Callable[[int], Period | None]:
        def make(y: int) -> Period | None:
            if holiday.month and holiday.day:
                return day(dt.date(y, holiday.month, holiday.day))
            if holiday.month and holiday.weekday and holiday.nth:
                found = nth_weekday(y, holiday.month, holiday.weekday, holiday.nth)
                return day(found + dt.timedelta(days=holiday.offset)) if found else None
            if holiday.easter is not None:
                return day(easter(y) + dt.timedelta(days=holiday.easter))
            if holiday.dates:
                return next((day(d) for d in holiday.dates if d.year == y), None)
            assert holiday.hijri_month is not None
            for hijri_year in hijri_years_near(y):
                if holiday.hijri_day:
                    date = hijri_to_gregorian(hijri_year, holiday.hijri_month, holiday.hijri_day)
                    if date.year == y:
                        return day(date)
                else:
                    start, end = hijri_month_period(hijri_year, holiday.hijri_month)
                    if start.year == y:
                        return Period(_most_of(start, end), start, end, "month")
            return None

        return make

    # ------------------------------------------------------------------ sets, references, clock times
    def _set(self, match: re.Match[str], ctx: Context) -> Reading | None:
        groups = match.re.groupindex
        if "word" in groups:
            value = self.lex.set_words[_key(_g(match, "word"))]
            if _key(_g(match, "word")) == "quarterly" and self._before_noun(match, self.lex.result_nouns, 2):
                return Reading("DURATION", value, None, None, "the measure of a quarter's result")
            return Reading("SET", value, None, None, "frequency word")
        if "wds" in groups:
            return Reading("SET", f"XXXX-WXX-{self.lex.weekdays[_g(match, 'wds')]}", None, None, "every such weekday")
        unit_text = _g(match, "unit")
        if unit_text in self.lex.weekdays or unit_text in self.lex.weekday_abbreviations:
            return Reading("SET", f"XXXX-WXX-{self._weekday_number(unit_text)}", None, None, "every such weekday")
        if _key(unit_text) in self.lex.parts_of_day:
            return Reading("SET", f"XXXX-XX-XXT{self.lex.parts_of_day[_key(unit_text)]}", None, None, "every such part of day")
        if unit_text in self.lex.months:
            return Reading("SET", f"XXXX-{self.lex.months[unit_text]:02d}", None, None, "every such month")
        if _key(unit_text) in self.lex.seasons:
            return Reading("SET", f"XXXX-{self.lex.seasons[_key(unit_text)]}", None, None, "every such season")
        if _key(unit_text) == "weekend":
            return Reading("SET", "XXXX-WXX-WE", None, None, "every weekend")
        holiday = self._fixed_holiday(unit_text)
        if holiday is not None:
            return Reading("SET", f"XXXX-{holiday.month:02d}-{holiday.day:02d}", None, None, "every such holiday")
        name, unit = self._unit(match)
        amount = self._number(_g(match, "num")) if "num" in groups and _g(match, "num") else 1.0
        if "other" in groups and _g(match, "other"):
            amount = (amount or 1.0) * 2
        return Reading("SET", self._duration_value(amount, unit), None, None, f"every {_count(amount)} {name}(s)")

    def _reference(self, match: re.Match[str], ctx: Context) -> Reading:
        return self._reference_reading(self.lex.reference_words[_key(_g(match, "word"))], ctx)

    @staticmethod
    def _no_time(match: re.Match[str], ctx: Context) -> None:
        """Words that hold a time word but name no time (see the ``no_time`` rule): nothing."""
        return None

    @staticmethod
    def _unspecified_date(match: re.Match[str], ctx: Context) -> Reading:
        """"at a later date": some day after the anchor, TIMEX3 ``XXXX-XX-XX``."""
        return Reading("DATE", "XXXX-XX-XX", ctx.anchor.date, None, f"unspecified later day; {ctx.anchor.describe()}")

    @staticmethod
    def _reference_reading(value: str, ctx: Context) -> Reading:
        anchor = ctx.anchor.date
        bounds = {"PRESENT_REF": (anchor, anchor), "PAST_REF": (None, anchor), "FUTURE_REF": (anchor, None)}[value]
        return Reading("DATE", value, *bounds, f"{value.lower().replace('_', ' ')}; {ctx.anchor.describe()}")

    def _day_of(self, match: re.Match[str], ctx: Context) -> tuple[Period, str, str]:
        """The day a time of day falls on (the sentence's, or the anchor's): its period, the note
        saying where it came from, and the ISO prefix of the TIME value ("XXXX-XX-XX" when unknown)."""
        date, note = ctx.day_near(match.start(), match.end())
        prefix = date.isoformat() if date else "XXXX-XX-XX"
        return (day(date) if date else self._unknown("XXXX-XX-XX")), note, prefix

    def _day_edge(self, match: re.Match[str], ctx: Context) -> Reading:
        """Dawn or dusk on the day of the sentence (or the anchor): that day's part of day."""
        period, note, prefix = self._day_of(match, ctx)
        return date_reading(period, note, "TIME", f"{prefix}T{self.lex.day_edges[_key(_g(match, 'edge'))]}")

    def _clock(self, match: re.Match[str], ctx: Context) -> Reading:
        if _g(match, "noon"):
            hour, minute = (24, 0) if _g(match, "noon").lower() == "midnight" else (12, 0)
            if hour == 24 and _OPENING_MIDNIGHT.search(match.string, max(0, match.start() - 30), match.start()):
                hour = 0  # "began just after midnight": the midnight that opens the day
        elif _g(match, "mh"):
            hour, minute = int(_g(match, "mh")), int(_g(match, "mm"))
        else:
            spelled = _g(match, "hw")
            hour = self.lex.numbers[_key(spelled)] if spelled else int(_g(match, "h") or _g(match, "h2"))
            minute = int(_g(match, "m") or _g(match, "m2") or 0)
            ampm = (_g(match, "ampm") or _g(match, "ampm2") or "").lower()
            if not ampm and (_g(match, "dpart") or "").lower() in ("afternoon", "evening"):
                ampm = "pm"
            if ampm.startswith("p") and hour < 12:
                hour += 12
            elif ampm.startswith("a") and hour == 12:
                hour = 0
        zone = ""
        written = _g(match, "tz") or _g(match, "tz2")
        if written:
            offset = re.search(r"([+-])\s*(\d{1,2})", written)
            name = re.sub(r"\s*[+-].*", "", written)
            zone = f"{offset.group(1)}{int(offset.group(2)):02d}" if offset else self.lex.time_zones.get(name, "")
        if _g(match, "rday") and ctx.anchor.date is not None:
            date = ctx.anchor.date + dt.timedelta(days=self.lex.relative_days[_key(_g(match, "rday"))].offset)
            period, note, prefix = day(date), f"{ctx.anchor.describe()}; {_key(_g(match, 'rday'))}", date.isoformat()
        else:
            period, note, prefix = self._day_of(match, ctx)
        return date_reading(period, note, "TIME", f"{prefix}T{hour:02d}:{minute:02d}{zone}")


#: The next smaller TIMEX3 unit, for fractions ("a year and a half" = P18M): factor, code, time unit.
_SMALLER_UNIT = {("Y", False): (12, "M", False), ("M", False): (30, "D", False), ("W", False): (7, "D", False),
                 ("D", False): (24, "H", True), ("H", True): (60, "M", True), ("M", True): (60, "S", True)}
#: Words before "midnight" that make it the one opening the day ("soon after midnight", "since midnight").
_OPENING_MIDNIGHT = re.compile(r"\b(?:after|since)\s+\Z", re.IGNORECASE)
#: Prepositions that open a sentence before a day ("On Friday Iran said"): no part of a name.
_DAY_PREPOSITIONS = frozenset({"on", "at", "last", "next", "this", "late", "early", "by", "from", "until"})
#: Duration units from the shortest: the second of "an hour and 20 minutes" must be shorter.
_UNIT_ORDER = ("second", "minute", "hour", "day", "week", "fortnight", "month", "quarter", "year", "decade", "century")
#: Which way an anaphoric word moves from the previous expression ("the day before": back one day).
#: Words that count a period from the previous expression rather than from the anchor.
_ANAPHORIC_DIRECTIONS = ("previous", "prior", "following", "preceding")
_STEPS = {"next": 1, "following": 1, "after": 1, "later": 1,
          "previous": -1, "preceding": -1, "before": -1, "prior": -1, "earlier": -1}
#: Months in each calendar period that "the quarter to June" can name.
_MONTHS_IN = {"month": 1, "quarter": 3, "half": 6, "year": 12}
#: Periods named after a holiday they hold ("Labor Day weekend", "the Christmas quarter").
_HOLIDAY_PERIODS = "weekend|quarter"
#: Nouns between holidays and "period"/"season" ("the Christmas sales period", "the Easter holiday season").
_STRETCH_NOUNS = "sales|shopping|holiday|holidays|travel|festive|buying|trading|spending"
#: "the three months that ended ", "the six months to ": a span named by its closing date.
_CLOSED_SPAN = re.compile(r"\b(?P<num>three|six|3|6)\s+months\s+(?:that\s+|which\s+)?"
                          r"(?:ended|ending|ends|to|through|till|until)\s+(?:on\s+)?\Z", re.IGNORECASE)
#: The written closing day of a fiscal year after it ("ending March 31, 2009", "which ended on 30 June 2010").
_FISCAL_CLOSE = re.compile(r"\s*,?\s+(?:that\s+|which\s+)?(?:ending|ended|ends|to|through)\s+(?:on\s+)?"
                           r"(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+\.?),?\s+(?P<year>(?:19|20)\d\d)\b")
#: Rules resolved after all others: a clock time takes the date of its sentence.
_LATE_RULES = {"clock", "day_edge", "record_period"}
#: Months at the edge of a year that make a quarter or a half ("the last three months of 2009": 2009-Q4).
_EDGE_PERIODS: dict[int, Callable[[int, int], Period]] = {3: quarter, 6: half}
#: What follows "quarters" used as a fraction: "three-quarters of a percentage point", "two quarters of its staff".
_FRACTION_OF = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:year|decade|century|fiscal|financial)\b)", re.IGNORECASE)
#: Seconds in each clock unit of the lexicon.
_SECONDS = {"second": 1, "minute": 60, "hour": 3600}
#: How many words before "the last year" a perfect "been" makes it a stretch of time.
WINDOW_BEEN = 6
#: A capitalised word joined to a year by a hyphen ("Friendship Sea-2026", "Expo-2020").
_HYPHENED_NAME = re.compile(r"\b[A-Z][\w']*-$")
#: A capitalised word before a year that closes a quotation ("'Sea of Friendship 2026'").
_QUOTED_NAME = re.compile(r"\b[A-Z][\w']*\s+$")
_CLOSING_QUOTES = frozenset("'\"’”")


def _most_of(start: dt.date, end: dt.date) -> str:
    """The Gregorian month holding most days of a lunar month (Ramadan 2016, 6 June to 5 July: ``2016-06``)."""
    days: dict[tuple[int, int], int] = {}
    date = start
    while date <= end:
        days[(date.year, date.month)] = days.get((date.year, date.month), 0) + 1
        date += dt.timedelta(days=1)
    year_number, month_number = max(days, key=lambda k: (days[k], -k[0], -k[1]))
    return f"{year_number:04d}-{month_number:02d}"


#: A superlative and "of" right before a period: "its worst session of the", "the busiest day of the".
_SUPERLATIVE_OF = re.compile(r"\b\w+(?:-\w+)?\s+(?:[\w-]+\s+){0,3}?of\s+\Z", re.IGNORECASE)


def _results_for(text: str, start: int) -> bool:
    """Does a period at ``start`` follow "results for" (see :data:`_RESULTS_FOR`)?"""
    return _RESULTS_FOR.search(text, max(0, start - 40), start) is not None


def _names_year(text: str, start: int, end: int) -> bool:
    """Is the year part of a name, as exercises, plans and fairs are named ("the 'Friendship
    Sea-2026' exercise", "Vision-2030")? Then it dates nothing the text reports."""
    before = text[max(0, start - 30):start]
    if _HYPHENED_NAME.search(before):
        return True
    return text[end:end + 1] in _CLOSING_QUOTES and bool(_QUOTED_NAME.search(before))


#: Units for which "the last X" can name the last complete period ("the last year" = last year).
_LAST_PERIOD_UNITS = {"week", "month", "year"}
_CALENDAR_UNITS = {"day", "week", "weekend", "month", "quarter", "year", "decade", "century"}


def _comparison(reading: Reading) -> Reading:
    """A period named only to compare with ("the year-ago quarter"): the narrative stays where it
    was, so the reading offers no period for later expressions to count from."""
    return Reading(reading.type, reading.value, reading.start, reading.end, reading.note)


def _year_earlier(value: str, years: int = 1) -> str | None:
    """A TIMEX3 date value ``years`` years earlier (``2009-Q3`` -> ``2008-Q3``, ``FY2007`` -> ``FY2006``)."""
    found = re.match(r"(FY)?(\d{4})(?!\d)(.*)$", value)
    if found is None:
        return None
    return f"{found.group(1) or ''}{int(found.group(2)) - years:04d}{found.group(3)}"


def _count(amount: float | None) -> str:
    return "X" if amount is None else f"{amount:g}"


def week_start(date: dt.date) -> dt.date:
    """The Monday of ``date``'s ISO week."""
    return date - dt.timedelta(days=date.isoweekday() - 1)


def _holiday_note(holiday: Holiday, note: str) -> str:
    if holiday.hijri_month is not None:
        return note + "; arithmetic Islamic calendar, may be a day off the sighting"
    return note

