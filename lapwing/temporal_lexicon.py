"""Load and check the word lists of the temporal grammar (``lapwing/lexicons/time.yaml``).

The grammar only ever sees words through this module, so that a user can extend the lists
(another holiday, another spelling of a month) without touching a regular expression, and
so that a broken file fails at load time with the file and key named rather than as an
obscure miss at run time.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

DEFAULT_PATH = Path(str(resources.files("lapwing") / "lexicons" / "time.yaml"))


class _WordLoader(yaml.SafeLoader):
    """YAML whose only booleans are ``true`` and ``false`` (YAML 1.2): in YAML 1.1 a bare
    ``off``, ``on``, ``no`` or ``yes`` is a boolean, which would silently turn the particle
    "off" ("a tanker *seized off* Yemen in March") or the abbreviation "No" into ``False``."""


_WordLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_WordLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                  list("tTfF"))


@dataclass(frozen=True)
class Unit:
    """A duration unit: its TIMEX3 letter, how many letters one unit is, and if it is a time unit."""

    code: str
    factor: int
    time: bool


@dataclass(frozen=True)
class Holiday:
    """A named day: fixed Gregorian, the nth weekday of a month (``nth: -1`` is the last;
    ``offset`` days after it), relative to Easter, or in the Islamic calendar."""

    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    nth: int | None = None
    offset: int = 0
    easter: int | None = None
    hijri_month: int | None = None
    hijri_day: int | None = None
    #: A moving holiday by a table of its days ("Lunar New Year"), one per year covered.
    dates: tuple[dt.date, ...] = ()


@dataclass(frozen=True)
class RelativeDay:
    """A day named from the anchor ("yesterday": -1), with a part of day if the word fixes
    one; ``through`` is how many days later its stretch ends ("overnight" is the night from
    the day before into the anchor's day: -1, through 1)."""

    offset: int
    part: str | None = None
    through: int = 0


@dataclass(frozen=True)
class TenseCues:
    """Words the clause heuristic treats as evidence of a tense (see ``temporal_tense``)."""

    future: frozenset[str]
    modals: frozenset[str]
    present: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    group_fillers: frozenset[str]
    past: frozenset[str]
    irregular_past: frozenset[str]
    irregular_participles: frozenset[str]
    ed_exceptions: frozenset[str]
    adjectival: frozenset[str]
    nominal: frozenset[str]
    nominal_future: frozenset[str]
    scheduled_after_name: frozenset[str]
    participial_future: frozenset[str]
    signalling: frozenset[str]
    attaching_prepositions: frozenset[str]
    intentions: frozenset[str]
    prospective: frozenset[str]
    expectations: frozenset[str]
    #: Plain presents of a timetable with a plural subject ("ministers meet on Sunday"): future
    #: unless an auxiliary, "to" or a determiner comes right before ("failed to meet").
    timetable_plurals: frozenset[str]
    #: Past forms of expectation before a noun object ("he expected revenue of $1.6 billion in
    #: the March quarter"): what was expected lies ahead of the report.
    expectation_pasts: frozenset[str]
    past_schedules: frozenset[str]
    #: Participles of a state before "at" ("a car priced at 100,000 rupees in January"): a
    #: reduced relative that says nothing of the time; the clause's own verb rules.
    stative_participles: frozenset[str]
    #: Participles spelt like the plain present ("shares become free to trade in November"):
    #: bare, with no auxiliary before, they are presents, not pasts.
    present_alike_participles: frozenset[str]


@dataclass(frozen=True)
class TimeLexicon:
    """Every word list of ``time.yaml``, typed; keys are lower case except month and day names."""

    source: str
    months: dict[str, int]
    month_abbreviations: dict[str, int]
    ambiguous_months: frozenset[str]
    month_context_words: frozenset[str]
    weekdays: dict[str, int]
    weekday_abbreviations: dict[str, int]
    seasons: dict[str, str]
    ambiguous_seasons: frozenset[str]
    season_classified_nouns: frozenset[str]
    parts_of_day: dict[str, str]
    day_edges: dict[str, str]
    day_edge_prepositions: tuple[str, ...]
    relative_days: dict[str, RelativeDay]
    time_zones: dict[str, str]
    frequencies: tuple[str, ...]
    numbers: dict[str, int]
    vague_quantities: frozenset[str]
    ordinals: dict[str, int]
    units: dict[str, Unit]
    irregular_unit_plurals: dict[str, str]
    approximators: tuple[str, ...]
    prepositional_approximators: tuple[str, ...]
    approximator_contexts: tuple[str, ...]
    clock_approximators: tuple[str, ...]
    period_modifiers: dict[str, str]
    reference_words: dict[str, str]
    degree_words: tuple[str, ...]
    comparative_references: frozenset[str]
    game_words: frozenset[str]
    determiners: frozenset[str]
    unspecified_dates: tuple[str, ...]
    streak_words: tuple[str, ...]
    weekday_epithets: frozenset[str]
    measure_adjectives: tuple[str, ...]
    fiscal_words: tuple[str, ...]
    set_words: dict[str, str]
    duration_words: dict[str, str]
    measured_nouns: frozenset[str]
    whole_period_words: tuple[str, ...]
    extent_prepositions: frozenset[str]
    session_words: tuple[str, ...]
    #: Nouns of an announced act: a clock time in a sentence naming one takes the day of the sentence before.
    anaphoric_event_nouns: frozenset[str]
    #: Nouns of a period's financial result: "quarterly" before one is a DURATION ("quarterly loss").
    result_nouns: tuple[str, ...]
    #: Nouns of a recurring occasion: "annual" before one is no DURATION ("annual Macworld show").
    occasion_nouns: tuple[str, ...]
    attributive_nouns: frozenset[str]
    superlatives: tuple[str, ...]
    schedule_words: tuple[str, ...]
    rate_blockers: frozenset[str]
    #: Units of length before "per hour" or "an hour": a speed, no time ("190 kilometres per hour").
    measure_units: tuple[str, ...]
    #: Nouns of a part of a period: "the rest of the week" is a time, "story of the week" is not.
    period_parts: frozenset[str]
    #: Idioms that hold a time word but name no time ("sooner or later").
    non_times: tuple[str, ...]
    bare_unit_contexts: tuple[str, ...]
    bare_unit_fillers: tuple[str, ...]
    holidays: dict[str, Holiday]
    named_dates: frozenset[str]
    #: The day a named slash form stands for ("9/11": 2001-09-11) after one of ``named_date_prepositions``.
    named_date_days: dict[str, dt.date]
    named_date_prepositions: tuple[str, ...]
    year_context_words: frozenset[str]
    year_blockers_after: frozenset[str]
    year_blockers_before: frozenset[str]
    tense: TenseCues
    clause_breaks: frozenset[str]
    comma_coordinators: frozenset[str]
    abbreviations: frozenset[str]
    offset_links: dict[str, int]
    adverbial_offset_followers: frozenset[str]
    vague_offsets: dict[str, str]
    intention_cues: frozenset[str]
    relative_pronouns: frozenset[str]
    relative_complementisers: frozenset[str]
    function_words: frozenset[str]
    verb_particles: frozenset[str]
    clause_openers: frozenset[str]
    subject_pronouns: frozenset[str]
    background_preps: frozenset[str]
    anterior_auxiliaries: frozenset[str]
    est_nouns: frozenset[str]
    continuation_openers: frozenset[str]
    speech_words: frozenset[str]
    hearer_speech_words: frozenset[str]
    enacting_speech_words: frozenset[str]
    occurrence_relatives: frozenset[str]
    occurrence_verbs: frozenset[str]
    anaphoric_offsets: frozenset[str]
    copulas: frozenset[str]
    cause_prepositions: frozenset[str]
    cause_acts: frozenset[str]
    occasion_markers: tuple[str, ...]
    holiday_occasion_prepositions: frozenset[str]
    holiday_trade_nouns: tuple[str, ...]
    date_event_nouns: tuple[str, ...]
    coordinated_day_followers: tuple[str, ...]
    trade_season_holidays: frozenset[str]
    start_prepositions: frozenset[str]
    speech_act_restatements: dict[str, frozenset[str]]
    responsibility_nouns: frozenset[str]
    reaction_words: frozenset[str]
    responsibility_prepositions: frozenset[str]
    custody_nouns: frozenset[str]
    custody_participles: frozenset[str]
    condition_openers: tuple[str, ...]
    inverted_conditions: dict[str, str]
    stretch_nouns: frozenset[str]

    def unit(self, word: str) -> Unit | None:
        """The unit a (possibly plural) word names, e.g. ``"months"`` -> month."""
        word = word.lower()
        word = self.irregular_unit_plurals.get(word, word)
        if word not in self.units and word.endswith("s"):
            word = word[:-1]
        return self.units.get(word)

    def unit_name(self, word: str) -> str:
        """The singular unit name of ``word`` (``"centuries"`` -> ``"century"``)."""
        word = word.lower()
        word = self.irregular_unit_plurals.get(word, word)
        return word if word in self.units else word[:-1]


def alternation(words: Any, plural: bool = False) -> str:
    """A regex matching any of ``words``, longest first, spaces matching any whitespace.

    Longest first matters: ``Sept`` must be tried before ``Sep``, ``New Year's Eve`` before
    ``New Year``. The words are compiled as a trie (``Sep(?:t)?``): a flat list of fifty
    alternatives is tried one by one at every word of every text, which made these lists the
    bulk of the grammar's scanning time; a trie rejects a word at its first letters, and its
    greedy optional tails still try the longest word first. With ``plural`` an optional ``s``
    follows each word.
    """
    trie: dict[str, Any] = {}
    for word in {str(w) for w in words}:
        node = trie
        for char in word.replace("’", "'"):
            node = node.setdefault(_PIECES.get(char) or re.escape(char), {})
        node[""] = {}
    return "(?:" + _trie_pattern(trie) + ")" + ("s?" if plural else "")


#: How a character of a listed word is matched: any run of spaces, either apostrophe.
_PIECES = {" ": r"\s+", "'": "['’]"}


def _trie_pattern(node: dict[str, Any]) -> str:
    """The regex of one trie node: its branches, optional as a whole where a word ends here."""
    branches = [piece + _trie_pattern(child) for piece, child in sorted(node.items()) if piece]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and _is_atom(branches[0]) else "(?:" + "|".join(branches) + ")"
    return body + "?" if "" in node else body


def _is_atom(pattern: str) -> bool:
    """Can ``?`` follow ``pattern`` without a group (one escaped or plain character)?"""
    return len(pattern) == 1 or (len(pattern) == 2 and pattern[0] == "\\")


class LexiconError(ValueError):
    """``time.yaml`` is missing a key or has a value of the wrong shape."""


def _require(data: dict[str, Any], key: str, kind: type, source: str) -> Any:
    if key not in data:
        raise LexiconError(f"{source}: missing key {key!r}; restore it from lapwing/lexicons/time.yaml")
    value = data[key]
    if not isinstance(value, kind):
        raise LexiconError(
            f"{source}: {key!r} must be a {kind.__name__}, got {type(value).__name__}; fix the file"
        )
    return value


def _lower_set(values: list[Any]) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values)


def _lower_keys(values: dict[str, Any]) -> dict[str, Any]:
    return {str(k).lower(): v for k, v in values.items()}


def _day_of(value: Any, source: str) -> dt.date:
    """A day of a holiday's table, written ``2007-02-18`` (YAML reads it as a date already)."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise LexiconError(f"{source}: holiday day {value!r} is not a YYYY-MM-DD date") from None


@lru_cache(maxsize=4)
def load_lexicon(path: str | Path = DEFAULT_PATH) -> TimeLexicon:
    """Read and check ``time.yaml`` (cached: the grammar asks once per process)."""
    source = str(path)
    try:
        data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_WordLoader)  # noqa: S506 (safe)
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"{source}: cannot read the time lexicon ({exc})") from None
    if not isinstance(data, dict):
        raise LexiconError(f"{source}: expected a mapping of word lists at the top level")

    def req(key: str, kind: type) -> Any:
        return _require(data, key, kind, source)

    tense = req("tense", dict)
    units = {}
    for name, spec in _lower_keys(req("units", dict)).items():
        if not isinstance(spec, dict) or {"code", "factor", "time"} - spec.keys():
            raise LexiconError(f"{source}: unit {name!r} needs code, factor and time")
        units[name] = Unit(str(spec["code"]), int(spec["factor"]), bool(spec["time"]))
    holidays = {}
    for name, spec in req("holidays", dict).items():
        if not isinstance(spec, dict) or not spec.keys() <= set(Holiday.__dataclass_fields__):
            raise LexiconError(
                f"{source}: holiday {name!r} must give month/day, month/weekday/nth[/offset], easter, "
                "hijri_month[/hijri_day] or a table of dates"
            )
        holidays[str(name)] = Holiday(**{**spec, "dates": tuple(_day_of(d, source) for d in spec.get("dates", ()))})
    relative_days = {}
    for name, spec in _lower_keys(req("relative_days", dict)).items():
        if not isinstance(spec, dict) or "offset" not in spec:
            raise LexiconError(f"{source}: relative day {name!r} needs an offset (days from the anchor)")
        relative_days[name] = RelativeDay(int(spec["offset"]), spec.get("part"), int(spec.get("through", 0)))
    references = {}
    for value, words in req("reference_words", dict).items():
        references.update({str(w).lower(): str(value) for w in words})
    return TimeLexicon(
        source=source,
        months={str(k): int(v) for k, v in req("months", dict).items()},
        month_abbreviations={str(k): int(v) for k, v in req("month_abbreviations", dict).items()},
        ambiguous_months=frozenset(str(m) for m in req("ambiguous_months", list)),
        month_context_words=_lower_set(req("month_context_words", list)),
        weekdays={str(k): int(v) for k, v in req("weekdays", dict).items()},
        weekday_abbreviations={str(k): int(v) for k, v in req("weekday_abbreviations", dict).items()},
        seasons=_lower_keys(req("seasons", dict)),
        ambiguous_seasons=_lower_set(req("ambiguous_seasons", list)),
        season_classified_nouns=_lower_set(req("season_classified_nouns", list)),
        parts_of_day=_lower_keys(req("parts_of_day", dict)),
        day_edges={k: str(v) for k, v in _lower_keys(req("day_edges", dict)["words"]).items()},
        day_edge_prepositions=tuple(str(v).lower() for v in req("day_edges", dict)["prepositions"]),
        relative_days=relative_days,
        time_zones={str(k): str(v) for k, v in req("time_zones", dict).items()},
        frequencies=tuple(str(f).lower() for f in req("frequencies", list)),
        numbers={k: int(v) for k, v in _lower_keys(req("numbers", dict)).items()},
        vague_quantities=_lower_set(req("vague_quantities", list)),
        ordinals={k: int(v) for k, v in _lower_keys(req("ordinals", dict)).items()},
        units=units,
        irregular_unit_plurals=_lower_keys(req("irregular_unit_plurals", dict)),
        approximators=tuple(str(a).lower() for a in req("approximators", list)),
        prepositional_approximators=tuple(str(a).lower() for a in req("prepositional_approximators", list)),
        approximator_contexts=tuple(str(a).lower() for a in req("approximator_contexts", list)),
        clock_approximators=tuple(str(a).lower() for a in req("clock_approximators", list)),
        period_modifiers=_lower_keys(req("period_modifiers", dict)),
        reference_words=references,
        degree_words=tuple(str(w).lower() for w in req("degree_words", list)),
        comparative_references=_lower_set(req("comparative_references", list)),
        game_words=_lower_set(req("game_words", list)),
        determiners=_lower_set(req("determiners", list)),
        unspecified_dates=tuple(str(w).lower() for w in req("unspecified_dates", list)),
        streak_words=tuple(str(w).lower() for w in req("streak_words", list)),
        weekday_epithets=_lower_set(req("weekday_epithets", list)),
        measure_adjectives=tuple(str(w).lower() for w in req("measure_adjectives", list)),
        fiscal_words=tuple(str(w).lower() for w in req("fiscal_words", list)),
        set_words=_lower_keys(req("set_words", dict)),
        duration_words=_lower_keys(req("duration_words", dict)),
        measured_nouns=_lower_set(req("measured_nouns", list)),
        whole_period_words=tuple(str(w).lower() for w in req("whole_period_words", list)),
        extent_prepositions=_lower_set(req("extent_prepositions", list)),
        session_words=tuple(str(w).lower() for w in req("session_words", list)),
        anaphoric_event_nouns=_lower_set(req("anaphoric_event_nouns", list)),
        result_nouns=tuple(str(w).lower() for w in req("result_nouns", list)),
        occasion_nouns=tuple(str(w).lower() for w in req("occasion_nouns", list)),
        attributive_nouns=_lower_set(req("attributive_nouns", list)),
        superlatives=tuple(str(w).lower() for w in req("superlatives", list)),
        schedule_words=tuple(str(w).lower() for w in req("schedule_words", list)),
        rate_blockers=_lower_set(req("rate_blockers", list)),
        measure_units=tuple(str(w).lower() for w in req("measure_units", list)),
        non_times=tuple(str(w).lower() for w in req("non_times", list)),
        period_parts=_lower_set(req("period_parts", list)),
        bare_unit_contexts=tuple(str(w).lower() for w in req("bare_unit_contexts", list)),
        bare_unit_fillers=tuple(str(w).lower() for w in req("bare_unit_fillers", list)),
        holidays=holidays,
        named_dates=_lower_set(req("named_dates", list)),
        named_date_days={str(k).lower(): _day_of(v, source) for k, v in req("named_date_days", dict).items()},
        named_date_prepositions=tuple(str(w).lower() for w in req("named_date_prepositions", list)),
        year_context_words=_lower_set(req("year_context_words", list)),
        year_blockers_after=_lower_set(req("year_blockers_after", list)),
        year_blockers_before=_lower_set(req("year_blockers_before", list)),
        tense=TenseCues(**{
            key: _lower_set(_require(tense, key, list, f"{source} (tense)"))
            for key in TenseCues.__dataclass_fields__
        }),
        clause_breaks=_lower_set(req("clause_breaks", list)),
        comma_coordinators=_lower_set(req("comma_coordinators", list)),
        abbreviations=_lower_set(req("abbreviations", list)),
        offset_links={k: int(v) for k, v in _lower_keys(req("offset_links", dict)).items()},
        adverbial_offset_followers=_lower_set(req("adverbial_offset_followers", list)),
        vague_offsets={k: str(v) for k, v in _lower_keys(req("vague_offsets", dict)).items()},
        intention_cues=_lower_set(req("intention_cues", list)),
        relative_pronouns=_lower_set(req("relative_pronouns", list)),
        relative_complementisers=_lower_set(req("relative_complementisers", list)),
        function_words=_lower_set(req("function_words", list)),
        verb_particles=_lower_set(req("verb_particles", list)),
        clause_openers=_lower_set(req("clause_openers", list)),
        subject_pronouns=_lower_set(req("subject_pronouns", list)),
        background_preps=_lower_set(req("background_preps", list)),
        anterior_auxiliaries=_lower_set(req("anterior_auxiliaries", list)),
        est_nouns=_lower_set(req("est_nouns", list)),
        continuation_openers=_lower_set(req("continuation_openers", list)),
        speech_words=_lower_set(req("speech_words", list)),
        hearer_speech_words=_lower_set(req("hearer_speech_words", list)),
        enacting_speech_words=_lower_set(req("enacting_speech_words", list)),
        occurrence_relatives=_lower_set(req("occurrence_clauses", dict)["relatives"]),
        occurrence_verbs=_lower_set(req("occurrence_clauses", dict)["verbs"]),
        anaphoric_offsets=_lower_set(req("anaphoric_offsets", list)),
        copulas=_lower_set(req("copulas", list)),
        cause_prepositions=_lower_set(req("cause_prepositions", list)),
        cause_acts=_lower_set(req("cause_acts", list)),
        occasion_markers=tuple(str(v).lower() for v in req("occasion_markers", list)),
        holiday_occasion_prepositions=_lower_set(req("holiday_occasion_prepositions", list)),
        holiday_trade_nouns=tuple(str(v).lower() for v in req("holiday_trade_nouns", list)),
        date_event_nouns=tuple(str(v).lower() for v in req("date_event_nouns", list)),
        coordinated_day_followers=tuple(str(v).lower() for v in req("coordinated_day_followers", list)),
        trade_season_holidays=_lower_set(req("trade_season_holidays", list)),
        start_prepositions=_lower_set(req("start_prepositions", list)),
        speech_act_restatements={str(noun).lower(): _lower_set(group["verbs"])
                                 for group in req("speech_act_restatements", list) for noun in group["nouns"]},
        responsibility_nouns=_lower_set(req("responsibility_claims", dict)["nouns"]),
        reaction_words=_lower_set(req("reaction_words", list)),
        responsibility_prepositions=_lower_set(req("responsibility_claims", dict)["prepositions"]),
        custody_nouns=_lower_set(req("custody_states", dict)["nouns"]),
        custody_participles=_lower_set(req("custody_states", dict)["participles"]),
        condition_openers=tuple(str(v).lower() for v in req("condition_openers", list)),
        inverted_conditions={str(k).lower(): str(v) for k, v in req("inverted_conditions", dict).items()},
        stretch_nouns=_lower_set(req("stretch_nouns", list)),
    )
