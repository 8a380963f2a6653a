"""Cross-document event clustering: which coded events are reports of one real-world event.

Machine-coded event data repeats itself: every syndicated copy and every follow-up story
yields the event again. This module merges reports of the same event, independently of
any database (:mod:`lapwing.clusters_store` feeds it from the store):

1. each event becomes a :class:`Report` (its matching features plus its document's outlet,
   publication date and syndication root);
2. reports are taken in date order and **blocked** by PLOVER quad ("type family") and by
   participant country or actor id, or by place: only clusters sharing a block key and
   still inside the date window are compared;
3. a transparent **score** (weights and vetoes in ``models/clustering.yaml``) adds what the
   type, the date, the place and the participants say about the report against each
   candidate cluster's merged features (:func:`score`, :data:`SCORE_PARTS`); the report
   joins the best cluster reaching the threshold, or founds a new one;
4. reports still alone at the end get a second look against the clusters that grew after
   they were placed (:func:`_rejoin_lone_reports`).

Greedy assignment against clusters (not union-find over pairs) avoids chaining: a report
must agree with what the cluster as a whole says, not with one member of it. New
documents join existing clusters by the same code path (pass their members as
``existing``), so incremental runs and full runs apply one rule.

A cluster's id is ``c:`` + the id of the event that founded it (the earliest of the most
informative reports in a full run); it never changes afterwards, even if an earlier report
arrives later. Dates are compared as intervals whose width comes from their precision (and
a publication-date basis widens them backwards), places by distance against radii that come
from their precision: a month or a country agrees with much and so says little, and two
known, distinct towns rule a pair out while a missing or coarser place does not. Actors
agree at the finest level both give (actor, country+sector, country), so that "Israel",
"the IDF" and "the Israeli military" can be one party. :func:`pair_score` explains what a
pair scores and why (``python -m lapwing.eval.clusters FOLDER --errors`` lists them).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from lapwing.events_vessels import UNNAMED_VESSEL, VESSEL_ID
from lapwing.gazetteer import METROPOLIS_POPULATION, UNIT_SUFFIX, Gazetteer
from lapwing.knowledge import Actor, load_kb
from lapwing.places_recognise import load_lexicon as load_place_lexicon
from lapwing.records import NO_NATION, PROVISIONAL_ID, Event

MODELS_DIR = Path(__file__).with_name("models")
LEXICONS_DIR = Path(__file__).with_name("lexicons")
PARAMS_PATH = MODELS_DIR / "clustering.yaml"
PLOVER_SCORES_PATH = LEXICONS_DIR / "plover_scores.yaml"
CLUSTER_PREFIX = "c:"


# --------------------------------------------------------------------------- parameters


def read_params_file(path: Path, required: Iterable[str]) -> dict[str, Any]:
    """A YAML mapping of parameters; errors name the file and the missing key."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"cannot read parameters {path}: {exc}; fix or restore the file") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of parameters at the top level")
    missing = [key for key in required if key not in data]
    if missing:
        raise ValueError(f"{path}: missing parameter(s) {', '.join(missing)}; see the file's comments")
    return data


@cache
def type_families(path: Path = PLOVER_SCORES_PATH) -> dict[str, str]:
    """PLOVER type -> quad name (``material_conflict`` ...), from the scores lexicon."""
    quads = read_params_file(path, ["quads"])["quads"]
    return {t: quad for quad, types in quads.items() for t in types}


@dataclass(frozen=True)
class Params:
    """Clustering parameters (see ``models/clustering.yaml`` for what each one means)."""

    date_window_days: dict[str, int]
    document_date_lag_days: int
    date_specificity: dict[str, float]
    document_date_factor: float
    near_date_factor: float
    near_day_least_participants: float
    place_radius_km: dict[str, float]
    place_slack_km: float
    front_radius_km: dict[str, float]
    waters: dict[str, dict[str, Any]]
    place_specificity: dict[str, float]
    place_conflict_vetoes: list[str]
    sceneless_types: list[str]
    one_sided_types: list[str]
    directed_types: list[str]
    distinct_parts_of_day: list[list[str]]
    weights: dict[str, float]
    threshold: float
    modality_certainty: list[str]
    additive_markers: list[str]
    series_markers: list[str]
    series_nouns: list[str]
    marker_voiding_words: list[str]
    repeat_markers: list[str]
    disowning_markers: list[str]
    additive_reach: int
    marker_clause_openers: list[str]
    compass_bearings: dict[str, float]
    offset_reach_km: float
    families: dict[str, str] = field(default_factory=dict)

    @property
    def widest_window(self) -> int:
        """Days beyond which no cluster can take a report any more (for pruning)."""
        return max(self.date_window_days.values()) + self.document_date_lag_days


@cache
def load_params(path: Path = PARAMS_PATH) -> Params:
    """Parameters from ``path`` (default: the shipped file), checked once and cached."""
    names = [f for f in Params.__dataclass_fields__ if f != "families"]
    data = read_params_file(path, names)
    families = type_families()
    unknown = set(data["date_window_days"]) ^ set(families.values())
    if unknown:
        raise ValueError(
            f"{path}: date_window_days must name exactly the quads of {PLOVER_SCORES_PATH.name} "
            f"(mismatch: {sorted(unknown)})"
        )
    return Params(**{n: data[n] for n in names}, families=families)


# --------------------------------------------------------------------------- reports


@dataclass(frozen=True)
class DocFacts:
    """What clustering needs from an event's document: outlet, date, syndication root."""

    source: str | None = None
    published: str | None = None
    duplicate_of: str | None = None


@dataclass(slots=True)
class Report:
    """One event as clustering sees it; ``record`` is the event's JSON form (``to_dict``)."""

    event_id: str
    doc_id: str
    type: str
    family: str
    modality: str
    confidence: float
    parties: tuple[tuple[str, str | None, str | None], ...]  # (key, country/sector, country)
    ids: frozenset[str]  # participants (actors and recipients) by actor key
    sectors: frozenset[str]  # by "country/sector", for parties that have a sector
    sector_kinds: frozenset[str]  # the sectors alone ("MIL"), of parties with or without a country
    countries: frozenset[str]
    general: frozenset[str]  # countries of parties given at country level only
    actor_countries: frozenset[str]
    recipient_countries: frozenset[str]
    actor_specific: frozenset[str]  # countries of the parties in each role that are more
    recipient_specific: frozenset[str]  # than a country (see _country_level)
    actor_ids: frozenset[str]  # resolved actors (by actor id) in each role
    recipient_ids: frozenset[str]
    persons: frozenset[str]  # known people among the parties, by actor id (see _persons)
    day: int | None  # first day of the date as stated (the order reports are placed in)
    part_of_day: str | None  # TIMEX3 part of a day stated ("on Monday morning": MO), else None
    tier: int  # 0: a day stated in the text and a place; 1: a day; 2: anything vaguer
    lo: int | None  # date interval as ordinals, widened for publication-date bases
    hi: int | None
    date_weight: float
    lat: float | None
    lon: float | None
    radius: float
    place_weight: float
    place_veto: bool  # whether its level is fine enough for a conflicting place to rule out
    place_country: str | None  # the country the place lies in, or is
    country_place: bool  # whether the place is a whole country
    place_key: str | None
    water: str | None  # the sea or strait the place is, by its name in ``Params.waters``
    points: tuple[tuple[float, float], ...]  # the place's point, or a listed sea's chain
    unit: tuple[str, str] | None  # (country, GeoNames admin1 code) of the place, when known
    seat: bool  # whether the place is a metropolis a first-level unit is named after (_gazetteer_unit)
    whole_unit: bool  # whether the place is a first-level unit itself (a province, a region of Mali)
    doc: DocFacts
    record: dict[str, Any]
    blocks: tuple[tuple[str, str], ...] = ()  # block_keys, computed once
    additive: bool = False  # the text says it is one more event of its kind ("another strike")
    repeat: bool = False  # the text says it repeats one of an earlier day ("returned to strike")
    own_radius: float = 0.0  # the radius of the place's level, before a front's (see _radii)
    disowning: bool = False  # the text sets it apart from a like event ("not linked to Monday's bust")
    vicinity: bool = False  # whether the place is a vicinity ("east of Mosul")
    named: frozenset[str] = frozenset()  # actors that are people by name only (provisional ids; see _named_persons)


#: The radius class of a place named by an offset locative ("north of Baghdad"; eventplace.py).
VICINITY_LEVEL = "vicinity"
#: Key of an unnamed ship, whatever its noun: "a bulk carrier", "the vessel" and "a ship" in
#: three reports of one attack at sea are one party; a named ship is also of this kind.
SHIP_KIND = "kind:vessel"
#: Types whose target is often the party asked to act on another, which other reports give
#: as the target instead: "Aoun urged Washington and Paris to press Israel" is told as
#: "asking the guarantors to push the Jewish state to withdraw".
_RELAYED_TYPES = frozenset({"REQUEST"})
#: Types done between parties rather than by one to another: a meeting, an agreement or a
#: pledge of support is told by whom it joins, so its counterparts identify it (see
#: :func:`_other_counterparts`); the host and the day do not, as a head of state receives
#: several visitors at one palace on one day.
_RECIPROCAL_TYPES = frozenset({"CONSULT", "AGREE", "SUPPORT"})
#: The two sides of an event, as its record names them.
_ROLES = ("actors", "recipients")
#: How the actors stage explains a city taken for its state ("Baghdad" for Iraq).
METONYMY = "metonymy:"
#: The actor type of a government body (a ministry, an authority, a committee).
GOVERNMENT_BODY = "government"
#: The sector of civilians (PLOVER's CVL): residents, families, workers, protesters.
CIVILIAN_SECTOR = "CVL"
#: Prefixes of keys that name no resolved actor: an unresolved name, or a kind of party.
_GENERIC = ("name:", "kind:")


def actor_key(ref: Mapping[str, Any]) -> str:
    """Resolved actors by id, others by lowercased name (the store's ``actor_key``)."""
    return ref.get("actor_id") or "name:" + str(ref.get("name") or ref.get("text") or "").lower()


def _party_key(ref: Mapping[str, Any]) -> str:
    """The clustering key of a party: its actor key, or the ship kind for an unnamed ship."""
    if not ref.get("actor_id") and str(ref.get("reason") or "").startswith(UNNAMED_VESSEL):
        return SHIP_KIND
    return actor_key(ref)


def make_report(event: Event | Mapping[str, Any], doc: DocFacts | None = None,
                params: Params | None = None) -> Report:
    """The clustering view of one event (a record or its JSON form) and its document."""
    p = params or load_params()
    data = event.to_dict() if isinstance(event, Event) else dict(event)
    actors, recipients = data.get("actors") or [], data.get("recipients") or []
    refs = [*actors, *recipients]
    parties = tuple(dict.fromkeys(_party(r) for r in refs))
    day, lo, hi, date_weight = _date_interval(data.get("date") or {}, p)
    place = data.get("location") or {}
    level = _place_level(place, p)
    has_point = place.get("lat") is not None and place.get("lon") is not None
    water = _water(place, p) if has_point else None
    fine = has_point and level in p.place_conflict_vetoes
    unit, seat = _gazetteer_unit(str(place.get("name") or ""), str(place.get("text") or ""), place.get("geonameid"),
                                 place.get("feature")) if fine else (None, False)
    report = Report(
        event_id=data["event_id"], doc_id=data["doc_id"], type=data["type"],
        family=p.families.get(data["type"], data["type"]),
        modality=data.get("modality") or "asserted",
        confidence=float(data.get("confidence") or 0.0),
        parties=parties,
        ids=frozenset(key for key, _, _ in parties) | _kinds(parties),
        sectors=frozenset(sector for _, sector, _ in parties if sector),
        sector_kinds=frozenset(str(r["sector"]) for r in refs if r.get("sector")),
        countries=frozenset(country for _, _, country in parties if country),
        general=frozenset(party[2] for party in parties if _country_level(party)),  # type: ignore[misc]
        actor_countries=_values(actors, "country"), recipient_countries=_values(recipients, "country"),
        actor_specific=_specific_countries(actors), recipient_specific=_specific_countries(recipients),
        actor_ids=_values(actors, "actor_id"), recipient_ids=_values(recipients, "actor_id"),
        persons=_persons(refs), named=_named_persons(actors), day=day, part_of_day=_part_of_day(data.get("date") or {}),
        tier=_tier(data.get("date") or {}, has_point),
        lo=lo, hi=hi, date_weight=date_weight,
        lat=place.get("lat") if has_point else None, lon=place.get("lon") if has_point else None,
        radius=float(p.waters[water].get("radius_km", p.place_radius_km[level]) if water
                     else max(p.place_radius_km[level], p.front_radius_km.get(data["type"], 0.0))),
        own_radius=float(p.waters[water].get("radius_km", p.place_radius_km[level]) if water
                         else p.place_radius_km[level]),
        vicinity=level == VICINITY_LEVEL,
        place_weight=float(p.place_specificity[level]) if has_point else 0.0,
        place_veto=level in p.place_conflict_vetoes and data["type"] not in p.sceneless_types,
        place_country=place.get("country") if has_point else None,
        country_place=level == "country",
        place_key=(f"{place['lat']:.2f},{place['lon']:.2f}" if has_point else None), water=water,
        points=_points(place, water, p, _offset_bearing(data, p) if level == "vicinity" else None)
        if has_point else (),
        unit=unit, seat=seat, whole_unit=unit is not None and level == "admin1",
        doc=doc or DocFacts(), record=data,
        additive=_marked(data, p.additive_markers, p.additive_reach, p.marker_clause_openers, p.series_nouns,
                         p.marker_voiding_words)
        and not _series(data, p.series_markers),
        repeat=_marked(data, p.repeat_markers, p.additive_reach, p.marker_clause_openers),
        disowning=_series(data, p.disowning_markers) or _series(data, p.disowning_markers, before=True),
    )
    report.blocks = tuple(block_keys(report))
    return report


def _place_level(place: Mapping[str, Any], p: Params) -> str:
    """The radius class of an event's place: its precision, else its feature; a sea or a
    strait by its feature whatever its precision, since its point is only its middle
    ("the southern Red Sea" and "the Bab el-Mandeb" are 770 km apart as points)."""
    precision, feature = place.get("precision"), place.get("feature")
    if feature == "water" and feature in p.place_radius_km:
        return feature
    if precision in p.place_radius_km:
        return precision
    return feature if feature in p.place_radius_km else "other"


@cache
def _gazetteer_unit(name: str, text: str, geonameid: int | None, feature: str | None
                    ) -> tuple[tuple[str, str] | None, bool]:
    """The (country, admin1 code) of the gazetteer's place of this name and id (or of this
    name and feature, for places without a GeoNames id), and whether it is a town that a
    first-level unit of its country and code is named after (Basrah: Basra Governorate),
    by its resolved name or its name in the text ("Quneitra" for Al Qunaytirah), and a
    metropolis (see :func:`_seat_and_unit`)."""
    gazetteer = Gazetteer.load()
    found = next((c for c in gazetteer.lookup(name) if c.admin1 and c.country and (
        c.geonameid == geonameid if geonameid else c.name == name and c.feature == feature)), None)
    if found is None:
        return None, False
    unit = (found.country, found.admin1)
    seat = found.feature == "city" and (found.population or 0) >= METROPOLIS_POPULATION and any(
        u.feature == "admin1" and (u.country, u.admin1) == unit
        for key in dict.fromkeys((name, text)) if key for u in gazetteer.lookup(f"{key} {UNIT_SUFFIX}"))
    return unit, seat


#: A direction word before a sea's name: "the southern Red Sea" is the Red Sea.
_DIRECTION = re.compile(r"^(?:the\s+)?(?:(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|east(?:ern)?|"
                        r"west(?:ern)?|central|upper|lower)\s+", re.IGNORECASE)


def _water(place: Mapping[str, Any], p: Params) -> str | None:
    """The name, as listed in ``Params.waters``, of the sea or strait a place is; None for
    land and for waters not listed."""
    if place.get("feature") != "water":
        return None
    name = str(place.get("name") or "")
    for candidate in (name, _DIRECTION.sub("", name)):
        if candidate in p.waters:
            return candidate
    return None


def _on_coast(report: Report, place: Report, p: Params) -> bool | None:
    """For a whole country against a listed sea, whether the country is on its coasts
    (None for any other pair of places)."""
    for country, sea in ((report, place), (place, report)):
        if country.country_place and sea.water and "coasts" in p.waters[sea.water]:
            return country.place_country in p.waters[sea.water]["coasts"]
    return None


def _other_seas(report: Report, place: Report, p: Params) -> bool:
    """Whether both places are listed seas that do not join (see :func:`_joined`)."""
    return bool(report.water and place.water and not _joined(report.water, place.water, p))


def _points(place: Mapping[str, Any], water: str | None, p: Params,
            bearing: float | None = None) -> tuple[tuple[float, float], ...]:
    """Where a place lies for distances: a listed sea's chain of points, else its point, and
    for a vicinity named by a compass offset (``bearing``) a chain of points from it out to
    ``offset_reach_km`` that way: "a range west of Doha" may lie 80 km west of the city, but
    not 80 km east of it."""
    chain = p.waters[water].get("points") if water else None
    if chain:
        return tuple((lat, lon) for lat, lon in chain)
    lat, lon = place["lat"], place["lon"]
    if bearing is None:
        return ((lat, lon),)
    steps = max(1, math.ceil(p.offset_reach_km / _OFFSET_STEP_KM))
    north, east = math.cos(math.radians(bearing)), math.sin(math.radians(bearing))
    per_degree = 111.2  # km per degree of latitude
    return tuple((lat + north * d / per_degree, lon + east * d / (per_degree * math.cos(math.radians(lat))))
                 for d in (p.offset_reach_km * k / steps for k in range(steps + 1)))


#: Spacing of the points of a compass offset's chain (:func:`_points`), within a vicinity's radius.
_OFFSET_STEP_KM = 10.0
#: A compass word and "of" right before a place: "west of ", "north-east of the ".
_COMPASS_OFFSET = re.compile(r"\b(?P<compass>[a-z]+(?:-[a-z]+)?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _offset_bearing(data: Mapping[str, Any], p: Params) -> float | None:
    """The bearing (degrees from north, ``compass_bearings``) of the compass word right
    before the event's place in its sentence ("a desert range *west of* Doha"), if any: the
    place names the side of the town it lies on, not only its ring (see :func:`_points`)."""
    sentence, place = data.get("sentence") or {}, data.get("location") or {}
    text, start = sentence.get("text"), place.get("start")
    if not isinstance(text, str) or not isinstance(start, int):
        return None
    match = _COMPASS_OFFSET.search(text[:max(0, start - int(sentence.get("start") or 0))])
    return p.compass_bearings.get(match.group("compass").lower()) if match else None


def _joined(first: str, second: str, p: Params) -> bool:
    """Whether reports of one event may name these two waters: the same sea, or a strait
    or gulf listed as joining the other (see ``waters`` in models/clustering.yaml)."""
    return first == second or second in p.waters[first].get("joins", ()) \
        or first in p.waters[second].get("joins", ())


_WORD = re.compile(r"[A-Za-z]+")


def _marked(data: Mapping[str, Any], markers: list[str], reach: int, openers: list[str],
            series_nouns: list[str] | None = None, voiding: list[str] | None = None) -> bool:
    """Whether one of ``markers`` stands among the ``reach`` words before the trigger, not
    right before a noun of ``series_nouns`` ("sat down for *another round* on Karabakh":
    a round of talks in a series over days, not a second meeting of the day) nor right after
    a word of ``voiding`` ("a riposte to *any further* attack": an event that may come, the
    condition of a threat, not one more that happened).

    With ``additive_markers`` it marks the event as one more of its kind ("Another Israeli
    strike ...", "In a separate operation, ... seized"): the writer then knows of another
    event of that type, mostly the day's main one, so type, day and parties do not tell the
    two apart (see ``_place_part``). With ``repeat_markers`` ("Israeli warplanes returned to
    Janta ..., striking") the other event is of an earlier day (see ``_date_part``). Only the
    trigger's own clause counts: in "access to a second port on Sunday, when both governments
    signed", "second" counts ports, not signings."""
    sentence, trigger = data.get("sentence") or {}, data.get("trigger") or {}
    text, start = sentence.get("text"), trigger.get("start")
    if not isinstance(text, str) or not isinstance(start, int):
        return False
    lead = text[:max(0, start - int(sentence.get("start") or 0))]
    clauses = [m.end() for m in _clause_opener(tuple(openers)).finditer(lead)] if openers else []
    words = _WORD.findall(lead[clauses[-1]:] if clauses else lead)
    before = words[-reach:]
    # the word after each, the trigger's first word after the last ("another *round* of talks")
    after = [w.lower() for w in before[1:] + _WORD.findall(text[len(lead):])[:1]]
    # and the word before each ("*any* further attack")
    offset = len(words) - len(before)
    prior = [words[offset + k - 1].lower() if offset + k > 0 else "" for k in range(len(before))]
    nouns, void = set(series_nouns or ()), set(voiding or ())
    return any(w.lower() in markers and not (k < len(after) and after[k] in nouns) and prior[k] not in void
               for k, w in enumerate(before))


@cache
def _clause_opener(words: tuple[str, ...]) -> re.Pattern[str]:
    """A word of ``marker_clause_openers``, with or without a comma before it: where the trigger's
    own clause begins ("relations soured further on Friday when Kenya accused ...": "further"
    tells how much they soured, not that the accusation is one more of the day)."""
    return re.compile(r"\b(?i:" + "|".join(map(re.escape, words)) + r")\b")


def _series(data: Mapping[str, Any], markers: list[str], before: bool = False) -> bool:
    """Whether a phrase of ``markers`` follows the trigger in its sentence: "the third
    capture of a tanker in Gulf waters this year" counts a series over days, which the date
    already separates, not one more event of the day. With ``before``, whether one opens the
    sentence's part before the trigger: "*Separately from* Tuesday's reinforcements on the
    frontier, the gendarmerie sent 1,000 men" sets the event apart as much as a marker after
    it does."""
    sentence, trigger = data.get("sentence") or {}, data.get("trigger") or {}
    text, start, end = sentence.get("text"), trigger.get("start"), trigger.get("end")
    if not isinstance(text, str) or not isinstance(end, int) or not isinstance(start, int):
        return False
    offset = int(sentence.get("start") or 0)
    part = text[:max(0, start - offset)] if before else text[max(0, end - offset):]
    words = " ".join(_WORD.findall(part)).lower()
    return any(re.search(rf"\b{re.escape(m)}\b", words) for m in markers)


def _party(ref: Mapping[str, Any]) -> tuple[str, str | None, str | None]:
    """(key, "country/sector" or None, country) of an actor reference."""
    country, sector = ref.get("country"), ref.get("sector")
    return _party_key(ref), f"{country}/{sector}" if country and sector else None, country


def _specific_countries(refs: Iterable[Mapping[str, Any]]) -> frozenset[str]:
    """Countries of the references that name more than a country."""
    return frozenset(party[2] for party in map(_party, refs)
                     if party[2] is not None and not _country_level(party))


def _persons(refs: Iterable[Mapping[str, Any]]) -> frozenset[str]:
    """The people of the knowledge base among the references (provisional ids left out: an
    unknown name may be a known person's other spelling)."""
    return frozenset(r["actor_id"] for r in refs if r.get("type") == "person" and r.get("actor_id")
                     and not str(r["actor_id"]).startswith(PROVISIONAL_ID))


def _named_persons(refs: Iterable[Mapping[str, Any]]) -> frozenset[str]:
    """The people the knowledge base lacks among the references, by their provisional ids
    ("prov:wael_abu_faour"): named in full, unlike a kind of party, though not resolved."""
    return frozenset(str(r["actor_id"]) for r in refs if r.get("type") == "person" and r.get("actor_id")
                     and str(r["actor_id"]).startswith(PROVISIONAL_ID))


def _values(refs: Iterable[Mapping[str, Any]], name: str) -> frozenset[str]:
    """The set of a field over actor references, where given."""
    return frozenset(r[name] for r in refs if r.get(name))


def _country_level(party: tuple[str, str | None, str | None]) -> bool:
    """Whether a party (key, country/sector, country) names a country and no more: the state
    itself (actor id = country code) or a nationality without a resolved actor ("Israeli",
    "the U.S."). A resolved actor that merely lacks a sector is a specific actor."""
    key, sector, country = party
    return country is not None and sector is None and (key == country or key.startswith(_GENERIC))


def _tier(date: Mapping[str, Any], located: bool) -> int:
    """Which sweep places the report: the most informative reports found the clusters."""
    if date.get("precision") != "day":
        return 2
    return 0 if date.get("basis") in ("explicit", "report") and located else 1


def _date_interval(value: Mapping[str, Any], p: Params
                   ) -> tuple[int | None, int | None, int | None, float]:
    """(first day as stated, first day widened, last day, specificity) of an EventDate dict
    as ordinals; Nones and 0 when undated."""
    start, end = _ordinal(value.get("start")), _ordinal(value.get("end"))
    lo = start if start is not None else end
    hi = end if end is not None else start
    if lo is None or hi is None:
        return None, None, None, 0.0
    day = lo
    weight = float(p.date_specificity.get(value.get("precision") or "unknown", 0.0))
    if value.get("basis") in ("document", "report"):  # "by then": the event may be earlier
        lo -= p.document_date_lag_days
    if value.get("basis") == "document":  # a statement's own day is a day of the story
        weight *= p.document_date_factor
    return day, lo, hi, weight


def _part_of_day(value: Mapping[str, Any]) -> str | None:
    """The part of the day a day-precise date names ("2026-11-09TMO" -> "MO"), else None."""
    text = value.get("value")
    if value.get("precision") != "day" or not isinstance(text, str):
        return None
    match = re.fullmatch(r"\d{4}-\d{2}-\d{2}T([A-Z]{2})", text)
    return match.group(1) if match else None


def _ordinal(text: Any) -> int | None:
    if not isinstance(text, str) or len(text) != 10:
        return None
    try:
        return date.fromisoformat(text).toordinal()
    except ValueError:
        return None


# --------------------------------------------------------------------------- clusters


@dataclass(eq=False)  # identity: clusters are compared and indexed as objects
class Cluster:
    """A growing cluster: its members and the merged features reports are compared with."""

    cluster_id: str
    members: list[Report] = field(default_factory=list)
    types: Counter[str] = field(default_factory=Counter)
    ids: set[str] = field(default_factory=set)
    sectors: set[str] = field(default_factory=set)
    sector_kinds: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    general: set[str] = field(default_factory=set)
    actor_countries: set[str] = field(default_factory=set)
    recipient_countries: set[str] = field(default_factory=set)
    actor_specific: set[str] = field(default_factory=set)
    recipient_specific: set[str] = field(default_factory=set)
    actor_ids: set[str] = field(default_factory=set)
    recipient_ids: set[str] = field(default_factory=set)
    persons: set[str] = field(default_factory=set)
    named: set[str] = field(default_factory=set)  # people by name only (provisional ids)
    date: Report | None = None  # the member with the most specific date
    parts_of_day: set[tuple[int, str]] = field(default_factory=set)  # (day, part) members state
    place: Report | None = None  # the member with the most specific place
    last_day: int = -1  # latest day any member's interval reaches (for pruning)
    first_day: int = 10**9  # earliest day any member's interval reaches (for filing)
    additive: bool = False  # whether a member is marked as one more event of its kind
    repeat: bool = False  # whether a member is marked as repeating an earlier day's event
    disowning: bool = False  # whether a member sets itself apart from a like event of another day

    def add(self, report: Report) -> None:
        self.members.append(report)
        self.types[report.type] += 1
        self.ids |= report.ids
        self.sectors |= report.sectors
        self.sector_kinds |= report.sector_kinds
        self.countries |= report.countries
        self.general |= report.general
        self.actor_countries |= report.actor_countries
        self.recipient_countries |= report.recipient_countries
        self.actor_specific |= report.actor_specific
        self.recipient_specific |= report.recipient_specific
        self.actor_ids |= report.actor_ids
        self.recipient_ids |= report.recipient_ids
        self.persons |= report.persons
        self.named |= report.named
        if report.part_of_day is not None and report.day is not None:
            self.parts_of_day.add((report.day, report.part_of_day))
        if report.lo is not None and (self.date is None or report.date_weight > self.date.date_weight):
            self.date = report
        if report.lat is not None and (self.place is None or report.place_weight > self.place.place_weight):
            self.place = report
        self.additive = self.additive or report.additive
        self.repeat = self.repeat or report.repeat
        self.disowning = self.disowning or report.disowning
        if report.hi is not None:
            self.last_day = max(self.last_day, report.hi)
        if report.lo is not None:
            self.first_day = min(self.first_day, report.lo)


def block_keys(report: Report) -> list[tuple[str, str]]:
    """Where to look for clusters of this report: its family with each participant country
    (or actor key when there is no country, each named ship and each named person), with its place, and with
    its place's country: reports whose parties are unnamed or unresolved ("depositors", "the
    Depositors' Union") and whose places are two points of one city (Hamra and Beirut) must
    still meet, and so must the reports of one ship hit at sea. The place's country is a key
    even when a party has that country: "pensioners" protesting in Ahvaz are Iranian
    civilians, and must still meet the report whose only party is unresolved. It is the same
    key as a party's country: a report that names "the Teachers Syndicate" unresolved and
    places its rejection "across Jordan" must meet one that names "the Jordanian Teachers
    Syndicate" and no place."""
    keys = [(report.family, c) for c in report.countries]
    keys += [(report.family, k) for k in report.ids if k.startswith(_GENERIC)]
    keys += [(report.family, k) for k in _vessels(report.ids)]  # a ship meets its other reports at sea
    # a person meets the other reports naming them, whose parties may carry no country
    # ("Education minister Elias Bou Saab begged international donors")
    keys += [(report.family, k) for k in sorted(report.persons | report.named)]
    if report.place_key is not None:
        keys.append((report.family, "@" + report.place_key))
    if report.place_country is not None:
        keys.append((report.family, report.place_country))
    return keys


def score(report: Report, cluster: Cluster, p: Params,
          parts: dict[str, Any] | None = None) -> float | None:
    """How strongly ``report`` belongs to ``cluster``: the sum of what the date, the type,
    the place and the participants say (see :data:`SCORE_PARTS`); None when one of them
    rules the pair out. With ``parts``, each part's value (or the part that vetoed, under
    ``"veto"``) is written there, for explaining a decision."""
    total = 0.0
    for name, part in SCORE_PARTS:
        value = part(report, cluster, p)
        if value is None:
            if parts is not None:
                parts["veto"] = name
            return None
        if parts is not None:
            parts[name] = round(value, 3)
        total += value
    return total


def _type_part(report: Report, cluster: Cluster, p: Params) -> float | None:
    """The same PLOVER type says more than a type of the same quad (coders split one
    event differently: an air strike is ASSAULT to one, COERCE to another); other quads
    never merge (a protest is not the agreement that ended it)."""
    if report.family != cluster.members[0].family:
        return None
    return p.weights["same_type"] if report.type in cluster.types else p.weights["same_family"]


def _date_part(report: Report, cluster: Cluster, p: Params) -> float | None:
    """Agreement of the date intervals, by the vaguer date's specificity; a gap beyond the
    quad's window rules the pair out, a smaller one (a day, from "late Tuesday" against
    "overnight") says less than overlapping dates. A report marked as one more of its kind
    ("Israeli warplanes returned to Janta on Wednesday") on another day than the cluster's
    is that other day's event: its writer knows of the earlier one. So is a report that sets
    itself apart from a like event ("a catch not linked to Monday's recruitment cell bust",
    ``disowning_markers``) against a cluster of another day: the writer says the other day's
    event is another one."""
    gap = _date_gap(report, cluster)
    if gap is None or gap > p.date_window_days.get(report.family, 0):
        return None
    if gap > 0 and (report.additive or cluster.additive or report.repeat or cluster.repeat
                    or report.disowning or cluster.disowning):
        return None
    if _other_part_of_day(report, cluster, p):
        return None
    near = 1.0 if gap == 0 else p.near_date_factor
    return p.weights["date"] * min(report.date_weight, cluster.date.date_weight) * near  # type: ignore[union-attr]


def _other_part_of_day(report: Report, cluster: Cluster, p: Params) -> bool:
    """Whether the report states a part of a day that a member states another, disjoint part
    of: Israeli shelling "on Monday morning" is not the drone strike "on Monday afternoon".
    Parts that touch ("overnight" and "early Tuesday morning", afternoon and evening) are
    not disjoint (``distinct_parts_of_day``)."""
    if report.part_of_day is None:
        return False
    return any(day == report.day and sorted((part, report.part_of_day)) in p.distinct_parts_of_day
               for day, part in cluster.parts_of_day)


def _date_gap(report: Report, cluster: Cluster) -> int | None:
    """Days between the report's date interval and the cluster's most specific one (0 when
    they overlap); None when either is undated."""
    anchor = cluster.date
    if report.lo is None or anchor is None:
        return None
    return max(0, max(report.lo, anchor.lo) - min(report.hi, anchor.hi))  # type: ignore[type-var, operator]


#: The prefix of the PLOVER quads of statements (lexicons/plover_scores.yaml).
VERBAL = "verbal_"


def _place_part(report: Report, cluster: Cluster, p: Params) -> float | None:
    """Closeness of the report's place to the cluster's most specific one.

    Two places are compatible while their distance is within the sum of their radii plus
    the slack; the credit falls from the full weight (same point) to 0 at the sum of radii.
    Incompatible places rule the pair out only when both are at a level listed in
    ``place_conflict_vetoes`` (two known, distinct towns: a strike in Bint Jbeil is not the
    one near Nabatieh that day) and neither is a statement or decision of a type in
    ``sceneless_types``. For statements, whose reports place them where they were made or at
    what they are about, places that disagree cost nothing. A coarser place that disagrees costs
    ``weights.place_conflict`` times its specificity: a country says as little against a
    pair as for it, being often a party's nationality or the launch site rather than the
    scene ("U.S. forces" -> United States, "a missile from Yemen"); a missing place says
    nothing. Two seas that do not join are incompatible wherever their points lie (see
    ``waters`` in models/clustering.yaml)."""
    place = cluster.place
    if (report.additive or cluster.additive) and not _same_fine_place(report, place, p):
        return None
    if report.lat is None or place is None:
        return 0.0
    if _vessels(report.ids) & cluster.ids:
        return 0.0  # one ship hit on one day: seas are too long for their points to disagree
    if (report.country_place or place.country_place) and report.place_country is not None \
            and report.place_country == place.place_country:
        distance = 0.0  # a place in a country agrees with the country, however large it is
    elif _in_unit(report, place) or _in_unit(place, report):
        distance = 0.0  # so does a town with its first-level unit (Saharan regions outreach its radius)
    else:
        distance = _distance(report, place)
    radii = _radii(report, place)
    specificity = min(report.place_weight, place.place_weight)
    coast = _on_coast(report, place, p)
    if coast is not None:
        distance = 0.0 if coast else distance
    if distance > radii + p.place_slack_km or coast is False or _other_seas(report, place, p):
        if report.place_veto and place.place_veto:
            return _seat_credit(distance, p) if _seat_and_unit(report, place, distance, p) else None
        if report.family.startswith(VERBAL):
            return 0.0  # a statement's reports place it where it was said or what it is about
        if _scene_of_no_party(report) and _scene_of_no_party(place):
            return -p.weights["place_country_conflict"]
        return -p.weights["place_conflict"] * specificity
    if _scenes_in_other_countries(report, place):
        return -p.weights["place_country_conflict"]
    return p.weights["place"] * specificity * max(0.0, 1.0 - distance / radii)


def _in_unit(unit: Report, place: Report) -> bool:
    """Whether ``unit`` is a first-level unit and ``place`` lies in it by the gazetteer's
    admin1 code: a town agrees with its province or region however far it lies from the
    unit's point (Bilma and "the Agadez region", 560 km from the region's point at Agadez)."""
    return unit.whole_unit and unit.unit == place.unit


def _seat_and_unit(report: Report, place: Report, distance: float, p: Params) -> bool:
    """Whether one place is a metropolis a first-level unit is named after and the other
    lies in that unit within a vicinity's reach of it: reporters name the ring of towns
    around such a city by the city's name ("protesters in Basra" for a road cut at Zubair,
    15 km off), so the two towns' distance rules nothing out. Smaller seats are left to
    their distance: a strike "in Nabatieh" is not the one in Bint Jbeil that day (29 km,
    both in Nabatieh Governorate), nor a protest in Misrata the one in Zliten (50 km)."""
    return report.unit is not None and report.unit == place.unit and (report.seat or place.seat) \
        and distance <= p.place_radius_km["vicinity"]


def _seat_credit(distance: float, p: Params) -> float:
    """Place credit of a place in a unit against its seat (:func:`_seat_and_unit`): that of
    a first-level unit's place, less than two towns that agree."""
    radius = p.place_radius_km["admin1"]
    return p.weights["place"] * p.place_specificity["admin1"] * max(0.0, 1.0 - distance / radius)


def _same_fine_place(report: Report, place: Report | None, p: Params) -> bool:
    """Whether two reports name compatible places at levels fine enough to rule a pair out
    (towns, districts): what a report marked as one more event of its kind ("another
    strike on Wednesday hit ...") needs to join, since its type, day and parties are
    shared with the other event the writer knows of, and a region or a country is too."""
    if place is None or report.lat is None or not (report.place_veto and place.place_veto):
        return False
    return _distance(report, place) <= _radii(report, place) + p.place_slack_km


def _radii(report: Report, place: Report) -> float:
    """The sum of two places' radii: with the least radius of a front (``front_radius_km``)
    when both are towns or sites, which it widens to let two towns of one front agree, and
    without it when one is a vicinity, which already stands for the ring around its town: a
    build-up "on the Khazir front east of Mosul" is not the one at Qayyarah airbase, 60 km
    south of the city, though 45 km of a vicinity and the 15 km of a front would reach it."""
    if report.vicinity or place.vicinity:
        return (report.own_radius or report.radius) + (place.own_radius or place.radius)
    return report.radius + place.radius


def _scene_of_no_party(report: Report) -> bool:
    """Whether the report's place is in no participant's country (a sea counts as no
    one's): then it is not a party's nationality or a launch site standing in for the
    scene, the excuse for letting a coarse place conflict cost little, so a deployment to
    the Red Sea and one to Cyprus that day conflict as much as two towns do. A town in a
    party's country is not counted a scene here: a sea's point is its middle and its
    radius cannot reach every coast, so "a missile at Eilat" and "over the Red Sea" stay
    compatible enough to join."""
    return report.place_country is None or report.place_country not in report.countries


def _scenes_in_other_countries(report: Report, place: Report) -> bool:
    """Whether two places whose wide radii overlap still lie in different countries, and
    neither is the country of a participant of either report: then neither is a party's
    nationality or a launch site standing in for the scene, and a deployment to Kuwait is not
    the one to Jordan, though a country's radius reaches its neighbours. A party of the
    other report counts too: a convoy for Gaza placed at a crossing on Israel's side (a Gaza
    recipient) and one placed in the Gaza Strip may be one delivery. Two fine places (towns
    across a border) are left to their distance."""
    if report.place_veto and place.place_veto:
        return False
    here, there = report.place_country, place.place_country
    if here is None or there is None or here == there:
        return False
    parties = report.countries | place.countries
    return here not in parties and there not in parties


def _participant_part(report: Report, cluster: Cluster, p: Params) -> float | None:
    """Mean credit of the report's comparable parties (see :func:`_party_credit`; the
    unmatched ones of a role count once, see :func:`_role_of`); None
    when the sides are only swapped (A hits B against B hits A, the usual retaliation of
    the next day), reversed on another day (see :func:`_reversed`) or opposed (see
    :func:`_opposed`), or when the dates do not overlap and the parties earn no more than
    ``near_day_least_participants``: type, place and a near day are what a like event of
    the next day shares (pensioners rallying where labourers struck the day before); None as
    well when two named bodies the KB lacks act, one in the report, one in the cluster
    (:func:`_rival_body`). Parties in complementary roles (one report names only who struck,
    another only who was struck) are not opposed: each report lost the other side. A party's
    country is compared only with a cluster that names some country: against reports that
    name only "a bulk carrier", "the Houthis" neither agree nor disagree."""
    if _swapped(report, cluster) or _opposed(report, cluster, p) or _reversed(report, cluster, p):
        return None
    if report.type in _RECIPROCAL_TYPES and _other_counterparts(report, cluster):
        return None  # the same host with other guests: another meeting
    ships, their_ships = _vessels(report.ids), _vessels(cluster.ids)
    if ships and their_ships and ships.isdisjoint(their_ships):
        return None  # two named ships: two attacks
    if any(_role_of(report, party) == "actors" and _rival_body(report, cluster, party) for party in report.parties):
        return None  # two named bodies acting (a transport authority, a drug directorate): two acts
    total, comparable, unmatched = 0.0, 0, set()
    for party in report.parties:
        credit = 0.0 if _other_role_only(report, cluster, party) or _rival_body(report, cluster, party) \
            else _party_credit(party, cluster, p)
        if _local_civilians(report, party):
            credit = min(credit, p.weights["local_civilians"])
        if _other_decider(report, cluster, party, p) or _state_for_body(report, cluster, party, p):
            credit = min(credit, p.weights["actor_country"])
        if credit:
            total += credit
            comparable += 1
        elif party[2] is not None and cluster.countries:
            unmatched.add(_role_of(report, party))
    comparable += len(unmatched)
    mean = total / comparable if comparable else _sector_credit(report, cluster, p)
    conflicts = _role_conflicts(report, cluster) or int(_other_counterparts(report, cluster)
                                                        or _other_persons(report, cluster)
                                                        or _other_targets(report, cluster, p)
                                                        or _other_bodies_addressed(report, cluster))
    value = mean - p.weights["role_conflict"] * conflicts
    if value <= p.near_day_least_participants and (_date_gap(report, cluster) or 0) > 0:
        return None  # a day apart and no one in common: the like event of the next day
    return value


def _role_of(report: Report, party: tuple[str, str | None, str | None]) -> str:
    """The first role in which the report names the party. The parties of one role that
    match nothing of the cluster count as one disagreement in :func:`_participant_part`:
    a report listing the four states of a contact group where another names one party
    disagrees no more than one naming a single other state, and each report names
    as many of a list as it has room for."""
    return next(role for role in _ROLES if party in map(_party, report.record.get(role) or ()))


def _local_civilians(report: Report, party: tuple[str, str | None, str | None]) -> bool:
    """Whether the party is only a common noun for civilians ("residents", "families",
    "Residents of Damascus": no resolved actor, sector ``CIVILIAN_SECTOR``) of the country its
    report's place lies in, a place finer than the country. Such people are at every event of a city, and their country is
    the place's, which the place part already weighs: two protests in two quarters of one
    city share them, so they say only as much as a shared unresolved name."""
    key, sector, country = party
    return key.startswith(_GENERIC) and sector == f"{country}/{CIVILIAN_SECTOR}" \
        and country == report.place_country and not report.country_place


def _other_decider(report: Report, cluster: Cluster, party: tuple[str, str | None, str | None], p: Params) -> bool:
    """Whether, in a statement or decision (``sceneless_types``), the party is a government
    body of the report's actors (a provisional id too) that no member has, while the
    cluster's actors include government bodies of their own: Sudan's civil aviation
    authority suspending a licence is not a committee's seizure of assets the day before,
    though both are Sudan's government. Such a party agrees only as far as its country does.

    Why: reports rarely misread which body decided or spoke, and name it alike; two bodies of
    one government share nothing more than their country. A leader and his organisation
    (Burhan and the army) are left to the sector they share: reports name either."""
    return report.type in p.sceneless_types and party[0] in _bodies(report) and party[0] not in cluster.ids \
        and any(_bodies(member) for member in cluster.members)


def _state_for_body(report: Report, cluster: Cluster, party: tuple[str, str | None, str | None], p: Params) -> bool:
    """Whether, in a statement or decision (``sceneless_types``) on a day that the cluster's date
    does not overlap, one side names the decider only as its state ("Egypt") and the other only
    as a government body of that state (the state's financial regulator): a committee's asset
    freeze one day is not a regulator's licence suspension the next. Such a party agrees only
    as far as its country does.

    Why: on the same day a state and its body are mostly one decision told coarser or finer;
    a day apart, a government's many bodies each decide their own, and nothing but the country
    ties them."""
    if report.type not in p.sceneless_types or not _date_gap(report, cluster):
        return False
    key, _, country = party
    theirs = [r for m in cluster.members for r in m.record.get("actors") or () if r.get("country") == country]
    mine = report.record.get("actors") or ()
    if key in _bodies(report):
        return bool(theirs) and all(_country_level(_party(r)) for r in theirs)
    return _country_level(party) and party in map(_party, mine) and bool(theirs) \
        and all(r.get("actor_id") and r.get("type") == GOVERNMENT_BODY for r in theirs)


def _bodies(report: Report) -> frozenset[str]:
    """The resolved actor ids of the report's actors that are government bodies."""
    return frozenset(r["actor_id"] for r in report.record.get("actors") or ()
                     if r.get("actor_id") and r.get("type") == GOVERNMENT_BODY)


def _other_role_only(report: Report, cluster: Cluster, party: tuple[str, str | None, str | None]) -> bool:
    """Whether, in a directed event (not of ``_RECIPROCAL_TYPES`` nor ``_RELAYED_TYPES``),
    the report has the party on one side and the cluster has it only on the other
    (:func:`_role_match`), while one of them fills the side where the other has the party
    with a party of its own that the other lacks: a government general threatening the
    Houthis is not the Houthis' threat against ships of the day before, though both name the
    Houthis. The report's own party counts always; the cluster's only against a statement's
    speaker, which reports rarely misread (:func:`_other_speakers`): a lone actor of a deed
    that the cluster has as its target is more often a misread role ("remove" read with the
    bank whose assets were freed as actor). A report that has the party's country on both
    sides misread one of them, and the party keeps its credit (:func:`_party_credit`)."""
    if report.type in _RECIPROCAL_TYPES | _RELAYED_TYPES:
        return False
    mine = {role: [_party(r) for r in report.record.get(role) or ()] for role in _ROLES}
    for role, other in (_ROLES, _ROLES[::-1]):
        if party not in mine[role] or party[2] in {country for _, _, country in mine[other]} \
                or not _role_match([party], cluster, other) or _role_match([party], cluster, role):
            continue
        if mine[other] and not _role_match(mine[other], cluster, other, loose=True):
            return True
        theirs = [_party(r) for m in cluster.members for r in m.record.get(role) or ()]
        if report.family.startswith(VERBAL) and theirs and not _role_match(mine[role], cluster, role, loose=True):
            return True
    return False


def _role_match(parties: Iterable[tuple[str, str | None, str | None]], cluster: Cluster, role: str,
                loose: bool = False) -> bool:
    """Whether a member of the cluster has one of ``parties`` in ``role`` ("actors",
    "recipients") as the same resolved actor or the same country and sector ("the Houthis" and
    their spokesman), or, ``loose``, the same country: a country alone may be either side's
    ("Israelis" protesting against Netanyahu), so it moves no party to the other side, yet
    it tells a side that may be the other's, misread."""
    theirs = {_party(r) for m in cluster.members for r in m.record.get(role) or ()}
    keys = {key for key, _, _ in theirs if not key.startswith(_GENERIC)}
    sectors = {sector for _, sector, _ in theirs if sector}
    countries = {country for _, _, country in theirs if country} if loose else set()
    return any(key in keys or sector in sectors or country in countries for key, sector, country in parties)


def _sector_credit(report: Report, cluster: Cluster, p: Params) -> float:
    """Credit when no party could be compared, because one side names none of known country
    ("an armoured reserve brigade" against "the IDF"), but both name parties of one sector:
    weak, as a sector alone is generic, yet with the type, the day and an agreeing place it
    tells a deployment from the day's others."""
    if report.countries and cluster.countries or not report.sector_kinds & cluster.sector_kinds:
        return 0.0
    return p.weights["actor_sector"]


def _vessels(ids: Iterable[str]) -> frozenset[str]:
    """The named ships among participant ids (see ``events_vessels.VESSEL_ID``)."""
    return frozenset(i for i in ids if i.startswith(VESSEL_ID))


def _role_conflicts(report: Report, cluster: Cluster) -> int:
    """In how many roles both name a party that is more than a country, and the report's
    countries in that role appear nowhere in the cluster: Israel striking Hamas is not
    Israel striking Hezbollah that day, though the actors agree. (A party the cluster has
    in the other role is not counted: on one day that is more often a misread role. A
    coalition or an international body conflicts with no nation, see :func:`_nations`. Nor
    does a role in which both name one resolved actor alike, whose country one of them lacks.)"""
    return ((bool(_nations(report.actor_specific) and _nations(cluster.actor_specific))
             and report.actor_countries.isdisjoint(cluster.countries)
             and report.actor_ids.isdisjoint(cluster.actor_ids))
            + (bool(_nations(report.recipient_specific) and _nations(cluster.recipient_specific))
               and report.recipient_countries.isdisjoint(cluster.countries)
               and report.recipient_ids.isdisjoint(cluster.recipient_ids)))


def _other_counterparts(report: Report, cluster: Cluster) -> bool:
    """Whether the report and the cluster each name two or more nations by specific parties,
    share one, and each has one the other lacks: the same minister meeting, or calling,
    different counterparts that day ("Araghchi and Egypt's Abdelatty" is not "Araghchi and
    Oman's Albusaidi"), which the roles do not tell apart when all are actors of talks."""
    mine = _nations(report.actor_specific | report.recipient_specific)
    theirs = _nations(frozenset(cluster.actor_specific | cluster.recipient_specific))
    return len(mine) >= 2 and len(theirs) >= 2 and bool(mine & theirs) \
        and not mine <= cluster.countries and not theirs <= report.countries


def _other_persons(report: Report, cluster: Cluster) -> bool:
    """Whether the report and the cluster both name known people and share none: the Saudi
    foreign minister meeting the UN envoy is not the crown prince's call with Iran's
    president that day, though their country and sector agree. Reports of one event name
    at least one of its people alike ("Saudi Arabia's crown prince" is resolved to the same
    person as "Mohammed bin Salman")."""
    return bool(report.persons and cluster.persons and report.persons.isdisjoint(cluster.persons)) \
        or report.type not in _RECIPROCAL_TYPES and _other_named_persons(report.named, cluster.named)


def _other_named_persons(mine: frozenset[str] | set[str], theirs: frozenset[str] | set[str]) -> bool:
    """Whether two sets of actors that are people the knowledge base lacks (provisional ids)
    are both given and no name of one shares a name word with a name of the other: Health
    Minister Wael Abu Faour's plea is not Education Minister Elias Bou Saab's, though both
    are Lebanon's government. Not for meetings and agreements (the caller): one report
    names the host as their actor, another the guest. A shared word ("Bou Saab" and "Elias
    Abou Saab", a surname with or without a given name) may be one person spelt two ways,
    and counts as no conflict; a person the knowledge base knows against one it lacks is
    never compared (the unknown name may be the known person's other spelling)."""
    if not mine or not theirs:
        return False
    words = [set(_name_words(n)) for n in mine]
    others = [set(_name_words(n)) for n in theirs]
    if not all(words) or not all(others):
        return False
    return all(a.isdisjoint(b) for a in words for b in others)


#: Particles of names that strangers share ("Abu Faour", "Abou Saab", "bin Salman", "al-Assad").
_NAME_PARTICLES = frozenset({"al", "el", "ad", "as", "ar", "an", "at", "az", "abu", "abou", "bou", "bin",
                             "ben", "ibn", "bint", "abd", "abdel", "abdul", "de", "da", "di", "du", "la",
                             "le", "van", "von", "der", "mc", "mac", "ould", "wa"})


def _name_words(actor_id: str) -> list[str]:
    """The words of a provisional id's name, less particles and initials (:data:`_NAME_PARTICLES`):
    "prov:wael_abu_faour" -> ["wael", "faour"]."""
    return [w for w in actor_id[len(PROVISIONAL_ID):].split("_") if len(w) > 1 and w not in _NAME_PARTICLES]


def _other_targets(report: Report, cluster: Cluster, p: Params) -> bool:
    """Whether both name who acted and a known actor they acted at, the actors share a
    nation, and the known targets' nations are disjoint: Sudan accusing Chad is not Sudan
    accusing the RSF that day, though the accuser is the same, and Turkey closing its ports
    to Israel is not Turkey freezing the assets of the PKK. Reports of one event name its
    target alike as far as the nation goes ("Chad", "N'Djamena" and "its western neighbour";
    "the RSF" and "Daglo's forces"). A place struck counts for no target here: "Sidakan" and
    "the PKK" are one Turkish strike; nor does the target of a member that names no actor,
    more often a misread role (the donor as the recipient of its own aid). A report that
    names no target, or only a kind of party ("ships"), conflicts with none."""
    if report.type in _RELAYED_TYPES or not report.actor_countries:
        return False
    mine = _nations(_known_targets(report, p))
    theirs = _nations(frozenset().union(*(_known_targets(m, p) for m in cluster.members
                                          if m.actor_countries and m.type not in _RELAYED_TYPES)))
    return bool(mine and theirs and mine.isdisjoint(theirs)
                and _nations(report.actor_countries) & cluster.actor_countries)


def _other_bodies_addressed(report: Report, cluster: Cluster) -> bool:
    """Whether both name international bodies (no nation's, see :func:`_nations`) as known
    recipients and share none: Somalia's appeal to the FAO over locusts is not its call to the
    WHO for test kits the next day. Their shared code (UNO, IGO) is no nation that reports of
    one event could name differently; such a body is named alike, by its name or acronym."""
    mine = _bodies_of_no_nation(report.record.get("recipients") or ())
    theirs = _bodies_of_no_nation(r for m in cluster.members for r in m.record.get("recipients") or ())
    return bool(mine and theirs) and not any(a in _lineage(b) or b in _lineage(a) for a in mine for b in theirs)


def _bodies_of_no_nation(refs: Iterable[Mapping[str, Any]]) -> frozenset[str]:
    """The resolved actor ids of bodies whose code is no nation's (the WHO, the EU, an NGO) that
    the packaged actor KB holds, so that a body and the organisation above it can be told."""
    return frozenset(r["actor_id"] for r in refs if r.get("country") in NO_NATION and _lineage(r.get("actor_id") or ""))


@cache
def _lineage(actor_id: str) -> tuple[str, ...]:
    """The body and the organisations above it by the packaged actor KB's ``parent`` (UNSMIL,
    then the UN): "the UN" and its Libya mission are one addressee named coarser or finer.
    Empty for an id the KB does not hold as an organisation (a person, a provisional id)."""
    actors = load_kb().actors
    actor = actors.get(actor_id)
    if actor is None or actor.type == "person":
        return ()
    chain = [actor_id]
    while actor.parent and actor.parent in actors and actor.parent not in chain:
        chain.append(actor.parent)
        actor = actors[actor.parent]
    return tuple(chain)


def _known_targets(report: Report, p: Params) -> frozenset[str]:
    """Countries of the report's recipients resolved to a known actor (a state, group or
    person), not of a place struck. A statement or decision (``sceneless_types``) strikes
    no place, so there a state named by itself is its target as well (:func:`_named_state`)."""
    sceneless = report.type in p.sceneless_types
    return frozenset(r["country"] for r in report.record.get("recipients") or ()
                     if r.get("country") and (r.get("actor_id") or sceneless and _named_state(r, report)))


def _named_state(ref: Mapping[str, Any], report: Report) -> bool:
    """Whether a party is a state named by itself ("ports closed to ships trading with
    *Israel*"), not a word that only says where its true targets are from or pass: a
    nationality ("an *Iraqi* oil trader"), a compound ("*UAE-registered* firms"), a city
    standing for its state ("a businessman in *Baghdad*") or a country passed through
    (``passage_locatives``: "drones delivered to the group *through Chad*"). Reports of one
    sanction or accusation name the people, firms and routes by such words and differ in them."""
    if ref.get("type") != "state" or str(ref.get("reason") or "").startswith(METONYMY) \
            or "-" in str(ref.get("text") or ""):
        return False
    sentence = report.record.get("sentence") or {}
    before = str(sentence.get("text") or "")[:max(0, int(ref.get("start") or 0) - int(sentence.get("start") or 0))]
    words = before.lower().split()
    return not (words and words[-1] in load_place_lexicon().passage_locatives)


def _party_credit(party: tuple[str, str | None, str | None], cluster: Cluster, p: Params) -> float:
    """Credit of one party (key, country/sector, country) at the finest level the cluster
    shares: the same resolved actor; the same country and sector ("IDF" and "the Israeli
    army"); the same country where one side is given only at country level ("Israel" or
    "Israeli" against "IDF", which agree as far as the vaguer one says); the same country,
    other sectors; last, the same unresolved name or kind, weak because such names are generic
    ("residents", "gunmen"; an unnamed ship and any ship). A party without a country that matches nothing is not
    comparable and is left out of the mean by the caller."""
    key, sector, country = party
    w = p.weights
    if key in cluster.ids and not key.startswith(_GENERIC):
        return w["actor_id"]
    if _rival_group(key, cluster.ids):
        return 0.0  # "ELN guerrillas freed" and "FARC guerrillas freed": two groups, two events
    if sector is not None and sector in cluster.sectors:
        return w["actor_country_sector"]
    if country is not None and country in cluster.countries:
        general = _country_level(party) or country in cluster.general
        return w["actor_country_general"] if general else w["actor_country"]
    if _leader(key) in cluster.countries or country is not None and any(_leader(i) == country for i in cluster.ids):
        return w["coalition_leader"]  # "the Saudi-led coalition" and "Saudi Arabia": reports name either
    return w["actor_name"] if key in cluster.ids or _kinds([party]) & cluster.ids else 0.0


def _rival_group(key: str, ids: set[str]) -> bool:
    """Whether ``key`` is an armed group of the packaged actor KB and ``ids`` hold another
    armed group of its country that is neither its parent nor its wing: two named groups are
    two parties, however alike their country and sector (the ELN and the FARC)."""
    group = _armed_group(key)
    return group is not None and any(
        other is not None and other.id != group.id and other.country == group.country
        and other.parent != group.id and group.parent != other.id
        for other in map(_armed_group, ids))


def _rival_body(report: Report, cluster: Cluster, party: tuple[str, str | None, str | None]) -> bool:
    """Whether the party is an organisation the KB lacks, named by a head noun of ``org_heads``
    ("prov:national_cereals_and_produce_board"), and the cluster has another such organisation
    in the same role whose name shares no word with it ("prov:kenya_railways"): two named
    bodies censured, two parties. One sharing a word may be the same body named shorter
    ("Kenya Railways", "Kenya Railways Corporation"); one in the other role is another side."""
    words = _body_words(party[0])
    ids = cluster.actor_ids if _role_of(report, party) == "actors" else cluster.recipient_ids
    return bool(words) and any(other != party[0] and (others := _body_words(other)) and not words & others
                               for other in ids)


@cache
def _body_words(actor_id: str) -> frozenset[str]:
    """The words of a provisional organisation's name, one with a head noun of ``org_heads``
    at its end or its start ("Directorate of Drug Administration"); empty for any other id."""
    if not actor_id.startswith(PROVISIONAL_ID) or actor_id.startswith(VESSEL_ID):
        return frozenset()
    words = actor_id[len(PROVISIONAL_ID):].split("_")
    heads = load_kb().org_heads
    return frozenset(words) - _NAME_LINKS if (words[-1],) in heads or (words[0],) in heads else frozenset()


#: Words that link the words of a name and tell no body from another ("Food and Drug Board").
_NAME_LINKS = frozenset({"and", "of", "the", "for"})


@cache
def _armed_group(actor_id: str) -> Actor | None:
    """The armed group of the packaged actor KB with this id, None for any other id."""
    actor = load_kb().actors.get(actor_id)
    return actor if actor is not None and actor.type == "armed_group" else None


@cache
def _leader(actor_id: str) -> str | None:
    """The state leading a military coalition of the packaged actor KB (an IGO of the military
    sector: the first of its ``backed_by``), None for any other id.

    Why: reports of one air strike name the coalition or the state leading it ("coalition
    jets", "Saudi warplanes"); the two agree more than two strangers, less than one actor."""
    actor = load_kb().actors.get(actor_id)
    if actor is None or actor.type != "igo" or actor.sector != "MIL" or not actor.backed_by:
        return None
    return actor.backed_by[0]


def _kinds(parties: Iterable[tuple[str, str | None, str | None]]) -> frozenset[str]:
    """The kinds of party among these: a named ship is a ship, so an unnamed one in another
    report may be it (weak credit, like a shared unresolved name)."""
    return frozenset(SHIP_KIND for key, _, _ in parties if key.startswith(VESSEL_ID))


def _swapped(report: Report, cluster: Cluster) -> bool:
    """Each side of the report is the other side of the cluster and nothing agrees on the
    same side (ignored when the report has one country on both sides). Not for a meeting
    or an accord of one day: who hosted and who came is the report's choice ("Berisha
    welcomed Gruevski in Tirana", "Gruevski travelled to Tirana to confer with Albania")."""
    if report.type in _RECIPROCAL_TYPES and _date_gap(report, cluster) == 0:
        return False
    same_side = (report.actor_countries & cluster.actor_countries
                 or report.recipient_countries & cluster.recipient_countries)
    swapped = (report.actor_countries & cluster.recipient_countries
               and report.recipient_countries & cluster.actor_countries)
    return bool(swapped and not same_side
                and report.actor_countries.isdisjoint(report.recipient_countries))


def _reversed(report: Report, cluster: Cluster, p: Params) -> bool:
    """On another day, an actor that the cluster only ever has on the other side: Hezbollah
    firing rockets on Thursday is not the strike that killed its commander on Wednesday,
    even when the article about the first recalls the second and loses its other party. For a
    statement aimed at someone (``directed_types``) the same day too: a threat against the
    party that threatened is the reply, and reports rarely misread a speaker. A state itself
    counts only across days: "Erdogan warned Turkey's foes" may come out as a threat to Turkey."""
    same_day = _date_gap(report, cluster) == 0
    if same_day and report.type not in p.directed_types:
        return False  # on one day a reversed role of a deed is more often a misread sentence
    reversed_ids = ((report.actor_ids & cluster.recipient_ids) - cluster.actor_ids
                    | (report.recipient_ids & cluster.actor_ids) - cluster.recipient_ids)
    return bool(reversed_ids - (report.countries | cluster.countries) if same_day else reversed_ids)


def _opposed(report: Report, cluster: Cluster, p: Params) -> bool:
    """No participant country is shared although both fill the same role with one, and at
    least one of the two names more than a country there. Two nationality words alone
    ("Israeli" against "Lebanese") are weak evidence against: the events stage attaches
    them loosely ("the southern Lebanese town of Nabatieh"), and a target town coded as a
    recipient carries only its country. Actors are never opposed when both name one resolved
    actor alike (a provisional id too): a speaker given her country in one report and none in
    the other is one speaker, and the country missing on one side is no disagreement."""
    same_actor = bool(report.actor_ids & cluster.actor_ids)
    if not same_actor and _other_speakers(report, cluster, p):
        return True
    if not report.countries or not cluster.countries or not report.countries.isdisjoint(cluster.countries):
        return False
    theirs = cluster.recipient_countries - frozenset().union(*map(_placed_civilians, cluster.members))
    return bool(not same_actor and _nations(report.actor_countries) and _nations(cluster.actor_countries)
                and (report.actor_specific or cluster.actor_specific)
                or _nations(report.recipient_countries - _placed_civilians(report)) and _nations(theirs)
                and (report.recipient_specific or cluster.recipient_specific))


def _placed_civilians(report: Report) -> frozenset[str]:
    """Countries the report's recipients have only as local civilians (see
    :func:`_local_civilians`: "arrested 7 people in Atyrau"): the place's country, which the
    place part weighs, and no evidence against a target named elsewhere as a foreigner
    ("detained a Ukrainian, Makariv"), who may be one of those people."""
    parties = [_party(r) for r in report.record.get("recipients") or ()]
    local = {party[2] for party in parties if _local_civilians(report, party)}
    return frozenset(local - {party[2] for party in parties if not _local_civilians(report, party)})


def _other_speakers(report: Report, cluster: Cluster, p: Params) -> bool:
    """A statement or decision whose actors' nations appear nowhere in the cluster, which
    has actors of its own: Britain sanctioning Houthi commanders is not Washington's
    sanctions on their financiers that day, though both name the Houthis. For statements the
    actor is the speaker or the decider, which reports rarely misread, even as a bare
    country word. The same holds for a giver (``one_sided_types``): Egypt's relief flight
    to Beirut is not Iraq's of the day before; joint donors share a nation."""
    if not (report.family.startswith(VERBAL) or report.type in p.one_sided_types):
        return False
    mine = _nations(report.actor_countries)
    return bool(mine and _nations(frozenset(cluster.actor_countries)) and mine.isdisjoint(cluster.countries))


def _nations(countries: frozenset[str]) -> frozenset[str]:
    """The codes that name a nation: a coalition or an international body (IGO, UNO, ...)
    is led or staffed by nations, so it is never opposed to one ("the coalition" and "US
    forces" leaving the same base are one withdrawal)."""
    return countries - NO_NATION


#: The parts of :func:`score`, in the order they are checked (cheap vetoes first).
SCORE_PARTS = (("type", _type_part), ("date", _date_part), ("place", _place_part),
               ("participants", _participant_part))


def pair_score(first: Report, second: Report, p: Params | None = None
               ) -> tuple[float | None, dict[str, Any]]:
    """What a pair says on its own: the score of ``second`` against a cluster holding only
    ``first``, and its parts (for diagnostics; :func:`assign` scores against whole clusters,
    whose merged features may say more)."""
    p = p or load_params()
    cluster = Cluster(CLUSTER_PREFIX + first.event_id)
    cluster.add(first)
    parts: dict[str, Any] = {}
    return score(second, cluster, p, parts), parts


def _distance(report: Report, place: Report) -> float:
    """Kilometres between the nearest points of two places (a listed sea is a chain)."""
    return min(haversine_km(a, b, c, d) for a, b in report.points for c, d in place.points)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


@dataclass
class Assignment:
    """What :func:`assign` decided: the cluster of every placed report, and every cluster
    a placed report founded or joined (with all its members, old and new)."""

    cluster_of: dict[str, str]
    touched: dict[str, Cluster]


def _order(report: Report) -> tuple[int, str, str]:
    return (report.day if report.day is not None else 10**9, report.doc.published or "", report.event_id)


def placement_order(report: Report) -> tuple[int, int, str, str]:
    """The order in which :func:`assign` places reports: by sweep (tier), then by day."""
    return (report.tier, *_order(report))


def assign(reports: Iterable[Report], existing: Mapping[str, Iterable[Report]] | None = None,
           params: Params | None = None) -> Assignment:
    """Place ``reports`` into clusters, joining ``existing`` ones (cluster id -> members)
    where they fit; undated reports found clusters of their own."""
    p = params or load_params()
    seeded = []
    for cluster_id, members in (existing or {}).items():
        cluster = Cluster(cluster_id)
        for member in sorted(members, key=_order):
            cluster.add(member)
        seeded.append(cluster)
    cluster_of: dict[str, str] = {}
    touched: dict[str, Cluster] = {}
    founders: list[Report] = []
    pending = sorted(reports, key=_order)
    _drop_inner_additives(pending)
    # The most informative reports first (a stated day and a place, then a day, then the
    # rest): a vague report then chooses among clusters anchored on exact reports, instead
    # of founding a vague cluster that the exact reports score poorly against.
    for tier in (0, 1, 2):
        index = _Index([*seeded, *touched.values()])
        for report in (r for r in pending if r.tier == tier):
            best = _best_cluster(report, index, p)
            if best is None:
                best = Cluster(CLUSTER_PREFIX + report.event_id)
                founders.append(report)
            best.add(report)
            index.file(best, report.blocks)
            cluster_of[report.event_id] = best.cluster_id
            touched[best.cluster_id] = best
    _rejoin_lone_reports(sorted(founders, key=_order), [*seeded, *touched.values()],
                         cluster_of, touched, p)
    _join_antecedents(pending, cluster_of, touched, p)
    return Assignment(cluster_of, touched)


def _join_antecedents(reports: list[Report], cluster_of: dict[str, str], touched: dict[str, Cluster],
                      p: Params) -> None:
    """A report still alone that names no place and no party beyond unresolved nouns
    ("Three fighters were killed in the attack", "Protesters burned tyres") is a follow-up
    of its own document's report of that type, which placed it; it joins that report's
    cluster when the document has exactly one such cluster and the dates agree. Across
    documents such a report says too little to join anything."""
    by_doc: dict[str, list[Report]] = defaultdict(list)
    for report in reports:
        by_doc[report.doc_id].append(report)
    for report in reports:
        own = touched.get(cluster_of[report.event_id])
        if own is None or len(own.members) > 1 or report.lat is not None or any(
                country or not key.startswith(_GENERIC) for key, _, country in report.parties):
            continue
        hosts = {cluster_of[r.event_id] for r in by_doc[report.doc_id]
                 if r is not report and r.type == report.type}
        host = touched.get(next(iter(hosts))) if len(hosts) == 1 else None
        if host is None or _date_part(report, host, p) is None:
            continue
        del touched[own.cluster_id]
        host.add(report)
        cluster_of[report.event_id] = host.cluster_id


def _drop_inner_additives(reports: list[Report]) -> None:
    """Unmark a report as one more event of its kind when its own document reported an
    event of its type family before it ("arrived in Tehran ... also held talks"): the
    other event the writer means is then in the document, not a report elsewhere."""
    by_doc: dict[str, list[Report]] = defaultdict(list)
    for report in reports:
        by_doc[report.doc_id].append(report)
    for members in by_doc.values():
        seen: set[str] = set()
        for report in sorted(members, key=_trigger_start):
            if report.family in seen:
                report.additive = report.repeat = False
            seen.add(report.family)


def _trigger_start(report: Report) -> int:
    start = (report.record.get("trigger") or {}).get("start")
    return start if isinstance(start, int) else 0


def _rejoin_lone_reports(founders: list[Report], clusters: list[Cluster],
                         cluster_of: dict[str, str], touched: dict[str, Cluster], p: Params) -> None:
    """A second look at reports still alone after the sweeps: a cluster that grew after such
    a report was placed may agree with it now (a later report brought the country it
    shares, say), and the report still has to agree with the cluster as a whole. Only
    clusters of two or more reports are candidates, so that lone reports do not pair up in
    an order-dependent way, and cluster ids do not change."""
    index = _Index([c for c in clusters if len(c.members) > 1])
    for report in founders:
        own = touched[cluster_of[report.event_id]]
        if len(own.members) > 1:
            continue
        best = _best_cluster(report, index, p)
        if best is None:
            continue
        del touched[own.cluster_id]
        best.add(report)
        index.file(best, report.blocks)
        cluster_of[report.event_id] = best.cluster_id
        touched[best.cluster_id] = best


class _Bucket(list):  # type: ignore[type-arg]
    """The clusters under one block key, and the day they were last pruned for."""

    pruned: int | None = None


class _Index:
    """Clusters under their block keys, for reports that come in order of their first day.

    Clusters given at the start (those of earlier sweeps or runs) are filed only once a
    report's date interval comes within the widest window of their first day, and a cluster
    whose last day falls out of reach is dropped from a bucket: each report is then compared
    with the clusters of its own weeks, not of the whole corpus. Undated clusters are never
    filed, as no report can join them."""

    def __init__(self, clusters: Iterable[Cluster] = ()) -> None:
        self.buckets: dict[tuple[str, str], _Bucket] = defaultdict(_Bucket)
        self.waiting = sorted((c for c in clusters if c.date is not None),
                              key=lambda c: c.first_day, reverse=True)

    def candidates(self, report: Report, reach: int) -> Iterable[Cluster]:
        """Live clusters under the report's block keys, each once."""
        assert report.day is not None and report.hi is not None
        while self.waiting and self.waiting[-1].first_day <= report.hi + reach:
            cluster = self.waiting.pop()
            self.file(cluster, {k for m in cluster.members for k in m.blocks})
        seen: set[int] = set()
        for key in report.blocks:
            live = self.buckets.get(key)
            if not live:
                continue
            if live.pruned != report.day:
                # Reports come by first day, so a cluster out of reach now stays out of reach.
                live[:] = [c for c in live if c.last_day + reach >= report.day]
                live.pruned = report.day
            for cluster in live:
                if id(cluster) not in seen:
                    seen.add(id(cluster))
                    yield cluster

    def file(self, cluster: Cluster, keys: Iterable[tuple[str, str]]) -> None:
        """File ``cluster`` under ``keys``, once per key."""
        for key in keys:
            bucket = self.buckets[key]
            if cluster not in bucket:
                bucket.append(cluster)


def _best_cluster(report: Report, index: _Index, p: Params) -> Cluster | None:
    """The best-scoring live cluster reaching the threshold among the report's blocks;
    between equal scores the larger cluster (the event more outlets cover), then the
    smaller id (any fixed rule: candidates come in an order that varies between runs)."""
    if report.day is None:
        return None
    best, best_rank = None, (0.0, 0)
    for cluster in index.candidates(report, p.widest_window):
        value = score(report, cluster, p)
        if value is None or round(value, 9) < p.threshold:
            continue
        rank = (round(value, 9), len(cluster.members))
        if best is None or rank > best_rank or (rank == best_rank and cluster.cluster_id < best.cluster_id):
            best, best_rank = cluster, rank
    return best


def cluster_events(events: Iterable[Event | Mapping[str, Any]],
                   docs: Mapping[str, DocFacts] | None = None,
                   params: Params | None = None) -> dict[str, str]:
    """Event id -> cluster id for a set of events (a full run, no existing clusters)."""
    p = params or load_params()
    docs = docs or {}
    reports = []
    for event in events:
        data = event.to_dict() if isinstance(event, Event) else event
        reports.append(make_report(data, docs.get(data["doc_id"]), p))
    return assign(reports, params=p).cluster_of
