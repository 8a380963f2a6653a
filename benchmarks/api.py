"""API latency on a generated database: p50/p95 per endpoint (printed, never asserted).

    python benchmarks/api.py [--events 1000000] [--db PATH] [--rounds 36] [--no-cache]

The database is generated with DuckDB SQL (generate_series), not Python objects: documents
(one per five events), events with actors, recipients, dates over six years, places and
clusters, and the event_actors long table, then ``Store.optimize`` derives the filter columns,
sorts the tables and builds the count tables, as at the end of an ingest. The
API is then called in process (httpx through FastAPI's TestClient) with varied filters, so
each call does real work (no two requests in a round are the same). Rounds repeat the
variants, so the server's answer cache (facets, timeline, network, places) serves repeats:
``cold`` columns count only the first call of each request, and ``--no-cache`` turns the
cache off so that every call is computed.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import warnings
from pathlib import Path

from lapwing import queries
from lapwing.store import Store

TYPES = ["ASSAULT", "COERCE", "PROTEST", "THREATEN", "ACCUSE", "CONSULT", "AGREE", "SUPPORT",
         "AID", "SANCTION", "MOBILIZE", "REJECT", "REQUEST", "COOPERATE", "CONCEDE", "RETREAT"]
MODALITIES = ["asserted", "reported", "reported", "alleged", "possible", "negated", "intended"]
COUNTRIES = ["ISR", "PSE", "LBN", "SYR", "IRQ", "IRN", "YEM", "USA", "JOR", "SAU", "QAT", "EGY"]
SECTORS = ["GOV", "MIL", "REB", "PRM", "CVL", "COP", "JRN"]
PLACES = [("Gaza", 31.50, 34.47, "PSE"), ("Beirut", 33.89, 35.50, "LBN"),
          ("Baghdad", 33.34, 44.40, "IRQ"), ("Tehran", 35.69, 51.42, "IRN"),
          ("Sanaa", 15.35, 44.21, "YEM"), ("Damascus", 33.51, 36.29, "SYR"),
          ("Amman", 31.95, 35.93, "JOR"), ("Erbil", 36.19, 44.01, "IRQ"),
          ("Jerusalem", 31.77, 35.21, "ISR"), ("Aden", 12.78, 45.04, "YEM")]


def generate(path: Path, n_events: int) -> float:
    started = time.perf_counter()
    n_docs = max(1, n_events // 5)
    with Store(path) as store:
        con = store.con
        con.execute(
            "INSERT INTO documents (doc_id, input_id, title, source, url, published, text) "
            "SELECT 'd' || i, 'in' || i, 'Generated article ' || i, 'Source ' || (i % 25), "
            "'https://example.org/a/' || i, DATE '2020-01-01' + CAST(i % 2190 AS INTEGER), "
            "'Forces struck a target near the city on day ' || i || '. Officials said the "
            "strike hit a depot. Talks resumed later, diplomats said.' "
            "FROM generate_series(0, ? - 1) t(i)",
            [n_docs],
        )
        con.execute(
            """
            CREATE TEMP TABLE gen AS
            SELECT i, 'e' || lpad(i::VARCHAR, 8, '0') AS event_id, 'd' || (i // 5) AS doc_id,
                   (i % 5)::INTEGER AS seq,
                   ($types)[1 + (hash(i) % 16)::INTEGER] AS type,
                   ($modalities)[1 + (hash(i + 1) % 7)::INTEGER] AS modality,
                   CASE WHEN hash(i + 2) % 4 = 0 THEN 'aerial' END AS mode,
                   round(0.3 + (hash(i + 3) % 70) / 100.0, 2) AS confidence,
                   CASE WHEN hash(i + 4) % 3 = 0 THEN 'c' || (i // 3) END AS cluster_id,
                   DATE '2020-01-01' + CAST((i // 5) % 2190 AS INTEGER) AS day,
                   (hash(i + 5) % 40)::INTEGER AS a, (hash(i + 6) % 40)::INTEGER AS r,
                   (hash(i + 7) % 12)::INTEGER AS p
            FROM generate_series(0, ? - 1) t(i)
            """.replace("$types", _list(TYPES)).replace("$modalities", _list(MODALITIES)),
            [n_events],
        )
        con.execute(f"CREATE TEMP TABLE actors_gen AS SELECT k, 'A' || k AS actor_id, "
                    f"'Actor ' || k AS name, ({_list(COUNTRIES)})[1 + k % 12] AS country, "
                    f"({_list(SECTORS)})[1 + k % 7] AS sector "
                    "FROM generate_series(0, 39) t(k)")
        places = "[" + ", ".join(
            f"{{'name': '{n}', 'lat': {lat}, 'lon': {lon}, 'country': '{c}'}}"
            for n, lat, lon, c in PLACES) + "]"
        con.execute(
            f"""
            INSERT INTO events BY NAME
            SELECT g.event_id, g.doc_id, g.seq, g.type, g.mode, g.modality, g.confidence,
                   g.cluster_id, strftime(g.day, '%Y-%m-%d') AS date_value,
                   g.day AS date_start, g.day AS date_end, 'day' AS date_precision,
                   'document' AS date_basis,
                   CASE WHEN g.p < 10 THEN ({places})[g.p + 1].name END AS location_name,
                   CASE WHEN g.p < 10 THEN ({places})[g.p + 1].country END AS location_country,
                   CASE WHEN g.p < 10 THEN ({places})[g.p + 1].lat END AS lat,
                   CASE WHEN g.p < 10 THEN ({places})[g.p + 1].lon END AS lon,
                   [a.actor_id] AS actor_ids, [a.name] AS actor_names,
                   [a.country] AS actor_countries,
                   [r.actor_id] AS recipient_ids, [r.name] AS recipient_names,
                   [r.country] AS recipient_countries,
                   0 AS trigger_start, 6 AS trigger_end, 0 AS sentence_start,
                   50 AS sentence_end,
                   json_object('kind', 'event', 'doc_id', g.doc_id, 'event_id', g.event_id,
                               'type', g.type, 'modality', g.modality,
                               'trigger', json_object('start', 0, 'end', 6, 'text', 'Forces'),
                               'sentence', json_object('start', 0, 'end', 50),
                               'date', json_object('value', strftime(g.day, '%Y-%m-%d'),
                                                   'start', g.day, 'end', g.day,
                                                   'precision', 'day', 'basis', 'document'),
                               'actors', [json_object('text', a.name, 'actor_id', a.actor_id,
                                                      'name', a.name)],
                               'recipients', [json_object('text', r.name,
                                                          'actor_id', r.actor_id,
                                                          'name', r.name)],
                               'confidence', g.confidence, 'cluster_id', g.cluster_id)
                       AS record,
                   'bench' AS run_id
            FROM gen g JOIN actors_gen a ON a.k = g.a JOIN actors_gen r ON r.k = g.r
            """
        )
        con.execute(
            """
            INSERT INTO event_actors BY NAME
            SELECT g.event_id, role, x.actor_id AS actor_key, x.actor_id, x.name,
                   lower(x.name) AS name_key, x.country, x.sector, 'state' AS actor_type,
                   g.day AS date_start, g.day AS date_end
            FROM gen g, (VALUES ('actor'), ('recipient')) v(role)
            JOIN actors_gen x ON x.k = CASE WHEN role = 'actor' THEN g.a ELSE g.r END
            """
        )
        store.optimize()
    return time.perf_counter() - started


def _list(values: list[str]) -> str:
    return "[" + ", ".join(f"'{v}'" for v in values) + "]"


def bench(path: Path, rounds: int, cache: bool = True) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

        from lapwing.api import create_app

    started = time.perf_counter()
    app = create_app(path, cache_size=256 if cache else 0)
    print(f"server start (open + aggregates): {time.perf_counter() - started:.2f} s; "
          f"answer cache {'on' if cache else 'off'}")
    variants = [
        {}, {"type": "ASSAULT"}, {"actor": "A7"}, {"country": "IRN"},
        {"date_from": "2023-01-01", "date_to": "2023-03-31"}, {"modality": "alleged"},
        {"sector": "MIL"}, {"place": "Gaza"}, {"min_confidence": "0.8"},
        {"type": "CONSULT", "date_from": "2021-06-01", "date_to": "2022-06-01"},
        {"bbox": "34,29,37,34"}, {"actor": "A3", "type": "ASSAULT"},
    ]
    endpoints = {
        "events page": ("/api/events", {"limit": 50}),
        "events page 2 (cursor)": ("/api/events", {"limit": 50}),
        "facets": ("/api/facets", {}),
        "timeline": ("/api/timeline", {}),
        "network": ("/api/network", {}),
        "places": ("/api/places", {}),
    }
    with TestClient(app, base_url="http://127.0.0.1") as client:
        print(f"{'endpoint':24} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  calls"
              f"  {'cold p50':>8} {'cold max':>8}")
        for name, (path_, extra) in endpoints.items():
            times, cold = [], []
            for k in range(rounds):
                params = {**variants[k % len(variants)], **extra}
                if "cursor" in name:
                    first = client.get(path_, params=params).json()
                    if not first["next_cursor"]:
                        continue
                    params["cursor"] = first["next_cursor"]
                    params["total"] = "false"
                t0 = time.perf_counter()
                r = client.get(path_, params=params)
                times.append((time.perf_counter() - t0) * 1000)
                assert r.status_code == 200, r.text
                if k < len(variants):
                    cold.append(times[-1])
            times.sort()
            p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
            print(f"{name:24} {statistics.median(times):8.1f} {p95:8.1f} {times[-1]:8.1f}"
                  f"  {len(times):5}  {statistics.median(cold):8.1f} {max(cold):8.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="reuse or create this database file")
    parser.add_argument("--rounds", type=int, default=36)
    parser.add_argument("--no-cache", action="store_true",
                        help="turn the server's answer cache off (every call is computed)")
    args = parser.parse_args()
    folder = None
    path = args.db
    if path is None:
        folder = tempfile.TemporaryDirectory(prefix="lapwing-bench-")
        path = Path(folder.name) / "bench.duckdb"
    if not path.exists():
        seconds = generate(path, args.events)
        print(f"generated {args.events:,} events in {seconds:.1f} s ({path})")
    with Store(path, read_only=True) as store:
        print(f"events: {store.con.execute('SELECT count(*) FROM events').fetchone()[0]:,}; "
              f"documents: {store.con.execute('SELECT count(*) FROM documents').fetchone()[0]:,}")
    bench(path, args.rounds, cache=not args.no_cache)
    print(f"limits: page {queries.MAX_PAGE}, query timeout {queries.QUERY_TIMEOUT_S:g} s")
    if folder:
        folder.cleanup()


if __name__ == "__main__":
    main()
