"""``lapwing bench``: how fast the pipeline runs here, per stage, end to end and in parallel.

Everything is measured in one run on one machine, on a generated news-like corpus or on
the documents read from given paths:

* floors: the cheapest work any pipeline must do on the same text: regex tokenisation,
  sentence splitting (the splitter the temporal rules use), and spaCy tokenisation when
  spaCy is importable. Each stage is shown as a ratio to them ("x sentence split"), which
  holds across noisy machines far better than absolute speeds do;
* reference (optional): a trained spaCy pipeline such as the shipped ``en_lapwing`` over the
  same texts, to show what a statistical parse costs against the floors and the stages;
* stages: each installed stage (or those the settings choose), built once and timed on its
  calls over the whole corpus, fed by the stages before it as in the real pipeline;
* end to end, in process: :func:`lapwing.pipeline.process_documents` over the corpus, dict
  conversion included (what each worker does);
* scaling: the same through the process pool with 1..N workers: documents/s, speedup over
  one worker, efficiency (speedup / N), start-up time and peak RSS of every worker.

Engines: ``local`` (the process pool) and ``ray`` (the Ray Data actor pool of
:mod:`lapwing.ray_runner`, on a local Ray instance started for the bench with this
machine's CPUs, or on the Ray this process is already connected to), on the same corpus
with the same worker counts; each Ray row carries ``ratio_to_local``, its documents/s over
the process pool's at the same number of workers. Ray is reported as skipped when it is
not installed (``pip install lapwing[ray]``). For both engines ``seconds`` runs from the
moment the workers are ready (models loaded); ``startup_seconds`` is the time until then
(for Ray: from submitting the dataset to the first actor being ready, so the rate is
conservative for Ray) and ``total_seconds`` is both together.

Results are a JSON-ready dict (:func:`run_bench`) and a rich table (:func:`render_bench`).
"""

from __future__ import annotations

import cProfile
import datetime as dt
import io
import json
import os
import platform
import pstats
import random
import re
import resource
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from lapwing import __version__
from lapwing.pipeline import get_pipeline, process_documents
from lapwing.plugins import installed_stages
from lapwing.problems import ProblemLog
from lapwing.records import Document
from lapwing.runners import ProcessPoolRunner, chunked, default_workers, register_plugins, settings_key
from lapwing.settings import PipelineSettings, Settings
from lapwing.stages import Analysis, default_order, order_stages
from lapwing.temporal_lexicon import load_lexicon
from lapwing.temporal_sentences import sentence_starts

ENGINES: tuple[str, ...] = ("local", "ray")
TOKEN = re.compile(r"\w+(?:[-']\w+)*|[^\w\s]")
WORD = re.compile(r"\w+")

# -- corpus ------------------------------------------------------------------------------

_ACTORS = ("Iranian forces", "Iraqi officials", "the Syrian army", "Hezbollah fighters",
           "Israeli troops", "the Houthis", "a Lebanese militia", "UN envoy Maria Keller",
           "the Kurdish regional government", "protesters", "the defence ministry")
_VERBS = ("launched a drone strike on", "met", "accused", "shelled", "agreed to talks with",
          "arrested dozens of supporters of", "warned", "deployed troops near",
          "signed a ceasefire with", "denied attacking", "urged restraint from")
_PLACES = ("Baghdad", "Erbil", "Beirut", "Damascus", "Tehran", "Gaza", "Aleppo", "Basra",
           "the border town of Qaim", "a village near Mosul", "the port of Hodeidah")
_TIMES = ("on Monday", "on Tuesday night", "last week", "early on Friday", "on March 3",
          "two days ago", "in January 2024", "this morning", "late last year", "on Sunday",
          "three weeks earlier", "at 4 p.m. local time", "")
_CLOSERS = ("officials said.", "according to a statement.", "witnesses told reporters.",
            "the ministry said in a statement.", "a spokesman said.", "")


def synthetic_corpus(docs: int, words: int = 300, seed: int = 1) -> list[dict[str, Any]]:
    """``docs`` news-like articles (about ``words`` words each) as document dicts.

    Sentences name actors, actions, places and time expressions, so that the stages have
    real work to do; the corpus is the same for the same arguments.
    """
    rng = random.Random(seed)
    out = []
    for i in range(docs):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(366))
        dateline = f"{rng.choice(_PLACES).split()[-1].upper()} ({day:%b} {day.day}) -"
        sentences: list[str] = []
        count = 0
        while count < words:
            parts = [rng.choice(_ACTORS), rng.choice(_VERBS), rng.choice(_ACTORS), "in",
                     rng.choice(_PLACES), rng.choice(_TIMES)]
            closer = rng.choice(_CLOSERS)
            sentence = " ".join(p for p in parts if p)
            sentence = sentence[0].upper() + sentence[1:] + (", " + closer if closer else ".")
            sentences.append(sentence)
            count += len(sentence.split())
        text = dateline + " " + " ".join(sentences)
        out.append(Document(
            doc_id=f"bench-{seed}-{i:07d}", input_id=f"bench-{i}", text=text,
            title=f"Report {i}", source="bench", published=day.isoformat(),
            origin=f"synthetic:{i}",
        ).to_dict())
    return out


def read_corpus(paths: Sequence[str], settings: Settings | None = None,
                limit: int | None = None) -> list[dict[str, Any]]:
    """Documents read from ``paths`` the way ``lapwing ingest`` reads them (no dedup)."""
    from lapwing.documents import build_document
    from lapwing.readers import iter_input_files, read_input

    settings = settings or Settings()
    log = ProblemLog()
    out: list[dict[str, Any]] = []
    for item in iter_input_files(list(paths), log):
        for raw in read_input(item, log, settings.ingest.max_doc_chars):
            out.append(build_document(raw, log, settings.ingest.default_date).to_dict())
            if limit is not None and len(out) >= limit:
                return out
    return out


def corpus_stats(documents: Sequence[dict[str, Any]]) -> dict[str, int]:
    lexicon = load_lexicon()
    texts = [d["text"] for d in documents]
    return {
        "documents": len(texts),
        "characters": sum(map(len, texts)),
        "words": sum(len(WORD.findall(t)) for t in texts),
        "sentences": sum(len(sentence_starts(t, lexicon)) for t in texts),
    }


# -- measuring ---------------------------------------------------------------------------


def _best_of(repeat: int, fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _rates(seconds: float, stats: dict[str, int]) -> dict[str, float]:
    seconds = max(seconds, 1e-9)
    return {
        "seconds": round(seconds, 6),
        "docs_per_s": round(stats["documents"] / seconds, 2),
        "sentences_per_s": round(stats["sentences"] / seconds, 1),
        "words_per_s": round(stats["words"] / seconds, 1),
    }


def spacy_tokenizer() -> Any | None:
    """A blank English spaCy pipeline's tokenizer, or None when spaCy is not installed."""
    try:
        import spacy  # noqa: PLC0415 - optional
    except ImportError:
        return None
    return spacy.blank("en").tokenizer


def measure_floors(texts: Sequence[str], stats: dict[str, int], repeat: int = 3) -> list[dict[str, Any]]:
    """The floor references: regex tokens, sentence splitting, spaCy tokens (if installed)."""
    lexicon = load_lexicon()
    floors: list[tuple[str, Callable[[], object]]] = [
        ("regex tokenisation", lambda: [TOKEN.findall(t) for t in texts]),
        ("sentence splitting", lambda: [sentence_starts(t, lexicon) for t in texts]),
    ]
    tokenizer = spacy_tokenizer()
    if tokenizer is not None:
        floors.append(("spaCy tokenisation", lambda: list(tokenizer.pipe(texts, batch_size=256))))
    return [{"name": name, **_rates(_best_of(repeat, fn), stats)} for name, fn in floors]


def measure_reference(model: str, texts: Sequence[str], stats: dict[str, int]) -> dict[str, Any]:
    """A trained spaCy pipeline (tagger, parser, NER ...) over the same texts, timed once.

    Not part of Lapwing's default stages: it shows what a statistical parse costs next to the
    floors and the rule stages, so that a parse-based stage's price is known before it is
    added. Loading is outside the timing, as in a worker."""
    from lapwing.nlp.pipeline import load_pipeline  # noqa: PLC0415 - spaCy only when asked

    start = time.perf_counter()
    nlp = load_pipeline(model)
    build = time.perf_counter() - start
    seconds = _best_of(1, lambda: list(nlp.pipe(texts, batch_size=64)))
    return {"name": f"spaCy pipeline {model} ({', '.join(nlp.pipe_names)})",
            "build_seconds": round(build, 4), **_rates(seconds, stats)}


def measure_stages(
    documents: Sequence[dict[str, Any]], settings: PipelineSettings, stats: dict[str, int],
    batch_size: int = 200,
) -> list[dict[str, Any]]:
    """Each stage built once and timed on its calls over the corpus, in pipeline order."""
    specs = installed_stages()
    names = settings.stages if settings.stages is not None else default_order(specs)
    rows = []
    built = []
    for spec in order_stages(specs, names):
        start = time.perf_counter()
        run = spec.build(settings.stage_config.get(spec.name))
        built.append((spec.name, run, time.perf_counter() - start))
    seconds = {name: 0.0 for name, _, _ in built}
    for batch in chunked(documents, batch_size):
        analyses = [Analysis(Document.from_dict(dict(d))) for d in batch]
        for name, run, _ in built:
            start = time.perf_counter()
            run(analyses)
            seconds[name] += time.perf_counter() - start
    for name, _, build_seconds in built:
        rows.append({"name": name, "build_seconds": round(build_seconds, 4),
                     **_rates(seconds[name], stats)})
    return rows


def measure_in_process(
    documents: Sequence[dict[str, Any]], settings: PipelineSettings, stats: dict[str, int],
    batch_size: int = 200, profile_top: int = 0,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """:func:`process_documents` over the corpus in one process; optionally profiled."""
    start = time.perf_counter()
    get_pipeline(settings_key(settings))  # build once, outside the timing (as in a worker)
    build = time.perf_counter() - start
    records = 0

    def work() -> None:
        nonlocal records
        records = 0
        for batch in chunked(documents, batch_size):
            records += len(process_documents(batch, settings))

    seconds = _best_of(1, work)
    row = {"name": "end to end (in process)", "build_seconds": round(build, 4),
           "records": records, **_rates(seconds, stats)}
    hotspots: list[dict[str, Any]] = []
    if profile_top:
        profiler = cProfile.Profile()
        profiler.runcall(work)
        hotspots = _hotspots(profiler, profile_top)
    return row, hotspots


def _hotspots(profiler: cProfile.Profile, top: int) -> list[dict[str, Any]]:
    stats = pstats.Stats(profiler, stream=io.StringIO())
    total = max(stats.total_tt, 1e-9)  # type: ignore[attr-defined]
    rows = []
    for (file, line, func), (_cc, calls, tottime, cumtime, _) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append({
            "function": f"{_short(file)}:{line}({func})", "calls": calls,
            "self_seconds": round(tottime, 4), "cumulative_seconds": round(cumtime, 4),
            "self_share": round(tottime / total, 4),
        })
    rows.sort(key=lambda r: r["self_seconds"], reverse=True)
    return rows[:top]


def _short(path: str) -> str:
    marker = os.sep + "lapwing" + os.sep
    if marker in path:
        return "lapwing/" + path.split(marker, 1)[1]
    return path if len(path) < 60 else "..." + path[-57:]


def worker_counts(max_workers: int) -> list[int]:
    """1..N, or powers of two up to N and N itself when N is large."""
    if max_workers <= 4:
        return list(range(1, max_workers + 1))
    counts = [1]
    while counts[-1] * 2 < max_workers:
        counts.append(counts[-1] * 2)
    return counts + [max_workers]


def measure_local_scaling(
    documents: Sequence[dict[str, Any]], settings: PipelineSettings, stats: dict[str, int],
    max_workers: int, chunk_size: int = 32, plugins: Sequence[str] = (),
    start_method: str | None = None,
) -> list[dict[str, Any]]:
    """The process pool with 1..N workers: throughput, speedup, efficiency, memory."""
    rows = []
    base = None
    for n in worker_counts(max_workers):
        runner = ProcessPoolRunner(settings, workers=n, recycle_after=None, plugins=plugins,
                                   start_method=start_method)
        with runner:
            start = time.perf_counter()
            runner.start(wait_ready=True)
            startup = time.perf_counter() - start
            start = time.perf_counter()
            records = sum(1 for _ in runner.run(documents, chunk_size=chunk_size, ordered=True))
            seconds = time.perf_counter() - start
            peaks = sorted((s.peak_rss_kb / 1024 for s in runner.stats.values()), reverse=True)
            busy = [s.seconds for s in runner.stats.values() if s.documents]
        rates = _rates(seconds, stats)
        base = base or rates["docs_per_s"]
        speedup = rates["docs_per_s"] / base if base else 0.0
        rows.append({
            "engine": "local", "workers": n, "startup_seconds": round(startup, 4),
            "total_seconds": round(startup + seconds, 4),
            "records": records, **rates,
            "speedup": round(speedup, 3), "efficiency": round(speedup / n, 3),
            "worker_busy_share": round(sum(busy) / (seconds * n), 3) if seconds else 0.0,
            "peak_rss_mb_per_worker": [round(p, 1) for p in peaks],
            "peak_rss_mb_max": round(max(peaks, default=0.0), 1),
        })
    return rows


def ray_available() -> bool:
    from lapwing.ray_runner import ray_available as available  # noqa: PLC0415

    return available()


def measure_ray_scaling(
    documents: Sequence[dict[str, Any]], settings: PipelineSettings, stats: dict[str, int],
    max_workers: int, chunk_size: int = 32, plugins: Sequence[str] = (),
    local_rows: Sequence[dict[str, Any]] = (), address: str = "local",
) -> list[dict[str, Any]]:
    """The Ray Data actor pool with 1..N actors on the same corpus (records come back to
    the driver, as the process pool's do); ``ratio_to_local`` against ``local_rows``."""
    from lapwing.ray_runner import cpus_per_worker, map_documents, ray_session  # noqa: PLC0415

    local_rate = {r["workers"]: r["docs_per_s"] for r in local_rows if r["engine"] == "local"}
    rows = []
    base = None
    with ray_session(address, num_cpus=max(default_workers(), 1), plugins=plugins) as session:
        for n in worker_counts(max_workers):
            per_actor = cpus_per_worker(session, n)
            submitted = time.time()
            records = 0
            summaries = []
            for row in map_documents(documents, settings, workers=n, batch_size=chunk_size,
                                     cpus_per_actor=per_actor, write_in="driver", plugins=plugins,
                                     run_id="bench"):
                records += len(row["records"] or ())
                summaries.append(row["summary"])
            done = time.time()
            ready = min((s["ready_at"] for s in summaries), default=submitted)
            seconds = max(done - ready, 1e-9)
            rates = _rates(seconds, stats)
            base = base or rates["docs_per_s"]
            speedup = rates["docs_per_s"] / base if base else 0.0
            peaks: dict[int, float] = {}
            for s in summaries:
                peaks[s["pid"]] = max(peaks.get(s["pid"], 0.0), s["peak_rss_kb"] / 1024)
            row_out: dict[str, Any] = {
                "engine": "ray", "workers": n, "cpus_per_actor": per_actor,
                "startup_seconds": round(max(ready - submitted, 0.0), 4),
                "total_seconds": round(done - submitted, 4),
                "records": records, **rates,
                "speedup": round(speedup, 3), "efficiency": round(speedup / n, 3),
                "actors": len(peaks),
                "peak_rss_mb_per_worker": sorted((round(p, 1) for p in peaks.values()), reverse=True),
                "peak_rss_mb_max": round(max(peaks.values(), default=0.0), 1),
            }
            if local_rate.get(n):
                row_out["ratio_to_local"] = round(rates["docs_per_s"] / local_rate[n], 3)
            rows.append(row_out)
    return rows


# -- the whole bench -----------------------------------------------------------------------


def run_bench(
    documents: Sequence[dict[str, Any]] | None = None,
    *,
    docs: int = 1000,
    words: int = 300,
    paths: Sequence[str] = (),
    settings: Settings | None = None,
    max_workers: int | None = None,
    engines: Iterable[str] = ("local",),
    chunk_size: int = 32,
    batch_size: int = 200,
    repeat: int = 3,
    profile_top: int = 0,
    reference_model: str | None = None,
    plugins: Sequence[str] = (),
    start_method: str | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Measure everything (see the module doc) and return the results as a JSON-ready dict.

    The corpus is ``documents`` if given, else read from ``paths``, else ``docs`` generated
    articles of about ``words`` words. ``reference_model`` (a spaCy pipeline name or path,
    e.g. ``en_lapwing``) adds a reference row for a statistical parse. ``plugins`` are extra plugin modules to register (in
    this process and in the workers). ``progress`` is told what is being measured.
    """
    settings = settings or Settings()
    say = progress or (lambda _msg: None)
    engines = list(engines)
    unknown = set(engines) - set(ENGINES)
    if unknown:
        raise ValueError(f"unknown engine(s) {sorted(unknown)}; known: {list(ENGINES)}")
    register_plugins(plugins)
    if documents is not None:
        source: Any = "given"
    elif paths:
        say("reading the corpus")
        documents, source = read_corpus(paths, settings, limit=docs or None), list(paths)
    else:
        say("generating the corpus")
        documents, source = synthetic_corpus(docs, words), "synthetic"
    documents = list(documents)
    stats = corpus_stats(documents)
    texts = [d["text"] for d in documents]
    max_workers = max_workers or default_workers()

    say("floors")
    floors = measure_floors(texts, stats, repeat)
    say("stages")
    stages = measure_stages(documents, settings.pipeline, stats, batch_size)
    say("end to end, in process")
    end_to_end, hotspots = measure_in_process(documents, settings.pipeline, stats, batch_size, profile_top)
    references = []
    if reference_model:
        say(f"reference: spaCy pipeline {reference_model}")
        references.append(measure_reference(reference_model, texts, stats))
    for row in [*references, *stages, end_to_end]:
        row["x_floor"] = {f["name"]: round(row["seconds"] / max(f["seconds"], 1e-9), 2) for f in floors}

    scaling: list[dict[str, Any]] = []
    skipped: list[dict[str, str]] = []
    for engine in engines:
        if engine == "local":
            say(f"process pool, 1..{max_workers} workers")
            scaling += measure_local_scaling(documents, settings.pipeline, stats, max_workers,
                                             chunk_size, plugins, start_method)
        elif engine == "ray":
            if not ray_available():
                skipped.append({"engine": "ray",
                                "reason": "Ray is not installed (pip install lapwing[ray])"})
                continue
            say(f"Ray Data actor pool, 1..{max_workers} actors")
            scaling += measure_ray_scaling(documents, settings.pipeline, stats, max_workers,
                                           chunk_size, plugins, local_rows=scaling)
    return {
        "lapwing_version": __version__,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {
            "python": sys.version.split()[0], "platform": platform.platform(),
            "cpus": os.cpu_count(), "usable_cpus": default_workers(),
        },
        "corpus": {"source": source, **stats},
        "settings": {"pipeline": settings.pipeline.__dict__, "chunk_size": chunk_size,
                     "batch_size": batch_size, "max_workers": max_workers,
                     "engines": engines},
        "floors": floors,
        "references": references,
        "stages": stages,
        "end_to_end": end_to_end,
        "scaling": scaling,
        "skipped": skipped,
        "hotspots": hotspots,
        "parent_peak_rss_mb": round(_peak_rss_mb(), 1),
    }


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


# -- showing -------------------------------------------------------------------------------


def render_bench(result: dict[str, Any], console: Console) -> None:
    """The results as tables: floors, stages and end to end with ratios; scaling."""
    corpus = result["corpus"]
    floors = result["floors"]
    source = corpus["source"] if isinstance(corpus["source"], str) else "files"
    title = (f"Lapwing bench: {corpus['documents']:,} documents, {corpus['sentences']:,} "
             f"sentences, {corpus['words']:,} words ({source})")
    table = Table(title=title, title_justify="left")
    table.add_column("what")
    for column in ("seconds", "docs/s", "sentences/s", "words/s"):
        table.add_column(column, justify="right")
    for floor in floors:
        table.add_column(f"x {floor['name']}", justify="right")
    rows = [("floor: " + f["name"], f) for f in floors]
    rows += [("reference: " + r["name"], r) for r in result.get("references", [])]
    rows += [("stage: " + s["name"], s) for s in result["stages"]]
    rows.append((result["end_to_end"]["name"], result["end_to_end"]))
    for label, row in rows:
        ratios = row.get("x_floor") or {f["name"]: row["seconds"] / max(f["seconds"], 1e-9) for f in floors}
        table.add_row(
            label, f"{row['seconds']:.3f}", f"{row['docs_per_s']:,.0f}",
            f"{row['sentences_per_s']:,.0f}", f"{row['words_per_s']:,.0f}",
            *(f"{ratios[f['name']]:.2f}" for f in floors),
        )
    console.print(table)
    if result["scaling"]:
        scale = Table(title="Scaling (process pool unless stated)", title_justify="left")
        for column in ("engine", "workers", "start-up s", "seconds", "docs/s", "sentences/s",
                       "words/s", "speedup", "efficiency", "x local", "peak RSS MB/worker"):
            scale.add_column(column, justify="left" if column == "engine" else "right")
        for row in result["scaling"]:
            scale.add_row(
                row["engine"], str(row["workers"]), f"{row['startup_seconds']:.2f}",
                f"{row['seconds']:.3f}", f"{row['docs_per_s']:,.0f}",
                f"{row['sentences_per_s']:,.0f}", f"{row['words_per_s']:,.0f}",
                f"{row['speedup']:.2f}", f"{row['efficiency']:.2f}",
                f"{row['ratio_to_local']:.2f}" if "ratio_to_local" in row else "",
                ", ".join(f"{p:.0f}" for p in row["peak_rss_mb_per_worker"]),
            )
        console.print(scale)
    for item in result["skipped"]:
        console.print(f"[yellow]skipped {item['engine']}: {escape(item['reason'])}[/yellow]")
    if result["hotspots"]:
        hot = Table(title="Hot spots (in-process run, by own time)", title_justify="left")
        for column in ("function", "calls", "own s", "cumulative s", "own share"):
            hot.add_column(column, justify="left" if column == "function" else "right")
        for row in result["hotspots"]:
            hot.add_row(row["function"], f"{row['calls']:,}", f"{row['self_seconds']:.3f}",
                        f"{row['cumulative_seconds']:.3f}", f"{row['self_share']:.1%}")
        console.print(hot)
    machine = result["machine"]
    console.print(f"Python {machine['python']}, {machine['usable_cpus']} usable CPUs; "
                  f"parent peak RSS {result['parent_peak_rss_mb']:.0f} MB")


def save_json(result: dict[str, Any], path: str | Path) -> None:
    Path(path).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
