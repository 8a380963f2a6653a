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
  and how many in two or more documents (the ones clustering can merge at all); how many
  documents have an event mapped to their gold event; and **document pairs**: of every
  pair of documents reporting the same gold event, the share joined (an event of each,
  mapped to it, in one cluster). Unlike the pair scores this counts a report the
  extraction missed or mistyped against the system, so it is the figure a user of the
  merged events sees.
* **errors** (``--errors``): every gold pair the clustering split ("missed") and every pair
  it merged across gold events ("merged"), each with both events' type, parties, date and
  place and the pair's score parts or veto (:func:`lapwing.clustering.pair_score`), and the
  gold documents none of whose events could be mapped (extraction misses, which no
  clustering can recover). ``python -m lapwing.eval.clusters FOLDER --errors`` prints them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lapwing.eval.gold import read_gold_lines

if TYPE_CHECKING:
    from lapwing.clustering import DocFacts

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
        "reports": sum(len(g.documents) for g in gold),
        "reports_mapped": len({(g, doc_of[e]) for e, g in mapped.items()}),
        "document_pairs": document_pairs(mapped, clusters, doc_of, gold),
    }


def document_pairs(mapped: Mapping[str, str], clusters: Mapping[str, str], doc_of: Mapping[str, str],
                   gold: list[GoldEvent]) -> dict[str, float | int]:
    """Same-event document pairs of the gold joined by the clustering: documents *a* and *b*
    of gold event *g* count when an event of *a* and one of *b* both map to *g* and share a
    cluster. The denominator is every such pair of the gold, found or not."""
    clusters_of: dict[tuple[str, str], set[str]] = {}
    for event_id, g in mapped.items():
        if event_id in clusters:
            clusters_of.setdefault((g, doc_of[event_id]), set()).add(clusters[event_id])
    total = joined = 0
    for g in gold:
        for a, b in itertools.combinations(g.documents, 2):
            total += 1
            joined += bool(clusters_of.get((g.event, a), set()) & clusters_of.get((g.event, b), set()))
    return {"joined": joined, "gold": total, "recall": joined / total if total else 0.0}


def read_documents(documents: Path) -> list[dict[str, Any]]:
    """The documents of a JSON Lines corpus (``id,text,date,source,url``) as the pipeline
    takes them: text cleaned and zoned as ``lapwing ingest`` reads a JSON Lines file, so that
    a caption or a "Read more:" trailer is left uncoded here as it is there."""
    from lapwing.articles import find_zones
    from lapwing.textnorm import clean_text

    def parse(data: Any, where: str) -> dict[str, Any]:
        if not isinstance(data, dict) or not isinstance(data.get("text"), str) or "id" not in data:
            raise ValueError(f"{where}: each document needs \"id\" and \"text\"")
        text = clean_text(data["text"])
        return {"doc_id": str(data["id"]), "input_id": str(data["id"]), "text": text,
                "zones": [zone.to_dict() for zone in find_zones(text)],
                "published": data.get("date"), "source": data.get("source"), "url": data.get("url")}

    return read_gold_lines(documents, parse)


def document_facts(docs: Iterable[Mapping[str, Any]]) -> dict[str, DocFacts]:
    """Each document's outlet and publication date, as clustering needs them."""
    from lapwing.clustering import DocFacts

    return {d["doc_id"]: DocFacts(d["source"], d["published"]) for d in docs}


def extract_corpus(documents: Path) -> tuple[list[dict[str, Any]], dict[str, DocFacts]]:
    """Events (JSON form) of a JSON Lines corpus through the default pipeline, and each
    document's facts for clustering."""
    from lapwing.pipeline import process_documents

    docs = read_documents(documents)
    events = [r for r in process_documents(docs) if r["kind"] == "event"]
    return events, document_facts(docs)


def read_events(path: Path) -> list[dict[str, Any]]:
    """Events extracted earlier (JSON Lines of records, as ``lapwing extract`` writes; other
    kinds of record are skipped), so that clustering can be scored on a fixed extraction."""
    def parse(data: Any, where: str) -> dict[str, Any] | None:
        if not isinstance(data, dict) or "kind" in data and data["kind"] != "event":
            return None
        if not {"event_id", "doc_id", "type"} <= set(data):
            raise ValueError(f"{where}: an event needs \"event_id\", \"doc_id\" and \"type\"")
        return data

    return read_gold_lines(path, parse, keep=lambda e: e is not None)  # type: ignore[return-value]


@dataclass(frozen=True)
class PairError:
    """A pair of mapped events the clustering got wrong: ``missed`` (one gold event, two
    clusters) or ``merged`` (one cluster, two gold events), with what the pair scores on its
    own (``score`` None: ``parts["veto"]`` names the part that ruled it out)."""

    kind: str
    first: str
    second: str
    gold: tuple[str, str]
    cross_document: bool
    score: float | None
    parts: dict[str, Any]


def pair_errors(events: list[Mapping[str, Any]], clusters: Mapping[str, str],
                gold: list[GoldEvent], facts: Mapping[str, DocFacts] | None = None
                ) -> list[PairError]:
    """Every wrongly split or wrongly merged pair among the mapped events, the earlier
    event (in clustering order) first, sorted by kind and gold event."""
    from lapwing.clustering import load_params, make_report, pair_score, placement_order

    params = load_params()
    mapped = map_to_gold(events, gold)
    reports = {e["event_id"]: make_report(e, (facts or {}).get(e["doc_id"]), params)
               for e in events if e["event_id"] in mapped and e["event_id"] in clusters}
    ordered = sorted(reports.values(), key=placement_order)
    errors = []
    for first, second in itertools.combinations(ordered, 2):
        same_gold = mapped[first.event_id] == mapped[second.event_id]
        same_cluster = clusters[first.event_id] == clusters[second.event_id]
        if same_gold == same_cluster:
            continue
        value, parts = pair_score(first, second, params)
        errors.append(PairError("missed" if same_gold else "merged", first.event_id, second.event_id,
                                (mapped[first.event_id], mapped[second.event_id]),
                                first.doc_id != second.doc_id, value, parts))
    return sorted(errors, key=lambda e: (e.kind, e.gold, e.first, e.second))


def unmapped_documents(events: Iterable[Mapping[str, Any]], gold: list[GoldEvent]) -> list[tuple[str, str]]:
    """(gold event, document) for each gold report none of whose extracted events maps to
    that gold event: extraction found no event of the gold type there, or dated it so that
    the mapping cannot tell which gold event it is."""
    events = list(events)
    mapped = map_to_gold(events, gold)
    found = {(mapped[e["event_id"]], e["doc_id"]) for e in events if e["event_id"] in mapped}
    return [(g.event, d) for g in gold for d in g.documents if (g.event, d) not in found]


def describe_event(event: Mapping[str, Any]) -> str:
    """One line for an extracted event: type, parties, date and place as clustering sees them."""
    def party(ref: Mapping[str, Any]) -> str:
        return f"{ref.get('actor_id') or ref.get('text')}[{ref.get('country') or '-'}/{ref.get('sector') or '-'}]"

    day = event.get("date") or {}
    place = event.get("location") or {}
    where = (f"{place.get('name')} {place.get('precision') or place.get('feature')}"
             if place.get("lat") is not None else "-")
    when = day.get("start") if day.get("start") == day.get("end") else f"{day.get('start')}..{day.get('end')}"
    return (f"{event['type']} {','.join(map(party, event.get('actors') or [])) or '-'} -> "
            f"{','.join(map(party, event.get('recipients') or [])) or '-'} | {when} "
            f"{day.get('precision')}/{day.get('basis')} | {where}")


def format_errors(events: list[Mapping[str, Any]], errors: Sequence[PairError],
                  unmapped: Sequence[tuple[str, str]]) -> str:
    """The error listing ``--errors`` prints."""
    by_id = {e["event_id"]: e for e in events}
    lines = []
    for err in errors:
        verdict = f"veto: {err.parts['veto']}" if err.score is None else f"score {err.score:.2f}"
        parts = " ".join(f"{k}={v}" for k, v in err.parts.items() if k != "veto")
        scope = "cross-doc" if err.cross_document else "same-doc"
        lines.append(f"{err.kind} {'/'.join(dict.fromkeys(err.gold))} {scope}: {verdict} {parts}")
        lines += [f"    {i} {describe_event(by_id[i])}" for i in (err.first, err.second)]
    lines += [f"not extracted: {g} in {d}" for g, d in unmapped]
    return "\n".join(lines)


def format_scores(result: Mapping[str, Any]) -> str:
    """The pairwise scores and extraction counts of :func:`evaluate`, one line each."""
    lines = []
    for key in ("all_pairs", "cross_document_pairs"):
        s = result[key]
        lines.append(f"{key}: P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f} "
                     f"(tp={s['true_positive_pairs']} pred={s['predicted_pairs']} gold={s['gold_pairs']})")
    lines.append(f"gold events extracted: {result['gold_events_extracted']}/{result['gold_events']} "
                 f"(in 2+ docs: {result['gold_events_extracted_in_2_docs']}/"
                 f"{result['gold_events_reported_twice_or_more']}); mapped events "
                 f"{result['mapped_events']}/{result['extracted_events']}")
    pairs = result["document_pairs"]
    lines.append(f"reports with a mapped event: {result['reports_mapped']}/{result['reports']}; "
                 f"same-event document pairs joined: {pairs['joined']}/{pairs['gold']} = {pairs['recall']:.3f}")
    return "\n".join(lines)


def evaluate_folder(folder: Path) -> dict[str, Any]:
    """Extract, cluster and score a test set folder holding ``documents.jsonl`` and
    ``gold.jsonl`` (what ``tests/fixtures/cluster_corpus`` is)."""
    from lapwing.clustering import cluster_events

    events, facts = extract_corpus(folder / "documents.jsonl")
    return evaluate(events, cluster_events(events, facts), read_gold(folder / "gold.jsonl"))


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m lapwing.eval.clusters FOLDER [--errors] [--events JSONL]``: scores, and why
    pairs went wrong."""
    parser = argparse.ArgumentParser(prog="python -m lapwing.eval.clusters", description=main.__doc__)
    parser.add_argument("folder", type=Path, help="holds documents.jsonl and gold.jsonl")
    parser.add_argument("--errors", action="store_true", help="list wrong pairs and unmapped reports")
    parser.add_argument("--events", type=Path, metavar="JSONL",
                        help="score these extracted events instead of running the pipeline")
    args = parser.parse_args(argv)
    from lapwing.clustering import cluster_events

    if args.events:
        events, facts = read_events(args.events), document_facts(read_documents(args.folder / "documents.jsonl"))
    else:
        events, facts = extract_corpus(args.folder / "documents.jsonl")
    gold = read_gold(args.folder / "gold.jsonl")
    clusters = cluster_events(events, facts)
    result = evaluate(events, clusters, gold)
    print(format_scores(result))
    if args.errors:
        print(format_errors(events, pair_errors(events, clusters, gold, facts),
                            unmapped_documents(events, gold)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
