"""Read queries behind the HTTP API (and later the CLI): pages, facets, series, networks.

Every function takes a DuckDB connection (a cursor of the store's connection: one per
thread) and an :class:`EventQuery`, the shared :class:`~lapwing.filters.Filters` extended
with the criteria the web UI offers (sector, mode, place, bounding box, text, confidence,
cluster, date precision). User values only ever travel as ``?`` parameters; the few SQL
words that vary (sort column, time unit, stacking column) are looked up in fixed tables.

Sizes are capped (page size, facet values, network nodes, map points) so no request can
ask for the whole database in one JSON answer; exports stream instead. Answers are plain
dicts and lists ready for JSON.

At a million events, what no criterion restricts (and, for the timeline and the type,
modality, mode and precision facets, what only those criteria restrict) is answered from the
store's ``agg_*`` count tables, rebuilt at the end of each ingest (``Store.optimize``) and
used only while their stamp says they describe the data as it is; anything else is answered
from ``events``, whose derived columns (date interval, actor keys, sectors, countries; see
:data:`lapwing.store.EVENT_DERIVED_COLUMNS`) spare the join with ``event_actors`` and whose
date order lets DuckDB skip row groups for date ranges and newest-first pages.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import json
import math
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import duckdb

from lapwing import store as _store
from lapwing.filters import Filters, Where, _joined
from lapwing.knowledge import describe_actor

#: Largest page of events or documents one request may ask for.
MAX_PAGE = 500
DEFAULT_PAGE = 50
#: Most values listed per facet, nodes in a network, points on a map.
MAX_FACET_VALUES = 100
MAX_NETWORK_NODES = 300
MAX_NETWORK_EDGES = 2000
MAX_PLACES = 5000
#: Longest free-text value accepted in a filter (names, search text).
MAX_VALUE_CHARS = 200
#: Seconds after which a query is interrupted (a query-cost limit).
QUERY_TIMEOUT_S = 15.0

#: PLOVER event types on the conflict-cooperation scale (-1 material conflict .. +1 cooperation).
EVENT_TONE: dict[str, float] = {
    "AGREE": 1.0, "SUPPORT": 0.8, "CONSULT": 0.6, "COOPERATE": 1.0, "AID": 1.0,
    "CONCEDE": 0.8, "RETREAT": 0.6, "REQUEST": 0.2, "ACCUSE": -0.4, "REJECT": -0.4,
    "THREATEN": -0.6, "DEMAND": -0.3, "DISAPPROVE": -0.4, "PROTEST": -0.6,
    "SANCTION": -0.7, "MOBILIZE": -0.6, "COERCE": -0.8, "ASSAULT": -1.0, "SEIZE": -0.9,
}

#: Facets the filter bar lists, each mapped to the filter field it sets.
FACETS: tuple[str, ...] = (
    "type", "modality", "mode", "precision", "country", "actor", "sector", "place", "cluster",
)

_SORTS: dict[str, tuple[str, str, str]] = {
    # name: (SQL key, sentinel ascending, sentinel descending): sentinels keep NULLs last
    "date": ("coalesce(e.date_start, e.date_end, {s}::DATE)", "'9999-12-31'", "'0001-01-01'"),
    "confidence": ("coalesce(e.confidence, {s}::DOUBLE)", "2.0", "-1.0"),
    "type": ("coalesce(e.type, {s})", "'\uffff'", "''"),
    "modality": ("coalesce(e.modality, {s})", "'\uffff'", "''"),
    "place": ("coalesce(e.location_name, {s})", "'\uffff'", "''"),
    "actor": ("coalesce(e.actor_names[1], {s})", "'\uffff'", "''"),
    "precision": ("coalesce(e.date_precision, {s})", "'\uffff'", "''"),
}
SORTS: tuple[str, ...] = tuple(_SORTS)
_UNITS = {"day": "day", "week": "week", "month": "month", "quarter": "quarter", "year": "year"}
_STACKS = {
    "type": "e.type", "modality": "e.modality", "mode": "e.mode",
    "precision": "e.date_precision", "none": "'events'",
}
STACKS: tuple[str, ...] = tuple(_STACKS)
_PRECISIONS = ("day", "week", "month", "season", "quarter", "year", "decade", "century", "unknown")
_EVENT_COLUMNS = (
    "e.event_id, e.doc_id, e.type, e.mode, e.modality, e.confidence, e.cluster_id, "
    "e.date_value, e.date_start, e.date_end, e.date_precision, e.date_basis, e.location_name, "
    "e.location_country, e.lat, e.lon, e.geonameid, e.actor_ids, e.actor_names, "
    "e.actor_countries, e.recipient_ids, e.recipient_names, e.recipient_countries, "
    "e.trigger_start, e.trigger_end, e.sentence_start, e.sentence_end"
)
_EVENT_FIELDS = [c.strip().removeprefix("e.") for c in _EVENT_COLUMNS.split(",")]


_mode = _store.mode_of  # the most frequent value, ties to the smallest (deterministic)
#: Actor keys of an event's actors / recipients: derived columns of ``events`` (the store's
#: key: the actor id, else "name:" + the lowercased display name), far cheaper at scale than
#: joining the event_actors long table.
_ACTOR_KEYS = "e.actor_keys"
_RECIPIENT_KEYS = "e.recipient_keys"
#: Criteria the ``agg_cube`` count table can answer (its columns carry the same names).
_CUBE_FIELDS = frozenset({"type", "modality", "mode", "precision"})


class QueryError(ValueError):
    """A request that cannot be answered as asked; the message says what to change."""


class NotFound(LookupError):
    """The requested event, document, actor or cluster does not exist."""


@dataclass
class EventQuery(Filters):
    """The shared filters plus the web UI's criteria; all values are text, checked here.

    ``sector`` a PLOVER sector of an actor or recipient; ``mode`` the event's mode;
    ``place`` a location name (any case) or GeoNames id; ``bbox`` ``west,south,east,north``
    in degrees (west > east crosses the antimeridian); ``q`` text searched (any case) in
    actor and place names, the trigger and the evidence sentence; ``min_confidence`` 0..1;
    ``cluster`` a cluster id; ``precision`` the date precision (day, month, ...).
    """

    sector: str | None = None
    mode: str | None = None
    place: str | None = None
    bbox: str | None = None
    q: str | None = None
    min_confidence: str | None = None
    cluster: str | None = None
    precision: str | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if value is not None and len(value) > MAX_VALUE_CHARS:
                raise ValueError(f"filter {f.name} is longer than {MAX_VALUE_CHARS} characters")
        self._bbox = _parse_bbox(self.bbox) if self.bbox else None
        if self.min_confidence is not None:
            try:
                value = float(self.min_confidence)
            except ValueError:
                value = math.nan
            if not 0.0 <= value <= 1.0:
                raise ValueError(
                    f"min_confidence {self.min_confidence!r} is not a number from 0 to 1"
                )
            self._min_confidence = value
        if self.precision is not None:
            self.precision = self.precision.lower()
            if self.precision not in _PRECISIONS:
                raise ValueError(
                    f"precision {self.precision!r} is unknown: use one of {', '.join(_PRECISIONS)}"
                )

    @classmethod
    def from_params(cls, params: dict[str, Any]) -> EventQuery:
        """Build from request parameters, ignoring names that are not filters."""
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in params.items() if k in names and v is not None})

    def to_params(self) -> dict[str, str]:
        """The non-empty filter values, as request parameters."""
        return {
            f.name: getattr(self, f.name)
            for f in dataclasses.fields(self)
            if getattr(self, f.name) is not None
        }

    def without(self, *names: str) -> EventQuery:
        """The same query with some criteria removed (facets count without their own)."""
        return dataclasses.replace(self, **{n: None for n in names})

    @property
    def selects_events(self) -> bool:
        return super().selects_events or any(
            getattr(self, n) is not None
            for n in ("sector", "mode", "place", "bbox", "q", "min_confidence", "cluster",
                      "precision")
        )

    @property
    def is_empty(self) -> bool:
        return not self.to_params()

    @property
    def on_cube(self) -> bool:
        """True when every criterion set is one the ``agg_cube`` count table can answer."""
        return set(self.to_params()) <= _CUBE_FIELDS

    def event_where(self, alias: str = "e") -> Where:
        """The shared filters, with dates, actor and country matched on the derived columns
        of ``events`` (same answers as :meth:`Filters.event_where`, without the join), and
        the web UI's criteria."""
        rest = dataclasses.replace(self, date_from=None, date_to=None, actor=None, country=None)
        sql, params = Filters.event_where(rest, alias)  # doc_id, type, modality; checks alias
        clauses = [] if sql == "TRUE" else [sql]
        a = alias
        if self.date_from is not None:  # day_hi = coalesce(date_end, date_start)
            clauses.append(f"{a}.day_hi >= ?::DATE")
            params.append(self.date_from)
        if self.date_to is not None:  # day_lo = coalesce(date_start, date_end)
            clauses.append(f"{a}.day_lo <= ?::DATE")
            params.append(self.date_to)
        if self.actor is not None:
            clauses.append(
                f"(list_contains({a}.all_keys, ?) OR list_contains({a}.all_name_keys, ?))"
            )
            params += [self.actor, self.actor.lower()]
        if self.country is not None:
            clauses.append(f"list_contains({a}.all_countries, ?)")
            params.append(self.country)
        if self.sector is not None:
            clauses.append(f"list_contains({a}.all_sectors, ?)")
            params.append(self.sector.upper())
        if self.mode is not None:
            clauses.append(f"lower({a}.mode) = ?")
            params.append(self.mode.lower())
        if self.place is not None:
            if self.place.isdigit():
                clauses.append(f"{a}.geonameid = ?")
                params.append(int(self.place))
            else:
                clauses.append(f"lower({a}.location_name) = ?")
                params.append(self.place.lower())
        if self._bbox is not None:
            west, south, east, north = self._bbox
            clauses.append(f"{a}.lat BETWEEN ? AND ?")
            params += [south, north]
            if west <= east:
                clauses.append(f"{a}.lon BETWEEN ? AND ?")
                params += [west, east]
            else:
                clauses.append(f"({a}.lon >= ? OR {a}.lon <= ?)")
                params += [west, east]
        if self.min_confidence is not None:
            clauses.append(f"{a}.confidence >= ?")
            params.append(self._min_confidence)
        if self.cluster is not None:
            clauses.append(f"{a}.cluster_id = ?")
            params.append(self.cluster)
        if self.precision is not None:
            clauses.append(f"{a}.date_precision = ?")
            params.append(self.precision)
        if self.q is not None:
            pattern = "%" + _escape_like(self.q) + "%"
            clauses.append(
                f"(array_to_string({a}.actor_names, ' ') ILIKE ? ESCAPE '\\' "
                f"OR array_to_string({a}.recipient_names, ' ') ILIKE ? ESCAPE '\\' "
                f"OR {a}.location_name ILIKE ? ESCAPE '\\' OR {a}.type ILIKE ? ESCAPE '\\' "
                f"OR {a}.event_id IN (SELECT sq.event_id FROM events sq "
                "JOIN documents dq ON dq.doc_id = sq.doc_id WHERE substring(dq.text, "
                "sq.sentence_start + 1, sq.sentence_end - sq.sentence_start) ILIKE ? ESCAPE '\\'))"
            )
            params += [pattern] * 5
        return _joined(clauses), params


def _parse_bbox(text: str) -> tuple[float, float, float, float]:
    try:
        west, south, east, north = (float(v) for v in text.split(","))
    except ValueError:
        raise ValueError(
            f"bbox {text!r} is not west,south,east,north in degrees, e.g. 34.2,29.5,35.9,33.4"
        ) from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise ValueError(f"bbox {text!r} is out of range (longitudes -180..180, latitudes -90..90, "
                         "south <= north)")
    return west, south, east, north


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# -- execution -----------------------------------------------------------------------------


@contextmanager
def time_limit(con: duckdb.DuckDBPyConnection, seconds: float = QUERY_TIMEOUT_S) -> Iterator[None]:
    """Interrupt whatever ``con`` runs after ``seconds``; the query then fails with QueryError."""
    timer = threading.Timer(seconds, con.interrupt)
    timer.daemon = True
    timer.start()
    try:
        yield
    except duckdb.InterruptException:
        raise QueryError(
            f"the query took more than {seconds:g} s and was stopped: narrow the filters "
            "(a date range, a type or an actor)"
        ) from None
    finally:
        timer.cancel()


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[object]) -> list[tuple]:
    return con.execute(sql, params).fetchall()


def _json_value(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _dicts(names: list[str], rows: list[tuple]) -> list[dict[str, Any]]:
    return [{n: _json_value(v) for n, v in zip(names, row, strict=True)} for row in rows]


# -- pre-aggregated counts -----------------------------------------------------------------

def data_version(con: duckdb.DuckDBPyConnection) -> tuple[Any, ...]:
    """Changes whenever events are added or removed (counts and the largest rowid)."""
    return tuple(con.execute(
        "SELECT (SELECT count(*) FROM events), (SELECT max(rowid) FROM events), "
        "(SELECT count(*) FROM event_actors), (SELECT count(*) FROM documents)"
    ).fetchone())


def ensure_aggregates(con: duckdb.DuckDBPyConnection, *, force: bool = False) -> bool:
    """Rebuild the store's count tables when they are stale (or ``force``); False when they
    are stale and cannot be rebuilt (a read-only connection), so queries use the base tables.

    ``Store.optimize`` rebuilds them at the end of every ingest, so this is a check at
    server start (a file written without optimize, or changed in place) and a no-op after
    an ingest. The check is the thorough one (a full scan: about half a second at a
    million events); requests use the cheap one.
    """
    if not force and aggregates_fresh(con, thorough=True):
        return True
    try:
        _store.rebuild_aggregates(con)
    except duckdb.Error:
        return False
    return aggregates_fresh(con)


def aggregates_fresh(con: duckdb.DuckDBPyConnection, thorough: bool = False) -> bool:
    """True when the count tables describe the event tables as they are now."""
    try:
        return _store.aggregates_fresh(con, thorough)
    except duckdb.CatalogException:  # a file without them (never one this code migrated)
        return False


def _dyad_sql(where: str, keys_filter: str = "") -> str:
    """(actor key, recipient key, type, events) of the events selected by ``where``."""
    return (
        f"WITH x AS (SELECT e.type, unnest({_ACTOR_KEYS}) AS a, {_RECIPIENT_KEYS} AS rs "
        f"FROM events e WHERE {where}) SELECT a AS source, r AS target, type, count(*) AS n "
        f"FROM (SELECT a, unnest(rs) AS r, type FROM x) WHERE a <> r {keys_filter} GROUP BY ALL"
    )


def _node_counts(con: duckdb.DuckDBPyConnection, where: str, params: list[object],
                 limit: int) -> list[tuple[str, int]]:
    """The ``limit`` most active actor keys of the selected events, with event counts."""
    return con.execute(
        f"SELECT k, count(*) AS n FROM (SELECT unnest(e.all_keys) AS k FROM events e "
        f"WHERE {where}) WHERE k IS NOT NULL GROUP BY k ORDER BY n DESC, k LIMIT ?",
        [*params, limit],
    ).fetchall()


def _actor_facts(con: duckdb.DuckDBPyConnection, keys: list[str],
                 fresh: bool) -> dict[str, tuple]:
    """key -> (name, country, sector, type): from the count table, else event_actors."""
    if not keys:
        return {}
    if fresh:
        sql = ("SELECT actor_key, name, country, sector, actor_type FROM agg_actors "
               "WHERE actor_key IN (SELECT unnest(?::VARCHAR[]))")
    else:
        sql = (f"SELECT actor_key, {_mode('name')}, {_mode('country')}, {_mode('sector')}, "
               f"{_mode('actor_type')} FROM event_actors "
               "WHERE actor_key IN (SELECT unnest(?::VARCHAR[])) GROUP BY actor_key")
    return {row[0]: row[1:] for row in con.execute(sql, [keys]).fetchall()}


# -- events --------------------------------------------------------------------------------


def _page_size(limit: int | None) -> int:
    if limit is None:
        return DEFAULT_PAGE
    if not 1 <= limit <= MAX_PAGE:
        raise QueryError(f"limit {limit} is out of range: ask for 1 to {MAX_PAGE} rows")
    return limit


def _encode_cursor(values: list[Any]) -> str:
    raw = json.dumps(values, separators=(",", ":"), default=str).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(text: str) -> list[Any]:
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        values = json.loads(raw)
        if not isinstance(values, list) or len(values) != 4:
            raise ValueError
        return values
    except (ValueError, TypeError):
        raise QueryError("cursor is not one this server gave out: start again without it") from None


def events_page(
    con: duckdb.DuckDBPyConnection,
    query: EventQuery,
    *,
    sort: str = "date",
    order: str = "desc",
    limit: int | None = None,
    cursor: str | None = None,
    offset: int | None = None,
    with_total: bool = True,
) -> dict[str, Any]:
    """One page of events in a stable order (the sort key, then event_id).

    Pages follow one another with ``cursor`` (keyset: the ``next_cursor`` of the previous
    page; stable while events are added) or ``offset``. Each event carries its document's
    title, source, URL and publication date, the evidence sentence, and ``reports``: how
    many documents report its cluster (1 when it has none).
    """
    if sort not in _SORTS:
        raise QueryError(f"sort {sort!r} is unknown: use one of {', '.join(_SORTS)}")
    if order not in ("asc", "desc"):
        raise QueryError(f"order {order!r} is unknown: use asc or desc")
    size = _page_size(limit)
    if offset is not None and not 0 <= offset <= 1_000_000:
        raise QueryError("offset must be between 0 and 1000000; use cursor to go further")
    template, asc_sentinel, desc_sentinel = _SORTS[sort]
    sentinel = asc_sentinel if order == "asc" else desc_sentinel
    key = template.format(s=sentinel)
    where, params = query.event_where("e")
    page_where, page_params = where, list(params)
    op = ">" if order == "asc" else "<"
    direction = order.upper()
    with time_limit(con):
        # By date, order on the stored day_lo column itself (undated last) so DuckDB's top-N
        # skips row groups of the date-sorted table: the same order as the sentinel key as
        # long as no event is dated on the sentinel day itself (checked; then the key is used).
        by_day = sort == "date" and not con.execute(
            f"SELECT count(*) FROM events WHERE day_lo = {sentinel}::DATE"
        ).fetchone()[0]
        order_by = (
            f"e.day_lo {direction} NULLS LAST, e.event_id {direction}" if by_day
            else f"sort_key {direction}, e.event_id {direction}"
        )
        if cursor:
            c_sort, c_order, value, last_id = _decode_cursor(cursor)
            if (c_sort, c_order) != (sort, order):
                raise QueryError("cursor belongs to another sort order: start again without it")
            cast = "::DATE" if sort == "date" else ("::DOUBLE" if sort == "confidence" else "")
            if by_day and value == sentinel.strip("'"):  # among the undated events
                page_where += f" AND e.day_lo IS NULL AND e.event_id {op} ?"
                page_params += [last_id]
            elif by_day:
                page_where += (
                    f" AND (e.day_lo {op} ?::DATE OR (e.day_lo = ?::DATE AND e.event_id {op} ?) "
                    "OR e.day_lo IS NULL)"
                )
                page_params += [value, value, last_id]
            else:
                page_where += f" AND ({key} {op} ?{cast} OR ({key} = ?{cast} AND e.event_id {op} ?))"
                page_params += [value, value, last_id]
            offset = None
        sql = (
            f"SELECT {_EVENT_COLUMNS}, {key} AS sort_key FROM events e WHERE {page_where} "
            f"ORDER BY {order_by} LIMIT ? OFFSET ?"
        )
        rows = _rows(con, sql, [*page_params, size + 1, offset or 0])
        more = len(rows) > size
        rows = rows[:size]
        items = _dicts([*_EVENT_FIELDS, "sort_key"], rows)
        _add_document_facts(con, items)
        _add_reports(con, items)
        total = None
        if with_total:
            (total,) = con.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()
    next_cursor = None
    if more and items:
        last = items[-1]
        next_cursor = _encode_cursor([sort, order, last["sort_key"], last["event_id"]])
    for item in items:
        item.pop("sort_key", None)
    return {
        "total": total, "limit": size, "sort": sort, "order": order, "offset": offset,
        "next_cursor": next_cursor, "items": items,
    }


def _add_document_facts(con: duckdb.DuckDBPyConnection, items: list[dict[str, Any]]) -> None:
    """Title, source, URL, date and the evidence sentence of each event, in one query."""
    if not items:
        return
    spans = [
        {"event_id": i["event_id"], "doc_id": i["doc_id"],
         "s": i["sentence_start"], "t": i["sentence_end"]}
        for i in items
    ]
    rows = con.execute(
        "WITH p AS (SELECT unnest(?::STRUCT(event_id VARCHAR, doc_id VARCHAR, s INTEGER, "
        "t INTEGER)[], recursive := true)) "
        "SELECT p.event_id, d.title, d.source, d.url, d.published, d.duplicate_of, "
        "CASE WHEN p.s IS NOT NULL AND p.t > p.s THEN substring(d.text, p.s + 1, p.t - p.s) END "
        "FROM p JOIN documents d ON d.doc_id = p.doc_id",
        [spans],
    ).fetchall()
    facts = {r[0]: r[1:] for r in rows}
    for item in items:
        title, source, url, published, duplicate_of, sentence = facts.get(
            item["event_id"], (None,) * 6
        )
        item.update(title=title, source=source, url=url, published=_json_value(published),
                    duplicate_of=duplicate_of, sentence=sentence)


def _add_reports(con: duckdb.DuckDBPyConnection, items: list[dict[str, Any]]) -> None:
    clusters = sorted({i["cluster_id"] for i in items if i.get("cluster_id")})
    counts: dict[str, int] = {}
    if clusters:
        counts = dict(con.execute(
            "SELECT cluster_id, count(DISTINCT doc_id) FROM events "
            "WHERE cluster_id IN (SELECT unnest(?::VARCHAR[])) GROUP BY cluster_id",
            [clusters],
        ).fetchall())
    for item in items:
        item["reports"] = counts.get(item.get("cluster_id") or "", 1)


def event_detail(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any]:
    """One event: its full record, document facts, evidence and the other reports of its cluster."""
    with time_limit(con):
        rows = con.execute(
            f"SELECT {_EVENT_COLUMNS}, e.record FROM events e WHERE e.event_id = ?", [event_id]
        ).fetchall()
        if not rows:
            raise NotFound(f"no event {event_id!r}")
        (item,) = _dicts([*_EVENT_FIELDS, "record"], rows)
        item["record"] = json.loads(item["record"])
        _add_document_facts(con, [item])
        _add_reports(con, [item])
        item["cluster_events"] = []
        if item["cluster_id"]:
            sql = (
                "SELECT e.event_id, e.doc_id, e.type, e.date_start, d.title, d.source, d.url, "
                "d.published FROM events e LEFT JOIN documents d ON d.doc_id = e.doc_id "
                "WHERE e.cluster_id = ? ORDER BY d.published NULLS LAST, e.event_id LIMIT 200"
            )
            item["cluster_events"] = _dicts(
                ["event_id", "doc_id", "type", "date_start", "title", "source", "url",
                 "published"],
                con.execute(sql, [item["cluster_id"]]).fetchall(),
            )
    return item


# -- facets and timeline -------------------------------------------------------------------

_SIMPLE_FACETS = {
    "type": "e.type", "modality": "e.modality", "mode": "e.mode",
    "precision": "e.date_precision", "place": "e.location_name", "cluster": "e.cluster_id",
}
_FACET_FIELD = {"place": "place", "precision": "precision", "cluster": "cluster"}


def facets(
    con: duckdb.DuckDBPyConnection,
    query: EventQuery,
    names: tuple[str, ...] = FACETS,
    limit: int = 20,
) -> dict[str, Any]:
    """Counts of events per value of each facet, most frequent first.

    A facet counts under every criterion but its own, so the bar shows what choosing
    another value would give (the chosen value stays listed). ``total`` counts the events
    that all criteria select.

    Facets whose criteria come to the same selection share one pass (grouping sets); a
    selection without criteria is read from the ``agg_facets`` count table, one with only
    type/modality/mode/precision criteria from ``agg_cube`` for those four facets.
    """
    unknown = set(names) - set(FACETS)
    if unknown:
        raise QueryError(f"unknown facets {sorted(unknown)}: use {', '.join(FACETS)}")
    if not 1 <= limit <= MAX_FACET_VALUES:
        raise QueryError(f"limit {limit} is out of range: 1 to {MAX_FACET_VALUES} values per facet")
    values: dict[str, list[dict[str, Any]]] = {}
    with time_limit(con):
        fresh = aggregates_fresh(con)
        # Facets grouped by the selection they count: the query without their own criterion.
        selections: dict[tuple, tuple[EventQuery, list[str]]] = {}
        for name in names:
            sub = query.without(_field(name)) if getattr(query, _field(name)) is not None else query
            key = tuple(sorted(sub.to_params().items()))
            selections.setdefault(key, (sub, []))[1].append(name)
        total = None
        for sub, group in selections.values():
            with_total = sub is query
            counted = _facet_group(con, sub, group, limit, fresh, with_total)
            if with_total:
                total = counted.pop("")
            values.update(counted)
        if total is None:
            total = _count(con, query, fresh)
    return {"total": total, "facets": {n: values[n] for n in names}}


def _count(con: duckdb.DuckDBPyConnection, query: EventQuery, fresh: bool) -> int:
    """How many events the query selects."""
    if fresh and query.is_empty:
        return con.execute("SELECT events FROM agg_state").fetchone()[0]
    where, params = query.event_where("e")
    return con.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()[0]


def _facet_group(
    con: duckdb.DuckDBPyConnection, query: EventQuery, names: list[str], limit: int,
    fresh: bool, with_total: bool,
) -> dict[str, Any]:
    """Values of facets that count the same selection (and its size under "" if asked)."""
    out: dict[str, Any] = {}
    if fresh and query.is_empty:
        rows = con.execute(
            "SELECT facet, value, label, n FROM agg_facets WHERE facet IN "
            "(SELECT unnest(?::VARCHAR[])) ORDER BY facet, n DESC, value",
            [names],
        ).fetchall()
        for name in names:
            out[name] = [
                {"value": v, "label": label, "count": n} if name == "actor"
                else {"value": v, "count": n}
                for facet, v, label, n in rows if facet == name
            ][:limit]
        if with_total:
            out[""] = _count(con, query, fresh)
        return out
    # Few-valued facets share one pass; many-valued ones (places, clusters) each take a
    # top-N query, which is far cheaper than ranking every cluster of a grouping set.
    simple = [n for n in names if n in _CUBE_FIELDS]
    if fresh and query.on_cube and simple:
        out.update(_simple_facets(con, query, simple, limit, cube=True))
        simple = []
    if simple or with_total:
        out.update(_simple_facets(con, query, simple, limit, cube=False, with_total=with_total))
    for name in names:
        if name in _SIMPLE_FACETS and name not in _CUBE_FIELDS:
            out[name] = _top_facet(con, query, name, limit)
        elif name not in _SIMPLE_FACETS:
            out[name] = _list_facet(con, query, name, limit, fresh)
    return out


def _top_facet(
    con: duckdb.DuckDBPyConnection, query: EventQuery, name: str, limit: int
) -> list[dict[str, Any]]:
    """The most frequent values of a one-column facet with many values (place, cluster)."""
    where, params = query.event_where("e")
    column = _SIMPLE_FACETS[name]
    sql = (
        f"SELECT {column} AS v, count(*) AS n FROM events e WHERE {where} AND {column} IS NOT NULL "
        "GROUP BY v ORDER BY n DESC, v LIMIT ?"
    )
    return [{"value": v, "count": n} for v, n in con.execute(sql, [*params, limit]).fetchall()]


def _field(facet: str) -> str:
    return _FACET_FIELD.get(facet, facet)


def _simple_facets(
    con: duckdb.DuckDBPyConnection, query: EventQuery, names: list[str], limit: int,
    *, cube: bool, with_total: bool = False,
) -> dict[str, Any]:
    """Values of one-column facets in one pass (grouping sets; the empty set is the total)."""
    where, params = query.event_where("e")
    if cube:
        source, count = "agg_cube e", "sum(e.n)::BIGINT"
        exprs = {n: "e." + ("date_precision" if n == "precision" else n) for n in names}
    else:
        source, count = "events e", "count(*)"
        exprs = {n: _SIMPLE_FACETS[n] for n in names}
    cols = ", ".join([*(f'{expr} AS "{name}"' for name, expr in exprs.items()),
                      *(["e.n"] if cube else [])]) or "1 AS one"
    sets = ", ".join([*(f'("{name}")' for name in exprs), *(["()"] if with_total else [])])
    flags = ", ".join(f'grouping("{name}") AS "g_{name}"' for name in exprs)
    grouped = ", ".join(f'"{n}"' for n in exprs)
    sql = (
        f"SELECT {grouped + ', ' + flags + ', ' if exprs else ''}{count} AS n FROM "
        f"(SELECT {cols} FROM {source} WHERE {where}) e GROUP BY GROUPING SETS ({sets})"
    )
    rows = con.execute(sql, params).fetchall()
    out: dict[str, Any] = {n: [] for n in exprs}
    k = len(exprs)
    for row in rows:
        flags_row = row[k:2 * k]
        if with_total and all(flags_row):
            out[""] = row[-1]
            continue
        for i, name in enumerate(exprs):
            if flags_row[i] == 0 and row[i] is not None:
                out[name].append({"value": row[i], "count": row[-1]})
    if with_total:
        out.setdefault("", 0)  # no row for an empty grouping set over no events
    for name in exprs:
        out[name].sort(key=lambda v: (-v["count"], str(v["value"])))
        out[name] = out[name][:limit]
    return out


def _list_facet(
    con: duckdb.DuckDBPyConnection, query: EventQuery, name: str, limit: int, fresh: bool
) -> list[dict[str, Any]]:
    """Values of a facet that an event can hold several of (countries, actors, sectors)."""
    where, params = query.event_where("e")
    if name == "actor":
        counts = _node_counts(con, where, params, limit)
        facts = _actor_facts(con, [k for k, _ in counts], fresh)
        return [{"value": k, "label": facts.get(k, (k,))[0] or k, "count": n} for k, n in counts]
    column = {"country": "e.all_countries", "sector": "e.all_sectors"}[name]
    sql = (
        f"SELECT v, count(*) AS n FROM (SELECT unnest({column}) AS v FROM events e "
        f"WHERE {where}) WHERE v IS NOT NULL GROUP BY v ORDER BY n DESC, v LIMIT ?"
    )
    return [{"value": v, "count": n} for v, n in con.execute(sql, [*params, limit]).fetchall()]


def timeline(
    con: duckdb.DuckDBPyConnection,
    query: EventQuery,
    *,
    unit: str = "auto",
    stack: str = "type",
) -> dict[str, Any]:
    """Events per time bucket (``unit``: day, week, month, quarter, year or auto), split by
    ``stack`` (type, modality, mode, precision or none). Undated events are counted apart."""
    if stack not in _STACKS:
        raise QueryError(f"stack {stack!r} is unknown: use one of {', '.join(_STACKS)}")
    if unit != "auto" and unit not in _UNITS:
        raise QueryError(f"unit {unit!r} is unknown: use auto or one of {', '.join(_UNITS)}")
    qwhere, qparams = query.event_where("e")
    day = "e.day_lo"  # coalesce(date_start, date_end), in events and in agg_cube alike
    stack_col = _STACKS[stack]
    with time_limit(con):
        cube = query.on_cube and aggregates_fresh(con)
        source = "agg_cube e" if cube else "events e"
        count = "sum(e.n)" if cube else "count(*)"
        first, last, undated = con.execute(
            f"SELECT min({day}), max({day}), coalesce({count} FILTER ({day} IS NULL), 0) "
            f"FROM {source} WHERE {qwhere}",
            qparams,
        ).fetchone()
        core = _core_span(con, source, count, day, qwhere, qparams) if first is not None else (None, None)
        if unit == "auto":
            unit = _auto_unit(*core)
        sql = (
            f"SELECT date_trunc('{_UNITS[unit]}', {day})::DATE AS bucket, {stack_col} AS k, "
            f"{count} AS n FROM {source} WHERE {qwhere} AND {day} IS NOT NULL "
            "GROUP BY ALL ORDER BY bucket, k"
        )
        rows = con.execute(sql, qparams).fetchall()
    buckets = sorted({r[0] for r in rows})
    index = {b: i for i, b in enumerate(buckets)}
    series: dict[str, list[int]] = {}
    for bucket, k, n in rows:
        name = k if k is not None else "(none)"
        series.setdefault(name, [0] * len(buckets))[index[bucket]] += n
    ordered = sorted(series.items(), key=lambda kv: (-sum(kv[1]), kv[0]))
    return {
        "unit": unit, "stack": stack, "buckets": [b.isoformat() for b in buckets],
        "series": [{"name": k, "counts": v} for k, v in ordered],
        "total": sum(sum(v) for v in series.values()) + (undated or 0),
        "undated": undated or 0,
        "first": _json_value(first), "last": _json_value(last),
        "core_first": _json_value(core[0]), "core_last": _json_value(core[1]),
    }


#: share of dated events left out at each end of the "core" span that picks the unit
CORE_TAIL = 0.02


def _core_span(
    con: duckdb.DuckDBPyConnection, source: str, count: str, day: str, where: str, params: list,
) -> tuple[dt.date | None, dt.date | None]:
    """The days between which the middle 96% of the dated events lie.

    A few events dated decades back ("the 1994 massacre") must not turn a corpus about last
    month into one bar per year: the unit follows where the events are, and the UI opens
    zoomed on this span while still drawing the outliers."""
    rows = con.execute(
        f"SELECT {day} AS d, {count} AS n FROM {source} WHERE {where} AND {day} IS NOT NULL "
        "GROUP BY d ORDER BY d",
        params,
    ).fetchall()
    total = sum(n for _, n in rows)
    if not total:
        return None, None
    low, high = CORE_TAIL * total, (1 - CORE_TAIL) * total
    seen, first, last = 0, None, None
    for d, n in rows:
        if first is None and seen + n > low:
            first = d
        seen += n
        if last is None and seen >= high:
            last = d
    return first, last if last is not None else rows[-1][0]


def _auto_unit(first: dt.date | None, last: dt.date | None) -> str:
    if first is None or last is None:
        return "month"
    days = (last - first).days
    if days <= 92:
        return "day"
    if days <= 2 * 366:
        return "week"
    if days <= 20 * 366:
        return "month"
    return "year"


# -- network -------------------------------------------------------------------------------


def network(
    con: duckdb.DuckDBPyConnection, query: EventQuery, *, max_nodes: int = 100
) -> dict[str, Any]:
    """Actors of the selected events (the ``max_nodes`` most active) and the events between
    them: actor -> recipient edges with counts per type and a tone from -1 (material
    conflict) to +1 (cooperation), plus standing relations ("backs", "member_of") among them."""
    if not 1 <= max_nodes <= MAX_NETWORK_NODES:
        raise QueryError(f"max_nodes {max_nodes} is out of range: 1 to {MAX_NETWORK_NODES}")
    where, params = query.event_where("e")
    with time_limit(con):
        fresh = aggregates_fresh(con)
        fast = where == "TRUE" and fresh
        if fast:
            counts = con.execute(
                "SELECT actor_key, n FROM agg_actors ORDER BY n DESC, actor_key LIMIT ?",
                [max_nodes],
            ).fetchall()
        else:
            counts = _node_counts(con, where, params, max_nodes)
        keys = [k for k, _ in counts]
        facts = _actor_facts(con, keys, fresh)
        nodes = []
        for k, n in counts:
            name, country, sector, actor_type = facts.get(k, (None, None, None, None))
            nodes.append({"id": k, "label": name or k, "country": country, "sector": sector,
                          "type": actor_type, "events": n})
        keys_filter = (
            "AND a IN (SELECT unnest(?::VARCHAR[])) AND r IN (SELECT unnest(?::VARCHAR[]))"
        )
        if fast:
            edge_rows = con.execute(
                "SELECT source, target, type, n FROM agg_dyads WHERE source IN "
                "(SELECT unnest(?::VARCHAR[])) AND target IN (SELECT unnest(?::VARCHAR[]))",
                [keys, keys],
            ).fetchall()
        else:
            edge_rows = con.execute(_dyad_sql(where, keys_filter), [*params, keys, keys]).fetchall()
        relations = _relations_among(con, set(keys))
    edges: dict[tuple[str, str], dict[str, int]] = {}
    for source, target, type_, n in edge_rows:
        edges.setdefault((source, target), {})[type_ or "(none)"] = n
    edge_list = []
    for (source, target), counts in edges.items():
        weight = sum(counts.values())
        tone = sum(EVENT_TONE.get(t, 0.0) * n for t, n in counts.items()) / weight
        edge_list.append({"source": source, "target": target, "weight": weight,
                          "counts": counts, "tone": round(tone, 3), "kind": "event"})
    edge_list.sort(key=lambda e: (-e["weight"], e["source"], e["target"]))
    return {"nodes": nodes, "edges": edge_list[:MAX_NETWORK_EDGES], "relations": relations}


def _ref_key(ref: dict[str, Any] | None) -> str | None:
    """The store's actor key of an ActorRef's JSON (id, else lowercased name)."""
    if not isinstance(ref, dict) or "lat" in ref or "geonameid" in ref:
        return None
    name = ref.get("name") or ref.get("text")
    return ref.get("actor_id") or ("name:" + name.lower() if name else None)


def _relations_among(con: duckdb.DuckDBPyConnection, keys: set[str]) -> list[dict[str, Any]]:
    if not keys:
        return []
    rows = con.execute(
        "SELECT subject, predicate, object, modality, doc_id FROM relations "
        "WHERE coalesce(subject->>'$.actor_id', 'name:' || lower(coalesce(subject->>'$.name', "
        "subject->>'$.text'))) IN (SELECT unnest(?::VARCHAR[])) LIMIT 20000",
        [sorted(keys)],
    ).fetchall()
    out: dict[tuple[str, str, str], dict[str, Any]] = {}
    for subject, predicate, obj, modality, doc_id in rows:
        s, o = _ref_key(json.loads(subject)), _ref_key(json.loads(obj))
        if s in keys and o in keys and s != o:
            item = out.setdefault((s, o, predicate), {
                "source": s, "target": o, "predicate": predicate, "count": 0,
                "kind": "relation", "modalities": [], "doc_ids": [],
            })
            item["count"] += 1
            if modality not in item["modalities"]:
                item["modalities"].append(modality)
            if len(item["doc_ids"]) < 5 and doc_id not in item["doc_ids"]:
                item["doc_ids"].append(doc_id)
    return sorted(out.values(), key=lambda r: (-r["count"], r["source"], r["target"]))


# -- places --------------------------------------------------------------------------------


def places(
    con: duckdb.DuckDBPyConnection, query: EventQuery, *, limit: int = 2000
) -> dict[str, Any]:
    """Located events grouped by coordinates (one point per place) with counts; the map
    clusters them on screen. ``unlocated`` counts selected events without coordinates."""
    if not 1 <= limit <= MAX_PLACES:
        raise QueryError(f"limit {limit} is out of range: 1 to {MAX_PLACES} points")
    where, params = query.event_where("e")
    with time_limit(con):
        if query.is_empty and aggregates_fresh(con):
            rows = con.execute(
                "SELECT lat, lon, name, country, geonameid, n, top_type FROM agg_places "
                "ORDER BY n DESC, lat, lon LIMIT ?",
                [limit],
            ).fetchall()
            (unlocated,) = con.execute("SELECT unlocated FROM agg_state").fetchone()
        else:
            rows = con.execute(
                "SELECT round(e.lat, 4) AS lat, round(e.lon, 4) AS lon, "
                f"{_mode('e.location_name')}, {_mode('e.location_country')}, min(e.geonameid), "
                f"count(*) AS n, {_mode('e.type')} "
                f"FROM events e WHERE {where} AND e.lat IS NOT NULL AND e.lon IS NOT NULL "
                "GROUP BY 1, 2 ORDER BY n DESC, lat, lon LIMIT ?",
                [*params, limit],
            ).fetchall()
            (unlocated,) = con.execute(
                f"SELECT count(*) FROM events e WHERE {where} "
                "AND (e.lat IS NULL OR e.lon IS NULL)",
                params,
            ).fetchone()
    points = [
        {"lat": lat, "lon": lon, "name": name, "country": c, "geonameid": g, "count": n,
         "top_type": t}
        for lat, lon, name, c, g, n, t in rows
    ]
    return {"points": points, "located": sum(p["count"] for p in points), "unlocated": unlocated}


# -- documents -----------------------------------------------------------------------------


def documents_page(
    con: duckdb.DuckDBPyConnection,
    query: EventQuery,
    *,
    limit: int | None = None,
    offset: int = 0,
    title: str | None = None,
) -> dict[str, Any]:
    """Documents (by publication date, newest first, then id) with their event counts;
    with event criteria, those that report a selected event."""
    size = _page_size(limit)
    if not 0 <= offset <= 1_000_000:
        raise QueryError("offset must be between 0 and 1000000")
    where, params = query.document_where("d", through_events=query.selects_events)
    if title:
        if len(title) > MAX_VALUE_CHARS:
            raise QueryError(f"title search is longer than {MAX_VALUE_CHARS} characters")
        where += " AND (d.title ILIKE ? ESCAPE '\\' OR d.text ILIKE ? ESCAPE '\\')"
        params = [*params, *["%" + _escape_like(title) + "%"] * 2]
    with time_limit(con):
        rows = con.execute(
            "SELECT d.doc_id, d.title, d.source, d.url, d.published, d.duplicate_of, "
            "length(d.text), (SELECT count(*) FROM events x WHERE x.doc_id = d.doc_id) "
            f"FROM documents d WHERE {where} "
            "ORDER BY d.published DESC NULLS LAST, d.doc_id LIMIT ? OFFSET ?",
            [*params, size, offset],
        ).fetchall()
        (total,) = con.execute(f"SELECT count(*) FROM documents d WHERE {where}", params).fetchone()
    items = _dicts(
        ["doc_id", "title", "source", "url", "published", "duplicate_of", "chars", "events"], rows
    )
    return {"total": total, "limit": size, "offset": offset, "items": items}


def document(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict[str, Any]:
    """A document's text and facts with every record that points into it, and ``spans``:
    (start, end, kind, record index) for each highlighted stretch, offsets in characters
    (code points) of ``text``."""
    with time_limit(con):
        rows = con.execute(
            "SELECT doc_id, input_id, title, source, url, published, duplicate_of, zones, "
            "origin, text FROM documents WHERE doc_id = ?",
            [doc_id],
        ).fetchall()
        if not rows:
            raise NotFound(f"no document {doc_id!r}")
        (doc,) = _dicts(
            ["doc_id", "input_id", "title", "source", "url", "published", "duplicate_of",
             "zones", "origin", "text"],
            rows,
        )
        doc["zones"] = json.loads(doc["zones"] or "[]")
        records: dict[str, list[dict[str, Any]]] = {}
        for kind, table in (("event", "events"), ("mention", "mentions"), ("timex", "timexes"),
                            ("relation", "relations")):
            lines = con.execute(
                f"SELECT record FROM {table} WHERE doc_id = ? ORDER BY seq LIMIT 5000", [doc_id]
            ).fetchall()
            records[kind] = [json.loads(line) for (line,) in lines]
        doc["inputs"] = [
            {"input_id": i, "origin": o}
            for i, o in con.execute(
                "SELECT input_id, origin FROM document_inputs WHERE doc_id = ? ORDER BY input_id "
                "LIMIT 100",
                [doc_id],
            ).fetchall()
        ]
    doc["records"] = records
    doc["spans"] = record_spans(records, len(doc["text"]))
    return doc


def record_spans(records: dict[str, list[dict[str, Any]]], length: int) -> list[dict[str, Any]]:
    """Every offset pair the records carry, as highlightable spans (checked to lie in the text)."""
    spans: list[dict[str, Any]] = []

    def add(start: Any, end: Any, kind: str, record: str, index: int, label: str = "") -> None:
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length:
            spans.append({"start": start, "end": end, "kind": kind, "record": record,
                          "index": index, "label": label})

    for i, ev in enumerate(records.get("event", [])):
        eid = ev.get("event_id", "")
        sentence = ev.get("sentence") or {}
        add(sentence.get("start"), sentence.get("end"), "sentence", eid, i)
        trigger = ev.get("trigger") or {}
        add(trigger.get("start"), trigger.get("end"), "trigger", eid, i, ev.get("type", ""))
        for role in ("actors", "recipients"):
            for ref in ev.get(role) or []:
                add(ref.get("start"), ref.get("end"), role[:-1], eid, i, ref.get("name") or "")
        loc = ev.get("location") or {}
        add(loc.get("start"), loc.get("end"), "place", eid, i, loc.get("name") or "")
        attribution = ev.get("attribution") or {}
        add(attribution.get("start"), attribution.get("end"), "attribution", eid, i,
            attribution.get("cue") or "")
        speaker = attribution.get("speaker") or {}
        add(speaker.get("start"), speaker.get("end"), "source", eid, i, speaker.get("name") or "")
    for i, tx in enumerate(records.get("timex", [])):
        add(tx.get("start"), tx.get("end"), "time", "timex", i, tx.get("value") or "")
    for i, m in enumerate(records.get("mention", [])):
        add(m.get("start"), m.get("end"), "mention", "mention", i, m.get("label") or "")
    for i, rel in enumerate(records.get("relation", [])):
        evidence = rel.get("evidence") or {}
        add(evidence.get("start"), evidence.get("end"), "relation", "relation", i,
            rel.get("predicate") or "")
    return spans


# -- actors --------------------------------------------------------------------------------


def actors(
    con: duckdb.DuckDBPyConnection, query: EventQuery, *, q: str | None = None, limit: int = 50
) -> dict[str, Any]:
    """Actors of the selected events, most active first, optionally those whose name or id
    contains ``q``."""
    if not 1 <= limit <= MAX_PAGE:
        raise QueryError(f"limit {limit} is out of range: 1 to {MAX_PAGE}")
    where, params = query.event_where("e")
    clauses = ["TRUE"]
    if where != "TRUE":
        clauses.append(f"ea.event_id IN (SELECT e.event_id FROM events e WHERE {where})")
    if q:
        if len(q) > MAX_VALUE_CHARS:
            raise QueryError(f"q is longer than {MAX_VALUE_CHARS} characters")
        clauses.append("(ea.name ILIKE ? ESCAPE '\\' OR ea.actor_key ILIKE ? ESCAPE '\\')")
        params = [*params, *["%" + _escape_like(q) + "%"] * 2]
    with time_limit(con):
        rows = con.execute(
            "SELECT ea.actor_key, mode(ea.name), mode(ea.country), mode(ea.sector), "
            "mode(ea.actor_type), count(DISTINCT ea.event_id) AS n FROM event_actors ea "
            f"WHERE {' AND '.join(clauses)} GROUP BY ea.actor_key ORDER BY n DESC, ea.actor_key "
            "LIMIT ?",
            [*params, limit],
        ).fetchall()
    return {"items": [
        {"key": k, "name": name, "country": c, "sector": s, "type": t, "events": n}
        for k, name, c, s, t, n in rows
    ]}


def actor_profile(con: duckdb.DuckDBPyConnection, key: str) -> dict[str, Any]:
    """An actor's page: names seen (aliases), countries, sectors, roles over time, event
    counts by type and role, top counterparts (dyads) and standing relations."""
    with time_limit(con):
        names = con.execute(
            "SELECT name, count(*) AS n FROM event_actors WHERE actor_key = ? GROUP BY name "
            "ORDER BY n DESC, name LIMIT 50",
            [key],
        ).fetchall()
        if not names:
            raise NotFound(f"no actor {key!r} in any event")
        facts = con.execute(
            "SELECT mode(country), mode(sector), mode(actor_type), any_value(actor_id), "
            "min(coalesce(date_start, date_end)), max(coalesce(date_end, date_start)), "
            "count(DISTINCT event_id) FROM event_actors WHERE actor_key = ?",
            [key],
        ).fetchone()
        texts = con.execute(
            "SELECT m.text, count(*) AS n FROM mentions m "
            "WHERE m.actor->>'$.actor_id' = ? GROUP BY m.text ORDER BY n DESC, m.text LIMIT 50",
            [key],
        ).fetchall()
        by_type = con.execute(
            "SELECT ea.role, e.type, count(*) AS n FROM event_actors ea "
            "JOIN events e ON e.event_id = ea.event_id WHERE ea.actor_key = ? "
            "GROUP BY ALL ORDER BY n DESC",
            [key],
        ).fetchall()
        roles = con.execute(
            "SELECT date_trunc('month', coalesce(date_start, date_end))::DATE AS m, role, count(*) "
            "FROM event_actors WHERE actor_key = ? AND coalesce(date_start, date_end) IS NOT NULL "
            "GROUP BY ALL ORDER BY m, role",
            [key],
        ).fetchall()
        dyads = con.execute(
            "SELECT CASE WHEN me.role = 'actor' THEN 'out' ELSE 'in' END AS direction, "
            "other.actor_key, mode(other.name), e.type, count(DISTINCT e.event_id) AS n "
            "FROM event_actors me JOIN event_actors other ON other.event_id = me.event_id "
            "AND other.role <> me.role JOIN events e ON e.event_id = me.event_id "
            "WHERE me.actor_key = ? AND other.actor_key <> me.actor_key GROUP BY ALL "
            "ORDER BY n DESC LIMIT 500",
            [key],
        ).fetchall()
        relations = _relations_of(con, key)
    country, sector, actor_type, actor_id, first, last, n_events = facts
    aliases: dict[str, int] = {}
    for name, n in [*names, *texts]:
        aliases[name] = aliases.get(name, 0) + n
    dyad_map: dict[tuple[str, str], dict[str, Any]] = {}
    for direction, other, other_name, type_, n in dyads:
        item = dyad_map.setdefault((direction, other), {
            "direction": direction, "key": other, "name": other_name, "events": 0, "counts": {},
        })
        item["counts"][type_ or "(none)"] = item["counts"].get(type_ or "(none)", 0) + n
        item["events"] += n
    return {
        "key": key, "actor_id": actor_id, "name": names[0][0], "country": country,
        "sector": sector, "type": actor_type, "events": n_events,
        "first": _json_value(first), "last": _json_value(last),
        "aliases": [{"name": k, "count": v}
                    for k, v in sorted(aliases.items(), key=lambda kv: (-kv[1], kv[0]))],
        "by_type": [{"role": r, "type": t, "count": n} for r, t, n in by_type],
        "roles_over_time": [{"month": _json_value(m), "role": r, "count": n} for m, r, n in roles],
        "dyads": sorted(dyad_map.values(), key=lambda d: (-d["events"], d["key"]))[:50],
        "relations": relations,
        "knowledge": describe_actor(actor_id),
    }


def _relations_of(con: duckdb.DuckDBPyConnection, key: str) -> list[dict[str, Any]]:
    rows = con.execute(
        "SELECT subject, predicate, object, modality, doc_id, evidence FROM relations "
        "WHERE subject->>'$.actor_id' = ? OR object->>'$.actor_id' = ? "
        "OR 'name:' || lower(coalesce(subject->>'$.name', subject->>'$.text')) = ? "
        "OR 'name:' || lower(coalesce(object->>'$.name', object->>'$.text')) = ? LIMIT 500",
        [key, key, key, key],
    ).fetchall()
    out = []
    for subject, predicate, obj, modality, doc_id, evidence in rows:
        s, o = json.loads(subject), json.loads(obj)
        out.append({
            "subject": s.get("name") or s.get("text"), "subject_key": _ref_key(s),
            "predicate": predicate,
            "object": o.get("name") or o.get("text"), "object_key": _ref_key(o),
            "modality": modality, "doc_id": doc_id, "evidence": json.loads(evidence or "null"),
        })
    return out


# -- clusters ------------------------------------------------------------------------------


def clusters(
    con: duckdb.DuckDBPyConnection, query: EventQuery, *, limit: int = 50, offset: int = 0
) -> dict[str, Any]:
    """Clusters of the selected events (one real-world event reported several times), the
    most reported first."""
    size = _page_size(limit)
    if not 0 <= offset <= 1_000_000:
        raise QueryError("offset must be between 0 and 1000000")
    where, params = query.event_where("e")
    with time_limit(con):
        rows = con.execute(
            "SELECT e.cluster_id, count(*) AS n, count(DISTINCT e.doc_id) AS docs, "
            "mode(e.type), min(coalesce(e.date_start, e.date_end)), "
            "max(coalesce(e.date_end, e.date_start)), mode(e.location_name), "
            "list_distinct(flatten(list(e.actor_names)))[1:5] "
            f"FROM events e WHERE {where} AND e.cluster_id IS NOT NULL GROUP BY e.cluster_id "
            "ORDER BY docs DESC, n DESC, e.cluster_id LIMIT ? OFFSET ?",
            [*params, size, offset],
        ).fetchall()
    return {"items": _dicts(
        ["cluster_id", "events", "reports", "type", "first", "last", "place", "actors"], rows
    ), "limit": size, "offset": offset}


def cluster(con: duckdb.DuckDBPyConnection, cluster_id: str) -> dict[str, Any]:
    """A cluster's events with their documents."""
    page = events_page(con, EventQuery(cluster=cluster_id), sort="date", order="asc",
                       limit=MAX_PAGE)
    if not page["items"]:
        raise NotFound(f"no cluster {cluster_id!r}")
    return {"cluster_id": cluster_id, "events": page["total"],
            "reports": len({i["doc_id"] for i in page["items"]}), "items": page["items"]}


# -- overview ------------------------------------------------------------------------------


def overview(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Counts and ranges for the first screen."""
    with time_limit(con):
        events, first, last = con.execute(
            "SELECT count(*), min(coalesce(date_start, date_end)), "
            "max(coalesce(date_end, date_start)) FROM events"
        ).fetchone()
        documents, pub_first, pub_last = con.execute(
            "SELECT count(*), min(published), max(published) FROM documents"
        ).fetchone()
        (relations,) = con.execute("SELECT count(*) FROM relations").fetchone()
    return {
        "events": events, "documents": documents, "relations": relations,
        "events_from": _json_value(first), "events_to": _json_value(last),
        "published_from": _json_value(pub_first), "published_to": _json_value(pub_last),
    }
