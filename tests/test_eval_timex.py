"""The ``lapwing eval timex`` scorer and the MEANTIME converter, on gold written for the tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.console import Console

from lapwing.eval.meantime import convert_corpus, convert_file, half_of, write_gold
from lapwing.eval.timex import (
    Counts,
    GoldDoc,
    GoldTimex,
    evaluate,
    evaluate_file,
    read_gold,
    relaxed_pairs,
    score_table,
)
from lapwing.records import Timex

TEXT = "Talks on Monday and in June 2015 lasted six months."


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def gold_doc() -> GoldDoc:
    return GoldDoc("doc-1", TEXT, "2022-03-09", (
        GoldTimex(*span(TEXT, "Monday"), "DATE", "2022-03-07"),
        GoldTimex(*span(TEXT, "June 2015"), "DATE", "2015-06"),
        GoldTimex(*span(TEXT, "six months"), "DURATION", "P6M"),
    ))


def predicted() -> list[Timex]:
    def timex(part: str, kind: str, value: str) -> Timex:
        return Timex("doc-1", *span(TEXT, part), part, kind, value)  # type: ignore[arg-type]

    return [
        timex("Monday", "DATE", "2022-03-07"),   # strict match, right value
        timex("in June 2015", "DATE", "2015-06"),  # relaxed match only, right value
        timex("six", "DURATION", "P6Y"),          # relaxed match, wrong value
        timex("Talks", "DATE", "2022-03-09"),     # no gold: false positive
    ]


def test_scores_follow_tempeval_definitions():
    counts = Counts()
    counts.add(gold_doc(), predicted())
    s = counts.scores()
    assert (s["gold"], s["predicted"]) == (3, 4)
    assert s["strict"] == pytest.approx({"precision": 1 / 4, "recall": 1 / 3, "f1": 2 / 7})
    assert s["relaxed"] == pytest.approx({"precision": 3 / 4, "recall": 1.0, "f1": 6 / 7})
    assert s["type_accuracy"] == pytest.approx(1.0)
    assert s["value_accuracy"] == pytest.approx(2 / 3)
    assert s["value"] == pytest.approx({"precision": 1 / 2, "recall": 2 / 3, "f1": 4 / 7})


def test_scores_per_type_count_recall_on_gold_and_precision_on_predictions():
    counts = Counts()
    counts.add(gold_doc(), predicted())
    by_type = counts.scores()["by_type"]
    assert sorted(by_type) == ["DATE", "DURATION"]
    date, duration = by_type["DATE"], by_type["DURATION"]
    assert (date["gold"], date["predicted"]) == (2, 3)
    assert date["relaxed"] == pytest.approx({"precision": 2 / 3, "recall": 1.0, "f1": 0.8})
    assert date["value"] == pytest.approx({"precision": 2 / 3, "recall": 1.0, "f1": 0.8})
    assert duration["relaxed"]["recall"] == 1.0 and duration["value"]["recall"] == 0.0


def test_relaxed_matching_is_one_to_one():
    text = "on Monday night"
    gold = [GoldTimex(*span(text, "Monday"), "DATE", "x"), GoldTimex(*span(text, "night"), "TIME", "y")]
    pred = [Timex("d", *span(text, "Monday night"), "Monday night", "TIME", "y")]
    pairs = relaxed_pairs(gold, pred)
    assert len(pairs) == 1 and pairs[0][0] is gold[0]  # the larger overlap wins


def test_touching_spans_do_not_overlap():
    text = "Monday,Tuesday"
    gold = [GoldTimex(*span(text, "Monday"), "DATE", "x")]
    assert relaxed_pairs(gold, [Timex("d", *span(text, ",Tuesday"), ",Tuesday", "DATE", "x")]) == []


def test_errors_list_wrong_missed_and_extra():
    counts = Counts()
    counts.add(gold_doc(), predicted()[2:], keep_errors=True)
    kinds = sorted(line.split()[1] for line in counts.errors)
    assert kinds == ["EXTRA", "MISSED", "MISSED", "WRONG"]


def test_score_table_shows_every_measure_in_percent():
    counts = Counts()
    counts.add(gold_doc(), predicted())
    console = Console(record=True, width=120)
    console.print(score_table({"dev": counts.scores()}))
    rendered = console.export_text()
    for label, figure in (("span strict F1", "28.6"), ("span relaxed F1", "85.7"), ("type accuracy", "100.0"),
                          ("value accuracy", "66.7"), ("value F1", "57.1"),
                          ("DATE value P / R / F1", "66.7 / 100.0 / 80.0"), ("DURATION gold / predicted", "1 / 1")):
        assert any(label in line and figure in line for line in rendered.splitlines()), label


def write_lines(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_read_gold_names_file_and_line_of_a_bad_record(tmp_path: Path):
    good = {"id": "a", "text": "on Monday", "date": None, "timexes": []}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold\.jsonl:2: not JSON"):
        read_gold(path)
    bad = dict(good, timexes=[{"start": 3, "end": 99, "type": "DATE", "value": "x"}])
    with pytest.raises(ValueError, match=r"gold\.jsonl:1: timex 0 offsets 3-99"):
        read_gold(write_lines(path, [bad]))
    bad = dict(good, timexes=[{"start": 3, "end": 9, "type": "EVENT", "value": "x"}])
    with pytest.raises(ValueError, match="type 'EVENT'"):
        read_gold(write_lines(path, [bad]))


def test_read_gold_keeps_one_half_of_the_fixed_split(tmp_path: Path):
    ids = [f"doc-{i}" for i in range(12)]
    path = write_lines(tmp_path / "gold.jsonl", [{"id": i, "text": "x", "date": None, "timexes": []} for i in ids])
    dev = [d.id for d in read_gold(path, "dev")]
    heldout = [d.id for d in read_gold(path, "heldout")]
    assert dev and heldout and sorted(dev + heldout) == sorted(ids)
    assert all(half_of(i) == "dev" for i in dev)


def test_lapwing_is_scored_end_to_end(tmp_path: Path):
    text = "The ministers met on Monday for six months of talks."
    record = {"id": "s1", "text": text, "date": "2022-03-09", "timexes": [
        {"start": span(text, "Monday")[0], "end": span(text, "Monday")[1], "type": "DATE", "value": "2022-03-07"},
        {"start": span(text, "six months")[0], "end": span(text, "six months")[1], "type": "DURATION",
         "value": "P6M"},
    ]}
    scores = evaluate_file(write_lines(tmp_path / "gold.jsonl", [record]))
    assert scores["value"]["f1"] == pytest.approx(1.0)
    wrong = evaluate(read_gold(tmp_path / "gold.jsonl"), lambda t, d: []).scores()
    assert wrong["value"]["recall"] == 0.0


# --- MEANTIME converter --------------------------------------------------------------------

def meantime_xml(doc_id: str, creation: str = "2009-03-03") -> str:
    """A MEANTIME-shaped article: title, date line, body sentences, and two sentences beyond the annotated six."""
    sentences = [
        ["Envoys", "meet"],
        ["March", "3", ",", "2009"],
        ["The", "envoys", "met", "on", "Monday", "(", "``", "quietly", "''", ")", "."],
        ["They", "did", "n't", "talk", "for", "two", "hours", "."],
        ["Nothing", "else", "."], ["Nothing", "else", "."], ["Nothing", "else", "."],
        ["Unannotated", "sentence", "on", "Friday", "."],
    ]
    tokens, t_id = [], 0
    for number, words in enumerate(sentences):
        for word in words:
            t_id += 1
            tokens.append(f'<token number="{t_id - 1}" sentence="{number}" t_id="{t_id}">{word}</token>')
    return f"""<?xml version="1.0" ?><Document doc_id="{doc_id}" doc_name="{doc_id}_Envoys" lang="en" url="x">
{chr(10).join(tokens)}
<Markables>
<TIMEX3 anchorTimeID="" functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="{creation}">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
</TIMEX3>
<TIMEX3 anchorTimeID="1" functionInDocument="NONE" m_id="2" type="DATE" value="2009-03-02">
<token_anchor t_id="11"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="3" type="DURATION" value="PT2H">
<token_anchor t_id="23"/><token_anchor t_id="24"/>
</TIMEX3>
<TIMEX3 TAG_DESCRIPTOR="Empty_Mark" functionInDocument="NONE" m_id="4" type="DATE" value="2009"/>
</Markables>
<Relations></Relations>
</Document>
"""


def test_converter_rebuilds_text_offsets_and_date(tmp_path: Path):
    path = tmp_path / "42_Envoys.xml"
    path.write_text(meantime_xml("42"), encoding="utf-8")
    record = convert_file(path)
    assert record["id"] == "42" and record["date"] == "2009-03-03"
    assert record["text"] == ("Envoys meet\nThe envoys met on Monday (``quietly'').\n"
                              "They didn't talk for two hours.\nNothing else.\nNothing else.")
    assert [(t["text"], t["type"], t["value"]) for t in record["timexes"]] == [
        ("Monday", "DATE", "2009-03-02"), ("two hours", "DURATION", "PT2H")]
    for t in record["timexes"]:
        assert record["text"][t["start"]:t["end"]] == t["text"]


def test_converter_can_keep_the_date_line(tmp_path: Path):
    path = tmp_path / "42_Envoys.xml"
    path.write_text(meantime_xml("42"), encoding="utf-8")
    record = convert_file(path, keep_creation_time=True)
    assert record["text"].startswith("Envoys meet\nMarch 3, 2009\n")
    assert record["timexes"][0]["text"] == "March 3, 2009"


def test_an_untrusted_creation_time_leaves_the_document_undated(tmp_path: Path):
    path = tmp_path / "7_Envoys.xml"
    path.write_text(meantime_xml("7", creation="03-02-2009"), encoding="utf-8")
    record = convert_file(path)
    assert record["date"] is None
    assert "March 3, 2009" in record["text"]


def test_corpus_reads_each_document_once_and_writes_gold(tmp_path: Path):
    for folder in ("intra-doc_annotation/corpus_x", "intra_cross-doc_annotation/corpus_x"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "42_Envoys.xml").write_text(meantime_xml("42"), encoding="utf-8")
    assert [r["id"] for r in convert_corpus(tmp_path)] == ["42"]
    out = tmp_path / "gold.jsonl"
    assert write_gold(tmp_path, out) == 1
    (doc,) = read_gold(out)
    assert doc.date == "2009-03-03" and len(doc.timexes) == 2


def test_converter_errors_name_the_path(tmp_path: Path):
    with pytest.raises(ValueError, match="no .xml files"):
        list(convert_corpus(tmp_path))
    bad = tmp_path / "bad.xml"
    bad.write_text("<Document>", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.xml: not well-formed"):
        convert_file(bad)
