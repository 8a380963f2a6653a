"""Reading, deduplicating, extracting and committing a corpus, batch by batch.

One flow serves ``lapwing ingest`` (into the store) and ``lapwing extract`` (JSON lines,
no database): inputs are read file by file, grouped into batches of documents, exact and
near duplicates marked, the pipeline run, and each batch handed to a :class:`Sink` in one
piece. The store commits a batch in one transaction together with the manifest of files
finished in it, so a run killed at any moment leaves a consistent database, and running it
again skips finished files and known documents: it finishes the rest without duplicates.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any, Protocol

from lapwing.dedup import BandKey, NearDuplicateIndex
from lapwing.documents import build_document
from lapwing.parquet_io import read_parquet_records
from lapwing.pipeline import Pipeline, records_of
from lapwing.problems import Problem, ProblemLog
from lapwing.readers import InputFile, iter_input_files, read_input
from lapwing.records import Document, Record, record_from_dict
from lapwing.settings import Settings
from lapwing.store import Batch, Store

logger = logging.getLogger(__name__)


@dataclass
class RunReport:
    """What a run did, for the summary table and ``--json`` output."""

    run_id: str
    files: int = 0
    files_already_done: int = 0
    inputs: int = 0
    documents_new: int = 0
    exact_duplicates: int = 0
    near_duplicates: int = 0
    batches: int = 0
    records: Counter[str] = field(default_factory=Counter)
    log: ProblemLog = field(default_factory=ProblemLog)

    def to_dict(self) -> dict[str, Any]:
        counts = self.log.counts()
        return {
            "run_id": self.run_id,
            "files": self.files,
            "files_already_done": self.files_already_done,
            "inputs": self.inputs,
            "documents_new": self.documents_new,
            "exact_duplicates": self.exact_duplicates,
            "near_duplicates": self.near_duplicates,
            "batches": self.batches,
            "records": dict(self.records),
            "errors": counts.get("error", 0),
            "warnings": counts.get("warning", 0),
            "problems": [p.to_dict() for p in self.log.problems],
        }


class Progress(Protocol):
    """What the CLI shows while a run goes on (a rich progress bar, or nothing)."""

    def start(self, files: int) -> None: ...
    def file_done(self, path: str) -> None: ...


class Sink(Protocol):
    """Where batches go: the store, or a JSON-lines stream."""

    def finished_file_keys(self, keys: list[str]) -> set[str]: ...
    def known_doc_ids(self, ids: list[str]) -> set[str]: ...
    def band_candidates(self, bands: list[BandKey]) -> dict[str, tuple[bytes, str | None]]: ...
    def write(self, batch: Batch, duplicates: list[Document]) -> None: ...


class StoreSink:
    """Batches committed to the DuckDB store, one transaction each."""

    def __init__(self, store: Store):
        self.store = store

    def finished_file_keys(self, keys: list[str]) -> set[str]:
        return self.store.finished_file_keys(keys)

    def known_doc_ids(self, ids: list[str]) -> set[str]:
        return self.store.known_doc_ids(ids)

    def band_candidates(self, bands: list[BandKey]) -> dict[str, tuple[bytes, str | None]]:
        return self.store.band_candidates(bands)

    def write(self, batch: Batch, duplicates: list[Document]) -> None:
        self.store.write_batch(batch)  # duplicates are kept as rows of batch.inputs


class JsonlSink:
    """Records written as JSON lines (``lapwing extract``); remembers ids for this run only.

    Every input yields a ``document`` line: an exact copy of an earlier input is written
    with ``duplicate_of`` set to the id of the document it repeats, and no other records.
    """

    def __init__(self, out: IO[str]):
        self.out = out

    def finished_file_keys(self, keys: list[str]) -> set[str]:
        return set()

    def known_doc_ids(self, ids: list[str]) -> set[str]:
        return set()

    def band_candidates(self, bands: list[BandKey]) -> dict[str, tuple[bytes, str | None]]:
        return {}

    def write(self, batch: Batch, duplicates: list[Document]) -> None:
        by_doc: dict[str, list[Record]] = {}
        for record in batch.records:
            by_doc.setdefault(record.doc_id, []).append(record)  # type: ignore[attr-defined]
        for document in batch.documents:
            self._line(document)
            for record in by_doc.get(document.doc_id, ()):
                self._line(record)
        for document in duplicates:
            self._line(document)
        self.out.flush()

    def _line(self, record: Record) -> None:
        self.out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")


def run(
    paths: list[str],
    sink: Sink,
    settings: Settings,
    run_id: str,
    pipeline: Pipeline | None = None,
    progress: Progress | None = None,
) -> RunReport:
    """Ingest ``paths`` into ``sink``; problems are reported in the result, never raised."""
    report = RunReport(run_id=run_id)
    pipeline = pipeline or Pipeline.from_settings(settings.pipeline)
    index = NearDuplicateIndex(settings.dedup, lookup=sink.band_candidates)
    seen: set[str] = set()
    for documents, finished, problems in _batches(paths, sink, settings, report, progress):
        fresh, duplicates, inputs = _split_duplicates(documents, sink, seen, report)
        signatures = []
        fingerprints = [index.fingerprint(document) for document in fresh]
        index.prefetch(fingerprints)  # one store query per batch, not per document
        for document, fingerprint in zip(fresh, fingerprints):
            document.duplicate_of = index.check_and_add(document.doc_id, fingerprint)
            report.near_duplicates += document.duplicate_of is not None
            if fingerprint is not None:
                signatures.append((document.doc_id, fingerprint.to_bytes(), fingerprint.bands))
        analyses, stage_problems = pipeline(fresh)
        for problem in stage_problems:
            report.log.add(problem)
        records = records_of(analyses)
        batch = Batch(
            run_id=run_id,
            documents=fresh,
            inputs=inputs,
            signatures=signatures,
            records=records,
            problems=problems + stage_problems,
            finished_files=finished,
        )
        sink.write(batch, duplicates)
        report.batches += 1
        report.documents_new += len(fresh)
        report.records.update(r.kind for r in records)
        logger.info("committed batch %d (%d documents)", report.batches, len(fresh))
    return report


def _split_duplicates(
    documents: list[Document], sink: Sink, seen: set[str], report: RunReport
) -> tuple[list[Document], list[Document], list[tuple[str, str, str]]]:
    """Separate new documents from exact copies of known ones (same normalised text)."""
    known = sink.known_doc_ids(sorted({d.doc_id for d in documents}))
    fresh, duplicates, inputs = [], [], []
    for document in documents:
        inputs.append((document.input_id, document.doc_id, document.origin or document.input_id))
        if document.doc_id in known or document.doc_id in seen:
            document.duplicate_of = document.doc_id
            duplicates.append(document)
            report.exact_duplicates += 1
        else:
            seen.add(document.doc_id)
            fresh.append(document)
    return fresh, duplicates, inputs


def _batches(
    paths: list[str], sink: Sink, settings: Settings, report: RunReport, progress: Progress | None
) -> Iterator[tuple[list[Document], list[tuple[InputFile, int]], list[Problem]]]:
    """Documents grouped into batches, each with the files it finishes and their problems.

    A file is *finished* in the batch that holds its last document (or at once when it
    yields none), so the manifest never claims a file whose documents are not all stored.
    """
    log = report.log
    files = list(iter_input_files(paths, log))
    report.files = len(files)
    done = sink.finished_file_keys([f.key for f in files if f.path != "-"])
    if progress:
        progress.start(len(files))
    size = settings.ingest.batch_size
    documents: list[Document] = []
    finished: list[tuple[InputFile, int]] = []
    problems_before = 0
    for item in files:
        if item.key in done:
            report.files_already_done += 1
            if progress:
                progress.file_done(item.path)
            continue
        count = 0
        for raw in read_input(item, log, settings.ingest.max_doc_chars):
            documents.append(build_document(raw, log, settings.ingest.default_date))
            count += 1
            report.inputs += 1
            if len(documents) >= size:
                yield documents, finished, log.problems[problems_before:]
                problems_before = len(log.problems)
                documents, finished = [], []
        if item.path != "-":
            finished.append((item, count))
        if progress:
            progress.file_done(item.path)
    yield documents, finished, log.problems[problems_before:]


def run_parquet(directory: str, store: Store, settings: Settings, run_id: str) -> RunReport:
    """Store records that a worker or a cluster extracted as partitioned Parquet.

    This is the hand-over from ``lapwing extract --parquet`` (process pool or Ray) to the
    database: no stage runs again. Documents are checked against the store like any
    ingest (exact copies become extra inputs, near-duplicates are marked against what is
    already stored), and each group of parts is committed in one transaction, so running
    it twice adds nothing.
    """
    report = RunReport(run_id=run_id)
    index = NearDuplicateIndex(settings.dedup, lookup=store.band_candidates)
    sink = StoreSink(store)
    documents: list[Document] = []
    records: list[Record] = []
    problems: list[Problem] = []
    previous_kind = "document"
    for data in read_parquet_records(directory):
        kind = data["kind"]
        starts_part = kind == "document" and previous_kind != "document"
        if starts_part and len(documents) >= settings.ingest.batch_size:
            _commit_extracted(documents, records, problems, sink, index, report)
            documents, records, problems = [], [], []
        previous_kind = kind
        if kind == "document":
            documents.append(Document.from_dict(data))
        elif kind == "problem":
            fields = {k: data.get(k) for k in ("origin", "reason", "severity", "line", "record", "hint")}
            problems.append(Problem(**fields))
        else:
            records.append(record_from_dict(data))
    _commit_extracted(documents, records, problems, sink, index, report)
    return report


def _commit_extracted(
    documents: list[Document], records: list[Record], problems: list[Problem], sink: StoreSink,
    index: NearDuplicateIndex, report: RunReport,
) -> None:
    """One transaction for documents read back from Parquet with their records."""
    for problem in problems:
        report.log.add(problem)
    report.inputs += len(documents)
    repeats = [d for d in documents if d.duplicate_of == d.doc_id]  # extract's exact repeats
    originals = [d for d in documents if d.duplicate_of != d.doc_id]
    fresh, duplicates, inputs = _split_duplicates(originals, sink, set(), report)
    inputs += [(d.input_id, d.doc_id, d.origin or d.input_id) for d in repeats]
    report.exact_duplicates += len(repeats)
    fingerprints = [index.fingerprint(d) for d in fresh]
    index.prefetch(fingerprints)
    signatures = []
    for document, fingerprint in zip(fresh, fingerprints):
        found = index.check_and_add(document.doc_id, fingerprint)
        document.duplicate_of = document.duplicate_of or found
        report.near_duplicates += document.duplicate_of is not None
        if fingerprint is not None:
            signatures.append((document.doc_id, fingerprint.to_bytes(), fingerprint.bands))
    kept = {d.doc_id for d in fresh}
    mine = [r for r in records if r.doc_id in kept]  # type: ignore[attr-defined]
    sink.write(Batch(run_id=report.run_id, documents=fresh, inputs=inputs, signatures=signatures,
                     records=mine, problems=problems, finished_files=[]), duplicates)
    report.batches += 1
    report.documents_new += len(fresh)
    report.records.update(r.kind for r in mine)
