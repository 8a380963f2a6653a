"""The actor knowledge base: YAML files a user can read and extend, checked and indexed once.

Why data files: stale leader lists and missing militias are the commonest complaints about
event data, so the people who notice them (analysts) must be able to fix them without
touching code. The packaged files under ``lapwing/kb/`` are loaded first, then each user
directory in order; a user entry with an id that already exists replaces the packaged one
(with a warning, so the override is visible). ``lapwing/kb/README.md`` documents the format.

Why our own walk over PyYAML nodes: constructed Python objects forget where they came from,
and every problem must name ``file:line``. Scalars stay strings, which also avoids YAML 1.1
surprises (``NO`` read as false, dates turned into objects).

Why normalised keys: news copy spells the same name many ways (Hezbollah, Hizballah,
Hizbullah; Kata'ib, Kataib, Kataeb; al-Haq, Al Haq). Every name in the KB and every token of
an article pass through the same :class:`Normaliser` (casefold, strip diacritics, drop
apostrophes and hyphens, drop Arabic articles, map transliteration variants listed in data),
so one dictionary lookup matches every spelling.
"""

from __future__ import annotations

import datetime
import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

import yaml

from lapwing.problems import Problem
from lapwing.records import ActorType

PACKAGED_KB = Path(__file__).with_name("kb")

_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
_STATE_ID = re.compile(r"^[A-Z]{3}$")
_WIKIDATA = re.compile(r"^Q\d+$")
_APOSTROPHES = "'’‘`´ʼʻʿʾ′"
_HYPHENS = frozenset("-‐‑")
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # dotted abbreviations: U.S., U.N.
    rf"|[^\W_]+(?:[{_APOSTROPHES}][^\W_]+)*"  # words, with inner apostrophes: Kata'ib
    r"|\S",  # any other single character: punctuation, hyphens
)
_POSSESSIVE = re.compile(rf"^(.+)([{_APOSTROPHES}][sS])$")
_STRIP = re.compile(rf"[{_APOSTROPHES}.]")
_FORMS_CACHED = 200_000  # distinct token texts whose forms a normaliser remembers

ACTOR_TYPES = (
    "state", "government", "military", "armed_group", "person", "media", "igo", "ngo",
    "business", "other",
)
CUE_NAMES = ("locative", "to_words", "motion", "from_words", "source", "directions",
             "place_nouns", "place_heads", "former", "not_names", "name_not_names", "name_joiners", "org_joiners",
             "not_org_names", "conjunctions", "nominal_next", "person_pronouns", "qualifiers",
             "crowd_adjectives", "relatives", "control_verbs", "portions", "honorific_abbrevs", "followers",
             "ally_nouns", "aim_words", "kin", "kin_possessives", "seat_suffixes", "retired", "neighbour_nouns",
             "undocumented", "town_kinds", "local_people", "venue_words",
             "sent_people", "facility_heads", "title_offices", "portfolio_heads",
             "origin_participles", "verb_nouns", "verb_leads", "verb_objects", "object_times", "place_bodies",
             "adjective_nouns", "place_named")
#: sectors of trades English also writes as one word with what they work on ("schoolteachers")
_TRADE_SECTORS = frozenset({"EDU", "LAB", "AGR", "MED", "REL"})
_COMPOUND_LEAD = 4  # letters a compound's first part needs ("school", "steel", "coal")
_COMPOUND_TRADE = 6  # letters its trade noun needs ("miners", "workers"; not "imams" ending other words)


class KnowledgeError(ValueError):
    """The KB could not be loaded; ``problems`` says where and why."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        errors = [p for p in self.problems if p.severity == "error"]
        super().__init__("actor knowledge base has errors:\n" + "\n".join(map(str, errors)))


# --------------------------------------------------------------------------- YAML with lines


class YMap(dict):  # type: ignore[type-arg]
    """A YAML mapping that remembers its own line and the line of each key (1-based)."""

    def __init__(self, line: int):
        super().__init__()
        self.line = line
        self.lines: dict[str, int] = {}


class YList(list):  # type: ignore[type-arg]
    """A YAML sequence that remembers its own line and the line of each item."""

    def __init__(self, line: int):
        super().__init__()
        self.line = line
        self.lines: list[int] = []


def _convert(node: yaml.Node, origin: str, problems: list[Problem]) -> Any:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out = YMap(line)
        for key_node, value_node in node.value:
            key = _convert(key_node, origin, problems)
            key_line = key_node.start_mark.line + 1
            if not isinstance(key, str):
                problems.append(Problem(origin, "a key must be a plain name", line=key_line))
                continue
            if key in out:
                problems.append(Problem(origin, f"key {key!r} appears twice in one entry",
                                        line=key_line, hint="keep one of them"))
            out[key] = _convert(value_node, origin, problems)
            out.lines[key] = key_line
        return out
    if isinstance(node, yaml.SequenceNode):
        seq = YList(line)
        for item in node.value:
            seq.append(_convert(item, origin, problems))
            seq.lines.append(item.start_mark.line + 1)
        return seq
    return None if node.tag.endswith(":null") else node.value


def read_yaml(path: Path) -> tuple[Any, list[Problem]]:
    """One YAML file as YMap/YList/str/None, with syntax errors reported at their line."""
    origin = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(origin, f"cannot read: {exc}", hint="save the file as UTF-8")]
    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        return None, [Problem(origin, f"YAML syntax: {exc.problem or exc}", line=line,
                              hint="check indentation, colons and brackets on this line")]
    problems: list[Problem] = []
    return (None if node is None else _convert(node, origin, problems)), problems


# --------------------------------------------------------------------------- normalisation


@dataclass(slots=True)
class Token:
    """A word or punctuation mark of a text, with its offsets and matching forms.

    ``norm`` is the case-insensitive matching form, ``exact`` the case-sensitive one used
    for abbreviations (``US`` must not match the pronoun ``us``), ``skip`` marks tokens
    that names ignore (hyphens, the Arabic article).
    """

    raw: str
    start: int
    end: int
    norm: str
    exact: str
    cap: bool
    skip: bool


def _spaced(text: str, at: int) -> bool:
    """Whether the hyphen at ``at`` (alone or in a run: "SPA -- Energy Minister") stands
    between spaces: a dash that separates ("Damascus, SANA - President ..."), not a hyphen
    that joins ("Iran-backed"), so names never run across it."""
    first, last = at, at
    while first > 0 and text[first - 1] in _HYPHENS:
        first -= 1
    while last < len(text) - 1 and text[last + 1] in _HYPHENS:
        last += 1
    return 0 < first and last < len(text) - 1 and text[first - 1].isspace() and text[last + 1].isspace()


@dataclass(frozen=True)
class Normaliser:
    """Turns texts into tokens and KB names into lookup keys, the same way for both."""

    variants: Mapping[str, str] = field(default_factory=dict)
    articles: frozenset[str] = frozenset()
    hyphen_articles: frozenset[str] = frozenset()
    #: token text -> (norm, exact), filled by :meth:`tokens`: news repeats its words
    _forms: dict[str, tuple[str, str]] = field(default_factory=dict, init=False, repr=False,
                                               compare=False, hash=False)

    def fold(self, raw: str) -> str:
        """Casefolded, diacritic-free, apostrophe-free form of one token, variants unified."""
        text = unicodedata.normalize("NFKD", raw)
        text = "".join(c for c in text if not unicodedata.combining(c))
        text = _STRIP.sub("", text.casefold()) or raw  # a lone "." stays "."
        return self.variants.get(text, text)

    def tokens(self, text: str, offset: int = 0) -> list[Token]:
        """Tokens of ``text``; offsets are into the text plus ``offset``."""
        pieces: list[tuple[str, int]] = []
        for match in _TOKEN.finditer(text):
            raw, start = match.group(), match.start() + offset
            possessive = _POSSESSIVE.match(raw)
            if possessive and len(possessive.group(1)) > 1:
                pieces.append((possessive.group(1), start))
                pieces.append(("'s", start + len(possessive.group(1))))
            else:
                pieces.append((raw, start))
        out: list[Token] = []
        forms = self._forms
        for i, (raw, start) in enumerate(pieces):
            form = forms.get(raw)
            if form is None:
                norm = "'s" if raw[1:].lower() == "s" and raw[0] in _APOSTROPHES else self.fold(raw)
                form = (norm, _STRIP.sub("", unicodedata.normalize("NFKC", raw)))
                if len(forms) < _FORMS_CACHED:
                    forms[raw] = form
            norm, exact = form
            next_raw = pieces[i + 1][0] if i + 1 < len(pieces) else ""
            skip = (
                (raw in _HYPHENS and not _spaced(text, start - offset))
                or norm in self.articles
                or (norm in self.hyphen_articles and next_raw in _HYPHENS)
            )
            out.append(Token(raw, start, start + len(raw), norm, exact, raw[:1].isupper(), skip))
        return out

    def key(self, phrase: str, keep_the: bool = False) -> tuple[tuple[str, ...], tuple[bool, ...]]:
        """The lookup key of a KB name and which of its words are capitalised.

        A leading "the" is dropped ("the Houthis" is listed as "Houthis" in effect) unless
        ``keep_the``: epithets keep it, since "a Jewish state" is not "the Jewish state".
        """
        words = [t for t in self.tokens(phrase) if not t.skip]
        if words and words[0].norm == "the" and not keep_the:
            words = words[1:]
        return tuple(t.norm for t in words), tuple(t.cap for t in words)

    def exact_key(self, phrase: str) -> tuple[str, ...]:
        """The case-sensitive key of an abbreviation ("U.S." and "US" give the same key)."""
        return tuple(t.exact for t in self.tokens(phrase) if not t.skip)


# --------------------------------------------------------------------------- the model


@dataclass(frozen=True)
class Role:
    """An office held by a person between two dates (``None`` = open / unknown)."""

    title: str
    org: str
    country: str
    sector: str | None
    start: str | None
    end: str | None

    def held_on(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)

    def describe(self, kb: KnowledgeBase) -> str:
        org = kb.actors[self.org].name
        span = f"{self.start or '?'} to {self.end or 'present'}"
        return f"{self.title}, {org} ({self.country}/{self.sector or '-'}), {span}"


@dataclass(frozen=True)
class Actor:
    """One KB entry: a state, an organisation or a person."""

    id: str
    name: str
    type: ActorType
    country: str
    sector: str | None
    origin: str
    aliases: tuple[str, ...] = ()
    abbrevs: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()
    common_names: tuple[str, ...] = ()
    epithets: tuple[str, ...] = ()
    hostile_epithets: tuple[str, ...] = ()
    shared_epithets: tuple[str, ...] = ()
    #: epithets that name the actor only in the copy of certain states: ``(name, states)``
    #: ("the enemy" is Israel in Lebanese and Syrian copy, Russia in Ukrainian)
    viewpoint_epithets: tuple[tuple[str, frozenset[str]], ...] = ()
    parent: str | None = None
    backed_by: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    #: what a person is called after a title when it is not the last word of the name
    #: (family name first: Hu Jintao is "President Hu"; Thai leaders by given name:
    #: "Prime Minister Thaksin"); like a surname, it needs support from the context
    surnames: tuple[str, ...] = ()
    wikidata: str | None = None
    #: a movement whose name each country's own society bears ("the Swiss Red Cross", "the
    #: Kenyan Red Cross"): with a country word before it, the name is that country's society
    national_branches: bool = False
    #: adjectives that name the body only as a giver of money ("pleaded for European money" asks
    #: the EU); elsewhere "European" stays a word of a continent, no party
    donor_demonyms: tuple[str, ...] = ()
    #: a state's neighbours by the adjective of their direction ("western": Turkey for
    #: Armenia): "its western neighbour" after the state names that one state
    neighbours: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: words for peoples living in the state, with no state of their own ("Amhara", "Kurdish"):
    #: "Amhara militiamen" are of the one state listing the word
    peoples: tuple[str, ...] = ()
    #: when an organisation was set up and wound up (``from``, ``to``): of two bodies sharing a
    #: name ("the Presidential Council": Libya's since 2016, Yemen's since 2022), one that did
    #: not exist on the article date is not the one a report means
    start: str | None = None
    end: str | None = None

    def exists_on(self, date: str | None) -> bool:
        """Whether the actor existed on ``date`` (always, with no date or no period)."""
        return date is None or ((self.start is None or self.start <= date) and (self.end is None or date <= self.end))

    def role_on(self, date: str | None) -> Role | None:
        """The role held on ``date`` (the latest-starting one if several); with no date,
        the latest open role: that is what an undated mention most likely means."""
        held = self.roles_on(date)
        return held[0] if held else None

    def roles_on(self, date: str | None) -> list[Role]:
        """The roles held on ``date`` (with no date, the open ones), latest-starting first;
        roles starting together keep their order."""
        if date is None:
            held = [r for r in self.roles if r.end is None]
        else:
            held = [r for r in self.roles if r.held_on(date)]
        return sorted(held, key=lambda r: r.start or "", reverse=True)


@dataclass(frozen=True)
class NameEntry:
    """One way of naming an actor; ``kind`` is the rule that a match reports."""

    actor_id: str
    kind: str  # alias, abbrev, epithet, hostile_epithet, shared_epithet, viewpoint_epithet,
    # demonym, plural, seat, common, partial, given
    text: str
    caps: tuple[bool, ...] = ()
    viewpoints: frozenset[str] = frozenset()  # a viewpoint epithet's states (see Actor)


@dataclass(frozen=True)
class Title:
    """An office, rank or honorific that can precede a name ("Foreign Minister")."""

    key: str
    sector: str | None
    kind: str  # office, rank, honorific
    broader: tuple[str, ...] = ()
    domestic: bool = False  # held at home ("Judge", "Governor"): of the one state its sentence names


@dataclass(frozen=True)
class SectorNoun:
    """A common noun that names a kind of actor ("officials", "militia", "activist")."""

    key: str
    sector: str
    type: ActorType
    standalone: bool = False  # an actor even without a country word ("gunmen")
    patron: bool = False  # "Iran's proxies": the possessor backs the group, it is not it
    proxy: str | None = None  # sector when backed by an outside patron ("US-backed forces")
    contextual: bool = False  # "the Foreign Ministry": of the one country the context names
    staff: bool = False  # "workers of the X Company": the organisation's staff, not the organisation
    community: bool = False  # "the Albanian population", "Russian immigrants": of the state they live in
    #: a body whose business is with other states ("the Ministry of Foreign Affairs"): a scene
    #: abroad in its sentence ("... turned the airstrip at Amdjarass into a corridor") is what it
    #: speaks of, so unlike the police it keeps the state the context gives
    abroad: bool = False
    #: people of a state's home affairs ("veterans"): of the one state the context names, else
    #: of where the outlet that ran the report is based, as they act at home
    home: bool = False
    #: a thing a state owns ("frigate"): an actor only with its state named ("a Turkish
    #: frigate"); alone it names a ship ("the destroyer Dena"), no party
    owned: bool = False
    #: a state's agents named bare ("security agents picked up 11 men in Zarqa"): of the state
    #: where their sentence first sets what they do, else of the one state the context names
    scene: bool = False


@dataclass(frozen=True)
class Affiliation:
    """A word that ties a group to a patron ("Turkish-backed", "pro-Iranian")."""

    word: str
    predicate: str
    prefix: bool
    own: bool = False  # "US-led forces" are the patron's own forces, not a proxy of it


@dataclass(frozen=True)
class OrgHead:
    """A noun that makes a capitalised phrase an organisation's name ("Liwa al-Qasr
    Brigade", "Popular Resistance Front") and says what kind of actor it is."""

    key: str
    type: ActorType
    sector: str | None
    lowercase: bool = False  # also after the name in lower case: "the Saraya al-Dam group"
    domestic: bool = False  # a body of home politics ("the Umma party"): of the one state its sentence names


@dataclass(frozen=True)
class StateSet:
    """A name that stands for several states at once, each of them a party to what it does
    ("the two Koreas agreed", "both Germanys"): one mention per state, and only while the
    name was in use (the two Germanys end with unification)."""

    name: str
    states: tuple[str, ...]
    start: str | None = None
    end: str | None = None

    def used_on(self, date: str | None) -> bool:
        """With no article date the name is taken at its word."""
        return date is None or ((self.start is None or self.start <= date)
                                and (self.end is None or date <= self.end))


@dataclass
class KnowledgeBase:
    """Every entry and lexicon, with the indexes the resolver needs, built once."""

    normaliser: Normaliser
    actors: dict[str, Actor]
    countries: dict[str, str]
    sectors: dict[str, str]
    state_sectors: frozenset[str]
    names: dict[tuple[str, ...], list[NameEntry]]
    exact: dict[tuple[str, ...], list[NameEntry]]
    common: dict[tuple[str, ...], list[NameEntry]]
    titles: dict[tuple[str, ...], list[Title]]
    title_by_key: dict[str, Title]
    nouns: dict[tuple[str, ...], SectorNoun]
    affiliations: dict[tuple[str, ...], Affiliation]
    prefixes: dict[str, Affiliation]
    org_heads: dict[tuple[str, ...], OrgHead]
    state_sets: dict[tuple[str, ...], StateSet]
    cues: dict[str, frozenset[str]]
    holders: dict[str, list[tuple[Actor, Role]]]
    person_keys: list[tuple[str, NameEntry]]
    max_len: int
    problems: list[Problem]
    #: per lookup table, first word of a key -> the longest key starting with it (built on
    #: first use; the tables are not changed after loading)
    _first_words: dict[str, dict[str, int]] = field(default_factory=dict, init=False, repr=False,
                                                    compare=False)
    _person_variants: dict[str, list[int]] | None = field(default=None, init=False, repr=False,
                                                           compare=False)
    _given_words: dict[str, tuple[Actor, ...]] | None = field(default=None, init=False, repr=False,
                                                              compare=False)
    _donors: dict[str, Actor] | None = field(default=None, init=False, repr=False, compare=False)
    _peoples: dict[str, tuple[str, ...]] | None = field(default=None, init=False, repr=False, compare=False)

    def first_words(self, table: str) -> dict[str, int]:
        """For the lookup table named ``table`` (``names``, ``exact``, ``common``,
        ``titles``, ``nouns``, ``affiliations``, ``state_sets``): each key's first word
        mapped to the length of the longest key starting with it. A phrase whose first word
        is not there cannot start any key, so lookups skip it."""
        index = self._first_words.get(table)
        if index is None:
            index = {}
            for key in getattr(self, table):
                if key and len(key) > index.get(key[0], 0):
                    index[key[0]] = len(key)
            self._first_words[table] = index
        return index

    def person_candidates(self, text: str, limit: int) -> list[int]:
        """Positions in :attr:`person_keys`, ascending, of every name that may be within
        ``limit`` (at most 2) edits of ``text``: two strings within k edits become equal
        after deleting at most k characters from each, so candidates share a deletion
        variant with ``text``. A superset: callers still measure the distance."""
        if self._person_variants is None:
            variants: dict[str, list[int]] = {}
            for i, (name, _) in enumerate(self.person_keys):
                for variant in _deletions(name, _FUZZY_MAX):
                    variants.setdefault(variant, []).append(i)
            self._person_variants = variants
        if limit > _FUZZY_MAX:
            return list(range(len(self.person_keys)))
        found: set[int] = set()
        get = self._person_variants.get
        for variant in _deletions(text, limit):
            hits = get(variant)
            if hits:
                found.update(hits)
        return sorted(found)

    def given_words(self) -> dict[str, tuple[Actor, ...]]:
        """The first word of every KB person's name of two or more words, with the people who
        bear it: "Abdullah" (King Abdullah, Abdullah Ocalan) is a given name, never a bare
        surname."""
        if self._given_words is None:
            norm = self.normaliser
            bearers: dict[str, list[Actor]] = {}
            for actor in self.actors.values():
                if actor.type == "person" and len(key := norm.key(actor.name)[0]) > 1:
                    bearers.setdefault(key[0], []).append(actor)
            self._given_words = {word: tuple(people) for word, people in bearers.items()}
        return self._given_words

    def donor(self, word: str) -> Actor | None:
        """The body a ``donor_demonyms`` adjective names as the giver of money asked for
        ("European funding": the EU), None for any other word."""
        if self._donors is None:
            self._donors = {d.lower(): actor for actor in self.actors.values() for d in actor.donor_demonyms}
        return self._donors.get(word.lower())

    def trade_compound(self, word: str) -> SectorNoun | None:
        """The trade a closed compound ends in ("schoolteachers": teachers, "steelworkers":
        workers), or None for a listed noun or any other word.

        Why: English writes many trades as one word with what they work on, and the trade's
        sector holds for either form. Only trades (:data:`_TRADE_SECTORS`) count: nouns of
        civilians, firms and forces end other words ("presidents", "confirms", "firefighters")."""
        word = self.normaliser.fold(word)
        if not word.isalpha() or (word,) in self.nouns:
            return None
        for cut in range(_COMPOUND_LEAD, len(word) - _COMPOUND_TRADE + 1):
            noun = self.nouns.get((word[cut:],))
            if noun is not None and noun.sector in _TRADE_SECTORS and noun.type != "person":
                return noun
        return None

    def people_states(self, word: str) -> tuple[str, ...]:
        """The states a people's word (``peoples`` of a state: "Amhara", "Kurdish") lives in,
        in KB order; none for any other word."""
        if self._peoples is None:
            homes: dict[str, list[str]] = {}
            for actor in self.actors.values():
                for people in actor.peoples:
                    homes.setdefault(self.normaliser.fold(people), []).append(actor.id)
            self._peoples = {people: tuple(states) for people, states in homes.items()}
        return self._peoples.get(self.normaliser.fold(word), ())

    def title_matches(self, text_title: Title, role_title: str) -> bool:
        """Whether a title written in the text describes a role ("leader" describes a
        secretary-general through ``broader``)."""
        role = self.title_by_key.get(role_title)
        return text_title.key == role_title or (role is not None and text_title.key in role.broader)

    def verb_use(self, lead: str, word: str, capitalised: bool, det: str, after: str) -> bool:
        """Whether a bare sector noun ``word`` (lower-case forms) is a verb, so names no party:
        after a ``verb_leads`` word and before a ``verb_objects`` determiner ("elders to police
        the truce", "troops will police the border") or a name ("asking him to press Morocco";
        ``det`` as written), unless an ``object_times`` word follows ("handed him to police the
        same day") or the name is a day's ("to police Monday"). The actors stage and the event
        roles both ask."""
        cues = self.cues
        named = det[:1].isupper() and det.lower() not in cues["not_names"]
        return (not capitalised and word in cues["verb_nouns"] and lead in cues["verb_leads"]
                and (det.lower() in cues["verb_objects"] or named) and after not in cues["object_times"])


_FUZZY_MAX = 2  # the most edits :meth:`KnowledgeBase.person_candidates` indexes for


def _deletions(text: str, k: int) -> set[str]:
    """``text`` and every string made from it by deleting up to ``k`` characters."""
    out = {text}
    frontier = {text}
    for _ in range(k):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


# --------------------------------------------------------------------------- loading


def kb_files(dirs: Sequence[Path]) -> list[tuple[int, Path]]:
    """``(layer, file)`` for the packaged KB (layer 0) and each user dir (1, 2, ...)."""
    out: list[tuple[int, Path]] = []
    for layer, directory in enumerate([PACKAGED_KB, *dirs]):
        files = sorted([*directory.rglob("*.yaml"), *directory.rglob("*.yml")])
        out.extend((layer, f) for f in files)
    return out


def validate_kb(dirs: Sequence[str | Path] = ()) -> list[Problem]:
    """Every problem in the packaged KB plus ``dirs``: what ``lapwing kb validate`` prints.

    Errors stop the KB from loading; warnings (name collisions, overrides) do not.
    """
    problems = [Problem(str(d), "no such directory", hint="pass a directory of .yaml files")
                for d in map(Path, dirs) if not d.is_dir()]
    if problems:
        return problems
    return _build([Path(d) for d in dirs]).problems


@lru_cache(maxsize=8)
def _load_cached(dirs: tuple[Path, ...]) -> KnowledgeBase:
    kb = _build(list(dirs))
    if any(p.severity == "error" for p in kb.problems):
        raise KnowledgeError(kb.problems)
    return kb


def load_kb(dirs: Sequence[str | Path] = ()) -> KnowledgeBase:
    """The packaged KB plus user ``dirs`` (later ones win), cached per process.

    Raises :class:`KnowledgeError` listing every error with its file and line.
    """
    missing = [str(d) for d in dirs if not Path(d).is_dir()]
    if missing:
        raise KnowledgeError([Problem(d, "no such KB directory",
                                      hint="pass a directory of .yaml files") for d in missing])
    return _load_cached(tuple(Path(d).resolve() for d in dirs))


class _Reader:
    """Checks one entry's fields against a schema and reads them, recording problems."""

    def __init__(self, origin: str, entry: YMap, problems: list[Problem]):
        self.origin, self.entry, self.problems = origin, entry, problems

    def where(self, key: str | None = None) -> int:
        return self.entry.lines.get(key, self.entry.line) if key else self.entry.line

    def error(self, reason: str, key: str | None = None, hint: str | None = None,
              severity: str = "error") -> None:
        record = self.entry.get("id")
        self.problems.append(Problem(self.origin, reason, severity, line=self.where(key),  # type: ignore[arg-type]
                                     record=record if isinstance(record, str) else None, hint=hint))

    def check_fields(self, required: Iterable[str], optional: Iterable[str]) -> bool:
        known = {*required, *optional}
        for key in self.entry:
            if key not in known:
                close = difflib.get_close_matches(key, sorted(known), n=1)
                hint = f"did you mean {close[0]!r}?" if close else f"known fields: {', '.join(sorted(known))}"
                self.error(f"unknown field {key!r}", key, hint)
        missing = [k for k in required if self.entry.get(k) in (None, "")]
        for key in missing:
            self.error(f"missing required field {key!r}", hint=f"add '{key}: ...' to this entry")
        return not missing

    def text(self, key: str) -> str | None:
        value = self.entry.get(key)
        if value is None or isinstance(value, str):
            return value
        self.error(f"field {key!r} must be a single value, not a list or mapping", key)
        return None

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.entry.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            return (value,)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.error(f"field {key!r} must be a list of non-empty names", key,
                       "write it as [name one, name two]")
            return ()
        return tuple(value)

    def viewpoints(self, key: str, countries: Mapping[str, str]) -> tuple[tuple[str, frozenset[str]], ...]:
        """``[{in: [LBN, SYR], names: [the enemy]}, ...]``: each name with the states in
        whose copy it names the entry."""
        value = self.entry.get(key)
        if value is None:
            return ()
        shape = "write it as [{in: [LBN, SYR], names: [the enemy]}]"
        if not isinstance(value, YList) or not all(isinstance(v, YMap) for v in value):
            self.error(f"field {key!r} must be a list of {{in, names}} mappings", key, shape)
            return ()
        out: list[tuple[str, frozenset[str]]] = []
        for item in value:
            r = _Reader(self.origin, item, self.problems)
            if not r.check_fields(("in", "names"), ()):
                continue
            states = r.texts("in")
            for code in states:
                _check_code(r, "in", code, countries, "country code")
            out.extend((name, frozenset(states)) for name in r.texts("names"))
        return tuple(out)

    def neighbours(self, key: str, countries: Mapping[str, str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """``{western: [TUR], southern: [IRN]}``: each direction's adjective with the states
        that lie that way."""
        value = self.entry.get(key)
        if value is None:
            return ()
        if not isinstance(value, YMap):
            self.error(f"field {key!r} must map a direction to states", key, "write it as {western: [TUR]}")
            return ()
        r = _Reader(self.origin, value, self.problems)
        for direction in value:
            for code in r.texts(direction):
                _check_code(r, direction, code, countries, "country code")
        return tuple((direction.lower(), r.texts(direction)) for direction in value)

    def flag(self, key: str) -> bool:
        value = self.text(key)
        if value is None:
            return False
        if value.lower() in ("true", "yes"):
            return True
        if value.lower() not in ("false", "no"):
            self.error(f"field {key!r} must be true or false", key)
        return False


@dataclass
class _Raw:
    """Everything read from the files, before cross-checks and indexing."""

    countries: dict[str, str] = field(default_factory=dict)
    sectors: dict[str, str] = field(default_factory=dict)
    state_sectors: set[str] = field(default_factory=set)
    variants: dict[str, str] = field(default_factory=dict)
    articles: set[str] = field(default_factory=set)
    hyphen_articles: set[str] = field(default_factory=set)
    cues: dict[str, set[str]] = field(default_factory=dict)
    # name -> (entry, file, line, layer); id -> (section, entry, file, line, layer)
    titles: dict[str, tuple[YMap, str, int, int]] = field(default_factory=dict)
    nouns: dict[str, tuple[YMap, str, int, int]] = field(default_factory=dict)
    affiliations: list[tuple[YMap, str]] = field(default_factory=list)
    org_heads: dict[str, tuple[YMap, str, int, int]] = field(default_factory=dict)
    state_sets: dict[str, tuple[YMap, str, int, int]] = field(default_factory=dict)
    entries: dict[str, tuple[str, YMap, str, int, int]] = field(default_factory=dict)


_SECTIONS = ("country_codes", "sectors", "variants", "articles", "cues", "titles",
             "sector_nouns", "affiliations", "org_heads", "state_sets", "states", "actors", "people")


def _build(dirs: list[Path]) -> KnowledgeBase:
    problems: list[Problem] = []
    raw = _Raw()
    docs: list[tuple[int, str, YMap]] = []
    for layer, path in kb_files(dirs):
        data, found = read_yaml(path)
        problems.extend(found)
        if data is None:
            continue
        if not isinstance(data, YMap):
            problems.append(Problem(str(path), "the file must be a mapping of sections", line=1,
                                    hint=f"start with one of: {', '.join(_SECTIONS)}"))
            continue
        for section in data:
            if section not in _SECTIONS:
                close = difflib.get_close_matches(section, _SECTIONS, n=1)
                problems.append(Problem(str(path), f"unknown section {section!r}", line=data.lines[section],
                                        hint=f"did you mean {close[0]!r}?" if close else
                                        f"known sections: {', '.join(_SECTIONS)}"))
        docs.append((layer, str(path), data))
    for layer, origin, data in docs:
        _read_lexicons(raw, layer, origin, data, problems)
    for layer, origin, data in docs:
        _read_entries(raw, layer, origin, data, problems)
    normaliser = Normaliser(raw.variants, frozenset(raw.articles), frozenset(raw.hyphen_articles))
    return _index(raw, normaliser, problems)


def _section(data: YMap, name: str, origin: str, problems: list[Problem]) -> list[tuple[YMap, int]]:
    """The entries of a list-of-mappings section, each with its line."""
    value = data.get(name)
    if value is None:
        return []
    if not isinstance(value, YList):
        problems.append(Problem(origin, f"section {name!r} must be a list of entries",
                                line=data.lines[name], hint="start each entry with '- '"))
        return []
    out = []
    for item, line in zip(value, value.lines):
        if isinstance(item, YMap):
            out.append((item, line))
        else:
            problems.append(Problem(origin, f"an entry of {name!r} must be a mapping", line=line,
                                    hint="write it as {field: value, ...}"))
    return out


def _register(table: dict[str, Any], key: str, value: Any, layer: int, origin: str, line: int,
              what: str, problems: list[Problem]) -> None:
    """Add ``key`` to ``table``: a duplicate in one layer is an error, a later layer overrides."""
    if key in table:
        previous = table[key]
        prev_origin, prev_line, prev_layer = previous[-3], previous[-2], previous[-1]
        if prev_layer == layer:
            problems.append(Problem(origin, f"{what} {key!r} is defined twice", line=line,
                                    hint=f"first defined at {prev_origin}:{prev_line}; keep one"))
            return
        problems.append(Problem(origin, f"{what} {key!r} overrides {prev_origin}:{prev_line}",
                                "warning", line=line))
    table[key] = (*value, origin, line, layer)


def _read_lexicons(raw: _Raw, layer: int, origin: str, data: YMap, problems: list[Problem]) -> None:
    for entry, _ in _section(data, "country_codes", origin, problems):
        r = _Reader(origin, entry, problems)
        if r.check_fields(("code", "name"), ()):
            raw.countries[r.text("code") or ""] = r.text("name") or ""
    for entry, _ in _section(data, "sectors", origin, problems):
        r = _Reader(origin, entry, problems)
        if r.check_fields(("code", "name"), ("state",)):
            code = r.text("code") or ""
            raw.sectors[code] = r.text("name") or ""
            if r.flag("state"):
                raw.state_sectors.add(code)
    plain = Normaliser()
    for entry, _ in _section(data, "variants", origin, problems):
        r = _Reader(origin, entry, problems)
        if not r.check_fields(("spellings",), ()):
            continue
        spellings = [plain.fold(s) for s in r.texts("spellings")]
        for spelling in spellings:
            if spelling in raw.variants and raw.variants[spelling] != spellings[0]:
                r.error(f"spelling {spelling!r} is already a variant of {raw.variants[spelling]!r}",
                        "spellings", "a spelling may belong to one variant group only")
            raw.variants[spelling] = spellings[0]
    articles = data.get("articles")
    if articles is not None:
        if isinstance(articles, YMap):
            r = _Reader(origin, articles, problems)
            r.check_fields((), ("always", "before_hyphen"))
            raw.articles.update(plain.fold(a) for a in r.texts("always"))
            raw.hyphen_articles.update(plain.fold(a) for a in r.texts("before_hyphen"))
        else:
            problems.append(Problem(origin, "'articles' must be a mapping", line=data.lines["articles"],
                                    hint="write it as {always: [...], before_hyphen: [...]}"))
    cues = data.get("cues")
    if cues is not None:
        if isinstance(cues, YMap):
            r = _Reader(origin, cues, problems)
            r.check_fields((), CUE_NAMES)
            for name in CUE_NAMES:
                raw.cues.setdefault(name, set()).update(r.texts(name))
        else:
            problems.append(Problem(origin, "'cues' must be a mapping of cue lists",
                                    line=data.lines["cues"], hint=f"known cues: {', '.join(CUE_NAMES)}"))
    for entry, line in _section(data, "titles", origin, problems):
        r = _Reader(origin, entry, problems)
        if r.check_fields(("title",), ("aliases", "sector", "kind", "broader", "domestic")):
            _register(raw.titles, (r.text("title") or "").lower(), (entry,), layer, origin, line,
                      "title", problems)
    for entry, line in _section(data, "sector_nouns", origin, problems):
        r = _Reader(origin, entry, problems)
        if r.check_fields(("nouns", "sector", "type"),
                          ("standalone", "patron", "proxy", "contextual", "staff", "community", "abroad",
                           "home", "owned", "scene")):
            for noun in r.texts("nouns"):
                _register(raw.nouns, noun.lower(), (entry,), layer, origin, line, "sector noun", problems)
    for entry, _ in _section(data, "affiliations", origin, problems):
        r = _Reader(origin, entry, problems)
        if r.check_fields(("predicate",), ("markers", "prefixes", "own")):
            raw.affiliations.append((entry, origin))
    for entry, line in _section(data, "org_heads", origin, problems):
        r = _Reader(origin, entry, problems)
        if r.check_fields(("heads", "type"), ("sector", "lowercase", "domestic")):
            for head in r.texts("heads"):
                _register(raw.org_heads, head.lower(), (entry,), layer, origin, line,
                          "organisation head", problems)
    for entry, line in _section(data, "state_sets", origin, problems):
        r = _Reader(origin, entry, problems)
        if r.check_fields(("names", "states"), ("from", "to")):
            for name in r.texts("names"):
                _register(raw.state_sets, name.lower(), (entry,), layer, origin, line, "state set", problems)


_ENTRY_FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "states": (("id", "name"), ("aliases", "abbrevs", "demonyms", "seats", "epithets",
                                "hostile_epithets", "shared_epithets", "viewpoint_epithets",
                                "neighbours", "peoples", "wikidata", "note")),
    "actors": (("id", "name", "type", "country"),
               ("sector", "aliases", "abbrevs", "seats", "common_names", "epithets",
                "hostile_epithets", "shared_epithets", "viewpoint_epithets", "parent", "backed_by",
                "national_branches", "donor_demonyms", "wikidata", "note", "from", "to")),
    "people": (("id", "name", "country"),
               ("sector", "aliases", "abbrevs", "surnames", "roles", "wikidata", "note")),
}


def _read_entries(raw: _Raw, layer: int, origin: str, data: YMap, problems: list[Problem]) -> None:
    for section, (required, optional) in _ENTRY_FIELDS.items():
        for entry, line in _section(data, section, origin, problems):
            r = _Reader(origin, entry, problems)
            if not r.check_fields(required, optional):
                continue
            actor_id = r.text("id") or ""
            pattern = _STATE_ID if section == "states" else _ID
            if not pattern.match(actor_id):
                r.error(f"bad id {actor_id!r}", "id",
                        "states use their ISO alpha-3 code (IRN); others lowercase letters, "
                        "digits, '_', '.', '-' (kataib_hezbollah)")
                continue
            _register(raw.entries, actor_id, (section, entry), layer, origin, line, "id", problems)


def _check_code(r: _Reader, key: str, value: str | None, table: Mapping[str, str], what: str) -> None:
    if value is not None and value not in table:
        close = difflib.get_close_matches(value, sorted(table), n=1)
        r.error(f"unknown {what} {value!r}", key,
                f"did you mean {close[0]!r}?" if close else f"see {what}s in codes.yaml")


def _index(raw: _Raw, norm: Normaliser, problems: list[Problem]) -> KnowledgeBase:
    countries = dict(raw.countries)
    for actor_id, (section, entry, *_) in raw.entries.items():
        if section == "states":
            countries[actor_id] = entry.get("name") or actor_id
    titles, title_by_key = _index_titles(raw, norm, problems)
    actors = _read_actors(raw, countries, title_by_key, problems)
    _check_references(raw, actors, problems)
    names: dict[tuple[str, ...], list[NameEntry]] = {}
    exact: dict[tuple[str, ...], list[NameEntry]] = {}
    common: dict[tuple[str, ...], list[NameEntry]] = {}
    holders: dict[str, list[tuple[Actor, Role]]] = {}
    for actor in actors.values():
        _index_names(actor, norm, names, exact, common)
        for role in actor.roles:
            holders.setdefault(role.title, []).append((actor, role))
    _index_partials(actors, norm, names)
    _warn_collisions(raw, names, exact, problems)
    nouns: dict[tuple[str, ...], SectorNoun] = {}
    for noun, (entry, origin, _line, _layer) in raw.nouns.items():
        r = _Reader(origin, entry, problems)
        sector, kind = r.text("sector"), r.text("type")
        _check_code(r, "sector", sector, raw.sectors, "sector")
        if kind not in ACTOR_TYPES:
            r.error(f"unknown type {kind!r}", "type", f"one of: {', '.join(ACTOR_TYPES)}")
        proxy = r.text("proxy")
        _check_code(r, "proxy", proxy, raw.sectors, "sector")
        nouns[norm.key(noun)[0]] = SectorNoun(noun, sector or "UNK", cast(ActorType, kind or "other"),
                                              r.flag("standalone"), r.flag("patron"), proxy,
                                              r.flag("contextual"), r.flag("staff"), r.flag("community"),
                                              r.flag("abroad"), r.flag("home"), r.flag("owned"),
                                              r.flag("scene"))
    org_heads: dict[tuple[str, ...], OrgHead] = {}
    for head, (entry, origin, _line, _layer) in raw.org_heads.items():
        r = _Reader(origin, entry, problems)
        sector, kind = r.text("sector"), r.text("type")
        _check_code(r, "sector", sector, raw.sectors, "sector")
        if kind not in ACTOR_TYPES or kind in ("state", "person"):
            r.error(f"unknown or misplaced type {kind!r}", "type",
                    "one of: " + ", ".join(t for t in ACTOR_TYPES if t not in ("state", "person")))
        org_heads[norm.key(head)[0]] = OrgHead(head, cast(ActorType, kind or "other"), sector,
                                               r.flag("lowercase"), r.flag("domestic"))
    state_sets = _index_state_sets(raw, countries, norm, problems)
    affiliations: dict[tuple[str, ...], Affiliation] = {}
    prefixes: dict[str, Affiliation] = {}
    for entry, origin in raw.affiliations:
        r = _Reader(origin, entry, problems)
        predicate, own = r.text("predicate") or "", r.flag("own")
        for word in r.texts("markers"):
            affiliations[norm.key(word)[0]] = Affiliation(word, predicate, False, own)
        for word in r.texts("prefixes"):
            prefixes[norm.fold(word)] = Affiliation(word, predicate, True, own)
    person_keys = [(" ".join(key), entry) for key, entries in names.items() for entry in entries
                   if actors[entry.actor_id].type == "person" and entry.kind in ("alias", "partial")]
    person_keys.extend(_given_names(actors, norm))
    lengths = [len(k) for table in (names, exact, common, titles, nouns, affiliations, state_sets)
               for k in table]
    return KnowledgeBase(
        normaliser=norm, actors=actors, countries=countries, sectors=dict(raw.sectors),
        state_sectors=frozenset(raw.state_sectors), names=names, exact=exact, common=common,
        titles=titles, title_by_key=title_by_key, nouns=nouns, affiliations=affiliations,
        prefixes=prefixes, org_heads=org_heads, state_sets=state_sets, holders=holders,
        cues={name: frozenset(norm.fold(w) for w in raw.cues.get(name, ())) for name in CUE_NAMES},
        person_keys=person_keys, max_len=max(lengths, default=1), problems=problems,
    )


def _index_state_sets(raw: _Raw, countries: Mapping[str, str], norm: Normaliser,
                      problems: list[Problem]) -> dict[tuple[str, ...], StateSet]:
    """Names of several states at once, keyed like aliases; their states must be KB states."""
    sets: dict[tuple[str, ...], StateSet] = {}
    for name, (entry, origin, _line, _layer) in raw.state_sets.items():
        r = _Reader(origin, entry, problems)
        states = r.texts("states")
        for state in states:
            if state not in countries or raw.entries.get(state, ("",))[0] != "states":
                r.error(f"{state!r} is not a KB state", "states", "use the id of an entry in states")
        start, end = r.text("from"), r.text("to")
        for key, date in (("from", start), ("to", end)):
            if date is not None and not _is_date(date):
                r.error(f"bad date {date!r} in {key!r}", key, "write dates as YYYY-MM-DD")
        sets[norm.key(name)[0]] = StateSet(name, tuple(dict.fromkeys(states)), start, end)
    return sets


def _index_titles(raw: _Raw, norm: Normaliser, problems: list[Problem]
                  ) -> tuple[dict[tuple[str, ...], list[Title]], dict[str, Title]]:
    titles: dict[tuple[str, ...], list[Title]] = {}
    by_key: dict[str, Title] = {}
    for key, (entry, origin, _line, _layer) in raw.titles.items():
        r = _Reader(origin, entry, problems)
        sector, kind = r.text("sector"), r.text("kind") or "office"
        _check_code(r, "sector", sector, raw.sectors, "sector")
        if kind not in ("office", "rank", "honorific"):
            r.error(f"unknown title kind {kind!r}", "kind", "one of: office, rank, honorific")
        title = Title(key, sector, kind, tuple(b.lower() for b in r.texts("broader")), r.flag("domestic"))
        by_key[key] = title
        for name in (key, *r.texts("aliases")):
            for variant in _dotless(name):
                found = titles.setdefault(norm.key(variant)[0], [])
                if title not in found:
                    found.append(title)
    for title in by_key.values():
        for broader in title.broader:
            if broader not in by_key:
                entry, origin, _line, _layer = raw.titles[title.key]
                _Reader(origin, entry, problems).error(
                    f"broader title {broader!r} is not defined", "broader", "add it to titles")
    return titles, by_key


def _dotless(name: str) -> tuple[str, ...]:
    """A title with abbreviation dots also matches without them ("Gen." and "Gen")."""
    return (name, name.replace(".", "")) if "." in name else (name,)


def _read_actors(raw: _Raw, countries: Mapping[str, str], titles: Mapping[str, Title],
                 problems: list[Problem]) -> dict[str, Actor]:
    actors: dict[str, Actor] = {}
    for actor_id, (section, entry, origin, line, _layer) in raw.entries.items():
        r = _Reader(origin, entry, problems)
        country: str | None
        if section == "states":
            kind, country, sector = "state", actor_id, None
        else:
            kind = "person" if section == "people" else (r.text("type") or "other")
            country, sector = r.text("country"), r.text("sector")
            if section == "actors" and (kind not in ACTOR_TYPES or kind in ("state", "person")):
                r.error(f"unknown or misplaced type {kind!r}", "type",
                        "one of: " + ", ".join(t for t in ACTOR_TYPES if t not in ("state", "person"))
                        + " (states and people have their own sections)")
            _check_code(r, "country", country, countries, "country code")
            _check_code(r, "sector", sector, raw.sectors, "sector")
        wikidata = r.text("wikidata")
        if wikidata is not None and not _WIKIDATA.match(wikidata):
            r.error(f"bad Wikidata id {wikidata!r}", "wikidata", "write it as Q followed by digits")
        start, end = r.text("from"), r.text("to")
        for key, date in (("from", start), ("to", end)):
            if date is not None and not _is_date(date):
                r.error(f"bad date {date!r} in {key!r}", key, "write dates as YYYY-MM-DD")
        actors[actor_id] = Actor(
            id=actor_id, name=r.text("name") or actor_id, type=cast(ActorType, kind),
            country=country or "UNK",
            sector=sector, origin=f"{origin}:{line}", aliases=r.texts("aliases"),
            abbrevs=r.texts("abbrevs"), demonyms=r.texts("demonyms"), seats=r.texts("seats"),
            common_names=r.texts("common_names"), epithets=r.texts("epithets"),
            hostile_epithets=r.texts("hostile_epithets"),
            shared_epithets=r.texts("shared_epithets"),
            viewpoint_epithets=r.viewpoints("viewpoint_epithets", countries), parent=r.text("parent"),
            backed_by=r.texts("backed_by"), roles=_read_roles(r, raw, titles),
            surnames=r.texts("surnames"), wikidata=wikidata,
            national_branches=r.flag("national_branches"), donor_demonyms=r.texts("donor_demonyms"),
            neighbours=r.neighbours("neighbours", countries), peoples=r.texts("peoples"), start=start, end=end,
        )
    return actors


def _read_roles(r: _Reader, raw: _Raw, titles: Mapping[str, Title]) -> tuple[Role, ...]:
    """Roles are resolved against their org later (country, sector); here only checked."""
    value = r.entry.get("roles")
    if value is None:
        return ()
    if not isinstance(value, YList):
        r.error("'roles' must be a list of {title, org, from, to}", "roles")
        return ()
    roles = []
    for item, line in zip(value, value.lines):
        if not isinstance(item, YMap):
            r.problems.append(Problem(r.origin, "a role must be a mapping {title, org, from, to}", line=line))
            continue
        rr = _Reader(r.origin, item, r.problems)
        if not rr.check_fields(("title", "org"), ("from", "to", "sector")):
            continue
        title, org = (rr.text("title") or "").lower(), rr.text("org") or ""
        start, end, sector = rr.text("from"), rr.text("to"), rr.text("sector")
        if title not in titles:
            close = difflib.get_close_matches(title, sorted(titles), n=1)
            rr.error(f"unknown title {title!r}", "title",
                     f"did you mean {close[0]!r}?" if close else "add it to titles in lexicon.yaml")
        for key, date in (("from", start), ("to", end)):
            if date is not None and not _is_date(date):
                rr.error(f"bad date {date!r} in {key!r}", key, "write dates as YYYY-MM-DD")
        if start and end and _is_date(start) and _is_date(end) and end < start:
            rr.error(f"role ends ({end}) before it starts ({start})", "to")
        _check_code(rr, "sector", sector, raw.sectors, "sector")
        if org not in raw.entries:
            rr.error(f"role org {org!r} is not a KB id", "org", "use the id of a state or organisation")
            continue
        org_section, org_entry = raw.entries[org][0], raw.entries[org][1]
        org_country = org if org_section == "states" else (org_entry.get("country") or "UNK")
        org_sector = None if org_section == "states" else org_entry.get("sector")
        title_sector = titles[title].sector if title in titles else None
        roles.append(Role(title, org, org_country, sector or org_sector or title_sector, start, end))
    return tuple(roles)


def _is_date(text: str) -> bool:
    try:
        return len(text) == 10 and bool(datetime.date.fromisoformat(text))
    except ValueError:
        return False


def _check_references(raw: _Raw, actors: Mapping[str, Actor], problems: list[Problem]) -> None:
    for actor in actors.values():
        section, entry, origin, *_ = raw.entries[actor.id]
        r = _Reader(origin, entry, problems)
        parents = (actor.parent,) if actor.parent else ()
        for key, refs in (("parent", parents), ("backed_by", actor.backed_by)):
            for ref in refs:
                if ref not in actors:
                    close = difflib.get_close_matches(ref, sorted(actors), n=1)
                    r.error(f"{key} {ref!r} is not a KB id", key,
                            f"did you mean {close[0]!r}?" if close else "add that actor first")
        if actor.type == "person" and not actor.roles and actor.sector is None:
            r.error("a person needs a sector or at least one role", "sector",
                    "add 'sector: GOV' (or the right PLOVER sector)")


def _plural(demonym: str) -> str | None:
    """English plural of a demonym used as a noun: Iranian -> Iranians, Iraqi -> Iraqis;
    -ese and -ish forms (Lebanese, British) have none."""
    return demonym + "s" if demonym[-1:] in ("n", "i") else None


def _index_names(actor: Actor, norm: Normaliser, names: dict, exact: dict, common: dict) -> None:
    def add(table: dict, text: str, kind: str, keep_the: bool = False,
            viewpoints: frozenset[str] = frozenset()) -> None:
        key, caps = norm.key(text, keep_the)
        if key:
            table.setdefault(key, []).append(NameEntry(actor.id, kind, text, caps, viewpoints))

    seats = {norm.key(text)[0] for text in actor.seats}
    for text in (actor.name, *actor.aliases):
        if norm.key(text)[0] not in seats:  # "White House" is a seat: place or metonymy
            add(names, text, "alias")
    for text in actor.epithets:
        add(names, text, "epithet", keep_the=True)
    for text in actor.hostile_epithets:
        add(names, text, "hostile_epithet", keep_the=True)
    for text in actor.shared_epithets:
        add(names, text, "shared_epithet", keep_the=True)
    for text, states in actor.viewpoint_epithets:
        add(names, text, "viewpoint_epithet", keep_the=True, viewpoints=states)
    for text in actor.demonyms:
        add(names, text, "demonym")
        plural = _plural(text)
        if plural:
            add(names, plural, "plural")
    for text in actor.seats:
        add(names, text, "seat")
    for text in actor.common_names:
        add(common, text, "common")
    for text in actor.abbrevs:
        key = norm.exact_key(text)
        if key:
            exact.setdefault(key, []).append(NameEntry(actor.id, "abbrev", text))


def _index_partials(actors: Mapping[str, Actor], norm: Normaliser, names: dict) -> None:
    """A person's surname (last word of each full name, and the listed ``surnames``) as a
    *partial* key: it resolves only with support from context (a title, a country, an
    earlier mention). A name whose last word is a hyphenated given name ("Moon Jae-in", "Lee
    Teng-hui") puts the family name first: that is the surname, and the given name's lower-case
    end no key (it would match the word "in")."""
    for actor in actors.values():
        if actor.type != "person":
            continue
        keys = []
        for text in (actor.name, *actor.aliases):
            key, caps = norm.key(text)
            if len(key) >= 2:
                family_first = not caps[-1] and "-" in text.split()[-1]
                keys.append((key[:1], caps[:1], text) if family_first else (key[-1:], caps[-1:], text))
        for text in actor.surnames:
            key, caps = norm.key(text)
            if key:
                keys.append((key, caps, text))
        for surname, caps, text in keys:
            entries = names.setdefault(surname, [])
            if not any(e.actor_id == actor.id for e in entries):
                entries.append(NameEntry(actor.id, "partial", text, caps))


def _given_names(actors: Mapping[str, Actor], norm: Normaliser) -> list[tuple[str, NameEntry]]:
    """A person's given name (first word of the canonical name) as a *given* key, for the
    near-miss search only: royals and clerics are named by title and given name ("Prince
    Faisal", "Sheikh Tamim"), so it is tried only after a title and still needs support.
    Kept out of the name tables: a bare first name is no one's name."""
    given = []
    for actor in actors.values():
        key, caps = norm.key(actor.name)
        if actor.type == "person" and len(key) >= 2:
            given.append((key[0], NameEntry(actor.id, "given", actor.name, caps[:1])))
    return given


def _warn_collisions(raw: _Raw, names: dict, exact: dict, problems: list[Problem]) -> None:
    """Two actors sharing a name is allowed (context may decide) but the user should know."""
    strong = ("alias", "abbrev", "epithet", "hostile_epithet", "demonym", "seat")
    for table in (names, exact):
        for entries in table.values():
            ids = sorted({e.actor_id for e in entries if e.kind in strong})
            if len(ids) > 1:
                first = next(e for e in entries if e.actor_id == ids[-1])
                _section_name, _entry, origin, line, _layer = raw.entries[ids[-1]]
                problems.append(Problem(origin, f"name {first.text!r} is shared by {', '.join(ids)}",
                                        "warning", line=line, record=ids[-1],
                                        hint="context decides between them; remove it from one "
                                             "entry if it should always mean the other"))


def describe_actor(actor_id: str | None, kb: KnowledgeBase | None = None) -> dict[str, Any] | None:
    """What the KB knows of an actor, for its page in the UI: names, dated roles, ties.

    ``None`` for actors the KB does not list (unresolved or provisional ones).
    """
    kb = kb or load_kb()
    actor = kb.actors.get(actor_id or "")
    if actor is None:
        return None

    def named(ref: str) -> dict[str, str]:
        other = kb.actors.get(ref)
        return {"id": ref, "name": other.name if other else ref}

    return {
        "id": actor.id, "name": actor.name, "type": actor.type, "country": actor.country,
        "sector": actor.sector, "defined_at": actor.origin, "wikidata": actor.wikidata,
        "aliases": list(actor.aliases + actor.abbrevs), "epithets": list(actor.epithets),
        "hostile_epithets": list(actor.hostile_epithets),
        "shared_epithets": list(actor.shared_epithets),
        "viewpoint_epithets": [{"name": name, "in": sorted(states)} for name, states in actor.viewpoint_epithets],
        "seats": list(actor.seats),
        "parent": named(actor.parent) if actor.parent else None,
        "backed_by": [named(ref) for ref in actor.backed_by],
        "roles": [{"title": r.title, "org": named(r.org), "country": r.country, "sector": r.sector,
                   "from": r.start, "to": r.end} for r in sorted(actor.roles, key=lambda r: r.start or "")],
    }
