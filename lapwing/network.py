"""The actor network over time: who acts on whom, how often, and how hostile, per period.

Edges run from each actor to each recipient of a counted event (one per real-world event,
see :mod:`lapwing.event_rows`), per period (ISO week, month, or all), with counts per
PLOVER type and a conflict-cooperation score: the mean of the events' PLOVER scores
(``lexicons/plover_scores.yaml``; a mode's own score when the manual gives one), from -10
(most conflictual) to +10. Nodes are actors, or aggregated to country+sector
(``ISR-MIL``). Standing relations (``backs``, ``member_of`` ...) are typed edges of their
own (kind ``relation:<predicate>``), counted per period of their documents' publication.

Writers: GEXF 1.3 for Gephi (edge counts and scores as dynamic attributes over the
periods), GraphML (one edge per period), and JSON for the UI.
"""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import IO, Any

from lapwing.clustering import PLOVER_SCORES_PATH, read_params_file
from lapwing.event_rows import CountedEvent, Party, counted_events, party_of
from lapwing.export import GEXF_NAMESPACE, _attvalues, _xml
from lapwing.filters import Filters
from lapwing.periods import ALL, Period, period_of
from lapwing.store import Store

LEVELS: tuple[str, ...] = ("actor", "country")
NETWORK_FORMATS: tuple[str, ...] = ("json", "gexf", "graphml")
GRAPHML_NAMESPACE = "http://graphml.graphdrawing.org/xmlns"

#: (subject, predicate, object, day of the document) of one standing relation.
RelationEdge = tuple[Party, str, Party, dt.date | None]


@cache
def plover_scores() -> dict[str, tuple[float, dict[str, float]]]:
    """PLOVER type -> (score, mode -> score), from the scores lexicon."""
    table = read_params_file(PLOVER_SCORES_PATH, ["scores"])["scores"]
    return {t: (float(v["score"]), {m: float(s) for m, s in (v.get("modes") or {}).items()})
            for t, v in table.items()}


def event_score(event_type: str, mode: str | None = None) -> float | None:
    """The PLOVER score of a type (and mode, when the manual scores it); None if unknown."""
    entry = plover_scores().get(event_type.upper())
    if entry is None:
        return None
    base, modes = entry
    return modes.get((mode or "").lower().replace("_", "-"), base)


@dataclass(frozen=True)
class Node:
    key: str
    label: str
    country: str | None = None
    sector: str | None = None
    type: str | None = None


@dataclass
class Edge:
    """Events (or relations) from ``source`` to ``target`` of one kind in one period."""

    source: str
    target: str
    kind: str  # "event" or "relation:<predicate>"
    period: Period
    counts: Counter[str] = field(default_factory=Counter)
    score_sum: float = 0.0
    scored: int = 0

    @property
    def weight(self) -> int:
        return sum(self.counts.values())

    @property
    def score(self) -> float | None:
        """Mean PLOVER score of the edge's events; None for relations."""
        return round(self.score_sum / self.scored, 3) if self.scored else None


@dataclass
class Network:
    nodes: dict[str, Node]
    edges: list[Edge]
    level: str
    period: str


def build_network(events: Iterable[CountedEvent], relations: Iterable[RelationEdge] = (),
                  period: str = "month", level: str = "actor") -> Network:
    """Edges per (source, target, kind, period) from counted events and relations."""
    if level not in LEVELS:
        raise ValueError(f"unknown network level {level!r}: use one of {', '.join(LEVELS)}")
    nodes: dict[str, Node] = {}
    edges: dict[tuple[str, str, str, Period], Edge] = {}

    def edge(source: Party, target: Party, kind: str, day: dt.date | None) -> Edge | None:
        a, b = _node(nodes, source, level), _node(nodes, target, level)
        if a is None or b is None or a == b or (day is None and period != "all"):
            return None
        when = period_of(day, period) if day is not None else ALL
        key = (a, b, kind, when)
        if key not in edges:
            edges[key] = Edge(a, b, kind, when)
        return edges[key]

    for event in events:
        score = event_score(event.type, event.mode)
        pairs = {(s, t) for s in event.actors for t in event.recipients}
        seen: set[tuple[str, str]] = set()
        for source, target in sorted(pairs, key=lambda st: (st[0].key, st[1].key)):
            e = edge(source, target, "event", event.day)
            if e is None or (e.source, e.target) in seen:
                continue  # one real-world event counts once per edge
            seen.add((e.source, e.target))
            e.counts[event.type] += 1
            if score is not None:
                e.score_sum += score
                e.scored += 1
    for subject, predicate, obj, day in relations:
        e = edge(subject, obj, f"relation:{predicate}", day)
        if e is not None:
            e.counts[predicate] += 1
    ordered = sorted(edges.values(), key=lambda e: (e.source, e.target, e.kind, e.period.key))
    return Network(dict(sorted(nodes.items())), ordered, level, period)


def _node(nodes: dict[str, Node], party: Party, level: str) -> str | None:
    key = party.key if level == "actor" else party.country_key
    if key is None:
        return None
    if key not in nodes:
        if level == "actor":
            nodes[key] = Node(key, party.name, party.country, party.sector, party.type)
        else:
            nodes[key] = Node(key, key, party.country, party.sector)
    return key


def store_network(store: Store, filters: Filters | None = None, period: str = "month",
                  level: str = "actor") -> Network:
    """The network of the events (and relations of the documents) the filters select."""
    filters = filters or Filters()
    return build_network(counted_events(store, filters), _relations(store, filters), period, level)


def _relations(store: Store, filters: Filters) -> list[RelationEdge]:
    """Actor-to-actor relations of the selected documents (places as objects are left out)."""
    where, params = filters.document_where("d", through_events=filters.selects_events)
    rows = store.con.execute(
        f"SELECT r.subject, r.predicate, r.object, d.published FROM relations r "
        f"JOIN documents d ON d.doc_id = r.doc_id WHERE {where} AND r.modality <> 'negated' "
        "ORDER BY r.doc_id, r.seq",
        params,
    ).fetchall()
    out = []
    for subject, predicate, obj, published in rows:
        s, o = json.loads(subject), json.loads(obj)
        if "lat" in o or "geonameid" in o:
            continue
        out.append((party_of(s), predicate, party_of(o), published))
    return out


# --------------------------------------------------------------------------- writers


def to_json(network: Network) -> dict[str, Any]:
    """The network for the UI: nodes, edges (one per period) and the periods in order."""
    return {
        "level": network.level,
        "period": network.period,
        "periods": sorted({e.period.key for e in network.edges}),
        "nodes": [vars(n) for n in network.nodes.values()],
        "edges": [
            {"source": e.source, "target": e.target, "kind": e.kind, "period": e.period.key,
             "start": _iso(e.period.start), "end": _iso(e.period.end), "weight": e.weight,
             "counts": dict(sorted(e.counts.items())), "score": e.score}
            for e in network.edges
        ],
    }


def write_network(network: Network, fmt: str, stream: IO[str]) -> dict[str, int]:
    """Write ``network`` as ``fmt`` (json, gexf, graphml); returns node and edge counts."""
    writers = {"json": _write_json, "gexf": _write_gexf, "graphml": _write_graphml}
    if fmt not in writers:
        raise ValueError(f"unknown network format {fmt!r}: use one of {', '.join(NETWORK_FORMATS)}")
    writers[fmt](network, stream)
    return {"nodes": len(network.nodes), "edges": len(network.edges)}


def _write_json(network: Network, stream: IO[str]) -> None:
    json.dump(to_json(network), stream, ensure_ascii=False)
    stream.write("\n")


def _write_gexf(network: Network, stream: IO[str]) -> None:
    """GEXF 1.3: one edge per (source, target, kind) weighted by all its events, with the
    count and score of each period as dynamic attribute values (Gephi's timeline)."""
    dynamic = network.period != "all"
    root = ET.Element("gexf", {"xmlns": GEXF_NAMESPACE, "version": "1.3"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "Lapwing"
    ET.SubElement(meta, "description").text = (
        f"Actor network ({network.level} level, per {network.period}): counts and PLOVER "
        "conflict-cooperation scores")
    graph_attrs = {"defaultedgetype": "directed", "mode": "dynamic" if dynamic else "static"}
    if dynamic:
        graph_attrs["timeformat"] = "date"
    graph = ET.SubElement(root, "graph", graph_attrs)
    node_attrs = ET.SubElement(graph, "attributes", {"class": "node", "mode": "static"})
    for name in ("country", "sector", "type"):
        ET.SubElement(node_attrs, "attribute", {"id": name, "title": name, "type": "string"})
    edge_attrs = ET.SubElement(graph, "attributes",
                               {"class": "edge", "mode": "dynamic" if dynamic else "static"})
    for attr_id, kind in (("kind", "string"), ("count", "integer"), ("score", "double")):
        ET.SubElement(edge_attrs, "attribute", {"id": attr_id, "title": attr_id, "type": kind})
    node_list = ET.SubElement(graph, "nodes")
    for node in network.nodes.values():
        element = ET.SubElement(node_list, "node", {"id": _xml(node.key), "label": _xml(node.label)})
        values = {"country": node.country, "sector": node.sector, "type": node.type}
        _attvalues(element, {k: v for k, v in values.items() if v is not None})
    grouped: dict[tuple[str, str, str], list[Edge]] = defaultdict(list)
    for e in network.edges:
        grouped[(e.source, e.target, e.kind)].append(e)
    edge_list = ET.SubElement(graph, "edges")
    for i, ((source, target, kind), periods) in enumerate(grouped.items()):
        element = ET.SubElement(edge_list, "edge", {
            "id": f"e{i}", "source": _xml(source), "target": _xml(target),
            "label": _xml(kind), "weight": str(sum(e.weight for e in periods))})
        values = ET.SubElement(element, "attvalues")
        ET.SubElement(values, "attvalue", {"for": "kind", "value": _xml(kind)})
        for e in periods:
            span = {"start": _iso(e.period.start), "end": _iso(e.period.end)} if dynamic else {}
            ET.SubElement(values, "attvalue", {"for": "count", "value": str(e.weight), **span})
            if e.score is not None:
                ET.SubElement(values, "attvalue", {"for": "score", "value": str(e.score), **span})
    _write_xml(root, stream)


def _write_graphml(network: Network, stream: IO[str]) -> None:
    """GraphML: one directed edge per (source, target, kind, period), counts per type as
    keys of their own (``n_ASSAULT`` ...)."""
    types = sorted({t for e in network.edges for t in e.counts})
    root = ET.Element("graphml", {"xmlns": GRAPHML_NAMESPACE})
    keys = [("label", "node", "string"), ("country", "node", "string"),
            ("sector", "node", "string"), ("type", "node", "string"),
            ("kind", "edge", "string"), ("period", "edge", "string"),
            ("start", "edge", "string"), ("end", "edge", "string"),
            ("weight", "edge", "int"), ("score", "edge", "double"),
            *((f"n_{t}", "edge", "int") for t in types)]
    for name, domain, kind in keys:
        ET.SubElement(root, "key", {"id": _xml(name), "for": domain, "attr.name": _xml(name),
                                    "attr.type": kind})
    graph = ET.SubElement(root, "graph", {"id": "lapwing", "edgedefault": "directed"})
    for node in network.nodes.values():
        element = ET.SubElement(graph, "node", {"id": _xml(node.key)})
        _data(element, {"label": node.label, "country": node.country, "sector": node.sector,
                        "type": node.type})
    for i, e in enumerate(network.edges):
        element = ET.SubElement(graph, "edge", {"id": f"e{i}", "source": _xml(e.source),
                                                "target": _xml(e.target)})
        _data(element, {"kind": e.kind, "period": e.period.key, "start": _iso(e.period.start),
                        "end": _iso(e.period.end), "weight": e.weight, "score": e.score,
                        **{f"n_{t}": n for t, n in sorted(e.counts.items())}})
    _write_xml(root, stream)


def _data(element: ET.Element, values: dict[str, Any]) -> None:
    for key, value in values.items():
        if value is not None:
            ET.SubElement(element, "data", {"key": _xml(key)}).text = _xml(str(value))


def _write_xml(root: ET.Element, stream: IO[str]) -> None:
    ET.indent(root)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(root, encoding="unicode"))
    stream.write("\n")


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None
