"""The Ray Data runner: ``lapwing extract --engine ray`` on one machine or a Ray cluster.

Needs ``pip install lapwing[ray]``. The split of work:

* the driver (this process) reads the inputs exactly as ``lapwing ingest``/``extract`` do:
  the ingest flow itself runs here (:func:`lapwing.ingest.run`), so readers, document ids,
  zones, dates, exact and near-duplicate marking, input problems and the resume manifest
  are the local runner's, not a re-implementation. Instead of running the stages, each
  batch of new documents is buffered;
* every ``round_size`` documents (and at the end) the buffer becomes a Ray Dataset
  (``ray.data.from_items``, one JSON string per document, so nested fields such as zones
  cross unchanged) and is mapped by an **actor pool** (``map_batches`` with a callable
  class, ``workers`` actors): each actor builds the pipeline once
  (:func:`lapwing.pipeline.get_pipeline`), calls :func:`lapwing.pipeline.process_documents`
  on its batches and writes each batch's records as one part of the partitioned Parquet
  layout of :mod:`lapwing.parquet_io` (``OUT/kind=<kind>/<run_id>-w<seq>.parquet``);
  only a small summary per batch comes back to the driver;
* after a round, the driver writes the round's exact-duplicate document lines and input
  problems and appends its finished files to ``_manifest.jsonl`` through
  :class:`lapwing.parquet_io.ParquetSink`: a killed run is resumed by running it again, as
  with the local ``extract --parquet``.

So ``read_parquet_records(OUT)`` (or ``lapwing ingest --parquet OUT``, or DuckDB on
``OUT/kind=event/*.parquet``) sees the same records as after the local runner; only the
order of the parts differs. A stage failing on a document is reported as a ``problem``
record and the run goes on (the pipeline's own isolation, inside the actor).

With ``write_in="workers"`` (the default) the actors write the files, so on a cluster
``out_dir`` must be a directory every node sees at the same path (NFS, a mounted bucket);
``write_in="driver"`` sends the records back and the driver writes every part (no shared
storage needed, at the cost of moving all records through the driver).

A local Ray instance (``address="local"``) is started with explicit, small resources:
``num_cpus`` (default: this process's CPUs), a ``object_store_mb`` object store (Ray's
default reserves ~30% of memory), its session files under ``temp_dir`` (default: a fresh
temporary directory, removed afterwards), no dashboard, and worker logs kept out of the
driver's output. Actors get fractional CPUs by default so that one CPU stays free for Ray
itself (a pool taking every CPU can starve other operators). ``address="auto"`` (or
``"ray://host:10001"``, ``"host:6379"``) connects to a running cluster instead, whose
resources are the cluster's own. If Ray is already initialised in this process, that
session is used as it is and left running.
"""

from __future__ import annotations

import json
import logging
import math
import os
import resource
import secrets
import shutil
import sys
import tempfile
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from lapwing import ingest
from lapwing.parquet_io import ParquetSink, write_parquet_partition
from lapwing.problems import Problem
from lapwing.records import Document
from lapwing.runners import default_workers, register_plugins, settings_key
from lapwing.settings import PipelineSettings, Settings
from lapwing.stages import Analysis
from lapwing.store import Batch

DEFAULT_OBJECT_STORE_MB = 200
DEFAULT_BATCH_SIZE = 32  # documents per map_batches call (one Parquet part each)
DEFAULT_ROUND_SIZE = 20_000  # documents per Ray Dataset (the driver's buffer)
LOCAL_ADDRESSES = ("local", None, "")
WriteIn = Literal["workers", "driver"]
_LOCAL_TOKEN = secrets.token_hex(32)  # auth token for the local instances of this process


class RayUnavailable(RuntimeError):
    """Ray (``pip install lapwing[ray]``) is not installed."""


def import_ray() -> Any:
    try:
        import ray  # noqa: PLC0415 - optional dependency
        import ray.data  # noqa: F401, PLC0415
    except ImportError as exc:
        raise RayUnavailable(
            f"the Ray engine needs Ray Data: pip install 'lapwing[ray]' ({exc})"
        ) from None
    return ray


def ray_available() -> bool:
    try:
        import_ray()
    except RayUnavailable:
        return False
    return True


# -- the Ray session ---------------------------------------------------------------------


@dataclass
class RaySession:
    """What :func:`ray_session` started or joined."""

    address: str
    started: bool  # a local instance started here (and shut down on exit)
    cpus: float  # CPUs in the cluster as Ray counts them
    temp_dir: str | None = None


@contextmanager
def ray_session(
    address: str | None = "local",
    num_cpus: int | None = None,
    object_store_mb: int = DEFAULT_OBJECT_STORE_MB,
    temp_dir: str | os.PathLike[str] | None = None,
    plugins: Sequence[str] = (),
) -> Iterator[RaySession]:
    """Ray initialised for a run: a fresh local instance, a running cluster, or the session
    this process already has. Only what was started here is shut down (and its temporary
    directory removed) on exit."""
    ray = import_ray()
    if ray.is_initialized():
        yield RaySession("existing", False, float(ray.cluster_resources().get("CPU", 0)))
        return
    env_vars = _worker_env(plugins)
    runtime_env = {"env_vars": env_vars} if env_vars else None
    made_temp = None
    if address in LOCAL_ADDRESSES:
        if temp_dir is None:
            made_temp = temp_dir = tempfile.mkdtemp(prefix="lapwing-ray-")
        temp_dir = os.fspath(Path(temp_dir).resolve())
        Path(temp_dir).mkdir(parents=True, exist_ok=True)
        if len(temp_dir) > 60:  # Ray's unix sockets live below it; paths are limited to 107 bytes
            raise ValueError(f"Ray temp dir {temp_dir!r} is too long for Ray's sockets; use a "
                             "shorter one (60 characters at most)")
        # Ray >= 2.5x turns on token authentication for new local clusters and saves the
        # token in ~/.ray/auth_token; a token of our own in the environment (inherited by
        # Ray's processes; kept for this process's later instances, as Ray caches it)
        # keeps authentication on without writing to the home directory.
        if (os.environ.get("RAY_AUTH_MODE", "token") != "disabled"
                and not {"RAY_AUTH_TOKEN", "RAY_AUTH_TOKEN_PATH"} & set(os.environ)):
            os.environ["RAY_AUTH_TOKEN"] = _LOCAL_TOKEN
        kwargs: dict[str, Any] = {
            "address": "local",
            "num_cpus": num_cpus or default_workers(),
            "object_store_memory": object_store_mb * 1024 * 1024,
            "_temp_dir": temp_dir,
        }
    else:
        kwargs = {"address": address}
    auth_logger = logging.getLogger("ray._private.authentication.authentication_token_setup")
    level = auth_logger.level
    try:
        auth_logger.setLevel(logging.ERROR)  # "token authentication is enabled" on every start
        try:
            ray.init(**kwargs, include_dashboard=False, log_to_driver=False,
                     configure_logging=False, runtime_env=runtime_env)
        finally:
            auth_logger.setLevel(level)
        try:
            _quiet_ray_data()
            cpus = float(ray.cluster_resources().get("CPU", 0))
            yield RaySession(str(address or "local"), True, cpus, temp_dir)
        finally:
            ray.shutdown()
    finally:
        if made_temp:
            shutil.rmtree(made_temp, ignore_errors=True)


def _worker_env(plugins: Sequence[str]) -> dict[str, str]:
    """Environment for Ray's workers: plugin modules must import there as they do here."""
    if not plugins:
        return {}
    paths = [p for p in dict.fromkeys(os.path.abspath(p or os.curdir) for p in sys.path)
             if os.path.isdir(p)]
    return {"PYTHONPATH": os.pathsep.join(paths)}


def _quiet_ray_data() -> None:
    """No progress bars or per-operator log lines from Ray Data in the CLI's output."""
    from ray.data import DataContext  # noqa: PLC0415

    context = DataContext.get_current()
    for name in ("enable_progress_bars", "enable_operator_progress_bars",
                 "enable_rich_progress_bars", "print_on_execution_start"):
        if hasattr(context, name):
            setattr(context, name, False)
    if hasattr(context, "verbose_stats_logs"):
        context.verbose_stats_logs = False
    logging.getLogger("ray.data").setLevel(logging.ERROR)


def cpus_per_worker(session: RaySession, workers: int) -> float:
    """Default CPUs reserved per actor: on a local instance, leave one CPU to Ray (at most
    1 per actor); on a cluster, one each."""
    if session.address != "local":
        return 1.0
    spare = max(session.cpus - 1.0, session.cpus / 2, 0.1)
    return round(max(0.05, min(1.0, spare / max(workers, 1))), 3)


# -- the actor ---------------------------------------------------------------------------


class Extractor:
    """One actor of the pool: builds the pipeline once, then turns batches of documents
    (JSON strings with their sequence numbers) into Parquet parts (or records)."""

    def __init__(self, settings_json: str, plugins: Sequence[str], out_dir: str, run_id: str,
                 write_in: WriteIn):
        from lapwing.pipeline import get_pipeline  # noqa: PLC0415

        register_plugins(plugins)
        self.settings_json = settings_json
        self.out_dir, self.run_id, self.write_in = out_dir, run_id, write_in
        get_pipeline(settings_json)  # models load now, once per actor
        self.ready_at = time.time()  # for lapwing bench: start-up vs steady throughput

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        from lapwing.pipeline import process_documents  # noqa: PLC0415
        from lapwing.settings import PipelineSettings  # noqa: PLC0415

        settings = PipelineSettings(**json.loads(self.settings_json))
        documents = [json.loads(text) for text in batch["doc"]]
        records = process_documents(documents, settings)
        part = part_name(self.run_id, int(min(batch["seq"])))
        payload = ""
        if self.write_in == "workers":
            write_parquet_partition(records, self.out_dir, part)
        else:
            payload = json.dumps(records, ensure_ascii=False)
        summary = {
            "pid": os.getpid(),
            "ready_at": self.ready_at,
            "finished_at": time.time(),
            "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            "documents": len(documents),
            "records": dict(Counter(r["kind"] for r in records
                                    if r["kind"] not in ("document", "problem"))),
            "problems": [{k: v for k, v in r.items() if k != "kind"}
                         for r in records if r["kind"] == "problem"],
        }
        return {"part": [part], "summary": [json.dumps(summary)], "records": [payload]}


def part_name(run_id: str, first_seq: int) -> str:
    """The part a batch starting at document ``first_seq`` of the run is written to
    (``w`` keeps it apart from the driver's ``<run_id>-<n>`` parts)."""
    return f"{run_id}-w{first_seq:09d}"


# -- the driver --------------------------------------------------------------------------


class _Deferred:
    """The ingest flow's pipeline slot: no stages here, the documents go to Ray later."""

    def __call__(self, documents: list[Document]) -> tuple[list[Analysis], list[Problem]]:
        return [Analysis(d) for d in documents], []


@dataclass
class RayStats:
    """What the actors did (for the run summary and ``lapwing bench``)."""

    documents: int = 0
    parts: int = 0
    rounds: int = 0
    seconds: float = 0.0  # wall time of the Ray rounds (actor start-up included)
    actor_pids: set[int] = field(default_factory=set)


class _DriverSink(ParquetSink):
    """The driver's share of a :class:`ParquetSink`: everything but new documents and
    their records (which the actors wrote), i.e. exact-duplicate lines, input problems and
    the manifest, with the sink's memory of ids kept as if it had written the documents."""

    def write_rest(self, batch: Batch, duplicates: list[Document]) -> None:
        self._known_ids()  # loaded before this run's parts exist (as ParquetSink.write does)
        rest = Batch(run_id=batch.run_id, inputs=batch.inputs, problems=batch.problems,
                     finished_files=batch.finished_files)
        self.write(rest, duplicates)
        assert self._known is not None
        self._known.update(d.doc_id for d in batch.documents)
        self._inputs.update((d.input_id, d.doc_id) for d in batch.documents)


class _RaySink:
    """Buffers the ingest flow's batches; sends their documents through Ray in rounds;
    then lets the driver's Parquet sink write the rest and the manifest."""

    def __init__(self, parquet: _DriverSink, run_round: Callable[[list[Document]], None],
                 round_size: int):
        self.parquet = parquet
        self.run_round = run_round
        self.round_size = round_size
        self.pending: list[tuple[Batch, list[Document]]] = []
        self.buffered = 0

    def finished_file_keys(self, keys: list[str]) -> set[str]:
        return self.parquet.finished_file_keys(keys)

    def known_doc_ids(self, ids: list[str]) -> set[str]:
        return self.parquet.known_doc_ids(ids)

    def band_candidates(self, bands: list[Any]) -> dict[str, tuple[bytes, str | None]]:
        return self.parquet.band_candidates(bands)

    def write(self, batch: Batch, duplicates: list[Document]) -> None:
        self.pending.append((batch, duplicates))
        self.buffered += len(batch.documents)
        if self.buffered >= self.round_size:
            self.flush()

    def flush(self) -> None:
        documents = [d for batch, _ in self.pending for d in batch.documents]
        if documents:
            self.run_round(documents)
        for batch, duplicates in self.pending:  # the manifest only once the documents are out
            self.parquet.write_rest(batch, duplicates)
        self.pending, self.buffered = [], 0


def map_documents(
    documents: Sequence[Mapping[str, Any]],
    settings: PipelineSettings,
    *,
    workers: int,
    batch_size: int = DEFAULT_BATCH_SIZE,
    cpus_per_actor: float = 1.0,
    out_dir: str | os.PathLike[str] | None = None,
    run_id: str = "run",
    write_in: WriteIn = "driver",
    plugins: Sequence[str] = (),
    actor_retries: int = 2,
    first_seq: int = 0,
) -> Iterator[dict[str, Any]]:
    """Document dicts through an actor pool on the Ray this process is connected to.

    Yields one row per batch: ``part`` (its part name), ``summary`` (documents, record
    counts, problems, actor pid and timings) and, with ``write_in="driver"``, ``records``
    (the batch's record dicts, for the caller to write); with ``"workers"`` the actors
    have written the part under ``out_dir`` themselves.
    """
    ray = import_ray()
    if write_in == "workers" and out_dir is None:
        raise ValueError("write_in='workers' needs out_dir")
    items = [{"seq": first_seq + i, "doc": json.dumps(dict(d), ensure_ascii=False)}
             for i, d in enumerate(documents)]
    if not items:
        return
    blocks = max(1, math.ceil(len(items) / batch_size))
    with warnings.catch_warnings():  # max_restarts has no named parameter (yet)
        warnings.filterwarnings("ignore", message=".*ray_remote_args.*")
        dataset = ray.data.from_items(items, override_num_blocks=blocks).map_batches(
            Extractor,
            fn_constructor_kwargs={
                "settings_json": settings_key(settings), "plugins": tuple(plugins),
                "out_dir": str(Path(out_dir).resolve()) if out_dir is not None else "",
                "run_id": run_id, "write_in": write_in,
            },
            compute=ray.data.ActorPoolStrategy(size=max(1, min(workers, blocks))),
            batch_size=batch_size,
            batch_format="numpy",
            num_cpus=cpus_per_actor,
            # Ray Data restarts actors and retries their tasks forever by default: a
            # document that kills its actor (a segfault) would loop. Bounded here, so such
            # a run fails with Ray's error instead (a lost node is still survived).
            max_restarts=actor_retries,
            max_task_retries=actor_retries,
        )
    for row in dataset.iter_rows():
        yield {"part": row["part"], "summary": json.loads(row["summary"]),
               "records": json.loads(row["records"]) if row["records"] else None}


def run_ray(
    paths: Sequence[str],
    out_dir: str | os.PathLike[str],
    settings: Settings | None = None,
    *,
    address: str | None = "local",
    workers: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    cpus_per_actor: float | None = None,
    num_cpus: int | None = None,
    object_store_mb: int = DEFAULT_OBJECT_STORE_MB,
    temp_dir: str | os.PathLike[str] | None = None,
    round_size: int = DEFAULT_ROUND_SIZE,
    write_in: WriteIn = "workers",
    plugins: Sequence[str] = (),
    actor_retries: int = 2,
    run_id: str | None = None,
    progress: ingest.Progress | None = None,
    stats: RayStats | None = None,
) -> ingest.RunReport:
    """Extract records from ``paths`` into partitioned Parquet under ``out_dir`` with Ray.

    ``workers`` actors (default: one per CPU of the cluster, at most ``cpus / cpus_per_actor``)
    each run ``batch_size`` documents per call. Problems are reported in the result, as
    :func:`lapwing.ingest.run` does; a stage failing on one document costs only that
    document's records. See the module doc for ``address``, ``write_in`` and resources.
    """
    if batch_size < 1 or round_size < 1:
        raise ValueError("batch_size and round_size must be at least 1")
    if write_in not in ("workers", "driver"):
        raise ValueError(f"write_in must be 'workers' or 'driver', not {write_in!r}")
    settings = settings or Settings()
    import_ray()  # a clear error before reading anything
    run_id = run_id or _new_run_id()
    out = Path(out_dir).resolve()
    stats = stats if stats is not None else RayStats()
    summaries: list[dict[str, Any]] = []
    seq = 0

    with ray_session(address, num_cpus, object_store_mb, temp_dir, plugins) as session:
        n = workers or max(1, int(session.cpus))
        per_actor = cpus_per_actor if cpus_per_actor is not None else cpus_per_worker(session, n)
        def run_round(documents: list[Document]) -> None:
            nonlocal seq
            start = time.perf_counter()
            rows = map_documents(
                [d.to_dict() for d in documents], settings.pipeline, workers=n,
                batch_size=batch_size, cpus_per_actor=per_actor, out_dir=out, run_id=run_id,
                write_in=write_in, plugins=plugins, actor_retries=actor_retries, first_seq=seq,
            )
            seq += len(documents)
            for row in rows:
                summary = row["summary"]
                if write_in == "driver":
                    write_parquet_partition(row["records"], out, row["part"])
                summaries.append(summary)
                stats.parts += 1
                stats.documents += summary["documents"]
                stats.actor_pids.add(summary["pid"])
            stats.rounds += 1
            stats.seconds += time.perf_counter() - start

        sink = _RaySink(_DriverSink(out, run_id), run_round, round_size)
        report = ingest.run(list(paths), sink, settings, run_id, _Deferred(), progress)  # type: ignore[arg-type]
        sink.flush()
    for summary in summaries:
        report.records.update(summary["records"])
        for problem in summary["problems"]:
            report.log.add(Problem(**problem))
    return report


def _new_run_id() -> str:
    import datetime as dt  # noqa: PLC0415
    import uuid  # noqa: PLC0415

    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
