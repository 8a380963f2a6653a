"""Ingest and export throughput on a generated corpus: documents/s and MB/s, as a table.

    python benchmarks/ingest.py [--docs 10000] [--words 300] [--json results.json]

The corpus is synthetic news-like prose (JSON lines shards plus plain-text files) written
to a temporary folder; every figure is measured in this run, on this machine. Ratios to
a plain read of the same bytes are printed too, because they hold across noisy machines
better than absolute speeds do.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from rich.console import Console
from rich.table import Table

from lapwing import ingest
from lapwing.export import export
from lapwing.filters import Filters
from lapwing.settings import Settings
from lapwing.store import Store

VOCABULARY = (
    "the a of in on to and said officials forces militia drone strike rocket base convoy border "
    "ministry talks ceasefire envoy sanctions statement province village commander army airport "
    "Iran Iraq Syria Lebanon Israel Hezbollah Houthis Baghdad Erbil Beirut Damascus Tehran Gaza "
    "killed wounded launched targeted warned accused denied met agreed urged deployed withdrew"
).split()


def make_corpus(root: Path, docs: int, words: int, seed: int = 1) -> int:
    """Write ``docs`` articles: 90% in JSONL shards of 500, 10% as text files. Returns bytes."""
    rng = random.Random(seed)
    (root / "txt").mkdir(parents=True)
    shard: list[str] = []
    written = 0

    def article(i: int) -> str:
        sentences = []
        for _ in range(max(1, words // 15)):
            sentence = " ".join(rng.choice(VOCABULARY) for _ in range(15))
            sentences.append(sentence.capitalize() + ".")
        return f"Report {i}. " + " ".join(sentences)

    for i in range(docs):
        text = article(i)
        if i % 10 == 0:
            body = f"date 2025-{1 + i % 12:02d}-{1 + i % 28:02d} {text}"
            (root / "txt" / f"a{i:06d}.txt").write_text(body, encoding="utf-8")
            written += len(body.encode())
        else:
            line = json.dumps({"id": f"a{i}", "text": text, "date": "2025-06-01", "source": "bench"})
            shard.append(line)
            written += len(line.encode()) + 1
        if len(shard) == 500:
            _flush(root, shard)
    _flush(root, shard)
    return written


def _flush(root: Path, shard: list[str]) -> None:
    if shard:
        name = root / f"shard{len(list(root.glob('shard*.jsonl'))):04d}.jsonl"
        name.write_text("\n".join(shard) + "\n", encoding="utf-8")
        shard.clear()


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=300)
    parser.add_argument("--json", type=Path, help="also save the results as JSON here")
    parser.add_argument("--no-stages", action="store_true",
                        help="reading, dedup and storage only: the frame without extraction stages")
    args = parser.parse_args()
    console = Console()
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        size = make_corpus(corpus, args.docs, args.words)
        mb = size / 1e6

        def add(step: str, seconds: float, docs: int, megabytes: float) -> None:
            rows.append({"step": step, "seconds": round(seconds, 3), "docs_per_s": round(docs / seconds, 1),
                         "mb_per_s": round(megabytes / seconds, 2)})

        files = sorted(p for p in corpus.rglob("*") if p.is_file())
        seconds, _ = timed(lambda: [p.read_bytes() for p in files])
        add("read bytes only (floor)", seconds, args.docs, mb)

        settings = Settings()
        settings.ingest.batch_size = 1000
        if args.no_stages:
            settings.pipeline.stages = []
        db = root / "bench.duckdb"
        with Store(db) as store:
            run_id = store.start_run("bench", {})
            seconds, report = timed(lambda: ingest.run([str(corpus)], ingest.StoreSink(store), settings, run_id))
            add("ingest (new database)", seconds, report.documents_new, mb)
            seconds, again = timed(lambda: ingest.run([str(corpus)], ingest.StoreSink(store), settings, run_id))
            add("re-ingest (all files known)", seconds, args.docs, mb)
        with tempfile.TemporaryFile("w+", encoding="utf-8") as sink:
            seconds, _ = timed(lambda: ingest.run([str(corpus)], ingest.JsonlSink(sink), settings, "x"))
            add("extract to JSON lines (no db)", seconds, args.docs, mb)
        with Store(db, read_only=True) as store:
            for fmt in ("jsonl", "csv", "parquet"):
                target: object = root / f"out.{fmt}" if fmt == "parquet" else io.StringIO()
                seconds, _ = timed(lambda: export(store, fmt, target, Filters()))
                add(f"export {fmt}", seconds, args.docs, mb)

    floor = rows[0]["docs_per_s"]
    stages = "no stages" if args.no_stages else "installed stages"
    table = Table(title=f"Lapwing ingest/export: {args.docs} documents, {mb:.1f} MB, {stages}")
    for column in ("step", "seconds", "docs/s", "MB/s", "x floor"):
        table.add_column(column, justify="left" if column == "step" else "right")
    for row in rows:
        ratio = row["docs_per_s"] / floor  # type: ignore[operator]
        table.add_row(str(row["step"]), f"{row['seconds']:.2f}", f"{row['docs_per_s']:,.0f}",
                      f"{row['mb_per_s']:.2f}", f"{ratio:.4f}")
    console.print(table)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    console.print(f"peak RSS {peak_mb:.0f} MB; Python {sys.version.split()[0]}")
    if args.json:
        args.json.write_text(json.dumps({"docs": args.docs, "mb": mb, "rows": rows, "peak_rss_mb": peak_mb}, indent=2))


if __name__ == "__main__":
    main()
