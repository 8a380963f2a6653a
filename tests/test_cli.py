"""End-to-end behaviour of the commands, through the CLI as a user runs them."""

import json

from click.testing import CliRunner

from lapwing.cli import cli
from lapwing.problems import EXIT_OK, EXIT_PARTIAL

ARTICLES = [
    {"id": "a1", "text": "Iraqi Foreign Minister Fuad Hussein met his Iranian counterpart in Baghdad on Monday to discuss border security.", "date": "2024-05-06"},
    {"id": "a2", "text": "Houthi forces launched a drone at a cargo ship in the Red Sea, the US military said.", "date": "2024-05-07"},
    {"id": "a3", "text": "Turkish-backed fighters pushed Kurdish forces out of the Syrian town of Manbij.", "date": None},
]


def _write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_extract_emits_one_document_per_jsonl_line_with_its_input_id(tmp_path):
    path = _write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    result = CliRunner(mix_stderr=False).invoke(cli, ["extract", str(path), "-q"])
    assert result.exit_code == EXIT_OK, result.output
    documents = [r for r in _records(result.stdout) if r["kind"] == "document"]
    assert [d["input_id"] for d in documents] == ["a1", "a2", "a3"]
    assert [d["published"] for d in documents] == ["2024-05-06", "2024-05-07", None]
    assert documents[0]["text"] == ARTICLES[0]["text"]


def test_extract_date_option_fills_only_undated_documents(tmp_path):
    path = _write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    out = tmp_path / "out.jsonl"
    result = CliRunner(mix_stderr=False).invoke(cli, ["extract", str(path), "--date", "2024-01-02", "-o", str(out), "-q"])
    assert result.exit_code == EXIT_OK
    published = [r["published"] for r in _records(out.read_text()) if r["kind"] == "document"]
    assert published == ["2024-05-06", "2024-05-07", "2024-01-02"]


def test_extract_marks_an_exact_repeat_instead_of_dropping_it(tmp_path):
    rows = ARTICLES[:2] + [{"id": "again", "text": ARTICLES[0]["text"]}]
    path = _write_jsonl(tmp_path / "in.jsonl", rows)
    output = CliRunner(mix_stderr=False).invoke(cli, ["extract", str(path), "-q"]).stdout
    docs = [r for r in _records(output) if r["kind"] == "document"]
    assert [d["input_id"] for d in docs] == ["a1", "a2", "again"]
    assert docs[2]["duplicate_of"] == docs[0]["doc_id"] and docs[0]["duplicate_of"] is None


def test_ingesting_twice_adds_nothing(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write_jsonl(corpus / "a.jsonl", ARTICLES)
    (corpus / "b.txt").write_text("date 2024-06-01 Israeli aircraft struck targets in southern Lebanon overnight, the army said.")
    db = str(tmp_path / "x.duckdb")
    runner = CliRunner(mix_stderr=False)
    first = json.loads(runner.invoke(cli, ["ingest", str(corpus), "--db", db, "--json"]).stdout)
    assert first["documents_new"] == 4 and first["errors"] == 0
    second = json.loads(runner.invoke(cli, ["ingest", str(corpus), "--db", db, "--json"]).stdout)
    assert second["documents_new"] == 0 and second["files_already_done"] == 2
    # the same texts under new file names are recognised by content
    (tmp_path / "copy").mkdir()
    _write_jsonl(tmp_path / "copy" / "again.jsonl", ARTICLES)
    third = json.loads(runner.invoke(cli, ["ingest", str(tmp_path / "copy"), "--db", db, "--json"]).stdout)
    assert third["documents_new"] == 0 and third["exact_duplicates"] == 3
    stats = json.loads(runner.invoke(cli, ["stats", "--db", db, "--json"]).stdout)
    assert stats["documents"] == 4


def test_stats_and_export_on_a_missing_database_fail_clearly(tmp_path):
    result = CliRunner(mix_stderr=False).invoke(cli, ["stats", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "no such database" in result.stderr


def test_bad_usage_is_reported(tmp_path):
    runner = CliRunner(mix_stderr=False)
    assert runner.invoke(cli, ["extract", "x", "--date", "2024-99-01"]).exit_code == 2
    assert runner.invoke(cli, ["export", "--format", "parquet", "--db", str(tmp_path / "a")]).exit_code == 2


def test_missing_input_gives_partial_failure_and_lists_it(tmp_path):
    good = _write_jsonl(tmp_path / "in.jsonl", ARTICLES[:1])
    result = CliRunner(mix_stderr=False).invoke(cli, ["extract", str(good), str(tmp_path / "nope.txt"), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == EXIT_PARTIAL
    assert "nope.txt" in result.stderr
    kinds = [r["kind"] for r in _records((tmp_path / "o.jsonl").read_text())]
    assert kinds.count("document") == 1


def test_every_command_has_help():
    runner = CliRunner(mix_stderr=False)
    top = runner.invoke(cli, ["--help"])
    assert top.exit_code == 0
    for command in ("ingest", "extract", "export", "stats", "demo", "schema", "stages", "serve",
                    "bench", "kb", "eval", "explain", "clusters", "network", "trends"):
        result = runner.invoke(cli, [command, "--help"])
        assert result.exit_code == 0 and len(result.output) > 100, command


def test_kb_validate_reports_a_user_file_error_with_its_line(tmp_path):
    runner = CliRunner(mix_stderr=False)
    assert runner.invoke(cli, ["kb", "validate"]).exit_code == EXIT_OK
    mine = tmp_path / "mykb"
    mine.mkdir()
    (mine / "groups.yaml").write_text(
        "actors:\n  - {id: liwa_x, name: Liwa X, type: armed_group, country: IRQ, sector: PRM}\n"
        "  - {id: liwa_y, name: Liwa Y, type: militia_of_sorts, country: IRQ}\n"
    )
    result = runner.invoke(cli, ["kb", "validate", "--kb", str(mine)])
    assert result.exit_code == 1
    assert f"{mine / 'groups.yaml'}:3" in result.stdout


def test_kb_lookup_explains_and_user_kb_reaches_extraction(tmp_path):
    runner = CliRunner(mix_stderr=False)
    explained = runner.invoke(cli, ["kb", "lookup", "Hizbullah", "--date", "2024-05-01"]).stdout
    assert "Hezbollah" in explained and "alias" in explained
    mine = tmp_path / "mykb"
    mine.mkdir()
    (mine / "groups.yaml").write_text(
        "actors:\n  - {id: liwa_x, name: Liwa Zulfiqar Test Brigade, type: armed_group, country: IRQ, sector: PRM}\n")
    path = _write_jsonl(tmp_path / "in.jsonl", [{"id": "x", "text": "The Liwa Zulfiqar Test Brigade fired rockets at the base."}])
    output = runner.invoke(cli, ["extract", str(path), "--kb", str(mine), "-q"]).stdout
    actors = [r["actor"]["actor_id"] for r in _records(output) if r["kind"] == "mention" and r["actor"]]
    assert "liwa_x" in actors


def test_user_kb_reaches_the_places_stage_too(tmp_path):
    """An organisation a user's KB names like a town is an actor there, not a pin on the map.
    (A town's name before "fighters" names a group by itself: the sentence names the subject bare.)"""
    mine = tmp_path / "mykb"
    mine.mkdir()
    (mine / "groups.yaml").write_text(
        "actors:\n  - {id: dohuk_front, name: Dohuk, type: armed_group, country: IRQ, sector: REB}\n")
    path = _write_jsonl(tmp_path / "in.jsonl", [{"id": "x", "text": "Dohuk ambushed a convoy."}])
    runner = CliRunner(mix_stderr=False)

    def places(*options: str) -> list[str]:
        output = runner.invoke(cli, ["extract", str(path), "-q", *options]).stdout
        return [r["place"]["text"] for r in _records(output) if r["kind"] == "mention" and r.get("place")]

    assert places() == ["Dohuk"]
    assert places("--kb", str(mine)) == []


def test_two_workers_extract_the_same_records_as_one(tmp_path):
    path = _write_jsonl(tmp_path / "in.jsonl", ARTICLES * 1 + [
        {"id": f"n{i}", "text": f"On Tuesday {i} rockets hit a base near Erbil, Iraqi officials said.", "date": "2024-05-08"}
        for i in range(6)])
    runner = CliRunner(mix_stderr=False)
    one = runner.invoke(cli, ["extract", str(path), "-q"])
    two = runner.invoke(cli, ["extract", str(path), "-q", "--workers", "2", "--recycle-after", "3"])
    assert one.exit_code == two.exit_code == EXIT_OK, two.stderr
    assert _records(one.stdout) == _records(two.stdout)


def test_extract_to_partitioned_parquet(tmp_path):
    from lapwing.parquet_io import read_parquet_records

    path = _write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    out = tmp_path / "parts"
    result = CliRunner(mix_stderr=False).invoke(cli, ["extract", str(path), "--parquet", str(out), "-q"])
    assert result.exit_code == EXIT_OK, result.stderr
    documents = [r for r in read_parquet_records(out) if r["kind"] == "document"]
    assert sorted(d["input_id"] for d in documents) == ["a1", "a2", "a3"]


def test_parquet_extract_then_ingest_equals_a_direct_ingest(tmp_path):
    rows = ARTICLES + [{"id": "again", "text": ARTICLES[0]["text"]}]
    path = _write_jsonl(tmp_path / "in.jsonl", rows)
    runner = CliRunner(mix_stderr=False)
    assert runner.invoke(cli, ["extract", str(path), "--parquet", str(tmp_path / "parts"), "-q"]).exit_code == 0
    via = str(tmp_path / "via.duckdb")
    direct = str(tmp_path / "direct.duckdb")
    first = runner.invoke(cli, ["ingest", "--parquet", str(tmp_path / "parts"), "--db", via, "--json"])
    assert first.exit_code == EXIT_OK, first.stderr
    again = json.loads(runner.invoke(cli, ["ingest", "--parquet", str(tmp_path / "parts"), "--db", via, "--json"]).stdout)
    assert again["documents_new"] == 0
    assert runner.invoke(cli, ["ingest", str(path), "--db", direct, "-q"]).exit_code == EXIT_OK
    dumps = []
    for db in (via, direct):
        out = runner.invoke(cli, ["export", "--db", db]).stdout
        dumps.append(sorted(line for line in out.splitlines()))
    assert dumps[0] == dumps[1] and any('"kind": "timex"' in line for line in dumps[0])
    stats = json.loads(runner.invoke(cli, ["stats", "--db", via, "--json"]).stdout)
    assert stats["documents"] == 3 and stats["inputs"] == 4
    assert runner.invoke(cli, ["ingest", str(path), "--parquet", str(tmp_path / "parts"), "--db", via]).exit_code == 2


def test_two_outlets_reporting_one_strike_form_one_cluster_and_an_edge(tmp_path):
    rows = [
        {"id": "a", "source": "Outlet A", "date": "2024-06-12",
         "text": "Israeli aircraft struck a Hezbollah weapons depot in the southern Lebanese town of Nabatieh on Tuesday, killing two fighters, the Israeli military said."},
        {"id": "b", "source": "Outlet B", "date": "2024-06-12",
         "text": "An Israeli air strike hit a Hezbollah arms depot in Nabatieh, southern Lebanon, on Tuesday, killing three members of the group, Lebanese security sources said."},
    ]
    path = _write_jsonl(tmp_path / "in.jsonl", rows)
    db = str(tmp_path / "c.duckdb")
    runner = CliRunner(mix_stderr=False)
    assert runner.invoke(cli, ["ingest", str(path), "--db", db, "-q"]).exit_code == EXIT_OK
    listed = runner.invoke(cli, ["clusters", "--db", db, "--json", "--type", "ASSAULT"])
    clusters = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(clusters) == 1 and clusters[0]["corroboration"]["sources"] == 2
    assert "dead" in clusters[0]["corroboration"]["conflicts"]
    gexf = runner.invoke(cli, ["network", "--db", db, "--format", "gexf"]).stdout
    assert gexf.startswith("<?xml") and "<edge" in gexf
    trends = json.loads(runner.invoke(cli, ["trends", "--db", db, "--json", "--by", "type"]).stdout)
    assert any(series["key"] == "ASSAULT" for series in trends)
