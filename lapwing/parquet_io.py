"""Records as partitioned Parquet: what parallel and cluster runners write, and ingest reads.

Layout: one file per record kind per part, Hive style, so DuckDB or pyarrow read a kind
across every part at once::

    OUT/kind=document/<part>.parquet
    OUT/kind=mention/<part>.parquet
    OUT/kind=event/<part>.parquet     (and timex, relation, problem)
    OUT/_manifest.jsonl               (ParquetSink: input files finished, for resuming)

Each file has the record's top-level contract fields as columns (strings, integers, floats;
nested values such as an event's actors or a document's zones as JSON text), so the files
can be queried in place, e.g.
``SELECT type, count(*) FROM read_parquet('OUT/kind=event/*.parquet') GROUP BY type``,
plus ``extra_json`` for fields a newer writer added that have no column yet.
:func:`read_parquet_records` rebuilds the exact record dicts from them (the contract
round-trips; nothing, not even a document's text, is stored twice).

Files are written under a temporary name and renamed into place: a part is either whole
or absent, and a killed run never leaves a half-written file that a reader would trust.
"""

from __future__ import annotations

import dataclasses
import json
import os
import types
import typing
import uuid
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Union

import pyarrow as pa
import pyarrow.parquet as pq

from lapwing.problems import Problem
from lapwing.records import RECORD_TYPES, Document, Record

if TYPE_CHECKING:
    from lapwing.dedup import BandKey
    from lapwing.store import Batch

EXTRA_COLUMN = "extra_json"  # fields a newer writer added that this layout has no column for
MANIFEST = "_manifest.jsonl"
#: The order in which a part's kinds are read back: documents before their records.
KIND_ORDER: tuple[str, ...] = ("document", "mention", "timex", "event", "relation", "problem")
_ROWS_PER_READ = 2048
_JSON_COLUMNS_KEY = b"lapwing.json_columns"  # file metadata: which columns hold JSON text


def _arrow_type(hint: Any) -> pa.DataType | None:
    """The Arrow type of a scalar contract field; None for nested values (kept as JSON)."""
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return _arrow_type(options[0]) if len(options) == 1 else None
    if origin is Literal:
        return pa.string()
    if hint is str:
        return pa.string()
    if hint is bool:
        return pa.bool_()
    if hint is int:
        return pa.int64()
    if hint is float:
        return pa.float64()
    return None


def _columns_of(cls: type) -> list[tuple[str, pa.DataType | None]]:
    hints = typing.get_type_hints(cls)
    return [(f.name, _arrow_type(hints[f.name])) for f in dataclasses.fields(cls)]


#: Column layout per kind: (field, Arrow type, or None for a nested value stored as JSON).
COLUMNS: dict[str, list[tuple[str, pa.DataType | None]]] = {
    **{kind: _columns_of(cls) for kind, cls in RECORD_TYPES.items()},
    "problem": _columns_of(Problem),
}


def kind_schema(kind: str) -> pa.Schema:
    """The Parquet schema of one kind (a kind unknown here gets the extras column only)."""
    layout = COLUMNS.get(kind, [])
    fields = [pa.field(name, typ or pa.string()) for name, typ in layout]
    nested = [name for name, typ in layout if typ is None]
    metadata = {_JSON_COLUMNS_KEY: json.dumps(nested), b"lapwing.kind": kind}
    return pa.schema(fields + [pa.field(EXTRA_COLUMN, pa.string())], metadata=metadata)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _table(kind: str, records: list[Mapping[str, Any]]) -> pa.Table:
    layout = COLUMNS.get(kind, [])
    known = {"kind", *(name for name, _ in layout)}
    columns: dict[str, list[Any]] = {}
    for name, typ in layout:
        values = [r.get(name) for r in records]
        if typ is None:
            values = [None if v is None else _dumps(v) for v in values]
        columns[name] = values
    extras = []
    for record in records:
        rest = {k: v for k, v in record.items() if k not in known}
        extras.append(_dumps(rest) if rest else None)
    columns[EXTRA_COLUMN] = extras
    return pa.table(columns, schema=kind_schema(kind))


def _record(kind: str, row: dict[str, Any], nested: frozenset[str]) -> dict[str, Any]:
    """A row read back as the record dict it was written from (``kind`` first)."""
    extra = row.pop(EXTRA_COLUMN, None)
    record: dict[str, Any] = {"kind": kind}
    for name, value in row.items():
        record[name] = json.loads(value) if name in nested and value is not None else value
    if extra:
        record.update(json.loads(extra))
    return record


def write_parquet_partition(
    records: Iterable[Mapping[str, Any]], out_dir: str | Path, part_name: str
) -> list[Path]:
    """Write record dicts (any kinds, ``problem`` included) as one file per kind.

    Returns the files written (``out_dir/kind=<kind>/<part_name>.parquet``); writing the
    same part again replaces its files. Records without a ``kind`` are an error.
    """
    if not part_name or "/" in part_name or part_name.startswith("."):
        raise ValueError(f"bad part name {part_name!r}")
    by_kind: dict[str, list[Mapping[str, Any]]] = {}
    for record in records:
        kind = record.get("kind")
        if not isinstance(kind, str) or not kind or "/" in kind:
            raise ValueError(f"record without a usable kind: {str(dict(record))[:200]}")
        by_kind.setdefault(kind, []).append(record)
    written = []
    for kind, rows in by_kind.items():
        folder = Path(out_dir) / f"kind={kind}"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{part_name}.parquet"
        temporary = folder / f".{part_name}.{uuid.uuid4().hex[:8]}.tmp"
        try:
            pq.write_table(_table(kind, rows), temporary, compression="zstd")
            os.replace(temporary, target)
        finally:
            temporary.unlink(missing_ok=True)
        written.append(target)
    return written


def parquet_parts(directory: str | Path) -> dict[str, dict[str, Path]]:
    """``{part: {kind: file}}`` for every finished file under ``directory``."""
    parts: dict[str, dict[str, Path]] = {}
    for folder in sorted(Path(directory).glob("kind=*")):
        if not folder.is_dir():
            continue
        kind = folder.name.split("=", 1)[1]
        for file in sorted(folder.glob("*.parquet")):
            if not file.name.startswith("."):
                parts.setdefault(file.stem, {})[kind] = file
    return parts


def _kind_rank(kind: str) -> tuple[int, str]:
    return (KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER), kind)


def read_parquet_records(
    directory: str | Path, kinds: Iterable[str] | None = None
) -> Iterator[dict[str, Any]]:
    """Record dicts from a directory written by :func:`write_parquet_partition`.

    Part by part (sorted by name), and within a part documents first, then mentions,
    timexes, events, relations, problems: every record comes after its document. Read in
    slices, so a large directory streams. ``kinds`` limits the kinds read.
    """
    wanted = set(kinds) if kinds is not None else None
    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"{directory}: no such directory")
    for _part, files in sorted(parquet_parts(directory).items()):
        for kind in sorted(files, key=_kind_rank):
            if wanted is not None and kind not in wanted:
                continue
            reader = pq.ParquetFile(files[kind])
            stored = (reader.schema_arrow.metadata or {}).get(_JSON_COLUMNS_KEY)
            nested = frozenset(
                json.loads(stored) if stored is not None
                else [name for name, typ in COLUMNS.get(kind, []) if typ is None]
            )
            for batch in reader.iter_batches(batch_size=_ROWS_PER_READ):
                for row in batch.to_pylist():
                    yield _record(kind, row, nested)


class ParquetSink:
    """The ingest flow's :class:`~lapwing.ingest.Sink` writing partitioned Parquet.

    One part per batch (``<run_id>-<n>``), then the batch's finished input files appended
    to ``_manifest.jsonl``: a killed run resumes like the store's, skipping finished files;
    documents of a part written just before the kill are known again (by id), so they are
    neither extracted nor written twice. Like the JSON-lines output, every input yields one
    ``document`` record; an exact repeat has ``duplicate_of`` set and no other records.
    """

    def __init__(self, out_dir: str | Path, run_id: str):
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.run_id = run_id
        self._parts = 0
        self._finished = self._read_manifest()
        self._known: set[str] | None = None
        self._inputs: set[tuple[str, str]] = set()  # (input_id, doc_id) written already

    @property
    def manifest_path(self) -> Path:
        return self.out_dir / MANIFEST

    def _read_manifest(self) -> set[str]:
        keys: set[str] = set()
        if self.manifest_path.exists():
            for line in self.manifest_path.read_text(encoding="utf-8").splitlines():
                try:
                    keys.add(json.loads(line)["key"])
                except (ValueError, KeyError, TypeError):
                    continue  # a line cut short by a kill: that file is simply read again
        return keys

    def _known_ids(self) -> set[str]:
        """Ids of the documents stored in finished parts (read once, then kept up to date)."""
        if self._known is None:
            self._known, self._inputs = set(), set()
            for files in parquet_parts(self.out_dir).values():
                if "document" in files:
                    table = pq.read_table(files["document"],
                                          columns=["doc_id", "input_id", "duplicate_of"])
                    for doc_id, input_id, duplicate_of in zip(
                        table.column("doc_id").to_pylist(), table.column("input_id").to_pylist(),
                        table.column("duplicate_of").to_pylist(),
                    ):
                        self._inputs.add((input_id, doc_id))
                        if duplicate_of != doc_id:  # not a repeat line
                            self._known.add(doc_id)
        return self._known

    def finished_file_keys(self, keys: list[str]) -> set[str]:
        return self._finished & set(keys)

    def known_doc_ids(self, ids: list[str]) -> set[str]:
        return self._known_ids() & set(ids)

    def band_candidates(self, bands: list[BandKey]) -> dict[str, tuple[bytes, str | None]]:
        return {}  # near duplicates are found within a run only

    def write(self, batch: Batch, duplicates: list[Document]) -> None:
        known = self._known_ids()
        # An input re-read after a kill (its part was written, its file not yet finished)
        # is not written again: the output holds each (input, document) pair once.
        repeats = [d for d in duplicates if (d.input_id, d.doc_id) not in self._inputs]
        rows: list[dict[str, Any]] = [d.to_dict() for d in batch.documents]
        rows += [r.to_dict() for r in batch.records]
        rows += [d.to_dict() for d in repeats]
        rows += [{"kind": "problem", **p.to_dict()} for p in batch.problems]
        self._parts += 1
        if rows:
            write_parquet_partition(rows, self.out_dir, f"{self.run_id}-{self._parts:06d}")
        known.update(d.doc_id for d in batch.documents)
        self._inputs.update((d.input_id, d.doc_id) for d in [*batch.documents, *repeats])
        if batch.finished_files:
            with self.manifest_path.open("a", encoding="utf-8") as manifest:
                for item, count in batch.finished_files:
                    manifest.write(json.dumps({
                        "key": item.key, "path": item.path, "n_documents": count,
                        "run_id": self.run_id,
                    }) + "\n")
                manifest.flush()
                os.fsync(manifest.fileno())
            self._finished.update(item.key for item, _ in batch.finished_files)


def records_to_parquet(records: Iterable[Record], out_dir: str | Path, part_name: str) -> list[Path]:
    """:func:`write_parquet_partition` for record objects."""
    return write_parquet_partition((r.to_dict() for r in records), out_dir, part_name)
