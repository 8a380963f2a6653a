"""The HTTP API and the web UI's server: JSON over the store, read-only unless told otherwise.

:func:`create_app` opens the database read-write once: this process owns it (DuckDB lets
one process write), so ``POST /api/ingest`` can add documents while people browse. Reads
run in FastAPI's worker threads, each on a cursor of its own (DuckDB connections are not
shared between threads); writes are serialised through one lock. Every user value reaches
SQL as a parameter (see :mod:`lapwing.queries`); page sizes and query time are capped.

Nothing is fetched from outside: the OpenAPI schema is served at ``/api/openapi.json`` but
the interactive docs pages (which load scripts from a CDN) are off; the UI's libraries are
vendored under ``lapwing/static/vendor``. Responses carry a Content-Security-Policy that
allows scripts, styles, images and connections from this origin only, and the Host header
must name this machine, so that a web page elsewhere cannot rebind a name to the API.
"""

from __future__ import annotations

import hmac
import json
import tempfile
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Annotated, Any

import duckdb
from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.middleware.trustedhost import TrustedHostMiddleware

from lapwing import __version__, queries
from lapwing.export import export
from lapwing.queries import EventQuery, NotFound, QueryError
from lapwing.store import Store, StoreError

STATIC_DIR = Path(__file__).parent / "static"
#: Formats ``/api/export/{fmt}`` writes (parquet is a folder of files: use the CLI).
EXPORT_FORMATS = {
    "csv": ("text/csv; charset=utf-8", "csv"),
    "jsonl": ("application/x-ndjson; charset=utf-8", "jsonl"),
    "geojson": ("application/geo+json; charset=utf-8", "geojson"),
    "gexf": ("application/gexf+xml; charset=utf-8", "gexf"),
}
#: Answers of the aggregate endpoints (facets, timeline, network, places) kept per request.
CACHE_SIZE = 256
#: Concurrent read queries; more wait (up to READ_WAIT_S) rather than thrash two cores.
READ_SLOTS = 4
READ_WAIT_S = 30.0
MAX_INGEST_DOCUMENTS = 1000
MAX_INGEST_BYTES = 20 * 1024 * 1024
LOCAL_HOSTS = ["127.0.0.1", "localhost", "[::1]", "::1"]

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


class AnswerCache:
    """Recent answers by request, for one version of the data (least recently used go first).

    This process owns the database (nobody else can write it), so the data changes only
    when :meth:`Backend.ingest` writes; it calls :meth:`invalidate`, which starts a new
    generation: answers computed for an older one are never served again. Answers are
    shared between requests, so nothing may change them after they are computed.
    """

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size = size
        self.generation = 0
        self._answers: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[Any, ...], compute: Any) -> Any:
        """The answer for ``key``, computed (outside the lock) when not kept."""
        if self.size <= 0:
            return compute()
        with self._lock:
            full = (self.generation, *key)
            if full in self._answers:
                self._answers.move_to_end(full)
                return self._answers[full]
        answer = compute()
        with self._lock:
            if full[0] == self.generation:
                self._answers[full] = answer
                while len(self._answers) > self.size:
                    self._answers.popitem(last=False)
        return answer

    def invalidate(self) -> None:
        with self._lock:
            self.generation += 1
            self._answers.clear()


class Backend:
    """The store this process owns, a cursor per reader thread, and the write lock."""

    def __init__(self, db_path: str | Path, token: str | None, allow_ingest: bool,
                 cache_size: int = CACHE_SIZE):
        self.db_path = str(db_path)
        self.cache = AnswerCache(cache_size)
        self.token = token
        self.allow_ingest = allow_ingest
        self.store = Store(self.db_path)  # read-write: the server owns the file
        self.write_lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(READ_SLOTS)
        self._local = threading.local()
        self._cursor_lock = threading.Lock()
        # Reader cursors are made from this one, never from the writer's connection, so
        # creating a cursor never races a write in progress.
        self._root = self.store.con.cursor()
        self._cursors: list[duckdb.DuckDBPyConnection] = []
        self._pipeline: Any = None
        self._closed = False
        queries.ensure_aggregates(self.store.con)

    @contextmanager
    def reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """This thread's cursor, once a read slot is free."""
        if not self._slots.acquire(timeout=READ_WAIT_S):
            raise HTTPException(503, "the server is busy: try again in a moment")
        try:
            cursor = getattr(self._local, "cursor", None)
            if cursor is None:
                with self._cursor_lock:
                    if self._closed:
                        raise HTTPException(503, "the server is shutting down")
                    cursor = self._root.cursor()
                    self._cursors.append(cursor)
                self._local.cursor = cursor
            yield cursor
        finally:
            self._slots.release()

    def reader_store(self, cursor: duckdb.DuckDBPyConnection) -> Store:
        """A :class:`Store` whose queries run on ``cursor`` (for the export writers)."""
        return Store.on_cursor(self.db_path, cursor)

    def check_token(self, authorization: str | None) -> None:
        if not self.allow_ingest:
            raise HTTPException(
                403, "ingest is off: start the server with ingest enabled and a token "
                "(lapwing serve --ingest --token ...)"
            )
        if not self.token:
            raise HTTPException(403, "ingest needs a token and the server was started without one")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), self.token.encode()):
            raise HTTPException(401, "missing or wrong token: send 'Authorization: Bearer TOKEN'",
                                headers={"WWW-Authenticate": "Bearer"})

    def ingest(self, documents: list[dict[str, Any]]) -> dict[str, Any]:
        """Run the ingest (dedup, pipeline, store) on posted documents, one writer at a time."""
        from lapwing import ingest
        from lapwing.pipeline import Pipeline
        from lapwing.settings import load_settings

        with self.write_lock:
            settings = load_settings(None)
            if self._pipeline is None:
                self._pipeline = Pipeline.from_settings(settings.pipeline)
            run_id = self.store.start_run("api-ingest", {"documents": len(documents)})
            try:  # batches commit as they go: answers kept so far are out of date, even on error
                with tempfile.TemporaryDirectory(prefix="lapwing-ingest-") as folder:
                    path = Path(folder) / f"api-ingest-{run_id}.jsonl"
                    with open(path, "w", encoding="utf-8") as out:
                        for doc in documents:
                            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
                    report = ingest.run([str(path)], ingest.StoreSink(self.store), settings,
                                        run_id, self._pipeline)
                if report.records.get("event"):
                    self.store.optimize()
                self.store.finish_run(run_id, report.to_dict())
                queries.ensure_aggregates(self.store.con)
            finally:
                self.cache.invalidate()
        return report.to_dict()

    def cached(self, name: str, filters: EventQuery, compute: Any, **options: Any) -> Any:
        """``compute(cursor)`` for this request, or its answer kept from an identical one."""
        key = (name, tuple(sorted(filters.to_params().items())), tuple(sorted(options.items())))

        def run() -> Any:
            with self.reader() as con:
                return compute(con)

        return self.cache.get(key, run)

    def close(self) -> None:
        with self._cursor_lock:
            self._closed = True
            for cursor in self._cursors:
                try:
                    cursor.close()
                except duckdb.Error:
                    pass
            self._cursors.clear()
            self._root.close()
        self.store.close()


class IngestDocument(BaseModel):
    """One article to ingest: the fields of a JSON-lines input line."""

    id: str | None = Field(None, max_length=500)
    text: str = Field(..., min_length=1, max_length=2_000_000)
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=4000)
    source: str | None = Field(None, max_length=500)
    published: str | None = Field(None, max_length=40, description="YYYY-MM-DD")


class IngestRequest(BaseModel):
    documents: list[IngestDocument] = Field(..., min_length=1, max_length=MAX_INGEST_DOCUMENTS)


def _text(max_length: int = queries.MAX_VALUE_CHARS, description: str = "") -> Any:
    return Query(max_length=max_length, description=description)


def event_query(
    date_from: Annotated[str | None, _text(10, "Events on or after (YYYY-MM-DD)")] = None,
    date_to: Annotated[str | None, _text(10, "Events on or before (YYYY-MM-DD)")] = None,
    actor: Annotated[str | None, _text(description="Actor key/id or name (actor or recipient)")] = None,
    type: Annotated[str | None, _text(description="PLOVER event type, e.g. ASSAULT")] = None,
    country: Annotated[str | None, _text(3, "ISO alpha-3 of an actor, recipient or place")] = None,
    modality: Annotated[str | None, _text(description="asserted, reported, alleged, ...")] = None,
    sector: Annotated[str | None, _text(description="PLOVER sector of an actor")] = None,
    mode: Annotated[str | None, _text(description="Event mode, e.g. aerial")] = None,
    place: Annotated[str | None, _text(description="Place name or GeoNames id")] = None,
    bbox: Annotated[str | None, _text(100, "west,south,east,north in degrees")] = None,
    q: Annotated[str | None, _text(description="Text in names, trigger or evidence sentence")] = None,
    min_confidence: Annotated[str | None, _text(10, "0 to 1")] = None,
    cluster: Annotated[str | None, _text(description="Cluster id")] = None,
    precision: Annotated[str | None, _text(20, "Date precision: day, month, ...")] = None,
    doc_id: Annotated[str | None, _text(description="One document's events")] = None,
) -> EventQuery:
    """The filter parameters every listing endpoint shares."""
    try:
        return EventQuery(
            date_from=date_from, date_to=date_to, actor=actor, type=type, country=country,
            modality=modality, sector=sector, mode=mode, place=place, bbox=bbox, q=q,
            min_confidence=min_confidence, cluster=cluster, precision=precision, doc_id=doc_id,
        )
    except ValueError as exc:
        raise HTTPException(400, str(exc)) from None


Filters = Annotated[EventQuery, Depends(event_query)]


def create_app(
    db_path: str | Path, *, token: str | None = None, allow_ingest: bool = False,
    allowed_hosts: list[str] | None = None, cache_size: int = CACHE_SIZE,
) -> FastAPI:
    """The API and UI over the database at ``db_path``, which this app opens read-write.

    ``allow_ingest`` turns on ``POST /api/ingest``, which also needs ``token`` (sent as
    ``Authorization: Bearer TOKEN``). ``allowed_hosts`` are the Host names accepted
    (default: this machine's loopback names; ``["*"]`` accepts any). ``cache_size`` answers
    of the facets, timeline, network and places endpoints are kept until the next ingest
    (0 keeps none).
    """
    backend = Backend(db_path, token, allow_ingest, cache_size)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> Any:
        yield
        backend.close()

    app = FastAPI(
        title="Lapwing API",
        version=__version__,
        description="Sourced event data (PLOVER): events, facets, timeline, network, places, "
        "documents with evidence offsets, actors, clusters and exports.",
        docs_url=None, redoc_url=None, openapi_url="/api/openapi.json", lifespan=lifespan,
    )
    app.state.backend = backend
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or LOCAL_HOSTS)

    @app.middleware("http")
    async def guard(request: Request, call_next: Any) -> Any:
        length = request.headers.get("content-length")
        if length and (not length.isdigit() or int(length) > MAX_INGEST_BYTES):
            return JSONResponse({"detail": "request body too large"}, status_code=413,
                                headers=SECURITY_HEADERS)
        started = time.perf_counter()
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if request.url.path.startswith("/api/"):
            response.headers.setdefault("Cache-Control", "no-store")
        response.headers["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.1f}"
        return response

    @app.exception_handler(QueryError)
    async def query_error(request: Request, exc: QueryError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=404)

    # -- reads ------------------------------------------------------------------------------

    @app.get("/api/meta", tags=["meta"])
    def meta() -> dict[str, Any]:
        """Counts and ranges of the database, the server's limits and what it allows."""
        with backend.reader() as con:
            overview = queries.overview(con)
        return {
            "version": __version__, "database": Path(backend.db_path).name, **overview,
            "ingest": backend.allow_ingest and bool(backend.token),
            "limits": {"page": queries.MAX_PAGE, "facet_values": queries.MAX_FACET_VALUES,
                       "network_nodes": queries.MAX_NETWORK_NODES, "places": queries.MAX_PLACES,
                       "query_seconds": queries.QUERY_TIMEOUT_S},
            "facets": list(queries.FACETS), "sorts": list(queries.SORTS),
            "stacks": list(queries.STACKS), "tone": queries.EVENT_TONE,
            "export_formats": list(EXPORT_FORMATS),
        }

    @app.get("/api/events", tags=["events"])
    def events(
        filters: Filters,
        sort: Annotated[str, Query(max_length=20)] = "date",
        order: Annotated[str, Query(max_length=4)] = "desc",
        limit: Annotated[int, Query(ge=1, le=queries.MAX_PAGE)] = queries.DEFAULT_PAGE,
        cursor: Annotated[str | None, Query(max_length=2000)] = None,
        offset: Annotated[int | None, Query(ge=0, le=1_000_000)] = None,
        total: bool = True,
    ) -> dict[str, Any]:
        """A page of events in a stable order; follow ``next_cursor`` (or use ``offset``)."""
        with backend.reader() as con:
            return queries.events_page(con, filters, sort=sort, order=order, limit=limit,
                                       cursor=cursor, offset=offset, with_total=total)

    @app.get("/api/events/{event_id:path}", tags=["events"])
    def event(event_id: str) -> dict[str, Any]:
        """One event with its record, evidence sentence, document facts and cluster reports."""
        with backend.reader() as con:
            return queries.event_detail(con, event_id)

    @app.get("/api/facets", tags=["events"])
    def facets(
        filters: Filters,
        names: Annotated[str | None, Query(max_length=200, description="comma-separated")] = None,
        limit: Annotated[int, Query(ge=1, le=queries.MAX_FACET_VALUES)] = 20,
    ) -> dict[str, Any]:
        """Event counts per value of each facet (each counted without its own criterion)."""
        wanted = tuple(n.strip() for n in names.split(",") if n.strip()) if names else queries.FACETS
        return backend.cached("facets", filters,
                              lambda con: queries.facets(con, filters, wanted, limit),
                              names=wanted, limit=limit)

    @app.get("/api/timeline", tags=["events"])
    def timeline(
        filters: Filters,
        unit: Annotated[str, Query(max_length=10)] = "auto",
        stack: Annotated[str, Query(max_length=10)] = "type",
    ) -> dict[str, Any]:
        """Events per day/week/month/quarter/year, stacked by type, modality, mode or precision."""
        return backend.cached("timeline", filters,
                              lambda con: queries.timeline(con, filters, unit=unit, stack=stack),
                              unit=unit, stack=stack)

    @app.get("/api/network", tags=["events"])
    def network(
        filters: Filters,
        max_nodes: Annotated[int, Query(ge=1, le=queries.MAX_NETWORK_NODES)] = 100,
    ) -> dict[str, Any]:
        """Actors (nodes) and actor -> recipient event edges with tone, plus relations."""
        return backend.cached("network", filters,
                              lambda con: queries.network(con, filters, max_nodes=max_nodes),
                              max_nodes=max_nodes)

    @app.get("/api/places", tags=["events"])
    def places(
        filters: Filters,
        limit: Annotated[int, Query(ge=1, le=queries.MAX_PLACES)] = 2000,
    ) -> dict[str, Any]:
        """Located events grouped by coordinates, with counts."""
        return backend.cached("places", filters,
                              lambda con: queries.places(con, filters, limit=limit), limit=limit)

    @app.get("/api/documents", tags=["documents"])
    def documents(
        filters: Filters,
        limit: Annotated[int, Query(ge=1, le=queries.MAX_PAGE)] = queries.DEFAULT_PAGE,
        offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
        title: Annotated[str | None, Query(max_length=queries.MAX_VALUE_CHARS)] = None,
    ) -> dict[str, Any]:
        """Documents, newest first; with event criteria, those reporting a selected event."""
        with backend.reader() as con:
            return queries.documents_page(con, filters, limit=limit, offset=offset, title=title)

    @app.get("/api/documents/{doc_id:path}", tags=["documents"])
    def document(doc_id: str) -> dict[str, Any]:
        """A document's text with every record and the character offsets of their spans."""
        with backend.reader() as con:
            return queries.document(con, doc_id)

    @app.get("/api/actors", tags=["actors"])
    def actors(
        filters: Filters,
        name: Annotated[str | None, Query(max_length=queries.MAX_VALUE_CHARS)] = None,
        limit: Annotated[int, Query(ge=1, le=queries.MAX_PAGE)] = 50,
    ) -> dict[str, Any]:
        """Actors of the selected events, most active first (``name`` narrows by name)."""
        with backend.reader() as con:
            return queries.actors(con, filters, q=name, limit=limit)

    @app.get("/api/actors/{actor_key:path}", tags=["actors"])
    def actor(actor_key: str) -> dict[str, Any]:
        """An actor's profile: aliases, roles over time, counts by type, dyads, relations."""
        with backend.reader() as con:
            return queries.actor_profile(con, actor_key)

    @app.get("/api/clusters", tags=["clusters"])
    def clusters(
        filters: Filters,
        limit: Annotated[int, Query(ge=1, le=queries.MAX_PAGE)] = queries.DEFAULT_PAGE,
        offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    ) -> dict[str, Any]:
        """Clusters of reports of the same event, most reported first."""
        with backend.reader() as con:
            return queries.clusters(con, filters, limit=limit, offset=offset)

    @app.get("/api/clusters/{cluster_id:path}", tags=["clusters"])
    def cluster(cluster_id: str) -> dict[str, Any]:
        """One cluster's events and the documents that report them."""
        with backend.reader() as con:
            return queries.cluster(con, cluster_id)

    @app.get("/api/export/{fmt}", tags=["export"])
    def export_data(fmt: str, filters: Filters) -> StreamingResponse:
        """The selected data as csv, jsonl (records), geojson (located events) or gexf
        (actor network), streamed as a download."""
        if fmt not in EXPORT_FORMATS:
            raise HTTPException(400, f"format {fmt!r} is unknown: use {', '.join(EXPORT_FORMATS)}")
        media_type, extension = EXPORT_FORMATS[fmt]
        spool = tempfile.TemporaryFile(mode="w+b")
        try:
            with backend.reader() as con:
                export(backend.reader_store(con), fmt, spool, filters)
            spool.seek(0)
        except BaseException:
            spool.close()
            raise

        def chunks() -> Iterator[bytes]:
            try:
                while block := spool.read(256 * 1024):
                    yield block
            finally:
                spool.close()

        return StreamingResponse(
            chunks(), media_type=media_type,
            headers={"Content-Disposition": f'attachment; filename="lapwing-events.{extension}"'},
        )

    # -- writes -----------------------------------------------------------------------------

    @app.post("/api/ingest", tags=["ingest"], status_code=200)
    def ingest_documents(
        body: IngestRequest,
        authorization: Annotated[str | None, Header()] = None,
    ) -> dict[str, Any]:
        """Ingest posted documents (off unless the server was started with ingest and a
        token; send ``Authorization: Bearer TOKEN``). Browsing goes on while it runs."""
        backend.check_token(authorization)
        docs = []
        for i, doc in enumerate(body.documents):
            line = doc.model_dump(exclude_none=True)
            line.setdefault("id", f"api-{uuid.uuid4().hex[:12]}-{i}")
            if "published" in line:
                line["date"] = line.pop("published")
            docs.append(line)
        try:
            return backend.ingest(docs)
        except StoreError as exc:
            raise HTTPException(500, str(exc)) from None

    # -- the UI -----------------------------------------------------------------------------

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app
