import pytest

from lapwing.records import (
    ActorRef, Attribution, Document, Event, EventDate, Interval, Mention, Place, Relation,
    Size, Span, Timex, Zone, record_from_dict,
)


def _event() -> Event:
    iran = ActorRef("Iran", 0, 4, "IRN", "Iran", "IRN", "GOV", "state", "alias")
    return Event(
        doc_id="d1", event_id="e1", type="THREATEN", trigger=Span(10, 20, "vowed"),
        sentence=Span(0, 60), modality="intended", mode=None, contexts=["military"],
        actors=[iran], recipients=[ActorRef("Israel", 30, 36, country="ISR")],
        date=EventDate("2024-04-04", "2024-04-04", "2024-04-04", "day", "explicit"),
        location=Place("Tehran", 40, 46, "Tehran", 112931, 35.69, 51.42, "IRN", "city", "city"),
        attribution=Attribution(ActorRef("IRNA", country="IRN", sector="JRN"), "said", 50, 54),
        size=Size(dead=4), confidence=0.8,
    )


@pytest.mark.parametrize("record", [
    Document(doc_id="d1", input_id="a.txt", text="Body.", zones=[Zone(0, 5, "body")]),
    Mention("d1", 0, 4, "Iran", "GPE", actor=ActorRef("Iran", 0, 4, "IRN")),
    Timex("d1", 5, 15, "last March", "DATE", "2023-03", Interval("2023-03-01", "2023-03-31")),
    _event(),
    Relation("d1", ActorRef("Iran"), "backs", ActorRef("Hezbollah", actor_id="HEZ"), Span(0, 9)),
    Relation("d1", ActorRef("Hamas"), "controls", Place("Gaza", geonameid=281133, lat=31.5), Span(0, 4)),
])
def test_every_record_round_trips_through_its_json_form(record):
    data = record.to_dict()
    assert data["kind"] == record.kind
    assert record_from_dict(data) == record


def test_relation_object_is_rebuilt_as_the_right_class():
    actor_rel = Relation("d", ActorRef("X"), "backs", ActorRef("Y", actor_id="Y1", sector="REB"), Span(0, 1))
    place_rel = Relation("d", ActorRef("X"), "based_in", Place("Erbil", geonameid=95446, lat=36.2), Span(0, 1))
    assert isinstance(record_from_dict(actor_rel.to_dict()).object, ActorRef)
    assert isinstance(record_from_dict(place_rel.to_dict()).object, Place)


def test_unknown_keys_from_newer_writers_are_ignored():
    data = Document(doc_id="d", input_id="i", text="t").to_dict() | {"future_field": 1}
    assert record_from_dict(data).doc_id == "d"


def test_unknown_kind_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown record kind"):
        record_from_dict({"kind": "gossip"})


def test_coded_spans_exclude_captions_and_trailers():
    text = "Title\nBody one.\nPhoto: smoke (AFP)\nRead more at x"
    doc = Document(doc_id="d", input_id="i", text=text, zones=[
        Zone(0, 5, "title"), Zone(6, 15, "body"), Zone(16, 34, "caption"), Zone(35, 49, "trailer"),
    ])
    assert [text[s:e] for s, e in doc.coded_spans()] == ["Body one."]
    assert Document(doc_id="d", input_id="i", text=text).coded_spans() == [(0, len(text))]


def test_contract_field_names_are_present():
    doc = Document(doc_id="d", input_id="i", text="t").to_dict()
    assert {"doc_id", "input_id", "title", "source", "url", "published", "text", "duplicate_of"} <= doc.keys()
    event = _event().to_dict()
    assert {"doc_id", "event_id", "type", "mode", "contexts", "actors", "recipients", "trigger",
            "sentence", "date", "location", "modality", "attribution", "size", "confidence",
            "cluster_id"} <= event.keys()
    assert {"value", "start", "end", "precision", "basis"} <= event["date"].keys()
    assert {"text", "start", "end", "actor_id", "name", "country", "sector", "type"} <= event["actors"][0].keys()
    assert {"text", "start", "end", "name", "geonameid", "lat", "lon", "country", "feature",
            "precision"} <= event["location"].keys()


def test_from_json_converts_by_hint():
    from lapwing.records import _from_json

    assert _from_json(list[Span], [{"start": 0, "end": 1}, None]) == [Span(0, 1), None]
    assert _from_json(Span | None, None) is None
    assert _from_json(list[int], None) is None
    assert _from_json(int, 3) == 3
    gaza = {"text": "Gaza", "geonameid": 1, "lat": 31.5}
    assert _from_json(ActorRef | Place, gaza) == Place("Gaza", geonameid=1, lat=31.5)
    assert _from_json(ActorRef | Place, {"text": "Iran"}) == ActorRef("Iran")
