"""Clustering speed on synthetic events: time per phase, printed (never asserted).

Run ``python benchmarks/clustering.py [N_EVENTS] [SEED]`` (default 100,000 events). The
events are made up: real-world events over two years among 500 actors of 50 countries at
1,500 places, each reported by 1 to 4 outlets with the noise extraction leaves (a day off,
a publication-date basis, a country instead of the actor, a lost place or recipient).
Because the truth is known, pairwise precision and recall are printed too; they say
little about real text (see ``lapwing.eval.clusters`` for that), but a drop flags a
regression in blocking or scoring.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from typing import Any

from lapwing.clustering import DocFacts, assign, load_params, make_report
from lapwing.corroboration import summarise
from lapwing.eval.clusters import pair_counts

TYPES = ("ASSAULT", "COERCE", "PROTEST", "THREATEN", "ACCUSE", "CONSULT", "AGREE", "AID")
FIRST_DAY = dt.date(2024, 1, 1).toordinal()


def synthetic(n_events: int, seed: int) -> tuple[list[dict[str, Any]], dict[str, DocFacts], dict[str, str]]:
    """Events (JSON form), their documents' facts, and the true event of each."""
    rng = random.Random(seed)
    countries = [f"C{i:02d}" for i in range(50)]
    actors = [{"text": f"actor {i}", "actor_id": f"a{i}", "country": countries[i % 50],
               "sector": rng.choice(["GOV", "MIL", "REB", None])} for i in range(500)]
    places = [{"text": f"place {i}", "name": f"place {i}", "lat": rng.uniform(-35, 60),
               "lon": rng.uniform(-20, 120), "feature": "city", "precision": "city"}
              for i in range(1500)]
    outlets = [f"outlet {i}" for i in range(40)]
    events: list[dict[str, Any]] = []
    docs: dict[str, DocFacts] = {}
    truth: dict[str, str] = {}
    real = 0
    while len(events) < n_events:
        real += 1
        day = FIRST_DAY + rng.randrange(730)
        actor, recipient = rng.sample(actors, 2)
        type_, place = rng.choice(TYPES), rng.choice(places)
        for k in range(rng.randint(1, 4)):
            doc_id = f"d{real}-{k}"
            published = day + rng.randint(0, 2)
            docs[doc_id] = DocFacts(rng.choice(outlets), dt.date.fromordinal(published).isoformat())
            events.append(_report(rng, f"{doc_id}:e1", doc_id, type_, day, published, actor,
                                  recipient, place))
            truth[f"{doc_id}:e1"] = f"r{real}"
    return events[:n_events], docs, truth


def _report(rng: random.Random, event_id: str, doc_id: str, type_: str, day: int, published: int,
            actor: dict[str, Any], recipient: dict[str, Any], place: dict[str, Any]) -> dict[str, Any]:
    """One outlet's report of an event, with extraction noise."""
    basis = "document" if rng.random() < 0.3 else "explicit"
    when = dt.date.fromordinal(published if basis == "document" else day + rng.choice([0, 0, 0, 0, 1]))
    if rng.random() < 0.2:
        actor = {"text": actor["country"], "actor_id": actor["country"], "country": actor["country"]}
    return {
        "event_id": event_id, "doc_id": doc_id, "type": type_, "modality": "reported",
        "actors": [actor], "recipients": [recipient] if rng.random() < 0.7 else [],
        "date": {"value": when.isoformat(), "start": when.isoformat(), "end": when.isoformat(),
                 "precision": "day", "basis": basis},
        "location": place if rng.random() < 0.6 else None,
        "size": {"dead": rng.randint(0, 5)} if rng.random() < 0.3 else None, "confidence": 0.7,
    }


def main(n_events: int, seed: int) -> None:
    events, docs, truth = synthetic(n_events, seed)
    params = load_params()
    timings = {}
    start = time.perf_counter()
    reports = [make_report(e, docs[e["doc_id"]], params) for e in events]
    timings["features (make_report)"] = time.perf_counter() - start
    start = time.perf_counter()
    result = assign(reports, params=params)
    timings["block + score + assign"] = time.perf_counter() - start
    start = time.perf_counter()
    for cluster in result.touched.values():
        summarise(cluster, params)
    timings["canonical + corroboration"] = time.perf_counter() - start
    print(f"{len(events):,} events, {len(set(truth.values())):,} real events, "
          f"{len(result.touched):,} clusters (one core, pure Python)")
    for phase, seconds in timings.items():
        print(f"  {phase:<28} {seconds:7.2f} s")
    print(f"  {'total':<28} {sum(timings.values()):7.2f} s")
    scores = pair_counts(result.cluster_of, truth).scores()
    print(f"  synthetic pairwise precision {scores['precision']:.3f} recall {scores['recall']:.3f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000,
         int(sys.argv[2]) if len(sys.argv) > 2 else 7)
