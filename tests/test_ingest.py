"""Bad input is reported and loses nothing; an interrupted ingest resumes without duplicates."""

import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest

from lapwing import ingest
from lapwing.problems import EXIT_PARTIAL
from lapwing.settings import Settings
from lapwing.store import Store

WORDS = ("militia rocket base Erbil Baghdad drone strike ministry talks ceasefire border convoy "
         "sanctions envoy statement officials forces airport province village commander").split()


def _prose(rng: random.Random, words: int) -> str:
    sentences, count = [], 0
    while count < words:
        n = rng.randint(8, 20)
        sentences.append(" ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + ".")
        count += n
    return " ".join(sentences)


@pytest.fixture
def bad_corpus(tmp_path):
    """A corpus with every kind of bad input the foundation issue names, plus good files."""
    rng = random.Random(7)
    root = tmp_path / "bad"
    root.mkdir()
    (root / "good.txt").write_text("date 2024-03-01 " + _prose(rng, 120), encoding="utf-8")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (root / "latin1.txt").write_bytes("date 2024-03-02 Le café de Beyrouth a rouvert après les frappes.".encode("latin-1"))
    (root / "empty.txt").write_bytes(b"")
    paragraphs = []
    size = 0
    while size < 50 * 1024 * 1024:
        paragraph = _prose(rng, 400)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    (root / "huge.txt").write_text("\n\n".join(paragraphs), encoding="utf-8")
    lines = [
        json.dumps({"id": "ok-1", "text": _prose(rng, 60), "date": "2024-03-03"}),
        '{"id": "broken-1", "text": "unterminated',
        json.dumps({"id": "ok-2", "text": _prose(rng, 60), "date": "2024-31-12"}),
        "[1, 2, 3]",
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "ok-3", "text": _prose(rng, 60)}),
    ]
    (root / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def test_bad_input_is_reported_and_the_rest_is_stored(bad_corpus, tmp_path):
    """Reading and storing only: extraction stages are off (their speed is benchmarked)."""
    db = tmp_path / "bad.duckdb"
    config = tmp_path / "no-stages.toml"
    config.write_text("[pipeline]\nstages = []\n")
    result = subprocess.run(
        [sys.executable, "-m", "lapwing", "ingest", str(bad_corpus), "--db", str(db), "--json",
         "--config", str(config)],
        capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == EXIT_PARTIAL, result.stderr
    report = json.loads(result.stdout)
    by_file: dict[str, list[dict]] = {}
    for problem in report["problems"]:
        by_file.setdefault(os.path.basename(problem["origin"].split(":")[0]), []).append(problem)
    assert by_file["binary.txt"][0]["severity"] == "error"
    assert by_file["latin1.txt"][0]["severity"] == "warning"
    assert by_file["empty.txt"][0]["severity"] == "warning"
    assert any("part" in p["reason"] for p in by_file["huge.txt"])
    jsonl_problems = {(p["line"], p["severity"]) for p in by_file["records.jsonl"]}
    assert {(2, "error"), (3, "warning"), (4, "error"), (5, "error")} <= jsonl_problems
    with Store(db, read_only=True) as store:
        stats = store.stats()
        documents = {d.input_id: d for d in store.iter_documents(None)}
    assert "ok-1" in documents and "ok-3" in documents
    assert documents["ok-2"].published is None  # unparseable date dropped, document kept
    assert "café" in next(d.text for d in documents.values() if d.input_id.endswith("latin1.txt"))
    huge_parts = [d for d in documents.values() if "huge.txt#part" in d.input_id]
    assert len(huge_parts) >= 50
    assert sum(len(d.text) for d in huge_parts) >= 50 * 1024 * 1024 - 2 * len(huge_parts)
    assert stats["documents"] == len(documents)


def _generated_corpus(root, files: int, per_file: int):
    rng = random.Random(11)
    root.mkdir()
    for f in range(files):
        rows = [{"id": f"f{f}-{i}", "text": _prose(rng, 80), "date": "2024-04-01"} for i in range(per_file)]
        (root / f"part{f:03}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return files * per_file


def test_kill_9_mid_ingest_leaves_a_consistent_database_and_rerun_finishes(tmp_path):
    total = _generated_corpus(tmp_path / "corpus", files=40, per_file=50)
    db = tmp_path / "kill.duckdb"
    command = [sys.executable, "-m", "lapwing", "ingest", str(tmp_path / "corpus"), "--db", str(db),
               "--batch-size", "25", "-v", "-q"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    committed = 0
    deadline = time.monotonic() + 300
    while committed < 5 and time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line:
            break
        committed += line.startswith("committed batch")
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert committed >= 5, "ingest finished or failed before it could be interrupted"

    with Store(db, read_only=True) as store:
        partial = store.stats()["documents"]
        inputs = store.con.execute("SELECT count(*), count(DISTINCT input_id) FROM document_inputs").fetchone()
    assert 0 < partial < total
    assert inputs[0] == inputs[1]  # no input recorded twice, every document with its input

    rerun = subprocess.run(command[:-2] + ["--json"], capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    with Store(db, read_only=True) as store:
        assert store.stats()["documents"] == total
        count, distinct = store.con.execute("SELECT count(*), count(DISTINCT doc_id) FROM documents").fetchone()
    assert count == distinct == total


def test_run_reports_batches_and_near_duplicates(tmp_path):
    rng = random.Random(3)
    story = _prose(rng, 200)
    rows = [
        {"id": "orig", "text": story},
        {"id": "copy", "text": story.replace(".", " today.", 1)},
        {"id": "other", "text": _prose(rng, 200)},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    settings = Settings()
    settings.ingest.batch_size = 2
    with Store(tmp_path / "n.duckdb") as store:
        report = ingest.run([str(path)], ingest.StoreSink(store), settings, store.start_run("test", {}))
        docs = {d.input_id: d for d in store.iter_documents(None)}
    assert report.documents_new == 3 and report.near_duplicates == 1
    assert docs["copy"].duplicate_of == docs["orig"].doc_id and docs["other"].duplicate_of is None


def test_a_copy_ingested_in_a_later_run_points_to_the_stored_original(tmp_path):
    rng = random.Random(5)
    story = _prose(rng, 200)
    first, second, third = (tmp_path / name for name in ("a.jsonl", "b.jsonl", "c.jsonl"))
    first.write_text(json.dumps({"id": "orig", "text": story}) + "\n")
    second.write_text(json.dumps({"id": "copy", "text": story.replace(".", " today.", 1)}) + "\n")
    third.write_text(json.dumps({"id": "copy2", "text": story.replace(".", " today.", 2)}) + "\n")
    db = tmp_path / "runs.duckdb"
    for path in (first, second, third):
        with Store(db) as store:
            ingest.run([str(path)], ingest.StoreSink(store), Settings(), store.start_run("test", {}))
    with Store(db, read_only=True) as store:
        docs = {d.input_id: d for d in store.iter_documents(None)}
    assert docs["copy"].duplicate_of == docs["orig"].doc_id
    assert docs["copy2"].duplicate_of == docs["orig"].doc_id
