"""Clustering: a vicinity named by a compass offset ("a range west of Doha") reaches further
that way, not the other. Sentences and places written for these tests."""

from __future__ import annotations

from lapwing.clustering import cluster_events

ARMY = {"text": "the army", "actor_id": "qat_armed_forces", "country": "QAT", "sector": "MIL"}
DOHA = {"text": "Doha", "name": "Doha", "lat": 25.285, "lon": 51.531, "country": "QAT", "feature": "city",
        "precision": "vicinity"}
# a town 77 km west of Doha, and a point as far east (out at sea)
WEST_TOWN = {"text": "Dukhan", "name": "Dukhan", "lat": 25.425, "lon": 50.782, "country": "QAT", "feature": "city"}
EAST_POINT = {"text": "Eastport", "name": "Eastport", "lat": 25.285, "lon": 52.30, "country": "QAT",
              "feature": "city"}


def _drill(event_id: str, place: dict, sentence: str = "") -> dict:
    start = sentence.find(place["text"]) if sentence else 0
    return {"event_id": event_id, "doc_id": event_id.split(":")[0], "type": "COOPERATE", "modality": "asserted",
            "actors": [ARMY], "recipients": [], "confidence": 0.8,
            "date": {"value": "2024-03-01", "start": "2024-03-01", "end": "2024-03-01", "precision": "day",
                     "basis": "explicit"},
            "location": {**place, "start": start, "end": start + len(place["text"])},
            "sentence": {"start": 0, "end": len(sentence), "text": sentence}}


def _together(a: dict, b: dict) -> bool:
    return len(set(cluster_events([a, b]).values())) == 1


def test_a_vicinity_west_of_a_town_reaches_a_town_far_out_west():
    west = _drill("a:e1", DOHA, "The army began a drill at a desert range west of Doha.")
    assert _together(west, _drill("b:e1", WEST_TOWN, "The army began a drill near Dukhan."))


def test_a_vicinity_west_of_a_town_does_not_reach_as_far_east():
    west = _drill("a:e1", DOHA, "The army began a drill at a desert range west of Doha.")
    assert not _together(west, _drill("b:e1", EAST_POINT, "The army began a drill near Eastport."))


def test_a_plain_vicinity_keeps_its_ring():
    near = _drill("a:e1", DOHA, "The army began a drill at a desert range near Doha.")
    assert not _together(near, _drill("b:e1", WEST_TOWN, "The army began a drill near Dukhan."))
