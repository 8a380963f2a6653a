"""The bundled sample corpus reads as documented in examples/README.md (the demo relies on it)."""

import io
import json
from pathlib import Path

import pytest

from lapwing import ingest
from lapwing.settings import Settings

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"


@pytest.fixture(scope="module")
def documents() -> dict[str, dict]:
    settings = Settings()
    settings.pipeline.stages = []  # reading only
    out = io.StringIO()
    report = ingest.run([str(CORPUS)], ingest.JsonlSink(out), settings, "corpus-test")
    assert not report.log.problems, [str(p) for p in report.log.problems]
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    return {d["input_id"]: d for d in lines if d["kind"] == "document"}


def _named(documents, suffix):
    (match,) = [d for key, d in documents.items() if key.endswith(suffix)]
    return match


def test_every_format_contributes_and_the_corpus_is_large_enough(documents):
    origins = [d["origin"] for d in documents.values()]
    for marker in (".txt", ".jsonl", ".csv", ".html", ".rss", ".atom", ".warc"):
        assert any(marker in o for o in origins), marker
    assert len(documents) >= 40


def test_digest_splits_into_four_dated_titled_articles(documents):
    parts = [documents[f"{CORPUS}/txt/multi_article_digest.txt#{i}"] for i in range(1, 5)]
    assert all(p["title"] and p["published"] for p in parts)
    for part in parts:
        assert not part["text"].startswith("date "), "the date token must be removed"
        kinds = {z["kind"] for z in part["zones"]}
        assert "trailer" in kinds and "title" in kinds


def test_undated_inputs_stay_undated(documents):
    for suffix in ("undated_gaza_aid_convoys.txt", "undated_sinjar_turkish_drone.txt",
                   "explainer_iraq_pmf_factions.html"):
        assert _named(documents, suffix)["published"] is None


def test_the_documented_syndicated_pairs_are_marked_as_near_duplicates(documents):
    copies = {d["input_id"]: d["duplicate_of"] for d in documents.values() if d["duplicate_of"]}
    assert len(copies) == 3
    by_id = {d["doc_id"]: d for d in documents.values()}
    originals = {by_id[target]["input_id"] for target in copies.values()}
    assert any("kurdistan_oilfield_drones_afp" in o for o in originals)
