"""Lapwing's place ranker against the population-only baseline, side by side on GeoVirus.

    python benchmarks/places.py PATH/TO/geovirus [--json results.json]

Both rankers see the same recogniser and candidates and are scored by the same scorer
(:mod:`lapwing.eval.geo`), end to end and given the gold spans, on the dev half (the
ranker's training data) and on the held-out half of the fixed split
(:func:`lapwing.eval.geovirus.half_of`). Speed is documents per second of recognition plus
resolution (end to end), wall time on this machine in this run, gazetteer already built.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from rich.console import Console

from lapwing.eval import geo
from lapwing.eval.geovirus import convert_corpus, half_of
from lapwing.places import PlaceFinder


def run(folder: Path) -> dict[str, dict[str, Any]]:
    records = convert_corpus(folder)
    results: dict[str, dict[str, Any]] = {}
    for ranker in ("model", "population"):
        finder = PlaceFinder.build(ranker=ranker)
        for half in ("dev", "heldout"):
            docs = [geo.parse_gold_record(r, r["id"]) for r in records if half_of(r["id"]) == half]
            for mode in geo.MODES:
                started = time.perf_counter()
                scores = geo.evaluate(docs, mode, finder).scores()
                seconds = time.perf_counter() - started
                results[f"{ranker} {half} {mode}"] = scores | {"docs_per_s": len(docs) / seconds}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("geovirus", type=Path, help="folder holding GeoVirus.xml")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    PlaceFinder.build()  # build or open the gazetteer once, outside the timings
    results = run(args.geovirus)
    console = Console()
    for mode in geo.MODES:
        subset = {name: s for name, s in results.items() if name.endswith(mode)}
        console.print(geo.score_table(subset, title=f"GeoVirus, {mode}"))
        console.print("documents/s: " + ", ".join(f"{n}: {s['docs_per_s']:.0f}" for n, s in subset.items()))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
