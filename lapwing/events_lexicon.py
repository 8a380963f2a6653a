"""The event lexicon: trigger words and phrases, their PLOVER types and argument frames.

Why a lexicon of our own keyed on lemmas rather than CAMEO's verb dictionaries: CAMEO's
patterns are tied to its 300 codes and to a parser; ours are written from the PLOVER
definitions, small enough to read in one sitting, and name for each trigger where its
recipient is ("obj", or the prepositions of its frame) and whether what follows it is only
the *content* of the act ("urged Iraq to expel" codes no expulsion). The data lives in
``lexicons/events.yaml`` and ``lexicons/modality.yaml``; every problem names file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from lapwing.knowledge import YList, YMap, read_yaml
from lapwing.problems import Problem

LEXICON_DIR = Path(__file__).with_name("lexicons")
EVENTS_PATH = LEXICON_DIR / "events.yaml"
MODALITY_PATH = LEXICON_DIR / "modality.yaml"

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")
GAP = "*"  # in a phrase key: up to MAX_GAP words (the object) may stand here
MAX_GAP = 5  # an object and its modifiers, or an adjunct first ("shortened by one hour the nightly curfew")
#: Last words of a noun key that make it a noun with its preposition ("agreement with"),
#: pluralised on its first word, not a compound.
KEY_PARTICLES = frozenset({"with", "to", "of", "for", "on", "against", "in", "from", "by", "between",
                           "about", "out", "over", "into", "at"})
CLASS = "@"  # in a phrase key, "@forces": any word of the word class ``classes: forces``
_ENTRY_FIELDS = {"type", "mode", "args", "complement", "hostile", "reciprocal", "inverse",
                 "official", "joint", "forms", "plural", "requires", "needs_object", "needs_agent",
                 "needs_actor", "addressee_subject", "party_gap", "gap", "variants"}


class LexiconError(ValueError):
    """The event lexicon has errors; each line of the message names file and line."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("event lexicon has errors:\n" + "\n".join(map(str, problems)))


@dataclass(frozen=True)
class Entry:
    """One trigger: a verb or noun (or phrase) and how to read its event."""

    key: str
    pos: str  # "verb" or "noun"
    type: str | None
    mode: str | None = None
    args: tuple[str, ...] = ()
    complement: str | None = None  # "absorb" or "negate"
    hostile: str | None = None
    reciprocal: bool = False
    inverse: bool = False
    official: str | None = None
    joint: str | None = None  # the type when the actors are of two or more countries (drills held together)
    requires: str | None = None  # a word class that must occur near the trigger ("launch": weapons)
    needs_object: bool = False  # an event only with a recipient found ("received the minister")
    needs_agent: bool = False  # a noun that is an event only with its "by" agent ("claims by X of Y")
    needs_actor: bool = False  # an event only with who does it found ("the army's closure of the road")
    addressee_subject: bool = False  # "Libya must hand over ...": the subject is addressed
    gap: int = MAX_GAP  # how many words a "*" of the key may cover
    party_gap: bool = False  # the "*" must hold a party: "wants Turkey to act" asks; "wants to act" intends
    line: int = 0

    @property
    def takes_object(self) -> bool:
        return "obj" in self.args

    @property
    def preps(self) -> tuple[str, ...]:
        return tuple(a for a in self.args if a != "obj")


@dataclass(frozen=True)
class Pattern:
    """What must follow the first word of a trigger: literal words and gaps."""

    entry: Entry
    rest: tuple[str, ...]


@dataclass(frozen=True)
class ModalityCues:
    """Word lists of ``lexicons/modality.yaml``, as tuples of lower-case word sequences."""

    negation: frozenset[str]
    negation_window: int
    object_negation: frozenset[str]
    not_object_negation: tuple[tuple[str, ...], ...]
    negating_governors: frozenset[str]
    conditionals: tuple[tuple[str, ...], ...]
    modal_window: int
    modals: dict[str, tuple[tuple[str, ...], ...]]
    intended: tuple[tuple[str, ...], ...]
    intended_window: int
    #: Phrases of ``intended`` that voice a will: announced by the actor's own side they are its act's announcement.
    stated_intent: tuple[tuple[str, ...], ...]
    alleged: tuple[tuple[str, ...], ...]
    alleged_window: int
    reported: tuple[tuple[str, ...], ...]
    reported_window: int
    reporting_forms: frozenset[str]
    claiming_verbs: frozenset[str]
    according_to: tuple[tuple[str, ...], ...]
    speaker_window: int
    threat_conditions: tuple[tuple[str, ...], ...] = ()
    threat_modals: frozenset[str] = frozenset()
    foretelling_modals: frozenset[str] = frozenset()
    parenthetical_verbs: frozenset[str] = frozenset()
    closing_warnings: frozenset[str] = frozenset()
    #: Forms of verbs of loud speech ("thundered", "roars"): a report only before a colon or "that".
    speaking_forms: frozenset[str] = frozenset()
    aims: tuple[tuple[str, ...], ...] = ()
    #: Phrases naming an exercise besides the ``drills`` class ("war game", "simulation").
    exercises: tuple[tuple[str, ...], ...] = ()
    #: Modifiers of a stand-in of an exercise ("a mock tanker", "dummy targets").
    simulated: frozenset[str] = frozenset()
    #: Nouns whose content a colon or "that" right after them opens ("an explicit notice: every ...").
    content_nouns: frozenset[str] = frozenset()
    #: Words opening the bound of a pledged act ("vowing to stay until ...") and the words before
    #: them that make it pledged, not past.
    pending_bounds: frozenset[str] = frozenset()
    pending_leads: frozenset[str] = frozenset()


#: A word-class member that stands for any figure ("5" and "000" of "5,000 troops"), so that a
#: key can ask for a count ("@station_bare @count_leads * @forces").
NUMERAL = "#"
#: A word-class member that stands for any score or tally written as one word ("2-1", "3-0"),
#: so that a key can tell a game won from a beating ("beat Morocco 2-1").
SCORE = "#-#"
_SCORE = re.compile(r"\d{1,3}[-\u2013]\d{1,3}")


def participant_noun(word: str, participants: frozenset[str], heads: tuple[str, ...]) -> bool:
    """Whether ``word`` (lower case) names participants of an event: a listed noun
    ("protesters"), or a compound ending in a listed head ("steelworkers")."""
    return word in participants or (bool(heads) and word.endswith(heads))


@dataclass
class EventLexicon:
    """Triggers indexed by their first word form, plus the tables the rules consult."""

    patterns: dict[str, list[Pattern]] = field(default_factory=dict)
    hostile_words: frozenset[str] = frozenset()
    modes: dict[str, list[tuple[str, frozenset[str]]]] = field(default_factory=dict)
    contexts: dict[str, frozenset[str]] = field(default_factory=dict)
    future_recode: dict[str, str] = field(default_factory=dict)
    refusal_types: frozenset[str] = frozenset()
    verbal_types: frozenset[str] = frozenset()
    cameo_roots: dict[str, tuple[str, dict[str, str]]] = field(default_factory=dict)
    size_words: dict[str, frozenset[str]] = field(default_factory=dict)
    size_asides: frozenset[str] = frozenset()
    number_words: dict[str, int] = field(default_factory=dict)
    participants: frozenset[str] = frozenset()
    participant_heads: tuple[str, ...] = ()
    classes: dict[str, frozenset[str]] = field(default_factory=dict)
    place_targets: frozenset[str] = frozenset()
    place_sources: frozenset[str] = frozenset()
    own_means_types: frozenset[str] = frozenset()
    threat_modes: dict[str, tuple[str, dict[str, str]]] = field(default_factory=dict)
    demand_modes: dict[str, tuple[str, dict[str, str]]] = field(default_factory=dict)
    cues: ModalityCues | None = None

    @property
    def casualty_words(self) -> frozenset[str]:
        """The words of the dead and the injured (size classes ``dead`` and ``injured``): a verb
        or noun of them ("killing 31", "wounded") tells what an attack did."""
        return self.size_words.get("dead", frozenset()) | self.size_words.get("injured", frozenset())

    def participant(self, word: str) -> bool:
        """Whether ``word`` (lower case) is a participant noun (see :func:`participant_noun`)."""
        return participant_noun(word, self.participants, self.participant_heads)

    def in_class(self, word: str, name: str) -> bool:
        """Whether ``word`` (lower case) belongs to the word class ``name``; a class listing
        :data:`NUMERAL` holds every figure too, as counts are no list of words, and one
        listing :data:`SCORE` every score."""
        members = self.classes.get(name, frozenset())
        return word in members or NUMERAL in members and word.isdigit() \
            or SCORE in members and _SCORE.fullmatch(word) is not None

    def candidates(self, word: str) -> list[Pattern]:
        """Patterns whose first word is ``word`` (lower case), longest phrase first."""
        return self.patterns.get(word, [])

    def verb_modes(self, lemma: str) -> frozenset[str]:
        """The modes of the verb triggers keyed by ``lemma``, also where the base form is no
        trigger of its own ("free", read only as "frees", "freed"): an infinitive ("to free")
        still names the act."""
        return frozenset(p.entry.mode for pats in self.patterns.values() for p in pats
                         if p.entry.key == lemma and p.entry.pos == "verb" and p.entry.mode)

    def threat_mode(self, type_: str | None, mode: str | None = None) -> str | None:
        """The THREATEN mode for a threatened act of ``type_`` and ``mode`` ("arrest",
        "violence", "relations"...), from ``threat_modes`` in events.yaml."""
        return _content_mode(self.threat_modes, type_, mode)

    def demand_mode(self, type_: str | None, mode: str | None = None) -> str | None:
        """The REQUEST or REJECT mode for a demanded or refused act of ``type_`` and ``mode``
        ("yield", "assist", "meet", "change"), from ``demand_modes`` in events.yaml."""
        return _content_mode(self.demand_modes, type_, mode)

    def cameo_root(self, type_: str, mode: str | None = None) -> str | None:
        """The CAMEO root code (two digits) of a PLOVER type and mode, for exports."""
        if type_ not in self.cameo_roots:
            return None
        root, by_mode = self.cameo_roots[type_]
        return by_mode.get(mode or "", root)


#: A one-syllable verb ending in one vowel and one consonant, which doubles the consonant
#: before "-ed" and "-ing" ("drop": "dropped", "dropping"; "snub": "snubbed").
_DOUBLING = re.compile(r"^[^aeiouy]*[aeiou][bcdfglmnprstvz]$")
#: Verbs of two syllables stressed on the last, which double it as well ("submit":
#: "submitted", "expel": "expelled"); "visit" and "limit", stressed on the first, do not.
_FINAL_STRESS = frozenset({"submit", "admit", "commit", "permit", "omit", "emit", "transmit", "remit", "acquit",
                           "regret", "abet", "forget", "outwit", "expel", "compel", "repel", "propel", "dispel",
                           "control", "patrol", "extol", "enrol", "refer", "prefer", "confer", "defer", "deter",
                           "occur", "incur", "recur", "concur", "equip", "embed", "rebel", "annul"})


def _content_mode(table: dict[str, tuple[str, dict[str, str]]], type_: str | None, mode: str | None) -> str | None:
    """The mode ``table`` gives an act of ``type_`` and ``mode`` that a threat or a demand is
    about: the mode's own entry, else the type's default; None for a type the table lacks."""
    if type_ not in table:
        return None
    default, by_mode = table[type_]
    return by_mode.get(mode or "", default)


def verb_forms(lemma: str) -> list[str]:
    """Regular English forms of a verb; irregular verbs list theirs in the lexicon."""
    if _DOUBLING.match(lemma) or lemma in _FINAL_STRESS:
        return [lemma, lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"]
    if lemma.endswith(("ee", "oe", "ye")):  # "agreeing", "freeing", "canoeing": the "e" stays
        return [lemma, lemma + "s", lemma + "d", lemma + "ing"]
    if lemma.endswith("ie"):  # "tying", "dying"
        return [lemma, lemma + "s", lemma + "d", lemma[:-2] + "ying"]
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


def noun_forms(lemma: str, plural: str | None) -> list[str]:
    if plural == "false":
        return [lemma]
    if plural:
        return [lemma, plural]
    if lemma.endswith(("s", "sh", "ch", "x")):
        return [lemma, lemma + "es"]
    return [lemma, lemma + "s"]


def phrase(text: str) -> tuple[str, ...]:
    """A cue phrase as lower-case words; "n't" and "'ll" stay words of their own."""
    return tuple(text.lower().replace("n't", " n't").replace("'ll", " 'll").split())


def _per_type_codes(check: "_Checker", data: YMap, section: str, key: str,
                    example: str) -> dict[str, tuple[str, dict[str, str]]]:
    """A section mapping PLOVER types to a default code under ``key`` and optional
    per-mode codes (``cameo_roots``, ``threat_modes``): type -> (default, {mode: code})."""
    table = check.section(data, section, YMap)
    codes: dict[str, tuple[str, dict[str, str]]] = {}
    for type_, spec in table.items():
        if type_ not in PLOVER_TYPES or not isinstance(spec, YMap) or key not in spec:
            check.error(table.lines[type_], f"{section}: {type_!r} needs a PLOVER type and a {key}",
                        f"write e.g. {example}")
            continue
        codes[type_] = (spec[key], dict(spec.get("modes") or {}))
    return codes


class _Checker:
    """Collects problems with file and line while reading one YAML file."""

    def __init__(self, origin: str):
        self.origin = origin
        self.problems: list[Problem] = []

    def error(self, line: int, reason: str, hint: str | None = None) -> None:
        self.problems.append(Problem(self.origin, reason, line=line, hint=hint))

    def section(self, data: YMap, key: str, kind: type) -> Any:
        value = data.get(key)
        if not isinstance(value, kind):
            self.error(data.lines.get(key, data.line),
                       f"section {key!r} is missing or is not a {'mapping' if kind is YMap else 'list'}",
                       "see the comments at the top of the file")
            return kind(data.line)
        return value

    def words(self, data: YMap, key: str) -> list[str]:
        return [str(w).lower() for w in self.section(data, key, YList)]

    def number(self, data: YMap, key: str) -> int:
        value = data.get(key)
        if not (isinstance(value, str) and value.isdigit()):
            self.error(data.lines.get(key, data.line), f"{key!r} must be a whole number")
            return 0
        return int(value)


def _entry(key: str, pos: str, spec: Any, line: int, check: _Checker,
           classes: dict[str, frozenset[str]]) -> tuple[Entry, list[str]] | None:
    if not isinstance(spec, YMap):
        check.error(line, f"trigger {key!r} must be a mapping like {{type: ASSAULT, args: [obj]}}")
        return None
    unknown = set(spec) - _ENTRY_FIELDS
    if unknown:
        check.error(line, f"trigger {key!r} has unknown field(s) {sorted(unknown)}",
                    f"known fields: {sorted(_ENTRY_FIELDS)}")
    type_ = spec.get("type")
    for name in ("type", "hostile", "official", "joint"):
        value = spec.get(name)
        if value is not None and value not in PLOVER_TYPES:
            check.error(line, f"trigger {key!r}: {name} {value!r} is not a PLOVER type",
                        f"use one of {', '.join(PLOVER_TYPES)}")
    complement = spec.get("complement")
    if complement not in (None, "absorb", "negate"):
        check.error(line, f"trigger {key!r}: complement must be absorb or negate")
    args = spec.get("args") or []
    if not isinstance(args, list):
        check.error(line, f"trigger {key!r}: args must be a list such as [obj, on]")
        args = []
    entry = Entry(key=key, pos=pos, type=type_, mode=spec.get("mode"),
                  args=tuple(str(a).lower() for a in args), complement=complement,
                  hostile=spec.get("hostile"), reciprocal=spec.get("reciprocal") == "true",
                  inverse=spec.get("inverse") == "true", official=spec.get("official"), joint=spec.get("joint"),
                  requires=spec.get("requires"), needs_object=spec.get("needs_object") == "true",
                  needs_agent=spec.get("needs_agent") == "true", needs_actor=spec.get("needs_actor") == "true",
                  addressee_subject=spec.get("addressee_subject") == "true",
                  party_gap=spec.get("party_gap") == "true",
                  gap=check.number(spec, "gap") if "gap" in spec else MAX_GAP, line=line)
    lemma = key.split()[0]
    forms = spec.get("forms")
    if forms is not None and not isinstance(forms, list):
        check.error(line, f"trigger {key!r}: forms must be a list of words")
        forms = None
    if lemma.startswith(CLASS):  # "@partnered * @drills": any word of the class opens it
        firsts = sorted(classes.get(lemma[1:], frozenset()))
    elif pos == "verb":
        firsts = [str(f).lower() for f in forms] if forms else verb_forms(lemma)
    elif _head_final(key):
        firsts = [lemma]  # "travel bans": the compound's last word takes the plural
    else:
        firsts = noun_forms(lemma, spec.get("plural"))
    return entry, firsts


def _head_final(key: str) -> bool:
    """A compound noun whose last word is its head ("asset freeze", "rocket attack"), not a
    noun with its preposition ("agreement with"), nor one whose head a preposition follows
    ("delay in paying": "delays in paying"), nor a pattern with gaps or classes."""
    words = key.split()
    return len(words) > 1 and not any(w in KEY_PARTICLES or w == GAP or w.startswith(CLASS) for w in words)


def _rests(key: str, pos: str, spec: YMap) -> list[tuple[str, ...]]:
    """The words after the first that a key's patterns match: for a head-final compound noun
    also its plural ("asset freezes", "travel bans")."""
    words = tuple(key.split())
    if pos != "noun" or not _head_final(key):
        return [words[1:]]
    return [words[1:-1] + (form,) for form in noun_forms(words[-1], spec.get("plural"))]


def _variants(entry: Entry, spec: YMap, check: _Checker) -> list[Entry]:
    """The same word read as another type when a word of another class stands near it:
    "entered" is MOBILIZE with a column of tanks and AID with trucks of food
    (``variants: {relief_goods: AID}``). Each variant keeps the entry's roles and drops its
    mode, which belongs to the first type, unless it keeps that type: then it is the same act
    found by another class of word ("board": a ship near it, or forces). A mode may follow
    the type when the word names a kind of that act ("storm": ``{vessels: COERCE seize}``,
    commandos storming a ship seize it)."""
    table = spec.get("variants")
    if table is None:
        return []
    if not isinstance(table, YMap):
        check.error(entry.line, f"trigger {entry.key!r}: variants must map a word class to a type",
                    "write it as variants: {relief_goods: AID}")
        return []
    out = []
    for name, value in table.items():
        type_, _, own_mode = str(value).partition(" ")
        if type_ not in PLOVER_TYPES:
            check.error(entry.line, f"trigger {entry.key!r}: variant type {type_!r} is not a PLOVER type",
                        f"use one of {', '.join(PLOVER_TYPES)}")
            continue
        mode = own_mode.strip() or (entry.mode if type_ == entry.type else None)
        out.append(replace(entry, type=type_, requires=name, mode=mode, hostile=None, official=None))
    return out


def _check_classes(entry: Entry, words: tuple[str, ...], classes: dict[str, frozenset[str]],
                   check: _Checker) -> None:
    """Every "@class" of a key and every ``requires`` names a class of ``classes``."""
    named = [w[1:] for w in words if w.startswith(CLASS)] + ([entry.requires] if entry.requires else [])
    for name in named:
        if name not in classes:
            check.error(entry.line, f"trigger {entry.key!r}: word class {name!r} is not defined",
                        f"define it under 'classes:' (known: {', '.join(sorted(classes))})")


def _class_words(name: str, classes: YMap, check: _Checker) -> frozenset[str]:
    """The words of class ``name``; a member "@other" adds the words of class ``other``, so
    that a class joins others without copying their lists ("@captives", "@vessels")."""
    out: set[str] = set()
    for member in classes[name]:
        word = str(member).lower()
        if not word.startswith(CLASS):
            out.add(word)
        elif word[1:] in classes:
            out |= {str(w).lower() for w in classes[word[1:]]}
        else:
            check.error(classes.lines[name], f"word class {name!r}: member {word!r} names no class",
                        f"define it under 'classes:' (known: {', '.join(sorted(classes))})")
    return frozenset(out)


def _load_events(path: Path, lexicon: EventLexicon, check: _Checker) -> None:
    data, problems = read_yaml(path)
    check.problems.extend(problems)
    if not isinstance(data, YMap):
        check.error(1, "the event lexicon must be a mapping of sections")
        return
    classes = check.section(data, "classes", YMap)
    lexicon.classes = {name: _class_words(name, classes, check) for name in classes}
    for pos, section in (("verb", "verbs"), ("noun", "nouns")):
        table = check.section(data, section, YMap)
        for key, spec in table.items():
            built = _entry(key.lower(), pos, spec, table.lines[key], check, lexicon.classes)
            if built is None:
                continue
            entry, firsts = built
            words = tuple(key.lower().split())
            variants = _variants(entry, spec, check)
            # a word read one way wherever it stands ("storm": an assault) reads as its variant
            # where the variant's class is near (a ship stormed is seized): tried first, it wins
            # a tie; a word that needs a class of its own keeps it first ("reach": an accord)
            for each in (entry, *variants) if entry.requires else (*variants, entry):
                _check_classes(each, words, lexicon.classes, check)
                for first in firsts:
                    for rest in _rests(key.lower(), pos, spec):
                        lexicon.patterns.setdefault(first, []).append(Pattern(each, rest))
    for pats in lexicon.patterns.values():
        pats.sort(key=lambda p: -len(p.rest))
    lexicon.place_targets = frozenset(check.section(data, "place_targets", YList))
    lexicon.place_sources = frozenset(check.section(data, "place_sources", YList))
    lexicon.own_means_types = frozenset(check.section(data, "own_means_types", YList))
    lexicon.hostile_words = frozenset(check.words(data, "hostile_words"))
    lexicon.participants = frozenset(check.words(data, "participants"))
    lexicon.participant_heads = tuple(check.words(data, "participant_heads"))
    for type_, table in check.section(data, "modes", YMap).items():
        lexicon.modes[type_] = [(mode, frozenset(w.lower() for w in words))
                                for mode, words in table.items()]
    lexicon.contexts = {name: frozenset(w.lower() for w in words)
                        for name, words in check.section(data, "contexts", YMap).items()}
    lexicon.future_recode = dict(check.section(data, "future_recode", YMap))
    lexicon.refusal_types = frozenset(check.section(data, "refusal_types", YList))
    lexicon.verbal_types = frozenset(check.section(data, "verbal_types", YList))
    lexicon.cameo_roots = _per_type_codes(check, data, "cameo_roots", "root", 'ASSAULT: {root: "19"}')
    lexicon.threat_modes = _per_type_codes(check, data, "threat_modes", "mode", "ASSAULT: {mode: violence}")
    lexicon.demand_modes = _per_type_codes(check, data, "demand_modes", "mode", "AID: {mode: assist}")
    lexicon.size_words = {name: frozenset(w.lower() for w in words)
                          for name, words in check.section(data, "size", YMap).items()}
    lexicon.size_asides = frozenset(check.words(data, "size_asides"))
    numbers = check.section(data, "number_words", YMap)
    for word, value in numbers.items():
        if not str(value).isdigit():
            check.error(numbers.lines[word], f"number_words: {word!r} must map to a whole number")
            continue
        lexicon.number_words[word.lower()] = int(value)


def _load_cues(path: Path, check: _Checker) -> ModalityCues:
    data, problems = read_yaml(path)
    check.problems.extend(problems)
    if not isinstance(data, YMap):
        data = YMap(1)
    modals = check.section(data, "modals", YMap)
    irregular = check.section(data, "reporting_forms", YMap)
    reporting: set[str] = set()
    for lemma in check.words(data, "reporting_verbs"):
        reporting.update(irregular.get(lemma) or verb_forms(lemma))

    def phrases(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(phrase(p) for p in check.words(data, key))

    return ModalityCues(
        negation=frozenset(check.words(data, "negation")),
        negation_window=check.number(data, "negation_window"),
        object_negation=frozenset(check.words(data, "object_negation")),
        not_object_negation=phrases("not_object_negation"),
        negating_governors=frozenset(check.words(data, "negating_governors")),
        conditionals=phrases("conditionals"),
        modal_window=check.number(data, "modal_window"),
        modals={name: tuple(phrase(str(p)) for p in words) for name, words in modals.items()},
        intended=phrases("intended"),
        intended_window=check.number(data, "intended_window"),
        stated_intent=phrases("stated_intent"),
        alleged=phrases("alleged"),
        alleged_window=check.number(data, "alleged_window"),
        reported=phrases("reported"),
        reported_window=check.number(data, "reported_window"),
        reporting_forms=frozenset(reporting),
        claiming_verbs=frozenset(check.words(data, "claiming_verbs")),
        according_to=phrases("according_to"),
        speaker_window=check.number(data, "speaker_window"),
        threat_conditions=phrases("threat_conditions"),
        threat_modals=frozenset(check.words(data, "threat_modals")),
        foretelling_modals=frozenset(check.words(data, "foretelling_modals")),
        parenthetical_verbs=frozenset(check.words(data, "parenthetical_verbs")),
        closing_warnings=frozenset(check.words(data, "closing_warnings")),
        speaking_forms=frozenset(f for lemma in check.words(data, "speaking_verbs") for f in verb_forms(lemma)),
        aims=phrases("aims"),
        exercises=phrases("exercises"),
        simulated=frozenset(check.words(data, "simulated")),
        content_nouns=frozenset(check.words(data, "content_nouns")),
        pending_bounds=frozenset(check.words(data, "pending_bounds")),
        pending_leads=frozenset(check.words(data, "pending_leads")),
    )


@lru_cache(maxsize=4)
def load_lexicon(events_path: Path = EVENTS_PATH, modality_path: Path = MODALITY_PATH) -> EventLexicon:
    """Read and check both lexicon files; raise :class:`LexiconError` naming file and line."""
    lexicon = EventLexicon()
    check = _Checker(str(events_path))
    _load_events(events_path, lexicon, check)
    cue_check = _Checker(str(modality_path))
    lexicon.cues = _load_cues(modality_path, cue_check)
    problems = check.problems + cue_check.problems
    if problems:
        raise LexiconError(problems)
    return lexicon
