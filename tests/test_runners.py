import json
import os

import pyarrow.parquet as pq
import pytest

from lapwing import ingest
from lapwing.parquet_io import ParquetSink, parquet_parts, read_parquet_records, write_parquet_partition
from lapwing.pipeline import Pipeline
from lapwing.plugins import installed_stages
from lapwing.records import ActorRef, Document, Event, Mention, Place, Span, Zone
from lapwing.runners import (
    ParallelPipeline,
    ProcessPoolRunner,
    RunnerError,
    chunked,
    rebuild_analyses,
)
from lapwing.settings import PipelineSettings, Settings
from lapwing.stages import order_stages
from plugins_for_runners import crash, names

PLUGINS = ["plugins_for_runners"]  # importable in the workers: tests/ is on sys.path
STAGES = ["time", "names", "crash"]
SETTINGS = PipelineSettings(stages=STAGES)


def _docs(n, special=None):
    special = special or {}
    docs = []
    for i in range(n):
        text = special.get(i, f"Iran said on Monday that talks with Iran resume next week. Item {i}.")
        docs.append(Document(doc_id=f"d{i}", input_id=str(i), text=text, published="2024-03-06",
                             origin=f"f.jsonl:{i + 1}"))
    return docs


def _in_process_pipeline():
    specs = {**installed_stages(), "names": names, "crash": crash}
    return Pipeline(order_stages(specs, STAGES), {})


def _reference(docs):
    """What process_documents returns for ``docs``, computed in this process."""
    analyses, problems = _in_process_pipeline()(docs)
    out = [r.to_dict() for a in analyses for r in a.records()]
    return out + [{"kind": "problem", **p.to_dict()} for p in problems]


def _key(record):
    return json.dumps(record, sort_keys=True)


@pytest.mark.parametrize("start_method", ["forkserver", "spawn"])
def test_ordered_and_unordered_output_equal_the_in_process_pipeline(start_method):
    docs = _docs(23)
    dicts = [d.to_dict() for d in docs]
    expected = _reference(docs)
    assert any(r["kind"] == "timex" for r in expected) and any(r["kind"] == "mention" for r in expected)
    with ProcessPoolRunner(SETTINGS, workers=2, plugins=PLUGINS, start_method=start_method) as runner:
        ordered = list(runner.run(dicts, chunk_size=3, ordered=True))
        unordered = list(runner.run(dicts, chunk_size=2, ordered=False))
        indexes = [r.index for r in runner.map_chunks(chunked(dicts, 5), ordered=True)]
    assert ordered == expected
    assert sorted(map(_key, unordered)) == sorted(map(_key, expected))
    assert indexes == [0, 1, 2, 3, 4]


def test_a_slow_first_chunk_holds_back_ordered_output_without_stalling():
    dicts = [d.to_dict() for d in _docs(12, {0: "SLOW news from Iran"})]
    with ProcessPoolRunner(SETTINGS, workers=2, plugins=PLUGINS, max_pending=3) as runner:
        runner.start(wait_ready=True)
        results = list(runner.map_chunks(chunked(dicts, 2), ordered=True))
    assert [r.index for r in results] == list(range(6))
    assert [r.documents for r in results] == [2] * 6


def test_workers_are_recycled_after_n_documents():
    dicts = [d.to_dict() for d in _docs(12)]
    with ProcessPoolRunner(SETTINGS, workers=1, recycle_after=4, plugins=PLUGINS) as runner:
        results = list(runner.map_chunks(chunked(dicts, 2)))
        assert runner.started_workers >= 3
        stats = runner.stats
    pids = [pid for r in results for pid in r.pids]
    assert len(set(pids)) == 3  # 12 documents, a fresh worker every 4
    assert all(s.documents <= 4 for s in stats.values() if s.documents)
    assert [r for result in results for r in result.records] == _reference(_docs(12))


def test_a_worker_crash_costs_only_the_document_that_caused_it():
    docs = _docs(10, {4: "CRASH on Monday in Iran."})
    dicts = [d.to_dict() for d in docs]
    with ProcessPoolRunner(SETTINGS, workers=2, plugins=PLUGINS) as runner:
        out = list(runner.run(dicts, chunk_size=5))
        assert runner.crashes >= 1
        assert len(runner.pids()) == 2  # replaced
    problems = [r for r in out if r["kind"] == "problem"]
    assert len(problems) == 1
    assert problems[0]["record"] == "d4" and problems[0]["origin"] == "f.jsonl:5"
    assert "exited with code 7" in problems[0]["reason"]
    assert [r["doc_id"] for r in out if r["kind"] == "document"] == [f"d{i}" for i in range(10)]
    assert not [r for r in out if r["kind"] != "document" and r.get("doc_id") == "d4"]
    others = [d for d in docs if d.doc_id != "d4"]
    kept = [r for r in out if r["kind"] != "problem" and r.get("doc_id") != "d4"]
    assert kept == _reference(others)


def test_parallel_pipeline_has_the_pipeline_interface():
    docs = _docs(9, {2: "BOOM in Iran", 6: "CRASH in Iran"})
    with ParallelPipeline(SETTINGS, workers=2, plugins=PLUGINS) as pipeline:
        assert pipeline.names == STAGES
        analyses, problems = pipeline(docs)
        assert pipeline([]) == ([], [])
    assert [a.document for a in analyses] == docs
    assert all(a.document is d for a, d in zip(analyses, docs))  # the ingest flow's objects
    assert sorted(p.record for p in problems) == ["d2", "d6"]
    assert "stage 'crash' failed" in next(p.reason for p in problems if p.record == "d2")
    assert [len(a.mentions) for a in analyses] == [0 if i in (2, 6) else 2 for i in range(9)]
    expected, _ = _in_process_pipeline()([d for d in _docs(9) if d.doc_id not in ("d2", "d6")])
    got = [a for a in analyses if a.document.doc_id not in ("d2", "d6")]
    assert [a.records() for a in got] == [a.records() for a in expected]


def _write_inputs(folder, docs):
    folder.mkdir()
    with open(folder / "a.jsonl", "w", encoding="utf-8") as out:
        for d in docs:
            out.write(json.dumps({"id": d.input_id, "text": d.text, "date": d.published}) + "\n")
    return [str(folder)]


def test_ingest_runs_unchanged_with_the_parallel_pipeline(tmp_path):
    texts = {i: f"Iran said on Monday {i} March that talks resume. Item {i}." for i in range(15)}
    texts[7] = texts[3]  # an exact duplicate
    paths = _write_inputs(tmp_path / "in", _docs(15, texts))
    settings = Settings()
    settings.ingest.batch_size = 6
    with open(tmp_path / "serial.jsonl", "w", encoding="utf-8") as out:
        serial = ingest.run(paths, ingest.JsonlSink(out), settings, "r", pipeline=_in_process_pipeline())
    with ParallelPipeline(SETTINGS, workers=2, plugins=PLUGINS) as pipeline:
        with open(tmp_path / "parallel.jsonl", "w", encoding="utf-8") as out:
            parallel = ingest.run(paths, ingest.JsonlSink(out), settings, "r", pipeline=pipeline)
    assert (tmp_path / "serial.jsonl").read_text() == (tmp_path / "parallel.jsonl").read_text()
    assert parallel.to_dict() == serial.to_dict()
    assert parallel.records["timex"] > 0 and parallel.exact_duplicates == 1


def test_ctrl_c_terminates_the_workers():
    dicts = [d.to_dict() for d in _docs(40)]
    runner = ProcessPoolRunner(SETTINGS, workers=2, plugins=PLUGINS)
    runner.start(wait_ready=True)
    pids = runner.pids()
    assert len(pids) == 2

    def interrupt(_done):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        list(runner.run(dicts, chunk_size=2, progress=interrupt))
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert runner.pids() == []
    assert len(list(runner.run(dicts[:3]))) > 3  # usable again: workers start on demand
    runner.close()


def test_parallel_pipeline_checks_settings_at_once_and_leaves_this_process_alone():
    with pytest.raises(ValueError, match="no setting"):
        ParallelPipeline(PipelineSettings(stages=STAGES, stage_config={"names": {"wrd": "x"}}),
                         workers=1, plugins=PLUGINS)
    with pytest.raises(ValueError, match="unknown stage"):
        ParallelPipeline(PipelineSettings(stages=["names"]), workers=1)  # plugin not named
    ParallelPipeline(SETTINGS, workers=1, plugins=PLUGINS).close()
    assert "names" not in installed_stages()  # the test plugin lives in the workers only


def test_a_pipeline_that_cannot_be_built_is_an_error():
    with ProcessPoolRunner(PipelineSettings(stages=["no-such-stage"]), workers=1) as runner:
        with pytest.raises(RunnerError, match="no-such-stage"):
            list(runner.run([d.to_dict() for d in _docs(2)]))


def test_a_bug_outside_the_stages_is_an_error_not_a_problem():
    with ProcessPoolRunner(SETTINGS, workers=1, plugins=PLUGINS) as runner:
        with pytest.raises(RunnerError, match="failed on a chunk"):
            list(runner.run([{"doc_id": "x"}]))  # not a document: process_documents raises


def test_records_that_do_not_fit_the_documents_are_refused():
    docs = _docs(2)
    sent = [d.to_dict() for d in docs]
    with pytest.raises(RunnerError, match="got 1 back"):
        rebuild_analyses(docs, sent, sent[:1])


def _sample_records():
    doc = Document("d1", "i1", "Iran said on Monday.", zones=[Zone(0, 20, "body")], published="2025-01-01")
    mention = Mention("d1", 0, 4, "Iran", "GPE", actor=ActorRef("Iran", actor_id="IRN", sector="gov"))
    event = Event("d1", "e1", "ASSAULT", Span(0, 4, "Iran"), Span(0, 20), confidence=1,
                  actors=[ActorRef("Iran")], location=Place("Iran", lat=32.0, lon=53.0, geonameid=130758))
    problem = {"kind": "problem", "origin": "f.jsonl", "reason": "bad", "severity": "error",
               "line": 3, "record": "d1", "hint": None}
    newer = {**doc.to_dict(), "doc_id": "d2", "field_from_the_future": {"a": [1, 2]}}
    return [doc.to_dict(), mention.to_dict(), event.to_dict(), problem, newer]


def test_parquet_partitions_round_trip(tmp_path):
    records = _sample_records()
    written = write_parquet_partition(records, tmp_path, "part-0001")
    write_parquet_partition(records[:2], tmp_path, "part-0000")
    assert sorted(p.parent.name for p in written) == [
        "kind=document", "kind=event", "kind=mention", "kind=problem"]
    back = list(read_parquet_records(tmp_path))
    # part by part; documents, then mentions, events, problems
    assert back == [records[0], records[1], records[0], records[4], records[1], records[2], records[3]]
    assert list(read_parquet_records(tmp_path, kinds=["event"])) == [records[2]]
    table = pq.read_table(tmp_path / "kind=event" / "part-0001.parquet")
    assert table.column("type").to_pylist() == ["ASSAULT"]
    assert table.schema.field("confidence").type == "double"
    assert not list(tmp_path.rglob("*.tmp"))
    with pytest.raises(ValueError, match="kind"):
        write_parquet_partition([{"doc_id": "x"}], tmp_path, "bad")


def test_parquet_sink_writes_what_jsonl_does_and_resumes(tmp_path):
    paths = _write_inputs(tmp_path / "in", _docs(8, {5: "Iran said on Monday. Item 2.", 6: _docs(2)[1].text}))
    settings = Settings()
    settings.ingest.batch_size = 3
    pipeline = _in_process_pipeline()
    with open(tmp_path / "out.jsonl", "w", encoding="utf-8") as out:
        ingest.run(paths, ingest.JsonlSink(out), settings, "r1", pipeline=pipeline)
    lines = [json.loads(line) for line in open(tmp_path / "out.jsonl", encoding="utf-8")]
    assert sum(1 for x in lines if x.get("duplicate_of") == x.get("doc_id")) == 1  # 6 repeats 1
    first = ingest.run(paths, ParquetSink(tmp_path / "pq", "r1"), settings, "r1", pipeline=pipeline)
    got = list(read_parquet_records(tmp_path / "pq"))
    assert sorted(map(_key, got)) == sorted(map(_key, lines))
    parts = set(parquet_parts(tmp_path / "pq"))
    again = ingest.run(paths, ParquetSink(tmp_path / "pq", "r2"), settings, "r2", pipeline=pipeline)
    assert first.files == again.files_already_done == 1
    assert again.documents_new == 0 and set(parquet_parts(tmp_path / "pq")) == parts
    # killed after writing its parts but before finishing its file: the file is read again,
    # and nothing is extracted or written twice
    (tmp_path / "pq" / "_manifest.jsonl").write_text("")
    third = ingest.run(paths, ParquetSink(tmp_path / "pq", "r3"), settings, "r3", pipeline=pipeline)
    assert third.documents_new == 0 and third.exact_duplicates == 8  # all known by now
    assert sorted(map(_key, read_parquet_records(tmp_path / "pq"))) == sorted(map(_key, lines))
    assert ParquetSink(tmp_path / "pq", "r4").finished_file_keys([""]) == set()
