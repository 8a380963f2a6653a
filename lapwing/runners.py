"""The local runner: the engine-neutral batch function in a pool of worker processes.

:class:`ProcessPoolRunner` sends chunks of document dicts to worker processes, each of which
calls :func:`lapwing.pipeline.process_documents` (the stages are built once per worker, when
it starts), and returns record dicts in input order or as chunks complete.
:class:`ParallelPipeline` wraps it in the interface of :class:`lapwing.pipeline.Pipeline`, so
the ingest flow runs unchanged on several cores, keeping its per-batch transactions and its
resume manifest::

    pipeline = ParallelPipeline(settings.pipeline, workers=4, recycle_after=5000)
    with pipeline:
        report = ingest.run(paths, sink, settings, run_id, pipeline=pipeline)

Why a small pool of our own rather than ``ProcessPoolExecutor``: the executor's worker
recycling (``max_tasks_per_child``) deadlocks on Python 3.11 once a backlog is queued
(CPython gh-115634, fixed only in 3.13+), and when a worker dies the executor fails every
task in flight without saying which one killed it. Here each worker holds one chunk at a
time over its own pipe, so:

* a worker that dies (segfault, ``os._exit``, killed for memory) costs only its own chunk:
  the chunk is split in halves and retried until the document that kills a worker is alone;
  that document is reported as a ``problem`` record (and kept, without extracted records,
  as the in-process pipeline does for a failing stage) and a fresh worker takes its place;
* a worker is retired and replaced after about ``recycle_after`` documents (whole chunks),
  which bounds the memory a leaky model can take;
* workers ignore SIGINT; on Ctrl-C (or any error, or a consumer that stops early) the
  parent terminates its workers and re-raises, so nothing is left running.

Workers are started with ``forkserver`` where available, else ``spawn``: never ``fork``,
because the parent may hold threads (DuckDB) and models must load inside each worker.
Everything sent either way is plain dicts, lists and strings. As with any spawn-style pool,
a script that uses the runner must keep its work under ``if __name__ == "__main__":`` (the
``lapwing`` command and ``python -m lapwing`` are safe). Stages from plugins that are not
installed as entry points reach the workers by module name (``plugins=[...]``).
"""

from __future__ import annotations

import importlib
import itertools
import json
import math
import multiprocessing
import os
import resource
import signal
import sys
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any

from lapwing.problems import Problem
from lapwing.records import Document, Record, record_from_dict
from lapwing.settings import PipelineSettings
from lapwing.stages import Analysis, StageSpec

if TYPE_CHECKING:
    from lapwing.pipeline import Pipeline

DEFAULT_RECYCLE_AFTER = 10_000  # documents per worker before it is replaced
MAX_CHUNK = 64  # documents per task when the chunk size is chosen automatically
_MAX_FAILED_STARTS = 5  # workers dying before doing anything, in a row: give up

DocumentDict = Mapping[str, Any]
RecordDict = dict[str, Any]


class RunnerError(RuntimeError):
    """The pool cannot do its work (a worker cannot build the pipeline, workers keep dying)."""


def default_workers() -> int:
    """One worker per CPU this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def default_start_method() -> str:
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def settings_key(settings: PipelineSettings) -> str:
    """The JSON form of the settings, as :func:`lapwing.pipeline.process_documents` keys it."""
    return json.dumps(settings.__dict__, sort_keys=True)


# -- the worker process ------------------------------------------------------------------


def register_plugins(modules: Sequence[str]) -> None:
    """Register extra plugin modules (by import name) with this process's plugin manager.

    For stages that are not installed through an entry point (tests, local experiments):
    worker processes import the modules by name, so they must be importable there.
    """
    if not modules:
        return
    from lapwing.plugins import plugin_manager

    pm = plugin_manager()
    for name in modules:
        if pm.get_plugin(name) is None:
            pm.register(importlib.import_module(name), name=name)


def stage_specs(plugins: Sequence[str] = ()) -> dict[str, StageSpec]:
    """The stages a worker registering ``plugins`` will have, without registering them here
    (this process's plugin manager, and so its own pipelines, stay as they are)."""
    from lapwing.plugins import installed_stages

    if not plugins:
        return installed_stages()
    import pluggy

    from lapwing import hookspecs
    from lapwing.plugins import DEFAULT_PLUGINS

    pm = pluggy.PluginManager("lapwing")
    pm.add_hookspecs(hookspecs)
    for name in DEFAULT_PLUGINS:
        pm.register(importlib.import_module(name), name=name)
    pm.load_setuptools_entrypoints("lapwing")
    for name in plugins:  # as register_plugins does in the workers
        if pm.get_plugin(name) is None:
            pm.register(importlib.import_module(name), name=name)
    return installed_stages(pm)


def _worker_main(conn: Connection, settings_json: str, plugins: tuple[str, ...]) -> None:
    """A worker: build the pipeline once, then process chunks until told to stop.

    Messages in: ``(task_id, [document dicts])`` or ``None`` (stop).
    Messages out: ``("ready", pid, peak_rss_kb)``; ``("ok", task_id, records, stats)``;
    ``("error", task_id, traceback)``; ``("fatal", traceback)`` when the pipeline cannot be built.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    from lapwing.pipeline import get_pipeline, process_documents

    try:
        register_plugins(plugins)
        settings = PipelineSettings(**json.loads(settings_json))
        get_pipeline(settings_json)  # models load now, once per worker
    except BaseException:  # noqa: BLE001 - reported to the parent, which raises it
        conn.send(("fatal", traceback.format_exc()))
        return
    conn.send(("ready", os.getpid(), _peak_rss_kb()))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):  # the parent went away
            return
        if message is None:
            return
        task_id, documents = message
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            records = process_documents(documents, settings)
        except Exception:  # noqa: BLE001 - not a stage failure (those are problems): a bug
            conn.send(("error", task_id, traceback.format_exc()))
            continue
        stats = {
            "pid": os.getpid(),
            "documents": len(documents),
            "seconds": time.perf_counter() - wall,
            "cpu_seconds": time.process_time() - cpu,
            "peak_rss_kb": _peak_rss_kb(),
        }
        conn.send(("ok", task_id, records, stats))


def _peak_rss_kb() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # bytes on macOS, KiB on Linux


# -- the parent side ---------------------------------------------------------------------


@dataclass
class ChunkResult:
    """The records of one input chunk (documents first, each followed by its records)."""

    index: int
    documents: int
    records: list[RecordDict]
    pids: set[int] = field(default_factory=set)
    seconds: float = 0.0  # worker time spent on the chunk (all its pieces)
    crashes: int = 0  # worker deaths while processing it


@dataclass
class WorkerStats:
    """What one worker process did: for ``lapwing bench`` and the run summary."""

    pid: int
    documents: int = 0
    chunks: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    peak_rss_kb: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "pid": self.pid,
            "documents": self.documents,
            "chunks": self.chunks,
            "seconds": round(self.seconds, 4),
            "cpu_seconds": round(self.cpu_seconds, 4),
            "peak_rss_mb": round(self.peak_rss_kb / 1024, 1),
        }


@dataclass
class _Task:
    id: int
    chunk: int
    start: int  # offset of these documents in their chunk (pieces of a split chunk)
    documents: list[DocumentDict]


@dataclass
class _Chunk:
    index: int
    size: int
    outstanding: int = 1
    parts: dict[int, list[RecordDict]] = field(default_factory=dict)
    pids: set[int] = field(default_factory=set)
    seconds: float = 0.0
    crashes: int = 0

    def result(self) -> ChunkResult:
        records = [r for start in sorted(self.parts) for r in self.parts[start]]
        return ChunkResult(self.index, self.size, records, self.pids, self.seconds, self.crashes)


@dataclass(eq=False)  # compared by identity
class _Worker:
    process: Any  # multiprocessing.context.Process
    conn: Connection
    task: _Task | None = None
    documents: int = 0  # since it started, for recycling
    ready: bool = False


class ProcessPoolRunner:
    """Worker processes running the pipeline on chunks of document dicts (see module doc).

    Not thread-safe, and one :meth:`map_chunks` at a time. Use as a context manager, or call
    :meth:`close`; workers start on first use (or :meth:`start`).
    """

    def __init__(
        self,
        settings: PipelineSettings | None = None,
        workers: int | None = None,
        recycle_after: int | None = DEFAULT_RECYCLE_AFTER,
        plugins: Sequence[str] = (),
        start_method: str | None = None,
        max_pending: int | None = None,
    ):
        self.settings = settings or PipelineSettings()
        self.workers = workers or default_workers()
        if self.workers < 1:
            raise ValueError("workers must be at least 1")
        self.recycle_after = recycle_after if recycle_after and recycle_after > 0 else None
        self.plugins = tuple(plugins)
        self.start_method = start_method or default_start_method()
        self.max_pending = max_pending or 2 * self.workers + 2  # chunks held at once
        self._context = multiprocessing.get_context(self.start_method)
        self._settings_json = settings_key(self.settings)
        self._pool: list[_Worker] = []
        self._retired: list[Any] = []
        self._task_ids = itertools.count()
        self._busy = False
        self._failed_starts = 0
        self.stats: dict[int, WorkerStats] = {}
        self.started_workers = 0
        self.crashes = 0

    # -- life cycle ----------------------------------------------------------------------

    def __enter__(self) -> ProcessPoolRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self, wait_ready: bool = False, timeout: float = 120.0) -> None:
        """Start the workers; with ``wait_ready``, until each has built its pipeline."""
        while len(self._pool) < self.workers:
            self._pool.append(self._spawn())
        if wait_ready:
            deadline = time.monotonic() + timeout
            while not all(w.ready for w in self._pool):
                if time.monotonic() > deadline:
                    raise RunnerError(f"workers not ready after {timeout:.0f} s")
                self._handle_events(self._wait_events(1.0), None, None)

    def close(self) -> None:
        """Stop the workers (politely, then by force) and wait for them."""
        for worker in self._pool:
            if worker.task is not None:  # a chunk nobody will collect
                worker.process.terminate()
                continue
            try:
                worker.conn.send(None)
            except (OSError, ValueError):
                pass
        deadline = time.monotonic() + 5.0
        for process in [w.process for w in self._pool] + self._retired:
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                process.terminate()
                process.join(1.0)
        for worker in self._pool:
            worker.conn.close()
        self._pool, self._retired = [], []

    def abort(self) -> None:
        """Terminate every worker now (Ctrl-C, an error): no waiting for chunks in flight."""
        for worker in self._pool:
            if worker.process.is_alive():
                worker.process.terminate()
        for process in self._retired:
            if process.is_alive():
                process.terminate()
        for process in [w.process for w in self._pool] + self._retired:
            process.join(2.0)
            if process.is_alive():
                process.kill()
                process.join(1.0)
        for worker in self._pool:
            worker.conn.close()
        self._pool, self._retired = [], []

    def pids(self) -> list[int]:
        """Process ids of the live workers."""
        return [w.process.pid for w in self._pool if w.process.is_alive()]

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe(duplex=True)
        process = self._context.Process(
            target=_worker_main,
            args=(child, self._settings_json, self.plugins),
            name="lapwing-worker",
            daemon=True,
        )
        process.start()
        child.close()
        self.started_workers += 1
        return _Worker(process, parent)

    def _retire(self, worker: _Worker) -> None:
        """Replace a worker that did its share (recycling); it exits when it reads ``None``."""
        try:
            worker.conn.send(None)
        except (OSError, ValueError):
            pass
        worker.conn.close()
        self._retired.append(worker.process)
        self._pool[self._pool.index(worker)] = self._spawn()
        self._reap()

    def _reap(self) -> None:
        still = []
        for process in self._retired:
            process.join(0)
            if process.is_alive():
                still.append(process)
        self._retired = still

    # -- running -------------------------------------------------------------------------

    def run(
        self,
        documents: Iterable[DocumentDict],
        chunk_size: int = 32,
        ordered: bool = True,
        progress: Callable[[int], None] | None = None,
    ) -> Iterator[RecordDict]:
        """Record dicts for ``documents`` (read lazily), chunk by chunk."""
        for result in self.map_chunks(chunked(documents, chunk_size), ordered, progress):
            yield from result.records

    def map_chunks(
        self,
        chunks: Iterable[list[DocumentDict]],
        ordered: bool = True,
        progress: Callable[[int], None] | None = None,
    ) -> Iterator[ChunkResult]:
        """One :class:`ChunkResult` per chunk: in input order, or as they complete.

        At most ``max_pending`` chunks are held at once, so a long input streams through in
        bounded memory. ``progress`` is called with the number of documents of each chunk
        done. Any exception, Ctrl-C, or closing the iterator early terminates the workers.
        """
        if self._busy:
            raise RuntimeError("this runner is already running a map")
        self._busy = True
        source = enumerate(chunks)
        exhausted = False
        open_chunks: dict[int, _Chunk] = {}
        done: dict[int, ChunkResult] = {}
        queue: deque[_Task] = deque()
        next_out = 0
        try:
            self.start()
            while True:
                # Hand results on: in input order, or as they complete.
                while done and (not ordered or next_out in done):
                    result = done.pop(next_out if ordered else next(iter(done)))
                    next_out += 1
                    if progress and result.documents:
                        progress(result.documents)
                    yield result
                # Hand tasks to idle workers, reading more input while there is room.
                for worker in self._pool:
                    if worker.task is not None:
                        continue
                    while not queue and not exhausted and len(open_chunks) + len(done) < self.max_pending:
                        try:
                            index, docs = next(source)
                        except StopIteration:
                            exhausted = True
                            break
                        docs = list(docs)
                        if docs:
                            open_chunks[index] = _Chunk(index, len(docs))
                            queue.append(_Task(next(self._task_ids), index, 0, docs))
                        else:
                            done[index] = ChunkResult(index, 0, [])
                    if not queue:
                        break
                    self._assign(worker, queue.popleft())
                if any(w.task is not None for w in self._pool):
                    self._handle_events(self._wait_events(None), open_chunks, done, queue)
                elif exhausted and not open_chunks and not done and not queue:
                    return
                elif not (done and (not ordered or next_out in done)):  # cannot happen
                    raise RunnerError("internal error: chunks open but none in flight")
        except BaseException:  # Ctrl-C, an error, or the consumer closed us (GeneratorExit)
            self.abort()
            raise
        finally:
            self._busy = False

    def _assign(self, worker: _Worker, task: _Task) -> None:
        worker.task = task
        try:
            worker.conn.send((task.id, task.documents))
        except (OSError, ValueError):  # it died meanwhile: its sentinel will tell
            pass

    def _wait_events(self, timeout: float | None) -> list[Any]:
        waitables: list[Any] = []
        for worker in self._pool:
            waitables += [worker.conn, worker.process.sentinel]
        return wait(waitables, timeout)

    def _handle_events(
        self,
        ready: list[Any],
        open_chunks: dict[int, _Chunk] | None,
        done: dict[int, ChunkResult] | None,
        queue: deque[_Task] | None = None,
    ) -> None:
        ready_set = set(map(id, ready))
        for worker in list(self._pool):
            dead = id(worker.process.sentinel) in ready_set
            if id(worker.conn) in ready_set or dead:
                while self._poll(worker):
                    try:
                        message = worker.conn.recv()
                    except (EOFError, OSError):
                        dead = True
                        break
                    self._on_message(worker, message, open_chunks, done)
                if worker not in self._pool:  # retired after its last chunk
                    continue
                if dead or not worker.process.is_alive():
                    self._on_death(worker, open_chunks, done, queue)

    @staticmethod
    def _poll(worker: _Worker) -> bool:
        try:
            return worker.conn.poll()
        except (EOFError, OSError):
            return False

    def _on_message(
        self,
        worker: _Worker,
        message: tuple[Any, ...],
        open_chunks: dict[int, _Chunk] | None,
        done: dict[int, ChunkResult] | None,
    ) -> None:
        tag = message[0]
        if tag == "ready":
            worker.ready = True
            entry = self.stats.setdefault(message[1], WorkerStats(pid=message[1]))
            entry.peak_rss_kb = max(entry.peak_rss_kb, message[2])  # with the models loaded
            return
        if tag == "fatal":
            raise RunnerError(f"a worker could not build the pipeline:\n{message[1]}")
        if tag == "error":
            raise RunnerError(f"a worker failed on a chunk:\n{message[2]}")
        _, task_id, records, stats = message
        task = worker.task
        if task is None or task.id != task_id or open_chunks is None or done is None:
            raise RunnerError(f"unexpected result for task {task_id}")
        worker.task = None
        self._failed_starts = 0
        self._account(stats)
        chunk = open_chunks[task.chunk]
        chunk.parts[task.start] = records
        chunk.pids.add(stats["pid"])
        chunk.seconds += stats["seconds"]
        self._finish_part(chunk, open_chunks, done)
        worker.documents += len(task.documents)
        if self.recycle_after and worker.documents >= self.recycle_after:
            self._retire(worker)

    def _account(self, stats: Mapping[str, Any]) -> None:
        entry = self.stats.setdefault(stats["pid"], WorkerStats(pid=stats["pid"]))
        entry.documents += stats["documents"]
        entry.chunks += 1
        entry.seconds += stats["seconds"]
        entry.cpu_seconds += stats["cpu_seconds"]
        entry.peak_rss_kb = max(entry.peak_rss_kb, stats["peak_rss_kb"])

    @staticmethod
    def _finish_part(chunk: _Chunk, open_chunks: dict[int, _Chunk], done: dict[int, ChunkResult]) -> None:
        chunk.outstanding -= 1
        if chunk.outstanding == 0:
            done[chunk.index] = chunk.result()
            del open_chunks[chunk.index]

    def _on_death(
        self,
        worker: _Worker,
        open_chunks: dict[int, _Chunk] | None,
        done: dict[int, ChunkResult] | None,
        queue: deque[_Task] | None,
    ) -> None:
        """A worker died: replace it; split its chunk, or report its single document."""
        worker.process.join(1.0)
        exitcode = worker.process.exitcode
        worker.conn.close()
        self._pool[self._pool.index(worker)] = self._spawn()
        self.crashes += 1
        task = worker.task
        if not worker.ready:  # died while starting: not the documents' fault
            self._failed_starts += 1
            if self._failed_starts >= _MAX_FAILED_STARTS:
                raise RunnerError(
                    f"{self._failed_starts} workers in a row died while starting "
                    f"(last exit code {exitcode})"
                )
            if task is not None and queue is not None:
                queue.appendleft(task)
            return
        if task is None:
            return
        assert open_chunks is not None and done is not None and queue is not None
        chunk = open_chunks[task.chunk]
        chunk.crashes += 1
        if len(task.documents) == 1:
            chunk.parts[task.start] = crash_records(task.documents[0], exitcode)
            self._finish_part(chunk, open_chunks, done)
            return
        half = len(task.documents) // 2
        chunk.outstanding += 1
        pieces = [(task.start, task.documents[:half]), (task.start + half, task.documents[half:])]
        for start, docs in reversed(pieces):  # retried before any new input
            queue.appendleft(_Task(next(self._task_ids), task.chunk, start, docs))


def crash_records(document: DocumentDict, exitcode: int | None) -> list[RecordDict]:
    """What a document that kills its worker yields: itself, and a problem saying so."""
    doc = Document.from_dict(dict(document))
    if exitcode is not None and exitcode < 0:
        how = f"was killed by signal {-exitcode}"
        if -exitcode == signal.SIGKILL:
            how += " (out of memory?)"
    else:
        how = f"exited with code {exitcode}"
    problem = Problem(
        origin=doc.origin or doc.input_id,
        record=doc.doc_id,
        severity="error",
        reason=f"the worker process {how} while processing this document",
        hint="the document is stored without extracted records; please report this input",
    )
    return [doc.to_dict(), {"kind": "problem", **problem.to_dict()}]


def chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of ``size`` items (the last may be shorter)."""
    if size < 1:
        raise ValueError("chunk size must be at least 1")
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


# -- the Pipeline interface ---------------------------------------------------------------


class ParallelPipeline:
    """A drop-in for :class:`lapwing.pipeline.Pipeline` that runs the stages in workers.

    ``ingest.run(..., pipeline=ParallelPipeline(settings.pipeline, workers=4))`` works
    unchanged: each batch of documents is split into chunks for the workers and the
    analyses come back in order. ``annotations`` (intermediate results) stay in the workers;
    only exported records come back. Close it (or use ``with``) to stop the workers.
    """

    def __init__(
        self,
        settings: PipelineSettings | None = None,
        workers: int | None = None,
        recycle_after: int | None = DEFAULT_RECYCLE_AFTER,
        chunk_size: int | None = None,
        plugins: Sequence[str] = (),
        start_method: str | None = None,
    ):
        self.settings = settings or PipelineSettings()
        self.chunk_size = chunk_size
        self.runner = ProcessPoolRunner(
            self.settings, workers, recycle_after, plugins, start_method
        )
        self.validate()

    def validate(self) -> None:
        """Raise ``ValueError`` here, as ``Pipeline.from_settings`` would, for unknown stages,
        a bad order or unknown stage settings, rather than in every worker later."""
        from lapwing.stages import default_order, order_stages

        specs = stage_specs(self.runner.plugins)
        names = self.settings.stages if self.settings.stages is not None else default_order(specs)
        ordered = order_stages(specs, names)
        config = self.settings.stage_config
        unknown = set(config) - {s.name for s in ordered}
        if unknown:
            raise ValueError(f"settings given for stages not in the pipeline: {sorted(unknown)}")
        for spec in ordered:
            extra = set(config.get(spec.name) or {}) - set(spec.default_config)
            if extra:
                raise ValueError(
                    f"stage {spec.name!r} has no setting(s) {sorted(extra)}; "
                    f"known settings: {sorted(spec.default_config)}"
                )
        self._names = [s.name for s in ordered]

    @property
    def workers(self) -> int:
        return self.runner.workers

    @property
    def names(self) -> list[str]:
        """The stage names, in order."""
        return list(self._names)

    def __enter__(self) -> ParallelPipeline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.runner.close()

    def __call__(self, documents: list[Document]) -> tuple[list[Analysis], list[Problem]]:
        if not documents:
            return [], []
        sent = [d.to_dict() for d in documents]
        size = self.chunk_size or max(1, min(MAX_CHUNK, math.ceil(len(sent) / (4 * self.workers))))
        records: list[RecordDict] = []
        for result in self.runner.map_chunks(chunked(sent, size), ordered=True):
            records.extend(result.records)
        return rebuild_analyses(documents, sent, records)


def rebuild_analyses(
    documents: list[Document], sent: list[RecordDict], records: Iterable[RecordDict]
) -> tuple[list[Analysis], list[Problem]]:
    """Analyses of ``documents`` from the record dicts a worker returned for them.

    The records come as ``process_documents`` writes them: each document followed by its
    records, problems anywhere. The original :class:`Document` objects are kept (the ingest
    flow stores those); a change a stage made to a document is copied onto it.
    """
    analyses: list[Analysis] = []
    problems: list[Problem] = []
    current: Analysis | None = None
    for data in records:
        kind = data.get("kind")
        if kind == "problem":
            problems.append(Problem(**{k: v for k, v in data.items() if k != "kind"}))
            continue
        if kind == "document":
            position = len(analyses)
            if position >= len(documents):
                raise RunnerError("the workers returned more documents than were sent")
            original = documents[position]
            if data != sent[position]:
                changed = Document.from_dict(data)
                for name in original.__dataclass_fields__:
                    setattr(original, name, getattr(changed, name))
            current = Analysis(original)
            analyses.append(current)
            continue
        if current is None:
            raise RunnerError(f"a {kind!r} record came back before any document")
        _add(current, record_from_dict(data))
    if len(analyses) != len(documents):
        raise RunnerError(f"sent {len(documents)} documents, got {len(analyses)} back")
    return analyses, problems


def _add(analysis: Analysis, record: Record) -> None:
    kind = type(record).kind
    target = {
        "mention": analysis.mentions,
        "timex": analysis.timexes,
        "event": analysis.events,
        "relation": analysis.relations,
    }.get(kind)
    if target is None:
        raise RunnerError(f"cannot place a {kind!r} record in an analysis")
    target.append(record)  # type: ignore[arg-type]


@contextmanager
def open_pipeline(
    settings: PipelineSettings,
    workers: int = 1,
    recycle_after: int | None = DEFAULT_RECYCLE_AFTER,
    plugins: Sequence[str] = (),
) -> Iterator[Pipeline | ParallelPipeline]:
    """The pipeline for ``--workers N``: in process for 1, a pool of N workers for N > 1,
    one worker per CPU for 0. Worker processes are stopped when the block ends."""
    if workers == 1:
        from lapwing.pipeline import Pipeline

        register_plugins(plugins)
        yield Pipeline.from_settings(settings)
        return
    with ParallelPipeline(settings, workers or None, recycle_after, plugins=plugins) as pipeline:
        yield pipeline
