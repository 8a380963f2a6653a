"""NER with gazetteer help (lapwing/nlp/gazetteer_ner.py), on sentences written for these tests."""

import pytest

from lapwing.nlp import gazetteer_ner
from lapwing.nlp.pipeline import load_pipeline

spacy = pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def helper() -> gazetteer_ner.GazetteerNER:
    return gazetteer_ner.GazetteerNER()


def test_names_from_the_kb_and_gazetteer_with_person_titles_dropped(helper):
    text = "President Joe Biden said Hezbollah fired rockets at Kiryat Shmona, and gunmen fled."
    names = {text[s:e]: label for s, e, label in helper.names(text)}
    assert names["Joe Biden"] == "PER"  # the title is not part of the name
    assert names["Hezbollah"] == "ORG" and names["Kiryat Shmona"] == "LOC"
    assert "gunmen" not in names  # a common noun the KB knows is not a name


def test_merge_policies():
    doc = spacy.blank("en")("Officials in Erbil met Barzani aides")
    model = [doc.char_span(13, 18, label="ORG")]  # the model's wrong label for Erbil
    known = [doc.char_span(13, 18, label="LOC"), doc.char_span(23, 30, label="PER")]
    added = gazetteer_ner.merge_entities(model, known, "add")
    assert [(e.text, e.label_) for e in added] == [("Erbil", "ORG"), ("Barzani", "PER")]
    overridden = gazetteer_ner.merge_entities(model, known, "override")
    assert [(e.text, e.label_) for e in overridden] == [("Erbil", "LOC"), ("Barzani", "PER")]
    with pytest.raises(ValueError, match="policy"):
        gazetteer_ner.GazetteerNER("replace")


def test_pipeline_switch_adds_the_component_and_keeps_the_bare_model_apart():
    bare = load_pipeline()
    helped = load_pipeline(gazetteer="add")
    assert gazetteer_ner.COMPONENT in helped.pipe_names and gazetteer_ner.COMPONENT not in bare.pipe_names
    text = "Drones hit Tal Afar and Sinjar overnight."
    found, helped_found = ({(e.text, e.label_) for e in nlp(text).ents} for nlp in (bare, helped))
    assert ("Tal Afar", "LOC") in helped_found - found  # a name the small model missed
    assert found <= helped_found  # policy "add": the model's own entities stay


def test_relabel_policy_fixes_a_label_on_the_same_span():
    doc = spacy.blank("en")("Rockets struck Kiryat Shmona today")
    model = [doc.char_span(15, 28, label="PER")]
    known = [doc.char_span(15, 28, label="LOC")]
    assert [e.label_ for e in gazetteer_ner.merge_entities(model, known, "relabel")] == ["LOC"]
    assert [e.label_ for e in gazetteer_ner.merge_entities(model, known, "add")] == ["PER"]
