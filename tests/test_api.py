"""The HTTP API through httpx (FastAPI's TestClient): endpoints, limits, exports, ingest, safety."""

import csv
import io
import json
import threading
import warnings
import xml.etree.ElementTree as ET

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from test_queries import ui_database

from lapwing import queries
from lapwing.api import create_app
from lapwing.queries import EventQuery
from lapwing.store import Store

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

TOKEN = "test-token-123"
BASE = "http://127.0.0.1"
HOSTILE_TEXT = (
    "<script>window.__pwned = 1</script> Militants <img src=x onerror=\"window.__pwned=2\"> "
    "attacked the base'; DROP TABLE events; -- and \" OR 1=1 -- were the words on a banner "
    "in Baghdad, officials said."
)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = ui_database(tmp_path_factory.mktemp("api") / "ui.duckdb")
    app = create_app(path, token=TOKEN, allow_ingest=True)
    with TestClient(app, base_url=BASE) as c:
        yield c


@pytest.fixture(scope="module")
def readonly_client(tmp_path_factory):
    """A database as `lapwing demo` leaves it today: documents and timexes, no events."""
    path = tmp_path_factory.mktemp("api-ro") / "demo.duckdb"
    from lapwing import ingest
    from lapwing.settings import load_settings
    from test_queries import CORPUS

    with Store(path) as store:
        ingest.run([str(CORPUS)], ingest.StoreSink(store), load_settings(None), "demo")
    with TestClient(create_app(path), base_url=BASE) as c:
        yield c


def test_openapi_schema_lists_every_endpoint(client):
    schema = client.get("/api/openapi.json").json()
    paths = set(schema["paths"])
    for path in ("/api/events", "/api/facets", "/api/timeline", "/api/network", "/api/places",
                 "/api/documents", "/api/documents/{doc_id}", "/api/actors",
                 "/api/actors/{actor_key}", "/api/clusters", "/api/export/{fmt}", "/api/ingest"):
        assert path in paths, path
    names = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"date_from", "actor", "country", "sector", "type", "mode", "modality", "bbox", "q",
            "min_confidence", "cluster", "cursor", "limit"} <= names
    assert client.get("/docs").status_code == 404  # its page loads scripts from a CDN


def test_meta_and_security_headers(client):
    r = client.get("/api/meta")
    assert r.status_code == 200
    body = r.json()
    assert body["events"] > 30 and body["documents"] == 43 and body["ingest"] is True
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "http" not in page.text.replace("http-equiv", "")  # no outside resource
    assert client.get("/static/vendor/echarts.min.js").status_code == 200


def test_foreign_host_header_is_refused(client):
    assert client.get("/api/meta", headers={"host": "evil.example"}).status_code == 400


def test_events_facets_timeline_network_places_agree(client):
    q = {"type": "ASSAULT"}
    events = client.get("/api/events", params=q).json()
    facets = client.get("/api/facets", params=q).json()
    timeline = client.get("/api/timeline", params=q).json()
    places = client.get("/api/places", params=q).json()
    network = client.get("/api/network", params=q).json()
    assert events["total"] == facets["total"] == timeline["total"]
    assert all(e["type"] == "ASSAULT" for e in events["items"])
    assert places["located"] + places["unlocated"] == events["total"]
    assert {v["value"] for v in facets["facets"]["type"]} > {"ASSAULT"}
    ids = {n["id"] for n in network["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in network["edges"])
    assert all(-1 <= e["tone"] <= 1 for e in network["edges"])


def test_every_filter_is_accepted(client):
    total = client.get("/api/events").json()["total"]
    for params in ({"date_from": "2024-01-01", "date_to": "2024-12-31"}, {"actor": "IRN"},
                   {"actor": "iran"}, {"country": "irq"}, {"sector": "GOV"}, {"mode": "aerial"},
                   {"modality": "reported"}, {"place": "Gaza"}, {"bbox": "34,29,36,34"},
                   {"q": "missile"}, {"min_confidence": "0.7"}, {"precision": "month"}):
        r = client.get("/api/events", params=params)
        assert r.status_code == 200, (params, r.text)
        assert 0 < r.json()["total"] <= total, params


def test_pagination_is_stable_and_complete(client):
    seen, cursor = [], None
    while True:
        params = {"limit": 17, "sort": "confidence", "order": "desc"}
        if cursor:
            params["cursor"] = cursor
        page = client.get("/api/events", params=params).json()
        seen += [e["event_id"] for e in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == page["total"]
    offsets = client.get("/api/events", params={"limit": 17, "offset": 17, "sort": "confidence"})
    assert [e["event_id"] for e in offsets.json()["items"]] == seen[17:34]


@pytest.mark.parametrize(("path", "params", "status"), [
    ("/api/events", {"limit": 501}, 422),
    ("/api/events", {"date_from": "March"}, 400),
    ("/api/events", {"country": "Ir!"}, 400),
    ("/api/events", {"sort": "x;DROP TABLE e"}, 400),
    ("/api/events", {"sort": "event_id; DROP TABLE events"}, 422),
    ("/api/events", {"cursor": "not-a-cursor"}, 400),
    ("/api/events", {"q": "x" * 300}, 422),
    ("/api/network", {"max_nodes": 100000}, 422),
    ("/api/facets", {"names": "type,secret"}, 400),
    ("/api/timeline", {"stack": "t);DROP"}, 400),
    ("/api/export/xlsx", {}, 400),
    ("/api/events/no-such-event", {}, 404),
    ("/api/documents/no-such-doc", {}, 404),
    ("/api/actors/nobody", {}, 404),
    ("/api/clusters/none", {}, 404),
])
def test_bad_requests_say_what_is_wrong(client, path, params, status):
    r = client.get(path, params=params)
    assert r.status_code == status, r.text
    assert r.json()["detail"]


def test_event_document_actor_cluster_detail(client):
    event = client.get("/api/events", params={"limit": 1, "place": "Gaza"}).json()["items"][0]
    detail = client.get(f"/api/events/{event['event_id']}").json()
    assert detail["record"]["event_id"] == event["event_id"]
    doc = client.get(f"/api/documents/{event['doc_id']}").json()
    mine = [s for s in doc["spans"] if s["record"] == event["event_id"]]
    trigger = next(s for s in mine if s["kind"] == "trigger")
    assert doc["text"][trigger["start"]:trigger["end"]] == detail["record"]["trigger"]["text"]
    assert any(s["kind"] == "place" for s in mine)
    actor = client.get("/api/actors/IRN").json()
    assert actor["name"] == "Iran" and actor["aliases"] and actor["dyads"]
    assert actor["knowledge"]["id"] == "IRN" and "the Islamic Republic" in actor["knowledge"]["epithets"]
    assert client.get("/api/actors", params={"name": "hez"}).json()["items"]
    clusters = client.get("/api/clusters").json()["items"]
    one = client.get(f"/api/clusters/{clusters[0]['cluster_id']}").json()
    assert one["reports"] == clusters[0]["reports"]


def test_exports_follow_the_filters(client):
    params = {"country": "YEM"}
    total = client.get("/api/events", params=params).json()["total"]
    r = client.get("/api/export/csv", params=params)
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == total
    located = client.get("/api/places", params=params).json()["located"]
    features = client.get("/api/export/geojson", params=params).json()["features"]
    assert len(features) == located
    lines = client.get("/api/export/jsonl", params=params).text.splitlines()
    assert sum(json.loads(x)["kind"] == "event" for x in lines) == total
    root = ET.fromstring(client.get("/api/export/gexf", params=params).content)
    assert root.tag.endswith("gexf")


def test_ingest_needs_the_token(client, readonly_client):
    doc = {"documents": [{"text": "Protesters rallied in Amman on Friday.", "title": "Rally"}]}
    assert readonly_client.post("/api/ingest", json=doc).status_code == 403
    assert client.post("/api/ingest", json=doc).status_code == 401
    assert client.post("/api/ingest", json=doc,
                       headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.post("/api/ingest", json={"documents": []},
                       headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 422


def test_injection_is_stored_and_returned_inertly(client):
    before = client.get("/api/meta").json()
    r = client.post("/api/ingest", headers={"Authorization": f"Bearer {TOKEN}"}, json={
        "documents": [{"id": "hostile-1", "text": HOSTILE_TEXT, "published": "2024-05-01",
                       "title": "<b>Bold</b> title'); DROP TABLE documents; --",
                       "url": "javascript:alert(1)"}]})
    assert r.status_code == 200, r.text
    assert r.json()["documents_new"] == 1
    after = client.get("/api/meta").json()
    assert after["documents"] == before["documents"] + 1
    assert after["events"] == before["events"]  # tables intact
    found = client.get("/api/documents", params={"title": "DROP TABLE"}).json()["items"]
    assert len(found) == 1 and found[0]["title"].startswith("<b>Bold</b>")
    doc = client.get(f"/api/documents/{found[0]['doc_id']}").json()
    assert doc["text"] == HOSTILE_TEXT
    assert client.get("/api/events", params={"q": "'; DROP TABLE events; --"}).status_code == 200


def test_reads_go_on_while_ingest_runs(client):
    errors: list[str] = []

    def browse():
        for _ in range(10):
            r = client.get("/api/facets", params={"type": "ASSAULT"})
            if r.status_code != 200:
                errors.append(r.text)

    readers = [threading.Thread(target=browse) for _ in range(3)]
    for t in readers:
        t.start()
    r = client.post("/api/ingest", headers={"Authorization": f"Bearer {TOKEN}"}, json={
        "documents": [{"text": f"Officials in Erbil met envoys on day {i} of talks.",
                       "published": "2024-02-0" + str(i + 1)} for i in range(5)]})
    for t in readers:
        t.join()
    assert r.status_code == 200 and r.json()["documents_new"] == 5
    assert not errors


def test_a_database_without_events_is_served(readonly_client):
    for path in ("/api/meta", "/api/events", "/api/facets", "/api/timeline", "/api/network",
                 "/api/places", "/api/documents", "/api/clusters", "/api/actors",
                 "/api/export/csv", "/api/export/gexf", "/api/export/geojson"):
        assert readonly_client.get(path).status_code == 200, path
    docs = readonly_client.get("/api/documents").json()
    assert docs["total"] == 43
    doc = readonly_client.get(f"/api/documents/{docs['items'][0]['doc_id']}").json()
    assert doc["text"] and all(0 <= s["start"] < s["end"] <= len(doc["text"])
                               for s in doc["spans"])


def test_aggregate_answers_are_kept_until_an_ingest(client):
    backend = client.app.state.backend
    params = {"modality": "reported"}
    first = client.get("/api/facets", params=params).json()
    generation = backend.cache.generation
    assert client.get("/api/facets", params=params).json() == first
    assert any(key[1] == "facets" for key in backend.cache._answers)
    with backend.reader() as con:  # the same as asking the query layer directly
        assert first == json.loads(json.dumps(queries.facets(con, EventQuery(**params))))
    r = client.post("/api/ingest", headers={"Authorization": f"Bearer {TOKEN}"}, json={
        "documents": [{"text": "Envoys met in Amman to discuss the truce on Monday."}]})
    assert r.status_code == 200
    assert backend.cache.generation == generation + 1 and not backend.cache._answers
    assert client.get("/api/facets", params=params).json()["total"] == first["total"]


def test_answer_cache_drops_what_an_ingest_overtook():
    from lapwing.api import AnswerCache

    cache = AnswerCache(size=2)
    assert cache.get(("a",), lambda: 1) == 1
    assert cache.get(("a",), lambda: 2) == 1  # kept
    assert cache.get(("b",), lambda: (cache.invalidate(), 3)[1]) == 3  # computed meanwhile
    assert cache.get(("b",), lambda: 4) == 4 and cache.get(("a",), lambda: 5) == 5
    cache.get(("c",), lambda: 6)
    assert cache.get(("b",), lambda: 7) == 7  # least recently used went first
    assert AnswerCache(size=0).get(("a",), lambda: 8) == 8
