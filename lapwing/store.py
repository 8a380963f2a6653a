"""The DuckDB database: the only module that talks to DuckDB.

One file holds everything an ingest produced: documents with every input that yielded them,
MinHash signatures for near-duplicate detection, the coded records, the problems met and a
manifest of finished input files so that an interrupted ingest resumes where it stopped.

Records are stored twice on purpose: as query columns (events flattened, actors in their
own long table) and as their full JSON line in ``record``, so exports round-trip the
contract exactly even for fields added after the columns were designed.

For browsing at a million events (schema version 2), ``events`` also carries columns derived
from its actor rows (:data:`EVENT_DERIVED_COLUMNS`, written by :meth:`Store.write_batch` and
recomputed by :meth:`Store.optimize`), is kept sorted by date, and small ``agg_*`` count
tables rebuilt by ``optimize`` answer unfiltered facets, timelines, networks and maps.
Rows written around ``write_batch`` (raw SQL) get their derived columns at the next
``optimize``; the count tables say themselves whether they are still current.

DuckDB lets one process hold a file read-write, or several hold it read-only; a
:class:`Store` is one connection and is not shared between threads (use one per thread).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from lapwing.filters import Filters
from lapwing.problems import Problem
from lapwing.readers import InputFile
from lapwing.records import (
    ActorRef,
    Document,
    Event,
    Mention,
    Record,
    Relation,
    Timex,
    Zone,
    record_from_dict,
)

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "initial schema: runs, documents, signatures, records, events, problems, manifest",
        """
        CREATE TABLE runs (
            run_id VARCHAR PRIMARY KEY, command VARCHAR NOT NULL, args JSON,
            started_at TIMESTAMPTZ NOT NULL, finished_at TIMESTAMPTZ, counts JSON);
        CREATE TABLE documents (
            doc_id VARCHAR PRIMARY KEY, input_id VARCHAR NOT NULL, title VARCHAR,
            source VARCHAR, url VARCHAR, published DATE, text VARCHAR NOT NULL,
            duplicate_of VARCHAR, zones JSON, origin VARCHAR, run_id VARCHAR,
            ingested_at TIMESTAMPTZ DEFAULT now());
        CREATE TABLE document_inputs (
            input_id VARCHAR, doc_id VARCHAR, origin VARCHAR, run_id VARCHAR,
            PRIMARY KEY (input_id, doc_id));
        CREATE TABLE doc_signatures (doc_id VARCHAR PRIMARY KEY, signature BLOB NOT NULL);
        CREATE TABLE doc_bands (band SMALLINT NOT NULL, bucket UBIGINT NOT NULL,
            doc_id VARCHAR NOT NULL);
        CREATE TABLE mentions (
            doc_id VARCHAR NOT NULL, seq INTEGER, record_key VARCHAR NOT NULL,
            start INTEGER, "end" INTEGER, text VARCHAR, label VARCHAR,
            actor JSON, place JSON, record JSON NOT NULL, run_id VARCHAR);
        CREATE TABLE timexes (
            doc_id VARCHAR NOT NULL, seq INTEGER, record_key VARCHAR NOT NULL,
            start INTEGER, "end" INTEGER, text VARCHAR, type VARCHAR, value VARCHAR,
            interval JSON, record JSON NOT NULL, run_id VARCHAR);
        CREATE TABLE relations (
            doc_id VARCHAR NOT NULL, seq INTEGER, record_key VARCHAR NOT NULL,
            subject JSON, predicate VARCHAR, object JSON, evidence JSON, modality VARCHAR,
            record JSON NOT NULL, run_id VARCHAR);
        CREATE TABLE events (
            event_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, seq INTEGER,
            type VARCHAR, mode VARCHAR, modality VARCHAR, confidence DOUBLE,
            cluster_id VARCHAR, date_value VARCHAR, date_start DATE, date_end DATE,
            date_precision VARCHAR, date_basis VARCHAR,
            location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
            geonameid BIGINT,
            actor_ids VARCHAR[], actor_names VARCHAR[], actor_countries VARCHAR[],
            recipient_ids VARCHAR[], recipient_names VARCHAR[], recipient_countries VARCHAR[],
            trigger_start INTEGER, trigger_end INTEGER,
            sentence_start INTEGER, sentence_end INTEGER,
            record JSON NOT NULL, run_id VARCHAR);
        CREATE TABLE event_actors (
            event_id VARCHAR NOT NULL, role VARCHAR NOT NULL, actor_key VARCHAR NOT NULL,
            actor_id VARCHAR, name VARCHAR, name_key VARCHAR, country VARCHAR,
            sector VARCHAR, actor_type VARCHAR, date_start DATE, date_end DATE);
        CREATE TABLE problems (
            run_id VARCHAR, origin VARCHAR, line INTEGER, record VARCHAR,
            severity VARCHAR, reason VARCHAR, hint VARCHAR);
        CREATE TABLE ingested_files (
            key VARCHAR PRIMARY KEY, path VARCHAR, size BIGINT, mtime_ns BIGINT,
            n_documents INTEGER, run_id VARCHAR, finished_at TIMESTAMPTZ DEFAULT now());
        """,
    ),
]

#: Columns of ``events`` derived from the row itself and from its ``event_actors`` rows
#: (schema version 2), so filters and facets read one table instead of joining the long one:
#: ``day_lo``/``day_hi`` the date interval with an open bound closed by the other one (what
#: date filters compare; events are kept sorted by ``day_lo`` so date ranges and "newest
#: first" pages skip row groups); ``actor_keys``/``recipient_keys`` the store's actor keys by
#: role (duplicates kept, as the network counts them); ``all_keys``, ``all_name_keys``,
#: ``all_sectors`` (upper case) and ``all_countries`` (actor, recipient and place countries)
#: each distinct, what the actor, sector and country filters and facets match.
EVENT_DERIVED_COLUMNS: tuple[tuple[str, str], ...] = (
    ("day_lo", "DATE"), ("day_hi", "DATE"),
    ("actor_keys", "VARCHAR[]"), ("recipient_keys", "VARCHAR[]"),
    ("all_keys", "VARCHAR[]"), ("all_name_keys", "VARCHAR[]"),
    ("all_sectors", "VARCHAR[]"), ("all_countries", "VARCHAR[]"),
)

#: Per-event lists of an event_actors-shaped relation ``{source}`` (aliased ``x`` when joined).
_ACTOR_LISTS = """
    SELECT event_id,
        list(actor_key) FILTER (WHERE role = 'actor') AS actor_keys,
        list(actor_key) FILTER (WHERE role = 'recipient') AS recipient_keys,
        list_distinct(list(actor_key)) AS all_keys,
        list_distinct(list(name_key)) AS all_name_keys,
        list_distinct(list(upper(sector)) FILTER (WHERE sector IS NOT NULL)) AS all_sectors
    FROM {source} GROUP BY event_id"""

#: Each derived column's SQL over an events row ``e`` joined with its lists ``x`` (NULL when
#: the event has no actors): written by write_batch, recomputed for every row by optimize().
_DERIVED_EXPRS: dict[str, str] = {
    "day_lo": "coalesce(e.date_start, e.date_end)",
    "day_hi": "coalesce(e.date_end, e.date_start)",
    **{
        name: f"coalesce(x.{name}, []::VARCHAR[])"
        for name in ("actor_keys", "recipient_keys", "all_keys", "all_name_keys", "all_sectors")
    },
    "all_countries": (
        "list_distinct(list_filter(list_concat(coalesce(e.actor_countries, []::VARCHAR[]), "
        "coalesce(e.recipient_countries, []::VARCHAR[]), [e.location_country]), "
        "lambda c: c IS NOT NULL))"
    ),
}
assert tuple(_DERIVED_EXPRS) == tuple(name for name, _ in EVENT_DERIVED_COLUMNS)
_DERIVED_SELECT = ", ".join(f"{expr} AS {name}" for name, expr in _DERIVED_EXPRS.items())

#: Count tables kept in the file (schema version 2), rebuilt by optimize() at the end of an
#: ingest; ``agg_state`` records what the events tables held when they were built, so readers
#: use them only while that is still true (see :meth:`Store.aggregates_fresh`).
AGGREGATE_TABLES: tuple[str, ...] = (
    "agg_state", "agg_cube", "agg_facets", "agg_actors", "agg_dyads", "agg_places",
)
#: Values kept per facet in ``agg_facets`` (the API lists at most this many).
AGG_FACET_VALUES = 100

_AGGREGATE_DDL = """
    CREATE TABLE IF NOT EXISTS agg_state (events BIGINT, event_actors BIGINT, max_rowid BIGINT,
        unlocated BIGINT, fingerprint HUGEINT, built_at TIMESTAMPTZ DEFAULT now());
    CREATE TABLE IF NOT EXISTS agg_cube (day_lo DATE, type VARCHAR, modality VARCHAR,
        mode VARCHAR, date_precision VARCHAR, n BIGINT);
    CREATE TABLE IF NOT EXISTS agg_facets (facet VARCHAR, value VARCHAR, label VARCHAR,
        n BIGINT);
    CREATE TABLE IF NOT EXISTS agg_actors (actor_key VARCHAR, name VARCHAR, country VARCHAR,
        sector VARCHAR, actor_type VARCHAR, n BIGINT);
    CREATE TABLE IF NOT EXISTS agg_dyads (source VARCHAR, target VARCHAR, type VARCHAR,
        n BIGINT);
    CREATE TABLE IF NOT EXISTS agg_places (lat DOUBLE, lon DOUBLE, name VARCHAR,
        country VARCHAR, geonameid BIGINT, n BIGINT, top_type VARCHAR);
"""

#: SQL of the stamp that says which data the count tables describe: cheap enough to check
#: on every request, and blind to rows changed in place (UPDATE)...
_STAMP_SQL = (
    "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM event_actors), "
    "(SELECT coalesce(max(rowid), -1) FROM events)"
)
#: ... which this sum of row hashes over every column the count tables read sees (a full
#: scan: checked when a server starts and after each of its ingests, not per request).
_FINGERPRINT_SQL = (
    "SELECT coalesce((SELECT sum(hash(e.event_id, e.type, e.modality, e.mode, "
    "e.date_precision, e.location_name, e.location_country, e.cluster_id, e.day_lo, e.lat, "
    "e.lon, e.geonameid, e.all_keys, e.all_sectors, e.all_countries, e.actor_keys, "
    "e.recipient_keys)) FROM events e), 0) + coalesce((SELECT sum(hash(a.event_id, a.role, "
    "a.actor_key, a.name, a.country, a.sector, a.actor_type)) FROM event_actors a), 0)"
)


def mode_of(expr: str) -> str:
    """The most frequent value of ``expr``; ties go to the smallest (plain ``mode()`` picks
    whichever value a thread met first, so answers could differ between runs)."""
    return f"mode({expr} ORDER BY {expr})"


def _top(facet: str, expr: str, source: str, label: str = "NULL") -> str:
    """The most frequent values of one facet over all events, as agg_facets rows."""
    return (
        f"SELECT '{facet}' AS facet, v AS value, {label} AS label, n FROM (SELECT {expr} AS v, "
        f"count(*) AS n FROM {source} GROUP BY v) WHERE v IS NOT NULL "
        f"ORDER BY n DESC, v LIMIT {AGG_FACET_VALUES}"
    )


_AGGREGATE_FILL = [
    "DELETE FROM agg_state",  # stale until stamped again
    "DELETE FROM agg_cube",
    "INSERT INTO agg_cube SELECT day_lo, type, modality, mode, date_precision, count(*) "
    "FROM events GROUP BY ALL",
    "DELETE FROM agg_actors",
    f"INSERT INTO agg_actors SELECT actor_key, {mode_of('name')}, {mode_of('country')}, "
    f"{mode_of('sector')}, {mode_of('actor_type')}, count(DISTINCT event_id) "
    "FROM event_actors GROUP BY actor_key",
    "DELETE FROM agg_facets",
    *(
        f"INSERT INTO agg_facets {_top(facet, expr, 'events')}"
        for facet, expr in (
            ("type", "type"), ("modality", "modality"), ("mode", "mode"),
            ("precision", "date_precision"), ("place", "location_name"),
            ("cluster", "cluster_id"),
        )
    ),
    f"INSERT INTO agg_facets {_top('country', 'unnest(all_countries)', 'events')}",
    f"INSERT INTO agg_facets {_top('sector', 'unnest(all_sectors)', 'events')}",
    "INSERT INTO agg_facets SELECT t.* REPLACE (coalesce(a.name, t.value) AS label) FROM ("
    f"{_top('actor', 'unnest(all_keys)', 'events')}) t "
    "LEFT JOIN agg_actors a ON a.actor_key = t.value",
    "DELETE FROM agg_dyads",
    "INSERT INTO agg_dyads SELECT a AS source, r AS target, type, count(*) FROM ("
    "SELECT a, unnest(rs) AS r, type FROM (SELECT type, unnest(actor_keys) AS a, "
    "recipient_keys AS rs FROM events)) WHERE a <> r GROUP BY ALL",
    "DELETE FROM agg_places",
    "INSERT INTO agg_places SELECT round(lat, 4) AS lat, round(lon, 4) AS lon, "
    f"{mode_of('location_name')}, {mode_of('location_country')}, min(geonameid), count(*), "
    f"{mode_of('type')} FROM events WHERE lat IS NOT NULL AND lon IS NOT NULL GROUP BY 1, 2",
]
#: Written after the fill commits: rows inserted in a transaction carry provisional rowids.
_STAMP = [
    "DELETE FROM agg_state",
    "INSERT INTO agg_state (events, event_actors, max_rowid, unlocated, fingerprint) "
    "SELECT *, (SELECT count(*) FROM events WHERE lat IS NULL OR lon IS NULL), "
    f"({_FINGERPRINT_SQL}) FROM ({_STAMP_SQL})",
]


def _rewrite_events_sql() -> list[str]:
    """Statements that recompute every derived column and store events sorted by date."""
    return [
        f"CREATE TEMP TABLE sorted_rows AS SELECT e.* REPLACE ({_DERIVED_SELECT}) FROM events e "
        f"LEFT JOIN ({_ACTOR_LISTS.format(source='event_actors')}) x ON x.event_id = e.event_id "
        "ORDER BY day_lo NULLS LAST, e.event_id",
        "DELETE FROM events",
        "INSERT INTO events SELECT * FROM sorted_rows",
        "DROP TABLE sorted_rows",
    ]


MIGRATIONS.append((
    2,
    "derived filter columns on events (date interval, actor keys, sectors, countries), "
    "events sorted by date, count tables for facets, timeline, network and map",
    ";\n".join([
        *(f"ALTER TABLE events ADD COLUMN {name} {kind}" for name, kind in EVENT_DERIVED_COLUMNS),
        *_rewrite_events_sql(),
        _AGGREGATE_DDL.strip().rstrip(";"),
        *_AGGREGATE_FILL,
    ]),
))

#: The schema version this code reads and writes.
SCHEMA_VERSION: int = MIGRATIONS[-1][0]

#: Table holding each record kind.
TABLES: dict[str, str] = {
    "document": "documents",
    "mention": "mentions",
    "timex": "timexes",
    "event": "events",
    "relation": "relations",
}

#: Kinds of the records that belong to a document, in the order exports write them.
RECORD_KINDS: tuple[str, ...] = ("mention", "timex", "event", "relation")

#: Contract fields stored as columns of the generic record tables (nested values as JSON).
_FLAT_FIELDS: dict[str, tuple[str, ...]] = {
    "mention": ("doc_id", "start", "end", "text", "label", "actor", "place"),
    "timex": ("doc_id", "start", "end", "text", "type", "value", "interval"),
    "relation": ("doc_id", "subject", "predicate", "object", "evidence", "modality"),
}

#: Tables with a primary key: a row whose key is stored already is skipped on insert.
_KEYED_TABLES = frozenset(
    {"documents", "document_inputs", "doc_signatures", "events", "ingested_files"}
)

#: Bookkeeping columns that mean nothing outside the store (left out of exports).
_INTERNAL_COLUMNS = ("seq", "record_key")

_FETCH_ROWS = 1000


class StoreError(Exception):
    """The database cannot be used as asked; the message names the file and what to do."""


@dataclass
class Batch:
    """Everything one step of an ingest produced, written in one transaction.

    ``inputs`` are (input_id, doc_id, origin) for every input that yielded a document,
    including exact duplicates of stored ones; ``signatures`` are (doc_id, MinHash bytes,
    [(band, bucket)]); ``records`` are Mention/Timex/Event/Relation objects whose documents
    are in this batch or already stored; ``finished_files`` are files now fully ingested,
    with how many documents each yielded.
    """

    run_id: str
    documents: list[Document] = field(default_factory=list)
    inputs: list[tuple[str, str, str]] = field(default_factory=list)
    signatures: list[tuple[str, bytes, list[tuple[int, int]]]] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    finished_files: list[tuple[InputFile, int]] = field(default_factory=list)


@dataclass(frozen=True)
class EventContext:
    """What an event's export row needs from its document: outlet facts and evidence text."""

    published: str | None
    url: str | None
    source: str | None
    sentence: str | None
    trigger: str | None


@dataclass(frozen=True)
class ActorNode:
    """One actor of the actor network, with its most frequent name and attributes."""

    key: str
    name: str | None
    country: str | None
    sector: str | None
    type: str | None


@dataclass(frozen=True)
class ActorEdge:
    """Events from ``source`` (actor) to ``target`` (recipient), counted per event type."""

    source: str
    target: str
    counts: dict[str, int]

    @property
    def weight(self) -> int:
        return sum(self.counts.values())


class Store:
    """A Lapwing database file; migrated on a read-write open, version-checked on read-only."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        self._schemas: dict[str, pa.Schema] = {}
        try:
            self._con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(_open_failure(self.path, read_only, exc)) from exc
        try:
            self._check_is_lapwing()
            self._check_version()
            if not read_only:
                self._migrate()
        except BaseException:
            self._con.close()
            raise

    @classmethod
    def on_cursor(cls, path: str | Path, cursor: duckdb.DuckDBPyConnection) -> Store:
        """A read-only view whose queries run on ``cursor`` of an already open store.

        The API server owns the one read-write connection; each reader thread takes a
        cursor of it and wraps it here to reuse the export and query code. Closing the
        view closes only the cursor.
        """
        view = cls.__new__(cls)
        view.path = str(path)
        view.read_only = True
        view._schemas = {}
        view._con = cursor
        return view

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._con.close()

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection, for tests and ad-hoc inspection; code goes through methods."""
        return self._con

    # -- schema ---------------------------------------------------------------------------

    def schema_version(self) -> int:
        """Highest migration applied to the file (0 for a new, empty file)."""
        if not self._has_table("schema_migrations"):
            return 0
        return int(self._one("SELECT coalesce(max(version), 0) FROM schema_migrations")[0])

    def _has_table(self, name: str) -> bool:
        (count,) = self._one(
            "SELECT count(*) FROM duckdb_tables() WHERE table_name = ? AND schema_name = 'main'",
            [name],
        )
        return bool(count)

    def _one(self, sql: str, params: list[object] | None = None) -> tuple[Any, ...]:
        """The single row of a query, fetched to the end: DuckDB 2 keeps a connection busy
        (no register(), no sql()) while a result is not read out."""
        (row,) = self._con.execute(sql, params or []).fetchall()
        return row

    def _check_is_lapwing(self) -> None:
        """Refuse to add our tables to somebody else's DuckDB database."""
        if self._has_table("schema_migrations"):
            return
        (n_tables,) = self._one("SELECT count(*) FROM duckdb_tables()")
        if n_tables:
            raise StoreError(
                f"{self.path} is a DuckDB database but not a Lapwing one (it has tables and no "
                "schema_migrations): choose another database path"
            )

    def _check_version(self) -> None:
        """Refuse a newer schema always, and an older one when we may not migrate it."""
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {version}, newer than this Lapwing's "
                f"({SCHEMA_VERSION}): upgrade Lapwing to use it"
            )
        if self.read_only and version == 0:
            raise StoreError(
                f"{self.path} holds no Lapwing data yet: run `lapwing ingest` to create it"
            )
        if self.read_only and version < SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {version}, older than this Lapwing's "
                f"({SCHEMA_VERSION}): run `lapwing ingest` once (it opens the database "
                "read-write and upgrades it) and try again"
            )

    def _migrate(self) -> None:
        """Apply missing migrations, each in its own transaction; a no-op when up to date."""
        self._con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
            "description VARCHAR, applied_at TIMESTAMPTZ DEFAULT now())"
        )
        rows = self._con.execute("SELECT version FROM schema_migrations").fetchall()
        applied = {version for (version,) in rows}
        for version, description, sql in MIGRATIONS:
            if version in applied:
                continue
            with self.transaction():
                self._con.execute(sql)
                self._con.execute(
                    "INSERT INTO schema_migrations (version, description) VALUES (?, ?)",
                    [version, description],
                )
            if version == 2:  # it rebuilt the count tables: say which data they describe
                self._stamp_aggregates()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction on this store's connection: committed whole or rolled back."""
        self._con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self._con.execute("ROLLBACK")
            raise
        self._con.execute("COMMIT")

    @contextmanager
    def _registered(self, name: str, table: pa.Table) -> Iterator[str]:
        """Expose an Arrow table to SQL under ``name`` for the duration of the block."""
        self._con.register(name, table)
        yield name
        # Not on error: an aborted transaction refuses it until ROLLBACK, and registering the
        # name again replaces the table anyway.
        self._con.unregister(name)

    # -- runs -----------------------------------------------------------------------------

    def start_run(self, command: str, args: dict[str, Any]) -> str:
        """Record the start of a command; the returned id tags everything it writes."""
        run_id = f"{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}"
        self._con.execute(
            "INSERT INTO runs (run_id, command, args, started_at) VALUES (?, ?, ?, now())",
            [run_id, command, json.dumps(args, default=str)],
        )
        return run_id

    def finish_run(self, run_id: str, counts: dict[str, Any]) -> None:
        """Record the end of a run and what it did (documents read, events added, ...)."""
        updated = self._con.execute(
            "UPDATE runs SET finished_at = now(), counts = ? WHERE run_id = ? RETURNING run_id",
            [json.dumps(counts, default=str), run_id],
        ).fetchall()
        if not updated:
            raise StoreError(f"{self.path}: no run {run_id!r} to finish; call start_run first")

    # -- writing --------------------------------------------------------------------------

    def write_batch(self, batch: Batch) -> None:
        """Write a batch in one transaction; rows already stored are skipped, never doubled.

        Re-writing a batch (an interrupted ingest run again) adds nothing: documents,
        inputs, signatures and events are keyed by their ids, mentions, timexes and
        relations of documents stored earlier by a hash of their JSON line, problems by
        run, place and reason. Any error rolls the whole batch back.
        """
        run_id = batch.run_id
        docs = _unique(batch.documents, lambda d: d.doc_id)
        by_kind = _records_by_kind(batch.records)
        signatures = _unique(batch.signatures, lambda s: s[0])
        rows: dict[str, list[dict[str, Any]]] = {
            "documents": [_document_row(d, run_id) for d in docs],
            "document_inputs": _input_rows(docs, batch.inputs, run_id),
            "ingested_files": [_file_row(f, n, run_id) for f, n in batch.finished_files],
            "doc_signatures": [{"doc_id": d, "signature": s} for d, s, _ in signatures],
            "doc_bands": [
                {"band": band, "bucket": bucket, "doc_id": d}
                for d, _, bands in signatures for band, bucket in bands
            ],
            "events": [_event_row(seq, e, run_id) for seq, e in by_kind["event"]],
            "event_actors": [row for _, e in by_kind["event"] for row in _event_actor_rows(e)],
            "problems": [{"run_id": run_id, **p.to_dict()} for p in batch.problems],
        }
        for kind in _FLAT_FIELDS:
            rows[TABLES[kind]] = _record_rows(kind, by_kind[kind], run_id)
        tables = {name: self._arrow(name, table_rows) for name, table_rows in rows.items()}
        batch_doc_ids = {d.doc_id for d in docs}
        outside = {r.doc_id for pairs in by_kind.values() for _, r in pairs} - batch_doc_ids
        with self.transaction():
            stored_outside = self.known_doc_ids(outside)
            if outside - stored_outside:
                raise StoreError(
                    f"batch of run {run_id} has records for documents that are neither in the "
                    f"batch nor stored (e.g. {min(outside - stored_outside)!r}): write the "
                    "documents first"
                )
            new_docs = self._insert("documents", tables["documents"], returning="doc_id")
            self._insert("document_inputs", tables["document_inputs"])
            self._insert("ingested_files", tables["ingested_files"])
            # Dependent rows (bands, actors) go in only with a parent that is new.
            new = self._insert("doc_signatures", tables["doc_signatures"], returning="doc_id")
            self._insert("doc_bands", _rows_in(tables["doc_bands"], "doc_id", new))
            new = self._insert_events(tables["events"], tables["event_actors"])
            self._insert("event_actors", _rows_in(tables["event_actors"], "event_id", new))
            stored_docs = (batch_doc_ids - new_docs) | stored_outside
            for kind in _FLAT_FIELDS:
                self._insert_records(TABLES[kind], tables[TABLES[kind]], stored_docs)
            self._insert_new_problems(tables["problems"])

    def _arrow(self, table: str, rows: list[dict[str, Any]]) -> pa.Table:
        """Rows as an Arrow table typed like the database table, so DuckDB has no guessing."""
        if table not in self._schemas:
            empty = self._con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table()
            self._schemas[table] = empty.schema
        schema = self._schemas[table]
        if not rows:
            return schema.empty_table()
        return pa.Table.from_pylist(rows, schema=pa.schema([schema.field(n) for n in rows[0]]))

    def _insert(self, table: str, rows: pa.Table, returning: str | None = None) -> set[str]:
        """INSERT by column name, OR IGNORE where a primary key says what "already there" is;
        with ``returning``, the keys actually inserted."""
        if rows.num_rows == 0:
            return set()
        ignore = "OR IGNORE " if table in _KEYED_TABLES else ""
        sql = f"INSERT {ignore}INTO {table} BY NAME SELECT * FROM batch_rows"
        with self._registered("batch_rows", rows):
            if returning is None:
                self._con.execute(sql)
                return set()
            return {r[0] for r in self._con.execute(f"{sql} RETURNING {returning}").fetchall()}

    def _insert_events(self, events: pa.Table, actors: pa.Table) -> set[str]:
        """Insert events with their derived columns (from the batch's actor rows); returns
        the ids actually inserted."""
        if events.num_rows == 0:
            return set()
        lists = _ACTOR_LISTS.format(source="batch_actors")
        with self._registered("batch_rows", events), self._registered("batch_actors", actors):
            rows = self._con.execute(
                f"INSERT OR IGNORE INTO events BY NAME SELECT e.*, {_DERIVED_SELECT} "
                f"FROM batch_rows e LEFT JOIN ({lists}) x ON x.event_id = e.event_id "
                "RETURNING event_id"
            ).fetchall()
        return {r[0] for r in rows}

    def _insert_records(self, table: str, rows: pa.Table, stored_docs: set[str]) -> None:
        """Insert records; only those of documents stored before the batch can be there already."""
        earlier = _rows_in(rows, "doc_id", stored_docs)
        self._insert(table, _rows_in(rows, "doc_id", stored_docs, keep=False))
        if earlier.num_rows:
            with self._registered("batch_rows", earlier):
                self._con.execute(
                    f"INSERT INTO {table} BY NAME SELECT * FROM batch_rows b WHERE NOT EXISTS "
                    f"(SELECT 1 FROM {table} t "
                    "WHERE t.doc_id = b.doc_id AND t.record_key = b.record_key)"
                )

    def _insert_new_problems(self, rows: pa.Table) -> None:
        if rows.num_rows == 0:
            return
        with self._registered("batch_rows", rows):
            self._con.execute(
                "INSERT INTO problems BY NAME SELECT * FROM batch_rows b WHERE NOT EXISTS ("
                "SELECT 1 FROM problems p WHERE p.run_id = b.run_id AND p.origin = b.origin "
                "AND p.line IS NOT DISTINCT FROM b.line AND p.record IS NOT DISTINCT FROM b.record "
                "AND p.reason = b.reason)"
            )

    def optimize(self) -> None:
        """Sort the event tables and rebuild the count tables; call once at the end of an ingest.

        DuckDB skips row groups whose min/max rule a filter out: ``events`` sorted by
        (``day_lo``, event_id) answers date ranges and "newest first" pages from a few row
        groups, and ``event_actors`` sorted by (actor_key, date_start) answers "events of X
        in March" the same way. The derived columns are recomputed for every event on the
        way (rows written by other means than :meth:`write_batch` get theirs here), and the
        ``agg_*`` count tables are rebuilt and stamped (see :meth:`aggregates_fresh`).
        """
        with self.transaction():
            for statement in _rewrite_events_sql():
                self._con.execute(statement)
            self._con.execute(
                "CREATE TEMP TABLE sorted_rows AS SELECT * FROM event_actors "
                "ORDER BY actor_key, date_start, event_id"
            )
            self._con.execute("DELETE FROM event_actors")
            self._con.execute("INSERT INTO event_actors SELECT * FROM sorted_rows")
            self._con.execute("DROP TABLE sorted_rows")
            for statement in _AGGREGATE_FILL:
                self._con.execute(statement)
        self._stamp_aggregates()
        self._con.execute("CHECKPOINT")

    def refresh_aggregates(self) -> None:
        """Rebuild the count tables from the event tables as they are (without re-sorting)."""
        rebuild_aggregates(self._con)

    def _stamp_aggregates(self) -> None:
        with self.transaction():
            for statement in _STAMP:
                self._con.execute(statement)

    def aggregates_fresh(self, thorough: bool = False) -> bool:
        """True when the ``agg_*`` tables describe the event tables as they are now
        (``thorough``: also when rows were changed in place; a full scan)."""
        return aggregates_fresh(self._con, thorough)

    # -- queries used by the ingest -------------------------------------------------------

    def known_doc_ids(self, ids: Iterable[str]) -> set[str]:
        """Those of ``ids`` already stored as documents."""
        return self._existing("documents", "doc_id", ids)

    def finished_file_keys(self, keys: Iterable[str]) -> set[str]:
        """Those of the input-file ``keys`` (:attr:`InputFile.key`) already fully ingested."""
        return self._existing("ingested_files", "key", keys)

    def _existing(self, table: str, column: str, values: Iterable[str]) -> set[str]:
        wanted = sorted(set(values))
        if not wanted:
            return set()
        rows = self._con.execute(
            f"SELECT {column} FROM {table} WHERE {column} IN (SELECT unnest(?::VARCHAR[]))",
            [wanted],
        ).fetchall()
        return {r[0] for r in rows}

    def band_candidates(
        self, bands: Iterable[tuple[int, int]]
    ) -> dict[str, tuple[bytes, str | None]]:
        """doc_id -> (signature, duplicate_of) of stored documents sharing a (band, bucket).

        ``duplicate_of`` lets the caller trace a new copy of a copy back to the first one.
        """
        pairs = sorted(set(bands))
        if not pairs:
            return {}
        table = self._arrow("doc_bands", [{"band": b, "bucket": bucket} for b, bucket in pairs])
        with self._registered("query_bands", table):
            rows = self._con.execute(
                "SELECT s.doc_id, s.signature, d.duplicate_of FROM doc_signatures s "
                "LEFT JOIN documents d ON d.doc_id = s.doc_id WHERE s.doc_id IN ("
                "SELECT b.doc_id FROM doc_bands b JOIN query_bands q "
                "ON b.band = q.band AND b.bucket = q.bucket)"
            ).fetchall()
        return {doc_id: (bytes(sig), root) for doc_id, sig, root in rows}

    # -- readers --------------------------------------------------------------------------

    def iter_documents(
        self, filters: Filters | None = None, *, through_events: bool | None = None
    ) -> Iterator[Document]:
        """Documents ordered by doc_id.

        ``through_events`` (default: whenever the filters have event criteria) selects the
        documents that have a matching event; otherwise the date range applies to
        ``published``.
        """
        filters = filters or Filters()
        if through_events is None:
            through_events = filters.selects_events
        where, params = filters.document_where("d", through_events=through_events)
        sql = (
            "SELECT d.doc_id, d.input_id, d.text, d.title, d.source, d.url, d.published, "
            f"d.duplicate_of, d.zones, d.origin FROM documents d WHERE {where} ORDER BY d.doc_id"
        )
        for row in self._stream(sql, params):
            yield _document_from_row(row)

    def iter_record_lines(
        self, kind: str, filters: Filters | None = None, doc_ids: Iterable[str] | None = None
    ) -> Iterator[tuple[str, str]]:
        """(doc_id, JSON line) of one kind's records, ordered by (doc_id, order written).

        The line is the record's ``to_dict()`` JSON as it was written, so exports and API
        responses copy it without rebuilding objects (``Record.from_dict`` costs far more
        than reading the row). Events must match the filters; other kinds belong to the
        documents the filters select (see :meth:`iter_documents`); ``doc_ids`` further
        restricts to those documents.
        """
        if kind not in RECORD_KINDS:
            raise ValueError(
                f"unknown record kind {kind!r}: use one of {', '.join(RECORD_KINDS)} "
                "(documents come from iter_documents)"
            )
        where, params = self._selection(kind, filters or Filters(), doc_ids)
        sql = (
            f"SELECT t.doc_id, t.record FROM {TABLES[kind]} t WHERE {where} "
            "ORDER BY t.doc_id, t.seq"
        )
        yield from self._stream(sql, params)

    def iter_records(
        self, kind: str, filters: Filters | None = None, doc_ids: Iterable[str] | None = None
    ) -> Iterator[Record]:
        """The records of :meth:`iter_record_lines` as contract objects."""
        for _, line in self.iter_record_lines(kind, filters, doc_ids):
            yield record_from_dict(json.loads(line))

    def iter_documents_with_records(
        self, filters: Filters | None = None
    ) -> Iterator[tuple[Document, list[tuple[str, str]]]]:
        """Each selected document with the (kind, JSON line) of its records, kind by kind.

        All streams come ordered by doc_id and are merged here, so memory holds one
        document's records at a time whatever the database size.
        """
        filters = filters or Filters()
        streams = {k: _LineStream(self.iter_record_lines(k, filters)) for k in RECORD_KINDS}
        for doc in self.iter_documents(filters):
            yield doc, [(kind, line) for kind, s in streams.items() for line in s.take(doc.doc_id)]

    def iter_events_in_context(
        self, filters: Filters | None = None
    ) -> Iterator[tuple[dict[str, Any], EventContext]]:
        """Matching events (their JSON form), by date then id, with their document's facts."""
        where, params = (filters or Filters()).event_where("e")
        sql = (
            "SELECT e.record, d.published, d.url, d.source, "
            "substring(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start), "
            "substring(d.text, e.trigger_start + 1, e.trigger_end - e.trigger_start) "
            f"FROM events e LEFT JOIN documents d ON d.doc_id = e.doc_id WHERE {where} "
            "ORDER BY e.date_start NULLS LAST, e.event_id"
        )
        for record, published, url, source, sentence, trigger in self._stream(sql, params):
            yield json.loads(record), EventContext(iso_date(published), url, source, sentence, trigger)

    def arrow_reader(self, kind: str, filters: Filters | None = None) -> pa.RecordBatchReader:
        """A kind's table rows, bookkeeping columns left out, selected like :meth:`iter_records`."""
        table = _table_for(kind)
        filters = filters or Filters()
        if kind == "document":
            where, params = filters.document_where("t", through_events=filters.selects_events)
            internal: tuple[str, ...] = ()
            order = "t.doc_id"
        else:
            where, params = self._selection(kind, filters, None)
            internal = _INTERNAL_COLUMNS if kind in _FLAT_FIELDS else ("seq",)
            order = "t.doc_id, t.seq"
        exclude = f" EXCLUDE ({', '.join(internal)})" if internal else ""
        sql = f"SELECT t.*{exclude} FROM {table} t WHERE {where} ORDER BY {order}"
        return self._con.cursor().sql(sql, params=params).to_arrow_reader(_FETCH_ROWS * 10)

    def actor_network(
        self, filters: Filters | None = None
    ) -> tuple[list[ActorNode], list[ActorEdge]]:
        """Actors of the matching events and actor -> recipient edges counted per event type."""
        where, params = (filters or Filters()).event_where("e")
        selected = f"SELECT e.event_id, e.type FROM events e WHERE {where}"
        nodes = self._con.execute(
            f"WITH sel AS ({selected}) SELECT ea.actor_key, mode(ea.name), mode(ea.country), "
            "mode(ea.sector), mode(ea.actor_type) FROM event_actors ea "
            "JOIN sel ON sel.event_id = ea.event_id GROUP BY ea.actor_key ORDER BY ea.actor_key",
            params,
        ).fetchall()
        pairs = self._con.execute(
            f"WITH sel AS ({selected}) SELECT a.actor_key, r.actor_key, sel.type, "
            "count(DISTINCT sel.event_id) FROM sel "
            "JOIN event_actors a ON a.event_id = sel.event_id AND a.role = 'actor' "
            "JOIN event_actors r ON r.event_id = sel.event_id AND r.role = 'recipient' "
            "GROUP BY ALL ORDER BY ALL",
            params,
        ).fetchall()
        counts: dict[tuple[str, str], dict[str, int]] = {}
        for source, target, type_, n in pairs:
            counts.setdefault((source, target), {})[type_] = n
        edges = [ActorEdge(s, t, c) for (s, t), c in counts.items()]
        return [ActorNode(*row) for row in nodes], edges

    def stats(self) -> dict[str, Any]:
        """Counts and ranges for `lapwing stats`: scalars, then name -> count breakdowns."""

        def breakdown(sql: str) -> dict[str, int]:
            return dict(self._con.execute(sql).fetchall())

        documents, unique, near, published_from, published_to = self._one(
            "SELECT count(*), count(*) FILTER (duplicate_of IS NULL), "
            "count(*) FILTER (duplicate_of IS NOT NULL), min(published), max(published) "
            "FROM documents"
        )
        (inputs,) = self._one("SELECT count(*) FROM document_inputs")
        events, events_from, events_to = self._one(
            "SELECT count(*), min(coalesce(date_start, date_end)), "
            "max(coalesce(date_end, date_start)) FROM events"
        )
        return {
            "schema_version": self.schema_version(),
            "documents": documents,
            "unique_documents": unique,
            "near_duplicates": near,
            "inputs": inputs,
            "exact_duplicates": inputs - documents,
            "published_from": iso_date(published_from),
            "published_to": iso_date(published_to),
            "events": events,
            "events_from": iso_date(events_from),
            "events_to": iso_date(events_to),
            "distinct_actors": self._one("SELECT count(DISTINCT actor_key) FROM event_actors")[0],
            "mentions": self._one("SELECT count(*) FROM mentions")[0],
            "timexes": self._one("SELECT count(*) FROM timexes")[0],
            "relations": self._one("SELECT count(*) FROM relations")[0],
            "runs": self._one("SELECT count(*) FROM runs")[0],
            "events_by_type": breakdown(
                "SELECT type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1"
            ),
            "events_by_modality": breakdown(
                "SELECT modality, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1"
            ),
            "problems_by_severity": breakdown(
                "SELECT severity, count(*) FROM problems GROUP BY 1 ORDER BY 1"
            ),
        }

    def problems(self, run_id: str | None = None) -> list[Problem]:
        """Problems in the order they were met, of one run or of all runs."""
        rows = self._con.execute(
            "SELECT origin, reason, severity, line, record, hint FROM problems "
            "WHERE ?::VARCHAR IS NULL OR run_id = ? ORDER BY rowid",
            [run_id, run_id],
        ).fetchall()
        return [Problem(*row) for row in rows]

    def _selection(
        self, kind: str, filters: Filters, doc_ids: Iterable[str] | None
    ) -> tuple[str, list[object]]:
        """WHERE (alias ``t``) for a record table: events by the filters, others by document."""
        if kind == "event":
            where, params = filters.event_where("t")
        else:
            doc_where, params = filters.document_where("d", through_events=filters.selects_events)
            where = "TRUE" if doc_where == "TRUE" else (
                f"t.doc_id IN (SELECT d.doc_id FROM documents d WHERE {doc_where})"
            )
        if doc_ids is not None:
            where += " AND t.doc_id IN (SELECT unnest(?::VARCHAR[]))"
            params = [*params, sorted(set(doc_ids))]
        return where, params

    def _stream(self, sql: str, params: list[object]) -> Iterator[tuple[Any, ...]]:
        """Rows fetched in chunks on a cursor of their own, so streams can be interleaved."""
        cursor = self._con.cursor()
        try:
            cursor.execute(sql, params)
            while rows := cursor.fetchmany(_FETCH_ROWS):
                yield from rows
        finally:
            cursor.close()


def rebuild_aggregates(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild and stamp the ``agg_*`` count tables on a read-write connection (or cursor)."""
    for group in (_AGGREGATE_FILL, _STAMP):  # the stamp after commit: rowids are final then
        con.execute("BEGIN TRANSACTION")
        try:
            for statement in group:
                con.execute(statement)
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")


def aggregates_fresh(con: duckdb.DuckDBPyConnection, thorough: bool = False) -> bool:
    """True when the ``agg_*`` count tables on ``con`` describe the event tables as they are
    now: same event and actor row counts, same largest event rowid as when built, and with
    ``thorough`` the same fingerprint of the columns they count (a full scan, which also
    sees rows changed in place; code that updates events calls
    :meth:`Store.refresh_aggregates` afterwards)."""
    check = f" AND s.fingerprint = ({_FINGERPRINT_SQL})" if thorough else ""
    rows = con.execute(
        f"SELECT 1 FROM agg_state s, ({_STAMP_SQL}) t(a, b, c) "
        f"WHERE s.events = t.a AND s.event_actors = t.b AND s.max_rowid = t.c{check}"
    ).fetchall()
    return bool(rows)


class _LineStream:
    """(doc_id, line) pairs ordered by doc_id, taken one document at a time (a merge join).

    Python orders str by code point and DuckDB orders VARCHAR by UTF-8 bytes: the same
    order, so lines of a document that is not being read are passed over, not stuck on.
    """

    def __init__(self, pairs: Iterator[tuple[str, str]]) -> None:
        self._pairs = pairs
        self._next = next(pairs, None)

    def take(self, doc_id: str) -> list[str]:
        while self._next is not None and self._next[0] < doc_id:
            self._next = next(self._pairs, None)
        taken = []
        while self._next is not None and self._next[0] == doc_id:
            taken.append(self._next[1])
            self._next = next(self._pairs, None)
        return taken


def _open_failure(path: str, read_only: bool, exc: duckdb.Error) -> str:
    """A message for a failed connect that says why and what to do, not just DuckDB's words."""
    text = str(exc)
    if "lock" in text.lower():
        hint = (
            "another lapwing process (the API server?) holds it read-write; stop it or wait "
            "for it to finish"
        )
    elif "not a valid DuckDB database" in text:
        hint = "it is not a DuckDB database: pass the path of a Lapwing database or of a new file"
    elif read_only and "does not exist" in text:
        hint = "there is no database there yet: run `lapwing ingest` to create it"
    else:
        hint = "check the path and its permissions"
    return f"cannot open database {path}: {hint} ({text})"


def _table_for(kind: str) -> str:
    if kind not in TABLES:
        raise ValueError(f"unknown record kind {kind!r}; expected one of {sorted(TABLES)}")
    return TABLES[kind]


def _unique(items: Iterable[Any], key: Any) -> list[Any]:
    """First item for each key: a batch may carry the same document or event twice."""
    seen: dict[Any, Any] = {}
    for item in items:
        seen.setdefault(key(item), item)
    return list(seen.values())


def _records_by_kind(records: list[Record]) -> dict[str, list[tuple[int, Any]]]:
    """(position in the batch, record) per kind; the position keeps a document's order."""
    by_kind: dict[str, list[tuple[int, Any]]] = {k: [] for k in RECORD_KINDS}
    for seq, record in enumerate(records):
        if not isinstance(record, (Mention, Timex, Event, Relation)):
            raise StoreError(
                f"batch record #{seq} is a {type(record).__name__}, not a Mention, Timex, "
                "Event or Relation: documents go in Batch.documents"
            )
        by_kind[record.kind].append((seq, record))
    by_kind["event"] = _unique(by_kind["event"], lambda p: p[1].event_id)
    return by_kind


def _rows_in(rows: pa.Table, column: str, keys: set[str], keep: bool = True) -> pa.Table:
    """The rows whose ``column`` is (``keep``) or is not among ``keys``."""
    mask = pc.is_in(rows[column], value_set=pa.array(sorted(keys), pa.string()))
    return rows.filter(mask if keep else pc.invert(mask))


def iso_date(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def query_date(value: str | None) -> dt.date | None:
    """A YYYY-MM-DD bound as a date for the query columns; anything else stays only in JSON."""
    if not value or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _document_row(doc: Document, run_id: str) -> dict[str, Any]:
    published = query_date(doc.published)
    if doc.published is not None and published is None:
        raise StoreError(
            f"document {doc.doc_id} ({doc.origin}) has published {doc.published!r}, not "
            "YYYY-MM-DD: parse it with lapwing.pubdate.parse_published before storing"
        )
    return {
        "doc_id": doc.doc_id, "input_id": doc.input_id, "title": doc.title,
        "source": doc.source, "url": doc.url, "published": published, "text": doc.text,
        "duplicate_of": doc.duplicate_of, "zones": _dumps([z.to_dict() for z in doc.zones]),
        "origin": doc.origin, "run_id": run_id,
    }


def _document_from_row(row: tuple[Any, ...]) -> Document:
    doc_id, input_id, text, title, source, url, published, duplicate_of, zones, origin = row
    return Document(
        doc_id=doc_id, input_id=input_id, text=text, title=title, source=source, url=url,
        published=iso_date(published), duplicate_of=duplicate_of,
        zones=[Zone(**zone) for zone in json.loads(zones or "[]")], origin=origin,
    )


def _input_rows(
    docs: list[Document], inputs: list[tuple[str, str, str]], run_id: str
) -> list[dict[str, Any]]:
    """Inputs of the batch, plus each document's own, so no document lacks provenance."""
    pairs = _unique([*inputs, *((d.input_id, d.doc_id, d.origin) for d in docs)], lambda r: r[:2])
    return [
        {"input_id": input_id, "doc_id": doc_id, "origin": origin, "run_id": run_id}
        for input_id, doc_id, origin in pairs
    ]


def _file_row(item: InputFile, n_documents: int, run_id: str) -> dict[str, Any]:
    return {
        "key": item.key, "path": item.path, "size": item.size, "mtime_ns": item.mtime_ns,
        "n_documents": n_documents, "run_id": run_id,
    }


def _record_rows(kind: str, records: list[tuple[int, Record]], run_id: str) -> list[dict[str, Any]]:
    """Rows of a generic record table, unique per (doc_id, record_key) within the batch."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for seq, record in records:
        data = record.to_dict()
        text = json.dumps(data, ensure_ascii=False)
        key = hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
        row = {
            name: _dumps(data[name]) if isinstance(data[name], (dict, list)) else data[name]
            for name in _FLAT_FIELDS[kind]
        }
        rows.setdefault(
            (data["doc_id"], key),
            {**row, "seq": seq, "record_key": key, "record": text, "run_id": run_id},
        )
    return list(rows.values())


def _display_name(ref: ActorRef) -> str:
    return ref.name or ref.text


def _actor_key(ref: ActorRef) -> str:
    """Resolved actors by id; unresolved ones by their lowercased name, so they still group."""
    return ref.actor_id or "name:" + _display_name(ref).lower()


def _event_row(seq: int, ev: Event, run_id: str) -> dict[str, Any]:
    loc = ev.location
    return {
        "event_id": ev.event_id, "doc_id": ev.doc_id, "seq": seq, "type": ev.type,
        "mode": ev.mode, "modality": ev.modality, "confidence": float(ev.confidence),
        "cluster_id": ev.cluster_id, "date_value": ev.date.value,
        "date_start": query_date(ev.date.start), "date_end": query_date(ev.date.end),
        "date_precision": ev.date.precision, "date_basis": ev.date.basis,
        "location_name": None if loc is None else (loc.name or loc.text),
        "location_country": loc and loc.country, "lat": loc and loc.lat,
        "lon": loc and loc.lon, "geonameid": loc and loc.geonameid,
        "actor_ids": [a.actor_id for a in ev.actors],
        "actor_names": [_display_name(a) for a in ev.actors],
        "actor_countries": [a.country for a in ev.actors],
        "recipient_ids": [a.actor_id for a in ev.recipients],
        "recipient_names": [_display_name(a) for a in ev.recipients],
        "recipient_countries": [a.country for a in ev.recipients],
        "trigger_start": ev.trigger.start, "trigger_end": ev.trigger.end,
        "sentence_start": ev.sentence.start, "sentence_end": ev.sentence.end,
        "record": json.dumps(ev.to_dict(), ensure_ascii=False), "run_id": run_id,
    }


def _event_actor_rows(ev: Event) -> list[dict[str, Any]]:
    """One row per actor and recipient: the long table that actor queries search."""
    return [
        {
            "event_id": ev.event_id, "role": role, "actor_key": _actor_key(ref),
            "actor_id": ref.actor_id, "name": _display_name(ref),
            "name_key": _display_name(ref).lower(), "country": ref.country,
            "sector": ref.sector, "actor_type": ref.type,
            "date_start": query_date(ev.date.start), "date_end": query_date(ev.date.end),
        }
        for role, refs in (("actor", ev.actors), ("recipient", ev.recipients))
        for ref in refs
    ]
