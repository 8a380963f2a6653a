"""``lapwing eval events`` scoring and the PLOVER gold converter, on hand-made records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lapwing.eval import events as scorer
from lapwing.eval import plover
from lapwing.eval.meantime import half_of
from lapwing.records import ActorRef, Attribution, Event, Span


def event(type_: str, actors=(), recipients=(), modality="asserted", trigger="hit", speaker=None) -> Event:
    return Event(doc_id="x", event_id="x:e1", type=type_, trigger=Span(0, 3, trigger),
                 sentence=Span(0, 10), modality=modality, actors=list(actors), recipients=list(recipients),
                 attribution=Attribution(speaker=ActorRef(speaker)) if speaker else None)


ISR = ActorRef("Israel", country="ISR", type="state")
LBN = ActorRef("Hezbollah", country="LBN", type="armed_group")
UN = ActorRef("the United Nations", country="UNO", type="igo")


def gold_line(id_: str, *events: dict) -> str:
    return json.dumps({"id": id_, "text": "Some text.", "date": "2024-01-01", "events": list(events)})


def write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_detection_type_and_country_scores(tmp_path: Path) -> None:
    path = write(tmp_path,
                 gold_line("a", {"type": "ASSAULT", "source": [{"text": "Israel", "country": "ISR"}],
                                 "target": [{"text": "Hezbollah", "country": "LBN"}], "modality": "asserted"}),
                 gold_line("b", {"type": "REQUEST", "source": [{"text": "UN", "country": "IGO"}],
                                 "target": [{"text": "Israel", "country": "ISR"}]}),
                 gold_line("c", {"type": "THREATEN", "source": [{"text": "Hezbollah", "country": "LBN"}]}))
    predictions = {"a": [event("ASSAULT", [ISR], [ISR])],  # wrong target country
                   "b": [event("REQUEST", [UN], [ISR]), event("ASSAULT", [ISR])],  # one extra
                   "c": [event("ACCUSE", [LBN])]}  # wrong type
    docs = scorer.read_gold(path)
    counts = scorer.Counts()
    for doc in docs:
        counts.add(doc, predictions[doc.id])
    s = counts.scores()
    assert (s["gold"], s["predicted"]) == (3, 4)
    assert s["detection"]["recall"] == pytest.approx(2 / 3)
    assert s["detection"]["precision"] == pytest.approx(2 / 4)
    assert s["type_accuracy"] == pytest.approx(2 / 3)  # c aligned by role, type differs
    assert s["confusion"]["THREATEN->ACCUSE"] == 1
    assert s["source_country_accuracy"] == 1.0  # IGO matches an igo actor
    assert s["target_country_accuracy"] == pytest.approx(1 / 2)
    assert s["modality_accuracy"] == 1.0 and s["modality_n"] == 1


def test_a_person_serving_an_international_body_is_igo() -> None:
    official = ActorRef("Kofi Annan", country="UNO", type="person")
    commissioner = ActorRef("the commissioner", country="EUR", type="person")
    gold = scorer.GoldActor("Annan", country="IGO")
    assert scorer.country_found(gold, [official]) and scorer.country_found(gold, [commissioner])
    assert not scorer.country_found(gold, [ISR]) and not scorer.country_found(scorer.GoldActor("x", "NGO"), [official])


def test_unreal_gold_predicted_asserted_is_counted(tmp_path: Path) -> None:
    path = write(tmp_path, gold_line("n", {"type": "ASSAULT", "source": [{"text": "Israel", "country": "ISR"}],
                                           "modality": "negated", "attribution": None}))
    counts = scorer.evaluate(scorer.read_gold(path), lambda text, date: [event("ASSAULT", [ISR])])
    s = counts.scores()
    assert s["unreal_gold"] == 1 and s["unreal_asserted"] == 1
    assert s["modality_accuracy"] == 0.0
    assert s["attribution_accuracy"] == 1.0  # none expected, none given


def test_attribution_accuracy_compares_speakers(tmp_path: Path) -> None:
    gold = {"type": "ASSAULT", "source": [{"text": "Israel", "country": "ISR"}],
            "attribution": {"speaker": "Lebanese officials"}}
    path = write(tmp_path, gold_line("s", gold))
    right = scorer.evaluate(scorer.read_gold(path),
                            lambda t, d: [event("ASSAULT", [ISR], speaker="Lebanese health officials")])
    wrong = scorer.evaluate(scorer.read_gold(path), lambda t, d: [event("ASSAULT", [ISR])], keep_errors=True)
    assert right.scores()["attribution_accuracy"] == 1.0
    assert wrong.scores()["attribution_accuracy"] == 0.0
    assert any("SOURCE" in line for line in wrong.errors)


def test_mode_accuracy_counts_found_pairs_whose_gold_has_a_mode(tmp_path: Path) -> None:
    gold = {"type": "ASSAULT", "mode": "aerial", "source": [{"text": "Israel", "country": "ISR"}]}
    path = write(tmp_path, gold_line("m", gold), gold_line("n", {**gold, "mode": None}))
    aerial = event("ASSAULT", [ISR])
    aerial.mode = "aerial"
    right = scorer.evaluate(scorer.read_gold(path), lambda t, d: [aerial]).scores()
    wrong = scorer.evaluate(scorer.read_gold(path), lambda t, d: [event("ASSAULT", [ISR])], keep_errors=True)
    assert (right["mode_accuracy"], right["mode_n"]) == (1.0, 1)  # gold without a mode: not counted
    assert wrong.scores()["mode_accuracy"] == 0.0
    assert any("MODE" in line for line in wrong.errors)


def test_gold_errors_name_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, gold_line("ok"), json.dumps({"id": "bad", "text": "x", "events": [{"mode": "aerial"}]}))
    with pytest.raises(ValueError, match=rf"{path}:2: event 0 needs a \"type\""):
        scorer.read_gold(path)


def test_table_has_a_column_per_result() -> None:
    counts = scorer.Counts()
    table = scorer.score_table({"dev": counts.scores(), "heldout": counts.scores()})
    assert [c.header for c in table.columns] == ["measure", "dev", "heldout"]


PLOVER_RECORDS = [
    {"id": "X-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "notes"},
    {"id": "X-DEMAND-0001", "date": "2000-01-01", "event": "DEMAND", "eventText": "demanded",
     "text": "Ruritania demanded that Freedonia return the border post.",
     "source": [{"actorText": "Ruritania", "code": "RUR"}], "target": [{"actorText": "Freedonia", "code": "JAP"}]},
    {"id": "X-INVESTIGATE-0001", "date": "2000-01-01", "event": "INVESTIGATE", "eventText": "opened inquiry",
     "text": "The court opened an inquiry.", "source": [{"actorText": "court", "code": "RUR"}], "target": ""},
    {"id": "X-AGREE-0001", "date": "2000-01-01", "event": "AGREE", "eventText": "agreed",
     "text": "Both sides agreed.", "source": [{"actorText": "sides", "code": "RUR"}], "target": "diplomatic"},
]


def test_plover_converter_renames_old_modes() -> None:
    record = {"id": "X-PROTEST-0001", "event": "PROTEST", "mode": "strike-hun", "text": "They fasted."}
    assert plover.convert_record(record)["events"][0]["mode"] == "hunger"
    kept = plover.convert_record({**record, "mode": "obstruct"})
    assert kept["events"][0]["mode"] == "obstruct"  # same name in both versions


def test_plover_converter_maps_old_labels_and_splits_once(tmp_path: Path) -> None:
    source = tmp_path / "gsr.json"
    source.write_text(json.dumps(PLOVER_RECORDS), encoding="utf-8")
    lines = plover.convert_file(source)
    assert [line["id"] for line in lines] == ["X-DEMAND-0001", "X-INVESTIGATE-0001", "X-AGREE-0001"]
    demand, investigate, agree = (line["events"][0] for line in lines)
    assert demand["type"] == "REQUEST" and demand["target"][0]["country"] == "JPN"
    assert investigate["type"] == "ACCUSE" and investigate["mode"] == "investigate"
    assert investigate["target"] == [] and agree["target"] == []
    out = tmp_path / "dev.jsonl"
    count = plover.write_gold(source, out, "dev")
    written = [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()]
    assert count == len(written) and all(half_of(i) == "dev" for i in written)
    assert scorer.read_gold(out)  # converted lines are valid gold


def test_plover_converter_rejects_malformed_actors(tmp_path: Path) -> None:
    source = tmp_path / "gsr.json"
    record = dict(PLOVER_RECORDS[1], source=[{"code": "RUR"}])
    source.write_text(json.dumps([record]), encoding="utf-8")
    with pytest.raises(ValueError, match="X-DEMAND-0001.*actorText"):
        plover.convert_file(source)
