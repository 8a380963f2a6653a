"""The web UI in a real browser: Debian's chromium driven by Playwright, fully offline.

The server runs in a thread on 127.0.0.1 over the sample corpus (with coded test events);
the page is driven like an analyst would (facets, network, map, timeline brush, table,
event evidence, actor page), each view is checked against the API, every request the page
makes is recorded and must stay on 127.0.0.1, and a screenshot of each view is saved in
``test-artifacts/``. An article carrying ``<script>`` and SQL is ingested and shown inertly.
"""

import json
import socket
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not installed (apt-get install chromium; .ci/run does)",
                allow_module_level=True)

playwright_sync = pytest.importorskip("playwright.sync_api")
uvicorn = pytest.importorskip("uvicorn")

from test_queries import ui_database  # noqa: E402

from lapwing.api import create_app  # noqa: E402
from lapwing.records import ActorRef, Document, Event, EventDate, Place, Span  # noqa: E402
from lapwing.store import Batch, Store  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
TOKEN = "browser-token"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-quic"]
HOSTILE_NAME = '<img src=x onerror="window.__pwned=3">Brigade'
HOSTILE_TEXT = (
    "<script>window.__pwned = 1</script> Gunmen <img src=x onerror=\"window.__pwned=2\"> "
    "attacked a checkpoint in Baghdad'; DROP TABLE events; -- officials said."
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _add_hostile_event(path: Path) -> None:
    """A document and event whose names and text carry markup and SQL."""
    text = f"{HOSTILE_NAME} shelled a market in Erbil'); DROP TABLE events; --, witnesses said."
    with Store(path) as store:
        trigger = text.index("shelled")
        store.write_batch(Batch(run_id="hostile", documents=[
            Document("hostile-doc", "hostile", text, title="<script>alert(1)</script> market",
                     url="javascript:alert(1)", published="2024-06-01", origin="test")],
            records=[Event("hostile-doc", "hostile-ev", "ASSAULT",
                           trigger=Span(trigger, trigger + 7, "shelled"),
                           sentence=Span(0, len(text)),
                           actors=[ActorRef(HOSTILE_NAME, 0, len(HOSTILE_NAME),
                                            name=HOSTILE_NAME, country="IRQ")],
                           date=EventDate("2024-06-01", "2024-06-01", "2024-06-01", "day",
                                          "document"),
                           location=Place("Erbil", text.index("Erbil"), text.index("Erbil") + 5,
                                          "Erbil", 95446, 36.19, 44.01, "IRQ", "city"),
                           confidence=0.8)]))


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = ui_database(tmp_path_factory.mktemp("browser") / "ui.duckdb")
    _add_hostile_event(path)
    app = create_app(path, token=TOKEN, allow_ingest=True)
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/api/meta", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    yield base
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    ARTIFACTS.mkdir(exist_ok=True)
    with playwright_sync.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


class Session:
    """A page that records every request and refuses those leaving 127.0.0.1."""

    def __init__(self, browser, base):
        self.base = base
        self.context = browser.new_context(viewport={"width": 1440, "height": 1000})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _route(self, route):
        url = route.request.url
        self.requests.append(url)
        if url.startswith(self.base + "/") or url.startswith("data:"):
            route.continue_()
        else:
            route.abort()

    def goto(self, query: str = "") -> None:
        self.page.goto(self.base + "/" + query)
        self.ready()

    def ready(self) -> None:
        self.page.wait_for_function(
            "() => document.body.dataset.state === 'ready' && document.body.dataset.table === 'ready'",
            timeout=20000)

    def click_and_wait(self, locator) -> None:
        self.page.evaluate("document.body.dataset.state = document.body.dataset.table = 'clicked'")
        locator.click()
        self.ready()

    def params(self) -> dict[str, str]:
        return dict(urllib.parse.parse_qsl(urllib.parse.urlparse(self.page.url).query))

    def shot(self, name: str) -> None:
        self.page.screenshot(path=str(ARTIFACTS / f"ui-{name}.png"), full_page=False)

    def close(self) -> None:
        outside = [u for u in self.requests
                   if not (u.startswith(self.base + "/") or u.startswith("data:"))]
        self.context.close()
        assert not outside, f"requests left 127.0.0.1: {outside}"
        assert not self.errors, f"page errors: {self.errors}"


def api(base: str, path: str, params: dict | None = None) -> dict:
    query = "?" + urllib.parse.urlencode(params) if params else ""
    with urllib.request.urlopen(base + path + query, timeout=30) as r:
        return json.loads(r.read())


def filters_of(params: dict[str, str]) -> dict[str, str]:
    keep = {"date_from", "date_to", "actor", "type", "country", "modality", "sector", "mode",
            "place", "bbox", "q", "min_confidence", "cluster", "precision"}
    return {k: v for k, v in params.items() if k in keep}


def check_views_agree(s: Session) -> None:
    """Summary, table, timeline, network and map show what the API answers for the URL."""
    f = filters_of(s.params())
    total = api(s.base, "/api/events", {**f, "limit": 50})
    page = s.page
    assert page.locator("#summary").get_attribute("data-total") == str(total["total"])
    rows = page.locator("#table tbody tr").evaluate_all("rs => rs.map(r => r.dataset.eventId)")
    assert rows == [e["event_id"] for e in total["items"]]
    no_dates = {k: v for k, v in f.items() if k not in ("date_from", "date_to")}
    timeline = api(s.base, "/api/timeline", no_dates)
    shown = int(page.locator("#timeline").get_attribute("data-total"))
    assert shown == timeline["total"] - timeline["undated"]
    network = api(s.base, "/api/network", f)
    assert page.locator("#network").get_attribute("data-nodes") == str(len(network["nodes"]))
    places = api(s.base, "/api/places", f)
    assert page.locator("#map").get_attribute("data-points") == str(len(places["points"]))
    assert page.locator("#map").get_attribute("data-located") == str(places["located"])


def test_first_screen_renders_with_data_fast(server, browser):
    s = Session(browser, server)
    started = time.perf_counter()
    s.page.goto(server + "/")
    s.page.wait_for_function("() => document.body.dataset.state === 'ready'", timeout=20000)
    elapsed = time.perf_counter() - started
    print(f"\nfirst screen rendered with data in {elapsed * 1000:.0f} ms")  # a target, not asserted
    s.ready()
    assert s.page.locator("#table tbody tr").count() == 50
    assert int(s.page.locator("#network").get_attribute("data-nodes")) > 5
    assert int(s.page.locator("#map").get_attribute("data-points")) > 3
    assert s.page.locator("#map svg path.land").count() > 100  # the vendored basemap
    check_views_agree(s)
    # the chart opens on the span holding most events, far-off dates reachable by the slider
    timeline = api(server, "/api/timeline", {})
    window = s.page.locator("#timeline").get_attribute("data-window")
    if window:
        start, end = window.split("..")
        assert start <= timeline["core_first"] and end <= timeline["core_last"]
        assert (start, end) != (timeline["buckets"][0], timeline["buckets"][-1])
    else:
        assert (timeline["core_first"], timeline["core_last"]) == (timeline["first"], timeline["last"])
    s.shot("dashboard")
    s.page.locator("#timeline-panel").screenshot(path=str(ARTIFACTS / "ui-timeline.png"))
    s.page.locator("#network-panel").screenshot(path=str(ARTIFACTS / "ui-network.png"))
    s.page.locator("#map-panel").screenshot(path=str(ARTIFACTS / "ui-map.png"))
    s.page.locator("#table-panel").screenshot(path=str(ARTIFACTS / "ui-table.png"))
    s.close()


def test_facets_sorting_and_permalink(server, browser):
    s = Session(browser, server)
    s.goto()
    s.click_and_wait(s.page.locator('#facets button[data-facet="type"][data-value="ASSAULT"]'))
    assert s.params()["type"] == "ASSAULT"
    types = s.page.locator("#table tbody tr td:nth-child(2) .type").all_inner_texts()
    assert types and set(types) == {"ASSAULT"}
    check_views_agree(s)
    s.click_and_wait(s.page.locator('#facets button[data-facet="modality"]').first)
    assert "modality" in s.params()
    check_views_agree(s)
    s.page.evaluate("document.body.dataset.table = 'clicked'")
    s.page.locator('th button[data-sort="confidence"]').click()
    s.ready()
    assert s.params()["sort"] == "confidence"
    confidences = [float(x) for x in s.page.locator("#table tbody td.conf:nth-child(7)").all_inner_texts()]
    assert confidences == sorted(confidences, reverse=True)
    s.shot("filtered")
    permalink = s.page.url
    s.close()
    again = Session(browser, server)  # a fresh browser context opens the same state
    again.page.goto(permalink)
    again.ready()
    chips = again.page.locator("#chips .chip").evaluate_all("cs => cs.map(c => c.dataset.filter)")
    assert {"type", "modality"} <= set(chips)
    assert again.page.locator('#facets button[aria-pressed="true"]').count() == 2
    again.close()


def test_network_map_and_timeline_set_filters(server, browser):
    s = Session(browser, server)
    s.goto()
    # Network: click the most active node where cytoscape drew it.
    node = s.page.evaluate("""() => {
        const cy = window.lapwing.charts.network;
        const n = cy.nodes().max(x => x.data('events')).ele;
        const p = n.renderedPosition();
        const box = document.getElementById('network').getBoundingClientRect();
        return {id: n.id(), x: box.left + p.x, y: box.top + p.y};
    }""")
    s.page.evaluate("document.body.dataset.state = document.body.dataset.table = 'clicked'")
    s.page.mouse.click(node["x"], node["y"])
    s.ready()
    assert s.params()["actor"] == node["id"]
    check_views_agree(s)
    s.shot("network-filter")
    s.click_and_wait(s.page.locator("#chips .chip button[aria-label='Remove filter actor']"))
    # Map: click the largest cluster of points.
    circles = s.page.locator("#map g.cluster circle").evaluate_all(
        "cs => cs.map(c => { const b = c.getBoundingClientRect();"
        " return [b.x + b.width / 2, b.y + b.height / 2, b.width / 2]; })")
    for i, (x1, y1, r1) in enumerate(circles):  # every marker can be clicked: none overlap
        for x2, y2, r2 in circles[i + 1:]:
            assert ((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5 >= r1 + r2 - 0.5
    sizes = s.page.locator("#map g.cluster").evaluate_all("gs => gs.map(g => +g.dataset.count)")
    biggest = s.page.locator("#map g.cluster").nth(sizes.index(max(sizes)))
    s.click_and_wait(biggest)
    chosen = s.params()
    assert "place" in chosen or "bbox" in chosen
    check_views_agree(s)
    s.shot("map-filter")
    s.click_and_wait(s.page.locator("#chips .chip button[aria-label^='Remove filter']").first)
    # Timeline: brush across the middle of the chart.
    box = s.page.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] * 0.6
    s.page.evaluate("document.body.dataset.state = document.body.dataset.table = 'clicked'")
    s.page.mouse.move(box["x"] + box["width"] * 0.25, y)
    s.page.mouse.down()
    s.page.mouse.move(box["x"] + box["width"] * 0.45, y, steps=8)
    s.page.mouse.move(box["x"] + box["width"] * 0.6, y, steps=8)
    s.page.mouse.up()
    s.ready()
    params = s.params()
    assert params["date_from"] <= params["date_to"]
    check_views_agree(s)
    s.shot("timeline-brush")
    s.close()


def test_event_evidence_and_document_view(server, browser):
    s = Session(browser, server)
    s.goto("?place=Gaza")
    items = api(server, "/api/events", {"place": "Gaza", "limit": 50})["items"]
    event_id = next(e["event_id"] for e in items if (e["url"] or "").startswith("http"))
    s.page.locator(f'#table tbody tr[data-event-id="{event_id}"]').click()
    s.page.wait_for_selector("#evidence .k-trigger")
    detail = api(server, f"/api/events/{urllib.parse.quote(event_id)}")
    assert s.page.locator("#evidence .k-trigger").first.inner_text() == detail["record"]["trigger"]["text"]
    assert s.page.locator("#evidence").inner_text().strip() == detail["sentence"].strip()
    assert s.page.locator("#evidence .k-place").count() >= 1
    assert s.page.locator("#doctext .k-trigger").count() >= 1
    link = s.page.locator("#detail a.source-link").first
    assert link.get_attribute("href") == detail["url"]
    assert "noopener" in link.get_attribute("rel")
    assert s.params()["event"] == event_id
    s.shot("event-evidence")
    s.page.keyboard.press("Escape")
    assert s.page.locator("#detail").is_hidden()
    s.close()


def test_actor_page(server, browser):
    s = Session(browser, server)
    s.page.goto(server + "/?view=actor&key=IRN")
    s.page.wait_for_selector("#actor-name")
    profile = api(server, "/api/actors/IRN")
    assert s.page.locator("#actor-name").inner_text() == profile["name"]
    assert s.page.locator("#actor-events").inner_text() == f"{profile['events']:,}"
    assert s.page.locator("#aliases li").count() == len(profile["aliases"])
    assert s.page.locator("#dyads tbody tr").count() == len(profile["dyads"])
    assert profile["knowledge"]["defined_at"] in s.page.locator("#knowledge").inner_text()
    s.page.wait_for_timeout(300)
    s.shot("actor")
    s.page.locator("#back").click()
    s.ready()
    s.close()


def test_hostile_text_is_shown_inertly(server, browser):
    body = json.dumps({"documents": [{"id": "hostile-post", "text": HOSTILE_TEXT,
                                      "title": "<script>window.__pwned=4</script>",
                                      "published": "2024-06-02"}]}).encode()
    request = urllib.request.Request(server + "/api/ingest", data=body, method="POST", headers={
        "Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"})
    with urllib.request.urlopen(request, timeout=60) as r:
        assert json.loads(r.read())["documents_new"] == 1
    doc_id = api(server, "/api/documents", {"title": "DROP TABLE events"})["items"]
    posted = next(d for d in doc_id if d["title"].startswith("<script>"))
    s = Session(browser, server)
    s.goto(f"?doc={urllib.parse.quote(posted['doc_id'])}&tab=documents")
    s.page.wait_for_selector("#doctext")
    assert s.page.locator("#doctext").inner_text() == HOSTILE_TEXT
    assert s.page.locator("#doc-title").inner_text() == "<script>window.__pwned=4</script>"
    assert s.page.locator("#detail img, #detail script").count() == 0
    s.shot("hostile-document")
    # The coded event with a markup actor name: table, network label, evidence.
    # (the posted document's own attack, whose sentence carries markup too, may be listed)
    s.goto("?q=onerror")
    rows = s.page.locator("#table tbody tr")
    assert rows.count() >= 1
    brigade = rows.filter(has_text=HOSTILE_NAME)
    assert brigade.count() == 1
    brigade.first.click()
    s.page.wait_for_selector("#evidence .k-trigger")
    assert s.page.locator("#detail a.source-link").count() == 0  # javascript: URL not linked
    assert s.page.locator("#table img, #detail img, #facets img").count() == 0
    assert s.page.evaluate("window.__pwned") is None
    assert api(server, "/api/meta")["events"] > 30  # the tables are all there
    s.shot("hostile-event")
    s.close()
