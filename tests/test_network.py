"""The actor network: edges per period counted once per real-world event, PLOVER scores,
country+sector aggregation, relations as typed edges, and the three file formats."""

import datetime as dt
import io
import json
import xml.etree.ElementTree as ET

import pytest

from lapwing.event_rows import CountedEvent, Party
from lapwing.network import build_network, event_score, write_network

IDF = Party("idf", "Israel Defense Forces", "ISR", "MIL", "military")
ISRAEL = Party("ISR", "Israel", "ISR", None, "state")
HEZBOLLAH = Party("hezbollah", "Hezbollah", "LBN", "PRM", "armed_group")
IRAN = Party("IRN", "Iran", "IRN", None, "state")


def event(key, type_="ASSAULT", day="2024-03-01", actors=(IDF,), recipients=(HEZBOLLAH,), mode=None):
    return CountedEvent(key, type_, mode, dt.date.fromisoformat(day), "day", tuple(actors),
                        tuple(recipients), frozenset(p.country for p in (*actors, *recipients)))


def test_scores_come_from_the_plover_manual():
    assert event_score("ASSAULT") == -9
    assert event_score("ASSAULT", "drone") == -9.5
    assert event_score("AID") == 10
    assert event_score("ACCUSE") == -3  # the manual's +3 read as a dropped minus sign
    assert event_score("NOT_A_TYPE") is None


def test_edges_are_counted_per_period_and_type_with_mean_scores():
    events = [event("c1"), event("c2", day="2024-03-20", mode="drone"),
              event("c3", type_="THREATEN", day="2024-03-21"), event("c4", day="2024-04-02")]
    network = build_network(events, period="month")
    march, april = network.edges
    assert (march.source, march.target, march.period.key) == ("idf", "hezbollah", "2024-03")
    assert march.counts == {"ASSAULT": 2, "THREATEN": 1}
    assert march.score == pytest.approx((-9 - 9.5 - 3.5) / 3, abs=1e-3)
    assert (april.period.key, april.weight) == ("2024-04", 1)


def test_one_event_counts_once_per_edge_even_when_parties_collapse():
    """IDF and Israel both become ISR-... nodes at country level: ISR -> LBN-PRM once."""
    network = build_network([event("c1", actors=(IDF, ISRAEL))], period="all", level="country")
    assert sorted(network.nodes) == ["ISR", "ISR-MIL", "LBN-PRM"]
    assert [(e.source, e.target, e.weight) for e in network.edges] == [
        ("ISR", "LBN-PRM", 1), ("ISR-MIL", "LBN-PRM", 1)]


def test_relations_are_typed_edges_without_scores():
    network = build_network([], [(IRAN, "backs", HEZBOLLAH, dt.date(2024, 3, 5))], period="week")
    (edge,) = network.edges
    assert (edge.kind, edge.period.key, edge.score, edge.weight) == ("relation:backs", "2024-W10", None, 1)


def test_undated_events_only_count_in_the_all_period():
    undated = CountedEvent("c1", "ASSAULT", None, None, "unknown", (IDF,), (HEZBOLLAH,), frozenset())
    assert build_network([undated], period="month").edges == []
    assert len(build_network([undated], period="all").edges) == 1


def write(network, fmt):
    out = io.StringIO()
    write_network(network, fmt, out)
    return out.getvalue()


def test_json_gexf_and_graphml_carry_the_same_edges():
    network = build_network([event("c1"), event("c2", day="2024-04-02")], period="month")
    data = json.loads(write(network, "json"))
    assert data["periods"] == ["2024-03", "2024-04"]
    assert [e["weight"] for e in data["edges"]] == [1, 1]

    gexf = ET.fromstring(write(network, "gexf"))
    ns = {"g": "http://gexf.net/1.3"}
    graph = gexf.find("g:graph", ns)
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    (edge,) = graph.findall("g:edges/g:edge", ns)
    assert edge.get("weight") == "2"
    spans = [(v.get("start"), v.get("value")) for v in edge.findall("g:attvalues/g:attvalue", ns)
             if v.get("for") == "count"]
    assert spans == [("2024-03-01", "1"), ("2024-04-01", "1")]

    graphml = ET.fromstring(write(network, "graphml"))
    ns = {"m": "http://graphml.graphdrawing.org/xmlns"}
    edges = graphml.findall("m:graph/m:edge", ns)
    assert len(edges) == 2
    data_of = {d.get("key"): d.text for d in edges[0].findall("m:data", ns)}
    assert data_of["n_ASSAULT"] == "1" and data_of["score"] == "-9.0"


def test_unknown_format_and_level_say_what_to_use():
    with pytest.raises(ValueError, match="json, gexf, graphml"):
        write(build_network([]), "dot")
    with pytest.raises(ValueError, match="actor, country"):
        build_network([], level="city")
