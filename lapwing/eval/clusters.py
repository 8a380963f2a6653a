"""Scoring event clustering: pairwise precision, recall and F1 against gold events.

The protocol, because extraction is imperfect and clustering must not be blamed for it:

* **gold** (JSON Lines, one real-world event per line): ``event`` (an id), ``type`` (its
  PLOVER type), ``date`` (YYYY-MM-DD) and ``documents`` (ids of the documents that report
  it). Gold is at document-event level: it says which documents report the same event.
* **mapping**: an extracted event of document *d* and type *t* stands for the gold event
  that *d* reports with type *t*. When *d* reports several gold events of type *t*, the
  one whose date is nearest the extracted date interval is taken, if it lies within
  ``DATE_SLACK_DAYS`` of it and no other is as near; otherwise, or when no gold event of
  that type is reported by *d*, the extracted event is *unmapped* and not scored (a coder's
  extra or mistyped event is not a clustering error).
* **pairs**: every pair of mapped events is a gold positive when both map to the same gold
  event, a predicted positive when both got the same cluster. Precision, recall and F1
  are computed over all pairs, and again over cross-document pairs only (the ones that
  deduplication is about; same-document pairs come from an event coded twice).
* **coverage**: how many gold events have at least one mapped event ("extracted at all"),
  and how many in two or more documents (the ones clustering can merge at all).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lapwing.eval.gold import read_gold_lines

DATE_SLACK_DAYS = 1


@dataclass(frozen=True)
class GoldEvent:
    event: str
    type: str
    date: dt.date
    documents: tuple[str, ...]


def parse_gold_event(data: Any, where: str) -> GoldEvent:
    """One gold line, checked; errors name the file and line."""
    if not isinstance(data, dict) or not all(k in data for k in ("event", "type", "date", "documents")):
        raise ValueError(f"{where}: each gold line needs \"event\", \"type\", \"date\" and "
                         "\"documents\" (see lapwing/eval/clusters.py)")
    try:
        day = dt.date.fromisoformat(str(data["date"]))
    except ValueError:
        raise ValueError(f"{where}: date {data['date']!r} is not YYYY-MM-DD") from None
    if not isinstance(data["documents"], list) or not data["documents"]:
        raise ValueError(f"{where}: \"documents\" must be a non-empty list of document ids")
    return GoldEvent(str(data["event"]), str(data["type"]).upper(), day,
                     tuple(str(d) for d in data["documents"]))


def read_gold(path: Path) -> list[GoldEvent]:
    return read_gold_lines(path, parse_gold_event)


def map_to_gold(events: Iterable[Mapping[str, Any]], gold: list[GoldEvent]) -> dict[str, str]:
    """Extracted event id -> gold event id, for the events the protocol can map."""
    by_doc_type: dict[tuple[str, str], list[GoldEvent]] = {}
    for g in gold:
        for doc in g.documents:
            by_doc_type.setdefault((doc, g.type), []).append(g)
    mapped = {}
    for event in events:
        options = by_doc_type.get((event["doc_id"], event["type"]), [])
        if len(options) > 1:
            distances = {g.event: _distance(event.get("date") or {}, g.date) for g in options}
            nearest = min(distances.values())
            options = [g for g in options if distances[g.event] == nearest <= DATE_SLACK_DAYS]
        if len(options) == 1:
            mapped[event["event_id"]] = options[0].event
    return mapped


def _distance(date: Mapping[str, Any], day: dt.date) -> float:
    """Days between ``day`` and an EventDate interval (0 inside it; infinite if undated)."""
    start, end = date.get("start") or date.get("end"), date.get("end") or date.get("start")
    if not start or not end or len(start) != 10 or len(end) != 10:
        return float("inf")
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    return float(max(0, (first - day).days, (day - last).days))


@dataclass(frozen=True)
class PairCounts:
    true_positive: int
    predicted: int
    gold: int

    def scores(self) -> dict[str, float | int]:
        p = self.true_positive / self.predicted if self.predicted else 0.0
        r = self.true_positive / self.gold if self.gold else 0.0
        return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                "true_positive_pairs": self.true_positive, "predicted_pairs": self.predicted,
                "gold_pairs": self.gold}


def pair_counts(predicted: Mapping[str, str], gold: Mapping[str, str],
                same_group: Callable[[str], str] | None = None) -> PairCounts:
    """Pairs among the events ``gold`` maps (cluster ids from ``predicted``); with
    ``same_group``, pairs whose two events share its value (their document) are left out.

    Counted from cell sizes (pairs within a cluster, a gold event, both), minus the pairs
    inside each ``same_group`` value, so it is linear in the number of events.
    """
    events = [e for e in gold if e in predicted]

    def pairs(key: Callable[[str], Any]) -> int:
        total = sum(n * (n - 1) // 2 for n in Counter(key(e) for e in events).values())
        if same_group is None:
            return total
        return total - sum(n * (n - 1) // 2 for n in Counter((key(e), same_group(e)) for e in events).values())

    return PairCounts(
        true_positive=pairs(lambda e: (predicted[e], gold[e])),
        predicted=pairs(lambda e: predicted[e]),
        gold=pairs(lambda e: gold[e]),
    )


def evaluate(events: list[Mapping[str, Any]], clusters: Mapping[str, str],
             gold: list[GoldEvent]) -> dict[str, Any]:
    """Scores of a clustering (event id -> cluster id) of ``events`` against ``gold``."""
    mapped = map_to_gold(events, gold)
    doc_of = {e["event_id"]: e["doc_id"] for e in events}
    docs_per_gold: dict[str, set[str]] = {}
    for event_id, g in mapped.items():
        docs_per_gold.setdefault(g, set()).add(doc_of[event_id])
    multi = [g for g in gold if len(g.documents) > 1]
    return {
        "documents": len({d for g in gold for d in g.documents}),
        "gold_events": len(gold),
        "gold_events_reported_twice_or_more": len(multi),
        "gold_events_extracted": len(docs_per_gold),
        "gold_events_extracted_in_2_docs": sum(len(d) > 1 for d in docs_per_gold.values()),
        "extracted_events": len(events),
        "mapped_events": len(mapped),
        "clusters_of_mapped_events": len({clusters[e] for e in mapped if e in clusters}),
        "all_pairs": pair_counts(clusters, mapped).scores(),
        "cross_document_pairs": pair_counts(clusters, mapped, doc_of.__getitem__).scores(),
    }


def extract_corpus(documents: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Events (JSON form) of a JSON Lines corpus (``id,text,date,source,url``) through the
    default pipeline, and each document's facts for clustering."""
    from lapwing.clustering import DocFacts
    from lapwing.pipeline import process_documents

    def parse(data: Any, where: str) -> dict[str, Any]:
        if not isinstance(data, dict) or not isinstance(data.get("text"), str) or "id" not in data:
            raise ValueError(f"{where}: each document needs \"id\" and \"text\"")
        return {"doc_id": str(data["id"]), "input_id": str(data["id"]), "text": data["text"],
                "published": data.get("date"), "source": data.get("source"), "url": data.get("url")}

    docs = read_gold_lines(documents, parse)
    records = process_documents(docs)
    events = [r for r in records if r["kind"] == "event"]
    facts = {d["doc_id"]: DocFacts(d["source"], d["published"]) for d in docs}
    return events, facts


def evaluate_folder(folder: Path) -> dict[str, Any]:
    """Extract, cluster and score a test set folder holding ``documents.jsonl`` and
    ``gold.jsonl`` (what ``tests/fixtures/cluster_corpus`` is)."""
    from lapwing.clustering import cluster_events

    events, facts = extract_corpus(folder / "documents.jsonl")
    return evaluate(events, cluster_events(events, facts), read_gold(folder / "gold.jsonl"))
