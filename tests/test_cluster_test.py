"""Clustering on the sets written for issue #5's target: structure, and scores printed.

Each was written (from 2026-11-21 on) by an author who did not run Lapwing on it and scored once
unseen (the figures are in its README); all but the last were then opened for development
(cluster_test60 was partly seen before it was scored; see its README). The last of SETS,
cluster_test70, is unseen and unscored: nothing may be tuned on it. The tests
check that each set is well formed and that the evaluation runs; they print the scores
(`pytest -s tests/test_cluster_test.py`) and do not assert targets, so that a miss on the unseen
set is reported, not retuned away.
"""

import datetime as dt
import json
from pathlib import Path

import pytest

from lapwing.eval.clusters import evaluate_folder, format_scores, read_gold

FIXTURES = Path(__file__).parent / "fixtures"
SETS = ["cluster_test", "cluster_test2", "cluster_test3", "cluster_test4", "cluster_test5", "cluster_test6",
        "cluster_test7", "cluster_test8", "cluster_test9", "cluster_test10", "cluster_test11", "cluster_test12",
        "cluster_test13", "cluster_test14", "cluster_test15", "cluster_test16", "cluster_test17",
        "cluster_test18", "cluster_test19", "cluster_test20", "cluster_test21",
        "cluster_test22", "cluster_test23", "cluster_test24", "cluster_test25", "cluster_test26",
        "cluster_test27", "cluster_test28", "cluster_test29",
        "cluster_test30", "cluster_test31", "cluster_test32", "cluster_test33",
        "cluster_test34", "cluster_test35", "cluster_test36", "cluster_test37",
        "cluster_test38", "cluster_test39", "cluster_test40", "cluster_test41",
        "cluster_test42", "cluster_test43", "cluster_test44", "cluster_test45", "cluster_test46",
        "cluster_test47", "cluster_test48", "cluster_test49", "cluster_test50", "cluster_test51",
        "cluster_test52", "cluster_test53", "cluster_test54", "cluster_test55",
        "cluster_test56", "cluster_test57", "cluster_test58", "cluster_test59",
        "cluster_test60", "cluster_test61", "cluster_test62", "cluster_test63", "cluster_test64",
        "cluster_test65", "cluster_test66", "cluster_test67",
        "cluster_test68", "cluster_test69", "cluster_test70"]


def documents(folder: Path) -> list[dict]:
    lines = (folder / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("name", SETS)
def test_the_set_has_the_size_the_issue_asks_for(name: str):
    folder = FIXTURES / name
    docs = {d["id"]: d for d in documents(folder)}
    assert len(docs) >= 60 and all(set(d) == {"id", "text", "date", "source", "url"} for d in docs.values())
    gold = read_gold(folder / "gold.jsonl")
    assert {d for g in gold for d in g.documents} == set(docs)
    multi = [g for g in gold if len(g.documents) > 1]
    assert 15 <= len(multi) <= 20
    assert all(len({docs[d]["source"] for d in g.documents}) == len(g.documents) for g in multi)
    assert len(gold) - len(multi) >= 10  # distractors and background events
    for g in gold:
        assert all(dt.date.fromisoformat(docs[d]["date"]) >= g.date for d in g.documents), g.event


@pytest.mark.parametrize("name", SETS)
def test_evaluation_runs_and_prints_scores(name: str):
    result = evaluate_folder(FIXTURES / name)
    assert result["documents"] == len(documents(FIXTURES / name))
    for key in ("all_pairs", "cross_document_pairs"):
        assert 0.0 <= result[key]["precision"] <= 1.0 and 0.0 <= result[key]["recall"] <= 1.0
    print(f"\n{name}:\n" + format_scores(result))
