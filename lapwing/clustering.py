"""Cross-document event clustering: which coded events are reports of one real-world event.

Machine-coded event data repeats itself: every syndicated copy and every follow-up story
yields the event again. This module merges reports of the same event, independently of
any database (:mod:`lapwing.clusters_store` feeds it from the store):

1. each event becomes a :class:`Report` (its matching features plus its document's outlet,
   publication date and syndication root);
2. reports are taken in date order and **blocked** by PLOVER quad ("type family") and by
   participant country or actor id, or by place: only clusters sharing a block key and
   still inside the date window are compared;
3. a transparent **score** (weights and vetoes in ``models/clustering.yaml``) compares the
   report with each candidate cluster's merged features; the report joins the best cluster
   reaching the threshold, or founds a new one.

Greedy assignment against clusters (not union-find over pairs) avoids chaining: a report
must agree with what the cluster as a whole says, not with one member of it. New
documents join existing clusters by the same code path (pass their members as
``existing``), so incremental runs and full runs apply one rule.

A cluster's id is ``c:`` + the id of the event that founded it, the earliest in a full run;
it never changes afterwards, even if an earlier report arrives later. Dates are compared as
intervals whose width comes from their precision (and a publication-date basis widens them
backwards), places by distance against radii that come from their precision: a month or a
country agrees with much and so says little.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from lapwing.records import Event

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
    place_radius_km: dict[str, float]
    place_slack_km: float
    place_specificity: dict[str, float]
    weights: dict[str, float]
    threshold: float
    modality_certainty: list[str]
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
    sectors: frozenset[str]  # by "country/sector"
    countries: frozenset[str]
    actor_countries: frozenset[str]
    recipient_countries: frozenset[str]
    day: int | None  # first day of the date as stated (the order reports are placed in)
    tier: int  # 0: a day stated in the text and a place; 1: a day; 2: anything vaguer
    lo: int | None  # date interval as ordinals, widened for publication-date bases
    hi: int | None
    date_weight: float
    lat: float | None
    lon: float | None
    radius: float
    place_weight: float
    place_key: str | None
    doc: DocFacts
    record: dict[str, Any]


def actor_key(ref: Mapping[str, Any]) -> str:
    """Resolved actors by id, others by lowercased name (the store's ``actor_key``)."""
    return ref.get("actor_id") or "name:" + str(ref.get("name") or ref.get("text") or "").lower()


def make_report(event: Event | Mapping[str, Any], doc: DocFacts | None = None,
                params: Params | None = None) -> Report:
    """The clustering view of one event (a record or its JSON form) and its document."""
    p = params or load_params()
    data = event.to_dict() if isinstance(event, Event) else dict(event)
    refs = [*(data.get("actors") or []), *(data.get("recipients") or [])]
    parties = tuple(dict.fromkeys(
        (actor_key(r), f"{r['country']}/{r.get('sector') or ''}" if r.get("country") else None,
         r.get("country")) for r in refs))
    day, lo, hi, date_weight = _date_interval(data.get("date") or {}, p)
    place = data.get("location") or {}
    level = place.get("precision") if place.get("precision") in p.place_radius_km else (
        place.get("feature") if place.get("feature") in p.place_radius_km else "other")
    has_point = place.get("lat") is not None and place.get("lon") is not None
    return Report(
        event_id=data["event_id"], doc_id=data["doc_id"], type=data["type"],
        family=p.families.get(data["type"], data["type"]),
        modality=data.get("modality") or "asserted",
        confidence=float(data.get("confidence") or 0.0),
        parties=parties,
        ids=frozenset(key for key, _, _ in parties),
        sectors=frozenset(sector for _, sector, _ in parties if sector),
        countries=frozenset(country for _, _, country in parties if country),
        actor_countries=frozenset(r["country"] for r in data.get("actors") or [] if r.get("country")),
        recipient_countries=frozenset(
            r["country"] for r in data.get("recipients") or [] if r.get("country")),
        day=day, tier=_tier(data.get("date") or {}, has_point),
        lo=lo, hi=hi, date_weight=date_weight,
        lat=place.get("lat") if has_point else None, lon=place.get("lon") if has_point else None,
        radius=float(p.place_radius_km[level]),
        place_weight=float(p.place_specificity[level]) if has_point else 0.0,
        place_key=(f"{place['lat']:.2f},{place['lon']:.2f}" if has_point else None),
        doc=doc or DocFacts(), record=data,
    )


def _tier(date: Mapping[str, Any], located: bool) -> int:
    """Which sweep places the report: the most informative reports found the clusters."""
    if date.get("precision") != "day":
        return 2
    return 0 if date.get("basis") == "explicit" and located else 1


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
    if value.get("basis") == "document":
        lo -= p.document_date_lag_days
        weight *= p.document_date_factor
    return day, lo, hi, weight


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
    countries: set[str] = field(default_factory=set)
    actor_countries: set[str] = field(default_factory=set)
    recipient_countries: set[str] = field(default_factory=set)
    date: Report | None = None  # the member with the most specific date
    place: Report | None = None  # the member with the most specific place
    last_day: int = -1  # latest day any member's interval reaches (for pruning)

    def add(self, report: Report) -> None:
        self.members.append(report)
        self.types[report.type] += 1
        self.ids |= report.ids
        self.sectors |= report.sectors
        self.countries |= report.countries
        self.actor_countries |= report.actor_countries
        self.recipient_countries |= report.recipient_countries
        if report.lo is not None and (self.date is None or report.date_weight > self.date.date_weight):
            self.date = report
        if report.lat is not None and (self.place is None or report.place_weight > self.place.place_weight):
            self.place = report
        if report.hi is not None:
            self.last_day = max(self.last_day, report.hi)


def block_keys(report: Report) -> list[tuple[str, str]]:
    """Where to look for clusters of this report: its family with each participant country
    (or actor key when there is no country), and with its place."""
    keys = [(report.family, c) for c in report.countries]
    keys += [(report.family, k) for k in report.ids if k.startswith("name:")]
    if report.place_key is not None:
        keys.append((report.family, "@" + report.place_key))
    return keys


def score(report: Report, cluster: Cluster, p: Params) -> float | None:
    """How strongly ``report`` belongs to ``cluster``; None when a veto rules it out."""
    if report.lo is None or cluster.date is None or report.family != cluster.members[0].family:
        return None
    w = p.weights
    anchor = cluster.date
    gap = max(0, max(report.lo, anchor.lo) - min(report.hi, anchor.hi))  # type: ignore[type-var, operator]
    if gap > p.date_window_days.get(report.family, 0):
        return None
    total = w["date"] * min(report.date_weight, anchor.date_weight) * (1.0 if gap == 0 else p.near_date_factor)
    total += w["same_type"] if report.type in cluster.types else w["same_family"]
    place = cluster.place
    if report.lat is not None and place is not None:
        distance = haversine_km(report.lat, report.lon, place.lat, place.lon)  # type: ignore[arg-type]
        reach = report.radius + place.radius + p.place_slack_km
        if distance > reach:
            return None
        total += w["place"] * min(report.place_weight, place.place_weight) * (1.0 - distance / reach)
    actors = _participant_score(report, cluster, p)
    if actors is None:
        return None
    return total + actors


def _participant_score(report: Report, cluster: Cluster, p: Params) -> float | None:
    """Mean over the report's parties of the finest level the cluster shares (actor id,
    country+sector, country); None when both name parties and share no country, or
    when the two sides are only swapped (A hits B against B hits A, the usual retaliation
    of the next day)."""
    same_side = (report.actor_countries & cluster.actor_countries
                 or report.recipient_countries & cluster.recipient_countries)
    swapped = (report.actor_countries & cluster.recipient_countries
               and report.recipient_countries & cluster.actor_countries)
    if swapped and not same_side and report.actor_countries.isdisjoint(report.recipient_countries):
        return None
    if report.countries and cluster.countries and report.countries.isdisjoint(cluster.countries):
        return None  # both name their parties and none is shared: another event
    if not report.parties:
        return 0.0
    w = p.weights
    total = 0.0
    for key, sector, country in report.parties:
        if key in cluster.ids:
            total += w["actor_id"]
        elif sector in cluster.sectors:
            total += w["actor_country_sector"]
        elif country in cluster.countries:
            total += w["actor_country"]
    return total / len(report.parties)


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
    pending = sorted(reports, key=_order)
    # The most informative reports first (a stated day and a place, then a day, then the
    # rest): a vague report then chooses among clusters anchored on exact reports, instead
    # of founding a vague cluster that the exact reports score poorly against.
    for tier in (0, 1, 2):
        sweep = [r for r in pending if r.tier == tier]
        index: dict[tuple[str, str], _Bucket] = defaultdict(_Bucket)
        for cluster in [*seeded, *touched.values()]:
            _index(index, cluster)
        for report in sweep:
            best = _best_cluster(report, index, p)
            if best is None:
                best = Cluster(CLUSTER_PREFIX + report.event_id)
            best.add(report)
            _index(index, best, block_keys(report))
            cluster_of[report.event_id] = best.cluster_id
            touched[best.cluster_id] = best
    return Assignment(cluster_of, touched)


class _Bucket(list):  # type: ignore[type-arg]
    """The clusters under one block key, and the day they were last pruned for."""

    pruned: int | None = None


def _best_cluster(report: Report, index: dict[tuple[str, str], _Bucket],
                  p: Params) -> Cluster | None:
    """The best-scoring live cluster reaching the threshold among the report's blocks;
    between equal scores the larger cluster (the event more outlets cover)."""
    if report.day is None:
        return None
    best, best_rank = None, (p.threshold, 0)
    seen: set[int] = set()
    for key in block_keys(report):
        live = index.get(key)
        if not live:
            continue
        if live.pruned != report.day:
            # Reports come by first day, so a cluster out of reach now stays out of reach.
            live[:] = [c for c in live if c.last_day + p.widest_window >= report.day]
            live.pruned = report.day
        for cluster in live:
            if id(cluster) in seen:
                continue
            seen.add(id(cluster))
            value = score(report, cluster, p)
            if value is None:
                continue
            rank = (round(value, 9), len(cluster.members))
            if rank > best_rank or (best is None and rank[0] >= best_rank[0]):
                best, best_rank = cluster, rank
    return best


def _index(index: dict[tuple[str, str], _Bucket], cluster: Cluster,
           keys: Iterable[tuple[str, str]] | None = None) -> None:
    """File ``cluster`` under ``keys`` (default: every member's keys), once per key."""
    for key in keys if keys is not None else {k for m in cluster.members for k in block_keys(m)}:
        bucket = index[key]
        if cluster not in bucket:
            bucket.append(cluster)


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
