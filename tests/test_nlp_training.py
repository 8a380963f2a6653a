"""Unit tests of the training code (training/*.py) on tiny hand-written fixtures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIX = Path(__file__).resolve().parent / "fixtures" / "nlp"
sys.path.insert(0, str(ROOT / "training"))

convert = pytest.importorskip("convert")


def ents(sent):
    """(text, label) spans from a sentence's IOB tags."""
    out, cur = [], None
    for w, t in zip(sent.words, sent.ner):
        if t and t.startswith("B-"):
            cur = [w, t[2:]]
            out.append(cur)
        elif t and t.startswith("I-") and cur:
            cur[0] += " " + w
        else:
            cur = None
    return [tuple(x) for x in out]


def test_conllu_reader_words_spaces_heads():
    s1, s2 = convert.read_conllu(FIX / "tiny_ewt.conllu")
    assert s1.sent_id == "tiny-0001"
    assert s1.words == ["Anna", "Smith", "visited", "Paris", "."]
    assert s1.spaces == [True, True, True, False, True]
    assert s1.heads == [2, 0, 2, 2, 2]  # root points to itself
    assert s1.deps[2] == "ROOT" and s1.deps[0] == "nsubj"
    assert s1.pos[0] == "PROPN" and s1.tags[0] == "NNP"
    assert s1.lemmas[2] == "visit"
    # multi-word token "cannot" = can + not, no space inside the range
    assert s2.words == ["She", "can", "not", "stay", "."]
    assert s2.spaces == [True, False, True, False, True]
    assert s2.morphs[3] == "VerbForm=Inf"


def test_uner_merge_by_sent_id_and_drop_mismatch():
    sents = convert.read_conllu(FIX / "tiny_ewt.conllu")
    uner = convert.parse_iob2((FIX / "tiny_ewt.iob2").read_text())
    merged, dropped = convert.merge_uner(sents, uner)
    assert (merged, dropped) == (1, 1)  # "cannot" is one token in the .iob2 file
    assert ents(sents[0]) == [("Anna Smith", "PER"), ("Paris", "LOC")]
    assert sents[1].ner is None  # no NER layer: missing, not "O"


def test_uner_merge_by_text():
    sents = convert.read_conllu(FIX / "tiny_ewt.conllu")
    for s in sents:
        s.sent_id = "other-id"
    uner = convert.parse_iob2((FIX / "tiny_ewt.iob2").read_text(), key="text")
    assert convert.merge_uner(sents, uner, key="text") == (1, 1)


def test_fix_iob_repairs_orphan_inside():
    assert convert.fix_iob(["O", "I-PER", "I-PER", "I-LOC", None, "I-ORG"]) == [
        "O", "B-PER", "I-PER", "B-LOC", None, "B-ORG",
    ]


def test_gum_mentions_brackets_nested():
    s1, s2 = convert.read_conllu(FIX / "GUM_news_tiny.conllu")
    mentions = sorted(convert.gum_mentions(s1))
    assert (0, 1, "place") in mentions
    assert (0, 4, "person") in mentions
    assert (5, 8, "organization") in mentions
    assert (9, 10, "place") in mentions
    assert convert.span_head(s1, 0, 4) == 3


def test_gum_named_entities_only_proper_noun_heads():
    s1, s2 = convert.read_gum([FIX / "GUM_news_tiny.conllu"])
    # title dropped, nested place kept, determiner dropped
    assert ents(s1) == [("U.S.", "LOC"), ("Joe Biden", "PER"), ("Red Cross", "ORG"), ("Geneva", "LOC")]
    # pronoun and common-noun mentions are not named entities
    assert ents(s2) == [] and all(t == "O" for t in s2.ner)


def test_meantime_name_mentions_and_missing_capitals():
    sents = convert.parse_meantime((FIX / "tiny_meantime.xml").read_text(), "1")
    assert [s.words[:2] for s in sents] == [["Boeing", "chief"], ["Airbus", "said"]]
    assert ents(sents[0]) == [("Boeing", "ORG"), ("Jim Smith", "PER"), ("Toulouse", "LOC")]
    assert sents[0].ner[1] == "O"  # lower-case word: outside
    # "Airbus" is not annotated: unknown (MEANTIME is not exhaustive), not "O"
    assert sents[1].ner[0] is None
    assert sents[1].ner[2:4] == ["O", "O"]  # "the plane" is a PRO entity: not PER/ORG/LOC
    assert sents[0].spaces[-2] is False  # no space before the final full stop


def test_docs_keep_missing_ner_missing(tmp_path):
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    vocab = spacy.blank("en").vocab
    ewt = convert.read_conllu(FIX / "tiny_ewt.conllu")
    convert.merge_uner(ewt, convert.parse_iob2((FIX / "tiny_ewt.iob2").read_text()))
    meantime = convert.parse_meantime((FIX / "tiny_meantime.xml").read_text(), "1")
    n = convert.write_docbin(tmp_path / "x.spacy", vocab, ewt + meantime, n_sents=10)
    assert n == 2  # syntax and no-syntax sentences are not mixed in one Doc
    d1, d2 = DocBin().from_disk(tmp_path / "x.spacy").get_docs(vocab)
    assert d1.text == "Anna Smith visited Paris. She cannot stay. "
    assert [(e.text, e.label_) for e in d1.ents] == [("Anna Smith", "PER"), ("Paris", "LOC")]
    assert d1[5].ent_iob_ == ""  # second sentence has no NER layer: missing
    assert d1[2].head.i == 2 and d1[0].head.i == 2 and d1[8].head.i == 8
    assert len(list(d1.sents)) == 2
    assert d1[0].pos_ == "PROPN" and d1[2].lemma_ == "visit"
    assert d2.has_annotation("SENT_START") and not d2.has_annotation("DEP")
    assert [(e.text, e.label_) for e in d2.ents] == [("Boeing", "ORG"), ("Jim Smith", "PER"), ("Toulouse", "LOC")]


def test_build_end_to_end_on_fixture_tree(tmp_path):
    pytest.importorskip("spacy")
    data = tmp_path / "data"
    (data / "ud/ewt").mkdir(parents=True)
    (data / "ud/uner").mkdir(parents=True)
    (data / "ud/gum/sources").mkdir(parents=True)
    (data / "meantime/intra-doc_annotation/corpus_x").mkdir(parents=True)
    for split in ("train", "dev", "test"):
        (data / f"ud/ewt/en_ewt-ud-{split}.conllu").write_text((FIX / "tiny_ewt.conllu").read_text())
        (data / f"ud/gum/files.{split}").write_text("GUM_news_tiny\n")
    for name in ("en_ewt-ud-dev.iob2", "en_ewt-ud-test.iob2", "en_pud-ud-test.iob2"):
        (data / "ud/uner" / name).write_text((FIX / "tiny_ewt.iob2").read_text())
    (data / "ud/uner/en_pud-ud-test.conllu").write_text((FIX / "tiny_ewt.conllu").read_text())
    (data / "ud/gum/sources/GUM_news_tiny.conllu").write_text((FIX / "GUM_news_tiny.conllu").read_text())
    (data / "meantime/intra-doc_annotation/corpus_x/1_tiny.xml").write_text((FIX / "tiny_meantime.xml").read_text())
    report = convert.build(data, tmp_path / "corpus")
    for name in ("train", "dev", "test_ewt", "test_gum_news", "test_pud", "test_uner_ewt"):
        assert (tmp_path / "corpus" / f"{name}.spacy").exists()
    assert report["train"]["sentences"] == 2 + 2 + 2 + 2  # EWT train + dev + GUM train + MEANTIME
    assert report["test_pud"]["sentences"] == 1
    assert report["test_gum_news"]["entities"] == 4
    assert json.loads((tmp_path / "corpus/stats.json").read_text())["dev"]["sentences"] == 2


def test_gum_document_text_and_gold_spans():
    from eval_sentences import gum_document, prf

    text, spans = gum_document((FIX / "GUM_news_tiny.conllu").read_text())
    assert [text[s:e] for s, e in spans] == [
        "U.S. President Joe Biden met the Red Cross in Geneva.",
        "He thanked the aid workers.",
    ]
    assert text[spans[0][1]] == " "  # same paragraph: joined by a space
    assert prf({1, 2}, {2, 3})["f"] == 0.5


def test_parse_train_log():
    import train_base

    log = FIX.parent.parent / "fixtures" / "nlp" / "train_log.txt"
    info = train_base.parse_train_log(log)
    assert info == {"steps": 400, "epochs": 0, "best_step": 400, "best_dev_score": 0.6}


def test_card_renders_and_round_trips(tmp_path):
    import train_base

    meta = {
        "lang": "en", "name": "lapwing", "version": "0.1.0", "spacy_version": ">=3.8.14,<3.9.0",
        "pipeline": ["tok2vec", "parser", "ner"], "labels": {"ner": ["PER", "ORG", "LOC"]},
        "license": "CC BY-SA 4.0",
        "lapwing": {
            "size_mb": 7.5,
            "held_out": {"ewt_test": {"pos_acc": 93.1, "dep_las": 78.2}, "pud_ner": {"ents_f": 55.0},
                         "sentences": {"test": {"f": 0.976}}, "speed": {"words_per_s": 6000}},
            "training": {"command": "python -m spacy train training/base.cfg", "steps": 4000, "seconds": 2600},
        },
    }
    (tmp_path / "meta.json").write_text(json.dumps(meta))
    card = train_base.step_card(tmp_path, tmp_path / "CARD.md")
    text = card.read_text()
    assert "| LAS | EWT test | 78.2 | 84.0 |" in text
    assert "python -m spacy train training/base.cfg" in text
    summary = train_base.read_card_summary(card)
    assert summary["name"] == "en_lapwing"
    assert summary["held_out"]["ewt_test_las"] == 78.2
    assert summary["labels_ner"] == ["LOC", "ORG", "PER"]


@pytest.mark.slow
def test_base_config_trains_on_tiny_corpus(tmp_path):
    """The shipped spaCy config is valid and trains for a few steps on the fixtures."""
    spacy = pytest.importorskip("spacy")
    vocab = spacy.blank("en").vocab
    sents = convert.read_conllu(FIX / "tiny_ewt.conllu") * 4 + convert.read_gum([FIX / "GUM_news_tiny.conllu"]) * 4
    convert.merge_uner(sents, convert.parse_iob2((FIX / "tiny_ewt.iob2").read_text()))
    convert.write_docbin(tmp_path / "train.spacy", vocab, sents, n_sents=2)
    cmd = [
        sys.executable, "-m", "spacy", "train", str(ROOT / "training" / "base.cfg"),
        "--paths.train", str(tmp_path / "train.spacy"), "--paths.dev", str(tmp_path / "train.spacy"),
        "--output", str(tmp_path / "out"), "--training.max_steps", "3", "--training.eval_frequency", "2",
        "--components.trainable_lemmatizer.min_tree_freq", "1",
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    nlp = spacy.load(tmp_path / "out" / "model-last")
    assert nlp.pipe_names == ["tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "parser", "ner"]
    assert set(nlp.get_pipe("ner").labels) <= {"PER", "ORG", "LOC"}


def _fixture_data_tree(root: Path) -> Path:
    data = root / "data"
    (data / "ud/ewt").mkdir(parents=True)
    (data / "ud/uner").mkdir(parents=True)
    (data / "ud/gum/sources").mkdir(parents=True)
    (data / "meantime/intra-doc_annotation/corpus_x").mkdir(parents=True)
    ewt = (FIX / "tiny_ewt.conllu").read_text()
    for split in ("train", "dev", "test"):
        (data / f"ud/ewt/en_ewt-ud-{split}.conllu").write_text(ewt * 1)
        (data / f"ud/gum/files.{split}").write_text("GUM_news_tiny\n")
    for name in ("en_ewt-ud-dev.iob2", "en_ewt-ud-test.iob2", "en_pud-ud-test.iob2"):
        (data / "ud/uner" / name).write_text((FIX / "tiny_ewt.iob2").read_text())
    (data / "ud/uner/en_pud-ud-test.conllu").write_text(ewt)
    (data / "ud/gum/sources/GUM_news_tiny.conllu").write_text((FIX / "GUM_news_tiny.conllu").read_text())
    (data / "meantime/intra-doc_annotation/corpus_x/1_tiny.xml").write_text((FIX / "tiny_meantime.xml").read_text())
    return data


@pytest.mark.slow
def test_driver_runs_end_to_end_on_fixtures(tmp_path):
    """convert -> train (2 steps) -> evaluate -> package -> card, all into tmp_path."""
    pytest.importorskip("spacy")
    pytest.importorskip("syntok")
    import train_base

    data = _fixture_data_tree(tmp_path)
    try:
        train_base.main([
            "all", "--data", str(data), "--corpus", str(tmp_path / "corpus"), "--output", str(tmp_path / "out"),
            "--package-dir", str(tmp_path / "en_lapwing"), "--card", str(tmp_path / "CARD.md"),
            "--max-steps", "2", "--override", "components.trainable_lemmatizer.min_tree_freq=1",
            "--override", "training.eval_frequency=1",
            # tiny data: keep every parser action (the default prunes actions seen < 30 times)
            "--override", "components.parser.min_action_freq=1",
        ])
    finally:
        train_base._set_paths(train_base.TRAINING / "corpus", train_base.TRAINING / "output",
                              train_base.ROOT / "lapwing/models/en_lapwing", train_base.ROOT / "lapwing/models/en_lapwing_CARD.md")
    metrics = json.loads((tmp_path / "out/metrics.json").read_text())
    assert {"ewt_test", "gum_news_test", "pud_ner", "speed", "sentences"} <= set(metrics)
    assert metrics["sentences"]["test"]["f"] == 1.0
    meta = json.loads((tmp_path / "en_lapwing/meta.json").read_text())
    assert meta["license"] == "CC BY-SA 4.0" and meta["lapwing"]["training"]["steps"] >= 0
    assert (tmp_path / "en_lapwing/NOTICE.md").exists()
    summary = train_base.read_card_summary(tmp_path / "CARD.md")
    assert summary["held_out"]["ewt_test_las"] == metrics["ewt_test"]["dep_las"]
    assert "--training.max_steps 2" in (tmp_path / "CARD.md").read_text()


def test_distilled_vectors_vocabulary_reduction_and_file(tmp_path):
    """The pieces of training/distill_vectors.py that need no encoder."""
    from collections import Counter

    import numpy as np

    distill = pytest.importorskip("distill_vectors")
    vocab = distill.choose_vocabulary(Counter({"the": 9, "strike": 3}), Counter({"erbil": 2, "the": 1}), size=3)
    assert vocab == ["the", "strike", "erbil"]  # corpus words first, no repeats, cut at size
    assert distill.choose_vocabulary(Counter({"a": 1}), Counter({"b": 1}), size=1) == ["a"]
    assert [bool(distill.WORD.match(w)) for w in ("al-qaim", "u.s", "'s", "--", "o'brien")] == \
        [True, True, False, False, True]
    rng = np.random.default_rng(0)
    points = rng.normal(size=(50, 8)) * np.array([10, 5, 1, 1, 0.1, 0.1, 0.1, 0.1])
    reduced, kept = distill.reduce(points, 2)
    assert reduced.shape == (50, 2) and reduced.dtype == np.float32
    assert 0.8 < kept < 1.0 and np.abs(reduced).max() == pytest.approx(1.0)
    out = tmp_path / "v.txt"
    distill.write_word2vec(["erbil", "the"], reduced[:2], out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "2 2" and lines[1].split()[0] == "erbil" and len(lines[2].split()) == 3
