"""Clustering on a Lapwing database: place new events, write ``cluster_id`` and ``clusters``.

Incremental by design: only events whose ``cluster_id`` is NULL are placed, against the
existing clusters whose span of dates comes within the widest clustering window of theirs
(all members of those clusters are read, so the merged features are exact). Placed
events get their ``cluster_id`` in the column *and* in the record JSON (exports copy the
JSON), and every cluster that gained a member has its ``clusters`` row rewritten. Running
it again with nothing new changes nothing; ``rebuild=True`` clears all clusters first.

The ``clusters`` table is created here with ``CREATE TABLE IF NOT EXISTS`` until the
store's migrations own it (see :data:`CLUSTERS_DDL`).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import duckdb
import pyarrow as pa

from lapwing.clustering import Assignment, Cluster, DocFacts, Params, Report, assign, load_params, make_report
from lapwing.corroboration import summarise
from lapwing.filters import Filters
from lapwing.store import Store, iso_date, query_date

#: One row per cluster: canonical columns for filtering and sorting, the canonical record
#: and corroboration as JSON, and the span of days its members' date intervals cover.
CLUSTERS_DDL = """
CREATE TABLE IF NOT EXISTS clusters (
    cluster_id VARCHAR PRIMARY KEY, type VARCHAR, modality VARCHAR,
    date_start DATE, date_end DATE, date_precision VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
    n_events INTEGER, n_reports INTEGER, n_sources INTEGER,
    first_report DATE, last_report DATE, asserted BOOLEAN,
    span_start DATE, span_end DATE,
    canonical JSON, corroboration JSON, members VARCHAR[],
    updated_at TIMESTAMPTZ DEFAULT now())
"""

_EVENT_SOURCE = (
    "SELECT e.record, d.source, d.published, d.duplicate_of FROM events e "
    "LEFT JOIN documents d ON d.doc_id = e.doc_id"
)

_SCHEMA = pa.schema([
    ("cluster_id", pa.string()), ("type", pa.string()), ("modality", pa.string()),
    ("date_start", pa.date32()), ("date_end", pa.date32()), ("date_precision", pa.string()),
    ("location_name", pa.string()), ("location_country", pa.string()),
    ("lat", pa.float64()), ("lon", pa.float64()),
    ("n_events", pa.int32()), ("n_reports", pa.int32()), ("n_sources", pa.int32()),
    ("first_report", pa.date32()), ("last_report", pa.date32()), ("asserted", pa.bool_()),
    ("span_start", pa.date32()), ("span_end", pa.date32()),
    ("canonical", pa.string()), ("corroboration", pa.string()), ("members", pa.list_(pa.string())),
])


def ensure_table(con: duckdb.DuckDBPyConnection) -> None:
    """Create ``clusters`` if this database has none yet."""
    con.execute(CLUSTERS_DDL)


def update_clusters(store: Store, rebuild: bool = False,
                    params: Params | None = None) -> dict[str, int]:
    """Place every unclustered event; returns counts (placed, clusters touched, new)."""
    if store.read_only:
        raise ValueError(f"{store.path} is open read-only: clustering writes cluster ids, "
                         "open it read-write (and stop a server that holds it)")
    p = params or load_params()
    con = store.con
    ensure_table(con)
    if rebuild:
        with store.transaction():
            con.execute("UPDATE events SET cluster_id = NULL, record = json_merge_patch(record, "
                        "'{\"cluster_id\": null}') WHERE cluster_id IS NOT NULL")
            con.execute("DELETE FROM clusters")
    new = _reports(con, f"{_EVENT_SOURCE} WHERE e.cluster_id IS NULL", [], p)
    if not new:
        return {"placed": 0, "clusters_touched": 0, "clusters_new": 0}
    result = assign(new, _nearby_clusters(con, new, p), p)
    created = sum(1 for cid in result.touched if cid not in _existing_ids(con, list(result.touched)))
    with store.transaction():
        _write(con, result, p)
    store.refresh_aggregates()  # the cluster facet counts changed
    return {"placed": len(new), "clusters_touched": len(result.touched), "clusters_new": created}


def _reports(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any], p: Params) -> list[Report]:
    rows = con.execute(sql, params).fetchall()
    return [
        make_report(json.loads(record), DocFacts(source, iso_date(published), duplicate_of), p)
        for record, source, published, duplicate_of in rows
    ]


def _nearby_clusters(con: duckdb.DuckDBPyConnection, new: list[Report],
                     p: Params) -> dict[str, list[Report]]:
    """Members of the clusters whose span comes within the widest window of the new reports."""
    days = [d for r in new if r.lo is not None for d in (r.lo, r.hi)]
    if not days:
        return {}
    lo = dt.date.fromordinal(min(days) - p.widest_window)
    hi = dt.date.fromordinal(max(days) + p.widest_window)
    members = _reports(
        con,
        f"{_EVENT_SOURCE} WHERE e.cluster_id IN (SELECT cluster_id FROM clusters "
        "WHERE span_end >= ? AND span_start <= ?) ORDER BY e.event_id",
        [lo, hi], p,
    )
    by_cluster: dict[str, list[Report]] = {}
    for report in members:
        by_cluster.setdefault(report.record["cluster_id"], []).append(report)
    return by_cluster


def _existing_ids(con: duckdb.DuckDBPyConnection, ids: list[str]) -> set[str]:
    rows = con.execute("SELECT cluster_id FROM clusters WHERE cluster_id IN "
                       "(SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()
    return {r[0] for r in rows}


def _write(con: duckdb.DuckDBPyConnection, result: Assignment, p: Params) -> None:
    """Cluster ids onto the events (column and JSON), and the touched clusters' rows."""
    placed = pa.table({"event_id": list(result.cluster_of),
                       "cluster_id": list(result.cluster_of.values())})
    rows = [_cluster_row(cluster, p) for cluster in result.touched.values()]
    con.register("placed_events", placed)
    con.register("cluster_rows", pa.Table.from_pylist(rows, schema=_SCHEMA))
    try:
        con.execute(
            "UPDATE events SET cluster_id = u.cluster_id, record = json_merge_patch(record, "
            "json_object('cluster_id', u.cluster_id)) FROM placed_events u "
            "WHERE events.event_id = u.event_id"
        )
        con.execute("DELETE FROM clusters WHERE cluster_id IN (SELECT cluster_id FROM cluster_rows)")
        con.execute("INSERT INTO clusters BY NAME SELECT * FROM cluster_rows")
    finally:
        con.unregister("placed_events")
        con.unregister("cluster_rows")


def _cluster_row(cluster: Cluster, p: Params) -> dict[str, Any]:
    summary = summarise(cluster, p)
    c, k = summary.canonical, summary.corroboration
    date, place = c["date"], c["location"] or {}
    days = [d for r in cluster.members if r.lo is not None for d in (r.lo, r.hi)]
    return {
        "cluster_id": summary.cluster_id, "type": c["type"], "modality": c["modality"],
        "date_start": query_date(date.get("start")), "date_end": query_date(date.get("end")),
        "date_precision": date.get("precision"),
        "location_name": place.get("name") or place.get("text"),
        "location_country": place.get("country"), "lat": place.get("lat"), "lon": place.get("lon"),
        "n_events": k["events"], "n_reports": k["reports"], "n_sources": k["sources"],
        "first_report": query_date(k["first_report"]), "last_report": query_date(k["last_report"]),
        "asserted": k["asserted"],
        "span_start": dt.date.fromordinal(min(days)) if days else None,
        "span_end": dt.date.fromordinal(max(days)) if days else None,
        "canonical": json.dumps(c, ensure_ascii=False),
        "corroboration": json.dumps(k, ensure_ascii=False),
        "members": summary.members,
    }


def list_clusters(store: Store, filters: Filters | None = None, limit: int = 50,
                  min_reports: int = 1) -> list[dict[str, Any]]:
    """Clusters with a member event matching ``filters``, best corroborated first."""
    con = store.con
    (exists,) = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'clusters' "
                            "AND schema_name = 'main'").fetchone()  # type: ignore[misc]
    if not exists:
        raise ValueError(f"{store.path} has no clusters yet: run `lapwing clusters --db "
                         f"{store.path}` once to build them")
    where, params = (filters or Filters()).event_where("e")
    rows = con.execute(
        "SELECT cluster_id, canonical, corroboration FROM clusters WHERE n_reports >= ? AND "
        f"cluster_id IN (SELECT e.cluster_id FROM events e WHERE {where}) "
        "ORDER BY n_sources DESC, n_reports DESC, date_start NULLS LAST, cluster_id LIMIT ?",
        [min_reports, *params, limit],
    ).fetchall()
    return [{"cluster_id": cid, "canonical": json.loads(canonical),
             "corroboration": json.loads(corroboration)} for cid, canonical, corroboration in rows]


