"""Actor coding: a mention, its sentence and the article's date -> an explained ActorRef.

Why rules over the KB rather than a model: analysts must be able to see *why* a mention
became an actor and fix the KB when it is wrong, so every :class:`ActorRef` carries a
``reason`` of the form ``rule[+flag...]: detail``. Rules:

``alias``       a name listed in the KB (any spelling the normaliser unifies)
``epithet``     a descriptive name ("the Jewish state"); flag ``hostile`` for hostile ones,
                ``viewpoint`` for those that name their bearer only in some states' copy
                ("a hostile drone" in a Lebanese agency's report is Israel's)
``metonymy``    a capital or seat standing for a government ("Tehran said")
``demonym``     a country word plus a sector noun or common name ("Lebanese officials"); a
                hyphenated pair of them names each state ("US-Israeli strikes": two mentions)
``title``       an office plus a country or organisation, resolved to whoever held it on
                the article date ("Iran's foreign minister")
``affiliation`` an unnamed group known only by its patron ("Turkish-backed factions")
``coreference`` a later short reference to a person named earlier ("the Syrian", "Hussein")
``fuzzy``       a misspelt or partial name of a KB person, accepted only with support from
                context (a title, a country, an organisation, an earlier mention)
``noun``        a noun that is an actor on its own ("gunmen")
``unknown``     a named actor not in the KB: provisional id, country and sector from modifiers
                or from the noun that heads the name ("Liwa al-Qasr Brigade" is an armed group)
flag ``role``   the person held a KB role on the article date (sector and country from it)

A country or capital used as a place ("in Iraq", "flew to Tehran") is not an actor: the
resolution then has no actor and its reason says which cue decided.

The scanner (:func:`scan`) finds mentions longest-first, so that names containing other
names (Kata'ib Hezbollah, Syrian Democratic Forces) win over the shorter ones; it works
before any statistical NER exists, and :func:`resolve` explains spans an NER finds.
Without an NER, unknown organisations are found as capitalised phrases headed by an
organisation noun from the lexicon's ``org_heads`` ("the Liwa al-Qasr Brigade", "the
Popular Resistance Front for X", "the Saraya Awliya al-Dam group"); known names still win.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from lapwing.gazetteer import Gazetteer
from lapwing.hookspecs import hookimpl
from lapwing.knowledge import (
    Actor, Affiliation, KnowledgeBase, NameEntry, OrgHead, Role, SectorNoun, Title, Token, load_kb,
)
from lapwing.places_actors import heads_state, sitting_holder
from lapwing.places_recognise import dateline_country, never_place, place_country, unlike_alias
from lapwing.records import PROVISIONAL_ID, ActorRef, ActorType, Mention, MentionLabel, Relation, Span
from lapwing.stages import Analysis, StageFn, stage

#: The mark of a plural possessive ("Prisoners' Affairs"): part of a name, not of its key.
_APOSTROPHES = frozenset({"'", "’"})
_SENTENCE_ENDS = frozenset({".", "!", "?"})
#: Marks that end a clause inside a sentence: a state named past them is no object of a title before them.
_CLAUSE_ENDS = _SENTENCE_ENDS | {",", ";"}
#: Words before a noun that give it an owner ("the group's militants", "their gunmen").
#: words an apposition after a person's name may run to before its closing comma
_APPOSITION_WORDS = 14
_OWNER_WORDS = frozenset({"'s", "'", "its", "their", "his", "her", "our"})
#: Nouns whose "the X's" before a title or body points back at the state in context ("called
#: on the country's president to resign"), read as "the" alone.
_SELF_NOUNS = frozenset({"country", "nation"})
# "ethnic Albanians", "ethnic Serb villagers": the people as a community living in another
# state, not the state of that name (a closed-class word of the grammar of ethnonyms)
_ETHNIC = frozenset({"ethnic"})
#: How many sentence ends may lie between a pronoun and the person it refers back to.
_PRONOUN_REACH = 1
#: years out of every office after which a person's bare given name ("Saddam") names him only
#: when the text ties it to him (:meth:`_Parser._out_of_time`)
_STALE_YEARS = 10
#: Kinds of organisation a person's name with a noun for armed men stands for ("Haftar forces").
_FORCE_TYPES = frozenset({"armed_group", "military"})
#: Sectors of a state's bodies that act at home: "prosecutors in Seoul" are South Korea's.
_HOME_SECTORS = frozenset({"GOV", "JUD", "LEG", "COP"})
#: sectors whose unnamed members are often abroad: a country after "in" is where they serve,
#: shelter or trade, not whose they are ("troops in Iraq", "refugees in Lebanon", "a Texas-based
#: company in Iraq")
_ABROAD_SECTORS = frozenset({"GOV", "MIL", "SPY", "REF", "BUS"})
#: Predicates of affiliation markers that, between a noun for armed men and a commander's
#: name, make the men the commander's force: "loyal to Daglo", "led by Haftar".
_COMMAND_PREDICATES = frozenset({"aligned_with", "leads"})
#: Kinds of organisation a state has of its own, whose names other states' bodies may share.
_STATE_BODY_TYPES = frozenset({"government", "military"})
_KIND_ORDER = ("alias", "abbrev", "epithet", "hostile_epithet", "shared_epithet", "viewpoint_epithet",
               "seat", "demonym", "plural")
#: Kinds of title that go with any office: a rank or an honorific ("Major General", "Sheikh").
_RANK_KINDS = frozenset({"rank", "honorific"})
_EPITHETS = {"epithet": "epithet", "hostile_epithet": "epithet+hostile", "shared_epithet": "epithet",
             "viewpoint_epithet": "epithet+viewpoint"}
#: Epithets whose bearer the context decides: they tell no country a document names.
_SETTLED_KINDS = frozenset({"shared_epithet", "viewpoint_epithet"})
#: Words that join the parts of a person's name only ("Badr bin Hamad", "Abu Mohammed"):
#: after a one-word name of anything else they make it a person's first name.
PERSONAL_JOINERS = frozenset({"bin", "bint", "ibn", "abu", "umm"})
#: The shortest misspelt word read as a state name one edit away, and two edits away
#: ("Phillipines"), see _Parser._misspelt_state.
_MISSPELT_MIN = 7
_MISSPELT_MIN_TWO = 10
_LOOKBACK = 8  # tokens to the left that may hold a mention's title or country word
#: Words back from a "from" to the "of" of a source noun ("an offer of a three-month ceasefire from").
_SOURCED_REACH = 8
#: How many name words before a KB person's name may be read as another person's given names
#: ("Mohammed Tawfiq Allawi"), see _Parser._surname_of.
_GIVEN_RUN = 3
#: The shortest word of a name that may be spelt one letter differently ("Mohamad", "Mohammed").
_SPELLING_MIN = 5
#: Words after a state's name or demonym that put a place at its edge, on either side ("near the
#: Zambian frontier"): no scene in that state.
_BORDER_WORDS = frozenset({"border", "borders", "frontier", "frontiers", "boundary"})
#: How many words (with "of") may say what kind of place follows a locative ("in the border town of X").
_KIND_WORDS = 4

#: A place named inside an unknown organisation's name ("the Khuzestan Steel Company") gives it
#: the place's country when the place is at least this populous (smaller namesakes of common
#: words abound); a namesake with this share of its population is another reading of the name.
_NAMED_PLACE_MIN = 100_000
_NAMESAKE_SHARE = 0.1
#: Gazetteer features of a province, whose offices a possessive may name however few its people.
_PROVINCE_FEATURES = frozenset({"admin1", "admin2"})
#: The longest place name looked for inside an organisation's name.
_NAMED_PLACE_WORDS = 3

#: The marks that join the words of a compound ("US-Israeli"): a hyphen with no space around it.
_JOINING_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
#: What may precede a dateline's country: its city ("BASRA, Iraq —", "DUBAI, United Arab Emirates (AP) —").
_DATELINE_HEAD = re.compile(r"(?:[^\n.,()]{1,30},)?\s*")
#: What follows a dateline's place name: an optional date, an optional "(Agency)", a dash or the
#: agency between slashes ("MOSCOW, February 28. /TASS/.").
_DATELINE_TAIL = re.compile(r"(?:,[^\n(/\u2014\u2013]{1,30})?\s*(?:\([^)\n]{1,40}\)\s*)?"
                            r"(?:[\u2014\u2013-]{1,2}|/[^/\n]{2,20}/\.?)\s")
#: A byline's outlet opens its line ("Shafaq News / ...") or closes a dateline ("Damascus,
#: SANA - ...", "Jeddah, May 2, 2025, SPA -- ..."): before it, at most a place and a date.
_BYLINE_HEAD = re.compile(r"(?:[^\n.,]{1,30},(?:[^\n.,]{1,20},){0,2})?\s*")
_BYLINE_TAIL = re.compile(r"\s*(?:/|[\u2014\u2013-]{1,2})\s")
#: A wire dateline names its agency in brackets ("CAIRO, Aug 21 (Reuters) -", "DUBAI, United
#: Arab Emirates (AP) —"): before the bracket a place and a date, after it a dash.
_WIRE_HEAD = re.compile(r"(?:[^\n.,()]{1,30}(?:,[^\n()]{1,30})?)?\s*\(")
_WIRE_TAIL = re.compile(r"\)\s*[\u2014\u2013-]{1,2}\s")
#: TASS closes its dateline with its name between slashes ("MOSCOW, February 28. /TASS/. ").
_SLASH_HEAD = re.compile(r"(?:[^\n()/]{1,30},[^\n()/]{1,30})?\s*/")
_SLASH_TAIL = re.compile(r"/\.?\s")
#: A numbered unit's ordinal ("7th Military Region", "1st Fleet").
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


@dataclass(frozen=True)
class ActorLink:
    """A relation the text itself states between two actors: "Turkish-backed factions"
    gives Turkey ``backs`` the factions. Subject and object are ActorRefs with offsets."""

    subject: ActorRef
    predicate: str
    object: ActorRef

    def to_relation(self, doc_id: str, evidence: Span) -> Relation:
        return Relation(doc_id=doc_id, subject=self.subject, predicate=self.predicate,
                        object=self.object, evidence=evidence)


@dataclass
class Resolution:
    """What a mention resolved to: an actor (or none, e.g. a place), links, and why."""

    actor: ActorRef | None
    reason: str
    links: list[ActorLink] = field(default_factory=list)


@dataclass(frozen=True)
class Hit:
    """A mention found by :func:`scan`, with its resolution and NER-style label."""

    start: int
    end: int
    text: str
    label: MentionLabel
    resolution: Resolution


#: Words after a demonym owner ("of Syrian ...") that are no noun of it.
_DEMONYM_HEAD_STOPS = frozenset({"and", "or", "but", "nor", "who", "whom", "which", "that", "in", "on", "at",
                                 "to", "from", "for", "with", "by", "of", "into", "as", "were", "was", "are",
                                 "is", "be", "been", "had", "have", "has", "said", "says", "say", "will",
                                 "would", "could", "should", "may", "might", "must", "did", "do", "does"})


def _demonym(entries: list[NameEntry]) -> bool:
    """Whether a lookup found a demonym used as an adjective ("Serbian", not "Serbia")."""
    return any(e.kind == "demonym" for e in entries)


@lru_cache(maxsize=1024)
def _sizeable_place_countries(name: str) -> frozenset[str]:
    """The countries of the sizeable places called ``name``: the largest, if populous enough,
    and any other that has a fair share of its population.

    Why: a firm or union named after its town or province ("the Sfax Chamber of Commerce")
    is of that town's country; a name borne by large places in several countries (Hyderabad)
    needs the text to tell which, and one borne only by villages says nothing."""
    if never_place(name):
        return frozenset()
    readings = [c for c in Gazetteer.load().lookup(name) if c.match == "exact" and c.country]
    largest = max((c.population or 0 for c in readings), default=0)
    if largest < _NAMED_PLACE_MIN:
        return frozenset()
    return frozenset(c.country for c in readings if (c.population or 0) >= _NAMESAKE_SHARE * largest)


@lru_cache(maxsize=1024)
def _only_place_country(name: str) -> str | None:
    """The one country of every place ``name`` may spell, variants included ("Samtah" for
    Samitah), else None: a name the gazetteer knows only by another spelling still places
    what it names when no other country has a place of that name."""
    countries = {c.country for c in Gazetteer.load().lookup(name) if c.country and not unlike_alias(name, c)}
    return next(iter(countries)) if len(countries) == 1 else None


@lru_cache(maxsize=1024)
def _governed_place_country(name: str) -> str | None:
    """The country of the town or province ``name`` whose office or body the text names
    ("Hiran's governor", "the mayor of Gao"): the gazetteer's best reading that is a province
    or has people, or else a province the name spells another way.

    Why: a governor or a council governs a province or a town with people, not a hamlet of no
    recorded population that happens to bear the name exactly (a Hiran in Iraq beside Somalia's
    Hiiraan region); with no such reading the best reading stands."""
    readings = [c for c in Gazetteer.load().lookup(name) if c.country and not unlike_alias(name, c)]
    peopled = [c for c in readings if c.feature in _PROVINCE_FEATURES
               or (c.population or 0) > 0 and c.match != "variant"]
    return peopled[0].country if peopled else place_country(name)


_UNHELD_NOTE = "an unnamed holder, none in the KB then"
#: Words before "ousted" or "deposed" that make it a modifier of the title after it ("the ousted
#: president", "of deposed leader X", "said ousted President X"), not a subject's verb.
_FORMER_LEADS = frozenset({"the", "a", "an", "of", "for", "with", "to", "by", "from", "and", "or", "his", "her",
                           "its", "their", "then", "newly", "recently", "now", "said", "says", "told", "that",
                           "when", "as", "while", "after", "before", "but", "against", "on", "at", "in"})


@dataclass
class _Phrase:
    """A parsed mention: modifiers, then a head. Indexes are into the parser's words."""

    start: int
    end: int = 0
    head: str = ""  # actor, title, noun, name, demonym
    head_start: int = 0
    head_end: int = 0  # end of the head name when a noun follows it ("Houthi" in "Houthi rebels")
    entries: list[NameEntry] = field(default_factory=list)
    det: str | None = None
    former: bool = False
    retired: bool = False  # "retired Iraqi soldiers": veterans, civilians of the state
    country: tuple[str, str] | None = None  # (code, the word that gave it)
    org: Actor | None = None
    patrons: list[tuple[ActorRef, Affiliation]] = field(default_factory=list)
    titles: list[tuple[list[Title], str]] = field(default_factory=list)
    noun: SectorNoun | None = None
    noun_text: str = ""
    #: a word for a commander's people after the commander's possessive ("Hemeti's men")
    followers: bool = False
    #: a title's bureau after its possessive ("the Prosecutor General's Office"): a body, not the holder
    office: bool = False
    first_mod: tuple[int, int, list[NameEntry]] | None = None
    det_at: int | None = None
    licensed: bool = False  # a demonym standing for its state ("Iranian-backed" with no head)
    org_head: OrgHead | None = None  # the noun that makes an unknown name an organisation's
    name_end: int = 0  # end of such a name without a lowercase head ("X" in "the X group")
    #: the other states of a hyphenated run of state words ("US-Israeli strikes"): for each,
    #: its code, its word and the run as its modifier; ``partners`` are the phrase read for each
    joint: list[tuple[str, str, tuple[int, int, list[NameEntry]]]] = field(default_factory=list)
    partners: list[_Phrase] = field(default_factory=list)
    #: an unknown name read as a person's after a state's possessive ("Chile's Pablo Ortega")
    person: bool = False

    @property
    def bare(self) -> bool:
        """No modifier before the head: only then can a country name be a mere place."""
        return self.head_start == self.start and not self.patrons


#: Day words that start no unknown actor's name ("Sunday a" of "rejected on Sunday a statement").
_DAY_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                        "today", "yesterday", "tonight", "tomorrow"})


#: Words of bodies that act abroad as often as at home ("the defence ministry said its jets struck
#: in Syria"): the scene of their act does not say whose they are (see :meth:`_Parser._scene_state`).
_OUTWARD_BODIES = frozenset({"defence", "defense", "foreign", "war", "military", "army", "navy"})


#: Words that open a clause after a comma (see :meth:`_Parser._clause_break`).
_CLAUSE_OPENERS = frozenset({"with", "while", "as", "after", "before", "when", "where", "which", "who", "whose",
                             "but", "and", "though", "although", "whereas", "since", "because", "according"})


# --------------------------------------------------------------------------- public API


def resolve(text: str, context: str, start: int, end: int, date: str | None = None,
            kb: KnowledgeBase | None = None, outlet: str | None = None) -> Resolution:
    """Resolve the mention ``context[start:end]`` (whose text is ``text``) on ``date``.

    Words left of the span (titles, country words, "Turkish-backed") and right of it
    ("in northern Syria") are used; earlier text in ``context`` supplies antecedents for
    "the Syrian" and for surnames. ``outlet`` is the name of the outlet that ran the text
    (the document's ``source``): whose state "the monarch" or "the Ministry of Foreign
    Affairs" of its copy is. The returned ActorRef keeps the given text and offsets.
    """
    kb = kb or load_kb()
    parser = _Parser(kb, context, _day(date), outlet)
    first = next((i for i, w in enumerate(parser.words) if w.start >= start), len(parser.words))
    last = max((i + 1 for i, w in enumerate(parser.words) if w.end <= end), default=first)
    parser.collect_antecedents(first)
    if parser.made_in(first, last):
        return Resolution(None, f"none: {text!r} says where a thing was made, no party to what it does")
    phrase = parser.phrase_for_span(first, max(last, first))
    if phrase is None:
        return Resolution(None, "none: no word of the mention can name an actor")
    resolution = parser.interpret(phrase, forced=True)
    if resolution.actor is not None:
        resolution.actor = replace(resolution.actor, text=text, start=start, end=end)
    return resolution


def scan(text: str, date: str | None = None, spans: Sequence[tuple[int, int]] | None = None,
         kb: KnowledgeBase | None = None, outlet: str | None = None) -> list[Hit]:
    """Every actor mention in ``text`` (or in ``spans`` of it), longest match first;
    ``outlet`` as for :func:`resolve`."""
    kb = kb or load_kb()
    parser = _Parser(kb, text, _day(date), outlet)
    hits = parser.hits()
    if spans is None:
        return hits
    return [h for h in hits if any(a <= h.start and h.end <= b for a, b in spans)]


def explain_lookup(name: str, date: str | None = None,
                   kb_dirs: Sequence[str | Path] = ()) -> str:
    """A readable account of how ``name`` resolves on ``date``: for ``lapwing kb lookup``."""
    kb = load_kb(kb_dirs)
    res = resolve(name, name, 0, len(name), date, kb)
    lines = [f"{name!r} " + (f"on {date}" if date else "with no date (current roles)")]
    ref = res.actor
    lines.append("  -> " + (_describe(ref) if ref else "not an actor"))
    lines.append(f"  rule: {res.reason}")
    for link in res.links:
        lines.append(f"  link: {link.subject.name or link.subject.text} {link.predicate} "
                     f"{link.object.name or link.object.text}")
    if ref and ref.actor_id in kb.actors:
        lines.extend(_describe_entry(kb, kb.actors[ref.actor_id], _day(date)))
    others = sorted({e.actor_id for e in _all_entries(kb, name)} - {ref.actor_id if ref else None})
    if others:
        lines.append("  the name also belongs to: " + ", ".join(
            f"{kb.actors[i].name} [{i}]" for i in others))
    return "\n".join(lines)


# --------------------------------------------------------------------------- the pipeline stage


@stage("actors", reads=["document.text", "document.published"], assigns=["mentions", "relations"],
       default_config={"kb_dirs": []})
def make_actors(config: dict) -> StageFn:
    """Finds actor mentions in body text and codes them against the actor KB."""
    kb = load_kb(config["kb_dirs"])

    def run(batch: list[Analysis]) -> None:
        for analysis in batch:
            doc = analysis.document
            for hit in scan(doc.text, doc.published, doc.coded_spans(), kb, doc.source):
                analysis.mentions.append(Mention(doc_id=doc.doc_id, start=hit.start, end=hit.end,
                                                 text=hit.text, label=hit.label,
                                                 actor=hit.resolution.actor))
                evidence = Span(hit.start, hit.end, hit.text)
                analysis.relations.extend(
                    link.to_relation(doc.doc_id, evidence) for link in hit.resolution.links)

    return run


@hookimpl
def register_stages() -> list:
    return [make_actors]


# --------------------------------------------------------------------------- the parser


class _Parser:
    """Words of one text with KB lookups, a phrase parser and the rules that code phrases."""

    def __init__(self, kb: KnowledgeBase, text: str, date: str | None, outlet: str | None = None):
        self.kb, self.text, self.date = kb, text, date
        #: the KB's entry for the outlet that ran the text, if it knows it
        self.outlet = next((a for e in _all_entries(kb, outlet) if (a := kb.actors[e.actor_id]).type == "media"),
                           None) if outlet else None
        self.cues = kb.cues
        self.words = [t for t in kb.normaliser.tokens(text) if not t.skip and not self._honorific(t)]
        self._norms = [w.norm for w in self.words]
        self._exacts = [w.exact for w in self.words]
        self.persons: list[tuple[ActorRef, tuple[str, ...]]] = []  # antecedents, in order
        self._cache: dict[tuple[int, str, int], tuple[int, list]] = {}
        self._lines: dict[int, bool] = {}  # word -> whether its line is headline-case
        self._states: list[tuple[int, int, str]] | None = None  # see _named_states
        self._outer: list[int] | None = None  # see _outer_words
        self._countries: set[str] | None = None  # see _document_countries
        self._places: set[str] | None = None  # see _place_countries
        self._located: list[tuple[int, str]] | None = None  # see _located_places
        self._viewpoint: set[str] | None = None  # see _viewpoint_countries
        self._agency: tuple[str | None] | None = None  # see _agency_state
        self._state_spellings: dict[str, NameEntry] | None = None  # see _misspelt_state
        self._misspelt: dict[int, str] = {}  # word -> the state name it misspells
        self._defined: dict[str, set[str]] | None = None  # see _defined_abbrevs

    def _honorific(self, token: Token) -> bool:
        """"HE" (His Excellency) before a name: read past like a hyphen, never a pronoun."""
        return token.raw.isupper() and len(token.raw) > 1 and token.norm in self.cues["honorific_abbrevs"]

    # ----- lookups (every lookup is bounded by ``stop``: a phrase never runs past the
    # end of the span it was asked about)

    def _longest(self, p: int, table: dict, stop: int, exact: bool = False,
                 first: dict[str, int] | None = None) -> tuple[int, list]:
        forms = self._exacts if exact else self._norms
        longest = self.kb.max_len
        if first is not None:  # no key starts with this word, or none is that long
            longest = first.get(forms[p], 0)
        for n in range(min(longest, self.kb.max_len, stop - p), 0, -1):
            key = tuple(forms[p:p + n])
            found = table.get(key)
            if found is not None:
                found = found if isinstance(found, list) else [found]
                found = [e for e in found if not isinstance(e, NameEntry) or self._caps_ok(p, e)]
                if found:
                    return n, found
        return 0, []

    def _caps_ok(self, p: int, entry: NameEntry) -> bool:
        """Words capitalised in the KB name must be capitalised in the text too, so that
        "Islamic State" does not match "an Islamic state"."""
        return all(w.cap or not c for w, c in zip(self.words[p:p + len(entry.caps)], entry.caps))

    def lookup(self, p: int, what: str, stop: int | None = None) -> tuple[int, list]:
        """Longest match at ``p`` in one KB table: entity, title, noun, common or marker."""
        stop = len(self.words) if stop is None else stop
        if p >= stop:
            return 0, []
        if (p, what, stop) not in self._cache:
            kb = self.kb
            if what == "entity":
                result = self._shared(*self._from_viewpoint(p, *self._entity(p, stop)))
            else:
                name = _TABLES[what]
                result = self._longest(p, getattr(kb, name), stop, first=kb.first_words(name))
                if what == "noun":
                    result = self._noun_read(p, stop, result)
            self._cache[(p, what, stop)] = result
        return self._cache[(p, what, stop)]

    def _noun_read(self, p: int, stop: int, found: tuple[int, list]) -> tuple[int, list]:
        """The sector noun at ``p`` as the text uses it: an adjective-noun ("daily") before a
        lowercase word qualifies that word ("Iraq's daily oil exports"), no noun; a closed compound
        ending in a trade's noun ("schoolteachers", "steelworkers") is that trade, as its two-word
        form would be."""
        if found[0] == 1 and self._norms[p] in self.cues["adjective_nouns"] and p + 1 < stop \
                and self.words[p + 1].raw[:1].islower() and not self._function_word(p + 1):
            return 0, []
        trade = None if found[0] else self.kb.trade_compound(self.words[p].raw)
        return (1, [trade]) if trade is not None else found

    def _function_word(self, p: int) -> bool:
        """Whether word ``p`` is a preposition, conjunction or verb of saying that a noun may
        precede ("the daily for a week", "the daily said"), no noun an adjective qualifies."""
        cues, norm = self.cues, self.words[p].norm
        return any(norm in cues[name] for name in ("locative", "to_words", "from_words", "conjunctions",
                                                   "nominal_next", "org_joiners"))

    def _entity(self, p: int, stop: int) -> tuple[int, list]:
        """Longest KB name or abbreviation at ``p``, before shared epithets are settled."""
        key = (p, "names", stop)
        if key not in self._cache:
            kb = self.kb
            n1, by_name = self._longest(p, kb.names, stop, first=kb.first_words("names"))
            by_name = [e for e in by_name if e.kind != "partial"]
            n1 = n1 if by_name else 0
            n2, by_abbrev = self._longest(p, kb.exact, stop, exact=True, first=kb.first_words("exact"))
            defined = self._defined_abbrevs().get(self._exacts[p]) if n2 == 1 else None
            if defined is not None:  # "the Forces for Freedom and Change (FFC)": not the KB's FFC
                by_abbrev = [e for e in by_abbrev if e.actor_id in defined]
                n2 = n2 if by_abbrev else 0
            if n1 == n2:
                result = (n1, by_name + by_abbrev)
            else:
                result = (n1, by_name) if n1 > n2 else (n2, by_abbrev)
            if result[0] and all(e.kind in _EPITHETS for e in result[1]) \
                    and self.words[p].norm == "the" and p + 1 < stop \
                    and self._longest(p + 1, kb.names, stop, first=kb.first_words("names"))[0] >= result[0]:
                result = (0, [])  # "The Islamic Republic of Iran": the full name, not the epithet
            if result[0] and self._compass_name(p, result):
                result = (0, [])
            if not result[0]:
                result = self._plural_people(p)
            if not result[0]:
                result = self._misspelt_state(p)
            self._cache[key] = result
        return self._cache[key]

    def _compass_name(self, p: int, found: tuple[int, list[NameEntry]]) -> bool:
        """Whether an epithet found at ``p`` ends in a compass word that opens a longer proper
        name ("the West Bank", "the West African force", "the West Coast"): "the West" names the
        Western powers only standing alone or before a date word ("the West Tuesday")."""
        n, entries = found
        end = p + n
        return (all(e.kind in _EPITHETS for e in entries) and self.words[end - 1].norm in self.cues["directions"]
                and end < len(self.words) and self._name_word(end))

    def _defined_abbrevs(self) -> dict[str, set[str]]:
        """Abbreviations the text defines ("the Forces for Freedom and Change (FFC)"), each
        with the KB actors its spelt-out name names (none for a name the KB lacks): within
        the text the abbreviation means that name, whatever else the KB abbreviates so. The
        name is the shortest capitalised run before the bracket whose capitals spell it."""
        if self._defined is None:
            words, self._defined = self.words, {}
            for i in range(2, len(words) - 1):
                abbrev = words[i].raw
                if words[i - 1].raw != "(" or words[i + 1].raw != ")" or not abbrev.isalpha() \
                        or not abbrev.isupper() or len(abbrev) < 2:
                    continue
                for s in range(i - 2, max(-1, i - 2 - 3 * len(abbrev)), -1):
                    long = words[s:i - 1]
                    if not words[s].cap or "".join(w.raw[0] for w in long if w.cap).upper() != abbrev:
                        continue
                    n, entries = self._longest(s, self.kb.names, i - 1)
                    self._defined[words[i].exact] = {e.actor_id for e in entries} if n == i - 1 - s else set()
                    break
        return self._defined

    def _plural_people(self, p: int) -> tuple[int, list[NameEntry]]:
        """A capitalised word that is a state's demonym noun with the English plural "-s"
        ("Czechs", "Turks", "Serbs", "Greeks", "Swedes"): the people of that state, as the
        indexed plurals of "-an" and "-i" demonyms are ("Iranians", "Iraqis"). The KB lists
        the singular noun; its plural is read here, so each people is listed once. A
        sibilant ending ("Swiss") takes no such plural. After another state's demonym the
        word is a compound people's head ("Bosnian Serbs" are Bosnia's), left to that word."""
        word = self.words[p]
        if not word.cap or len(word.norm) < 4 or not word.norm.endswith("s") or word.norm.endswith("ss"):
            return 0, []
        if p and _demonym(self._longest(p - 1, self.kb.names, p)[1]):
            return 0, []
        found = self.kb.names.get((word.norm[:-1],), [])
        found = found if isinstance(found, list) else [found]
        peoples = [replace(e, kind="plural", text=word.raw) for e in found
                   if e.kind == "demonym" and self.kb.actors[e.actor_id].type == "state"]
        return (1, peoples) if len({e.actor_id for e in peoples}) == 1 else (0, [])

    def _misspelt_state(self, p: int) -> tuple[int, list[NameEntry]]:
        """A capitalised word one edit from a long state name ("Ethopia", "Afganistan"; two
        from a name of ten letters or more: "Phillipines") names that state in wire copy,
        when it is no name, title or noun of the KB and no place of the gazetteer ("Columbia"
        is a place, not Colombia). Short names are left alone: one edit turns "Oman" into
        "Omar", "Niger" into "Nigel"; so are a name's singular or plural ("the Islamic Emirate"
        is no Emirates) and a word of another first letter, which a typist seldom gets wrong."""
        word = self.words[p]
        if not word.cap or len(word.norm) < _MISSPELT_MIN or self.lookup(p, "title")[0] \
                or self.lookup(p, "noun")[0] or self.lookup(p, "common")[0]:
            return 0, []
        if self._state_spellings is None:
            self._state_spellings = {
                key[0]: entry for key, entries in self.kb.names.items()
                if len(key) == 1 and len(key[0]) >= _MISSPELT_MIN
                for entry in entries if entry.kind == "alias" and self.kb.actors[entry.actor_id].type == "state"}
        limit = 1 if len(word.norm) < _MISSPELT_MIN_TWO else 2
        near = {entry.actor_id: entry for name, entry in self._state_spellings.items()
                if name[0] == word.norm[0] and abs(len(name) - len(word.norm)) <= limit
                and name.rstrip("s") != word.norm.rstrip("s") and 0 < _distance(word.norm, name, limit) <= limit}
        if len(near) != 1 or place_country(word.raw) is not None:
            return 0, []
        (entry,) = near.values()
        self._misspelt[p] = entry.text
        return 1, [entry]

    def _from_viewpoint(self, p: int, n: int, entries: list[NameEntry]) -> tuple[int, list[NameEntry]]:
        """Keep a viewpoint epithet at ``p`` ("the enemy", "a hostile drone") only where the
        document is written from one of the states in whose copy it names its bearer: the
        country of its dateline or state agency, else of the places it names, none of them
        the bearer's own (Israeli copy calls its foes' drones hostile), unless the bearer's own
        state is among them: a state's label for an armed group of its own ("the rebel militia"
        in Sudanese copy is the RSF). Followed by "of" it is a common noun ("the occupation of
        the Golan"), no epithet."""
        if not any(e.kind == "viewpoint_epithet" for e in entries):
            return n, entries
        of = p + n < len(self.words) and self.words[p + n].norm == "of"
        seen = self._viewpoint_countries()
        kept = [e for e in entries if e.kind != "viewpoint_epithet"
                or (not of and seen & e.viewpoints
                    and ((bearer := self.kb.actors[e.actor_id].country) in e.viewpoints or bearer not in seen))]
        return (n, kept) if kept else (0, [])

    def _viewpoint_countries(self) -> set[str]:
        """The states whose view the document is written from: those of its dateline and of
        the state news agency that filed it ("BINT JBEIL, NNA -"), else those of the places
        it names (a Lebanese outlet's report of a strike "in the town of Yaroun"), else those
        of the parties it names ("Gaza's Islamic Jihad movement said ... the occupation would
        bear responsibility": its speakers' own words)."""
        if self._viewpoint is None:
            datelines = self._dateline_countries()
            agency = self._agency_state()
            self._viewpoint = (datelines | {agency} if agency else datelines) or set(self._place_countries()) \
                or self._document_countries()
        return self._viewpoint

    def _shared(self, n: int, entries: list) -> tuple[int, list]:
        """Settle an epithet several actors share ("the kingdom": Saudi Arabia, Jordan,
        Bahrain, Morocco; "the Guards"): it means the one of them whose country the document
        names, and no one when it names none or several of them."""
        shared = [e for e in entries if e.kind == "shared_epithet"]
        if not shared:
            return n, entries
        if len(shared) < len(entries):
            return n, [e for e in entries if e.kind != "shared_epithet"]
        named = self._document_countries()
        owners = {e.actor_id: e for e in shared if self.kb.actors[e.actor_id].country in named}
        if not owners:  # "a General Security checkpoint near al-Mayadin": the places say whose
            where = self._setting_countries()
            owners = {e.actor_id: e for e in shared if self.kb.actors[e.actor_id].country in where}
        return (n, list(owners.values())) if len(owners) == 1 else (0, [])

    def is_country(self, entries: list[NameEntry]) -> str | None:
        """The country code if the entries name a state (name, demonym or capital)."""
        for e in entries:
            if self.kb.actors[e.actor_id].type == "state" and e.kind in _KIND_ORDER:
                return e.actor_id
        return None

    def is_org(self, entries: list[NameEntry], seats: bool = False) -> Actor | None:
        """The organisation the entries name; of namesakes ("the Presidential Council" of
        Libya and of Yemen), the one whose country the document names. A seat ("the
        Kremlin", "Kurdistan Region") names it only with ``seats``: as the owner in "the
        Kremlin's spokesman", never as a place."""
        orgs = [e for e in entries if self.kb.actors[e.actor_id].type not in ("state", "person")
                and (seats or e.kind != "seat")]
        return self.kb.actors[self._choose(orgs, _Phrase(start=0)).actor_id] if orgs else None

    # ----- phrase parsing

    def phrase_at(self, p: int, stop: int | None = None, forced: bool = False) -> _Phrase | None:
        """Parse determiner, modifiers and a head starting at word ``p`` (not beyond ``stop``)."""
        words, stop = self.words, len(self.words) if stop is None else stop
        ph = _Phrase(start=p)
        q = p
        if q < stop and words[q].norm in ("the", "a", "an") and not self.lookup(q, "entity", stop)[0]:
            ph.det, ph.det_at, q, ph.start = words[q].norm, q, q + 1, q + 1
            if q + 1 < stop and words[q].norm in _SELF_NOUNS and words[q + 1].norm == "'s":
                q, ph.start = q + 2, q + 2  # "the country's president": the state in context's own
        else:
            ph.det = self._indefinite_before(p)
        q = self._modifiers(ph, q, stop)
        ph.head_start = q
        partners = [_Phrase(start=ph.start, head_start=q, det=ph.det, det_at=ph.det_at, former=ph.former,
                            retired=ph.retired, country=(code, word), first_mod=mod, patrons=list(ph.patrons),
                            joint=ph.joint)
                    for code, word, mod in ph.joint]
        main = self._completed(ph, q, stop, forced)
        if main is not None:
            main.partners = [done for partner in partners
                             if (done := self._completed(partner, q, stop, forced)) is not None
                             and (done.start, done.end) == (main.start, main.end)]
        return main

    def _indefinite_before(self, p: int) -> str | None:
        """"A senior Revolutionary Guards commander": an indefinite article parted from the
        phrase at ``p`` by qualifiers only still makes it indefinite, no one known holder."""
        q = p - 1
        while q >= 0 and not self.words[q].cap and self.words[q].norm in self.cues["qualifiers"]:
            q -= 1
        return self.words[q].norm if q >= 0 and self.words[q].norm in ("a", "an") else None

    def _completed(self, ph: _Phrase, q: int, stop: int, forced: bool) -> _Phrase | None:
        """``ph`` with its head read at ``q``; else its first modifier on its own, standing
        for its state ("Iran's nuclear programme", "Iran-backed attacks", "US-Israeli
        strikes"); else None."""
        if self._head(ph, q, stop, forced):
            return ph
        if ph.patrons and q < stop and self.words[q].cap:
            return None  # "Houthi-controlled Hodeidah", "Iran-backed X": the mark qualifies a place or name
        if ph.first_mod:
            s, e, entries = ph.first_mod
            demonym = self._choose(entries, ph).kind in ("demonym", "plural")
            return _Phrase(start=s, end=e, head="demonym" if demonym else "actor", head_start=s,
                           entries=entries, licensed=True, joint=ph.joint, first_mod=ph.first_mod)
        return None

    def _subjects_verb(self, q: int) -> bool:
        """Whether the "-ed" word at ``q`` of ``former`` ("ousted", "deposed") is the verb of a
        subject right before it ("Sudan's military ousted President Omar al-Bashir"), not a
        modifier of the title after it ("the ousted president", "Egypt's deposed leader"): no
        article, possessive, preposition or clause word stands before it."""
        if q == 0 or not self.words[q].norm.endswith("ed"):
            return False
        prev = self.words[q - 1].norm
        return prev.isalpha() and prev not in _FORMER_LEADS and prev not in self.cues["former"]

    def _modifiers(self, ph: _Phrase, q: int, stop: int) -> int:
        words, kb = self.words, self.kb
        while q < stop:
            word = words[q]
            if word.norm in self.cues["former"] and not self._subjects_verb(q):
                ph.former, q = True, q + 1
                continue
            if word.norm in self.cues["retired"] and not self.lookup(q, "noun", stop)[0]:  # "retired officers"
                ph.retired, q = True, q + 1
                continue
            if word.norm in kb.prefixes and not self.lookup(q, "entity", stop)[0]:  # pro-Iranian; not a name
                n, entries = self.lookup(q + 1, "entity", stop)
                if n and (self.is_country(entries) or self.is_org(entries)):
                    ph.patrons.append((self._patron_ref(q + 1, q + 1 + n, entries), kb.prefixes[word.norm]))
                    ph.first_mod = ph.first_mod or (q + 1, q + 1 + n, entries)
                    q += 1 + n
                    continue
            n, entries = self.lookup(q, "entity", stop)
            after = q + n
            possessive = after < stop and words[after].norm == "'s"
            country, org = self.is_country(entries), self.is_org(entries, seats=possessive)
            if possessive and (country or org) and self._ally_at(after + 1, stop):
                q = after + 1  # "the regime's Russian ally": the possessor is the partner, not the party
                continue
            place = None if n or ph.country else self._place_owner(q, stop)
            if place:  # "Hormozgan's judiciary": a state organ of the province's country
                q, ph.country = place[0], (place[1], self._text(q, place[0] - 1))
                continue
            place = None if n or ph.country else self._place_modifier(q, stop)
            if place:  # "Darfur rebels", "Basra police": of the place's country
                ph.country, q = (place[1], self._text(q, place[0])), place[0]
                continue
            if not (country or org):
                m, markers = self.lookup(after, "marker", stop)
                force = self._person_force(entries) if n and m and markers[0].own else None
                if force is None or ph.org or not self._starts_head(after + m, stop, True):
                    break
                ph.org = force  # "the Hamdan Daglo-led forces": the force the person commands
                ph.first_mod = ph.first_mod or (q, after, entries)
                q = after + m
                continue
            n2, second = self.lookup(after, "entity", stop) if country and not ph.country else (0, [])
            if n2 and _demonym(entries) and _demonym(second) and self.is_country(second) \
                    and self.text[words[after - 1].end:words[after].start] not in _JOINING_HYPHENS \
                    and self._starts_head(after + n2, stop, True):
                # "Bosnian Serb leaders": a people of the first state (unlike "US-Israeli")
                ph.country, ph.first_mod = (country, self._text(q, after + n2)), (q, after + n2, entries)
                q = after + n2
                continue
            joint = self._joint(q, after, stop, ph.det) if (country or org) and not ph.country else []
            if joint:  # "US-Israeli strikes", "the Israel-Hezbollah truce": each party the run names
                end = joint[-1][1]
                ph.first_mod = (q, end, entries)
                if country:
                    ph.country = (country, self._text(q, after))
                else:
                    ph.org = org
                ph.joint = [(code, self._text(s, e), (q, end, found))
                            for s, e, found in joint if (code := self._party_code(found))]
                q = end + 1 if words[end].norm == "'s" else end  # past "Jordan's" of a possessive pair
                continue
            m, markers = self.lookup(after, "marker", stop)
            if m and self.lookup(after, "noun", stop)[0] <= m \
                    and not self._verb_marker(after, m, entries, stop):  # Turkish-backed, not "armed faction"
                ph.patrons.append((self._patron_ref(q, after, entries), markers[0]))
                ph.first_mod = ph.first_mod or (q, after, entries)
                q = after + m
                continue
            if possessive or self._starts_head(after, stop, bool(country)):
                if country and not ph.country:
                    ph.country = (country, self._text(q, after))
                elif org and not ph.org:
                    ph.org = org
                else:
                    break
                ph.first_mod = ph.first_mod or (q, after, entries)
                q = after + 1 if possessive else after
                continue
            break
        return q

    def _place_owner(self, q: int, stop: int) -> tuple[int, str] | None:
        """``(end, country)`` for a place the gazetteer knows, possessive before a state organ,
        a home office or a crowd named by an adjective ("Hormozgan's judiciary", "Basra's
        governor", "Sfax's jobless"), ``end`` past its "'s"; or for a sizeable place of one
        country before another actor noun ("Douala's coach firms"), as "Douala firms" is read
        (:meth:`_place_modifier`).

        Why: the KB lists no province's or city's organs; they are of the place's country, and
        so are the town's own people and firms. After a capitalised given name ("Jenny Shipley's
        government", "Kenny Anthony's cabinet") the possessor is a person who shares a town's
        name, not the town."""
        words, end = self.words, self.name_run(q, stop)
        if end == q or end + 1 >= stop or words[end].norm != "'s":
            return None
        given = words[q - 1] if q > 0 else None
        if given is not None and given.cap and given.norm.isalpha() and given.norm not in self.cues["not_names"]:
            return None
        n, nouns = self.lookup(end + 1, "noun", stop)
        t, titles = self.lookup(end + 1, "title", stop)
        if (n and nouns[0].type == "government") or (t and titles[0].domestic) or self._crowd_head(end + 1, stop):
            code = _governed_place_country(self._text(q, end))
        else:
            code = self._sizeable_owner(q, end, stop)
        return (end + 1, code) if code else None

    def _sizeable_owner(self, q: int, end: int, stop: int) -> str | None:
        """The country of the name ``q:end``, before its "'s", when it is a sizeable town
        (:meth:`_town_country`) that owns the actor noun after it ("Douala's coach firms"); not
        for the town's civilians ("Misrata's pensioners"), whom the town places as the scene of
        what they do."""
        head = self._past_qualifiers(end + 1, stop, adjectives=True)
        n, nouns = self.lookup(head, "noun", stop)
        if not n or nouns[0].sector == "CVL":
            return None  # "Misrata's pensioners": its people, whose town stays the scene
        return self._town_country(q, end)

    def _town_country(self, q: int, end: int) -> str | None:
        """The one country of the sizeable places the name ``q:end`` may be, when the name is
        no KB person's ("the Bush administration": the leader's) and no people's word ("Amhara
        militiamen", which the people rules read)."""
        if self._longest(q, self.kb.names, end, first=self.kb.first_words("names"))[0]:
            return None
        if end == q + 1 and self.kb.people_states(self.words[q].raw):
            return None
        codes = _sizeable_place_countries(self._text(q, end))
        return next(iter(codes)) if len(codes) == 1 else None

    def _place_modifier(self, q: int, stop: int) -> tuple[int, str] | None:
        """``(end, country)`` for a sizeable place the KB does not list, named right before a
        lower-case actor noun ("Darfur rebels", "Basra police", "Mindanao insurgents"), when
        every sizeable place of that name lies in one country.

        Why: a place word before such a noun says where the group is from, even where the
        sentence sets its act elsewhere ("Darfur rebel leaders were received in N'Djamena");
        only populous places count, since villages share names with common words."""
        end = self.name_run(q, stop)
        if end == q or end >= stop or self.words[end].cap or not self.lookup(end, "noun", stop)[0]:
            return None
        code = self._town_country(q, end)
        return (end, code) if code else None

    def _verb_marker(self, at: int, m: int, entries: list[NameEntry], stop: int) -> bool:
        """Whether the affiliation marker at ``at`` is the verb of a clause: written apart from
        the name before it (no hyphen), after a name rather than a demonym, and followed by
        another name ("Israel held Syria accountable", "Egypt backed Sudan's bid"), where
        "Israeli-held Golan" and "Iranian backed militias" qualify a noun."""
        if self.text[self.words[at - 1].end:self.words[at].start] in _JOINING_HYPHENS:
            return False
        if any(e.kind in ("demonym", "plural") for e in entries):
            return False
        return at + m < stop and self.words[at + m].cap and bool(self.lookup(at + m, "entity", stop)[0])

    def _joint(self, q: int, after: int, stop: int, det: str | None) -> list[tuple[int, int, list[NameEntry]]]:
        """The further members ``(start, end, entries)`` of a run of state words joined by
        hyphens that starts with the state word at ``q:after`` and names each of its states
        ("US-Israeli strikes", "the American-British aggression", "Turkish-Qatari
        mediation"); ``[]`` when there is no run, or when it is one thing: a boundary or
        another place ("the Syrian-Turkish border"), a name ("the Egyptian-Saudi
        Coordination Council"), a patron's mark ("US-British-led") or one person of two
        nationalities ("a US-Israeli citizen", "the Iranian-American journalist"). Two
        demonyms coordinated before one noun are such a run too ("Croatian and Serbian
        commanders", "Indian and Pakistani foreign secretaries"), and so is a state's
        abbreviation in a demonym's place ("Colombian and U.S. drug agents"), and so are two
        possessives sharing one noun ("Syria's and Jordan's energy ministers")."""
        words, members, end = self.words, [], after
        first = self.lookup(q, "entity", stop)[1]
        if end + 2 < stop and words[end].norm == "'s" and words[end + 1].norm in self.cues["conjunctions"]:
            n, entries = self.lookup(end + 2, "entity", stop)
            if not n or end + 2 + n >= stop or words[end + 2 + n].norm != "'s" or not self._party_code(entries):
                return []
            members.append((end + 2, end + 2 + n, entries))
            end += 3 + n
        while end < stop and words[end - 1].norm != "'s":  # a possessive pair takes no further members
            at = end
            if self.text[words[end - 1].end:words[end].start] not in _JOINING_HYPHENS:
                if members or words[end].norm not in self.cues["conjunctions"] or not self._attributive(first):
                    break
                at = end + 1  # "Croatian and Serbian": the second demonym after the conjunction
            n, entries = self.lookup(at, "entity", stop)
            if not n or not self._party_code(entries) or (at > end and not self._attributive(entries)):
                break
            members.append((at, at + n, entries))
            end = at + n
        if not members or end >= stop or words[end].cap or not words[end].raw[:1].isalpha() \
                or (words[end].norm in self.cues["place_nouns"] and not self._place_body(end, stop)) \
                or self.lookup(end, "marker", stop)[0]:
            return []
        codes = [self._party_code(found) for found in (first, *(m[2] for m in members))]
        if len(set(codes)) < len(codes):
            return []  # "the Jordan Armed Forces-Arab Army": one body's two names, not a pair
        if not all(self.is_country(found) for found in (first, *(m[2] for m in members))) \
                and (self.lookup(end, "noun", stop)[0] or self.lookup(end, "title", stop)[0]):
            return []  # an organisation pairs only before what they do together ("talks"), never a head
        n, nouns = self.lookup(end, "noun", stop)
        if n and nouns[0].type == "person" and (det in ("a", "an") or not words[end + n - 1].norm.endswith("s")):
            return []
        return members

    def _place_body(self, q: int, stop: int) -> bool:
        """Whether the place noun at ``q`` qualifies a body after it ("the Sudanese-Chadian
        border force", "Syrian-Turkish border guards", "Iraqi-Iranian border officials"):
        the states' joint organ acts, where "the Syrian-Turkish border area" is a where."""
        if self.lookup(q, "noun", stop)[0]:
            return True
        return q + 1 < stop and (self.words[q + 1].norm in self.cues["place_bodies"]
                                 or bool(self.lookup(q + 1, "noun", stop)[0]))

    def _party_code(self, entries: list[NameEntry]) -> str | None:
        """The id of the state or organisation the entries name, as a member of a hyphenated run."""
        org = self.is_org(entries)
        return self.is_country(entries) or (org.id if org else None)

    def _attributive(self, entries: list[NameEntry]) -> bool:
        """Whether a state word can stand before a noun as its nationality: a demonym
        ("Colombian") or the state's abbreviation, which wire copy uses as one ("U.S. drug
        agents", "UK officials"); a full state name there is a noun ("Iraq and Syria")."""
        return _demonym(entries) or any(e.kind == "abbrev" and self.kb.actors[e.actor_id].type == "state"
                                        for e in entries)

    def _past_qualifiers(self, q: int, stop: int, adjectives: bool = True) -> int:
        """Past adjectives such as "interim" or "caretaker" (with ``adjectives``) and a
        noun's affiliation ("army-led", "army-aligned") before a noun or title ("Iraq's
        interim government", "Sudan's army-led authorities"): where the head starts; ``q``
        itself when none lead to one. Qualifiers may be coordinated ("Greek naval and air
        units")."""
        end = q
        while end < stop:
            if adjectives and self.words[end].norm in self.cues["qualifiers"] | self.cues["crowd_adjectives"] \
                    and not (self.lookup(end, "noun", stop)[0] or self.lookup(end, "title", stop)[0]) \
                    and not self._capitalised_pair(end, stop):
                end += 1
                if end + 1 < stop and self.words[end].norm in self.cues["conjunctions"] \
                        and self.words[end + 1].norm in self.cues["qualifiers"]:
                    end += 1
            elif (led := self._noun_compound(end, stop)) > end:
                end = led
            elif self._portfolio(end, stop) or (adjectives and self._compound_modifier(end, stop)):
                end += 1
            else:
                break
        if end > q and (self.lookup(end, "noun", stop)[0] or self.lookup(end, "title", stop)[0]
                        or self.lookup(end, "common", stop)[0]):
            return end
        return q

    def _described_name(self, ph: _Phrase, q: int, stop: int) -> tuple[int, tuple[int, int, OrgHead]] | None:
        """``(name start, name)`` of an organisation named after "the" and lowercase
        qualifiers ("the fundamentalist Umma party", "the leftist Popular Front"), or None.

        Why: wire copy puts a creed or politics adjective between the article and a party's
        or movement's name; the adjective describes the body and is no part of its name, so
        the name is read after it. Capitalised words are the name's own; with a country word
        before them ("the Algerian Islamist party") the country path reads the phrase."""
        if ph.det != "the" or ph.country or ph.org:
            return None
        at = q
        while at < stop and not self.words[at].cap and self.words[at].norm in self.cues["qualifiers"]:
            at += 1
        if at == q or self.lookup(at, "entity", stop)[0]:
            return None
        org = self._org_name(at, stop, ph.det)
        return (at, org) if org else None

    def _capitalised_pair(self, q: int, stop: int) -> bool:
        """Whether the capitalised word at ``q`` is followed by another capitalised word
        (not at the sentence's start): a proper name goes on ("the Iraqi Communist Party",
        "the Lebanese Christian Forces"), whose words are no qualifiers of a common noun."""
        words = self.words
        return q + 1 < stop and words[q].cap and words[q + 1].cap and q > self._sentence_start(q)

    def _portfolio(self, q: int, stop: int) -> bool:
        """Whether word ``q`` is a lowercase word naming the portfolio of a state organ noun
        right after it ("the health ministry", "the Hamas-run information ministry"): the
        organ is a ministry of its country all the same. Capitalised, the words are the
        organ's own name ("Iraq's Oil Ministry"); a listed organ ("foreign ministry", an
        organ's common name such as "security cabinet") is read whole."""
        word = self.words[q]
        if word.cap or not word.raw.isalpha() or word.norm in self.cues["not_names"] \
                or self.lookup(q, "noun", stop)[0] or self.lookup(q, "title", stop)[0] \
                or self.lookup(q, "common", stop)[0]:
            return False
        nouns = self.lookup(q + 1, "noun", stop)[1]
        # a force has no portfolio: "Armenia recalled army reservists", "sent police to" read no
        # "recalled army" or "sent police" as an organ's name
        # only a ministry-like organ has a portfolio: "addressed parliament", "briefed cabinet"
        # are a verb and its object (the KB's ``portfolio_heads``)
        return bool(nouns) and nouns[0].contextual and nouns[0].sector not in {"MIL", "COP"} \
            and not self.words[q + 1].cap and self.words[q + 1].norm in self.cues["portfolio_heads"]

    def _compound_modifier(self, q: int, stop: int) -> bool:
        """Whether word ``q`` is a lowercase noun modifying a civilian sector noun right after
        it ("Tunisian bus drivers", "Iraqi oil workers", "Lebanese bank employees"): the
        people of that sector of the country all the same. State sectors are left out: their
        nouns carry their own modifiers ("the Israeli air force"), and a state's media speak for
        it. Only a nationality adjective or a state's or a sizeable town's possessive takes such
        a modifier ("Greece's secondary school teachers", "Douala's coach firms", two words at
        most): after a seat or a state name the lowercase word is a verb ("Cairo stood firm")."""
        owner = q - 1
        while owner > 0 and self._plain_modifier(owner, stop):
            owner -= 1  # "secondary school teachers": past the first modifier
        if q - owner > 2:
            return False
        before = self.lookup(owner, "entity", stop)[1] if owner >= 0 else []
        possessor = owner > 0 and self.words[owner].norm == "'s" and (any(
            n and start + n == owner and self.is_country(entries)
            for start in range(max(0, owner - 3), owner) for n, entries in [self.lookup(start, "entity", owner)])
            or any(self.name_run(start, owner) == owner
                   and len(_sizeable_place_countries(self._text(start, owner))) == 1
                   for start in range(max(0, owner - 3), owner)))
        if not (possessor or any(e.kind == "demonym" for e in before)) or not self._plain_modifier(q, stop):
            return False
        head = q + 1 if not self._plain_modifier(q + 1, stop) or q > owner + 1 else q + 2
        n, nouns = self.lookup(head, "noun", stop)
        # a state's news agency speaks for the state ("North Korea's state news agency warned")
        return bool(n) and nouns[0].sector not in self.kb.state_sectors and nouns[0].type != "media" \
            and not self.words[head].cap

    def _plain_modifier(self, q: int, stop: int) -> bool:
        """Whether word ``q`` is a lowercase word of no KB kind: a plain modifier ("bus",
        "secondary") before a sector noun."""
        word = self.words[q]
        return q < stop and not word.cap and word.raw.isalpha() and word.norm not in self.cues["not_names"] \
            and not (self.lookup(q, "noun", stop)[0] or self.lookup(q, "title", stop)[0]
                     or self.lookup(q, "marker", stop)[0] or self.lookup(q, "entity", stop)[0])

    def _noun_compound(self, q: int, stop: int) -> int:
        """End of a compound of a sector noun and an affiliation marker at ``q`` ("army-led",
        "army-aligned", "government-backed"), else ``q``. "The army-led authorities", "Sudan's
        army-aligned cabinet" are the government the army heads or sides with, not the army:
        the compound only qualifies the noun after it, which says who is meant. Written apart,
        the marker is the verb of a clause ("police held opposition leader X overnight")."""
        n = self.lookup(q, "noun", stop)[0]
        if not n or q + n >= stop \
                or self.text[self.words[q + n - 1].end:self.words[q + n].start] not in _JOINING_HYPHENS:
            return q
        m = self.lookup(q + n, "marker", stop)[0]
        return q + n + m if m else q

    def _starts_head(self, q: int, stop: int, country: bool) -> bool:
        """Whether a country or organisation word just before ``q`` modifies what follows."""
        q = self._past_qualifiers(q, stop)
        if self.lookup(q, "title", stop)[0]:
            return True
        if not country:
            return False
        if self.lookup(q, "noun", stop)[0] or self.lookup(q, "common", stop)[0]:
            return True
        n, entries = self.lookup(q, "entity", stop)
        return bool(n) and any(self.kb.actors[e.actor_id].type != "state"
                               and e.kind not in ("seat", "demonym", "plural") for e in entries)

    def _head(self, ph: _Phrase, q: int, stop: int, forced: bool) -> bool:
        named = self._described_name(ph, q, stop)
        if named:
            return self._org_head(ph, named[0], stop, named[1])
        q = self._past_qualifiers(q, stop, adjectives=bool(ph.country or ph.org or ph.det == "the"))
        n = max(self.lookup(q, "title", stop)[0], self.lookup(q, "noun", stop)[0])
        if n and not self.lookup(q, "entity", stop)[0]:  # "Sultan Murad Division", "Army of Islam"
            org = self._org_name(q, stop, ph.det)
            if org and org[1] > q + n:
                return self._org_head(ph, q, stop, org)
        q = self._titles(ph, self._title_owner(ph, q, stop), stop)
        if ph.titles:
            q = self._of_owner(ph, q, stop)
            q = self._titles(ph, q, stop, ranks_only=True)
            return self._name_after(ph, q, stop, fallback="title")
        if ph.country:
            c, commons = self.lookup(q, "common", stop)
            commons = [e for e in commons if self.kb.actors[e.actor_id].country == ph.country[0]]
            c = c if commons else 0
            if c and c >= self.lookup(q, "noun", stop)[0] and c >= self.lookup(q, "entity", stop)[0]:
                military = self.kb.actors[commons[0].actor_id].type == "military"
                ph.head, ph.entries, ph.end = "common", commons, self._force_members(military, q + c, stop)
                return True
        n, nouns = self.lookup(q, "noun", stop)
        if n and q == ph.start and ph.det is None and self._verb_use(q, q + n):
            return False
        if n and n >= self.lookup(q, "entity", stop)[0]:
            ph.noun, ph.noun_text = nouns[0], self._text(q, q + n)
            q = self._force_members(nouns[0].type == "military", q + n, stop)
            q = self._commander_after(ph, q, stop)
            q = self._of_owner(ph, q, stop)
            if ph.head == "name":  # an unknown organisation owns the noun (see _owner_after)
                return True
            q = self._seat_owner(ph, q, stop)
            return self._name_after(ph, q, stop, fallback="noun")
        n, entries = self.lookup(q, "entity", stop)
        if (ally := self._ally_at(q, stop)) is not None:  # "Russian ally": the state itself
            ph.head, ph.entries, ph.head_end, ph.end, ph.licensed = "demonym", entries, q + n, ally[0], True
            return True
        if not n:
            n, entries = self._leader_surname(q, stop)
        org = self._org_name(q, stop, ph.det, known=n)
        if org and (not n or self._org_over(q, n, entries, org)):
            parent = self.is_org(entries) if n else None
            if parent and not (ph.org or ph.country):
                ph.org = parent  # "IRGC Ground Forces", "IDF Home Front Command": a unit of it
            return self._org_head(ph, q, stop, org)
        if n:
            entry = self._choose(entries, ph)
            if q == ph.start and self._surname_of(q, entries):
                return False
            if self._longer_name(q, n, stop, entry):
                person = self.kb.actors[entry.actor_id].type == "person"  # else "Badr bin Hamad"
                ph.head, ph.end, ph.entries, ph.head_end = "name", self.name_run(q, stop), entries if person else [], q + n
                return True
            ph.head = "demonym" if entry.kind in ("demonym", "plural") else "actor"
            ph.entries, ph.end = entries, q + n
            if org and org[0] > ph.end and self._only_heads(ph.end, org[0]):
                ph.end = org[0]  # "the Lebanese Army Command said": the body itself under a head noun
            chosen = self.kb.actors[entry.actor_id]
            if chosen.type == "person":
                ph.end = self._family_tail(ph.end, stop)
            ph.head_end = ph.end
            at = self._led_noun_at(ph.end, stop) if chosen.type == "person" else ph.end
            m, nouns = self.lookup(at, "noun", stop)
            if m and ph.head == "actor" and (
                    chosen.type not in ("state", "person")
                    or (chosen.type == "person" and self._leads(chosen, nouns[0], at))):
                ph.noun, ph.noun_text = nouns[0], self._text(at, at + m)
                ph.end = at + m  # "Houthi rebels", "the Biden administration", "Hemedti's militia"
            elif chosen.type == "person" and self._followers(chosen, at, stop):
                ph.followers, ph.noun_text, ph.end = True, self.words[at].raw, at + 1
            elif ph.head == "actor" and entry.kind != "seat" and self._state_body(chosen):
                self._state_after(ph, stop)
            return True
        if (end := self._possessed_name(ph, q, stop)) > q or (end := self._apposed_name(ph, q, stop)) > q:
            ph.head, ph.head_start, ph.end, ph.person = "name", q, end, True
            return True
        if (ph.country or ph.det == "the") and self._crowd_head(q, stop):
            ph.noun, ph.noun_text = _CROWD, self.words[q].raw
            return self._name_after(ph, q + 1, stop, fallback="noun")
        if forced and q < stop:
            ph.head, ph.head_start, ph.end = "name", q, stop
            return True
        return False

    def _crowd_head(self, q: int, stop: int) -> bool:
        """Whether word ``q`` is an adjective standing as a noun for a crowd ("the unemployed",
        "Redeyef's jobless took to the streets"): no noun follows it for it to qualify."""
        return q < stop and self.words[q].norm in self.cues["crowd_adjectives"] and not self.words[q].cap \
            and self._past_qualifiers(q, stop) == q

    def _possessed_name(self, ph: _Phrase, q: int, stop: int) -> int:
        """End of an unknown person's name of two or three capitalised words right after a
        state's possessive ("Chile's Pablo Ortega Vidal"), else ``q``.

        Why: wire copy names a minister by his state and name alone; the KB cannot know every
        one, and the state word read alone leaves the person out of his clause ("A's X and B's
        Y agreed"). A place, a title, a sector noun or a known name in the run is no person."""
        words = self.words
        if ph.det or ph.org or ph.titles or ph.patrons or not ph.country or ph.first_mod is None \
                or ph.first_mod[1] + 1 != q or words[q - 1].norm != "'s" or self._headline(q):
            return q
        end = self.name_run(q, stop)
        if not 2 <= end - q <= 3 or not all(self._name_word(k) or words[k].norm in self.cues["name_joiners"]
                                           for k in range(q, end)):
            return q
        if any(self.lookup(k, what, end)[0] for k in range(q, end) for what in ("title", "noun", "common")) \
                or any(self.kb.actors[e.actor_id].type != "person" for k in range(q, end)
                       for e in self.lookup(k, "entity", end)[1]) \
                or any(words[k].norm in self.cues[cue] for k in range(q, end)
                       for cue in ("place_nouns", "place_heads", "facility_heads")) \
                or _sizeable_place_countries(self._text(q, end)):
            return q
        return end

    def _apposed_name(self, ph: _Phrase, q: int, stop: int) -> int:
        """End of an unknown person's name of two to four capitalised words opening its phrase
        and followed by an apposition that gives him an office and a state ("Saqr al-Jaroushi,
        aviation chief of the Tobruk-aligned Operation Dignity, said"), else ``q``.

        Why: wire copy introduces a new name so; the KB cannot know every commander, and the
        apposition says whom he serves. A place, a title, a noun or a known name in the run is
        no person (see :meth:`_possessed_name`)."""
        words = self.words
        if ph.det or ph.country or ph.org or ph.titles or ph.patrons or q != ph.start or self._headline(q):
            return q
        end = self.name_run(q, stop)
        if not 2 <= end - q <= 4 or not all(self._name_word(k) or words[k].norm in self.cues["name_joiners"]
                                           for k in range(q, end)):
            return q
        if any(self.lookup(k, what, end)[0] for k in range(q, end) for what in ("title", "noun", "common", "entity")) \
                or any(words[k].norm in self.cues[cue] for k in range(q, end)
                       for cue in ("place_nouns", "place_heads", "facility_heads")) \
                or _sizeable_place_countries(self._text(q, end)):
            return q
        return end if self._appositive_state(_Phrase(start=q, head_start=q, end=end)) else q

    def _ally_at(self, q: int, stop: int) -> tuple[int, str, str] | None:
        """``(end, state, demonym)`` for a demonym and an ally noun at ``q`` ("Russian ally",
        "Iranian backers"): the demonym's state, named by what it is to a partner; None when
        no such pair starts there."""
        n, entries = self.lookup(q, "entity", stop)
        if not n or not _demonym(entries) or q + n >= stop or self.words[q + n].norm not in self.cues["ally_nouns"]:
            return None
        code = self.is_country(entries)
        return (q + n + 1, code, self._text(q, q + n)) if code else None

    def _titles(self, ph: _Phrase, q: int, stop: int, ranks_only: bool = False) -> int:
        """Read the titles at ``q`` into ``ph`` ("Foreign Minister", "Brig. Gen."; not
        "General Staff"); the end of what it read. With ``ranks_only``, only ranks and
        honorifics: after an office and its owner a rank may still stand before the name
        ("Chief of Staff of the Armed Forces Major General X"), and it is no part of it."""
        while q < stop:
            n, titles = self.lookup(q, "title", stop)
            if not n or max(self.lookup(q, "entity", stop)[0], self.lookup(q, "noun", stop)[0]) > n:
                break
            if ranks_only and any(t.kind not in _RANK_KINDS for t in titles):
                break
            ph.titles.append((titles, self._text(q, q + n)))
            q += n
        return q

    def _org_name(self, q: int, stop: int, det: str | None = None,
                  known: int = 0) -> tuple[int, int, OrgHead] | None:
        """An organisation's name at ``q``: ``(name end, end, head)``. The name is a run of
        capitalised words (with lowercase particles before a capitalised word: "Front for
        the Liberation of X") whose part before the first particle ends in a head noun
        ("Liwa al-Qasr Brigade"), or, after "the", a run followed by a lowercase head ("the
        Saraya Awliya al-Dam group"). A particle before a KB name ends the run ("Brigade of
        Hezbollah"). A head alone ("the Brigade"), words that cannot make a name alone ("the
        Shiite militia"), a headline-case line and a run followed by a place noun ("the
        Resistance Front area") give nothing. ``known``: the length of a KB name at ``q``,
        which the run must outgrow."""
        if q >= stop or self._headline(q):
            return None
        if _ORDINAL.fullmatch(self.words[q].raw) and q + 1 < stop and self._name_word(q + 1):
            # "the 7th Military Region": a state force's numbered unit, never a militia's brigade
            unit = self._org_run(q, stop, det, known, False)
            return unit if unit and unit[2].type == "military" else None
        if not self._name_word(q):
            return None
        # "Relief and Works Agency" first; "the Popular Front and Hamas" stops before "and"
        return self._org_run(q, stop, det, known, True) or self._org_run(q, stop, det, known, False)

    def _org_run(self, q: int, stop: int, det: str | None, known: int,
                 and_in_core: bool) -> tuple[int, int, OrgHead] | None:
        words, cues, heads = self.words, self.cues, self.kb.org_heads
        end, core_end = q + 1, 0
        while end < stop:
            if self._name_word(end) or self._plural_possessive(end, stop):
                end += 1
                continue
            gloss = self._gloss(end, stop, det)
            if gloss:
                end = gloss
                continue
            if words[end].norm == "and" and end + 1 < stop and words[end + 1].norm == "the":
                break  # "the 7th Division and the Border Guard": two bodies, never one name
            k = end
            while k < stop and not words[k].cap and words[k].norm in cues["org_joiners"] and (
                    words[k].norm != "and" or core_end or and_in_core):
                k += 1
            if words[end].norm == "and" and k == end + 1 and not core_end:  # inside the core
                if k < stop and self._name_word(k) and not self.lookup(k, "entity", stop)[0]:
                    end = k
                    continue
                break
            if k == end or k >= stop or not self._name_word(k) or self.lookup(k, "entity", stop)[0] \
                    or self._titled_name(k, stop):
                break  # "Brigade of Hezbollah", "Front for Syria", "Region of President X": the owner is not the name
            core_end = core_end or end
            end = k
        core_end = core_end or end
        for s in range(max(q, core_end - 3), core_end):  # a head ending the core
            head = heads.get(tuple(w.norm for w in words[s:core_end]))
            if head and all(w.cap for w in words[s:core_end]):
                name_end, own_words = end, words[q:s]
                break
        else:  # "the X group"
            head = heads.get((words[end].norm,)) if end < stop and det == "the" else None
            if head is None or not head.lowercase or words[end].cap or core_end != end:
                return None
            name_end, own_words, end = end, words[q:end], end + 1
        if end <= known:
            return None
        single = {k[0] for k in heads if len(k) == 1}
        if core_end == name_end and all(w.norm in single or w.norm in cues["not_org_names"]
                                        for w in own_words):
            return None  # "Resistance Front", "the Shiite militia": no name besides the head
        after = words[end].norm if end < len(words) else ""
        if after in cues["place_nouns"] or after in cues["place_heads"]:
            return None
        return name_end, end, head

    def _titled_name(self, q: int, stop: int) -> bool:
        """Whether a title and a name start at ``q`` ("President Hadi"): a person, who owns a
        body named before him and is no part of its name ("the Office of the President" is)."""
        t = self.lookup(q, "title", stop)[0]
        return bool(t) and q + t < stop and self._name_word(q + t)

    def _gloss(self, q: int, stop: int, det: str | None) -> int:
        """The word after a bracketed translation inside a name ("the Umma (Nation) party",
        "the Wafd (Delegation) Party") that starts at ``q``, or 0.

        Why: wire copy glosses a foreign name in brackets before its head noun; the gloss
        (one to three capitalised words) is no end of the name when the name goes on after
        it, with a capitalised word or, after "the", a lowercase head ("party"). A bracket
        after the whole name ("the Islamic Salvation Front (FIS) said") is not crossed."""
        words = self.words
        if words[q].raw != "(":
            return 0
        close = next((k for k in range(q + 2, min(q + 5, stop)) if words[k].raw == ")"), 0)
        if not close or close + 1 >= stop or not all(self._name_word(k) for k in range(q + 1, close)):
            return 0
        after = words[close + 1]
        head = self.kb.org_heads.get((after.norm,))
        continues = self._name_word(close + 1) or (det == "the" and head is not None and head.lowercase
                                                   and not after.cap)
        return close + 1 if continues else 0

    def _org_head(self, ph: _Phrase, q: int, stop: int, org: tuple[int, int, OrgHead]) -> bool:
        """Make the phrase an organisation's name; "of Iraq", "of Hezbollah" after it owns it."""
        ph.name_end, ph.end, ph.org_head = org
        ph.head, ph.head_start = "name", q
        if ph.name_end == ph.end:  # not after "the X group"
            ph.end = self._of_owner(ph, ph.end, stop)
        return True

    def _plural_possessive(self, q: int, stop: int) -> bool:
        """Is word ``q`` the apostrophe of a plural possessive inside a name ("Committee for
        Prisoners' Affairs", "Martyrs' Brigades")? It neither ends the name nor joins one."""
        return (self.words[q].raw in _APOSTROPHES and q > 0 and self.words[q - 1].raw.endswith("s")
                and q + 1 < stop and self._name_word(q + 1))

    def _name_word(self, q: int) -> bool:
        word = self.words[q]
        return word.cap and word.raw[:1].isalpha() and not self._not_name(q)

    def _not_name(self, q: int) -> bool:
        """Whether word ``q`` is no part of a name. "Said" is the verb, but capitalised inside
        a sentence before another capitalised name word it is a given name ("President Said
        Abdullahi Deni"), unless the line is a headline in title case ("Trump Said Ready")."""
        words, norm = self.words, self.words[q].norm
        if norm not in self.cues["not_names"]:
            return False
        if norm not in self.cues["name_not_names"] or not words[q].cap or q == self._sentence_start(q):
            return True
        after = words[q + 1] if q + 1 < len(words) else None
        return (after is None or not after.cap or after.norm in self.cues["not_names"]
                or not after.raw[:1].isalpha() or self._headline(q))

    def _headline(self, q: int) -> bool:
        """Whether word ``q`` is on a headline-case line ("Militia Brigade Claims Attack"),
        where capitals say nothing about names. Body text is what the stage scans, but an
        unzoned text may still hold its headline."""
        line = self._lines.get(q)
        if line is None:
            text, at = self.text, self.words[q].start
            first, last = text.rfind("\n", 0, at) + 1, text.find("\n", at)
            last = len(text) if last < 0 else last
            words = [w for w in self.words if first <= w.start < last and w.raw[:1].isalpha()
                     and len(w.raw) > 3]
            line = len(words) >= 4 and sum(w.cap for w in words) >= 0.8 * len(words)
            for i, w in enumerate(self.words):
                if first <= w.start < last:
                    self._lines[i] = line
        return line

    def _org_over(self, q: int, n: int, entries: list[NameEntry],
                  org: tuple[int, int, OrgHead]) -> bool:
        """Whether an organisation's name beats the KB name at its start. A state's name or
        demonym ("Syrian Liberation Front") or a person's ("Abbas Brigade") is part of the
        longer name; so is a KB organisation followed by more than a head noun and no other
        KB name ("IRGC Ground Forces"); "Hamas Movement" is still Hamas and "Hamas Qassam
        Brigades" is Hamas and the Qassam Brigades."""
        if not self.is_org(entries):
            return True
        rest = range(q + n, org[0])
        return not self._only_heads(q + n, org[0]) and not any(self.lookup(i, "entity", org[0])[0] for i in rest)

    def _only_heads(self, start: int, end: int) -> bool:
        """Whether words ``start:end`` are all one-word organisation heads ("Command")."""
        single = {k[0] for k in self.kb.org_heads if len(k) == 1}
        return all(self.words[i].norm in single for i in range(start, end))

    def _leader_surname(self, q: int, stop: int) -> tuple[int, list]:
        """"The Bush administration": a surname several KB people share, before a government
        noun, names the one of them who held a government role on the article date; with
        no date, or when none of them held one then (a past administration), all of them who
        ever led a government, if they led the same country's. Before a noun for armed men ("the Dagalo militia") it names the one who commands an
        armed organisation."""
        n, found = self._longest(q, self.kb.names, stop, first=self.kb.first_words("names"))
        at = self._led_noun_at(q + n, stop)
        m, nouns = self.lookup(at, "noun", stop) if n else (0, [])
        if not m:
            return 0, []
        if nouns[0].type in _FORCE_TYPES:
            leaders = [e for e in found if e.kind == "partial"
                       and self._leads(self.kb.actors[e.actor_id], nouns[0], at)]
            return (n, leaders) if len(leaders) == 1 else (0, [])
        if nouns[0].type != "government":
            return 0, []
        if self.date is not None:
            held = [e for e in found if e.kind == "partial"
                    and (role := self.kb.actors[e.actor_id].role_on(self.date)) and role.sector == "GOV"]
            if held:
                return (n, held) if len(held) == 1 else (0, [])
        leaders = [e for e in found if e.kind == "partial"
                   and any(r.sector == "GOV" for r in self.kb.actors[e.actor_id].roles)]
        countries = {r.country for e in leaders for r in self.kb.actors[e.actor_id].roles if r.sector == "GOV"}
        return (n, leaders) if leaders and len(countries) == 1 else (0, [])

    def _led_noun_at(self, q: int, stop: int) -> int:
        """Where the noun for what a person leads starts after the person's name: past a
        possessive ("Hemedti's militia", "Biden's administration") and qualifiers ("the
        Daglo terrorist group")."""
        q = q + 1 if q + 1 < stop and self.words[q].norm == "'s" else q
        return self._past_qualifiers(q, stop)

    def _person_force(self, entries: list[NameEntry]) -> Actor | None:
        """The armed organisation that the one person ``entries`` name commands on the
        article date (:meth:`_led_force`); None for anything else or several people."""
        people = {e.actor_id for e in entries if self.kb.actors[e.actor_id].type == "person"}
        return self._led_force(self.kb.actors[people.pop()]) if len(people) == 1 else None

    def _verb_use(self, q: int, end: int) -> bool:
        """Whether the bare sector noun at ``q``..``end`` is a verb: after "to" or a modal and
        before the determiner of its object ("elders to police the truce", "troops will police
        the border"); "handed him to police the same day" keeps the police."""
        words = self.words
        return (end - q == 1 and 0 < q and end + 1 < len(words)
                and self.kb.verb_use(words[q - 1].norm, words[q].norm, words[q].cap, words[end].raw,
                                     words[end + 1].norm))

    def _force_members(self, military: bool, q: int, stop: int) -> int:
        """Past the men of a force named by its force noun or common name (``military``:
        "Israeli army soldiers", "Botswana Defence Force troops"): they are that force, so the
        phrase takes them in; ``q`` itself when no such noun follows."""
        if not military or q >= stop:
            return q
        m, members = self.lookup(q, "noun", stop)
        return q + m if m and members[0].sector == "MIL" else q

    def _commander_after(self, ph: _Phrase, q: int, stop: int) -> int:
        """"forces of Mohamed Hamdan Daglo", "fighters loyal to Saddam Haftar", "units led by
        Haftar": a noun for armed men with no owner yet, before "of" or an affiliation marker
        with "to"/"by" ("loyal to", "commanded by") and a person the KB says commands an armed
        organisation on the date, is that organisation, as "Haftar's forces" is. After a marker,
        a state's own body commands them too: "forces loyal to the Presidential Council" are
        that state's forces, as "the Presidential Council's forces" are. The end of what it
        read, or ``q``."""
        if ph.country or ph.org or ph.noun is None or ph.noun.type not in _FORCE_TYPES or q >= stop:
            return q
        at = q + 1 if self.words[q].norm == "of" else q
        if at == q:
            m, markers = self.lookup(q, "marker", stop)
            if not m or markers[0].predicate not in _COMMAND_PREDICATES or q + m >= stop \
                    or self.words[q + m].norm not in ("to", "by"):
                return q
            at = q + m + 1
        n, entries = self.lookup(at, "entity", stop)
        if not n and at > q + 1 and at + 1 < stop and self.words[at].norm == "the":  # "loyal to the GNA"
            at += 1
            n, entries = self.lookup(at, "entity", stop)
        force = self._person_force(entries) if n else None
        if force is None and at > q + 1 and n:
            body = self.is_org(entries)
            force = body if body is not None and self._state_body(body) else None
        if force is None:
            return q
        ph.org = force
        return at + n

    def _leads(self, person: Actor, noun: SectorNoun, at: int) -> bool:
        """Whether ``noun`` (at word ``at``) after the person's name means what the person
        leads rather than the person: a government ("the Biden administration"), or the
        armed organisation the person commands ("the Dagalo militia", "Haftar forces"); a
        capitalised force noun is part of a longer name ("the Qatari Amiri Air Force")."""
        if noun.type in _FORCE_TYPES:
            return not self.words[at].cap and self._led_force(person) is not None
        return noun.type == "government"

    def _followers(self, person: Actor, at: int, stop: int) -> bool:
        """Whether word ``at``, right after the possessive of ``person``, is a word for the
        people of the armed organisation the person commands ("Hemeti's men", "Haftar's
        camp"): not after a person who commands none ("Biden's men" stay unread), and not
        without the possessive ("Hemeti men")."""
        return (at < stop and at > 0 and self.words[at - 1].norm == "'s" and not self.words[at].cap
                and self.words[at].norm in self.cues["followers"] and self._led_force(person) is not None)

    def _led_force(self, person: Actor) -> Actor | None:
        """The armed organisation (a militia or an army) the person commands on the date, of
        all the roles held then: Burhan chairs Sudan's Sovereignty Council and commands its
        army, and "Burhan's army" is the army."""
        forces = (self.kb.actors.get(r.org) for r in person.roles_on(self.date or None))
        return next((f for f in forces if f is not None and f.type in _FORCE_TYPES), None)

    def _title_owner(self, ph: _Phrase, q: int, stop: int) -> int:
        """"Iran's foreign ministry spokesman", "government spokesman": an organisation's
        common name or a sector noun right before a title says whose office it is."""
        if self.lookup(q, "title", stop)[0]:  # "army chief" is a title of its own
            return q
        if ph.country:
            c, commons = self.lookup(q, "common", stop)
            commons = [e for e in commons if self.kb.actors[e.actor_id].country == ph.country[0]]
            if commons and self.lookup(q + c, "title", stop)[0]:
                ph.org = self.kb.actors[commons[0].actor_id]
                return q + c
        n, nouns = self.lookup(q, "noun", stop)
        if n and self.lookup(q + n, "title", stop)[0]:
            ph.noun, ph.noun_text = nouns[0], self._text(q, q + n)
            return q + n
        return q

    def _surname_of(self, q: int, entries: list[NameEntry]) -> bool:
        """Whether the person name at ``q`` ends another person's name whose given names
        precede it: "Ali Abbas" is not Mahmoud Abbas, "Mohamed Abdel Aty" not Badr Abdel Aty.
        One of the name words before it must be a given name of the KB (capitalised words before
        a name are often ranks the lexicon lacks: "Field Marshal Haftar"), and none a spelling
        of a word of the person's own names ("Mohammed Javad Zarif" is Zarif)."""
        if not all(self.kb.actors[e.actor_id].type == "person" for e in entries):
            return False
        run = self._given_run(q)
        if not any(self._norms[k] in self.kb.given_words() for k in run):
            return False
        own = {w for e in entries for w in self._own_words(self.kb.actors[e.actor_id])}
        return not any(_spelt_as(self._norms[k], w) for k in run for w in own)

    def _given_run(self, q: int) -> list[int]:
        """The name words right before word ``q`` (at most ``_GIVEN_RUN``, nearest first): single-
        spaced capitalised words that are no KB name, title or noun, and no headline's capitals."""
        run: list[int] = []
        while q > 0 and len(run) < _GIVEN_RUN:
            before, word = q - 1, self.words[q - 1]
            if not self._name_word(before) or self.text[word.end:self.words[q].start] != " " \
                    or self._headline(before) \
                    or any(self.lookup(before, what)[0] for what in ("entity", "title", "noun")):
                break
            run.append(before)
            q = before
        return run

    def _own_words(self, actor: Actor) -> set[str]:
        """The words of a person's names and aliases, as the normaliser keys them."""
        return {w for text in (actor.name, *actor.aliases, *actor.surnames) for w in self.kb.normaliser.key(text)[0]}

    def _longer_name(self, q: int, n: int, stop: int, entry: NameEntry) -> bool:
        """A one-word person name followed by more capitalised words is part of another
        name: "Abbas" in "Abbas Araghchy" is not Mahmoud Abbas. Any one-word name followed
        by a joiner of personal names is a person's ("Badr bin Hamad" is not the Badr
        Organization)."""
        if n != 1 or self.name_run(q, stop) <= q + n:
            return False
        return self.kb.actors[entry.actor_id].type == "person" \
            or self.words[q + 1].norm in PERSONAL_JOINERS

    def _seat_owner(self, ph: _Phrase, q: int, stop: int) -> int:
        """"the government in Port Sudan", "officials in Baghdad", "prosecutors in Seoul": a
        noun of a state's home offices (:data:`_HOME_SECTORS`) with no country of its own,
        before "in" and a state's name or seat, is that state's; troops or spies there may be
        another state's. So are those offices and the ``local_people`` in a town or province
        described as a state's ("police in the southeastern province of Gaziantep", "civilians
        in the Angolan town of Kuito"); that place stays out of the mention, as the scene of
        what the sentence tells."""
        if not ph.noun:
            return q
        if ph.noun.sector in _HOME_SECTORS:
            end = self._owner_after(ph, q, stop, "in", organisations=False)
            if end > q:
                return end
        elif ph.noun_text.lower() not in self.cues["local_people"]:
            return q
        town = self._described_town(q + 1, stop) \
            if not (ph.country or ph.org) and q < stop and self.words[q].norm == "in" else None
        if town is not None:
            ph.country = (town[1], self._text(q + 1, town[0]))
        return q

    def _described_town(self, at: int, stop: int) -> tuple[int, str] | None:
        """``(end, country)`` of a town or province at ``at`` that the text introduces as one
        ("the Angolan town of Kuito", "the northern city of Kano": ``town_kinds``; "Sindh
        province": ``place_nouns``); None for a bare name, whose kind the text leaves open.

        Why: the KB lists no town's people or offices; they are of the state the town lies in,
        which the demonym says better than the gazetteer (a small town may share a namesake's
        name elsewhere)."""
        words = self.words
        q = at + (at < stop and words[at].norm == "the")
        while q < stop and words[q].norm in self.cues["directions"]:
            q += 1
        n, entries = self.lookup(q, "entity", stop)
        code = self.is_country([e for e in entries if e.kind == "demonym"]) if n else None
        k = q + n if code else q
        if k + 2 < stop and words[k].norm in self.cues["town_kinds"] and words[k + 1].norm == "of" \
                and words[k + 2].cap:
            end = self.name_run(k + 2, stop)
            code = code or place_country(self._text(k + 2, end))
            return (end, code) if code and end > k + 2 else None
        end = self.name_run(q, stop) if not code and q < stop else q
        # a kind after the name is a place noun ("Sindh province"), not "state", which may be a verb
        if q < end < stop and words[end].norm in self.cues["place_nouns"] and not self.lookup(q, "entity", end)[0]:
            code = place_country(self._text(q, end))
            return (end + 1, code) if code else None
        return None

    def _of_owner(self, ph: _Phrase, q: int, stop: int) -> int:
        """"the foreign minister of Iraq", "the head of Hezbollah": owner after "of"."""
        return self._owner_after(ph, q, stop, "of", organisations=True)

    def _owner_after(self, ph: _Phrase, q: int, stop: int, link: str, organisations: bool) -> int:
        """A phrase with no owner yet takes the state (or, with ``organisations``, the
        organisation) named right after ``link`` at ``q``; the end of what it read. An
        office's owner may follow "the" ("the head of the Presidential Council") or be
        described rather than named (see :meth:`_described_owner`)."""
        if ph.country or ph.org or q >= stop or self.words[q].norm != link:
            return q
        at = q + 1
        n, entries = self.lookup(at, "entity", stop)
        office = organisations and bool(ph.titles)
        staff = organisations and ph.noun is not None and ph.noun.staff  # "workers of the X Company"
        members = organisations and ph.noun is not None and ph.noun.type in _FORCE_TYPES  # "fighters of the RSF"
        if not n and (office or staff or members) and at + 1 < stop and self.words[at].norm == "the":
            at = self._past_seat_compound(at + 1, stop)  # "of the Lebanese army": a demonym after
            n, entries = self.lookup(at, "entity", stop)  # "the" is an adjective
            home = self.is_country(entries) if staff else None
            m = self.lookup(at + n, "noun", stop)[0] if home else 0
            if m:  # "veterans of the Iraqi army": people of the state whose force it names
                ph.country = (home, self._text(at, at + n))
                return at + n + m
            entries = [e for e in entries if e.kind not in ("demonym", "plural")]
        partner = at + (n or self.lookup(at, "noun", stop)[0])  # "the Assad regime's", "the regime's"
        if at < partner < stop and self.words[partner].norm == "'s" and (ally := self._ally_at(partner + 1, stop)):
            ph.country = ally[1:]  # "jets of the regime's Russian ally": the ally's, not the regime's
            return ally[0]
        unknown = self._org_name(at, stop, self.words[at - 1].norm, known=n) if members else None
        if unknown and unknown[2].type not in _STATE_BODY_TYPES and (not n or self._org_over(at, n, entries, unknown)):
            # "fighters of the SPLM-N al-Hilu faction": the armed men are of a group the KB lacks;
            # "units of the Interior Ministry" are left to the state the context names
            ph.noun, ph.org = None, self.is_org(entries) if n else None
            self._org_head(ph, at, stop, unknown)
            return ph.end
        if n and self.lookup(at + n, "marker", stop)[0]:  # "of Iran-backed militias": a patron
            entries = []
        if n and not office and self._starts_head(at + n, stop, True):
            # "a group of Moroccan diplomats": the demonym is the next noun's, not an owner
            entries = [e for e in entries if e.kind not in ("demonym", "plural")]
        country, org = self.is_country(entries), self.is_org(entries) if organisations else None
        if country:
            ph.country = (country, self._text(at, at + n))
        elif org:
            ph.org = org
        elif organisations and (home := self._home_place(ph, q + 1, stop)) is not None:
            ph.country = (home[1], self._text(q + 1, home[0]))
            return home[0]
        elif organisations and ph.noun is not None and ph.noun.sector in _HOME_SECTORS \
                and (town := self._described_town(q + 1, stop)) is not None:
            ph.country = (town[1], self._text(q + 1, town[0]))  # "the government of Sindh province"
            return town[0]
        elif office:
            return self._described_owner(ph, q, stop)
        elif organisations and ph.org_head and not n and self._titled_name(at, stop):
            return self._person_owner(ph, q, stop)
        else:
            return q
        if country and _demonym(entries) and self._demonym_head(at + n, stop):
            return at + n + 1  # "inmates of Mauritanian prisons": the phrase goes on through the demonym's noun
        return self._fellow_body(at + n, stop, org.country) if staff and org else at + n

    def _demonym_head(self, at: int, stop: int) -> bool:
        """Whether word ``at``, right after a demonym owner ("of Mauritanian"), is the lower-case
        noun that demonym qualifies ("prisons", "villages"), not a verb or a function word."""
        if at >= stop:
            return False
        word = self.words[at]
        return not word.cap and word.norm.isalpha() and not word.norm.endswith("ed") \
            and word.norm not in _DEMONYM_HEAD_STOPS

    def _home_place(self, ph: _Phrase, at: int, stop: int) -> tuple[int, str] | None:
        """``(end, country)`` of the town or province at ``at`` that a home office or body
        serves ("the mayor of Gao", "the governor of the Tunisian province of Sfax", "the
        municipal council of the coastal town of Zuwara"), None when no known place follows.

        Why: the KB lists no town's officials; they serve the state the town lies in."""
        titles = [t for found, _ in ph.titles for t in found]
        if not (any(t.domestic for t in titles) or (ph.noun is not None and ph.noun.home)):
            return None
        words = self.words
        q = at + (at < stop and words[at].norm == "the")
        kind = next((k + 1 for k in range(q + 1, min(q + _KIND_WORDS, stop)) if words[k].norm == "of"), q)
        q = kind if kind > q and not words[kind - 2].cap else q  # "the northern city of": the place's kind
        end = self.name_run(q, stop) if q < stop else q
        code = _governed_place_country(self._text(q, end)) if end > q else None
        return (end, code) if code else None

    def _fellow_body(self, q: int, stop: int, code: str | None) -> int:
        """"veterans of the Lebanese Army and Internal Security Forces": a second body of the
        same state after "and" owns the staff too, and is no party of its own; the end of
        what it read."""
        if q + 1 >= stop or self.words[q].norm != "and":
            return q
        at = q + 2 if self.words[q + 1].norm == "the" else q + 1
        n, entries = self.lookup(at, "entity", stop)
        org = self.is_org(entries) if n else None
        return at + n if org is not None and org.country == code and org.type in _STATE_BODY_TYPES else q

    def _past_seat_compound(self, q: int, stop: int) -> int:
        """Where a name starts after a compound at ``q`` that says where the body sits
        ("eastern-based", "Tripoli-based", ``seat_suffixes``): no part of the name; ``q``
        itself when there is none."""
        words = self.words
        if q + 2 < stop and words[q + 1].norm in self.cues["seat_suffixes"] \
                and self.text[words[q].end:words[q + 1].start] in _JOINING_HYPHENS:
            return q + 2
        return q

    def _described_owner(self, ph: _Phrase, q: int, stop: int) -> int:
        """"The head of the Iran-aligned militia that controls northern Yemen": an owner
        after "of" that is no name but a description the KB resolves to one organisation.
        The end of what it read, or ``q`` when the description names none."""
        owner = self.phrase_at(q + 1, stop)
        if owner is None or owner.head not in ("noun", "common"):
            return q  # a named owner is a mention of its own ("a leader of the group Hurras al-Din")
        actor = self.interpret(owner).actor
        org = self.kb.actors.get(actor.actor_id or "") if actor else None
        if org is None or org.type in ("state", "person"):
            return q
        ph.org = org
        return owner.end

    def _person_owner(self, ph: _Phrase, q: int, stop: int) -> int:
        """"The 7th Military Region of President Hadi's camp": an unknown body of a titled
        person the KB knows is of the state he serves; the end of what it read ("'s camp"
        included), or ``q`` when the person is unknown or of no state."""
        owner = self.phrase_at(q + 1, stop)
        person = self.interpret(owner).actor if owner is not None else None
        state = self.kb.actors.get(person.country or "") if person is not None and person.type == "person" else None
        if owner is None or state is None or state.type != "state" or person.actor_id not in self.kb.actors:
            return q
        ph.country = (state.id, self._text(q + 1, owner.end))
        end = owner.end
        if end + 1 < stop and self.words[end].norm == "'s" and self.words[end + 1].norm in self.cues["followers"]:
            end += 2  # "of President Hadi's camp": his side's
        return end

    def _name_after(self, ph: _Phrase, q: int, stop: int, fallback: str) -> bool:
        """After a title or noun: a KB name, an unknown capitalised name, or nothing."""
        n, entries = self.lookup(q, "entity", stop)
        named = [e for e in entries if self.kb.actors[e.actor_id].type != "state"
                 and e.kind not in ("seat", "demonym", "plural")]
        if ph.titles and n == 1 and self.name_run(q, stop) > q + n:
            # "Foreign Minister Badr Abdelatty": a person's name, not the Badr Organization
            named = [e for e in named if self.kb.actors[e.actor_id].type == "person"]
        if named and not self._longer_name(q, n, stop, self._choose(named, ph)):
            ph.head, ph.head_start, ph.entries, ph.end = "actor", q, named, q + n
            if self.kb.actors[self._choose(named, ph).actor_id].type == "person":
                ph.end = self._family_tail(ph.end, stop)
            return True
        end = self.name_run(q, stop)
        org = self._org_name(q, stop, known=n if named else 0)
        if org and org[1] > end:  # "the Iraqi militia Popular Front for X"
            end, ph.name_end, ph.org_head = org[1], org[0], org[2]
        if end > q:
            ph.head, ph.head_start, ph.end = "name", q, end
            if named:
                ph.entries, ph.head_end = named, q + n
            return True
        ph.head, ph.end = fallback, q
        if fallback == "title" and q + 1 < stop and self.words[q].norm == "'s" \
                and self.words[q + 1].norm in self.cues["title_offices"]:
            ph.office, ph.end = True, q + 2  # "the Prosecutor General's Office": the office's bureau
        return True

    def _model_end(self, p: int, stop: int) -> int:
        """The end of a name at ``p`` that names a class or model of ships or arms, 0 when
        it names none: the name before "class" ("Arleigh Burke-class destroyers", "the Kilo
        class"), maybe after a number ("Sa'ar 6-class corvettes"), or before a number of a
        few digits and a common noun ("two Sa'ar 5 corvettes", "Merkava 4 tanks"). Navies name
        classes after people and places, and the class is neither; a year after a name
        ("the Trump 2024 campaign") is no model number."""
        words = self.words
        end = self.name_run(p, stop)
        if end == p or end >= stop:
            return 0
        number = words[end].raw.isdigit() and len(words[end].raw) <= 3
        after = end + 1 if number else end
        if after < stop and words[after].norm == "class":
            return after + 1
        noun = number and after < stop and words[after].raw.isalpha() and words[after].raw.islower()
        return after if noun and self.text[words[end - 1].end:words[end].start] == " " else 0

    def _family_tail(self, p: int, stop: int) -> int:
        """The end of the father's and family names running on at ``p`` after a person's known
        name: words after a dropped Arabic article ("Al-Hamad Al-Sabah") and a personal joiner
        with the name after it ("bin Abdullah"). Gulf agencies write the whole chain where the
        KB knows a shorter form, and a chain cut short leaves its rest as a stray name."""
        words = self.words
        while p < stop:
            if words[p].norm in PERSONAL_JOINERS and not words[p].cap and p + 1 < stop and self._name_word(p + 1):
                p += 2
            elif self._name_word(p) and self._article_before(p) and self._name_runs_on(p) \
                    and not self.is_org(self.lookup(p, "entity", stop)[1]):  # "Ayman Safadi Al-Jazeera reported"
                p += 1
            else:
                break
        return p

    def name_run(self, q: int, stop: int | None = None) -> int:
        """End of a run of capitalised words (with joiners such as "bin", "Abu", and lower-case
        words hyphened between two capitalised ones: "Port-au-Prince") at ``q``."""
        words, stop = self.words, len(self.words) if stop is None else stop
        end = q
        while end < stop:
            word = words[end]
            if self._not_name(end) or not word.raw[:1].isalpha():
                break
            joiner = word.norm in self.cues["name_joiners"] and end + 1 < stop and words[end + 1].cap
            hyphened = end > q and end + 1 < stop and words[end + 1].cap \
                and self.text[words[end - 1].end:word.start] in _JOINING_HYPHENS \
                and self.text[word.end:words[end + 1].start] in _JOINING_HYPHENS
            if not (word.cap or joiner or hyphened):
                break
            end += 1
        return end

    def made_in(self, first: int, last: int) -> bool:
        """Whether words ``first:last`` end in a state word hyphened to a participle of making
        ("Turkish-made", "US-built"), or open with one before the thing's name ("Soviet-era
        T-72"): the state the thing came from, not one that acts with it."""
        for end in (last, first + 2):
            if end - first < 2 or end > last or self.words[end - 1].norm not in self.cues["origin_participles"] \
                    or self.text[self.words[end - 2].end:self.words[end - 1].start] not in _JOINING_HYPHENS:
                continue
            n, entries = self.lookup(end - 2, "entity", end - 1)
            if n == 1 and self.is_country(entries) is not None:
                return True
        return False

    def phrase_for_span(self, first: int, last: int) -> _Phrase | None:
        """The widest phrase that ends at the span's end and has its head inside the span."""
        for p in range(max(0, first - _LOOKBACK), first):
            ph = self.phrase_at(p, stop=last)
            if ph and ph.end == last and ph.head_start >= first and ph.start <= first:
                return ph
        return self.phrase_at(first, stop=last, forced=True) if first < last else None

    # ----- interpretation

    def interpret(self, ph: _Phrase, forced: bool = False) -> Resolution:
        """Code a parsed phrase; ``forced`` (an NER span) also codes what scanning skips."""
        relative = self._relative(ph)
        if relative is not None:
            res = relative
        elif ph.head == "actor":
            entry = self._choose(ph.entries, ph)
            actor = self.kb.actors[entry.actor_id]
            if actor.type == "person" and self._out_of_time(ph, entry, actor):
                res = self._unknown(ph, self._name_key(ph), [])
                res.reason += (f"; {entry.text!r} is the given name of {actor.name}, out of office for "
                               f"over {_STALE_YEARS} years, and the text names neither him nor his country")
            elif actor.type == "person" and ph.noun and ph.noun.type == "government" and ph.head_end:
                # "the Biden administration"; but "Prime Ministers X and Y": a plural title
                res = self._administration(ph, [a for e in ph.entries
                                                 if (a := self.kb.actors[e.actor_id]).type == "person"])
            elif actor.type == "person" and (ph.noun or ph.followers) \
                    and (force := self._led_force(actor)) is not None:
                res = Resolution(_ref(force), f"alias: {self._text(ph.start, ph.end)!r} is the {force.name}, "
                                              f"commanded by {actor.name}")
            elif actor.type == "person" and (earlier := self._earlier_namesake(ph, actor)) is not None:
                res = Resolution(replace(earlier), f"coreference: {self._text(ph.head_start, ph.end)!r} refers "
                                                   f"back to {earlier.name}, named before in full; not {actor.name}")
            elif actor.type == "person":
                res = self._person(ph, actor, "alias")
            elif entry.kind == "seat":
                res = self._metonymy(ph, actor, entry)
            else:
                res = self._named(ph, actor, entry)
        elif ph.head == "common":
            res = self._common(ph, self.kb.actors[ph.entries[0].actor_id])
        elif ph.head == "demonym":
            res = self._demonym(ph, self._choose(ph.entries, ph), forced)
        elif ph.head == "title":
            res = self._office(ph, self._title(ph)) if ph.office else self._title(ph)
        elif ph.head == "noun":
            res = self._noun(ph, forced)
        else:
            res = self._name(ph)
        if ph.joint and ph.first_mod and res.actor is not None:
            res.reason += f"; {self._text(ph.first_mod[0], ph.first_mod[1])!r} names each of its states"
        if ph.retired and res.actor is not None and res.actor.sector in {"MIL", "COP"}:
            res.actor = replace(res.actor, actor_id=None, name=None, sector="CVL", type="other")
            res.reason += "; retired from its forces: veterans, civilians"
        if res.actor is not None:
            text = self._text(ph.start, ph.end)
            res.actor = replace(res.actor, text=text, start=self.words[ph.start].start,
                                end=self.words[ph.end - 1].end, reason=res.reason)
            res.links = [replace(link, object=res.actor) for link in res.links]
            if res.actor.type == "person" and _UNHELD_NOTE not in res.reason:
                # an unnamed office holder of the context's state ("the envoy") is no antecedent of "he"
                self.persons.append((res.actor, self._name_key(ph)))
        return res

    def _earlier_namesake(self, ph: _Phrase, actor: Actor) -> ActorRef | None:
        """Another person named before in full whose name ends in the words that are an alias
        of ``actor``: after "Mohammed Tawfiq Allawi", a bare "Allawi" is he, not Iyad Allawi,
        whose alias it is. The text's own earlier mention outweighs the KB's default bearer."""
        key = self._name_key(ph)
        return next((ref for ref, earlier in reversed(self.persons)
                     if ref.actor_id != actor.id and len(key) < len(earlier) and earlier[-len(key):] == key), None)

    def _office(self, ph: _Phrase, res: Resolution) -> Resolution:
        """"Azerbaijan's Prosecutor General's Office", "the Prime Minister's office": the bureau
        of an office is a body of the holder's state in the office's sector, never its holder."""
        ref = res.actor
        if ref is None or not ref.country:
            return res
        organ = self._organ(ref.country, ph.start, ph.end, ref.sector, "government")
        return Resolution(organ, f"{res.reason}; {self._text(ph.end - 2, ph.end)!r}: the bureau of the office, "
                                 f"a body of {self._country_name(ref.country)}", res.links)

    def _state_after(self, ph: _Phrase, stop: int) -> None:
        """"The Royal Navy of Oman": a state named after a state body's name owns it; not
        one that owns something else ("criticism by the Pentagon of Iran's programme")."""
        end = self._owner_after(ph, ph.end, stop, "of", organisations=False)
        if end < stop and self.words[end].norm == "'s":
            ph.country = None
        else:
            ph.end = end

    def _state_body(self, actor: Actor) -> bool:
        """Whether the organisation is a state's own government body or armed force: its
        name ("Royal Navy", "National Intelligence Service") may belong to other states."""
        state = self.kb.actors.get(actor.country)
        return actor.type in _STATE_BODY_TYPES and state is not None and state.type == "state"

    def _named(self, ph: _Phrase, actor: Actor, entry: NameEntry) -> Resolution:
        if ph.country and ph.country[0] != actor.country and (self._state_body(actor) or actor.national_branches):
            code, word = ph.country  # "the Royal Navy of Oman", "Omani Royal Navy", "the Swiss Red Cross"
            ref = self._organ(code, ph.head_start, ph.head_end or ph.end, actor.sector, actor.type)
            return Resolution(ref, f"demonym: {word!r} -> {code}; {self._text(ph.head_start, ph.head_end or ph.end)!r} "
                                   f"names a body of {self._country_name(code)} here, not {actor.name}")
        if actor.type == "state" and ph.bare:
            place = self._place_use(ph.head_start, ph.end)
            if place:
                return Resolution(None, f"location: {actor.name} used as a place ({place})")
        found = self._text(ph.head_start, ph.head_end or ph.end)
        if actor.type == "media" and ph.bare and self._names_land(ph.head_start) \
                and not self._article_before(ph.head_start):
            # "on the Hadath campus": an outlet's name without its article, followed by a place
            # noun, is the town the outlet is named after ("the Al Jazeera bureau" is the outlet's)
            return Resolution(None, f"location: {found!r} names a place (followed by "
                                    f"{self.words[ph.end].raw!r}), not {actor.name}")
        rule = _EPITHETS.get(entry.kind, "alias")
        ref = _ref(actor)
        listed = "" if found == entry.text else f" (listed as {entry.text!r})"
        if ph.head_start in self._misspelt:
            listed = f" (a misspelling of {entry.text!r})"
        detail = f"{found!r} is a name of {actor.name}{listed}"
        if entry.kind in _EPITHETS:
            which = "a hostile" if "hostile" in rule else "an"
            detail = f"{entry.text!r} is {which} epithet for {actor.name}"
            if entry.kind == "shared_epithet":
                detail += ", the only one of its bearers whose country the document names or is set in"
            if entry.kind == "viewpoint_epithet":
                seen = sorted(self._viewpoint_countries() & entry.viewpoints)
                detail += f" in the copy of {', '.join(seen)}, where the document is written from"
            noun = self.lookup(ph.end - 1, "noun", ph.end)[1]
            if actor.type == "state" and noun and noun[0].sector in self.kb.state_sectors:
                ref = replace(ref, sector=noun[0].sector, type=noun[0].type)
        if ph.noun and ph.head_end:
            detail += f"; {ph.noun_text!r} refers to its members"
            ref = _armed_members(ref, actor, ph.noun)
        return Resolution(ref, f"{rule}: {detail}", self._links(ph))

    def _administration(self, ph: _Phrase, people: list[Actor]) -> Resolution:
        """"the Biden administration": the government the person led, not the person; "the
        Bush administration" with no date: the government both namesakes led."""
        assert ph.noun is not None
        codes = {ref.country for actor in people if (ref := self._person(ph, actor, "alias").actor)}
        code = next(iter(codes)) if len(codes) == 1 else None
        state = self.kb.actors.get(code or "")
        ref = _ref(state) if state and state.type == "state" else ActorRef(text="", country=code)
        ref = replace(ref, sector=ph.noun.sector, type="government")
        leaders = " or ".join(sorted(actor.name for actor in people))
        return Resolution(ref, f"alias: {self._text(ph.start, ph.end)!r} is the {ph.noun_text} "
                               f"led by {leaders}")

    def _common(self, ph: _Phrase, actor: Actor) -> Resolution:
        assert ph.country is not None
        name = self._text(ph.head_start, ph.end)
        return Resolution(_ref(actor), f"demonym: {ph.country[1]!r} with {name!r} is {actor.name}",
                          self._links(ph))

    def _metonymy(self, ph: _Phrase, actor: Actor, entry: NameEntry) -> Resolution:
        if ph.bare:
            place = self._place_use(ph.head_start, ph.end)
            if place:
                return Resolution(None, f"location: {entry.text} used as a place ({place})")
        if ph.end < len(self.words) and self.words[ph.end].norm in self.cues["place_named"]:
            return Resolution(None, f"none: {entry.text} names the {self.words[ph.end].raw} "
                                    f"held or signed there, no party")
        if actor.type == "state":
            ref = replace(_ref(actor), sector="GOV", type="government")
            meaning = f"the government of {actor.name}"
        else:
            ref, meaning = _ref(actor), actor.name
        return Resolution(ref, f"metonymy: {entry.text!r} stands for {meaning}", self._links(ph))

    def _demonym(self, ph: _Phrase, entry: NameEntry, forced: bool) -> Resolution:
        state = self.kb.actors[entry.actor_id]
        if entry.kind == "plural" and self._ethnic(ph.head_start):
            home = self._ethnic_home(ph.head_start, ph.end, state.id)
            ref = ActorRef(text="", country=home[0] if home else None, type="other")
            return Resolution(ref, f"demonym: ethnic {entry.text!r} living in {home[0]}, {home[1]}" if home
                              else f"demonym: ethnic {entry.text!r} living where the text does not say")
        if entry.kind == "plural":
            ref = ActorRef(text="", country=state.id, type="other")
            return Resolution(ref, f"demonym: {entry.text!r} are people of {state.name}")
        nominal = ph.end >= len(self.words) or self.words[ph.end].norm in self.cues["nominal_next"]
        if ph.det == "the" and nominal:
            ph.start = ph.det_at if ph.det_at is not None else ph.start
            for ref, _key in reversed(self.persons):
                if ref.country == state.id:
                    return Resolution(replace(ref), f"coreference: 'the {entry.text}' refers back "
                                                    f"to {ref.name or ref.text}")
            return Resolution(ActorRef(text="", country=state.id, type="person"),
                              f"demonym: a person of {state.name}; no earlier {entry.text} named")
        if ph.licensed:
            role = "" if ph.joint else " as a patron"  # a compound's note says how it names
            if self.words[ph.end - 1].norm in self.cues["ally_nouns"]:
                role = f" as the {self.words[ph.end - 1].raw} of another party"
            return Resolution(_ref(state), f"demonym: {entry.text!r} names {state.name}{role}")
        if not forced:
            return Resolution(None, f"none: {entry.text!r} is used as an adjective")
        return Resolution(ActorRef(text="", country=state.id, type="other"),
                          f"demonym: {entry.text!r} -> {state.id}")

    def _title(self, ph: _Phrase) -> Resolution:
        owner = self._owner(ph) or self._leaders_own(ph)
        titles = ", ".join(t for _, t in ph.titles)
        if owner is None:
            return self._bare_title(ph, titles)
        code, org, word = owner
        sector = self._title_sector(ph, org)
        generic = ActorRef(text="", country=code, sector="ELI" if ph.former else sector, type="person")
        if ph.former or ph.det in ("a", "an"):
            why = "former holder" if ph.former else "indefinite"
            return Resolution(generic, f"title: {why} {titles!r} of {word}; no single person")
        holders = self._holders(ph, code, org)
        if len(holders) == 1:
            actor, role = holders[0]
            ref = replace(_ref(actor), country=role.country, sector=role.sector)
            return Resolution(ref, f"title+role: {titles} of {word} on {self.date or 'the current date'} "
                                   f"was {actor.name} ({role.describe(self.kb)})")
        names = ", ".join(sorted({a.name for a, _ in holders}))
        why = f"several holders ({names})" if holders else "no KB person held it then"
        return Resolution(generic, f"title: {titles!r} of {word}; {why}")

    def _bare_title(self, ph: _Phrase, titles: str) -> Resolution:
        """"The monarch remitted their terms", "the president said": a definite office with no
        country word is held in the state the context gives: one named before it in its
        sentence, else one the other sentences name, else the state whose agency filed the
        report. Only states where one KB person held the office on the date count, so "talks
        with the King" in a Jordanian paper's report of a Lebanese visit is no Lebanese king.
        A state named after it in its sentence may be the object ("the president received the
        Egyptian envoy"), so if one holds the office the title stays unresolved; if none
        does, the country of the places the report names decides, and last the home of the
        outlet that ran it when no place, organisation or person it names is of another
        country where someone held the office (a Bahraini daily's "the monarch" at "Jau",
        whatever Brazil's Jaú; not an AFP report's "leader" beside Lebanon's prime minister).
        Two states at one step leave it unresolved, and so does an owner after "of" that the
        parser could not attach ("the leader of Iran-backed Hezbollah"). Only a state in the
        title's own clause may be its object: one named past a comma or semicolon ("a pardon
        was granted by the Sultan yesterday, Royal Oman Police said") is context, the last step."""
        none = Resolution(None, f"none: title {titles!r} without a country or organisation")
        if ph.det != "the" or not any(t.kind == "office" for found, _ in ph.titles for t in found) \
                or (ph.end < len(self.words) and self.words[ph.end].norm == "of"):
            return none
        if ph.former:
            return self._unheld_title(ph, titles) or none

        def holders(codes: set[str]) -> dict[str, tuple[Actor, Role]]:
            return {c: found[0] for c in codes if len(found := self._holders(ph, c, None)) == 1}

        named, sentence = self._named_states(), self._sentence_start(ph.start)
        agency = self._agency_state()
        steps = [({c for first, p, c in named if first == sentence and p < ph.start},
                  "named before it in its sentence"),
                 ({c for first, _, c in named if first != sentence}, "named in the other sentences"),
                 ({agency} if agency else set(), "whose state news agency filed the report")]
        clause_end = next((p for p in range(ph.end, len(self.words)) if self.words[p].norm in _CLAUSE_ENDS),
                          len(self.words))
        after = {c for first, p, c in named if first == sentence and p > ph.start}
        if not any(self._holders(ph, c, None) for first, p, c in named
                   if first == sentence and ph.start < p < clause_end):
            places = self._place_countries()
            home = {self.outlet.country} if self.outlet and not any(
                self._holders(ph, c, None) for c in places | self._document_countries() - {self.outlet.country}
            ) else set()
            steps += [(places, "of the places the report names"), (home, "where the outlet that ran it is based"),
                      (after, "named after it in its sentence, past its clause")]
        for codes, where in steps:
            held = holders(codes)
            if len(held) > 1:
                return none
            if held:
                (code, (actor, role)), = held.items()
                ref = replace(_ref(actor), country=role.country, sector=role.sector)
                return Resolution(ref, f"title+role: {titles} of {self._country_name(code)}, the state "
                                       f"{where}, on {self.date or 'the current date'} was {actor.name} "
                                       f"({role.describe(self.kb)})")
        return self._unheld_title(ph, titles) or none

    def _unheld_title(self, ph: _Phrase, titles: str) -> Resolution | None:
        """"Police in Harare detained the president", "prosecutors in Lima indicted the former
        spy chief", "The Foreign Minister in Caracas": a definite office with no country word
        and no KB holder on the date (or a former holder, no one in particular) is an official
        of no named person of the one state the phrase is placed in ("in Caracas" right after
        it), else of the one state its sentence names before it, when none other is named
        after it in its clause (that one may be the holder's: "the Egyptian envoy met the
        president of ..." is left alone, as is a sentence naming two states before it)."""
        placed = self._operates_in(ph.end)
        if placed is not None:
            code, where = placed[0], f"placed {placed[1]!r}"
        else:
            named, sentence = self._named_states(), self._sentence_start(ph.start)
            clause_end = next((p for p in range(ph.end, len(self.words)) if self.words[p].norm in _CLAUSE_ENDS),
                              len(self.words))
            before = {c for first, p, c in named if first == sentence and p < ph.start and not self._names_land(p)}
            after = {c for first, p, c in named if first == sentence and ph.start < p < clause_end}
            if len(before) != 1 or after - before:
                return None
            code, where = next(iter(before)), "the state its sentence names before it"
        sector = "ELI" if ph.former else self._title_sector(ph, None)
        ref = ActorRef(text="", country=code, sector=sector, type="person")
        return Resolution(ref, f"title: {'former ' if ph.former else ''}{titles!r} of {code}, {where}; "
                               f"{_UNHELD_NOTE}")

    def _noun(self, ph: _Phrase, forced: bool) -> Resolution:
        noun, kb = ph.noun, self.kb
        assert noun is not None
        patrons = list(ph.patrons)
        if noun.patron and (ph.country or ph.org):  # "Iran's proxies"
            s, e, entries = ph.first_mod or (ph.start, ph.start, [])
            patrons.append((self._patron_ref(s, e, entries), Affiliation("'s", "backs", False)))
            ph.country, ph.org = None, None
        if patrons:
            place = self._operates_in(ph.end)
            owners = {p.country for p, a in patrons if a.own}
            owner = next(iter(owners)) if len(owners) == 1 and all(a.own for _, a in patrons) else None
            code = place[0] if place else ph.country[0] if ph.country else owner
            ref = ActorRef(text="", country=code, sector=noun.sector, type=noun.type)
            where = (f"country {code} from {place[1]!r}" if place else
                     f"country {code} from {ph.country[1]!r}" if ph.country else
                     f"country {code} of the one who runs it" if owner else "country unknown")
            proxy = self._proxy(ph, noun, patrons, code)
            if proxy:
                ref = replace(ref, sector=proxy[0], type="armed_group")
                where += f"; {proxy[1]}"
            backers = ", ".join(f"{p.name or p.text} ({a.predicate})" for p, a in patrons)
            ph.patrons = patrons
            group = self._backed_group(ph, patrons, code)
            if group:
                return Resolution(_ref(group), f"affiliation: {ph.noun_text!r} tied to {backers}; {where}; "
                                               f"{ph.noun_text!r} of {code} is {group.name}",
                                  self._links(ph))
            return Resolution(ref, f"affiliation: unnamed {ph.noun_text!r} tied to {backers}; {where}",
                              self._links(ph))
        # "the Albanian minority", not "Nigeria's population" nor "illegal Albanian immigrants"
        people = ph.first_mod and _demonym(ph.first_mod[2]) \
            and not (ph.first_mod[0] and self.words[ph.first_mod[0] - 1].norm in self.cues["undocumented"])
        if ph.country and ph.first_mod and (self._ethnic(ph.first_mod[0]) or noun.community and people):
            home = self._ethnic_home(ph.first_mod[0], ph.end, ph.country[0])
            if home:
                ethnic = "" if noun.community else "ethnic "
                ph.country = (home[0], f"{ethnic}{ph.country[1]} of {home[0]}, {home[1]}")
            elif not noun.community:  # "the Albanian community" where nothing else is said: Albania's
                return Resolution(ActorRef(text="", sector=noun.sector, type=noun.type),
                                  f"noun: {ph.noun_text!r} of ethnic {ph.country[1]} living where the text "
                                  f"does not say -> {noun.sector}")
        if ph.country and people and not ph.former and not self._ethnic(ph.first_mod[0]):
            abroad = self._people_abroad(ph, ph.first_mod)
            if abroad:
                ph.country = (abroad, f"{ph.country[1]} of {abroad}, where its sentence places them")
        if ph.country:
            code, word = ph.country
            own = noun.sector in kb.state_sectors and code in kb.actors
            # "Police in Bushehr province": the state's body with that common name, as "Iranian police"
            key = tuple(ph.noun_text.lower().split())
            branch = noun.sector if noun.type != "person" else None  # "a Russian military official" is a person
            organ = self._owned_common(code, key, branch) if own and not ph.former else None
            if organ is not None:
                return Resolution(_ref(organ), f"demonym: {word!r} -> {code}; {ph.noun_text!r} is {organ.name}")
            ref = ActorRef(text="", actor_id=code if own else None, name=self._country_name(code) if own else None,
                           country=code, sector="ELI" if ph.former else noun.sector, type=noun.type)
            return Resolution(ref, f"demonym: {word!r} -> {code}; {ph.noun_text!r} -> {ref.sector}")
        if ph.org and noun.staff:
            ref = ActorRef(text="", country=ph.org.country, sector=noun.sector, type=noun.type)
            return Resolution(ref, f"noun: {ph.noun_text!r} of {ph.org.name} are staff of {ph.org.country} "
                                   f"-> {noun.sector}, not the organisation")
        if ph.org:
            ref = replace(_ref(ph.org), type=noun.type if noun.type == "person" else ph.org.type)
            return Resolution(_armed_members(ref, ph.org, noun), f"alias: {ph.noun_text!r} of {ph.org.name}")
        kin = self._people_home(ph) if noun.type != "armed_group" else None
        if kin:  # a people's word is their state's, before any state the context names ("Scottish police")
            return Resolution(ActorRef(text="", country=kin[0], sector=noun.sector, type=noun.type),
                              f"noun: {self._text(ph.start - 1, ph.end)!r}, of a people with no state of its "
                              f"own, are of {kin[0]}, {kin[1]} -> {noun.sector}")
        context = None
        # a bare "army" or "military" is mostly a modifier ("army reservists", "a military parade"):
        # of a state only after "the" (a bare "police" names the state's as "the police" does)
        bare_force = noun.sector == "MIL" and len(ph.noun_text.split()) == 1
        if noun.contextual and (ph.det == "the" or ph.det is None and not bare_force and self._bare_singular(ph)):
            outward = noun.abroad or bool(set(self._text(ph.start, ph.end).lower().split()) & _OUTWARD_BODIES)
            context = self._operates_in(ph.end) or self._context_country(ph, scene=not outward,
                                                                          behind=noun.sector != "MIL")
            if context and not noun.abroad and self._placed_elsewhere(ph, context[0]):
                context = None
        if context:
            return self._contextual(ph, noun, context)
        where = self._operates_in(ph.end) if self._of_where_it_is(ph, noun) else None
        if where:
            return Resolution(ActorRef(text="", country=where[0], sector=noun.sector, type=noun.type),
                              f"noun: {ph.noun_text!r} {where[1]!r} are of {where[0]} -> {noun.sector}")
        homeland = self._homeland(ph) if noun.standalone and noun.sector == "CVL" else None
        if homeland:
            return Resolution(ActorRef(text="", country=homeland, sector=noun.sector, type=noun.type),
                              f"noun: {ph.noun_text!r}, a people with no state of its own, are of {homeland}, "
                              f"the one of its states their sentence names -> {noun.sector}")
        people = self._stateless_people(ph) if noun.type == "armed_group" else None
        if people:
            return Resolution(ActorRef(text="", country=people[0], sector=noun.sector, type=noun.type),
                              f"noun: {self._text(ph.start - 1, ph.end)!r}, fighters of a people with no "
                              f"state of its own, are of {people[0]}, {people[1]} -> {noun.sector}")
        # "its inspectors": the body's own, of the state named before, wherever they act
        owned = ph.start > 0 and self.words[ph.start - 1].norm in ("its", "their")
        at = self._first_scene(ph) if noun.scene and not owned else None
        if at is None and noun.scene:
            at = self._context_country(ph, behind=noun.sector != "MIL")
        if at:
            return Resolution(ActorRef(text="", country=at[0], sector=noun.sector, type=noun.type),
                              f"noun: {ph.noun_text!r} of {at[0]}, {at[1]} -> {noun.sector}")
        # "two local reporters": people the text calls local are of the state its sentence is set in
        local = any(self.words[k].norm == "local" for k in range(max(0, ph.start - 1), ph.head_start))
        scene = self._scene_country(ph) if local else None
        home = (scene, "where its sentence is set") if scene \
            else (self._context_country(ph) or self._outlet_home()) if noun.home or local else None
        if home:
            return Resolution(ActorRef(text="", country=home[0], sector=noun.sector, type=noun.type),
                              f"noun: {ph.noun_text!r} of {home[0]}, the state {home[1]} -> {noun.sector}")
        # gunmen, and rebels or militiamen heading a clause ("Jihadists attacked", "Militiamen
        # hacked to death"; not "had armed rebels in Tigray", the object of another's act); not a
        # "group" or "fighters", as often a named party's
        irregular = noun.type == "armed_group" and (
            noun.standalone or (noun.sector == "REB" and noun.proxy is None or _militia(ph.noun_text))
            and self._heads_clause(ph))
        scene = self._scene_country(ph) if irregular and ph.det is None \
            and (self._bare_noun(ph) or self._opening_epithet(ph)) else None
        if scene:
            return Resolution(ActorRef(text="", country=scene, sector=noun.sector, type=noun.type),
                              f"noun: {ph.noun_text!r} acting where their sentence places all it tells, "
                              f"{scene} -> {noun.sector}")
        if (noun.standalone or forced) and not noun.owned:
            ref = ActorRef(text="", sector=noun.sector, type=noun.type)
            return Resolution(ref, f"noun: {ph.noun_text!r} -> {noun.sector}")
        if noun.type == "armed_group" and noun.proxy is None and self._kb_people_before(ph) \
                and (noun.sector == "REB" or _militia(ph.noun_text)):  # no "Kurdish group"
            # "fire by Baloch separatists", "Tuareg rebels": a people's own armed men are a party
            # even where the text names none or several of the states it lives in
            ref = ActorRef(text="", sector=noun.sector, type=noun.type)
            return Resolution(ref, f"noun: {self._text(ph.start - 1, ph.end)!r}, fighters of a people living "
                                   f"in several states, none of them told -> {noun.sector}")
        return Resolution(None, f"none: {ph.noun_text!r} without a country or organisation")

    def _kb_people_before(self, ph: _Phrase) -> bool:
        """Whether the word right before the phrase is a people's word the KB lists (``peoples``
        of states: "Baloch", "Kurdish"), capitalised, in a sentence that names no state: where it
        names some ("Kurdish militants in Syria"), where they are is left to tell whose they are."""
        at = ph.start - 1
        return at >= 0 and self.words[at].cap and bool(self.kb.people_states(self.words[at].raw)) \
            and not self._sentence_states(ph.start)

    def _bare_noun(self, ph: _Phrase) -> bool:
        """Whether the phrase is its noun alone, with no owner or name before it ("the group's
        militants", "the Tasis rebels", "their fighters") nor an origin after it ("gunmen from
        Niger"): such a noun belongs to that party or that state."""
        before = self.words[ph.start - 1] if ph.start else None
        after = self.words[ph.end] if ph.end < len(self.words) else None
        return ph.end - ph.start == len(ph.noun_text.split()) and not (
            before is not None and (before.cap or before.norm in _OWNER_WORDS)
            or after is not None and after.norm == "from")

    def _opening_epithet(self, ph: _Phrase) -> bool:
        """Whether the one word before the phrase is its sentence's first, capitalised only as
        such and naming no party ("Maoist rebels triggered a mine", "Armed rebels overran"):
        an epithet of the noun, which stays bare. Inside a sentence a capitalised word before
        the noun is a name (:meth:`_stateless_people`)."""
        at = ph.start - 1
        return at >= 0 and ph.end - ph.start == len(ph.noun_text.split()) \
            and self._sentence_start(at) == at and self.words[at].cap and not self._entity(at, ph.start)[0] \
            and not self.kb.people_states(self.words[at].raw) \
            and not (ph.end < len(self.words) and self.words[ph.end].norm == "from")

    def _heads_clause(self, ph: _Phrase) -> bool:
        """Whether the phrase, past a "the" or an epithet opening the sentence
        (:meth:`_opening_epithet`), opens its sentence or follows a mark ("BAMAKO -
        Jihadists", ", the rebels", "Maoist rebels"): where a clause's subject stands."""
        k = ph.start - 1
        if k >= 0 and (self.words[k].norm == "the" or self._opening_epithet(ph)):
            k -= 1
        return k < 0 or not self.words[k].norm.isalnum() and self.words[k].norm not in _OWNER_WORDS

    def _scene_country(self, ph: _Phrase) -> str | None:
        """The one state where the phrase's sentence places what it tells ("Gunmen killed nine
        villagers in Zamfara state", "Jihadists overran a post in northern Mali"): coders give
        unnamed gunmen or rebels the country they act in, as they do local police. A sentence
        with places in two states leaves them stateless."""
        sentence = self._sentence_start(ph.start)
        found = {code for p, code in self._located_places() if self._sentence_start(p) == sentence}
        return next(iter(found)) if len(found) == 1 else None

    def _first_scene(self, ph: _Phrase) -> tuple[str, str] | None:
        """The state of the first place its sentence sets the phrase's act in, after it and in
        its own clause ("Security agents picked up 11 men in Zarqa and Maan ... over links to
        the extremists in Syria": Jordan's): a state's agents act at home, and the first scene
        is where they acted, later ones what the sentence tells of others."""
        sentence = self._sentence_start(ph.start)
        after = sorted((q, code) for q, code in self._located_places()
                       if q >= ph.end and self._sentence_start(q) == sentence)
        if not after or self._clause_break(ph.end, after[0][0]):
            return None
        return after[0][1], f"where its sentence first sets what they do ({self.words[after[0][0]].raw})"

    def _placed_elsewhere(self, ph: _Phrase, code: str) -> bool:
        """Whether the phrase's sentence places its events in another state than ``code``
        ("... suspected of working for Iran's Qods Force were detained in Istanbul, with
        police seizing cash": Turkey's police): a state's organ acts at home, so the scene
        says whose it is better than a state named for another reason."""
        sentence = self._sentence_start(ph.start)
        return any(self._sentence_start(p) == sentence and found != code
                   for p, found in self._located_places())

    def _bare_singular(self, ph: _Phrase) -> bool:
        """Whether the phrase is a singular noun alone, with no determiner or other word
        before it, nor a noun or name it is the second half of ("military police"): English
        names a state's institution so ("ordered police to", "dissolved Congress", "Parliament
        voted"), as it does with "the"; a bare plural ("juntas", "ministries") is indefinite.
        The plural is read off the last word: an "-s" not after another "s" ("congress" is singular)."""
        last = self.words[ph.end - 1].norm
        before = ph.start - 1
        alone = ph.end - ph.start == len(ph.noun_text.split()) and not (
            before >= 0 and (self.lookup(before, "noun")[0] or self.lookup(before, "entity")[0]))
        return alone and (not last.endswith("s") or last.endswith("ss"))

    def _contextual(self, ph: _Phrase, noun: SectorNoun, context: tuple[str, str]) -> Resolution:
        """"the Foreign Ministry" of the one country in context: the state's entry with that
        common name (its foreign ministry), else the state's own sector (its government)."""
        code, where = context
        ref = self._organ(code, ph.head_start, ph.end, noun.sector, noun.type)
        return Resolution(ref, f"coreference: {self._text(ph.start, ph.end)!r} is of {self._country_name(code)}, "
                               f"the only country {where}")

    def _organ(self, code: str, start: int, end: int, sector: str | None, kind: ActorType) -> ActorRef:
        """The body of state ``code`` that words ``start:end`` name: the state's entry with
        that common name ("foreign ministry": its foreign ministry), else the state itself in
        ``sector`` (its government, its military)."""
        owned = self._owned_common(code, tuple(w.norm for w in self.words[start:end]), sector)
        state = code in self.kb.actors
        return _ref(owned) if owned else ActorRef(text="", actor_id=code if state else None,
                                                  name=self._country_name(code), country=code,
                                                  sector=sector, type=kind)

    def _owned_common(self, code: str, key: tuple[str, ...], sector: str | None = None) -> Actor | None:
        """State ``code``'s entry whose common name is ``key`` ("police": its police force), or None.
        Given the noun's ``sector``, a compound the KB does not list is of the entry its first word
        names in that sector: "army intelligence", "military police" are branches of the army."""
        entries = self.kb.common.get(key, [])
        entries = entries if isinstance(entries, list) else [entries]
        found = next((self.kb.actors[e.actor_id] for e in entries if self.kb.actors[e.actor_id].country == code), None)
        if found is None and sector is not None and len(key) > 1:
            head = self._owned_common(code, key[:1])
            return head if head is not None and head.sector == sector else None
        return found

    def _country_name(self, code: str) -> str:
        """The name of country code ``code``: its state's entry, else the code list's name, since
        an international body's code ("UNO", "EUR") has no state entry, else the code itself."""
        actor = self.kb.actors.get(code)
        return actor.name if actor is not None else self.kb.countries.get(code, code)

    def _context_country(self, ph: _Phrase, scene: bool = True, behind: bool = False) -> tuple[str, str] | None:
        """The one state named before the phrase in its sentence ("In Tehran, the Foreign
        Ministry"), else, when its sentence names none before it, the one the other sentences
        name; in a text that names none, the state whose news agency filed it, else that of its
        dateline ("MASHHAD - the Intelligence Ministry said": Iran's). A state named after it is
        usually the object ("summoned the envoy of Egypt"); one naming a stretch of land ("in the
        Palestinian territory") is none. A text with no state, agency or dateline is of the one
        country of the places its sentence names after it (:meth:`_acting_places`), and one that
        names a single state, as the scene of its sentence, is of that state (:meth:`_scene_state`;
        not with ``scene`` False: a foreign ministry speaks of states abroad). With ``behind``,
        a place of its own clause before it counts too (:meth:`_acting_places`)."""
        named = [(first, p, code) for first, p, code in self._named_states() if not self._names_land(p)]
        sentence = self._sentence_start(ph.start)
        before = {code for first, p, code in named if first == sentence and p < ph.start}
        if before:
            return (next(iter(before)), "its sentence names before it") if len(before) == 1 else None
        rulers = self._rulers_before(ph, sentence)
        if rulers:
            return (next(iter(rulers)), "the statesman its sentence names before it") if len(rulers) == 1 else None
        elsewhere = {code for first, _, code in named if first != sentence}
        if not elsewhere:  # a report that names no state is of where it was filed, else of where it is set
            agency = self._agency_state()
            if agency:
                return agency, "whose state news agency filed the report"
            filed = self._dateline_countries()
            if filed:
                return (next(iter(filed)), "whose dateline it was filed under") if len(filed) == 1 else None
            places = self._acting_places(ph, behind) if not named else set()
            if not named:
                return (next(iter(places)), "of the places its sentence says it acts in") if len(places) == 1 else None
            return self._scene_state(ph, named) if scene else None
        return (next(iter(elsewhere)), "the other sentences name") if len(elsewhere) == 1 else None

    def _scene_state(self, ph: _Phrase, named: list[tuple[int, int, str]]) -> tuple[str, str] | None:
        """The one state a text names, when its sentence names it after the phrase as where
        what it tells happens ("The labour ministry rebuffed a report on worker deaths in
        Qatar, calling it a slur on Qatari reforms"; "the central bank cut its rates to revive
        lending in Ghana"): the text is about that state, and its body named bare is that
        state's. A state named after the phrase but never as a scene ("the ministry summoned
        the Turkish envoy") is what it acts on, so none; nor two states ("in Qatar and Nepal"),
        nor a scene past a comma ("police said, with investigators saying the cell wired money
        to camps in Syria": another clause's)."""
        codes = {code for _, _, code in named}
        if len(codes) != 1:
            return None
        code = next(iter(codes))
        sentence = self._sentence_start(ph.start)
        if any(q >= ph.end and found == code and self._sentence_start(q) == sentence
               and not self._clause_break(ph.end, q)
               for q, found in self._located_places()):  # in its own clause: not ", with X saying ... in Syria"
            return code, "the text names, and its sentence sets what it tells in"
        return None

    def _clause_break(self, start: int, end: int, any_comma: bool = False) -> bool:
        """Whether words ``start:end`` cross into another clause: a semicolon or colon, or a
        comma before a word that opens a clause ("with", "while", "which", a participle), not
        one of a list ("on labour camps, wage arrears and worker deaths"). With ``any_comma``,
        every comma and every clause opener counts: a stretch read backwards from a phrase
        ("captives held in the territory as the cabinet weighed") has no list to spare."""
        words = self.words
        for k in range(start, min(end, len(words))):
            if words[k].norm in (";", ":") or any_comma and words[k].norm in _CLAUSE_OPENERS | {","}:
                return True
            if words[k].norm == "," and k + 1 < len(words):
                after = words[k + 1].norm
                if after in _CLAUSE_OPENERS or after.endswith("ing") and len(after) > 4:
                    return True
        return False

    def _acting_places(self, ph: _Phrase, behind: bool = False) -> set[str]:
        """Countries of the places named after a locative word past the phrase in its sentence:
        where a domestic body acts ("the Interior Ministry raided a house in Salmiya"). A place
        of another clause before it ("captives held in the territory, as the cabinet weighed
        ...") says where others are, not whose body it is; with ``behind``, one of its own
        clause is where it acted too ("six men were arrested near Voi by the police"), which
        the caller allows for police, not for an army that may act on land it holds ("in
        Nablus in a joint raid by the army")."""
        sentence = self._sentence_start(ph.start)
        return {code for q, code in self._located_places() if self._sentence_start(q) == sentence
                and (q >= ph.end or behind and not self._clause_break(q, ph.start, any_comma=True))}

    def _outlet_home(self) -> tuple[str, str] | None:
        """Where the outlet that ran the report is based, when the report names no other state."""
        if self.outlet is None or not self.outlet.country or self._document_countries() - {self.outlet.country}:
            return None
        return self.outlet.country, "where the outlet that ran it is based"

    def _rulers_before(self, ph: _Phrase, sentence: int) -> set[str]:
        """The countries of the KB's government people named before the phrase in its sentence
        ("President Ion Iliescu ordered police to clear the square"): a statesman who
        orders, sends or addresses a bare institution commands his own state's."""
        lo, hi = self.words[sentence].start, self.words[ph.start].start
        return {ref.country for ref, _ in self.persons
                if ref.country and ref.sector == "GOV" and lo <= (ref.start or 0) < hi}

    def _article_before(self, p: int) -> bool:
        """Whether an Arabic article the normaliser drops stands right before word ``p`` ("Al Hadath")."""
        before = self.text[:self.words[p].start].rstrip(" -").rsplit(None, 1)
        return bool(before) and before[-1].lower() in self.kb.normaliser.articles

    def _names_land(self, p: int) -> bool:
        """Whether the state word at ``p`` describes a stretch of land ("the Palestinian
        territory", "the Syrian border", "Lebanese soil"): a where, not whose organ acts."""
        n = self._entity(p, len(self.words))[0]
        return p + n < len(self.words) and self.words[p + n].norm in self.cues["place_nouns"]

    def _agency_state(self) -> str | None:
        """The state whose own news agency filed the report, named in its dateline ("(KUNA)
        --", "Muscat, ONA -") or as the outlet that ran it (SUNA's copy with no dateline): a
        state agency's report of "the Ministry of Foreign Affairs" means its state's ministry."""
        if self._agency is None:
            self._agency = (self._find_agency_state(),)
        return self._agency[0]

    def _find_agency_state(self) -> str | None:
        """:meth:`_agency_state`, uncached."""
        if self.outlet is not None and self.outlet.country in self.outlet.backed_by:
            return self.outlet.country
        for p, word in enumerate(self.words):
            n, entries = self._entity(p, len(self.words))
            agencies = {a.country for e in entries if (a := self.kb.actors[e.actor_id]).type == "media"
                        and a.country in a.backed_by}
            if len(agencies) == 1 and self._is_byline(word.start, self.words[p + n - 1].end):
                return agencies.pop()
        return None

    def _home_office(self, ph: _Phrase) -> bool:
        """Whether the phrase is an office holder named with a bare office title ("Prime
        Minister X", not "Belgian Prime Minister X" nor "a minister") and no state named before
        it in its sentence: in a state agency's copy, an office of that state."""
        if ph.det in ("a", "an") or ph.former \
                or not any(t.kind == "office" and not t.domestic for found, _ in ph.titles for t in found):
            return False
        sentence = self._sentence_start(ph.start)
        return not any(first == sentence and p < ph.start for first, p, _ in self._named_states())

    def _sentence_start(self, p: int) -> int:
        while p > 0 and not (self.words[p - 1].norm in _SENTENCE_ENDS and self.words[p].cap):
            p -= 1
        return p

    def _named_states(self) -> list[tuple[int, int, str]]:
        """``(sentence's first word, word, state)`` for each state named by name, demonym or seat,
        not inside the longer name of another actor (the Inter-American Development Bank names
        no American state)."""
        if self._states is None:
            self._states = []
            for p in self._outer_words():
                found = self.is_country(self._naming_entries(p))
                if found:
                    self._states.append((self._sentence_start(p), p, found))
        return self._states

    def _outer_words(self) -> list[int]:
        """The words that are not inside the longer KB name of an actor other than a state
        opened before them: "American" of "the Inter-American Development Bank" names no one."""
        if self._outer is None:
            self._outer, inside = [], 0
            for p in range(len(self.words)):
                if p < inside:
                    continue
                self._outer.append(p)
                n, entries = self._entity(p, len(self.words))
                if n > 1 and not any(self.kb.actors[e.actor_id].type == "state" for e in entries):
                    inside = p + n
        return self._outer

    def _backed_group(self, ph: _Phrase, patrons: list[tuple[ActorRef, Affiliation]],
                      code: str | None) -> Actor | None:
        """"The Iran-aligned militia that controls northern Yemen": an unnamed group whose
        country is stated after it is the armed group of that country whose common name the
        noun is (the Houthis list "militia" and "rebels", as "Yemen's rebels" shows), not
        the state's forces nor a group of its patron's own country."""
        if code is None or ph.country or any(p.country == code for p, _ in patrons):
            return None
        n, commons = self.lookup(ph.head_start, "common", ph.end)
        groups = {e.actor_id for e in commons if self.kb.actors[e.actor_id].country == code
                  and self.kb.actors[e.actor_id].type == "armed_group"}
        return self.kb.actors[groups.pop()] if n and len(groups) == 1 else None

    def _proxy(self, ph: _Phrase, noun: SectorNoun, patrons: list[tuple[ActorRef, Affiliation]],
               code: str | None) -> tuple[str, str] | None:
        """"US-backed forces in Syria" are a non-state armed group of Syria, not the Syrian
        military: a ``proxy`` noun backed by patrons from outside the country it operates in
        (named, not described by a country word, nor led by the patron: "US-led forces") gets
        the sector of the groups the KB says those patrons back in that country (Iran backs
        PRM militias in Iraq), else the noun's ``proxy`` sector. ``(sector, why)`` or None."""
        if noun.proxy is None or ph.country or code is None or any(a.own for _, a in patrons):
            return None
        if any(p.country == code for p, _ in patrons):
            return None
        ids = {p.actor_id for p, _ in patrons}
        known = sorted((a.id, a.sector) for a in self.kb.actors.values()
                       if a.type == "armed_group" and a.sector and code and a.country == code
                       and ids & set(a.backed_by))
        sectors = {sector for _, sector in known}
        if len(sectors) == 1:
            (sector,) = sectors
            like = ", ".join(i for i, _ in known[:3])
            why = f"backed from outside {code}: {sector} like the groups its patron backs there ({like})"
        else:
            sector, why = noun.proxy, f"backed from outside {code}: {noun.proxy}, not the state's own"
        return None if (sector, "armed_group") == (noun.sector, noun.type) else (sector, why)

    def _name(self, ph: _Phrase) -> Resolution:
        """An unmatched name: an earlier person, a supported near-miss, or a new actor."""
        key = tuple(w for w in self._name_key(ph, ph.name_end or ph.end) if w not in _APOSTROPHES)
        for ref, earlier in reversed(self.persons):
            if key and len(key) < len(earlier) and earlier[-len(key):] == key:
                return Resolution(replace(ref), f"coreference: {self._text(ph.head_start, ph.end)!r} "
                                                f"refers back to {ref.name or ref.text}")
        shortened = self._shortened_name(key)
        if shortened is not None:
            return self._person(ph, shortened, "alias", f"{self._text(ph.head_start, ph.end)!r} opens the name of "
                                                       f"{shortened.name}")
        near: list[str] = []
        if self._may_be_person(ph):
            found, near = self._fuzzy(ph, key)
            if found:
                return found
        if ph.entries and not near and not self._given_name_of(ph):  # "Trump Says" in a headline
            ph.head, ph.end = "actor", ph.head_end
            entry = self._choose(ph.entries, ph)
            actor = self.kb.actors[entry.actor_id]
            if actor.type == "person":
                return self._person(ph, actor, "alias")
            return self._named(ph, actor, entry)
        return self._unknown(ph, key, near)

    def _shortened_name(self, key: tuple[str, ...]) -> Actor | None:
        """The one KB person whose full name or alias opens with the two or more words of
        ``key`` and goes on ("Fernando Collor" of Fernando Collor de Mello): news drops the
        second surname or the particle that follows the name it uses."""
        if len(key) < 2:
            return None
        found = {e.actor_id for e in self.kb.names.get(key[-1:], []) if e.kind in ("partial", "alias")
                 and self.kb.actors[e.actor_id].type == "person"
                 and any(len(k) > len(key) and k[:len(key)] == key for k in (
                     self.kb.normaliser.key(t)[0] for t in (self.kb.actors[e.actor_id].name,
                                                            *self.kb.actors[e.actor_id].aliases)))}
        return self.kb.actors[next(iter(found))] if len(found) == 1 else None

    def _given_name_of(self, ph: _Phrase) -> bool:
        """Whether the one-word person name opening the unknown name ``ph`` is one part of
        another person's name: in body text, "Abbas Mousavi" is not Mahmoud Abbas (the
        following capitalised word is a name, unlike "Says" on a headline line or a lexicon's
        noun or title: "the Netanyahu Cabinet")."""
        after = ph.head_end
        if after != ph.head_start + 1 or ph.end <= after or self._headline(after) \
                or any(self.lookup(after, what)[0] for what in ("title", "noun")):
            return False
        return any(self.kb.actors[e.actor_id].type == "person" for e in ph.entries)

    def _unknown(self, ph: _Phrase, key: tuple[str, ...], near: list[str]) -> Resolution:
        words = self._text(ph.head_start, ph.name_end or ph.end).lower().split()
        if words and (all(w in _DAY_NAMES for w in words) or words[-1] in ("a", "an", "the")):
            # "snubbed on Sunday a statement": a day word and the object's article are no name
            # (a day word may start one: "the Sunday Mirror")
            return Resolution(None, f"none: {' '.join(words)!r} is a time word or ends in an article, no name")
        owner = self._owner(ph)
        if owner is None and ph.noun and ph.noun.owned and not ph.titles:
            return Resolution(None, f"none: {ph.noun_text!r} without its state names a ship, no party")
        code = owner[0] if owner else None
        kind: ActorType
        if ph.titles:
            sector, kind = self._title_sector(ph, ph.org), "person"
            source = ", ".join(t for _, t in ph.titles)
        elif ph.noun and not (ph.org_head and ph.noun.type == "person"):
            # a noun for one person before an organisation's name says what it is like, not what it
            # is: "the militant Korean Confederation of Trade Unions" is a body, no militant
            sector, kind, source = ph.noun.sector, ph.noun.type, ph.noun_text
        elif ph.org_head and ph.org:  # a unit of a KB organisation: "Radwan Brigade of Hezbollah"
            sector, kind, source = ph.org.sector, ph.org.type, ph.org.name
        elif ph.org_head:
            sector, kind, source = ph.org_head.sector, ph.org_head.type, ph.org_head.key
        elif ph.org:
            sector, kind, source = ph.org.sector, "other", ph.org.name
        elif ph.person:
            sector, kind, source = None, "person", ""
        else:
            sector, kind, source = None, "other", ""
        if owner is None and ph.org_head:  # "Syrian Liberation Front": a country word in the name
            n, entries = self.lookup(ph.head_start, "entity", ph.name_end or ph.end)
            found = self.is_country(entries) if n else None
            if found:
                owner, code = (found, None, self._text(ph.head_start, ph.head_start + n)), found
        if owner is None and ph.org_head and (place := self._named_place(ph) or self._seat_place(ph)):
            owner, code = (place[0], None, place[1]), place[0]
        context = None
        if code is None and kind == "government" and ph.org_head and ph.det in ("the", None):
            context = self._context_country(ph)  # "BAGHDAD (INA) - The Ministry of Oil": Iraq's
            code = context[0] if context else None
        elif code is None and (kind == "military" and ph.org_head or self._home_office(ph)) \
                and (agency := self._agency_state()):
            # "MOSCOW /TASS/. A detachment of the Pacific Fleet", "BRUSSELS, WAFA - Prime Minister
            # X": a state's agency names its own forces and office holders bare; no other report
            # does (the US Fifth Fleet is reported from Bahrain), and a state named later in the
            # sentence is what the office holder acts on, not whom he serves
            context = agency, "whose state news agency filed the report"
            code = agency
        elif code is None and (kind == "person" and any(t.domestic for found, _ in ph.titles for t in found)
                               or ph.org_head and ph.org_head.domestic and not ph.org):
            context = self._home_state(ph)  # "Judge Ana Ruiz charged 12 Peruvian officials": Peru's
            code = context[0] if context else None
        if code is None and kind == "other" and not ph.org_head and not ph.org and ph.det is None \
                and (titled := self._appositive_state(ph)) is not None:
            # "Saqr al-Jaroushi, aviation chief of the Tobruk-aligned Operation Dignity,": a person
            # whom his apposition gives an office and a state
            code, kind, context = titled[0], "person", (titled[0], titled[1])
            sector, source = titled[2], "the office of his apposition"
        if code is None and kind == "person" and not ph.former and ph.det not in ("a", "an"):
            # "Khalifa Haftar's air commander X", "X, aviation chief of the Tobruk-aligned ...",
            # "President X ... Guinea": whom he serves, else the one state his text is about
            app = self._appositive_state(ph)
            if app is not None and sector is None:
                sector, source = app[2], "the office of his apposition"
            context = self._possessor_state(ph) or ((app[0], app[1]) if app else None) \
                or (self._sole_state(ph) if ph.titles and any(t.kind == "office" for found, _ in ph.titles
                                                                for t in found) else None)
            code = context[0] if context else None
        ref = ActorRef(text="", actor_id=PROVISIONAL_ID + "_".join(key),
                       name=self._text(ph.head_start, ph.name_end or ph.end),
                       country=code, sector=sector, type=kind)
        sources = [f"country {code} from {owner[2]!r}"] if owner else []
        if context:
            sources.append(f"country {code}: the one state {context[1]}")
        if ph.org_head and source == ph.org_head.key:
            sources.append(f"an organisation named with {source!r}")
        if sector:
            sources.append(f"sector {sector} from {source!r}")
        if near:
            sources.append("near miss " + ", ".join(near) + " lacks support from context")
        return Resolution(ref, "unknown: not in the KB" + ("; " + "; ".join(sources) if sources else ""),
                          self._links(ph))

    def _possessor_state(self, ph: _Phrase) -> tuple[str, str] | None:
        """The country of a KB person whose possessive stands right before the unknown
        person's title ("Khalifa Haftar's air commander X", "the emir's envoy X"): one who
        serves a statesman or warlord is of his state. Up to two lowercase words ("air",
        "chief") may stand between the possessive and the title."""
        k = ph.start - 1
        while k >= 0 and ph.start - k <= 2 and self.words[k].norm != "'s" and not self.words[k].cap \
                and self.words[k].raw.isalpha():
            k -= 1
        if k < 1 or self.words[k].norm != "'s":
            return None
        at = self.words[k].start
        owner = next((ref for ref, _ in reversed(self.persons) if ref.end == at and ref.country), None)
        if owner is None or not self._state_code(owner.country):
            return None
        return owner.country, f"of {owner.name or owner.text}, whom he serves"

    def _appositive_state(self, ph: _Phrase) -> tuple[str, str, str | None] | None:
        """The one country of what an apposition after the unknown person's name says he
        heads or serves ("X, commander of the air wing loyal to Khalifa Haftar,", "X, aviation
        chief of the Tobruk-aligned Operation Dignity,"): the apposition opens with an office
        title (maybe after a determiner and a lowercase word or two) and names, before its
        closing comma, states, KB actors or places of one country only."""
        words, stop = self.words, len(self.words)
        q = ph.end
        if q + 1 >= stop or words[q].norm != ",":
            return None
        k, start = q + 1, q + 1
        k += words[k].norm in ("the", "a", "an")
        title = next((j for j in range(k, min(k + 3, stop)) if self.lookup(j, "title")[0]), None)
        if title is None or any(words[j].cap for j in range(k, title)):
            return None
        end = next((j for j in range(title, min(title + _APPOSITION_WORDS, stop))
                    if words[j].norm in (",", ";", ":", ".")), None)
        if end is None:
            return None
        found: set[str] = set()
        j = title
        while j < end:
            n, entries = self.lookup(j, "entity", end)
            if n:
                code = self.is_country(entries)
                actors = {self.kb.actors[e.actor_id] for e in entries}
                if code is None and len(actors) == 1:
                    code = next(iter(actors)).country
                if code and self._state_code(code):
                    found.add(code)
                j += n
                continue
            if words[j].cap and j > title and (places := _sizeable_place_countries(words[j].raw)) \
                    and len(places) == 1:
                found |= places
            j += 1
        if len(found) != 1:
            return None
        sector = next((t.sector for t in self.lookup(title, "title")[1] if t.sector), None)
        return next(iter(found)), f"of what {self._text(start, end)!r} names", sector

    def _state_code(self, code: str | None) -> bool:
        """Whether ``code`` is a state's (not an international body's "IGO", "UNO")."""
        actor = self.kb.actors.get(code) if code else None
        return actor is not None and actor.type == "state"

    def _sole_state(self, ph: _Phrase) -> tuple[str, str] | None:
        """The one state a text names, when the unknown office holder's own sentence names it
        ("President X invited ECOWAS states to lend Guinea 200 doctors, saying Guinean clinics
        ..."): a bare office title is the home state's own usage, and a text that names no other
        state, and that one more than once, is about his."""
        states = {c for c in self._document_countries() if self._state_code(c)}
        if len(states) != 1:
            return None
        code = next(iter(states))
        # named once, the state may be whom he acts on ("Governor X met Chilean officials");
        # named again, the text is about it ("asked ECOWAS to lend Guinea doctors, saying
        # Guinean clinics are overwhelmed"), and so is a text that names it and a place of it
        # ("Treasury chief X signed a credit for water works in Quetzaltenango, the treasury
        # ministry of Guatemala disclosed")
        namings = {p for _, p, found in self._named_states() if found == code} \
            | {p for p, found in self._located_places() if found == code}
        if len(namings) < 2:
            return None
        # "Prime Minister X and Kenyan Deputy President Y": a demonym before another title or
        # name in his sentence is that other party's, so the text's state need not be his
        sentence = self._sentence_start(ph.start)
        if any(first == sentence and found == code and p + 1 < len(self.words) and self.words[p + 1].cap
               and not ph.start <= p + 1 < ph.end for first, p, found in self._named_states()):
            return None
        return (code, "the text names, as his sentence does") if code in self._sentence_states(ph.start) else None

    def _seat_place(self, ph: _Phrase) -> tuple[str, str] | None:
        """``(country, compound)`` for an unknown organisation after a compound that says where
        it sits ("the Istanbul-based IHH Foundation", ``seat_suffixes``), or None.

        Why: a body based in a town is, unless its name says otherwise, of the town's country;
        the place is a state, its seat, or a sizeable place of one country only."""
        q = ph.head_start - 2
        if q < 0 or self._past_seat_compound(q, ph.head_start + 1) != ph.head_start:
            return None
        n, entries = self.lookup(q, "entity", q + 1)
        code = self.is_country(entries) if n else None
        countries = _sizeable_place_countries(self.words[q].raw) if code is None else frozenset({code})
        compound = self.text[self.words[q].start:self.words[q + 1].end]
        return (next(iter(countries)), compound) if len(countries) == 1 else None

    def _named_place(self, ph: _Phrase) -> tuple[str, str] | None:
        """``(country, place)`` for an unknown organisation named after a place of one country:
        the name's first words ("the Khuzestan Steel Company", "Aleppo Chamber of Commerce") or
        the words after its "of" ("the Union of Sfax Merchants"); see ``_sizeable_place_countries``.
        A KB name (a person's, a capital's), a title, a sector noun or a head noun is no such
        place ("Commerce" is a town in California), and the text must name or be set in the
        place's country, in one of them for a name several countries' towns bear (Homs in Syria
        and Libya): English words name towns too ("the Independence Party", "Mobile")."""
        words, stop = self.words, ph.name_end or ph.end
        head_words = set(ph.org_head.key.split()) if ph.org_head else set()
        starts = [ph.head_start] + [k + 1 for k in range(ph.head_start, stop - 1) if words[k].norm == "of"]
        for q in starts:
            for end in range(min(self.name_run(q, stop), q + _NAMED_PLACE_WORDS), q, -1):
                if any(w.norm in head_words for w in words[q:end]) or any(
                        self.lookup(q, what, end)[0] for what in ("entity", "title", "noun")):
                    continue
                named = _sizeable_place_countries(self._text(q, end)) \
                    & (self._document_countries() | self._setting_countries())
                if len(named) == 1:
                    return next(iter(named)), self._text(q, end)
        return None

    # ----- persons

    def _person(self, ph: _Phrase, actor: Actor, rule: str, detail: str = "") -> Resolution:
        """A KB person, coded by the role held on the date: of several, the one the title in
        the text names ("Foreign Minister X" of a deputy prime minister and foreign minister)."""
        held = actor.roles_on(self.date)
        role = next((r for r in held if not self._title_note(ph, [r])), held[0]) if held else None
        detail = detail or f"{self._text(ph.head_start, ph.end)!r} is a name of {actor.name}"
        if role:
            ref = replace(_ref(actor), country=role.country, sector=role.sector)
            note = self._title_note(ph, [role])
            return Resolution(ref, f"{rule}+role: {detail}; {role.describe(self.kb)}{note}")
        past = [r for r in actor.roles if self.date and r.end and r.end < self.date
                and r.sector in self.kb.state_sectors]
        if past:
            last = max(past, key=lambda r: r.end or "")
            ref = replace(_ref(actor), country=last.country, sector="ELI")
            return Resolution(ref, f"{rule}: {detail}; former official, last {last.describe(self.kb)}")
        ref = replace(_ref(actor), sector=actor.sector or (actor.roles[0].sector if actor.roles else None))
        when = f"on {self.date}" if self.date else "now"
        return Resolution(ref, f"{rule}: {detail}; no KB role {when}{self._title_note(ph, actor.roles)}")

    def _relative(self, ph: _Phrase) -> Resolution | None:
        """"Khalifa Haftar and his son Saddam", "Haftar's son Khaled": a bare given name after a
        kin word (``kin`` cue) and "his", "her" (the person last named) or a person's possessive
        is that person's relative, who bears the family name: the KB person of the given name
        and the family name, else an unknown person of the family's country. Never a famous
        bearer of the given name (Saddam Hussein). None when the phrase is no such name."""
        at = ph.start
        if ph.head not in ("actor", "name") or ph.titles or ph.country or ph.org or ph.noun \
                or at < 2 or self.words[at - 1].norm not in self.cues["kin"]:
            return None
        owner = self.words[at - 2]
        given = self._name_key(ph)
        if len(given) != 1:  # a full name ("his son Saddam Haftar") is read as written
            return None
        if owner.norm == "'s":  # "Haftar's son": the person named right before the possessive
            found = [(ref, key) for ref, key in self.persons if ref.end == owner.start]
        elif owner.norm in self.cues["kin_possessives"]:
            found = self._antecedents(at - 2)[-1:]
        else:
            return None
        if not found:
            return None
        ref, key = found[-1]
        known = self.kb.actors.get(ref.actor_id or "")
        family = self.kb.normaliser.key(known.name)[0][-1:] if known else key[-1:]
        full = given + family
        people = {e.actor_id for e in self.kb.names.get(full, ())
                  if e.kind == "alias" and self.kb.actors[e.actor_id].type == "person"}
        kin = self._text(at - 1, at)
        detail = f"{self._text(ph.head_start, ph.end)!r} after {kin!r} of {ref.name or ref.text}"
        if len(people) == 1:
            actor = self.kb.actors[people.pop()]
            return self._person(ph, actor, "alias", f"{detail} bears the family name: {actor.name}")
        relative = ActorRef(text="", actor_id=PROVISIONAL_ID + "_".join(full), name=" ".join(full).title(),
                            country=ref.country, type="person")
        return Resolution(relative, f"unknown: not in the KB; {detail}, of the family's country {ref.country}")

    def _out_of_time(self, ph: _Phrase, entry: NameEntry, actor: Actor) -> bool:
        """Whether the bare given name ``entry`` ("Saddam") of a person out of every office for
        more than :data:`_STALE_YEARS` on the article date names someone else: news of today
        calls a long-gone leader by his given name only when it speaks of him, so the text must
        tie the name to him (his country named outright or by a place, an earlier mention, a
        title, a country word, "former")."""
        if self.date is None or not actor.roles or entry.kind != "alias" \
                or ph.titles or ph.country or ph.former or ph.org:
            return False
        name, key = self.kb.normaliser.key(actor.name)[0], self.kb.normaliser.key(entry.text)[0]
        if len(key) != 1 or len(name) < 2 or key[0] != name[0]:
            return False
        ends = [r.end for r in actor.roles]
        last = max(e for e in ends if e) if all(ends) else None
        if last is None or int(self.date[:4]) - int(last[:4]) <= _STALE_YEARS:
            return False
        named = {code for _, _, code in self._named_states()} | self._place_countries()
        return actor.country not in named and not any(ref.actor_id == actor.id for ref, _ in self.persons)

    def _title_note(self, ph: _Phrase, roles: Sequence[Role]) -> str:
        offices = [t for titles, _ in ph.titles for t in titles if t.kind == "office"]
        if offices and not any(self.kb.title_matches(t, r.title) for t in offices for r in roles):
            return f"; the title in the text ({', '.join(t for _, t in ph.titles)}) is not among its roles"
        return ""

    def _holders(self, ph: _Phrase, code: str, org: Actor | None) -> list[tuple[Actor, Role]]:
        """Who held the titled office of ``org`` (or of country ``code``) on the date;
        exact title matches are preferred over broader ones ("president" over "regional
        president"); a country-wide generic title (commander) must have a single holder.
        Of a country's several holders, those of an office of the state itself are preferred
        to those of its bodies: "Syria's leader" is its president, not the commander of the
        SDF, a force of Syria whose commander is a leader too; failing those, holders of an
        office of a government body are preferred to those of armed groups and other bodies:
        "Sudan's de facto leader" chairs its Sovereignty Council, unlike the RSF's commander."""
        texts = [t for titles, _ in ph.titles for t in titles if t.kind == "office"]
        exact: list[tuple[Actor, Role]] = []
        broad: list[tuple[Actor, Role]] = []
        for key, holders in self.kb.holders.items():
            for title in texts:
                if not self.kb.title_matches(title, key):
                    continue
                for actor, role in holders:
                    owner_ok = role.org == org.id if org else role.country == code
                    held = role.held_on(self.date) if self.date else role.end is None
                    if owner_ok and held:
                        (exact if title.key == key else broad).append((actor, role))
        chosen = exact or broad
        if org is None:
            chosen = [(a, r) for a, r in chosen if r.org == code] \
                or [(a, r) for a, r in chosen if self._government_body(r.org)] or chosen
        return list({a.id: (a, r) for a, r in chosen}.values())

    def _government_body(self, org_id: str | None) -> bool:
        """Whether ``org_id`` is an organisation of the KB of type government (a ministry, a
        council of state), not an army, an armed group or a party."""
        body = self.kb.actors.get(org_id) if org_id else None
        return body is not None and body.type == "government"

    def _may_be_person(self, ph: _Phrase) -> bool:
        if ph.org_head and not ph.titles or self._name_runs_on(ph.end):
            return False
        return ph.noun is None or ph.noun.type == "person"

    def _name_runs_on(self, p: int) -> bool:
        """Whether the capitalised word ``p`` continues the name before it, with nothing but
        spaces, hyphens or a dropped Arabic article between ("Abdullah Al-Yahya"): a span cut
        inside a written name ("Abdullah" of it) is a given name of that person, never a
        partial name of a namesake the KB knows (Afghanistan's Abdullah Abdullah)."""
        if 0 < p and p + 1 < len(self.words) and self.words[p].norm in self.cues["name_joiners"] \
                and not self.words[p].cap and self._name_word(p + 1):
            p += 1  # "Kamal bin Ahmed": a joiner and a name word go on with the name
        if not 0 < p < len(self.words) or not self.words[p].cap:
            return False
        gap = self.text[self.words[p - 1].end:self.words[p].start]
        return all(t.skip for t in self.kb.normaliser.tokens(gap))

    def _fuzzy(self, ph: _Phrase, key: tuple[str, ...]) -> tuple[Resolution | None, list[str]]:
        """A KB person whose name is within a small edit distance of ``key`` (or who has
        ``key`` as surname), accepted only with support from context."""
        text = " ".join(key)
        limit = 1 if len(text) <= 6 else 2
        candidates: dict[str, tuple[int, NameEntry]] = {}
        person_keys = self.kb.person_keys
        for i in self.kb.person_candidates(text, limit):  # in person_keys order
            name, entry = person_keys[i]
            if abs(len(name) - len(text)) > limit or (entry.kind == "given" and not ph.titles):
                continue  # "Prince Faisal": a given name only after a title
            dist = _distance(text, name, limit)
            if dist <= limit and (entry.actor_id not in candidates or dist < candidates[entry.actor_id][0]):
                candidates[entry.actor_id] = (dist, entry)
        owner = self._state_after_of(ph)
        if owner is not None:  # "Prime Minister Musa of Belize" is no namesake of another state
            candidates = {a: c for a, c in candidates.items()
                          if owner in {self.kb.actors[a].country, *(r.country for r in self.kb.actors[a].roles)}}
        supported = []
        for actor_id, (dist, entry) in candidates.items():
            support = self._support(ph, self.kb.actors[actor_id], misspelt=dist > 0)
            if support:
                supported.append((dist, actor_id, entry, support))
        near = [f"{self.kb.actors[a].name}" for a in candidates]
        if not supported:
            # news names a sitting head of state by surname alone ("Gorbachev and Bush began
            # a summit"), but not by a given name ("Abdullah": King Abdullah, Abdullah Ocalan)
            holder = sitting_holder(self.kb, key, self.date, not_given=True) \
                if self.date is not None and len(key) == 1 else None
            if holder is None or holder not in candidates:
                return None, near
            dist, entry = candidates[holder]
            if dist != 0 or entry.kind != "partial":
                return None, near
            supported = [(dist, holder, entry, ["heading its state on the date"])]
        supported.sort()
        best = [s for s in supported if s[0] == supported[0][0]]
        if len({s[1] for s in best}) > 1:
            # a dated office held that day outweighs an undated one of the title's sector: "Emir
            # Sheikh Sabah" in 2019 is the sitting emir, not an emir the KB knows by sector alone
            dated = [s for s in best if self._role_supported(ph, self.kb.actors[s[1]], True, by_sector=False)]
            with_role = dated if len(dated) == 1 else \
                [s for s in best if self._role_supported(ph, self.kb.actors[s[1]], True)]
            if len(with_role) != 1:
                return self._namesakes(ph, [self.kb.actors[s[1]] for s in with_role or best]), near
            best = with_role
        dist, actor_id, entry, support = best[0]
        how = f"{entry.kind} name" if entry.kind in ("partial", "given") and dist == 0 \
            else f"{dist} edit(s) from {entry.text!r}"
        detail = (f"{self._text(ph.head_start, ph.end)!r} is {how} of {self.kb.actors[actor_id].name}, "
                  f"supported by {', '.join(support)}")
        res = self._person(ph, self.kb.actors[actor_id], "fuzzy", detail)
        return res, near

    def _state_after_of(self, ph: _Phrase) -> str | None:
        """The state named right after the phrase and its "of" ("Prime Minister Musa of
        Belize"), whose office the title is; None when no state follows."""
        if ph.end + 1 >= len(self.words) or self.words[ph.end].norm != "of":
            return None
        return next((c for _, p, c in self._named_states() if p == ph.end + 1), None)

    def _namesakes(self, ph: _Phrase, people: list[Actor]) -> Resolution | None:
        """"President Bush" with no date to tell father from son: no one person, but the
        country all the namesakes served in the office the title names (or, without a
        title, their common country), when that is one country."""
        if ph.titles:
            codes = {r.country for actor in people for r in actor.roles
                     if any(self.kb.title_matches(t, r.title) for found, _ in ph.titles for t in found)}
        else:
            codes = {actor.country for actor in people}
        if len(codes) != 1:
            return None
        (code,) = codes
        ref = ActorRef(text="", country=code, sector=self._title_sector(ph, None), type="person")
        names = " or ".join(sorted(actor.name for actor in people))
        return Resolution(ref, f"fuzzy: {self._text(ph.head_start, ph.end)!r} may be {names}, "
                               f"all of {code}; no single person")

    def _support(self, ph: _Phrase, actor: Actor, misspelt: bool = False) -> list[str]:
        """The context cues that back reading ``ph`` as ``actor``. A misspelt name needs a
        title the person held on the date: "President Dengu" in 2025 is not Deng Xiaoping,
        whom the KB knows by his sector alone."""
        support = []
        if self._role_supported(ph, actor, on_date=misspelt, by_sector=not misspelt):
            support.append("title " + ", ".join(repr(t) for _, t in ph.titles))
        if ph.country and ph.country[0] in {actor.country, *(r.country for r in actor.roles)}:
            support.append(f"country word {ph.country[1]!r}")
        if ph.org and any(r.org == ph.org.id for r in actor.roles):
            support.append(f"organisation {ph.org.name}")
        if any(ref.actor_id == actor.id for ref, _ in self.persons):
            support.append("an earlier mention")
        home = None if misspelt else self._outlet_home()
        if home is not None and home[0] in {actor.country, *(r.country for r in actor.roles)}:
            support.append(f"the outlet's home {home[0]}")  # a Kuwaiti paper's "Sheikh Mishal"
        return support

    def _role_supported(self, ph: _Phrase, actor: Actor, on_date: bool = False, by_sector: bool = True) -> bool:
        """Whether a title in the text fits one of the person's roles (held on the date
        when ``on_date``); a rank fits any role in its sector. A person the KB lists with
        the sector of the office they were known for and no dated roles (the world file's
        heads of government and rebel chiefs) fits a title of that sector: "President
        Estrada", "Defence Minister Sergeyev", "Prosecutor General Ustinov" (unless
        ``by_sector`` is false)."""
        roles = [r for r in actor.roles if not on_date or self.date is None or r.held_on(self.date)]
        for titles, _ in ph.titles:
            for title in titles:
                if by_sector and not actor.roles and title.sector is not None and title.sector == actor.sector:
                    return True
                for role in roles:
                    if self.kb.title_matches(title, role.title):
                        return True
                    if title.kind == "rank" and title.sector == role.sector:
                        return True
        return False

    # ----- context cues

    def _clause_subject(self, start: int, end: int, comma: int) -> bool:
        """Whether the name at ``start``..``end``, after the comma at ``comma``, is the subject of
        the verb after it: a past form ("in Lima, London threatened") or a word of
        ``nominal_next`` ("Washington said", "Moscow will"); not a list going on ("in Iraq,
        Syria and Lebanon") nor the country of the place before the comma ("Police in Lima,
        Peru arrested")."""
        words = self.words
        if end >= len(words) or words[end].cap or not words[end].norm.isalpha() or not (
                words[end].norm.endswith("ed") or words[end].norm in self.cues["nominal_next"]):
            return False
        q = comma
        while q > 0 and words[q - 1].cap:
            q -= 1
        country = place_country(self._text(start, end))
        return q == comma or country is None or place_country(self._text(q, comma)) != country

    def _place_use(self, start: int, end: int) -> str | None:
        """The cue that makes a country or capital a place here, or None if it is an actor."""
        words, cues = self.words, self.cues
        if self._is_dateline(start, end):
            return "dateline"
        if end < len(words) and words[end].norm == "'s":
            after = words[end + 1].norm if end + 1 < len(words) else ""
            place = after in cues["place_nouns"] or after in cues["directions"]
            if place:
                return f"'s {words[end + 1].raw}"
            name = self._place_name(end + 1)  # "Baghdad's Green Zone", "Tehran's Azadi Square"
            return f"'s {self._text(end + 1, name)}" if name else None
        if end < len(words) and words[end].norm in cues["place_nouns"]:
            return f"followed by {words[end].raw!r}"
        deciding = cues["locative"] | cues["motion"] | cues["to_words"] | cues["from_words"]
        i = start - 1  # walk back over "the" and coordinated names: "in Iraq and Syria"
        while i >= 0 and start - i <= _LOOKBACK and words[i].norm not in deciding and (
                words[i].norm in cues["conjunctions"] or words[i].norm == "the" or words[i].cap):
            if words[i].norm == "," and self._clause_subject(start, end, i):
                return None  # "After talks in Lima, London threatened": a new clause's subject
            i -= 1
        if i < 0:
            return None
        prev = words[i]
        if prev.norm == "at" and i > 0 and words[i - 1].norm in cues["aim_words"]:
            return None  # "pointed the finger at N'Djamena": whom the words aim at
        if prev.norm in cues["locative"] or prev.norm in cues["motion"]:
            return f"after {prev.raw!r}"
        before = {w.norm for w in words[max(0, i - 3):i]}
        if prev.norm in cues["to_words"] and before & cues["motion"]:
            return f"after {prev.raw!r} following a motion word"
        # "Troops from Tashkent and Dushanbe drilled", "Officials from Kabul met": heading a clause,
        # the people act for the states; not "the withdrawal of troops from Lebanon" (a place left)
        k = i - 2 - (i >= 2 and words[i - 2].norm == "the")
        sent = i > 0 and words[i - 1].norm in cues["sent_people"] and (k < 0 or not words[k].norm.isalnum())
        if prev.norm in cues["from_words"] and not before & cues["source"] and not sent \
                and not self._sourced_content(i):
            return f"after {prev.raw!r}"
        if prev.norm == "of" and i > 0 and (words[i - 1].norm in cues["place_nouns"]
                                            or words[i - 1].norm in cues["directions"]
                                            or (words[i - 1].cap and words[i - 1].norm in cues["place_heads"])):
            return f"after '{words[i - 1].raw} of'"  # "the Gulf of Oman", "the Sea of Japan": a place's name
        return None

    def _sourced_content(self, at: int) -> bool:
        """Whether the "from" at ``at`` closes a source noun's "of" phrase ("an offer of a
        three-month ceasefire from Kabul", "a message of support from Tehran"): who sent the
        offer, not where something came from. The phrase is a few words with no comma."""
        words, source = self.words, self.cues["source"]
        for k in range(at - 1, max(-1, at - _SOURCED_REACH), -1):
            if not words[k].norm.isalnum() and words[k].norm != "-":
                return False
            if words[k].norm == "of" and k > 0 and words[k - 1].norm in source:
                return True
        return False

    def _place_name(self, q: int) -> int:
        """End of a capitalised place name at ``q`` ("Green Zone", "Rafik Hariri
        International Airport": ending in a place noun such as Zone or Airport), else 0. A
        KB person's name of two words or more before a facility noun, capitalised or not, names
        the facility ("King Khalid airport", "Sultan Qaboos University"), not the person."""
        end = self.name_run(q)
        if end - q >= 2 and self.words[end - 1].norm in self.cues["place_heads"]:
            return end
        return self._facility_end(q, end)

    def _facility_end(self, q: int, end: int) -> int:
        """End of a facility named for a KB person at ``q`` (see :meth:`_place_name`), whose
        name run ends at ``end``; else 0."""
        facility = self.cues["facility_heads"]
        if end - q >= 3 and self.words[end - 1].norm in facility and self._person_name(q, end - 1):
            return end
        if end - q >= 2 and end < len(self.words) and self.words[end].norm in facility \
                and self._person_name(q, end):
            return end + 1
        return 0

    def _person_name(self, q: int, end: int) -> bool:
        """Whether words ``q:end`` are all a KB person's name."""
        n, entries = self.lookup(q, "entity")
        return n == end - q and any(self.kb.actors[e.actor_id].type == "person" for e in entries)

    def _is_dateline(self, start: int, end: int) -> bool:
        """"BAGHDAD (Reuters) —", "BASRA, Iraq —" opening a line: where the story was filed,
        not who acted."""
        first = self.words[start].start
        line_start = self.text.rfind("\n", 0, first) + 1
        if _DATELINE_HEAD.fullmatch(self.text, line_start, first) is None:
            return False
        return _DATELINE_TAIL.match(self.text, self.words[end - 1].end) is not None

    def _is_byline(self, start: int, end: int) -> bool:
        """"Shafaq News / Hundreds protested", "Damascus, SANA - The president received",
        "CAIRO, Aug 21 (Reuters) - Sudan's army said": an outlet named in the byline or
        dateline that opens a line, not a participant."""
        line_start = self.text.rfind("\n", 0, start) + 1
        return any(head.fullmatch(self.text, line_start, start) is not None
                   and tail.match(self.text, end) is not None
                   for head, tail in ((_BYLINE_HEAD, _BYLINE_TAIL), (_WIRE_HEAD, _WIRE_TAIL),
                                      (_SLASH_HEAD, _SLASH_TAIL)))

    def _operates_in(self, end: int) -> tuple[str, str] | None:
        """"... in northern Syria", "... that controls much of northern Yemen": the country
        an unnamed group operates in or holds, if stated."""
        words, cues = self.words, self.cues
        q = end + (end < len(words) and words[end].norm in cues["relatives"])
        if q >= len(words) or not (words[q].norm in cues["control_verbs"]
                                   or (q == end and words[q].norm in cues["locative"])):
            return None
        q += 1
        while q < len(words) and (words[q].norm in ("the", "of") or words[q].norm in cues["directions"]
                                  or words[q].norm in cues["portions"]):
            whole, named = self.lookup(q, "entity")
            if whole and self.is_country(named):  # "South Sudan", "North Korea": a name, not a direction
                break
            q += 1
        n, entries = self.lookup(q, "entity")
        code = self.is_country(entries) if n else None
        return (code, self._text(end, q + n)) if code else None

    # ----- helpers

    def _owner(self, ph: _Phrase) -> tuple[str, Actor | None, str] | None:
        if ph.org:
            return ph.org.country, ph.org, ph.org.name
        if ph.country:
            return ph.country[0], None, ph.country[1]
        return None

    def _leaders_own(self, ph: _Phrase) -> tuple[str, Actor | None, str] | None:
        """"His foreign minister", "her defence chief": after "his" or "her", an office of the
        state whose head (on the date) the pronoun refers back to, the person last named
        within reach: "the emir ... his foreign minister" is the emir's state's minister."""
        at = ph.start - 1
        if at < 0 or self.date is None or self.words[at].norm not in self.cues["kin_possessives"]:
            return None
        found = self._antecedents(at)
        ref = found[-1][0] if found else None
        leader = self.kb.actors.get(ref.actor_id) if ref and ref.actor_id else None
        if ref is None or ref.country is None or leader is None or not heads_state(self.kb, leader, self.date):
            return None
        return ref.country, None, f"{self.words[at].raw} ({leader.name})"

    def _title_sector(self, ph: _Phrase, org: Actor | None) -> str | None:
        """An organisation's own sector first (a Hezbollah commander is PRM), then the
        office's (a foreign minister is GOV), then a rank's (a general is MIL)."""
        titles = [t for found, _ in ph.titles for t in found]
        office = next((t.sector for t in titles if t.sector and t.kind == "office"), None)
        rank = next((t.sector for t in titles if t.sector), None)
        noun = ph.noun.sector if ph.noun else None  # "government spokesman"
        return (org.sector if org else None) or office or noun or rank

    def _choose(self, entries: list[NameEntry], ph: _Phrase) -> NameEntry:
        """The reading of an ambiguous name: people after a title, organisations otherwise,
        and of two namesakes of different countries ("House of Representatives": the US
        Congress's or Libya's) the one whose country the document names or whose compatriot
        organisation it names ("... and the High Council of State"), else the one of the state
        the report is set in (:meth:`_setting_countries`: "The Presidential Council condemned
        the shelling of Mitiga airport" in a Libyan agency's copy is Libya's); before those, a
        body that existed on the article date (Yemen's Presidential Council is not the one of a
        2018 report); of two people of one name ("Kabila", father and son), the one in office on
        the article date."""
        countries = {self.kb.actors[e.actor_id].country for e in entries}
        context = self._document_countries() if len(countries) > 1 else set()
        setting = self._setting_countries() if len(countries) > 1 and not countries & context else set()

        def rank(e: NameEntry) -> tuple[int, int, int, int, int, int, int]:
            actor = self.kb.actors[e.actor_id]
            person = actor.type == "person"
            return (0 if person == bool(ph.titles) else 1,
                    0 if ph.country is None or actor.country == ph.country[0] else 1,
                    0 if actor.exists_on(self.date) else 1,
                    0 if actor.country in context else 1,
                    0 if actor.country in setting else 1,
                    0 if person and actor.roles_on(self.date) else 1,
                    _KIND_ORDER.index(e.kind) if e.kind in _KIND_ORDER else len(_KIND_ORDER))
        return min(entries, key=rank)

    def _naming_entries(self, p: int) -> list[NameEntry]:
        """The KB names at word ``p`` that name an actor, for telling which countries a
        document names: no shared or viewpoint epithet (it is what they settle), and nothing
        when the name opens a longer place name ("the Jordan Valley", "Lebanon Street" name a
        place, not the state)."""
        n, entries = self._entity(p, len(self.words))
        if not n or self._place_name(p) > p + n:
            return []
        entries = [e for e in entries if e.kind not in _SETTLED_KINDS]
        if any(self.kb.actors[e.actor_id].type == "state" for e in entries) or not self._place_use(p, p + n):
            return entries
        return []  # "near al-Mayadin": an organisation's name used as a place is the town's

    def _place_countries(self) -> set[str]:
        """Countries of the places the text names in its datelines ("QAMISHLI -") and after a
        locative word ("near Kisweh", "in Hasakah"), by the gazetteer's best reading.

        Why: a report about Syria often names no Syrian actor by a name the KB knows, only
        Syrian towns; what an epithet several actors share means then follows from where
        the report is set. Only a settling fallback: a state named outright comes first.
        The place may follow a noun for its kind ("in the town of Yaroun", "in the southern
        village of Kfar Kila")."""
        if self._places is None:
            self._places = self._dateline_countries() | {code for _, code in self._located_places()}
        return self._places

    def _setting_countries(self) -> set[str]:
        """The states a report is set in though it may name none of them outright: those of
        its places (:meth:`_place_countries`) and of the state news agency that filed it. What
        a name several states' bodies bear ("the Presidential Council", "the General Command")
        means follows from them when the document names no bearer's country."""
        agency = self._agency_state()
        return self._place_countries() | {agency} if agency else self._place_countries()

    def _located_places(self) -> list[tuple[int, str]]:
        """``(word, country)`` for each place named after a locative word, as
        :meth:`_place_countries` reads them: a state or its capital by the KB's code ("in
        Pristina": Kosovo, KOS), another place by the gazetteer's reading. Not a venue
        (``venue_words``: "ministers meeting in Luxembourg", "news agencies in Rabat"): where
        people met or a report was filed is not where what the sentence tells happens."""
        if self._located is None:
            self._located = []
            words = self.words
            for p, word in enumerate(words[:-1]):
                if word.norm not in self.cues["locative"] or p and words[p - 1].norm in self.cues["venue_words"]:
                    continue
                q = p + 1 + (words[p + 1].norm == "the")
                kind = next((k + 1 for k in range(q, min(q + _KIND_WORDS, len(words)))
                             if words[k].norm == "of" and not any(w.cap for w in words[q:k])), q)
                q = kind if kind < len(words) and words[kind].cap else q
                end = self.name_run(q) if q < len(words) else q
                if end < len(words) and words[end].norm in _BORDER_WORDS:
                    continue  # "near the Zambian frontier": either side of it
                n, entries = self.lookup(q, "entity", end) if end > q else (0, [])
                # a state's name heading a longer place name is that place's ("in the Niger Delta": Nigeria's)
                state = self.is_country(entries) if q + n == end else None
                if end > q and (code := state or place_country(self._text(q, end))) is not None:
                    self._located.append((q, code))
        return self._located

    def _ethnic(self, at: int) -> bool:
        """Whether the demonym at ``at`` follows "ethnic" ("ethnic Albanian rebels") or the
        name of a place in another state ("Kosovo Albanian students", "Chiapas Indian leaders")."""
        return at > 0 and (self.words[at - 1].norm in _ETHNIC or self._place_before(at) is not None)

    def _place_before(self, at: int) -> str | None:
        """The state of a place named right before the demonym at ``at`` when that is not the
        demonym's own state: "Chiapas Indian leaders" are Mexico's Indians, "Kosovo Albanian
        students" Kosovo's Albanians. A capital is left out ("London Iraqi exiles" live abroad,
        still of their state), and so is a dateline in capitals."""
        word = self.words[at - 1]
        if not self._name_word(at - 1) or word.raw.isupper():
            return None
        n, entries = self.lookup(at - 1, "entity")
        if n:
            code = self.is_country(entries) if n == 1 and all(e.kind == "alias" for e in entries) else None
        else:
            places = _sizeable_place_countries(word.raw)
            code = next(iter(places)) if len(places) == 1 else None
        own = self.is_country(self.lookup(at, "entity")[1])
        return code if code in self.kb.actors and code != own else None

    def _ethnic_home(self, at: int, end: int, people: str) -> tuple[str, str] | None:
        """``(state, why)`` where the ethnic community named at ``at`` lives, or None.

        Why: "ethnic Albanians", "ethnic Serbs", "ethnic Turkmen" are communities living in
        another state than their namesake, and news coding gives them that state ("ethnic
        Albanian rebels near Tetovo" are Macedonia's, "ethnic Albanian students in Pristina"
        Kosovo's). It is the state of a place right after the mention ("... in Pristina"),
        else the one the sentence names most often besides the namesake (by name, demonym,
        capital or a place after a locative word), else the one other state the other
        sentences name; never the namesake itself, so unknown when nothing says."""
        right_after = [code for p, code in self._located_places()
                       if end < p <= end + 2 and code != people and code in self.kb.actors]
        if right_after:
            return right_after[0], "where the text places it"
        named = self._place_after_of(end)
        if named is not None:
            return named, "where the place it is 'of' lies"
        before = self._place_before(at) if at > 0 else None
        if before:
            return before, "where the place named before it lies"
        scene = self._region_of_scene(at, end, people)
        if scene:
            return scene, "the region where its sentence places the events"
        counts = self._sentence_states(at, besides=people)
        if counts:
            top = max(counts.values())
            best = [code for code, n in counts.items() if n == top]
            return (best[0], "the state its sentence names") if len(best) == 1 else None
        elsewhere = self._one_text_state(besides=people)
        return (elsewhere, "the state the text names") if elsewhere is not None else None

    def _place_after_of(self, end: int) -> str | None:
        """The KB state of a place named right after an "of" at word ``end`` ("the Saudi border
        community of Samtah", "the Turkish community of Berlin"), else None: the place tells
        where the community lives, its namesake's own state included."""
        words = self.words
        if end + 1 >= len(words) or words[end].norm != "of" or not words[end + 1].cap:
            return None
        stop = self.name_run(end + 1)
        if stop <= end + 1:
            return None
        name = self._text(end + 1, stop)
        code = self.is_country(self.lookup(end + 1, "entity", stop)[1]) or place_country(name) \
            or _only_place_country(name)
        return code if code in self.kb.actors else None

    def _region_of_scene(self, at: int, end: int, people: str) -> str | None:
        """The state of the one place the sentence of word ``at`` locates events in, when
        the community named there is "of the province / region / territory" (``end`` on
        "of the"), else None.

        Why: "the Albanian population of the province" points back to the region the
        sentence places the events in ("ethnic cleansing in Montenegro against ..."), so that
        place's state is where the community lives, whatever other states the sentence names
        as actors or sources."""
        words = self.words
        if not (end + 2 < len(words) and words[end].norm == "of" and words[end + 1].norm == "the"
                and words[end + 2].norm in self.cues["place_nouns"]):
            return None
        placed = set(self._sentence_places(at, besides=people))
        return next(iter(placed)) if len(placed) == 1 else None

    def _sentence_states(self, at: int, besides: str | None = None) -> dict[str, int]:
        """How often the sentence of word ``at`` names each state other than ``besides``: by
        name, demonym or seat, and by a place after a locative word ("in Lima")."""
        sentence = self._sentence_start(at)
        counts: dict[str, int] = {}
        for first, p, code in self._named_states():
            if first == sentence and code != besides and not self._at_venue(p):
                counts[code] = counts.get(code, 0) + 1
        for code in self._sentence_places(at, besides):
            counts[code] = counts.get(code, 0) + 1
        return counts

    def _at_venue(self, p: int) -> bool:
        """Whether the state named at word ``p`` is a venue ("ministers meeting in
        Luxembourg"): see :meth:`_located_places`."""
        k = p - 1 - (p > 1 and self.words[p - 1].norm == "the")
        return k > 0 and self.words[k].norm in self.cues["locative"] \
            and self.words[k - 1].norm in self.cues["venue_words"]

    def _sentence_places(self, at: int, besides: str | None = None) -> list[str]:
        """The KB states, in text order, of the places after a locative word
        (:meth:`_located_places`) in the sentence of word ``at``, other than ``besides``."""
        sentence = self._sentence_start(at)
        return [code for p, code in self._located_places()
                if self._sentence_start(p) == sentence and code != besides and code in self.kb.actors]

    def _one_text_state(self, besides: str | None = None) -> str | None:
        """The one state the text names (:meth:`_document_countries`,
        :meth:`_place_countries`) other than ``besides``, or None when it names none or
        several."""
        states = {code for code in self._document_countries() | self._place_countries()
                  if code != besides and code in self.kb.actors}  # not an international body's "UNO"
        return next(iter(states)) if len(states) == 1 else None

    def _stateless_people(self, ph: _Phrase) -> tuple[str, str] | None:
        """``(state, why)`` for fighters named by an unknown people's name ("Shona rebels",
        "Lozi militiamen"), or None when the word before the phrase is no such name.

        Why: a people with no state of its own fights within the state the report is about
        ("The Mozambique government accepted demands from Shona rebels"): its rebels are of
        the one state the sentence names, else of the one state the text names. A known name
        of another kind (a state, a group, a person) never gets here; two states leave it
        unknown. The name must be capitalised inside the sentence, not a sentence's first
        word ("Armed rebels"), nor a date word ("On Monday rebels").

        A people the KB lists (``peoples`` of states: "Amhara militiamen", "Kurdish fighters")
        may open the sentence: it is of the one state listing it, else of the one of those its
        sentence names, else of the one state the text names if it is one of those."""
        at = ph.start - 1
        if at >= 0 and self.words[at].cap and self.kb.people_states(self.words[at].raw):
            return self._people_home(ph)
        if at < 0 or not self._name_word(at) or self._sentence_start(at) == at \
                or self._entity(at, ph.start)[0] or (at > 0 and self._name_word(at - 1)):
            return None
        counts = self._sentence_states(ph.start)
        if counts:
            return (next(iter(counts)), "the one state its sentence names") if len(counts) == 1 else None
        elsewhere = self._one_text_state()
        return (elsewhere, "the one state the text names") if elsewhere is not None else None

    def _people_home(self, ph: _Phrase) -> tuple[str, str] | None:
        """``(state, why)`` for people named by the word of a people the KB lists right before
        the phrase ("Tibetan exiles", "Kurdish inmates", "Scottish police"), or None.

        Why: such a people has no state of its own, so its word says whose they are as a
        demonym would: the one state listing it, else the one of those its sentence names,
        else the one state the text names if it is one of those."""
        at = ph.start - 1
        homes = self.kb.people_states(self.words[at].raw) if at >= 0 and self.words[at].cap else ()
        if not homes:
            return None
        named = [code for code in homes if code in self._sentence_states(ph.start)]
        if len(homes) == 1 or len(named) == 1:
            return (named or homes)[0], "the one of the states it lives in that its sentence names or the KB gives"
        elsewhere = self._one_text_state() if not named else None
        return (elsewhere, "the one state the text names") if elsewhere in homes else None

    def _of_where_it_is(self, ph: _Phrase, noun: SectorNoun) -> bool:
        """Whether a country after "in" tells whose the unnamed group is ("Opposition deputies
        in Albania", "Kurds in Iraq protested"): the opposition, a parliament and a people are of
        where they are. A state's officials, soldiers and spies often serve abroad ("troops in
        Iraq") and firms trade there (:data:`_ABROAD_SECTORS`); held or visiting civilians may be
        foreigners there ("hostages in Gaza", "tourists in Luxor"), so of civilians only a people
        named alone ("Kurds") counts, heading its clause, where it acts."""
        if noun.sector in _ABROAD_SECTORS or noun.type == "armed_group":
            return False
        return noun.sector != "CVL" or noun.standalone and self._heads_clause(ph)

    def _people_abroad(self, ph: _Phrase, mod: tuple[int, int, list[NameEntry]]) -> str | None:
        """The other state whose people a state's demonym names ("Serb gunners shelled Sarajevo":
        Bosnia's Serbs), or None: the one of the states the KB lists the word as a people of that
        the phrase's sentence names as a place (by name, seat or after "in"; another demonym
        names a party, not where they are), while it names not the namesake ("Serb forces in
        Kosovo" stay Serbia's)."""
        homes = self.kb.people_states(self._text(mod[0], mod[1]))
        if not homes:
            return None
        own = self.is_country(mod[2])
        sentence = self._sentence_start(ph.start)
        named = [(p, code) for first, p, code in self._named_states() if first == sentence and p != mod[0]]
        placed = set(self._sentence_places(ph.start)) | {
            code for p, code in named if not _demonym(self._naming_entries(p))}
        found = [code for code in homes if code in placed]
        return found[0] if len(found) == 1 and own not in {code for _, code in named} else None

    def _homeland(self, ph: _Phrase) -> str | None:
        """The state of a people named by its plural ("Kurds") that the KB lists: the one of its
        states the phrase's sentence names ("Turkey pledged to grant Kurds the right to
        broadcast", "Kurds rallied outside the Turkish embassy in Bonn", "Mohawks ... in a
        dispute over land in Canada"), else None.

        Why: a people without a state of its own is the people of the state the report deals
        with, not of the foreign city where it rallies; a sentence that names none of its
        states may be about its diaspora."""
        word = ph.noun_text.split()[-1]
        homes = self.kb.people_states(word[:-1]) if word.lower().endswith("s") else ()
        named = [code for code in homes if code in self._sentence_states(ph.start)]
        return named[0] if len(named) == 1 else None

    def _home_state(self, ph: _Phrase) -> tuple[str, str] | None:
        """The state of an unknown holder of an office held at home ("Judge Ana Ruiz",
        "Governor Tom Ode"), or None.

        Why: a judge, prosecutor, governor or mayor serves their own state and acts on its
        people and places, so the one state the sentence names, before or after the name
        ("Judge Ana Ruiz opened an inquiry into 12 Peruvian officials", "Governor Tom Ode
        toured flooded towns in Kenya"), is theirs. With two states named ("Judge Ana Ruiz
        asked Chile to extradite a Peruvian banker") it is unknown; so it is when the sentence
        names none, as the other sentences may be about a foreign counterpart."""
        counts = self._sentence_states(ph.start)
        return (next(iter(counts)), "its sentence names") if len(counts) == 1 else None

    def _dateline_countries(self) -> set[str]:
        """The countries of the datelines that open the text's lines ("BEIRUT (Reuters) -")."""
        lines = [0] + [m.end() for m in re.finditer("\n", self.text)]
        return {c for at in lines if (c := dateline_country(self.text, at)) is not None}

    def _document_countries(self) -> set[str]:
        """Countries the document names (states by name, demonym or seat) or names an
        organisation of, by a name no other actor shares."""
        if self._countries is None:
            self._countries = {code for _, _, code in self._named_states()}
            for p in self._outer_words():
                actors = {self.kb.actors[e.actor_id] for e in self._naming_entries(p)}
                if len(actors) == 1 and next(iter(actors)).country:
                    self._countries.add(next(iter(actors)).country)
        return self._countries

    def _patron_ref(self, s: int, e: int, entries: list[NameEntry]) -> ActorRef:
        actor = self.kb.actors[self._choose(entries, _Phrase(start=s)).actor_id]
        return replace(_ref(actor), text=self._text(s, e), start=self.words[s].start,
                       end=self.words[e - 1].end, reason="affiliation: named as patron")

    def _links(self, ph: _Phrase) -> list[ActorLink]:
        placeholder = ActorRef(text="")
        return [ActorLink(patron, aff.predicate, placeholder) for patron, aff in ph.patrons]

    def _name_key(self, ph: _Phrase, end: int | None = None) -> tuple[str, ...]:
        """The phrase's words (to ``end``) without a bracketed gloss ("Umma (Nation) party": umma party)."""
        key, inside = [], False
        for w in self.words[ph.head_start:ph.end if end is None else end]:
            inside = (inside or w.raw == "(") and w.raw != ")"
            if not inside and w.raw != ")":
                key.append(w.norm)
        return tuple(key)

    def _text(self, s: int, e: int) -> str:
        return self.text[self.words[s].start:self.words[e - 1].end] if e > s else ""

    # ----- scanning

    def collect_antecedents(self, upto: int) -> None:
        """Resolve the words before ``upto`` so that later short references find them."""
        for _ in self._hits(0, upto):
            pass

    def _state_set(self, p: int, stop: int) -> tuple[int, tuple[str, ...]]:
        """The length and states of a name of several states ("both Koreas") at word ``p``,
        when the name was in use on the article's date; (0, ()) otherwise."""
        size, found = self._longest(p, self.kb.state_sets, stop, first=self.kb.first_words("state_sets"))
        live = [s for s in found if s.used_on(self.date)]
        return (size, live[0].states) if live else (0, ())

    def _state_set_hits(self, first: int, last: int, states: tuple[str, ...]) -> Iterator[Hit]:
        """One hit per state of a state set, all on the words ``first`` .. ``last - 1``."""
        start, end = self.words[first].start, self.words[last - 1].end
        text = self.text[start:end]
        for state in states:
            ref = replace(_ref(self.kb.actors[state]), text=text, start=start, end=end,
                          reason=f"alias: {text!r} names " + " and ".join(
                              self.kb.actors[s].name for s in states))
            yield Hit(start, end, text, "GPE", Resolution(ref, ref.reason or ""))

    def hits(self) -> list[Hit]:
        return list(self._hits(0, len(self.words)))

    def _owner_conjuncts(self, ph: _Phrase, ref: ActorRef, stop: int) -> list[tuple[int, int, str]]:
        """``(start, end, state)`` of each state joined by "and" (or a list's commas) to the
        state after "of" that ends ``ph`` ("the chief diplomats of Armenia and Azerbaijan",
        "the armies of Chad, Niger and Mali"): the head noun is theirs too. A possessive after
        a conjunct ("and Jordan's king") starts a phrase of its own and ends the list."""
        words = self.words
        if ph.country is None or ref.sector is None or ref.type == "person" \
                or ref.actor_id not in (None, ref.country):
            return []
        # the last "of": the head noun may hold one of its own ("the heads of state of Kenya and Uganda")
        owner = next((k for k in reversed(range(ph.head_start, ph.end)) if words[k].norm == "of"), None)
        if owner is None or self.lookup(owner + 1, "entity", stop)[0] + owner + 1 != ph.end:
            return []
        found: list[tuple[int, int, str]] = []
        q, seen = ph.end, {ph.country[0]}
        while q + 1 < stop and words[q].norm in ("and", ","):
            at = q + 2 if words[q].norm == "," and words[q + 1].norm == "and" else q + 1
            n, entries = self.lookup(at, "entity", stop)
            code = self.is_country([e for e in entries if e.kind not in ("demonym", "plural")]) if n else None
            if code is None or code in seen or (at + n < stop and words[at + n].norm == "'s"):
                break
            found.append((at, at + n, code))
            seen.add(code)
            q = at + n
            if words[at - 1].norm == "and":
                return found
        return []

    def _shared_head_hit(self, ph: _Phrase, res: Resolution, start: int, end: int, code: str) -> Hit:
        """The hit for the conjunct state ``code`` at ``start:end`` sharing ``ph``'s head (see
        :meth:`_owner_conjuncts`): what ``res`` made of the first owner, for this one."""
        ref, state = res.actor, self.kb.actors[code]
        assert ref is not None and ph.country is not None
        own = ref.actor_id is not None
        text = self._text(start, end)
        why = f"demonym: {text!r} -> {code}; shares the head of {self._text(ph.head_start, ph.end)!r} -> {ref.sector}"
        shared = replace(ref, text=text, start=self.words[start].start, end=self.words[end - 1].end, country=code,
                         actor_id=code if own else None, name=state.name if own else None, reason=why)
        return Hit(shared.start or 0, shared.end or 0, text, _label(shared, ph), Resolution(shared, why))

    def _hits(self, p: int, stop: int) -> Iterator[Hit]:
        while p < stop:
            size, states = self._state_set(p, stop)
            if size:  # "the two Koreas agreed": each state a party of its own, on one span
                yield from self._state_set_hits(p, p + size, states)
                p += size
                continue
            place = self._place_name(p) if self.words[p].cap else 0
            if not place and self.words[p].norm == "the" and p + 1 < stop and self.words[p + 1].cap:
                place = self._facility_end(p + 1, self.name_run(p + 1))  # "the King Fahd airport"
            if place and place <= stop:
                # "Rafik Hariri International Airport" names a place, not a person; a seat
                # the KB lists by that whole name ("Downing Street", "the Blue House") is the
                # seat, read as the government or as a place by its use like any other
                n, entries = self.lookup(p, "entity", stop)
                # a state named for its islands ("Solomon Islands", "Cook Islands") is the state
                if not self.is_org(entries, seats=p + n == place) \
                        and not (p + n == place and self.is_country([e for e in entries if e.kind == "alias"])):
                    p = place
                    continue
            if self.text[max(0, self.words[p].start - 4):self.words[p].start].lower() == "non-":
                p += 1  # "non-Syrian fighters": a nationality denied names no one's people
                continue
            model = self._model_end(p, stop) if self.words[p].cap else 0
            if model:
                p = model  # "Sa'ar 6-class corvettes": a class of ships, not the minister
                continue
            ph = self.phrase_at(p, stop)
            res = self.interpret(ph) if ph else None
            if ph and res and res.actor is not None and res.actor.type == "media" \
                    and self._is_byline(res.actor.start or 0, res.actor.end or 0):
                p = ph.end  # the outlet that filed the report takes no part in its events
                continue
            if ph and res and res.actor is not None and self._is_dateline(ph.start, ph.end):
                p = ph.end  # "SULAIMANI, Kurdistan Region -": where the story was filed, never a party
                continue
            if ph and res and res.actor is not None:
                ref = res.actor
                yield Hit(ref.start or 0, ref.end or 0, ref.text, _label(ref, ph), res)
                for partner in ph.partners:  # "US-Israeli strikes": Israel too
                    joint = self.interpret(partner)
                    if joint.actor is not None:
                        ref = joint.actor
                        yield Hit(ref.start or 0, ref.end or 0, ref.text, _label(ref, partner), joint)
                p = ph.end
                for start, p, code in self._owner_conjuncts(ph, res.actor, stop):
                    yield self._shared_head_hit(ph, res, start, p, code)
                continue
            if ph and res and res.reason.startswith("location:"):
                p = ph.end  # "in the United Arab Emirates": no part of a place is an actor
                continue
            neighbour = self._neighbour_reference(p, stop) if ph is None else None
            if neighbour:
                yield neighbour
                p += 3
                continue
            if ph is None and self.words[p].norm in self.cues["person_pronouns"]:
                pronoun = self._pronoun_reference(p)
                if pronoun:
                    yield pronoun
                    p += 1
                    continue
            if ph is None and self.words[p].cap:
                coref = self._surname_reference(p, stop) or self._relative_reference(p, stop)
                if coref:
                    yield coref[0]
                    p = coref[1]
                    continue
            p += 1

    def _neighbour_reference(self, p: int, stop: int) -> Hit | None:
        """"Yerevan and its western neighbour", "Armenia's eastern neighbour": an owner word, a
        direction and a ``neighbour_nouns`` word name the one state the KB lists that way
        (``neighbours``) of the state its sentence names last before them (by name, demonym or
        seat). None when the KB lists none or two that way: a bare direction is no guess."""
        words = self.words
        if p + 2 >= stop or words[p].norm not in _OWNER_WORDS \
                or words[p + 2].norm not in self.cues["neighbour_nouns"]:
            return None
        sentence = self._sentence_start(p)
        owners = [(q, code) for first, q, code in self._named_states() if first == sentence and q < p]
        if not owners:
            return None
        q, code = owners[-1]
        lying = dict(self.kb.actors[code].neighbours).get(words[p + 1].norm, ())
        if len(lying) != 1 or words[p].norm == "'s" and q + self.lookup(q, "entity", p)[0] != p:
            return None  # "the firm's eastern neighbour": the possessive must be the state's own
        start = q if words[p].norm == "'s" else p  # "Armenia's eastern neighbour" names no Armenia
        state, text = self.kb.actors[lying[0]], self._text(start, p + 3)
        reason = f"coreference: {text!r} of {self.kb.actors[code].name} is {state.name}"
        ref = replace(_ref(state), text=text, start=words[start].start, end=words[p + 2].end, reason=reason)
        return Hit(words[start].start, words[p + 2].end, text, "GPE", Resolution(ref, reason))

    def _pronoun_reference(self, p: int) -> Hit | None:
        """"He said": the most recent person named before, if within :data:`_PRONOUN_REACH`
        sentences; further back the pronoun may well mean someone the KB does not know."""
        word = self.words[p]
        found = self._antecedents(p)
        if not found:
            return None
        ref = found[-1][0]
        actor = replace(ref, text=word.raw, start=word.start, end=word.end,
                        reason=f"coreference: {word.raw!r} refers back to {ref.name or ref.text}")
        return Hit(word.start, word.end, word.raw, "PERSON", Resolution(actor, actor.reason or ""))

    def _relative_reference(self, p: int, stop: int) -> tuple[Hit, int] | None:
        """"Haftar's son Belqasem": a capitalised name the KB does not know alone, after a kin
        word, is the relative :meth:`_relative` finds."""
        end = self.name_run(p, stop)
        ph = _Phrase(start=p, end=end, head="name", head_start=p)
        if end == p or self._relative(ph) is None:
            return None
        res = self.interpret(ph)
        ref = res.actor
        assert ref is not None
        return Hit(ref.start or 0, ref.end or 0, ref.text, "PERSON", res), end

    def _antecedents(self, p: int) -> list[tuple[ActorRef, tuple[str, ...]]]:
        """The persons named before word ``p`` (with their name keys), in order, when the last
        of them is within :data:`_PRONOUN_REACH` sentences of it, else none: what "he" or "his"
        at ``p`` may refer to."""
        word = self.words[p]
        earlier = [(ref, key) for ref, key in self.persons if (ref.end or 0) <= word.start]
        if not earlier:
            return []
        ends, q = 0, p - 1
        while q >= 0 and self.words[q].start >= (earlier[-1][0].end or 0) and ends <= _PRONOUN_REACH:
            ends += self.words[q].norm in _SENTENCE_ENDS
            q -= 1
        return earlier if ends <= _PRONOUN_REACH else []

    def _surname_reference(self, p: int, stop: int) -> tuple[Hit, int] | None:
        end = self.name_run(p, stop)
        if end == p:
            return None
        ph = _Phrase(start=p, end=end, head="name", head_start=p)
        key = self._name_key(ph)
        if not any(len(key) < len(k) and k[-len(key):] == key for _, k in self.persons):
            return None
        res = self.interpret(ph)
        ref = res.actor
        assert ref is not None
        return Hit(ref.start or 0, ref.end or 0, ref.text, "PERSON", res), end


# --------------------------------------------------------------------------- small helpers

#: the civilians an adjective standing as a noun names ("the unemployed"): see ``_crowd_head``
_CROWD = SectorNoun(key="crowd", sector="CVL", type="other")

#: :meth:`_Parser.lookup` table names -> :class:`KnowledgeBase` attributes
_TABLES = {"title": "titles", "noun": "nouns", "common": "common", "marker": "affiliations"}



def _ref(actor: Actor) -> ActorRef:
    return ActorRef(text="", actor_id=actor.id, name=actor.name, country=actor.country,
                    sector=actor.sector, type=actor.type)


def _armed_members(ref: ActorRef, org: Actor, noun: SectorNoun) -> ActorRef:
    """"GNA forces", "troops of the Presidential Council": a civil government's armed men are
    its state's military, not the government that commands them."""
    if org.type == "government" and org.sector == "GOV" and noun.type == "military":
        return replace(ref, sector=noun.sector, type=noun.type)
    return ref


def _label(ref: ActorRef, ph: _Phrase) -> MentionLabel:
    """NER-style label: people PERSON, country words with a noun NORP ("Lebanese
    officials"), states and their capitals GPE, everything else ORG."""
    if ref.type == "person":
        return "PERSON"
    if ph.head == "demonym" or (ph.head == "noun" and ph.country and not ph.patrons):
        return "NORP"
    if ref.actor_id is not None and ref.actor_id == ref.country:
        return "GPE"
    return "ORG"


def _day(date: str | None) -> str | None:
    """``YYYY-MM-DD`` from a date or timestamp (``document.published`` may be either)."""
    return date[:10] if date else None


def _spelt_as(word: str, own: str) -> bool:
    """Whether ``word`` is ``own`` or, for a long enough word, a spelling of it one edit away."""
    return word == own or min(len(word), len(own)) >= _SPELLING_MIN and _distance(word, own, 1) <= 1


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, stopping early once it exceeds ``limit``."""
    if a == b:
        return 0
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _describe(ref: ActorRef) -> str:
    ident = f" [{ref.actor_id}]" if ref.actor_id else ""
    return (f"{ref.name or ref.text}{ident}, {ref.type or '?'}, "
            f"{ref.country or '-'}/{ref.sector or '-'}")


def _describe_entry(kb: KnowledgeBase, actor: Actor, date: str | None) -> list[str]:
    lines = [f"  defined at {actor.origin}"]
    names = [*actor.aliases, *actor.abbrevs]
    if names:
        lines.append("  names: " + ", ".join(names[:12]) + (" ..." if len(names) > 12 else ""))
    if actor.parent:
        lines.append(f"  part of: {kb.actors[actor.parent].name} [{actor.parent}]")
    if actor.backed_by:
        lines.append("  backed by: " + ", ".join(f"{kb.actors[b].name} [{b}]" for b in actor.backed_by))
    current = actor.role_on(date)
    for role in actor.roles:
        mark = "*" if role == current else " "
        lines.append(f"  {mark} role: {role.describe(kb)}")
    return lines


def _all_entries(kb: KnowledgeBase, name: str) -> list[NameEntry]:
    key = kb.normaliser.key(name)[0]
    exact = kb.normaliser.exact_key(name)
    return [*kb.names.get(key, []), *kb.exact.get(exact, []), *kb.common.get(key, [])]


def _militia(noun_text: str) -> bool:
    """A militia or its men by name of kind ("militias", "militiamen"), unlike the other
    words of an armed group ("group", "faction"), which mostly stand for a party named before."""
    return noun_text.lower().startswith("militi")
