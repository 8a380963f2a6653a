"""The record contract: every stage reads and writes these, and the export schema *is* this.

One JSON object per line, each with a ``kind``. Field names listed in the contract are
stable: later versions add fields, they never drop or rename them. ``SCHEMA_VERSION``
changes whenever a field is added (minor) or a meaning changes (major); ``docs/schema.json``
is generated from these classes by :mod:`lapwing.schema` and a test keeps the two equal.

Offsets (``start``/``end``) are always character offsets into the stored ``Document.text``,
end exclusive, so that every record can be traced back to the sentence it came from.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, Union

SCHEMA_VERSION = "1.1.0"

MentionLabel = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "OTHER"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Modality = Literal[
    "asserted", "reported", "alleged", "possible", "hypothetical", "negated", "intended"
]
DateBasis = Literal["explicit", "report", "document", "unknown"]
DatePrecision = Literal["day", "week", "month", "season", "quarter", "year", "decade", "century", "unknown"]
ActorType = Literal[
    "state", "government", "military", "armed_group", "person", "media", "igo", "ngo",
    "business", "other",
]
PlaceFeature = Literal["country", "admin1", "region", "city", "locality", "water", "other"]
ZoneKind = Literal["title", "body", "caption", "credit", "trailer"]

#: Zones whose sentences stages code by default; captions, credits and trailers are kept in
#: the stored text (offsets stay valid) but are never coded.
CODED_ZONES: frozenset[str] = frozenset({"body"})


class Record:
    """Behaviour shared by every record class: a ``kind`` tag and dict round-tripping."""

    kind: ClassVar[str] = ""

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the record, ``kind`` first (the export line)."""
        kind = type(self).kind  # the class tag; a dataclass field named kind is not one
        return ({"kind": kind} if kind else {}) | self._fields()

    def _fields(self) -> dict[str, Any]:
        return {name: _to_json(getattr(self, name)) for name in _field_names(type(self))}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Any:
        """Rebuild a record from its JSON form; unknown keys are ignored (newer writers)."""
        kwargs = {
            name: convert(data[name]) for name, convert in _field_converters(cls) if name in data
        }
        return cls(**kwargs)


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    """The dataclass field names of a record class, in order, computed once per class."""
    return tuple(f.name for f in dataclasses.fields(cls))


@functools.cache
def _field_hints(cls: type) -> tuple[tuple[str, Any], ...]:
    """(field name, resolved type) pairs, computed once per class: ``get_type_hints`` is slow."""
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))


@functools.cache
def _field_converters(cls: type) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    """(field name, JSON-to-value converter) pairs, built once per class."""
    return tuple((name, _converter(hint)) for name, hint in _field_hints(cls))


def _to_json(value: Any) -> Any:
    if isinstance(value, Record):
        return value._fields()
    if isinstance(value, list):
        return [_to_json(v) for v in value]
    return value


def _from_json(hint: Any, value: Any) -> Any:
    """Convert a JSON value to the type named by ``hint`` (dataclasses, lists, unions)."""
    return _converter(hint)(value)


def _converter(hint: Any) -> Callable[[Any], Any]:
    """The function :func:`_from_json` applies for ``hint``; built once per (hashable) hint:
    inspecting the hint (``typing.get_origin``, ``get_args``) on every value is slow."""
    try:
        return _cached_converter(hint)
    except TypeError:  # an unhashable hint: build it afresh
        return _build_converter(hint)


@functools.cache
def _cached_converter(hint: Any) -> Callable[[Any], Any]:
    return _build_converter(hint)


def _build_converter(hint: Any) -> Callable[[Any], Any]:
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(options) == 1:
            return _none_or(_converter(options[0]))
        # ActorRef | Place: pick the class whose distinctive fields are present.
        choices = [(_distinctive(option), _converter(option)) for option in options]
        first = choices[0][1]

        def union(value: Any) -> Any:
            if value is None:
                return None
            if isinstance(value, dict):
                for distinctive, convert in choices:
                    if distinctive <= value.keys():
                        return convert(value)
            return first(value)

        return union
    if origin is list:
        (item,) = typing.get_args(hint)
        convert_item = _converter(item)

        def items(value: Any) -> Any:
            return None if value is None else [convert_item(v) for v in value]

        return items
    if isinstance(hint, type) and issubclass(hint, Record):
        return _none_or(hint.from_dict)
    return _same


def _none_or(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def maybe(value: Any) -> Any:
        return None if value is None else convert(value)

    return maybe


def _same(value: Any) -> Any:
    return value


def _distinctive(cls: type) -> set[str]:
    return set(getattr(cls, "distinctive_fields", ()))


@dataclass
class Span(Record):
    """A stretch of the document text: a trigger, a sentence, a piece of evidence."""

    start: int
    end: int
    text: str | None = None


@dataclass
class Zone(Record):
    """A part of the stored text with a role; only ``CODED_ZONES`` are coded into events."""

    start: int
    end: int
    kind: ZoneKind


#: Actor country codes that name no nation (CAMEO-style codes for international bodies,
#: NGOs, movements, companies and the unknown): no phrase belongs to one as a nationality,
#: and no nation is opposed to one.
NO_NATION = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC", "UNK"})

#: Prefix of a provisional actor id: a name the knowledge base lacks ("prov:ozgur_ozel"),
#: kept so that its mentions group, but never taken for a known actor.
PROVISIONAL_ID = "prov:"


@dataclass
class ActorRef(Record):
    """A reference to an actor as it appears in the text, resolved (or not) to the KB."""

    distinctive_fields: ClassVar[tuple[str, ...]] = ("actor_id", "sector")

    text: str
    start: int | None = None
    end: int | None = None
    actor_id: str | None = None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    type: ActorType | None = None
    reason: str | None = None


@dataclass
class Place(Record):
    """A place as it appears in the text, resolved (or not) against the gazetteer."""

    distinctive_fields: ClassVar[tuple[str, ...]] = ("geonameid", "lat")

    text: str
    start: int | None = None
    end: int | None = None
    name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    feature: PlaceFeature | None = None
    precision: str | None = None


@dataclass
class Interval(Record):
    """A closed date interval, ``YYYY-MM-DD`` bounds; either side may be open (null)."""

    start: str | None = None
    end: str | None = None


@dataclass
class Document(Record):
    """One article. ``published`` is only ever what the input states, never guessed."""

    kind: ClassVar[str] = "document"

    doc_id: str
    input_id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    duplicate_of: str | None = None
    zones: list[Zone] = field(default_factory=list)
    origin: str | None = None

    def coded_spans(self) -> list[tuple[int, int]]:
        """Character ranges that stages should code: body zones, or all text if unzoned."""
        spans = [(z.start, z.end) for z in self.zones if z.kind in CODED_ZONES]
        return spans if self.zones else [(0, len(self.text))]


@dataclass
class Mention(Record):
    """A named or nominal mention of an entity, with its resolution when there is one."""

    kind: ClassVar[str] = "mention"

    doc_id: str
    start: int
    end: int
    text: str
    label: MentionLabel
    actor: ActorRef | None = None
    place: Place | None = None


@dataclass
class Timex(Record):
    """A temporal expression normalised to a TIMEX3 value."""

    kind: ClassVar[str] = "timex"

    doc_id: str
    start: int
    end: int
    text: str
    type: TimexType
    value: str
    interval: Interval | None = None


@dataclass
class EventDate(Record):
    """When an event happened: TIMEX3 value, bounds, precision, and where the date came from."""

    value: str | None = None
    start: str | None = None
    end: str | None = None
    precision: DatePrecision = "unknown"
    basis: DateBasis = "unknown"


@dataclass
class Attribution(Record):
    """Who makes the claim that an event happened, and the cue ("said", "according to")."""

    speaker: ActorRef | None = None
    cue: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Size(Record):
    """Casualty and arrest counts when the text states them."""

    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None


@dataclass
class Event(Record):
    """One coded event: PLOVER type, roles, time, place, modality, attribution, evidence."""

    kind: ClassVar[str] = "event"

    doc_id: str
    event_id: str
    type: str
    trigger: Span
    sentence: Span
    modality: Modality = "asserted"
    mode: str | None = None
    contexts: list[str] = field(default_factory=list)
    actors: list[ActorRef] = field(default_factory=list)
    recipients: list[ActorRef] = field(default_factory=list)
    date: EventDate = field(default_factory=EventDate)
    location: Place | None = None
    attribution: Attribution | None = None
    size: Size | None = None
    confidence: float = 0.0
    cluster_id: str | None = None


@dataclass
class Relation(Record):
    """A standing relation between actors (or an actor and a place), with its evidence."""

    kind: ClassVar[str] = "relation"

    doc_id: str
    subject: ActorRef
    predicate: str
    object: ActorRef | Place
    evidence: Span
    modality: Modality = "asserted"


#: Every top-level record class, keyed by its ``kind``.
RECORD_TYPES: dict[str, type[Record]] = {
    cls.kind: cls for cls in (Document, Mention, Timex, Event, Relation)
}


def record_from_dict(data: dict[str, Any]) -> Record:
    """Rebuild any top-level record from its JSON line; raises ``ValueError`` on a bad kind."""
    kind = data.get("kind")
    if kind not in RECORD_TYPES:
        raise ValueError(f"unknown record kind {kind!r}; expected one of {sorted(RECORD_TYPES)}")
    return RECORD_TYPES[kind].from_dict(data)
