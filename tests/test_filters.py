"""Filters: validation, and the SQL they produce run against the sample events of test_store.

e1 ASSAULT 2024-03-01 IDF -> Hamas at Gaza City (PSE), asserted
e2 PROTEST 2024-03 (whole month) Protesters (unresolved) -> Iranian government, Tehran, reported
e3 CONSULT 2024-04-10 Qatar -> Hamas, no location, alleged
e4 ASSAULT undated, Houthis, Red Sea
"""

import pytest
from builders import sample_batch

from lapwing.filters import Filters
from lapwing.store import Store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("filters") / "f.duckdb") as s:
        s.write_batch(sample_batch())
        s.optimize()
        yield s


def event_ids(store: Store, **criteria) -> list[str]:
    return sorted(e.event_id for e in store.iter_records("event", Filters(**criteria)))


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        ({}, ["e1", "e2", "e3", "e4"]),
        ({"date_from": "2024-03-15", "date_to": "2024-03-20"}, ["e2"]),  # inside e2's month
        ({"date_from": "2024-03-01", "date_to": "2024-03-01"}, ["e1", "e2"]),  # bounds included
        ({"date_from": "2024-04-01"}, ["e3"]),  # undated e4 is left out
        ({"date_to": "2024-02-29"}, []),
        ({"actor": "HAMAS"}, ["e1", "e3"]),  # id, as recipient
        ({"actor": "hamas"}, ["e1", "e3"]),  # name, any case
        ({"actor": "israel defense forces"}, ["e1"]),
        ({"actor": "Protesters"}, ["e2"]),  # unresolved actor, by its text
        ({"actor": "isr_mil"}, []),  # ids are exact
        ({"actor": "Hamas", "date_to": "2024-03-31"}, ["e1"]),
        ({"type": "assault"}, ["e1", "e4"]),
        ({"country": "irn"}, ["e2"]),  # recipient and location
        ({"country": "PSE"}, ["e1", "e3"]),  # location of e1, recipient of e3
        ({"country": "YEM"}, ["e4"]),  # actor
        ({"modality": "Reported"}, ["e2"]),
        ({"doc_id": "doc-1", "type": "PROTEST"}, ["e2"]),
        ({"actor": "", "type": " "}, ["e1", "e2", "e3", "e4"]),  # blank means no filter
    ],
)
def test_event_filters_select_the_right_events(store, criteria, expected):
    assert event_ids(store, **criteria) == expected


@pytest.mark.parametrize(
    "criteria",
    [
        {"actor": "x' OR '1'='1"},
        {"actor": "Hamas' --"},
        {"type": "ASSAULT' OR 1=1 --"},
        {"doc_id": "doc-1'; DROP TABLE events; --"},
    ],
)
def test_injection_looking_values_are_plain_data(store, criteria):
    assert event_ids(store, **criteria) == []
    assert len(event_ids(store)) == 4  # and nothing was dropped


def test_documents_are_selected_by_published_date_or_through_their_events(store):
    def doc_ids(through_events, **criteria):
        selected = store.iter_documents(Filters(**criteria), through_events=through_events)
        return [d.doc_id for d in selected]

    # doc-1 was published on 2024-03-02 but reports an event of 2024-03-01
    assert doc_ids(False, date_from="2024-03-02", date_to="2024-03-31") == ["doc-1"]
    assert doc_ids(False, date_to="2024-03-01") == []
    assert doc_ids(True, date_to="2024-03-01") == ["doc-1"]
    assert doc_ids(None, actor="Hamas") == ["doc-1", "doc-2"]
    assert doc_ids(None) == ["doc-1", "doc-2", "doc-3"]


def test_other_records_follow_the_documents_the_filters_select(store):
    mentions = store.iter_records("mention", Filters(actor="Qatar"))
    assert {m.doc_id for m in mentions} == set()  # doc-2 has timexes and relations, no mentions
    assert {t.doc_id for t in store.iter_records("timex", Filters(actor="Qatar"))} == {"doc-2"}
    assert {t.doc_id for t in store.iter_records("timex", doc_ids=["doc-1"])} == {"doc-1"}


@pytest.mark.parametrize(
    ("criteria", "message"),
    [
        ({"date_from": "2024-13-01"}, "YYYY-MM-DD"),
        ({"date_to": "01/03/2024"}, "YYYY-MM-DD"),
        ({"date_from": "2024-3-1"}, "YYYY-MM-DD"),
        ({"date_from": "2024-03-02", "date_to": "2024-03-01"}, "empty"),
        ({"country": "IR"}, "three letters"),
        ({"country": "I1N"}, "three letters"),
        ({"modality": "maybe"}, "asserted"),
        ({"actor": 42}, "text"),
    ],
)
def test_bad_values_are_rejected_with_what_to_type(criteria, message):
    with pytest.raises(ValueError, match=message):
        Filters(**criteria)


def test_values_are_normalised_and_sql_only_holds_placeholders():
    filters = Filters(date_from="2024-01-01", actor=" Hamas ", country="irn", type="assault")
    assert (filters.actor, filters.country) == ("Hamas", "IRN")
    sql, params = filters.event_where("e")
    assert "Hamas" not in sql and "IRN" not in sql and "2024" not in sql
    assert sql.count("?") == len(params)
    assert Filters().event_where() == ("TRUE", [])
    assert not Filters(doc_id="d").selects_events and Filters(type="X").selects_events
    with pytest.raises(ValueError, match="alias"):
        Filters().event_where("e; DROP TABLE events")
