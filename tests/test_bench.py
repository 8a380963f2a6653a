import io
import json

from rich.console import Console

from lapwing import bench
from lapwing.settings import Settings


def _tiny(**overrides):
    settings = Settings()
    settings.pipeline.stages = ["time"]
    options = dict(docs=6, words=40, settings=settings, max_workers=2, engines=("local", "ray"),
                   chunk_size=2, batch_size=4, repeat=1, profile_top=5)
    return bench.run_bench(**{**options, **overrides})


def test_bench_measures_floors_stages_end_to_end_and_scaling(tmp_path, monkeypatch):
    # Ray itself is measured in tests/test_ray_runner.py; here it is "not installed"
    monkeypatch.setattr(bench, "ray_available", lambda: False)
    result = _tiny()
    assert {"lapwing_version", "created", "machine", "corpus", "settings", "floors", "stages",
            "end_to_end", "scaling", "skipped", "hotspots", "parent_peak_rss_mb"} <= result.keys()
    corpus = result["corpus"]
    assert corpus["source"] == "synthetic" and corpus["documents"] == 6
    assert corpus["sentences"] >= 6 and corpus["words"] >= 6 * 40
    rate_keys = {"seconds", "docs_per_s", "sentences_per_s", "words_per_s"}
    floors = [f["name"] for f in result["floors"]]
    assert floors[:2] == ["regex tokenisation", "sentence splitting"]
    assert all(rate_keys <= f.keys() for f in result["floors"])
    assert [s["name"] for s in result["stages"]] == ["time"]
    for row in [*result["stages"], result["end_to_end"]]:
        assert rate_keys | {"build_seconds", "x_floor"} <= row.keys()
        assert set(row["x_floor"]) == set(floors)
    assert result["end_to_end"]["records"] >= 6  # a document record each, at least
    scaling = result["scaling"]
    assert [(r["engine"], r["workers"]) for r in scaling] == [("local", 1), ("local", 2)]
    for row in scaling:
        assert rate_keys | {"speedup", "efficiency", "startup_seconds", "peak_rss_mb_max"} <= row.keys()
        assert len(row["peak_rss_mb_per_worker"]) == row["workers"]
        assert row["records"] == result["end_to_end"]["records"]
    assert scaling[0]["speedup"] == 1.0
    assert result["skipped"] and result["skipped"][0]["engine"] == "ray"
    assert 0 < len(result["hotspots"]) <= 5 and "function" in result["hotspots"][0]

    out = io.StringIO()
    bench.render_bench(result, Console(file=out, width=220))
    text = out.getvalue()
    assert "x sentence splitting" in text and "stage: time" in text and "efficiency" in text
    assert "lapwing[ray]" in text
    bench.save_json(result, tmp_path / "bench.json")
    assert json.loads((tmp_path / "bench.json").read_text())["corpus"]["documents"] == 6


def test_bench_reads_given_paths_and_uses_spacy_when_installed(tmp_path, monkeypatch):
    corpus = tmp_path / "in.jsonl"
    lines = [{"id": str(i), "text": f"Officials met in Baghdad on Monday. Talks went on {i}."} for i in range(5)]
    corpus.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")

    class FakeTokenizer:
        def pipe(self, texts, batch_size=1):
            return [t.split() for t in texts]

    monkeypatch.setattr(bench, "spacy_tokenizer", lambda: FakeTokenizer())
    result = _tiny(paths=[str(corpus)], docs=3, max_workers=1, engines=("local",), profile_top=0)
    assert result["corpus"]["source"] == [str(corpus)] and result["corpus"]["documents"] == 3
    assert [f["name"] for f in result["floors"]][-1] == "spaCy tokenisation"
    assert result["hotspots"] == [] and result["skipped"] == []
    assert [r["workers"] for r in result["scaling"]] == [1]


def test_synthetic_corpus_is_repeatable_and_news_like():
    first, again = bench.synthetic_corpus(3, 50), bench.synthetic_corpus(3, 50)
    assert first == again and len({d["doc_id"] for d in first}) == 3
    assert all(len(d["text"].split()) >= 50 and d["published"] for d in first)


def test_worker_counts():
    assert bench.worker_counts(1) == [1]
    assert bench.worker_counts(3) == [1, 2, 3]
    assert bench.worker_counts(12) == [1, 2, 4, 8, 12]


def test_bench_times_a_spacy_pipeline_as_a_reference_when_asked():
    result = _tiny(docs=3, max_workers=1, engines=(), profile_top=0, reference_model="en_lapwing")
    (reference,) = result["references"]
    assert reference["name"].startswith("spaCy pipeline en_lapwing (") and "parser" in reference["name"]
    assert reference["words_per_s"] > 0 and reference["build_seconds"] > 0
    assert set(reference["x_floor"]) == {f["name"] for f in result["floors"]}
    out = io.StringIO()
    bench.render_bench(result, Console(file=out, width=220))
    assert "reference: spaCy pipeline en_lapwing" in out.getvalue()
    assert _tiny(docs=2, max_workers=1, engines=(), profile_top=0)["references"] == []
