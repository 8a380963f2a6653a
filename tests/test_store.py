"""The DuckDB store: migrations, batch writes (atomic, idempotent), ingest queries, readers.

The records come from tests/builders.py, shared with the filter and export tests.
"""

import json
import subprocess
import sys
from dataclasses import replace

import duckdb
import pytest

from lapwing.problems import Problem
from lapwing.readers import InputFile
from lapwing.records import (
    Document,
    Mention,
)
from lapwing.store import (
    AGGREGATE_TABLES,
    EVENT_DERIVED_COLUMNS,
    MIGRATIONS,
    SCHEMA_VERSION,
    Batch,
    Store,
    StoreError,
)
from builders import RUN, sample_batch, all_records


def stored_records(store: Store) -> list[dict]:
    return [
        record
        for doc, lines in store.iter_documents_with_records()
        for record in (doc.to_dict(), *(json.loads(line) for _, line in lines))
    ]


def table_counts(store: Store) -> dict[str, int]:
    """Rows per table of stored data (the agg_* count tables are derived: optimize rebuilds them)."""
    names = [r[0] for r in store.con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
             if r[0] not in AGGREGATE_TABLES]
    return {n: store.con.execute(f"SELECT count(*) FROM {n}").fetchall()[0][0] for n in names}


@pytest.fixture
def db(tmp_path):
    return tmp_path / "lapwing.duckdb"


@pytest.fixture
def store(db):
    """A store holding the sample batch."""
    with Store(db) as s:
        s.write_batch(sample_batch())
        yield s


# -- opening and migrations ---------------------------------------------------------------


def test_opening_twice_applies_each_migration_once(db):
    with Store(db):
        pass
    with Store(db) as store:
        rows = store.con.execute("SELECT version, description FROM schema_migrations").fetchall()
        assert store.schema_version() == SCHEMA_VERSION
    assert rows == [(v, d) for v, d, _ in MIGRATIONS]
    with Store(db, read_only=True) as store:
        assert store.stats()["documents"] == 0


def test_read_only_open_of_an_older_schema_says_to_run_ingest(db):
    with Store(db) as store:
        store.con.execute("DELETE FROM schema_migrations WHERE version = ?", [SCHEMA_VERSION])
    with pytest.raises(StoreError, match="lapwing ingest") as info:
        Store(db, read_only=True)
    assert str(db) in str(info.value)


def test_a_newer_schema_is_refused_even_read_write(db):
    with Store(db) as store:
        store.con.execute("INSERT INTO schema_migrations (version) VALUES (?)", [SCHEMA_VERSION + 1])
    for read_only in (True, False):
        with pytest.raises(StoreError, match="upgrade Lapwing"):
            Store(db, read_only=read_only)


def test_read_only_open_of_a_missing_file_says_to_run_ingest(db):
    with pytest.raises(StoreError, match="lapwing ingest"):
        Store(db, read_only=True)


def test_a_file_that_is_not_duckdb_is_refused_naming_the_path(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_text("these are my notes, not a database\n" * 200)
    with pytest.raises(StoreError, match="not a DuckDB database") as info:
        Store(path)
    assert str(path) in str(info.value)


def test_somebody_elses_duckdb_database_is_left_alone(db):
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE accounts (id INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a Lapwing one"):
        Store(db)


def test_a_database_locked_by_another_process_names_the_likely_holder(db):
    Store(db).close()
    hold = "import duckdb, sys; con = duckdb.connect(sys.argv[1]); print('ready', flush=True); sys.stdin.read()"
    holder = subprocess.Popen(
        [sys.executable, "-c", hold, str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="another lapwing process") as info:
            Store(db, read_only=True)
        assert str(db) in str(info.value)
    finally:
        holder.stdin.close()
        holder.wait()


# -- writing ------------------------------------------------------------------------------


def test_every_record_kind_round_trips_exactly(store):
    assert stored_records(store) == all_records(sample_batch())


def test_rewriting_the_same_batch_adds_nothing(store):
    before = table_counts(store)
    store.write_batch(sample_batch())
    assert table_counts(store) == before
    store.optimize()  # keys still enforced after events are rewritten sorted
    store.write_batch(sample_batch())
    assert table_counts(store) == before
    assert stored_records(store) == all_records(sample_batch())


def test_a_rerun_adds_only_what_is_new(store):
    before = table_counts(store)
    doc_4 = Document("doc-4", "in-4", "Fresh text.", origin="d.jsonl:1")
    batch = sample_batch("run-2")
    batch.documents.append(doc_4)
    new_mention = Mention("doc-2", 0, 5, "Qatar", "GPE")
    batch.records.append(new_mention)
    store.write_batch(batch)
    after = table_counts(store)
    assert after["documents"] == before["documents"] + 1
    assert after["document_inputs"] == before["document_inputs"] + 1
    assert after["mentions"] == before["mentions"] + 1  # only the new mention of a stored doc
    assert after["events"] == before["events"] and after["event_actors"] == before["event_actors"]
    assert after["problems"] == before["problems"] + 2  # the new run met them too
    assert list(store.iter_records("mention", doc_ids=["doc-2"])) == [new_mention]


def test_a_failing_batch_leaves_nothing_behind(db, monkeypatch):
    with Store(db) as store:
        empty = table_counts(store)

        def fail(*args):
            raise RuntimeError("disk on fire")

        monkeypatch.setattr(Store, "_insert_new_problems", fail)  # the last step of a batch
        with pytest.raises(RuntimeError, match="disk on fire"):
            store.write_batch(sample_batch())
        assert table_counts(store) == empty
        monkeypatch.undo()
        store.write_batch(sample_batch())  # the store is usable afterwards
        assert stored_records(store) == all_records(sample_batch())


def test_records_of_an_unknown_document_are_refused(db):
    with Store(db) as store:
        batch = Batch(RUN, records=[Mention("ghost", 0, 1, "x", "OTHER")])
        with pytest.raises(StoreError, match="ghost"):
            store.write_batch(batch)
        assert table_counts(store)["mentions"] == 0


def test_a_document_with_an_unparsed_date_is_refused_by_name(db):
    with Store(db) as store:
        batch = Batch(RUN, documents=[Document("doc-x", "in-x", "text", published="March 3")])
        with pytest.raises(StoreError, match="doc-x.*YYYY-MM-DD"):
            store.write_batch(batch)


# -- queries for the ingest ---------------------------------------------------------------


def test_known_doc_ids_and_finished_files(store):
    assert store.known_doc_ids(["doc-1", "doc-3", "nope", "x' OR '1'='1"]) == {"doc-1", "doc-3"}
    assert store.known_doc_ids([]) == set()
    keys = [InputFile("a.jsonl", 100, 5).key, InputFile("a.jsonl", 101, 5).key]
    assert store.finished_file_keys(keys) == {keys[0]}


def test_band_candidates_return_signatures_sharing_a_bucket(store):
    assert store.band_candidates([(1, 2**63 + 5), (7, 7)]) == {"doc-1": (b"\x01\x02", None)}
    assert store.band_candidates([(0, 11), (0, 12)]) == {
        "doc-1": (b"\x01\x02", None), "doc-2": (b"\x03", None)}
    assert store.band_candidates([(1, 11)]) == {}  # same bucket, other band
    assert store.band_candidates([]) == {}


def test_runs_are_started_and_finished(db):
    with Store(db) as store:
        run_id = store.start_run("ingest", {"paths": ["a"]})
        store.finish_run(run_id, {"documents_new": 3})
        rows = store.con.execute(
            "SELECT command, args, counts, finished_at IS NOT NULL FROM runs").fetchall()
        assert rows == [("ingest", '{"paths": ["a"]}', '{"documents_new": 3}', True)]
        with pytest.raises(StoreError, match="start_run"):
            store.finish_run("no-such-run", {})


# -- readers ------------------------------------------------------------------------------


def test_stats_count_what_was_stored(store):
    store.start_run("ingest", {})
    stats = store.stats()
    assert stats == {
        "schema_version": SCHEMA_VERSION,
        "documents": 3,
        "unique_documents": 2,
        "near_duplicates": 1,
        "inputs": 4,
        "exact_duplicates": 1,
        "published_from": "2024-03-02",
        "published_to": "2024-04-11",
        "events": 4,
        "events_from": "2024-03-01",
        "events_to": "2024-04-10",
        "distinct_actors": 6,
        "mentions": 2,
        "timexes": 2,
        "relations": 2,
        "runs": 1,
        "events_by_type": {"ASSAULT": 2, "CONSULT": 1, "PROTEST": 1},
        "events_by_modality": {"alleged": 1, "asserted": 2, "reported": 1},
        "problems_by_severity": {"error": 1, "warning": 1},
    }


def test_problems_come_back_in_order_per_run(store):
    store.write_batch(Batch("run-2", problems=[Problem("c.html", "no text found", line=None)]))
    assert store.problems(RUN) == sample_batch().problems
    assert [p.origin for p in store.problems()] == ["a.jsonl", "b.txt", "c.html"]


def test_unknown_record_kind_is_a_clear_error(store):
    with pytest.raises(ValueError, match="iter_documents"):
        list(store.iter_records("document"))


# -- schema version 2: derived columns, date order, count tables ---------------------------

DERIVED = ", ".join(name for name, _ in EVENT_DERIVED_COLUMNS)


def derived_rows(store: Store) -> list[tuple]:
    rows = store.con.execute(f"SELECT event_id, {DERIVED} FROM events ORDER BY event_id").fetchall()
    # Lists hold sets (order is the aggregation's): compare them sorted.
    return [tuple(sorted(v) if isinstance(v, list) else v for v in row) for row in rows]


def version_1_copy(source: Store, path) -> None:
    """A file as schema version 1 left it, holding the same rows as ``source``."""
    con = source.con
    (home,) = con.execute("SELECT current_database()").fetchone()
    con.execute(f"ATTACH '{path}' AS v1")
    con.execute("USE v1")
    try:
        con.execute(MIGRATIONS[0][2])
        con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, "
                    "description VARCHAR, applied_at TIMESTAMPTZ DEFAULT now())")
        con.execute("INSERT INTO schema_migrations (version, description) VALUES (1, ?)",
                    [MIGRATIONS[0][1]])
        tables = con.execute("SELECT table_name FROM duckdb_tables() WHERE database_name = 'v1' "
                             "AND table_name <> 'schema_migrations'").fetchall()
        for (table,) in tables:
            columns = ", ".join(f'"{name}"' for (name,) in con.execute(
                "SELECT column_name FROM duckdb_columns() WHERE database_name = 'v1' "
                "AND table_name = ? ORDER BY column_index", [table]).fetchall())
            con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {home}.{table}")
    finally:
        con.execute(f"USE {home}")
        con.execute("DETACH v1")


def test_write_batch_derives_what_optimize_recomputes(store):
    written = derived_rows(store)
    e1 = dict(zip(["event_id", *DERIVED.split(", ")], written[0]))
    assert e1["all_keys"] == ["HAMAS", "ISR_MIL"] and e1["actor_keys"] == ["ISR_MIL"]
    assert e1["all_sectors"] == ["ARMED_GROUP", "MILITARY"]
    assert e1["all_countries"] == ["ISR", "PSE"]
    e2 = dict(zip(["event_id", *DERIVED.split(", ")], written[1]))
    assert str(e2["day_lo"]) == "2024-03-01" and str(e2["day_hi"]) == "2024-03-31"
    assert "name:protesters" in e2["all_keys"] and "protesters" in e2["all_name_keys"]
    store.optimize()
    assert derived_rows(store) == written
    dates = [r[0] for r in store.con.execute("SELECT day_lo FROM events ORDER BY rowid").fetchall()]
    assert dates == sorted(dates, key=lambda d: (d is None, d))  # by date, undated last


def test_count_tables_are_fresh_after_optimize_and_stale_after_a_write(store):
    assert not store.aggregates_fresh()  # written, never optimized
    store.optimize()
    assert store.aggregates_fresh()
    facets = dict(store.con.execute(
        "SELECT value, n FROM agg_facets WHERE facet = 'type'").fetchall())
    assert facets == {"ASSAULT": 2, "CONSULT": 1, "PROTEST": 1}
    batch = sample_batch("run-2")
    batch.records = [replace(batch.records[-1], event_id="e5")]
    store.write_batch(batch)
    assert not store.aggregates_fresh()
    store.refresh_aggregates()
    assert store.aggregates_fresh()
    assert store.con.execute("SELECT events FROM agg_state").fetchone() == (5,)


def test_a_version_1_file_is_upgraded_on_read_write_open(store, tmp_path):
    store.optimize()
    old = tmp_path / "v1.duckdb"
    version_1_copy(store, old)
    with pytest.raises(StoreError, match="lapwing ingest"):
        Store(old, read_only=True)  # read-only cannot upgrade: says how
    with Store(old) as upgraded:
        assert upgraded.schema_version() == SCHEMA_VERSION
        assert upgraded.aggregates_fresh()
        assert derived_rows(upgraded) == derived_rows(store)
        for table in AGGREGATE_TABLES[1:]:
            sql = f"SELECT * FROM {table} ORDER BY ALL"
            assert upgraded.con.execute(sql).fetchall() == store.con.execute(sql).fetchall(), table
        assert stored_records(upgraded) == stored_records(store)
    with Store(old) as again:  # applied once
        assert again.con.execute("SELECT count(*) FROM schema_migrations").fetchone() == (2,)
