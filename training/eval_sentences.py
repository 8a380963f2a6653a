"""Sentence-segmentation F1 on GUM news documents.

Usage::

    python training/eval_sentences.py --data ../shared/data [--split test dev all] [--json out.json]

Each GUM document is rebuilt as plain text: sentences of a paragraph
(``# newpar``) joined by one space, paragraphs by a line break (as an
extracted news article arrives). A predicted sentence counts as correct when
its character span (whitespace trimmed) equals a gold sentence's span exactly.
``--layout flat`` joins everything with spaces instead (no line breaks, harder).

Systems compared: ``lapwing`` (lapwing.nlp.sentences), ``syntok`` (plain,
line by line) and, if installed, ``pysbd``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lapwing.nlp.sentences import sentence_spans  # noqa: E402


def gum_document(conllu_text: str, layout: str = "lines") -> tuple[str, list[tuple[int, int]]]:
    """Plain text of a GUM document and its gold sentence spans."""
    paragraphs: list[list[str]] = []
    for block in re.split(r"\n\s*\n", conllu_text.strip()):
        sent_text = None
        newpar = False
        for line in block.splitlines():
            if line.startswith("# newpar"):
                newpar = True
            elif line.startswith("# text = "):
                sent_text = line[len("# text = "):].strip()
        if sent_text is None:
            continue
        if newpar or not paragraphs:
            paragraphs.append([])
        paragraphs[-1].append(sent_text)
    text_parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    par_sep = "\n" if layout == "lines" else " "
    for pi, par in enumerate(paragraphs):
        if pi:
            text_parts.append(par_sep)
            pos += len(par_sep)
        for si, sent in enumerate(par):
            if si:
                text_parts.append(" ")
                pos += 1
            spans.append((pos, pos + len(sent)))
            text_parts.append(sent)
            pos += len(sent)
    return "".join(text_parts), spans


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    s, e = span
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def prf(gold: set, pred: set) -> dict[str, float]:
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "gold": len(gold), "pred": len(pred), "tp": tp}


def syntok_spans(text: str) -> list[tuple[int, int]]:
    from syntok import segmenter

    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        for par in segmenter.analyze(line):
            for s in par:
                out.append((pos + s[0].offset, pos + s[-1].offset + len(s[-1].value)))
        pos += len(line)
    return out


def systems() -> dict[str, Callable[[str], list[tuple[int, int]]]]:
    out: dict[str, Callable[[str], list[tuple[int, int]]]] = {"lapwing": sentence_spans, "syntok": syntok_spans}
    try:
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False, char_span=True)

        def pysbd_spans(text: str) -> list[tuple[int, int]]:
            out, pos = [], 0
            for line in text.splitlines(keepends=True):
                for s in seg.segment(line):
                    out.append((pos + s.start, pos + s.end))
                pos += len(line)
            return out

        out["pysbd"] = pysbd_spans
    except ImportError:
        pass
    return out


def evaluate(files: list[Path], layout: str = "lines", show_errors: bool = False) -> dict:
    docs = [gum_document(p.read_text(encoding="utf-8"), layout) for p in files]
    result = {}
    for name, fn in systems().items():
        gold_all, pred_all = set(), set()
        t0 = time.perf_counter()
        chars = 0
        for di, (text, gold) in enumerate(docs):
            pred = [_trim(text, sp) for sp in fn(text)]
            chars += len(text)
            gold_all |= {(di, *g) for g in gold}
            pred_all |= {(di, *p) for p in pred if p[0] < p[1]}
            if show_errors and name == "lapwing":
                for s, e in sorted(set(pred) - set(gold)):
                    print(f"  FP {files[di].stem}: {text[s:e][:160]!r}")
                for s, e in sorted(set(gold) - set(pred)):
                    print(f"  FN {files[di].stem}: {text[s:e][:160]!r}")
        dt = time.perf_counter() - t0
        result[name] = {**prf(gold_all, pred_all), "chars_per_s": int(chars / dt) if dt else None}
    return result


def news_files(gum_dir: Path, split: str) -> list[Path]:
    src = gum_dir / "sources"
    if split == "all":
        return sorted(src.glob("GUM_news_*.conllu"))
    names = (gum_dir / f"files.{split}").read_text().split()
    return [src / f"{n}.conllu" for n in names if n.startswith("GUM_news_") and (src / f"{n}.conllu").exists()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Sentence F1 on GUM news documents")
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--split", nargs="+", default=["test", "dev", "all"], choices=["train", "dev", "test", "all"])
    ap.add_argument("--layout", choices=["lines", "flat"], default="lines")
    ap.add_argument("--errors", action="store_true", help="print lapwing's wrong sentences")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    gum = args.data / "ud" / "gum"
    report = {}
    for split in args.split:
        files = news_files(gum, split)
        res = evaluate(files, args.layout, args.errors)
        report[split] = {"documents": [f.stem for f in files], "layout": args.layout, "scores": res}
        line = "  ".join(f"{k}: F={v['f']:.3f} (P={v['p']:.3f} R={v['r']:.3f})" for k, v in res.items())
        print(f"GUM news {split:5s} ({len(files)} docs, {res['lapwing']['gold']} sentences): {line}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
