"""What a cluster of reports says: one canonical record, and how well it is corroborated.

The canonical record takes the most specific date and place any member gives, the union of
the parties, the most frequent type and the most certain modality, so that one row stands
for the real-world event. Corroboration counts *independent* sources (syndicated copies of
one story, and several stories of one outlet, count once) and keeps disagreements side by
side instead of averaging them away: different tolls, different perpetrators, different
dates or places are listed with the reports that give each.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Any

from lapwing.clustering import Cluster, Params, Report, actor_key, load_params

SIZE_FIELDS = ("dead", "injured", "arrested")


@dataclass(frozen=True)
class ClusterSummary:
    """A cluster as stored and shown: canonical record, corroboration, member event ids."""

    cluster_id: str
    canonical: dict[str, Any]
    corroboration: dict[str, Any]
    members: list[str]


def summarise(cluster: Cluster, params: Params | None = None) -> ClusterSummary:
    """Canonical record and corroboration of one cluster (members in any order)."""
    p = params or load_params()
    members = sorted(cluster.members, key=lambda r: (r.doc.published or "", r.event_id))
    return ClusterSummary(
        cluster_id=cluster.cluster_id,
        canonical=canonical_record(cluster.cluster_id, members, p),
        corroboration=corroboration(members),
        members=[r.event_id for r in members],
    )


def canonical_record(cluster_id: str, members: list[Report], p: Params) -> dict[str, Any]:
    """One event-shaped record for the cluster (JSON form, like ``Event.to_dict``)."""
    types = Counter(r.type for r in members)
    main_type = min(types, key=lambda t: (-types[t], t))
    modes = Counter(r.record.get("mode") for r in members if r.type == main_type and r.record.get("mode"))
    certainty = {m: i for i, m in enumerate(p.modality_certainty)}
    dated = [r for r in members if r.lo is not None]
    located = [r for r in members if r.lat is not None]
    actors, recipients = _parties(members)
    return {
        "cluster_id": cluster_id,
        "type": main_type,
        "mode": min(modes, key=lambda m: (-modes[m], m)) if modes else None,
        "modality": min((r.modality for r in members), key=lambda m: certainty.get(m, len(certainty))),
        "actors": actors,
        "recipients": recipients,
        "date": _most_specific(dated, _date_rank, lambda r: _key(r.record["date"]))
        .record["date"] if dated else {"precision": "unknown", "basis": "unknown"},
        "location": _most_specific(located, lambda r: r.place_weight, lambda r: r.place_key)
        .record["location"] if located else None,
        "size": _size(members),
        "confidence": max(r.confidence for r in members),
    }


def _date_rank(report: Report) -> tuple[float, bool]:
    """How specific a member's date is; a day the text gives for the event itself beats the
    day of the statement that reports it (basis ``report``: the event happened by then)."""
    return report.date_weight, (report.record.get("date") or {}).get("basis") == "explicit"


def _most_specific(reports: list[Report], weight: Callable[[Report], Any],
                   value: Callable[[Report], Hashable]) -> Report:
    """The report with the highest weight; among equals the most often repeated value,
    then the earliest report (``reports`` come in publication order)."""
    counts = Counter(value(r) for r in reports)
    ranked = enumerate(reports)
    return max(ranked, key=lambda ir: (weight(ir[1]), counts[value(ir[1])], -ir[0]))[1]


def _key(value: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(sorted((k, str(v)) for k, v in value.items()))


def _parties(members: list[Report]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Union of the members' actors and recipients, each party once, in the role most
    reports give it (ties: actor), the first fully resolved reference kept."""
    refs: dict[str, dict[str, Any]] = {}
    roles: dict[str, Counter[str]] = {}
    for report in members:
        for role in ("actors", "recipients"):
            for ref in report.record.get(role) or []:
                key = actor_key(ref)
                if key not in refs or (ref.get("sector") and not refs[key].get("sector")):
                    refs[key] = dict(ref)
                roles.setdefault(key, Counter())[role] += 1
    actors = [refs[k] for k, c in roles.items() if c["actors"] >= c["recipients"]]
    recipients = [refs[k] for k, c in roles.items() if c["actors"] < c["recipients"]]
    return actors, recipients


def _size(members: list[Report]) -> dict[str, int | None] | None:
    """Per count, the value most reports give; ties go to the latest report (tolls are
    revised as bodies are found, rarely the other way)."""
    out: dict[str, int | None] = {}
    for name in SIZE_FIELDS:
        values = [(r.record.get("size") or {}).get(name) for r in members]
        given = [(i, v) for i, v in enumerate(values) if v is not None]
        counts = Counter(v for _, v in given)
        out[name] = max(given, key=lambda iv: (counts[iv[1]], iv[0]))[1] if given else None
    return out if any(v is not None for v in out.values()) else None


def corroboration(members: list[Report]) -> dict[str, Any]:
    """Reports, independent sources, report times, modalities and conflicting details."""
    docs = {r.doc_id: r.doc for r in members}
    published = sorted(d.published for d in docs.values() if d.published)
    modalities = Counter(r.modality for r in members)
    return {
        "events": len(members),
        "reports": len(docs),
        "sources": independent_sources(docs.items()),
        "outlets": sorted({d.source for d in docs.values() if d.source}),
        "first_report": published[0] if published else None,
        "last_report": published[-1] if published else None,
        "asserted": modalities["asserted"] > 0,
        "modalities": dict(sorted(modalities.items())),
        "conflicts": conflicts(members),
    }


def independent_sources(docs: Iterable[tuple[str, Any]]) -> int:
    """Groups of documents that are not independent of each other: a syndicated copy joins
    the story it copies (``duplicate_of``), and all stories of one outlet are one source."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    members = []
    for doc_id, facts in docs:
        members.append(doc_id)
        links = [f"doc:{facts.duplicate_of}"] if facts.duplicate_of else []
        if facts.source:
            links.append("outlet:" + " ".join(facts.source.casefold().split()))
        for link in links:
            parent[find(f"doc:{doc_id}")] = find(link)
    return len({find(f"doc:{d}") for d in members})


def conflicts(members: list[Report]) -> dict[str, list[dict[str, Any]]]:
    """Details on which reports disagree, each value with the documents that give it:
    tolls, perpetrators (the actor role), explicit day dates and named places."""
    details: dict[str, Callable[[Report], Any]] = {
        **{name: (lambda r, n=name: (r.record.get("size") or {}).get(n)) for name in SIZE_FIELDS},
        "perpetrators": lambda r: tuple(sorted(actor_key(a) for a in r.record.get("actors") or [])) or None,
        "date": lambda r: (r.record.get("date") or {}).get("value")
        if (r.record.get("date") or {}).get("basis") == "explicit" else None,
        "place": lambda r: (r.record.get("location") or {}).get("name") if r.lat is not None else None,
    }
    out: dict[str, list[dict[str, Any]]] = {}
    for name, read in details.items():
        by_value: dict[Any, set[str]] = {}
        for report in members:
            value = read(report)
            if value is not None:
                by_value.setdefault(value, set()).add(report.doc_id)
        if len(by_value) > 1:
            out[name] = [
                {"value": list(v) if isinstance(v, tuple) else v, "reports": sorted(docs)}
                for v, docs in sorted(by_value.items(), key=lambda kv: (-len(kv[1]), str(kv[0])))
            ]
    return out
