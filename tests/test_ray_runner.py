"""The Ray Data runner on a local Ray instance sized for CI: 2 CPUs, a 100 MB object store,
session files under pytest's temporary directory (nothing in /tmp/ray or ~/.ray)."""

import json
import os
from pathlib import Path

import pytest

pytest.importorskip("ray.data", reason="Ray is not installed (pip install 'lapwing[ray]'); "
                    "the Ray runner is not tested")

from lapwing import ingest  # noqa: E402
from lapwing.bench import read_corpus  # noqa: E402
from lapwing.parquet_io import ParquetSink, parquet_parts, read_parquet_records  # noqa: E402
from lapwing.pipeline import Pipeline, process_documents  # noqa: E402
from lapwing.ray_runner import RayStats, ray_session, run_ray  # noqa: E402
from lapwing.pipeline import get_pipeline  # noqa: E402
from lapwing.plugins import plugin_manager  # noqa: E402
from lapwing.runners import register_plugins  # noqa: E402
from lapwing.settings import Settings  # noqa: E402

PLUGINS = ["plugins_for_runners"]  # tests/ reaches Ray's workers through PYTHONPATH


@pytest.fixture(scope="module")
def ray_local(tmp_path_factory):
    """One local Ray instance for the module (starting one takes several seconds)."""
    temp = tmp_path_factory.mktemp("ray")  # short: Ray's socket paths live below it
    with ray_session("local", num_cpus=2, object_store_mb=100, temp_dir=temp,
                     plugins=PLUGINS) as session:
        assert session.started and session.cpus == 2
        assert any(Path(temp).glob("session_*"))  # Ray's files are here, not in /tmp/ray
        yield session


@pytest.fixture
def corpus(tmp_path):
    texts = [f"Officials from Iran met in Baghdad on Monday, meeting {i}. Iran said talks "
             f"would resume next week." for i in range(11)]
    texts[4] = "BOOM: Iran denied the report on Tuesday."  # the crash stage raises on it
    lines = [{"id": f"d{i}", "text": t, "date": "2024-03-0%d" % (1 + i % 9),
              "title": f"Report {i}"} for i, t in enumerate(texts)]
    lines.append({**lines[2], "id": "copy-of-d2"})  # an exact repeat
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return path


@pytest.fixture
def plugins_here():
    """The test stages registered in this process too, for the in-process comparison; the
    process's plugin manager is left as it was afterwards."""
    register_plugins(PLUGINS)
    get_pipeline.cache_clear()
    yield
    for name in PLUGINS:
        plugin_manager().unregister(name=name)
    get_pipeline.cache_clear()


def _settings():
    settings = Settings()
    settings.pipeline.stages = ["names", "crash"]
    settings.ingest.batch_size = 5  # several ingest batches, several Ray batches
    return settings


def _key(record):
    return json.dumps(record, sort_keys=True)


def test_ray_output_equals_the_local_extract_and_the_batch_function(ray_local, corpus, tmp_path,
                                                                    plugins_here):
    settings = _settings()
    stats = RayStats()
    out = tmp_path / "ray"
    report = run_ray([str(corpus)], out, settings, workers=2, batch_size=3, plugins=PLUGINS,
                     run_id="run1", stats=stats)
    local = tmp_path / "local"
    expected_report = ingest.run([str(corpus)], ParquetSink(local, "run1"), settings, "run1",
                                 Pipeline.from_settings(settings.pipeline))

    got = list(read_parquet_records(out))
    assert sorted(map(_key, got)) == sorted(map(_key, read_parquet_records(local)))
    # the same as the engine-neutral batch function on the documents ingest would read
    documents = read_corpus([str(corpus)], settings)
    fresh = [d for d in documents if d["input_id"] != "copy-of-d2"]
    direct = process_documents(fresh, settings.pipeline)
    not_repeat = [r for r in got if not (r["kind"] == "document" and r["input_id"] == "copy-of-d2")]
    assert sorted(map(_key, not_repeat)) == sorted(map(_key, direct))

    assert stats.documents == 11 and stats.parts == 4 and stats.rounds == 1
    assert len(stats.actor_pids) >= 1 and os.getpid() not in stats.actor_pids
    assert report.documents_new == 11 and report.exact_duplicates == 1
    assert report.records == expected_report.records and report.records["mention"] >= 20
    # the failing document is reported, kept without records, and the run went on
    problems = [r for r in got if r["kind"] == "problem"]
    assert len(problems) == 1 and "cannot handle this document" in problems[0]["reason"]
    assert report.log.counts().get("error") == 1
    boom = next(r for r in got if r["kind"] == "document" and r["input_id"] == "d4")
    assert not [r for r in got if r["kind"] == "mention" and r["doc_id"] == boom["doc_id"]]
    assert {p for p in parquet_parts(out)} >= {"run1-w000000000", "run1-w000000003"}


def test_records_written_by_the_driver_and_a_rerun_adds_nothing(ray_local, corpus, tmp_path):
    settings = _settings()
    first = tmp_path / "first"
    run_ray([str(corpus)], first, settings, workers=1, batch_size=4, plugins=PLUGINS,
            run_id="a")
    out = tmp_path / "driver"
    report = run_ray([str(corpus)], out, settings, workers=2, batch_size=4, plugins=PLUGINS,
                     write_in="driver", run_id="a")
    assert sorted(map(_key, read_parquet_records(out))) == sorted(map(_key, read_parquet_records(first)))
    assert report.files == 1 and (out / "_manifest.jsonl").exists()

    before = sorted(map(_key, read_parquet_records(out)))
    again = run_ray([str(corpus)], out, settings, workers=2, plugins=PLUGINS, run_id="b")
    assert again.files_already_done == 1 and again.documents_new == 0
    assert sorted(map(_key, read_parquet_records(out))) == before


def test_bad_arguments_are_refused_before_ray_starts(tmp_path):
    with pytest.raises(ValueError, match="write_in"):
        run_ray([], tmp_path, write_in="s3")
    with pytest.raises(ValueError, match="at least 1"):
        run_ray([], tmp_path, batch_size=0)


def test_bench_scales_the_ray_engine_next_to_the_process_pool(ray_local):
    from lapwing import bench

    settings = Settings()
    settings.pipeline.stages = ["time"]
    result = bench.run_bench(docs=6, words=40, settings=settings, max_workers=2,
                             engines=("local", "ray"), chunk_size=2, batch_size=4, repeat=1)
    rows = {(r["engine"], r["workers"]): r for r in result["scaling"]}
    assert list(rows) == [("local", 1), ("local", 2), ("ray", 1), ("ray", 2)]
    assert not result["skipped"]
    for n in (1, 2):
        ray_row = rows[("ray", n)]
        assert ray_row["records"] == rows[("local", n)]["records"] == result["end_to_end"]["records"]
        assert ray_row["ratio_to_local"] > 0 and ray_row["actors"] <= n
        assert ray_row["total_seconds"] >= ray_row["seconds"]
