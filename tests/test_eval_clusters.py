"""Clustering evaluation: gold parsing, the mapping protocol, pair counting, and the
targets on the bundled test set."""

import json
from pathlib import Path

import pytest

from lapwing.eval.clusters import (
    evaluate,
    evaluate_folder,
    main,
    map_to_gold,
    pair_counts,
    pair_errors,
    parse_gold_event,
    read_documents,
    read_gold,
    unmapped_documents,
)

CORPUS = Path(__file__).parent / "fixtures" / "cluster_corpus"


def gold_event(event, type_, date, docs):
    return parse_gold_event({"event": event, "type": type_, "date": date, "documents": docs}, "t")


def ev(event_id, type_="ASSAULT", day="2024-03-05"):
    return {"event_id": event_id, "doc_id": event_id.split(":")[0], "type": type_,
            "date": {"start": day, "end": day}}


def test_gold_lines_are_checked_with_file_and_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"event": "E1", "type": "ASSAULT", "date": "2024-03-05", "documents": ["a"]}\n'
                    '{"event": "E2", "type": "ASSAULT", "date": "March 5"' + ', "documents": ["b"]}\n',
                    encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold\.jsonl:2: date 'March 5' is not YYYY-MM-DD"):
        read_gold(path)
    with pytest.raises(ValueError, match="needs \"event\""):
        parse_gold_event({"event": "E1"}, "x:1")


def test_documents_are_zoned_as_ingest_zones_them(tmp_path):
    """A "Read more:" trailer is no body text in evaluation, as it is none in ``lapwing ingest``."""
    text = ("Police in Tobruk detained nine fishermen on Monday, the coast guard said.\n\n"
            "Read more: Protesters in Derna accuse the council of theft")
    path = tmp_path / "documents.jsonl"
    path.write_text(json.dumps({"id": "d1", "text": text, "date": "2026-02-03"}) + "\n")
    (doc,) = read_documents(path)
    body = {(z["start"], z["end"]) for z in doc["zones"] if z["kind"] == "body"}
    assert body and all(end <= text.index("Read more") + 1 for _, end in body)


def test_mapping_by_document_and_type_then_nearest_date():
    gold = [gold_event("E1", "ASSAULT", "2024-03-05", ["a", "b"]),
            gold_event("E2", "ASSAULT", "2024-03-07", ["b"]),
            gold_event("E3", "AGREE", "2024-03-05", ["a"])]
    events = [ev("a:e1"), ev("a:e2", "AGREE"), ev("a:e3", "SANCTION"),  # no gold of that type
              ev("b:e1", day="2024-03-04"), ev("b:e2", day="2024-03-08"),
              ev("b:e3", day="2024-03-06"),  # as near to E1 as to E2: ambiguous
              ev("b:e4", day="2024-03-20")]  # too far from both
    assert map_to_gold(events, gold) == {"a:e1": "E1", "a:e2": "E3", "b:e1": "E1", "b:e2": "E2"}


def test_pairs_are_counted_over_mapped_events_only():
    gold = {"x:1": "G1", "y:1": "G1", "z:1": "G1", "x:2": "G2", "w:1": "G2"}
    predicted = {"x:1": "c1", "y:1": "c1", "z:1": "c2", "x:2": "c1", "w:1": "c3",
                 "v:1": "c1"}  # v:1 is unmapped: not scored
    counts = pair_counts(predicted, gold)
    # predicted pairs among mapped: c1 {x:1, y:1, x:2} = 3; gold pairs: G1 3 + G2 1 = 4;
    # true: (x:1, y:1) only
    assert (counts.true_positive, counts.predicted, counts.gold) == (1, 3, 4)
    scores = counts.scores()
    assert scores["precision"] == pytest.approx(1 / 3) and scores["recall"] == pytest.approx(1 / 4)
    cross = pair_counts(predicted, gold, lambda e: e.split(":")[0])
    # (x:1, x:2) is a same-document pair: out of the predicted pairs
    assert (cross.true_positive, cross.predicted, cross.gold) == (1, 2, 4)


def test_coverage_counts_gold_events_extracted_at_all():
    gold = [gold_event("E1", "ASSAULT", "2024-03-05", ["a", "b"]),
            gold_event("E2", "ASSAULT", "2024-04-05", ["c", "d"])]
    events = [ev("a:e1"), ev("b:e1"), ev("c:e1", day="2024-04-05")]
    result = evaluate(events, {"a:e1": "k", "b:e1": "k", "c:e1": "m"}, gold)
    assert result["gold_events_extracted"] == 2
    assert result["gold_events_extracted_in_2_docs"] == 1
    assert result["all_pairs"]["f1"] == 1.0


def test_document_pairs_count_the_reports_extraction_missed_against_the_system():
    gold = [gold_event("E1", "ASSAULT", "2024-03-05", ["a", "b", "c"]),
            gold_event("E2", "ASSAULT", "2024-04-05", ["d", "e"])]
    # c's report is mistyped (unmapped); d and e are extracted but put in two clusters
    events = [ev("a:e1"), ev("b:e1"), ev("c:e1", "PROTEST"),
              ev("d:e1", day="2024-04-05"), ev("e:e1", day="2024-04-05")]
    result = evaluate(events, {"a:e1": "k", "b:e1": "k", "c:e1": "k", "d:e1": "m", "e:e1": "n"}, gold)
    assert result["all_pairs"]["precision"] == 1.0 and result["all_pairs"]["recall"] == 0.5
    # gold document pairs: (a,b) (a,c) (b,c) (d,e); only (a,b) is joined
    assert result["document_pairs"] == {"joined": 1, "gold": 4, "recall": 0.25}
    assert (result["reports_mapped"], result["reports"]) == (4, 5)


def test_a_document_pair_joined_by_two_events_counts_once():
    gold = [gold_event("E1", "ASSAULT", "2024-03-05", ["a", "b"])]
    events = [ev("a:e1"), ev("a:e2"), ev("b:e1")]
    result = evaluate(events, {"a:e1": "k", "a:e2": "k", "b:e1": "k"}, gold)
    assert result["cross_document_pairs"]["true_positive_pairs"] == 2
    assert result["document_pairs"] == {"joined": 1, "gold": 1, "recall": 1.0}


def party(actor_id, country, sector=None):
    return {"text": actor_id, "actor_id": actor_id, "country": country, "sector": sector}


def located(event_id, actors, day="2024-03-05", place=("Tyre", 33.27, 35.20)):
    """An event with parties and a place, as the error listing shows them."""
    name, lat, lon = place
    return {**ev(event_id, day=day), "actors": actors, "recipients": [],
            "date": {"start": day, "end": day, "precision": "day", "basis": "explicit"},
            "location": {"text": name, "name": name, "lat": lat, "lon": lon, "precision": "city"}}


def test_pair_errors_say_why_a_pair_was_split_or_merged():
    gold = [gold_event("E1", "ASSAULT", "2024-03-05", ["a", "b"]),
            gold_event("E2", "ASSAULT", "2024-03-05", ["c"])]
    idf = [party("idf", "ISR", "MIL")]
    events = [located("a:e1", idf), located("b:e1", [party("hezbollah", "LBN", "PRM")]),
              located("c:e1", idf, place=("Baalbek", 34.0, 36.2))]
    errors = pair_errors(events, {"a:e1": "k", "b:e1": "m", "c:e1": "k"}, gold)
    assert [(e.kind, e.first, e.second, e.gold) for e in errors] == [
        ("merged", "a:e1", "c:e1", ("E1", "E2")), ("missed", "a:e1", "b:e1", ("E1", "E1"))]
    merged, missed = errors
    assert merged.score is None and merged.parts["veto"] == "place" and merged.cross_document
    assert missed.score is None and missed.parts["veto"] == "participants"
    assert missed.parts["type"] == 1.0 and missed.parts["place"] == 1.0


def test_unmapped_documents_are_the_extraction_misses():
    gold = [gold_event("E1", "ASSAULT", "2024-03-05", ["a", "b"]),
            gold_event("E2", "AGREE", "2024-03-05", ["a"])]
    assert unmapped_documents([ev("a:e1"), ev("b:e1", "PROTEST")], gold) == [("E1", "b"), ("E2", "a")]


def test_the_error_listing_runs_on_events_extracted_earlier(tmp_path, capsys):
    docs = [{"id": d, "text": "t", "date": "2024-03-05", "source": s, "url": None}
            for d, s in (("a", "Wire A"), ("b", "Wire B"))]
    (tmp_path / "documents.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs))
    (tmp_path / "gold.jsonl").write_text(json.dumps(
        {"event": "E1", "type": "ASSAULT", "date": "2024-03-05", "documents": ["a", "b"]}) + "\n")
    events = [{"kind": "document", "doc_id": "a"},  # other records are skipped
              {"kind": "event", **located("a:e1", [party("idf", "ISR", "MIL")])},
              {"kind": "event", **located("b:e1", [party("hezbollah", "LBN", "PRM")])}]
    (tmp_path / "events.jsonl").write_text("".join(json.dumps(e) + "\n" for e in events))
    assert main([str(tmp_path), "--errors", "--events", str(tmp_path / "events.jsonl")]) == 0
    out = capsys.readouterr().out
    assert "all_pairs: P=0.000 R=0.000" in out
    assert "missed E1 cross-doc: veto: participants type=1.0 date=1.0 place=1.0" in out
    assert "a:e1 ASSAULT idf[ISR/MIL] -> - | 2024-03-05 day/explicit | Tyre city" in out


def test_the_bundled_test_set_is_big_enough_and_well_formed():
    docs = [json.loads(line) for line in (CORPUS / "documents.jsonl").read_text().splitlines()]
    gold = read_gold(CORPUS / "gold.jsonl")
    assert len(docs) >= 60 and all(set(d) == {"id", "text", "date", "source", "url"} for d in docs)
    assert {d for g in gold for d in g.documents} == {d["id"] for d in docs}
    assert 15 <= sum(len(g.documents) > 1 for g in gold) <= 20


def test_clustering_meets_its_targets_on_the_test_set():
    result = evaluate_folder(CORPUS)
    assert result["gold_events_extracted"] == result["gold_events"]
    assert result["all_pairs"]["precision"] >= 0.95
    assert result["all_pairs"]["recall"] >= 0.85
    assert result["cross_document_pairs"]["precision"] >= 0.95
    assert result["cross_document_pairs"]["recall"] >= 0.85
