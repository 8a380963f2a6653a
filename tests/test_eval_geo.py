"""lapwing eval geo: gold reading, matching, scores, and the GeoVirus converter (own data)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lapwing.eval import geo, geovirus
from lapwing.gazetteer import Candidate
from lapwing.places_recognise import Cues, Found
from lapwing.places_resolve import Resolved

TEXT = "Rockets fell on Erbil and Kirkuk."


def candidate(lat: float, lon: float) -> Candidate:
    return Candidate(id="x", name="X", lat=lat, lon=lon, country="IRQ", admin1=None,
                     population=1, feature="city", precision="city", match="exact", geonameid=7)


def resolved(start: int, end: int, lat: float | None, lon: float | None = None) -> Resolved:
    c = candidate(lat, lon) if lat is not None else None  # type: ignore[arg-type]
    return Resolved(Found(start, end, TEXT[start:end], (c,) if c else (), Cues()), c, 1.0)


def gold_doc() -> geo.GoldDoc:
    return geo.parse_gold_record({"id": "t1", "text": TEXT, "toponyms": [
        {"start": 16, "end": 21, "lat": 36.19, "lon": 44.01, "geonameid": 7},
        {"start": 26, "end": 32, "lat": 35.47, "lon": 44.39},
    ]}, "test")


def test_end_to_end_counts_recall_precision_and_distance() -> None:
    counts = geo.Counts()
    predicted = [resolved(16, 21, 36.19, 44.01), resolved(0, 7, 0.0, 0.0)]  # Erbil right; "Rockets" extra
    counts.add(gold_doc(), predicted, "end2end")
    scores = counts.scores()
    assert scores["recall"] == 0.5 and scores["precision"] == 0.5
    assert scores["accuracy_161km"] == 1.0 and scores["geonameid_accuracy"] == 1.0
    assert scores["median_km"] < 1 and scores["auc"] < 0.01


def test_gold_spans_count_a_missing_answer_as_the_worst_error() -> None:
    counts = geo.Counts()
    counts.add(gold_doc(), [resolved(16, 21, 36.19, 44.01), resolved(26, 32, None)], "gold-spans")
    scores = counts.scores()
    assert scores["accuracy_161km"] == 0.5
    assert scores["mean_km"] == pytest.approx(geo.MAX_KM / 2, rel=0.01)
    assert scores["candidate_ceiling_161km"] == 0.5


def test_a_far_answer_is_wrong_within_161_km() -> None:
    counts = geo.Counts()
    counts.add(gold_doc(), [resolved(26, 32, 33.3, 44.4)], "end2end")  # Baghdad for Kirkuk: ~240 km
    scores = counts.scores()
    assert scores["accuracy_161km"] == 0.0 and 200 < scores["mean_km"] < 300


def test_overlap_matching_is_one_to_one() -> None:
    pairs = geo.overlap_pairs(gold_doc().toponyms, [resolved(16, 32, 1, 1), resolved(26, 32, 1, 1)])
    assert sorted((g.start, p.found.start) for g, p in pairs) == [(16, 16), (26, 26)]


def test_bad_gold_lines_name_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Mosul", "toponyms": [{"start": 0, "end": 9, "lat": 1, "lon": 2}]}) + "\n")
    with pytest.raises(ValueError, match=r"gold\.jsonl:1: toponym 0 offsets"):
        geo.read_gold(path)
    path.write_text('{"id": "a", "text": "Mosul", "toponyms": [{"start": 0, "end": 5}]}\n')
    with pytest.raises(ValueError, match="needs start, end, lat and lon"):
        geo.read_gold(path)


def test_evaluate_end_to_end_and_table(tmp_path: Path) -> None:
    text = "A car bomb exploded in Kirkuk, and rockets hit Erbil."
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "x", "text": text, "toponyms": [
        {"start": text.index("Kirkuk"), "end": text.index("Kirkuk") + 6, "lat": 35.47, "lon": 44.39},
        {"start": text.index("Erbil"), "end": text.index("Erbil") + 5, "lat": 36.19, "lon": 44.01},
    ]}) + "\n")
    for mode in geo.MODES:
        scores = geo.evaluate_file(path, mode)
        assert scores["recall"] == 1.0 and scores["accuracy_161km"] == 1.0
    assert geo.score_table({"all": scores}).row_count == 10
    with pytest.raises(ValueError, match="mode"):
        geo.evaluate([], "sideways")  # type: ignore[arg-type]


GEOVIRUS_XML = """<articles>
  <article><source>https://en.wikinews.org/wiki/Made_up_story</source>
    <text>Cases rose in Mosul and Basra.</text>
    <locations>
      <location><name>Mosul</name><start>15</start><end>20</end><lat>36.34</lat><lon>43.13</lon></location>
      <location><name>Basra</name><start>25</start><end>30</end><lat>30.5</lat><lon>47.8</lon></location>
    </locations></article>
  <article><source>https://en.wikinews.org/wiki/Made_up_story</source>
    <text>More in Najaf.</text>
    <locations><location><name>Najaf</name><start>9</start><end>14</end><lat>32</lat><lon>44.3</lon></location></locations>
  </article>
</articles>"""


def test_geovirus_converter_shifts_one_based_offsets(tmp_path: Path) -> None:
    (tmp_path / "GeoVirus.xml").write_text(GEOVIRUS_XML, encoding="utf-8")
    records = geovirus.convert_corpus(tmp_path)
    assert [r["id"] for r in records] == ["Made_up_story", "Made_up_story#2"]
    first = records[0]
    assert [first["text"][t["start"]:t["end"]] for t in first["toponyms"]] == ["Mosul", "Basra"]
    out = tmp_path / "gold.jsonl"
    assert geovirus.write_gold(tmp_path, out) == 2
    assert len(geo.read_gold(out)) == 2
    # both parts of one story fall in the same half
    assert geovirus.half_of("Made_up_story") == geovirus.half_of("Made_up_story#2")


def test_geovirus_converter_refuses_misaligned_offsets(tmp_path: Path) -> None:
    (tmp_path / "GeoVirus.xml").write_text(GEOVIRUS_XML.replace("<start>15</start>", "<start>14</start>"))
    with pytest.raises(ValueError, match="Made_up_story, location 0"):
        geovirus.convert_corpus(tmp_path)


def test_split_is_fixed_and_both_halves_occur() -> None:
    halves = {geovirus.half_of(f"story-{i}") for i in range(20)}
    assert halves == {"dev", "heldout"}
    assert geovirus.half_of("story-3") == geovirus.half_of("story-3")
