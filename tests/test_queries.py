"""The query layer behind the HTTP API: filters, pages, facets, series, network, documents.

Exact checks run on the hand-checked records of tests/builders.py. ``ui_database`` (used
by the API and browser tests too) builds a realistic database: the bundled sample corpus
ingested as `lapwing demo` does, plus events coded here by a small keyword coder, because
the events stage does not exist yet (these events are test data, never shipped).
"""

import dataclasses
import hashlib
import re
from pathlib import Path

import pytest
from builders import sample_batch

from lapwing import ingest, queries
from lapwing.queries import EventQuery, NotFound, QueryError
from lapwing.records import ActorRef, Attribution, Event, EventDate, Place, Span
from lapwing.settings import load_settings
from lapwing.store import Batch, Store

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"

# -- a keyword coder for test events over the sample corpus ---------------------------------

TRIGGERS = [  # (regex, PLOVER type, mode)
    (r"\b(air ?strikes?|struck|bombed|shelled)\b", "ASSAULT", "aerial"),
    (r"\b(attack(?:ed|s)?|killed|fired|raid(?:ed)?)\b", "ASSAULT", None),
    (r"\b(protest(?:ed|ers|s)?|rall(?:ied|y)|demonstrat\w+)\b", "PROTEST", None),
    (r"\b(met|talks|hosted|visited)\b", "CONSULT", None),
    (r"\b(warn(?:ed|s)?|threaten(?:ed|s)?)\b", "THREATEN", None),
    (r"\b(accus(?:ed|es)|condemn(?:ed|s)?|blamed)\b", "ACCUSE", None),
    (r"\b(agree(?:d|s)?|ceasefire|truce|deal)\b", "AGREE", None),
    (r"\b(sanctions?)\b", "SANCTION", None),
    (r"\b(arrest(?:ed)?|detain(?:ed)?|dispers(?:ed|e)|seized)\b", "COERCE", None),
    (r"\b(aid|deliver(?:ed|ies)?)\b", "AID", None),
    (r"\b(suspend(?:ed|ing)?|withdr[ae]w\w*)\b", "RETREAT", None),
]
ACTORS = [  # (regex, actor_id, name, country, sector, type)
    (r"Kataib Hezbollah", "IRQ_KH", "Kataib Hezbollah", "IRQ", "PRM", "armed_group"),
    (r"Israeli (?:forces|military|army|troops|jets|warplanes)|\bIDF\b", "ISR_MIL",
     "Israel Defense Forces", "ISR", "MIL", "military"),
    (r"\bHezbollah\b", "LBN_HEZ", "Hezbollah", "LBN", "PRM", "armed_group"),
    (r"\bHamas\b", "PSE_HAMAS", "Hamas", "PSE", "REB", "armed_group"),
    (r"\bHouthis?\b", "YEM_HOUTHI", "Houthis", "YEM", "REB", "armed_group"),
    (r"\bNujaba\b", "IRQ_NUJABA", "Harakat al-Nujaba", "IRQ", "PRM", "armed_group"),
    (r"\bSDF\b", "SYR_SDF", "Syrian Democratic Forces", "SYR", "REB", "armed_group"),
    (r"\bIsrael(?:i)?\b", "ISR", "Israel", "ISR", "GOV", "state"),
    (r"\bIran(?:ian)?\b", "IRN", "Iran", "IRN", "GOV", "state"),
    (r"\b(?:U\.S\.|United States|Washington|American)\b", "USA", "United States", "USA", "GOV",
     "state"),
    (r"\bIraq(?:i)?\b", "IRQ", "Iraq", "IRQ", "GOV", "state"),
    (r"\b(?:Syria|Syrian|Damascus)\b", "SYR", "Syria", "SYR", "GOV", "state"),
    (r"\bJordan(?:ian)?\b", "JOR", "Jordan", "JOR", "GOV", "state"),
    (r"\bLebanon|Lebanese\b", "LBN", "Lebanon", "LBN", "GOV", "state"),
    (r"\bQatar(?:i)?\b", "QAT", "Qatar", "QAT", "GOV", "state"),
    (r"\bEgypt(?:ian)?\b", "EGY", "Egypt", "EGY", "GOV", "state"),
    (r"\bSaudi\b", "SAU", "Saudi Arabia", "SAU", "GOV", "state"),
    (r"\b[Pp]olice\b", None, "police", None, "COP", "government"),
    (r"\b[Pp]rotesters\b", None, "protesters", None, "CVL", "other"),
]
PLACES = [  # (regex, name, geonameid, lat, lon, country, feature)
    (r"\bGaza\b", "Gaza", 281133, 31.50, 34.47, "PSE", "city"),
    (r"\bBeirut\b", "Beirut", 276781, 33.89, 35.50, "LBN", "city"),
    (r"\bBaghdad\b", "Baghdad", 98182, 33.34, 44.40, "IRQ", "city"),
    (r"\bTehran\b", "Tehran", 112931, 35.69, 51.42, "IRN", "city"),
    (r"\bSanaa\b", "Sanaa", 71137, 15.35, 44.21, "YEM", "city"),
    (r"\bHodeidah\b", "Hodeidah", 79415, 14.80, 42.95, "YEM", "city"),
    (r"\bAden\b", "Aden", 415189, 12.78, 45.04, "YEM", "city"),
    (r"\bDamascus\b", "Damascus", 170654, 33.51, 36.29, "SYR", "city"),
    (r"\bAmman\b", "Amman", 250441, 31.95, 35.93, "JOR", "city"),
    (r"\bErbil\b", "Erbil", 95446, 36.19, 44.01, "IRQ", "city"),
    (r"\bJerusalem\b", "Jerusalem", 281184, 31.77, 35.21, "ISR", "city"),
    (r"\bTel Aviv\b", "Tel Aviv", 293397, 32.08, 34.78, "ISR", "city"),
    (r"\bRed Sea\b", "Red Sea", 350155, 20.0, 38.5, None, "water"),
    (r"\bDoha\b", "Doha", 290030, 25.29, 51.53, "QAT", "city"),
    (r"\bCairo\b", "Cairo", 360630, 30.04, 31.24, "EGY", "city"),
]
SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def _modality(sentence: str) -> str:
    lower = sentence.lower()
    if re.search(r"\b(denied|did not|never)\b", lower):
        return "negated"
    if re.search(r"\bclaim(ed|s)?\b|\ballegedly\b", lower):
        return "alleged"
    if re.search(r"\b(may|might|could)\b", lower):
        return "possible"
    if re.search(r"\b(said|according to|reported)\b", lower):
        return "reported"
    return "asserted"


def _refs(sentence: str, base: int) -> list[ActorRef]:
    refs: list[ActorRef] = []
    taken: list[tuple[int, int]] = []
    for pattern, actor_id, name, country, sector, type_ in ACTORS:
        for m in re.finditer(pattern, sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            refs.append(ActorRef(m.group(0), base + m.start(), base + m.end(), actor_id, name,
                                 country, sector, type_))
    unique = {r.actor_id or r.name: r for r in sorted(refs, key=lambda r: -(r.start or 0))}
    return sorted(unique.values(), key=lambda r: r.start or 0)


def code_events(store: Store, run_id: str = "ui-events") -> int:
    """Events for every stored document's body sentences that a trigger word matches."""
    events: list[Event] = []
    for doc in store.iter_documents():
        if doc.duplicate_of:
            continue
        body = [(s, e) for s, e in doc.coded_spans()]
        n = 0
        for start, end in body:
            for m in SENTENCE.finditer(doc.text[start:end]):
                s0 = start + m.start()
                sentence = m.group(0)
                lead = len(sentence) - len(sentence.lstrip())
                s0 += lead
                sentence = sentence.strip()
                if len(sentence) < 20:
                    continue
                for pattern, type_, mode in TRIGGERS:
                    t = re.search(pattern, sentence, re.IGNORECASE)
                    if not t:
                        continue
                    refs = _refs(sentence, s0)
                    trigger_at = s0 + t.start()
                    actors = [r for r in refs if (r.start or 0) < trigger_at][:2]
                    recipients = [r for r in refs if (r.start or 0) > trigger_at][:2]
                    if not actors and not recipients:
                        break
                    place = None
                    for p, name, gid, lat, lon, country, feature in PLACES:
                        pm = re.search(p, sentence)
                        if pm:
                            place = Place(pm.group(0), s0 + pm.start(), s0 + pm.end(), name, gid,
                                          lat, lon, country, feature, "exact")
                            break
                    n += 1
                    published = doc.published
                    if published and n % 3 == 0:
                        month = published[:7]
                        date = EventDate(month, month + "-01", _month_end(month), "month",
                                         "document")
                    elif published:
                        date = EventDate(published, published, published, "day", "document")
                    else:
                        date = EventDate()
                    said = re.search(r"\bsaid\b", sentence)
                    attribution = None
                    if said:
                        attribution = Attribution(None, "said", s0 + said.start(), s0 + said.end())
                    key = f"{type_}|{date.start}|{place and place.name}"
                    cluster = "c-" + hashlib.blake2b(key.encode(), digest_size=5).hexdigest()
                    events.append(Event(
                        doc.doc_id, f"ui-{doc.doc_id}-{n}", type_,
                        trigger=Span(trigger_at, s0 + t.end(), t.group(0)),
                        sentence=Span(s0, s0 + len(sentence)),
                        modality=_modality(sentence), mode=mode, actors=actors,
                        recipients=recipients, date=date, location=place,
                        attribution=attribution,
                        confidence=round(0.45 + 0.1 * min(4, len(actors) + len(recipients))
                                         + (0.1 if place else 0), 2),
                        cluster_id=cluster if date.start else None,
                    ))
                    break
    store.write_batch(Batch(run_id=run_id, records=events))
    store.optimize()
    return len(events)


def _month_end(month: str) -> str:
    year, mon = int(month[:4]), int(month[5:7])
    nxt = f"{year + (mon == 12):04d}-{mon % 12 + 1:02d}-01"
    import datetime as dt

    return (dt.date.fromisoformat(nxt) - dt.timedelta(days=1)).isoformat()


def ui_database(path: Path) -> Path:
    """The sample corpus ingested like `lapwing demo`, plus coded test events."""
    with Store(path) as store:
        run_id = store.start_run("demo", {"paths": [str(CORPUS)]})
        report = ingest.run([str(CORPUS)], ingest.StoreSink(store), load_settings(None), run_id)
        store.finish_run(run_id, report.to_dict())
        code_events(store)
    return path


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    path = tmp_path_factory.mktemp("q") / "sample.duckdb"
    with Store(path) as store:
        store.write_batch(sample_batch())
        store.optimize()
    con = __import__("duckdb").connect(str(path))
    yield con
    con.close()


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    path = ui_database(tmp_path_factory.mktemp("ui") / "ui.duckdb")
    store = Store(path)
    queries.ensure_aggregates(store.con)
    yield store.con
    store.close()


# -- filters -------------------------------------------------------------------------------


def test_query_validates_values():
    with pytest.raises(ValueError, match="bbox"):
        EventQuery(bbox="1,2,3")
    with pytest.raises(ValueError, match="out of range"):
        EventQuery(bbox="0,50,10,40")
    with pytest.raises(ValueError, match="min_confidence"):
        EventQuery(min_confidence="2")
    with pytest.raises(ValueError, match="precision"):
        EventQuery(precision="fortnight")
    with pytest.raises(ValueError, match="longer"):
        EventQuery(q="x" * 500)
    assert EventQuery(q="  ").q is None
    assert EventQuery(type="assault", sector="mil").selects_events


def test_event_where_is_parameterised():
    hostile = "x' OR 1=1; DROP TABLE events; --"
    where, params = EventQuery(q=hostile, place=hostile, mode=hostile, cluster=hostile).event_where()
    assert hostile not in where and "DROP" not in where
    assert any(hostile.lower() == p for p in params)


@pytest.mark.parametrize(("query", "expected"), [
    (EventQuery(), {"e1", "e2", "e3", "e4"}),
    (EventQuery(sector="military"), {"e1"}),
    (EventQuery(mode="AERIAL"), {"e1"}),
    (EventQuery(place="gaza city"), {"e1"}),
    (EventQuery(place="281133"), {"e1"}),
    (EventQuery(bbox="34,31,35,32"), {"e1"}),
    (EventQuery(bbox="40,30,-170,40"), {"e2"}),  # crosses the antimeridian: Tehran is in
    (EventQuery(min_confidence="0.75"), {"e1", "e3"}),
    (EventQuery(cluster="c1"), {"e1"}),
    (EventQuery(precision="month"), {"e2"}),
    (EventQuery(q="tehran"), {"e2"}),
    (EventQuery(q="killing 12"), {"e1"}),  # the evidence sentence
    (EventQuery(q="100%"), set()),
    (EventQuery(q="x' OR 1=1 --"), set()),
    (EventQuery(type="assault", country="YEM"), {"e4"}),
])
def test_filters_select_events(sample, query, expected):
    page = queries.events_page(sample, query, limit=100)
    assert {e["event_id"] for e in page["items"]} == expected
    assert page["total"] == len(expected)


# -- pages ---------------------------------------------------------------------------------


def test_events_page_carries_evidence_and_reports(sample):
    page = queries.events_page(sample, EventQuery(), sort="date", order="asc")
    assert [e["event_id"] for e in page["items"]] == ["e1", "e2", "e3", "e4"]  # undated last
    e1 = page["items"][0]
    assert e1["sentence"].startswith("Israeli forces struck Gaza City")
    assert e1["title"] == "Israeli strike on Gaza City" and e1["url"] == "https://example.org/1"
    assert e1["reports"] == 1 and e1["actor_names"] == ["Israel Defense Forces"]


@pytest.mark.parametrize("sort", queries.SORTS)
@pytest.mark.parametrize("order", ["asc", "desc"])
def test_keyset_pages_cover_everything_once(sample, sort, order):
    seen, cursor = [], None
    while True:
        page = queries.events_page(sample, EventQuery(), sort=sort, order=order, limit=1,
                                   cursor=cursor)
        seen += [e["event_id"] for e in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    full = queries.events_page(sample, EventQuery(), sort=sort, order=order, limit=10)
    assert seen == [e["event_id"] for e in full["items"]]
    assert sorted(seen) == ["e1", "e2", "e3", "e4"]


def test_page_limits_and_bad_cursors(sample):
    with pytest.raises(QueryError, match="limit"):
        queries.events_page(sample, EventQuery(), limit=queries.MAX_PAGE + 1)
    with pytest.raises(QueryError, match="cursor"):
        queries.events_page(sample, EventQuery(), cursor="garbage!")
    page = queries.events_page(sample, EventQuery(), sort="date", limit=1)
    with pytest.raises(QueryError, match="sort order"):
        queries.events_page(sample, EventQuery(), sort="type", cursor=page["next_cursor"])
    with pytest.raises(QueryError, match="sort"):
        queries.events_page(sample, EventQuery(), sort="event_id; DROP TABLE events")


# -- aggregates ----------------------------------------------------------------------------


def test_facets_count_without_their_own_criterion(sample):
    result = queries.facets(sample, EventQuery(type="ASSAULT"))
    assert result["total"] == 2
    types = {v["value"]: v["count"] for v in result["facets"]["type"]}
    assert types == {"ASSAULT": 2, "PROTEST": 1, "CONSULT": 1}  # all types stay choosable
    modalities = {v["value"]: v["count"] for v in result["facets"]["modality"]}
    assert modalities == {"asserted": 2}
    actors = {v["value"]: v["count"] for v in result["facets"]["actor"]}
    assert actors == {"ISR_MIL": 1, "HAMAS": 1, "YEM_HOUTHI": 1}
    countries = {v["value"]: v["count"] for v in result["facets"]["country"]}
    assert countries == {"ISR": 1, "PSE": 1, "YEM": 1}


def test_timeline_buckets_and_stacks(sample):
    t = queries.timeline(sample, EventQuery(), unit="month", stack="type")
    assert t["buckets"] == ["2024-03-01", "2024-04-01"]
    series = {s["name"]: s["counts"] for s in t["series"]}
    assert series == {"ASSAULT": [1, 0], "PROTEST": [1, 0], "CONSULT": [0, 1]}
    assert t["undated"] == 1 and t["total"] == 4
    auto = queries.timeline(sample, EventQuery(), unit="auto")
    assert auto["unit"] == "day"
    assert (auto["first"], auto["last"]) == (auto["core_first"], auto["core_last"])
    with pytest.raises(QueryError):
        queries.timeline(sample, EventQuery(), stack="1; DROP")


def test_aggregates_answer_like_the_base_tables(corpus_db):
    assert queries.ensure_aggregates(corpus_db)
    fast = queries.timeline(corpus_db, EventQuery(), unit="week", stack="modality")
    slow = queries.timeline(corpus_db, EventQuery(mode=None, min_confidence="0"), unit="week",
                            stack="modality")
    assert fast == slow and fast["total"] > 30
    f1 = queries.facets(corpus_db, EventQuery())
    f2 = queries.facets(corpus_db, EventQuery(min_confidence="0"))
    assert f1 == f2


def test_network_nodes_edges_tone_and_relations(sample):
    net = queries.network(sample, EventQuery())
    ids = {n["id"] for n in net["nodes"]}
    assert {"ISR_MIL", "HAMAS", "QAT_GOV", "IRN_GOV", "name:protesters"} <= ids
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    assert edges[("ISR_MIL", "HAMAS")]["tone"] == -1.0
    assert edges[("QAT_GOV", "HAMAS")]["tone"] > 0
    small = queries.network(sample, EventQuery(), max_nodes=2)
    assert len(small["nodes"]) == 2
    with pytest.raises(QueryError):
        queries.network(sample, EventQuery(), max_nodes=10_000)


def test_places_group_points(sample):
    result = queries.places(sample, EventQuery())
    assert {p["name"] for p in result["points"]} == {"Gaza City", "Tehran"}
    assert result["unlocated"] == 2 and result["located"] == 2


# -- documents, actors, clusters -----------------------------------------------------------


def test_document_spans_lie_in_the_text(sample):
    doc = queries.document(sample, "doc-1")
    kinds = {s["kind"] for s in doc["spans"]}
    assert {"sentence", "trigger", "attribution", "time", "mention"} <= kinds
    for s in doc["spans"]:
        assert 0 <= s["start"] < s["end"] <= len(doc["text"])
    trigger = next(s for s in doc["spans"] if s["kind"] == "trigger" and s["record"] == "e1")
    assert doc["text"][trigger["start"]:trigger["end"]] == "struck"
    with pytest.raises(NotFound):
        queries.document(sample, "nope")


def test_actor_profile(sample):
    hamas = queries.actor_profile(sample, "HAMAS")
    assert hamas["events"] == 2 and hamas["name"] == "Hamas"
    assert {(r["role"], r["type"]) for r in hamas["by_type"]} == {
        ("recipient", "ASSAULT"), ("recipient", "CONSULT")}
    assert {d["key"] for d in hamas["dyads"]} == {"ISR_MIL", "QAT_GOV"}
    idf = queries.actor_profile(sample, "ISR_MIL")
    assert any(r["predicate"] == "member_of" for r in idf["relations"])
    with pytest.raises(NotFound):
        queries.actor_profile(sample, "nobody")


def test_clusters(sample):
    result = queries.clusters(sample, EventQuery())
    assert [c["cluster_id"] for c in result["items"]] == ["c1"]
    assert queries.cluster(sample, "c1")["items"][0]["event_id"] == "e1"


def test_query_time_limit_interrupts(sample):
    import duckdb

    con = duckdb.connect()
    with pytest.raises(QueryError, match="stopped"):
        with queries.time_limit(con, 0.2):
            con.execute("SELECT count(*) FROM range(100000000000) t(i) WHERE i % 7 = 12").fetchall()


def test_corpus_database_has_realistic_events(corpus_db):
    (n,) = corpus_db.execute("SELECT count(*) FROM events").fetchone()
    assert n >= 30
    net = queries.network(corpus_db, EventQuery())
    assert net["nodes"] and net["edges"]
    assert queries.places(corpus_db, EventQuery())["points"]


# -- derived columns and count tables answer like the base tables -------------------------

COMBINATIONS = [
    {}, {"type": "ASSAULT"}, {"modality": "reported"}, {"type": "assault", "mode": "aerial"},
    {"precision": "month"}, {"type": "CONSULT", "modality": "asserted"},
    {"country": "ISR"}, {"sector": "gov"}, {"actor": "IRN"}, {"actor": "hamas"},
    {"date_from": "2024-03-01", "date_to": "2024-03-31"}, {"date_from": "2024-04-01"},
    {"type": "ASSAULT", "country": "IRQ", "date_to": "2024-06-30"},
    {"actor": "ISR_MIL", "sector": "MIL"}, {"place": "Gaza", "modality": "asserted"},
    {"min_confidence": "0.7", "type": "PROTEST"}, {"bbox": "34,29,36,34"},
]


def reference_ids(con, query: EventQuery) -> set[str]:
    """Events selected the version-1 way: the shared filters' SQL (event_actors joins,
    coalesced dates) and the sector matched in event_actors."""
    from dataclasses import fields

    from lapwing.filters import Filters

    shared = Filters(**{f.name: getattr(query, f.name) for f in fields(Filters)})
    where, params = shared.event_where("e")
    rest_where, rest_params = query.without(
        *(f.name for f in fields(Filters)), "sector").event_where("e")
    sql = f"SELECT e.event_id FROM events e WHERE {where} AND {rest_where}"
    params = [*params, *rest_params]
    if query.sector:
        sql += " AND e.event_id IN (SELECT event_id FROM event_actors WHERE upper(sector) = ?)"
        params.append(query.sector.upper())
    return {r[0] for r in con.execute(sql, params).fetchall()}


def reference_facets(con, query: EventQuery, limit: int = 20) -> dict:
    """Facets counted in Python from the base rows of the reference selection."""
    from collections import Counter

    columns = {"type": "type", "modality": "modality", "mode": "mode",
               "precision": "date_precision", "place": "location_name", "cluster": "cluster_id"}
    out = {}
    for name in queries.FACETS:
        field = {"place": "place", "precision": "precision", "cluster": "cluster"}.get(name, name)
        sub = query.without(field) if getattr(query, field) is not None else query
        ids = sorted(reference_ids(con, sub))
        counts: Counter = Counter()
        if name in columns:
            rows = con.execute(f"SELECT {columns[name]} FROM events WHERE event_id IN "
                               "(SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()
            counts.update(v for (v,) in rows if v is not None)
        elif name == "country":
            rows = con.execute("SELECT actor_countries, recipient_countries, location_country "
                               "FROM events WHERE event_id IN (SELECT unnest(?::VARCHAR[]))",
                               [ids]).fetchall()
            for a, r, c in rows:
                counts.update({x for x in [*(a or []), *(r or []), c] if x is not None})
        else:
            column = "actor_key" if name == "actor" else "upper(sector)"
            rows = con.execute(f"SELECT DISTINCT event_id, {column} FROM event_actors WHERE "
                               "event_id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()
            counts.update(v for _, v in rows if v is not None)
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        out[name] = [(v, n) for v, n in ranked]
    return {"total": len(reference_ids(con, query)), "facets": out}


def without_count_tables(monkeypatch):
    monkeypatch.setattr(queries, "aggregates_fresh", lambda con, thorough=False: False)


@pytest.mark.parametrize("params", COMBINATIONS, ids=lambda p: ",".join(p) or "none")
def test_filters_on_derived_columns_select_like_the_base_tables(corpus_db, params):
    query = EventQuery(**params)
    expected = reference_ids(corpus_db, query)
    page = queries.events_page(corpus_db, query, limit=queries.MAX_PAGE)
    total, selected = page["total"], {e["event_id"] for e in page["items"]}
    while page["next_cursor"]:  # the corpus may hold more events than one page
        page = queries.events_page(corpus_db, query, limit=queries.MAX_PAGE, cursor=page["next_cursor"])
        selected |= {e["event_id"] for e in page["items"]}
    assert selected == expected
    assert total == len(expected)


@pytest.mark.parametrize("params", COMBINATIONS, ids=lambda p: ",".join(p) or "none")
def test_count_tables_answer_like_the_base_tables(corpus_db, params, monkeypatch):
    assert queries.ensure_aggregates(corpus_db) and queries.aggregates_fresh(corpus_db)
    query = EventQuery(**params)
    fast = {
        "facets": queries.facets(corpus_db, query),
        "timeline": [queries.timeline(corpus_db, query, unit=u, stack=s)
                     for u in ("auto", "week") for s in ("type", "modality", "none")],
        "network": queries.network(corpus_db, query),
        "places": queries.places(corpus_db, query),
    }
    facets = fast["facets"]
    reference = reference_facets(corpus_db, query)
    assert facets["total"] == reference["total"]
    assert {n: [(v["value"], v["count"]) for v in values]
            for n, values in facets["facets"].items()} == reference["facets"]
    without_count_tables(monkeypatch)
    slow = {
        "facets": queries.facets(corpus_db, query),
        "timeline": [queries.timeline(corpus_db, query, unit=u, stack=s)
                     for u in ("auto", "week") for s in ("type", "modality", "none")],
        "network": queries.network(corpus_db, query),
        "places": queries.places(corpus_db, query),
    }
    assert fast == slow


def test_stale_count_tables_are_not_used(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch(sample_batch())
        store.optimize()
        assert queries.aggregates_fresh(store.con)
        batch = sample_batch("run-2")
        batch.records = [dataclasses.replace(batch.records[-1], event_id="e5")]
        store.write_batch(batch)  # one more event, count tables not rebuilt
        assert not queries.aggregates_fresh(store.con)
        assert queries.facets(store.con, EventQuery())["total"] == 5
        assert queries.timeline(store.con, EventQuery())["total"] == 5
        assert queries.places(store.con, EventQuery())["unlocated"] == 3
        assert queries.ensure_aggregates(store.con)  # rebuilds them
        assert queries.facets(store.con, EventQuery())["total"] == 5
        store.con.execute("UPDATE events SET cluster_id = 'c2' WHERE event_id = 'e2'")
        assert queries.aggregates_fresh(store.con)  # the per-request check misses it ...
        assert not queries.aggregates_fresh(store.con, thorough=True)  # ... this one does not
        assert queries.ensure_aggregates(store.con)  # as at server start: rebuilt
        clusters = queries.facets(store.con, EventQuery(), ("cluster",))["facets"]["cluster"]
        assert {v["value"] for v in clusters} == {"c1", "c2"}


def test_date_pages_fall_back_when_an_event_lies_on_the_sentinel_day(tmp_path):
    batch = sample_batch()
    far = dataclasses.replace(batch.records[-1], event_id="e9",
                              date=EventDate("9999-12-31", "9999-12-31", "9999-12-31", "day"))
    batch.records.append(far)
    with Store(tmp_path / "far.duckdb") as store:
        store.write_batch(batch)
        store.optimize()
        for order in ("asc", "desc"):
            seen, cursor = [], None
            while True:
                page = queries.events_page(store.con, EventQuery(), sort="date", order=order,
                                           limit=1, cursor=cursor)
                seen += [e["event_id"] for e in page["items"]]
                if not (cursor := page["next_cursor"]):
                    break
            # the sentinel key: undated events sort with those of the sentinel day, by id
            expected = {"asc": ["e1", "e2", "e3", "e4", "e9"],
                        "desc": ["e9", "e3", "e2", "e1", "e4"]}[order]
            assert seen == expected


def test_a_few_old_dates_do_not_set_the_timeline_unit():
    """Events of one month plus one dated 30 years back: the unit follows the month."""
    import datetime as dt

    import duckdb

    con = duckdb.connect()
    con.execute("CREATE TABLE events (day_lo DATE)")
    days = [dt.date(2024, 3, 1) + dt.timedelta(days=i % 28) for i in range(98)]
    con.executemany("INSERT INTO events VALUES (?)", [[d] for d in [*days, dt.date(1994, 2, 25), None]])
    first, last = queries._core_span(con, "events e", "count(*)", "e.day_lo", "true", [])
    assert first == dt.date(2024, 3, 1) and dt.date(2024, 3, 25) <= last <= dt.date(2024, 3, 28)
    assert queries._auto_unit(first, last) == "day"
    assert queries._auto_unit(dt.date(1994, 2, 25), last) == "year"  # what the full span would pick
