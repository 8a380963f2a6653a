"""Reproducible training of Lapwing's base English pipeline: convert -> train -> evaluate -> package -> card.

Usage (repository root; what ``make train-base DATA=../shared/data`` runs)::

    python training/train_base.py all --data ../shared/data [--max-steps 20000] [--time-budget 0]

Steps (each can be run alone)::

    convert   UD/UNER/MEANTIME -> training/corpus/*.spacy            (training/convert.py)
    train     spacy train training/base.cfg -> training/output/model-best
    evaluate  held-out scores -> training/output/metrics.json
              EWT test (UPOS, LAS), GUM news test docs (LAS, NER), UNER English-PUD (NER),
              UNER EWT test (NER), sentence F1 on GUM news (training/eval_sentences.py), words/s
    package   copy model-best to lapwing/models/en_lapwing (meta.json: name, licence, sources, metrics)
    card      rewrite lapwing/models/en_lapwing_CARD.md from metrics.json and the model's meta.json

Data never enters the repository: the corpus and training outputs live under
``training/corpus`` and ``training/output`` (git-ignored). Nothing is downloaded.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import shutil
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRAINING = ROOT / "training"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(TRAINING))

CORPUS = TRAINING / "corpus"
OUTPUT = TRAINING / "output"
CONFIG = TRAINING / "base.cfg"
MODEL_DIR = ROOT / "lapwing" / "models" / "en_lapwing"
CARD = ROOT / "lapwing" / "models" / "en_lapwing_CARD.md"
MAX_MODEL_MB = 40.0

TEST_SETS = {
    # name: (file, what it measures, description)
    "ewt_test": ("test_ewt.spacy", "UD English-EWT v2.16 test (2,077 sentences, web text)"),
    "gum_news_test": ("test_gum_news.spacy", "UD English-GUM news documents of the official test list"),
    "pud_ner": ("test_pud.spacy", "UNER English-PUD (1,000 news/Wikipedia sentences; UD syntax too)"),
    "uner_ewt_test": ("test_uner_ewt.spacy", "UNER English-EWT test (NER)"),
}

#: NER test sets also scored "with gazetteer help" (lapwing.nlp.gazetteer_ner), apart from the
#: bare model; the policy was chosen on the model-selection set (GUM dev), never on these
GAZETTEER_SETS = {"pud_ner": "pud_ner_gazetteer", "uner_ewt_test": "uner_ewt_test_gazetteer"}
GAZETTEER_POLICY = "add"

LICENCE = "CC BY-SA 4.0"
SOURCES = [
    {"name": "UD English-EWT v2.16", "url": "https://github.com/UniversalDependencies/UD_English-EWT", "license": "CC BY-SA 4.0"},
    {"name": "UD English-GUM (open genres, official train list)", "url": "https://github.com/UniversalDependencies/UD_English-GUM", "license": "CC BY 4.0 (annotations); texts CC BY / CC BY-SA"},
    {"name": "Universal NER English-EWT (dev labels)", "url": "https://www.universalner.org/", "license": "CC BY-SA 4.0"},
    {"name": "NewsReader MEANTIME (English, entity mentions)", "url": "http://www.newsreader-project.eu/results/data/wikinews/", "license": "CC BY 4.0"},
]


def _run(cmd: list[str], log: Path | None = None) -> None:
    print("+", " ".join(shlex.quote(c) for c in cmd), flush=True)
    if log is None:
        subprocess.run(cmd, check=True, cwd=ROOT)
        return
    with open(log, "a", encoding="utf-8") as fh:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        assert proc.stdout is not None
        for line in proc.stdout:
            sys.stdout.write(line)
            fh.write(line)
        if proc.wait() != 0:
            raise subprocess.CalledProcessError(proc.returncode, cmd)


# ------------------------------------------------------------------ steps


def step_convert(data: Path) -> dict:
    from convert import build

    t0 = time.time()
    report = build(data, CORPUS)
    report["seconds"] = round(time.time() - t0, 1)
    return report


def _rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def train_command(max_steps: int, output: Path, overrides: list[str] | None = None) -> list[str]:
    extra = []
    for item in overrides or []:
        key, _, value = item.partition("=")
        extra += [f"--{key}", value]
    return [
        sys.executable, "-m", "spacy", "train", _rel(CONFIG),
        "--output", _rel(output),
        "--paths.train", _rel(CORPUS / "train.spacy"),
        "--paths.dev", _rel(CORPUS / "dev.spacy"),
        "--training.max_steps", str(max_steps),
        *extra,
    ]


def step_train(max_steps: int, time_budget: int, overrides: list[str] | None = None) -> dict:
    """Train; with ``time_budget`` > 0 seconds the run is stopped then and model-best kept."""
    OUTPUT.mkdir(parents=True, exist_ok=True)
    cmd = train_command(max_steps, OUTPUT, overrides)
    if time_budget > 0:
        cmd = ["timeout", str(time_budget)] + cmd
    t0 = time.time()
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    try:
        _run(cmd, OUTPUT / "train.log")
        stopped = "finished"
    except subprocess.CalledProcessError as err:
        if time_budget > 0 and err.returncode == 124 and (OUTPUT / "model-best").exists():
            stopped = "time budget"
        else:
            raise
    info = {
        "command": " ".join(
            ["python"] + [shlex.quote(c) for c in train_command(max_steps, OUTPUT, overrides)[1:]]
        ),
        "time_budget_s": time_budget,
        "started": started,
        "seconds": round(time.time() - t0),
        "stopped": stopped,
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, no GPU",
    }
    info.update(parse_train_log(OUTPUT / "train.log"))
    (OUTPUT / "train_info.json").write_text(json.dumps(info, indent=2) + "\n")
    return info


def parse_train_log(log: Path) -> dict:
    """Last step and the best dev score from spaCy's console log table."""
    if not log.exists():
        return {}
    header: list[str] | None = None
    rows = []
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        cols = line.split()
        if cols[:2] == ["E", "#"]:
            header = cols
        elif header and len(cols) >= 3 and cols[0].isdigit() and cols[1].isdigit():
            rows.append(cols)
    if not rows or header is None:
        return {}
    last = rows[-1]
    best = max(rows, key=lambda r: float(r[-1]))
    return {"steps": int(last[1]), "epochs": int(last[0]), "best_step": int(best[1]), "best_dev_score": float(best[-1])}


def _examples(nlp, path: Path):
    from spacy.tokens import DocBin
    from spacy.training import Example

    docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    return [Example(nlp.make_doc(d.text), d) for d in docs]


def _pick(scores: dict) -> dict:
    keep = ["pos_acc", "tag_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f", "ents_p", "ents_r", "ents_f"]
    out = {}
    for k in keep:
        v = scores.get(k)
        if v is not None:
            out[k] = round(100 * float(v), 2)
    per = scores.get("ents_per_type")
    if per:
        out["ents_per_type"] = {lab: {m: round(100 * float(x), 2) for m, x in d.items()} for lab, d in per.items()}
    return out


def evaluate_model(model_path: Path, data: Path | None, corpus: Path | None = None) -> dict:
    from lapwing.nlp.pipeline import clear_cache, load_pipeline

    corpus = corpus or CORPUS
    clear_cache()
    nlp = load_pipeline(str(model_path), splitter="lapwing")
    results: dict = {"splitter": "lapwing (syntok + news rules; boundaries fixed before parsing)"}
    for name, (fname, desc) in TEST_SETS.items():
        path = corpus / fname
        if not path.exists():
            continue
        examples = _examples(nlp, path)
        scores = nlp.evaluate(examples)
        words = sum(len(e.reference) for e in examples)
        results[name] = {"description": desc, "words": words, **_pick(scores)}
    results.update(evaluate_gazetteer_ner(model_path, corpus))
    # EWT's web text again, with the parser segmenting instead of the splitter
    path = corpus / "test_ewt.spacy"
    if path.exists():
        clear_cache()
        nlp_model = load_pipeline(str(model_path), splitter="model")
        scores = nlp_model.evaluate(_examples(nlp_model, path))
        results["ewt_test_model_split"] = {"description": "EWT test, sentence boundaries by the parser", **_pick(scores)}
        clear_cache()
        nlp = load_pipeline(str(model_path), splitter="lapwing")
    # speed: words per second on EWT test text, one process, batch 64
    path = corpus / "test_ewt.spacy"
    if path.exists():
        texts = [e.reference.text for e in _examples(nlp, path)]
        n_words = 0
        t0 = time.perf_counter()
        for doc in nlp.pipe(texts, batch_size=64):
            n_words += len(doc)
        dt = time.perf_counter() - t0
        results["speed"] = {"words_per_s": int(n_words / dt), "words": n_words, "processes": 1, "includes_splitter": True}
    if data is not None:
        from eval_sentences import evaluate as eval_sents, news_files

        gum = Path(data) / "ud" / "gum"
        results["sentences"] = {
            split: eval_sents(news_files(gum, split))["lapwing"] for split in ("test", "dev", "all")
        }
    return results


def evaluate_gazetteer_ner(model_path: Path, corpus: Path | None = None) -> dict:
    """NER scores of ``model_path`` with the actor KB and gazetteer adding names."""
    from lapwing.nlp.pipeline import load_pipeline

    corpus = corpus or CORPUS
    nlp = load_pipeline(str(model_path), splitter="lapwing", gazetteer=GAZETTEER_POLICY)
    results = {}
    for name, key in GAZETTEER_SETS.items():
        fname, desc = TEST_SETS[name]
        if (corpus / fname).exists():
            scores = _pick(nlp.evaluate(_examples(nlp, corpus / fname)))
            results[key] = {"description": f"{desc}, with gazetteer help ({GAZETTEER_POLICY})",
                            **{k: v for k, v in scores.items() if k.startswith("ents_")}}
    return results


def step_ner_gazetteer(model_dir: Path | None = None) -> dict:
    """Score the shipped model with gazetteer help and store it in its meta.json (no retraining)."""
    model_dir = model_dir or MODEL_DIR
    results = evaluate_gazetteer_ner(model_dir)
    meta_path = model_dir / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta.setdefault("lapwing", {}).setdefault("held_out", {}).update(results)
    meta_path.write_text(json.dumps(meta, indent=2) + "\n")
    return results


def step_evaluate(data: Path | None, model: Path | None = None) -> dict:
    model = model or OUTPUT / "model-best"
    results = evaluate_model(model, data)
    (OUTPUT / "metrics.json").write_text(json.dumps(results, indent=2) + "\n")
    return results


def dir_size_mb(path: Path) -> float:
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6, 2)


def step_package(model: Path | None = None, target: Path | None = None) -> dict:
    model = model or OUTPUT / "model-best"
    target = target or MODEL_DIR
    size = dir_size_mb(model)
    if size > MAX_MODEL_MB:
        raise SystemExit(f"model is {size} MB > {MAX_MODEL_MB} MB: not packaged")
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(model, target)
    meta_path = target / "meta.json"
    meta = json.loads(meta_path.read_text())
    metrics = json.loads((OUTPUT / "metrics.json").read_text()) if (OUTPUT / "metrics.json").exists() else {}
    info = json.loads((OUTPUT / "train_info.json").read_text()) if (OUTPUT / "train_info.json").exists() else {}
    meta.update(
        {
            "name": "lapwing",
            "version": "0.1.0",
            "description": "Lapwing base English pipeline: CNN tagger, morphologizer, trainable lemmatizer, parser, NER (PER/ORG/LOC)",
            "author": "Lapwing",
            "license": LICENCE,
            "sources": SOURCES,
            "lapwing": {"held_out": metrics, "training": info, "size_mb": size},
        }
    )
    meta_path.write_text(json.dumps(meta, indent=2) + "\n")
    (target / "NOTICE.md").write_text(NOTICE)
    return {"path": str(target), "size_mb": dir_size_mb(target)}


NOTICE = """# Notice: en_lapwing model weights

These weights were trained by Lapwing's `training/train_base.py` from:

- Universal Dependencies English-EWT v2.16 -- CC BY-SA 4.0
- Universal Dependencies English-GUM (openly licensed genres, official train list) --
  annotations CC BY 4.0; texts CC BY / CC BY-SA (Wikinews, Wikivoyage, Wikipedia, ...)
- Universal NER English-EWT dev labels -- CC BY-SA 4.0
- NewsReader MEANTIME English entity mentions -- CC BY 4.0

Because they are derived from CC BY-SA 4.0 annotations, the model weights in this folder are
distributed under the Creative Commons Attribution-ShareAlike 4.0 International licence
(https://creativecommons.org/licenses/by-sa/4.0/), separately from Lapwing's Apache-2.0 code.
The training data are not included. See ../en_lapwing_CARD.md for details.
"""


# ------------------------------------------------------------------ card


def _fmt(v, nd: int = 1) -> str:
    if v is None:
        return "n/a"
    if isinstance(v, float):
        return f"{v:.{nd}f}"
    return str(v)


def render_card(meta: dict) -> str:
    lw = meta.get("lapwing", {})
    m = lw.get("held_out", {})
    t = lw.get("training", {})
    ewt, gum, pud, uner, pud_gaz, uner_gaz = (m.get(k, {}) for k in (
        "ewt_test", "gum_news_test", "pud_ner", "uner_ewt_test", *GAZETTEER_SETS.values()))
    sents = m.get("sentences", {})
    speed = m.get("speed", {})

    def sf(split: str) -> str:
        s = sents.get(split)
        return f"{s['f']:.3f}" if s else "n/a"

    rows = [
        ("UPOS accuracy", "EWT test", ewt.get("pos_acc"), "95.0"),
        ("XPOS accuracy", "EWT test", ewt.get("tag_acc"), ""),
        ("Morph. features accuracy", "EWT test", ewt.get("morph_acc"), ""),
        ("Lemma accuracy", "EWT test", ewt.get("lemma_acc"), ""),
        ("UAS", "EWT test", ewt.get("dep_uas"), ""),
        ("LAS", "EWT test", ewt.get("dep_las"), "84.0"),
        ("LAS", "EWT test, parser splits", m.get("ewt_test_model_split", {}).get("dep_las"), ""),
        ("UPOS accuracy", "GUM news test docs", gum.get("pos_acc"), ""),
        ("LAS", "GUM news test docs", gum.get("dep_las"), "82.0"),
        ("NER F1 (PER/ORG/LOC)", "UNER English-PUD", pud.get("ents_f"), "75"),
        ("NER P / R", "UNER English-PUD", f"{_fmt(pud.get('ents_p'))} / {_fmt(pud.get('ents_r'))}", ""),
        ("NER F1, with gazetteer help (separate)", "UNER English-PUD", pud_gaz.get("ents_f"), "75"),
        ("NER P / R, with gazetteer help", "UNER English-PUD",
         f"{_fmt(pud_gaz.get('ents_p'))} / {_fmt(pud_gaz.get('ents_r'))}", ""),
        ("NER F1", "UNER English-EWT test", uner.get("ents_f"), ""),
        ("NER F1, with gazetteer help", "UNER English-EWT test", uner_gaz.get("ents_f"), ""),
        ("NER F1 (derived from GUM Entity)", "GUM news test docs", gum.get("ents_f"), ""),
        ("LAS", "English-PUD (UD)", pud.get("dep_las"), ""),
        ("Sentence F1 (lapwing.nlp.sentences)", "GUM news test docs", sf("test"), "0.96"),
        ("Sentence F1", "GUM news dev docs", sf("dev"), ""),
        ("Sentence F1", "all 24 GUM news docs", sf("all"), ""),
        ("Speed (words/s, 1 process, incl. splitter)", "EWT test text", speed.get("words_per_s"), "5,000"),
    ]
    table = "\n".join(f"| {a} | {b} | {_fmt(c)} | {d} |" for a, b, c, d in rows)
    per_type = pud.get("ents_per_type", {})
    per_type_rows = "\n".join(
        f"| {lab} | {_fmt(d.get('p'))} | {_fmt(d.get('r'))} | {_fmt(d.get('f'))} |" for lab, d in sorted(per_type.items())
    )
    machine_block = json.dumps(
        {
            "name": f"{meta.get('lang')}_{meta.get('name')}",
            "version": meta.get("version"),
            "spacy_version": meta.get("spacy_version"),
            "pipeline": meta.get("pipeline"),
            "labels_ner": sorted(meta.get("labels", {}).get("ner", [])),
            "license": meta.get("license"),
            "size_mb": lw.get("size_mb"),
            "held_out": {
                "ewt_test_upos": ewt.get("pos_acc"),
                "ewt_test_las": ewt.get("dep_las"),
                "gum_news_test_las": gum.get("dep_las"),
                "pud_ner_f1": pud.get("ents_f"),
                "pud_ner_f1_with_gazetteer": pud_gaz.get("ents_f"),
                "gum_news_test_sentence_f1": (sents.get("test") or {}).get("f"),
                "words_per_s": speed.get("words_per_s"),
            },
            "training_steps": t.get("steps"),
            "training_seconds": t.get("seconds"),
        },
        indent=2,
    )
    return CARD_TEMPLATE.format(
        table=table,
        per_type_rows=per_type_rows or "| (none) | | | |",
        command=t.get("command", "n/a"),
        time_budget=t.get("time_budget_s", 0),
        seconds=t.get("seconds", "n/a"),
        minutes=round(t["seconds"] / 60) if isinstance(t.get("seconds"), (int, float)) else "n/a",
        steps=t.get("steps", "n/a"),
        best_step=t.get("best_step", "n/a"),
        stopped=t.get("stopped", "n/a"),
        machine=t.get("machine", "n/a"),
        started=t.get("started", "n/a"),
        size=lw.get("size_mb", "n/a"),
        spacy_version=meta.get("spacy_version", "n/a"),
        pipeline=", ".join(meta.get("pipeline", [])),
        machine_block=machine_block,
        notes=f"\nNote: {t['notes']}\n" if t.get("notes") else "",
    )


CARD_TEMPLATE = """# Model card: en_lapwing (Lapwing base English pipeline)

*This file is rewritten by `make train-base` (training/train_base.py card); edit the template in
training/train_base.py, not the numbers.*

## What it is

A small CPU pipeline (spaCy {spacy_version}, CNN tok2vec, no static vectors) with the components
{pipeline}. Named entities: PER, ORG, LOC. Lapwing splits sentences with its own news splitter
(`lapwing.nlp.sentences`, syntok + news rules) before the parser runs. Size on disk: {size} MB.
Loaded offline from the package by `lapwing.nlp.pipeline.load_pipeline()`; a larger user-installed
spaCy pipeline can replace it with `[stages.parse] model = "<name or path>"` in `lapwing.toml`.

## Held-out results

Scored with spaCy's scorer on raw text (spaCy tokenisation aligned to the gold tokens; sentence
boundaries from Lapwing's splitter, fixed before parsing), so figures are comparable to spaCy's
published UD numbers, not to CoNLL 2018 shared-task scores on gold tokenisation. "EWT test, parser
splits" lets the parser segment instead (EWT's web text often lacks punctuation).

| metric | data | score | target (issue #2) |
|---|---|---|---|
{table}

NER by type on UNER English-PUD:

| label | P | R | F |
|---|---|---|---|
{per_type_rows}

## Training data

| data | used for | licence |
|---|---|---|
| UD English-EWT v2.16 train + dev | tagger, morphology, lemmas, parser (dev also NER, below) | CC BY-SA 4.0 |
| UD English-GUM, official train list (10 open genres) | tagger, morphology, lemmas, parser; NER from person/organization/place mentions headed by a proper noun | CC BY 4.0 (annotations), texts CC BY / CC BY-SA |
| Universal NER English-EWT dev labels (merged into EWT dev by sent_id) | NER | CC BY-SA 4.0 |
| NewsReader MEANTIME English (120 Wikinews articles), name mentions of PER/ORG/LOC entities (other capitalised words left unannotated) | NER | CC BY 4.0 |

Model selection used GUM's official dev list. Held out, never trained on: EWT test, GUM test
documents, UNER English-PUD, UNER EWT test. The model itself uses no gazetteer; the rows "with
gazetteer help" add `lapwing.nlp.gazetteer_ner` (names from Lapwing's actor KB and gazetteer added
where the model found none; policy chosen on GUM dev), scored by `train_base.py ner-gazetteer`.
Static word vectors distilled from MiniLM were tried and not kept (training/README.md, "Ablation").

## Licence

The weights are derived from CC BY-SA 4.0 annotations and are distributed under **CC BY-SA 4.0**
(see `en_lapwing/NOTICE.md`), separately from Lapwing's Apache-2.0 code. The training data are not
part of the repository.

## How it was trained

```
make train-base DATA=../shared/data
# = python training/train_base.py all --data ../shared/data
# training step:
{command}
```

Started {started}; {steps} steps ({stopped}; time budget {time_budget} s; best dev score at step
{best_step}); {seconds} s (~{minutes} min) wall on {machine}.
{notes}
## Limits

- Trained on web text, Wikinews and other genres; news headlines and captions are short and
  often verbless, and the parser is weakest there.
- NER training data are small (about 6,000 entities); expect errors on rare organisation and place
  names. MEANTIME annotates only some mentions, so unannotated capitalised words were left out of
  the loss rather than marked as non-entities.
- The numbers above come from a short CPU run unless the training section says otherwise; a longer
  run (more steps, GPU) is expected to improve every figure.

## Machine-readable summary

<!-- lapwing-card:begin -->
```json
{machine_block}
```
<!-- lapwing-card:end -->
"""


def step_card(model_dir: Path | None = None, card: Path | None = None) -> Path:
    model_dir, card = model_dir or MODEL_DIR, card or CARD
    meta = json.loads((model_dir / "meta.json").read_text())
    card.write_text(render_card(meta), encoding="utf-8")
    return card


def read_card_summary(card: Path | None = None) -> dict:
    text = (card or CARD).read_text(encoding="utf-8")
    block = text.split("<!-- lapwing-card:begin -->", 1)[1].split("<!-- lapwing-card:end -->", 1)[0]
    block = block.strip().removeprefix("```json").removesuffix("```")
    return json.loads(block)


# ------------------------------------------------------------------ main


def _set_paths(corpus: Path, output: Path, model_dir: Path, card: Path) -> None:
    global CORPUS, OUTPUT, MODEL_DIR, CARD
    CORPUS, OUTPUT, MODEL_DIR, CARD = (p.resolve() for p in (corpus, output, model_dir, card))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Train Lapwing's base English pipeline")
    ap.add_argument("step", choices=["all", "convert", "train", "evaluate", "package", "card",
                                     "ner-gazetteer"])
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("DATA", "../shared/data")))
    ap.add_argument("--max-steps", type=int, default=20000)
    ap.add_argument("--time-budget", type=int, default=0, help="seconds; 0 = no limit")
    ap.add_argument("--model", type=Path, default=None, help="model to evaluate/package (default training/output/model-best)")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="converted corpus folder (default training/corpus)")
    ap.add_argument("--output", type=Path, default=OUTPUT, help="training output folder (default training/output)")
    ap.add_argument("--package-dir", type=Path, default=MODEL_DIR, help="where the model is shipped")
    ap.add_argument("--card", type=Path, default=CARD, help="model card to rewrite")
    ap.add_argument("--override", action="append", default=[], metavar="KEY=VALUE",
                    help="spaCy config override for the train step, e.g. training.eval_frequency=400")
    args = ap.parse_args(argv)
    _set_paths(args.corpus, args.output, args.package_dir, args.card)
    if args.step in ("all", "convert"):
        print(json.dumps(step_convert(args.data), indent=2))
    if args.step in ("all", "train"):
        print(json.dumps(step_train(args.max_steps, args.time_budget, args.override), indent=2))
    if args.step in ("all", "evaluate"):
        print(json.dumps(step_evaluate(args.data, args.model), indent=2))
    if args.step in ("all", "package"):
        print(json.dumps(step_package(args.model, MODEL_DIR), indent=2))
    if args.step == "ner-gazetteer":  # the shipped model, scored again with gazetteer help
        print(json.dumps(step_ner_gazetteer(MODEL_DIR), indent=2))
    if args.step in ("all", "card", "ner-gazetteer"):
        print(f"wrote {step_card(MODEL_DIR, CARD)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
