"""Every export format, parsed back with the tool an analyst would use, with data and empty."""

import csv
import io
import json
import xml.etree.ElementTree as ET

import pyarrow.parquet as pq
import pytest
from builders import TEXT_1, all_records, documents, sample_batch

from lapwing.export import CSV_COLUMNS, GEXF_NAMESPACE, export
from lapwing.filters import Filters
from lapwing.records import ActorRef, Event, Span
from lapwing.store import Batch, Store

NS = {"g": GEXF_NAMESPACE}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("export") / "e.duckdb") as s:
        s.write_batch(sample_batch())
        yield s


@pytest.fixture(scope="module")
def empty(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("empty") / "empty.duckdb") as s:
        yield s


def exported(store: Store, fmt: str, filters: Filters | None = None) -> str:
    out = io.StringIO()
    export(store, fmt, out, filters)
    return out.getvalue()


def test_jsonl_is_the_record_stream_exactly(store):
    lines = exported(store, "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == all_records(sample_batch())


def test_jsonl_with_event_filters_keeps_matching_events_and_their_documents(store):
    text = exported(store, "jsonl", Filters(actor="Iranian government"))
    records = [json.loads(line) for line in text.splitlines()]
    assert [r["doc_id"] for r in records if r["kind"] == "document"] == ["doc-1"]
    assert [r["event_id"] for r in records if r["kind"] == "event"] == ["e2"]  # not e1
    assert {r["kind"] for r in records} == {"document", "mention", "timex", "event", "relation"}


def test_jsonl_to_a_binary_stream_and_a_path(store, tmp_path):
    binary = io.BytesIO()
    counts = export(store, "jsonl", binary)
    assert counts == {"document": 3, "mention": 2, "timex": 2, "event": 4, "relation": 2}
    path = tmp_path / "out.jsonl"
    export(store, "jsonl", path)
    assert path.read_bytes() == binary.getvalue()


def read_csv(text: str) -> tuple[list[str], list[dict]]:
    reader = csv.DictReader(io.StringIO(text))
    return reader.fieldnames, list(reader)


def test_csv_has_one_row_per_event_with_polecat_columns(store):
    header, rows = read_csv(exported(store, "csv"))
    assert header == list(CSV_COLUMNS)
    assert [r["event_id"] for r in rows] == ["e1", "e2", "e3", "e4"]  # by date, undated last
    e1, e2 = rows[0], rows[1]
    # the sentence span of e1 carries no text: it is cut from the document
    assert e1["sentence"] == "Israeli forces struck Gaza City on Friday, killing 12 people, officials said."
    assert e1["sentence"] in TEXT_1 and e1["trigger"] == "struck"
    assert (e1["story_date"], e1["source"], e1["url"]) == (
        "2024-03-02", "Example Wire", "https://example.org/1")
    assert (e1["source_actor"], e1["source_actor_id"], e1["target_actor"]) == (
        "Israel Defense Forces", "ISR_MIL", "Hamas")
    assert (e1["latitude"], e1["longitude"], e1["geonameid"]) == ("31.5", "34.47", "281133")
    assert (e1["dead"], e1["injured"], e1["attribution_speaker"], e1["attribution_cue"]) == (
        "12", "", "officials", "said")
    assert e1["contexts"] == "military;urban"
    assert (e1["event_type"], e1["mode"], e1["cameo_root"]) == ("ASSAULT", "aerial", "19")
    assert e2["cameo_root"] == "14"  # PROTEST
    assert (e2["event_date"], e2["date_start"], e2["date_end"], e2["date_precision"]) == (
        "2024-03", "2024-03-01", "2024-03-31", "month")
    assert (e2["source_actor"], e2["source_actor_id"]) == ("Protesters", "")


def test_geojson_properties_carry_the_cameo_root(store):
    features = json.loads(exported(store, "geojson"))["features"]
    assert features and all(f["properties"]["cameo_root"] == "19" for f in features
                            if f["properties"]["event_type"] == "ASSAULT"
                            and f["properties"]["mode"] in (None, "aerial"))
    assert all(len(f["properties"]["cameo_root"]) == 2 for f in features)


def test_csv_lists_stay_aligned_and_are_semicolon_joined(tmp_path):
    doc = documents()[1]
    actors = [ActorRef("Qatar", actor_id="QAT_GOV", country="QAT"), ActorRef("Egypt", country="EGY")]
    event = Event(doc.doc_id, "multi", "COERCE", Span(0, 5), Span(0, 10), actors=actors)
    with Store(tmp_path / "m.duckdb") as s:
        s.write_batch(Batch("r", documents=[doc], records=[event]))
        _, rows = read_csv(exported(s, "csv"))
    assert (rows[0]["source_actor"], rows[0]["source_actor_id"], rows[0]["source_country"]) == (
        "Qatar;Egypt", "QAT_GOV;", "QAT;EGY")
    assert (rows[0]["trigger"], rows[0]["sentence"]) == ("Qatar", "Qatar host")  # cut from the text


def test_csv_filters_apply(store):
    _, rows = read_csv(exported(store, "csv", Filters(type="assault", country="YEM")))
    assert [r["event_id"] for r in rows] == ["e4"]


def test_parquet_writes_one_flat_file_per_kind(store, tmp_path):
    counts = export(store, "parquet", tmp_path / "pq")
    assert counts == {"document": 3, "mention": 2, "timex": 2, "event": 4, "relation": 2}
    events = pq.read_table(tmp_path / "pq" / "events.parquet")
    assert events.num_rows == 4
    columns = set(events.column_names)
    assert {"event_id", "doc_id", "type", "date_start", "lat", "actor_names", "record"} <= columns
    assert "seq" not in events.column_names
    assert events.column("actor_names").to_pylist()[0] == ["Israel Defense Forces"]
    mentions = pq.read_table(tmp_path / "pq" / "mentions.parquet")
    assert "record_key" not in mentions.column_names and mentions.num_rows == 2
    docs = pq.read_table(tmp_path / "pq" / "documents.parquet")
    assert docs.column("doc_id").to_pylist() == ["doc-1", "doc-2", "doc-3"]


def test_parquet_files_follow_the_filters(store, tmp_path):
    counts = export(store, "parquet", tmp_path / "pq", Filters(actor="Hamas"))
    assert counts == {"document": 2, "mention": 2, "timex": 2, "event": 2, "relation": 2}
    events = pq.read_table(tmp_path / "pq" / "events.parquet")
    assert events.column("event_id").to_pylist() == ["e1", "e3"]


def test_parquet_needs_a_directory_not_a_stream(store):
    with pytest.raises(ValueError, match="directory"):
        export(store, "parquet", io.BytesIO())


def test_geojson_holds_located_events_as_points(store):
    collection = json.loads(exported(store, "geojson"))
    assert collection["type"] == "FeatureCollection"
    features = {f["id"]: f for f in collection["features"]}
    assert sorted(features) == ["e1", "e2"]  # e3 has no place, e4's place has no coordinates
    assert features["e1"]["geometry"] == {"type": "Point", "coordinates": [34.47, 31.5]}
    assert set(features["e1"]["properties"]) == set(CSV_COLUMNS)
    assert features["e2"]["properties"]["location"] == "Tehran"


def gexf(text: str) -> ET.Element:
    root = ET.fromstring(text.encode())
    assert root.tag == f"{{{GEXF_NAMESPACE}}}gexf" and root.get("version") == "1.3"
    return root


def type_counts(root: ET.Element, edge: ET.Element) -> dict[str, str]:
    """An edge's per-type event counts, keyed by the titles its attributes declare."""
    declared = root.iterfind(".//g:attributes[@class='edge']/g:attribute", NS)
    titles = {a.get("id"): a.get("title") for a in declared}
    return {titles[v.get("for")]: v.get("value") for v in edge.iterfind("g:attvalues/g:attvalue", NS)}


def test_gexf_is_the_actor_network(store):
    root = gexf(exported(store, "gexf"))
    nodes = {n.get("id"): n for n in root.iterfind(".//g:nodes/g:node", NS)}
    assert sorted(nodes) == ["HAMAS", "IRN_GOV", "ISR_MIL", "QAT_GOV", "YEM_HOUTHI", "name:protesters"]
    assert nodes["ISR_MIL"].get("label") == "Israel Defense Forces"
    country = nodes["ISR_MIL"].find("g:attvalues/g:attvalue[@for='country']", NS)
    assert country.get("value") == "ISR"
    edges = {(e.get("source"), e.get("target")): e for e in root.iterfind(".//g:edges/g:edge", NS)}
    assert sorted(edges) == [("ISR_MIL", "HAMAS"), ("QAT_GOV", "HAMAS"), ("name:protesters", "IRN_GOV")]
    edge = edges[("ISR_MIL", "HAMAS")]
    assert edge.get("weight") == "1" and type_counts(root, edge) == {"ASSAULT": "1"}


def test_gexf_escapes_names_and_drops_characters_xml_cannot_hold(tmp_path):
    doc = documents()[1]
    odd = ActorRef('"Brigades" <of> A&B\x01', actor_id="X&<Y>")
    event = Event(doc.doc_id, "odd", "ASSAULT", Span(0, 5), Span(0, 10), actors=[odd], recipients=[odd])
    with Store(tmp_path / "x.duckdb") as s:
        s.write_batch(Batch("r", documents=[doc], records=[event]))
        root = gexf(exported(s, "gexf"))
    (node,) = root.iterfind(".//g:node", NS)
    assert (node.get("id"), node.get("label")) == ("X&<Y>", '"Brigades" <of> A&B')
    (edge,) = root.iterfind(".//g:edge", NS)
    assert edge.get("source") == edge.get("target") == "X&<Y>"


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson", "gexf"])
def test_every_format_is_valid_with_nothing_to_export(store, empty, fmt):
    for source, filters in ((empty, None), (store, Filters(actor="nobody"))):
        text = exported(source, fmt, filters)
        if fmt == "jsonl":
            assert text == ""
        elif fmt == "csv":
            assert read_csv(text) == (list(CSV_COLUMNS), [])
        elif fmt == "geojson":
            assert json.loads(text) == {"type": "FeatureCollection", "features": []}
        else:
            root = gexf(text)
            assert root.find(".//g:nodes", NS) is not None and root.find(".//g:node", NS) is None


def test_empty_parquet_files_are_readable(empty, tmp_path):
    assert export(empty, "parquet", tmp_path / "pq") == {
        "document": 0, "mention": 0, "timex": 0, "event": 0, "relation": 0}
    table = pq.read_table(tmp_path / "pq" / "events.parquet")
    assert table.num_rows == 0 and "event_id" in table.column_names


def test_unknown_format_is_a_clear_error(store):
    with pytest.raises(ValueError, match="jsonl, csv, parquet, geojson, gexf"):
        export(store, "xlsx", io.StringIO())


def test_gexf_edge_weight_counts_events_of_every_type(tmp_path):
    doc = documents()[1]
    qatar, hamas = ActorRef("Qatar", actor_id="QAT_GOV"), ActorRef("Hamas", actor_id="HAMAS")
    events = [
        Event(doc.doc_id, f"ev{i}", kind, Span(0, 5), Span(0, 10), actors=[qatar], recipients=[hamas])
        for i, kind in enumerate(["CONSULT", "CONSULT", "AID"])
    ]
    with Store(tmp_path / "w.duckdb") as s:
        s.write_batch(Batch("r", documents=[doc], records=events))
        root = gexf(exported(s, "gexf"))
    (edge,) = root.iterfind(".//g:edge", NS)
    assert edge.get("weight") == "3" and type_counts(root, edge) == {"AID": "1", "CONSULT": "2"}
