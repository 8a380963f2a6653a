"""Clustering on tests/fixtures/cluster_heldout: structure only.

The set was written as a held-out set after the clustering parameters were fixed, but since
2026-11-21 its errors have been used to develop clustering, so it is a second development
set, not an estimate on unseen reports (see its README; the unseen set is
tests/fixtures/cluster_test). This test checks that the set is well formed and that the
evaluation runs on it; it prints the scores and does not assert the targets, because most of
the remaining misses come from event extraction, not clustering.
"""

import datetime as dt
import json
from pathlib import Path

from lapwing.eval.clusters import evaluate_folder, format_scores, read_gold

HELDOUT = Path(__file__).parent / "fixtures" / "cluster_heldout"
PAIR_KEYS = {"precision", "recall", "f1", "true_positive_pairs", "predicted_pairs", "gold_pairs"}

def documents():
    lines = (HELDOUT / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]

def test_every_document_parses():
    docs = documents()
    assert len(docs) >= 40
    for doc in docs:
        assert set(doc) == {"id", "text", "date", "source", "url"}, doc.get("id")
        assert isinstance(doc["text"], str) and doc["text"].strip(), doc["id"]
        assert isinstance(doc["source"], str) and doc["source"], doc["id"]
        dt.date.fromisoformat(doc["date"])
    assert len({d["id"] for d in docs}) == len(docs)

def test_gold_is_consistent_with_the_documents():
    docs = {d["id"]: d for d in documents()}
    gold = read_gold(HELDOUT / "gold.jsonl")
    assert len({g.event for g in gold}) == len(gold)
    assert {d for g in gold for d in g.documents} == set(docs)
    multi = [g for g in gold if len(g.documents) > 1]
    assert 10 <= len(multi) <= 12
    assert all(2 <= len(g.documents) <= 5 for g in multi)
    # each multi-document event is reported by different outlets
    assert all(len({docs[d]["source"] for d in g.documents}) == len(g.documents) for g in multi)
    assert len(gold) - len(multi) >= 8  # distractors (and background)
    # a report is published on or after the day of the event it reports
    for g in gold:
        for d in g.documents:
            assert dt.date.fromisoformat(docs[d]["date"]) >= g.date, (g.event, d)

def test_evaluation_runs_and_prints_scores():
    result = evaluate_folder(HELDOUT)
    assert {"documents", "gold_events", "gold_events_reported_twice_or_more",
            "gold_events_extracted", "gold_events_extracted_in_2_docs", "extracted_events",
            "mapped_events", "clusters_of_mapped_events", "all_pairs",
            "cross_document_pairs"} <= set(result)
    assert result["documents"] == len(documents())
    assert result["gold_events"] == len(read_gold(HELDOUT / "gold.jsonl"))
    for key in ("all_pairs", "cross_document_pairs"):
        assert PAIR_KEYS <= set(result[key])
        assert 0.0 <= result[key]["precision"] <= 1.0 and 0.0 <= result[key]["recall"] <= 1.0
    # Scores are reported, not asserted: most misses are extraction's (see the README).
    print("\nheld-out clustering:", json.dumps(result, indent=1, sort_keys=True))
    print(format_scores(result))
