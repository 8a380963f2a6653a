import json
from pathlib import Path

import jsonschema
import pytest

from lapwing.records import SCHEMA_VERSION, Document, Span, Event, ActorRef
from lapwing.schema import json_schema

DOCS_SCHEMA = Path(__file__).resolve().parent.parent / "docs" / "schema.json"


def test_published_schema_matches_the_code():
    """docs/schema.json must be regenerated (`make schema`) whenever records.py changes."""
    assert json.loads(DOCS_SCHEMA.read_text()) == json_schema()


def test_schema_carries_its_version():
    assert json_schema()["schema_version"] == SCHEMA_VERSION


def test_valid_records_pass_and_bad_ones_fail():
    schema = json_schema()
    event = Event(doc_id="d", event_id="e", type="ASSAULT", trigger=Span(0, 4), sentence=Span(0, 9),
                  actors=[ActorRef("IDF", country="ISR", sector="MIL", type="military")])
    jsonschema.validate(event.to_dict(), schema)
    jsonschema.validate(Document(doc_id="d", input_id="i", text="x").to_dict(), schema)
    bad = event.to_dict() | {"modality": "certain"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
    missing = Document(doc_id="d", input_id="i", text="x").to_dict()
    del missing["published"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(missing, schema)
