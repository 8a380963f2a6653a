"""Convert the UD treebanks (EWT, GUM), UNER and MEANTIME into spaCy DocBin corpora.

Usage (from the repository root)::

    python training/convert.py --data ../shared/data --out training/corpus

Writes ``train.spacy``, ``dev.spacy`` and the held-out sets ``test_ewt.spacy``,
``test_gum_news.spacy``, ``test_pud.spacy`` and ``test_uner_ewt.spacy`` plus
``stats.json`` (counts of sentences, words and entities per set).

Design notes
------------
* The CoNLL-U reader is our own (small, tested) rather than ``spacy convert``:
  we need per-sentence control over the NER layer. A sentence that carries no
  NER annotation (EWT train, GUM documents' unnamed mentions, ...) gets its
  entity tags *missing* (``None``), never ``O``, so the NER loss ignores it
  instead of learning that everything is outside an entity.
* Syntactic words are used (multi-word-token ranges are skipped, as
  ``spacy convert`` without ``-T`` does); the range's ``SpaceAfter=No`` applies
  to its last word and words inside a range are joined without spaces.
* UNER IOB2 labels are merged into EWT/PUD sentences by ``sent_id``; a sentence
  whose word forms disagree is dropped from the NER layer (kept for syntax).
* GUM ``Entity=`` brackets: person/organization/place mentions whose syntactic
  head is a PROPN become PER/ORG/LOC spans, trimmed to the proper-noun core.
* MEANTIME: ENTITY_MENTIONs that refer to PER/ORG/LOC entities and are names
  (``syntactic_type="NAM"`` or a capitalised span). MEANTIME does not annotate
  every name, so capitalised tokens outside the kept mentions are left missing.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

NER_LABELS = ("PER", "ORG", "LOC")
GUM_TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}
MEANTIME_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}


@dataclass
class Sentence:
    """One sentence in syntactic words, with optional layers.

    ``heads`` are 0-based indices into ``words`` (a root points to itself);
    ``ner`` is a list of IOB strings (``"B-PER"``, ``"O"``) or ``None`` per word
    (missing); ``ner is None`` means the whole sentence has no NER layer.
    ``tags is None`` means no syntax (MEANTIME).
    """

    sent_id: str
    words: list[str]
    spaces: list[bool]
    tags: list[str] | None = None
    pos: list[str] | None = None
    morphs: list[str] | None = None
    lemmas: list[str] | None = None
    heads: list[int] | None = None
    deps: list[str] | None = None
    misc: list[str] | None = None
    ner: list[str | None] | None = None
    meta: dict[str, str] = field(default_factory=dict)


# ---------------------------------------------------------------- CoNLL-U


def _misc_dict(misc: str) -> dict[str, str]:
    if misc in ("_", ""):
        return {}
    out = {}
    for item in misc.split("|"):
        k, _, v = item.partition("=")
        out[k] = v
    return out


def parse_conllu(text: str) -> Iterator[Sentence]:
    """Parse CoNLL-U text into :class:`Sentence` objects (syntactic words)."""
    for block in re.split(r"\n\s*\n", text.strip()):
        if not block.strip():
            continue
        meta: dict[str, str] = {}
        rows = []
        for line in block.splitlines():
            if line.startswith("#"):
                k, sep, v = line[1:].partition("=")
                if sep:
                    meta[k.strip()] = v.strip()
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                raise ValueError(f"bad CoNLL-U line: {line!r}")
            rows.append(cols)
        yield _sentence_from_rows(rows, meta)


def _sentence_from_rows(rows: list[list[str]], meta: dict[str, str]) -> Sentence:
    words, spaces, tags, pos, morphs, lemmas, heads, deps, misc = ([] for _ in range(9))
    id_to_index: dict[str, int] = {}
    range_end = -1
    range_space = True
    raw_heads = []
    for cols in rows:
        tid = cols[0]
        if "." in tid:  # empty node (enhanced graphs)
            continue
        if "-" in tid:
            start, end = (int(x) for x in tid.split("-"))
            range_end = end
            range_space = _misc_dict(cols[9]).get("SpaceAfter") != "No"
            continue
        i = int(tid)
        id_to_index[tid] = len(words)
        m = _misc_dict(cols[9])
        if i < range_end:
            space = False
        elif i == range_end:
            space = range_space
        else:
            space = m.get("SpaceAfter") != "No"
        words.append(cols[1])
        spaces.append(space)
        lemmas.append(cols[2] if cols[2] != "_" or cols[1] == "_" else cols[1])
        pos.append(cols[3])
        tags.append(cols[4] if cols[4] != "_" else cols[3])
        morphs.append("" if cols[5] == "_" else cols[5])
        raw_heads.append(cols[6])
        deps.append("ROOT" if cols[7] == "root" else cols[7])
        misc.append(cols[9])
    for i, h in enumerate(raw_heads):
        heads.append(i if h == "0" else id_to_index[h])
    if spaces:
        spaces[-1] = True  # sentences are joined with a space in a document
    return Sentence(
        sent_id=meta.get("sent_id", ""),
        words=words,
        spaces=spaces,
        tags=tags,
        pos=pos,
        morphs=morphs,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        misc=misc,
        meta=meta,
    )


def read_conllu(path: Path) -> list[Sentence]:
    return list(parse_conllu(Path(path).read_text(encoding="utf-8")))


# ---------------------------------------------------------------- UNER


def parse_iob2(text: str, key: str = "sent_id") -> dict[str, list[tuple[str, str]]]:
    """UNER ``.iob2`` files: ``# sent_id = ...`` then ``id  form  tag  ...`` rows.

    ``key`` names the comment used as dictionary key (``sent_id`` or ``text``;
    UNER's English-PUD file uses other sentence ids than the PUD treebank).
    """
    out: dict[str, list[tuple[str, str]]] = {}
    for block in re.split(r"\n\s*\n", text.strip()):
        sid = None
        rows = []
        for line in block.splitlines():
            if line.startswith("#"):
                k, sep, v = line[1:].partition("=")
                if sep and k.strip() == key:
                    sid = v.strip()
                continue
            cols = line.split("\t")
            if len(cols) >= 3:
                rows.append((cols[1], cols[2]))
        if sid is not None:
            out[sid] = rows
    return out


def _norm_iob(tag: str) -> str:
    if tag == "O":
        return "O"
    prefix, _, label = tag.partition("-")
    label = {"PERSON": "PER", "GPE": "LOC"}.get(label, label)
    if label not in NER_LABELS:
        return "O"
    return f"{prefix}-{label}"


def fix_iob(tags: list[str | None]) -> list[str | None]:
    """Repair IOB sequences: an ``I-X`` not preceded by ``B-X``/``I-X`` becomes ``B-X``."""
    out: list[str | None] = []
    prev = "O"
    for t in tags:
        if t is not None and t.startswith("I-"):
            if prev is None or prev == "O" or prev[2:] != t[2:]:
                t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def merge_uner(
    sentences: list[Sentence], uner: dict[str, list[tuple[str, str]]], key: str = "sent_id"
) -> tuple[int, int]:
    """Attach UNER labels to sentences by ``sent_id`` (or ``text``). Returns (merged, dropped)."""
    merged = dropped = 0
    for s in sentences:
        rows = uner.get(s.sent_id if key == "sent_id" else s.meta.get(key, ""))
        if rows is None:
            continue
        if [f for f, _ in rows] != s.words:
            dropped += 1
            continue
        s.ner = fix_iob([_norm_iob(t) for _, t in rows])
        merged += 1
    return merged, dropped


# ---------------------------------------------------------------- GUM entities

_OPEN = re.compile(r"\((\d+)-([a-z]+)[^()]*")
_CLOSE = re.compile(r"(\d+)\)")


def gum_mentions(sent: Sentence) -> list[tuple[int, int, str]]:
    """All entity mentions of a GUM sentence as (start, end_exclusive, type).

    Mentions crossing sentence boundaries do not occur in GUM (they are within
    one sentence); unclosed ones are ignored.
    """
    open_stack: dict[str, list[tuple[int, str]]] = {}
    out = []
    for i, misc in enumerate(sent.misc or []):
        ent = _misc_dict(misc).get("Entity")
        if not ent:
            continue
        # tokens are read left to right: '(12-person-...' opens, '12)' closes,
        # '(12-person-...)' opens and closes on the same word.
        pos = 0
        while pos < len(ent):
            if ent[pos] == "(":
                m = _OPEN.match(ent, pos)
                if not m:
                    pos += 1
                    continue
                eid, etype = m.group(1), m.group(2)
                pos = m.end()
                if pos < len(ent) and ent[pos] == ")":
                    out.append((i, i + 1, etype))
                    pos += 1
                else:
                    open_stack.setdefault(eid, []).append((i, etype))
            else:
                m = _CLOSE.match(ent, pos)
                if not m:
                    pos += 1
                    continue
                eid = m.group(1)
                pos = m.end()
                if open_stack.get(eid):
                    start, etype = open_stack[eid].pop()
                    out.append((start, i + 1, etype))
    return out


def span_head(sent: Sentence, start: int, end: int) -> int:
    """Syntactic head of a span: the first word whose head lies outside it."""
    assert sent.heads is not None
    for i in range(start, end):
        h = sent.heads[i]
        if h == i or not (start <= h < end):
            return i
    return start


_CONNECT = {"of", "and", "&", "the", "de", "-", "for", "on", "du", "la", "von", "van"}
# leading titles are not part of UNER person names ("President Obama" -> "Obama")
TITLES = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "senator", "sen.", "gov.",
    "governor", "rep.", "representative", "minister", "prime", "secretary", "general", "gen.",
    "maj.", "col.", "lt.", "capt.", "sgt.", "judge", "justice", "king", "queen", "prince",
    "princess", "pope", "sir", "lord", "chancellor", "mayor", "administrator", "ceo", "chairman",
    "director", "professor", "prof.", "rev.", "saint", "st.",
}


def _propn_core(sent: Sentence, start: int, end: int, head: int) -> tuple[int, int] | None:
    """The proper-noun core of a named mention around its ``head``.

    Grows from the head over PROPN words (and connecting words such as 'of'
    or 'and' when a PROPN follows inside the mention); stops at punctuation,
    determiners and common nouns, so "the Johnson Space Center (JSC) in
    Houston" gives "Johnson Space Center". Leading titles are dropped for
    persons by the caller.
    """
    pos = sent.pos or []
    words = sent.words
    if pos[head] != "PROPN":
        return None
    s = head
    while s - 1 >= start and pos[s - 1] == "PROPN":
        s -= 1
    e = head + 1
    while e < end:
        if pos[e] == "PROPN" or (pos[e] == "NUM" and e == end - 1):
            e += 1
        elif words[e].lower() in _CONNECT and e + 1 < end and pos[e + 1] == "PROPN":
            e += 2
        else:
            break
    return s, e


def gum_ner(sent: Sentence) -> list[str | None]:
    """IOB tags for a GUM sentence from its named person/organization/place mentions."""
    pos = sent.pos or []
    spans: list[tuple[int, int, str]] = []
    named = []
    for start, end, etype in gum_mentions(sent):
        head = span_head(sent, start, end)
        if pos[head] != "PROPN":
            continue
        named.append((start, end, etype, head))
    # longest first; an inner named mention of another type at the left edge
    # ("U.S. President Obama") cuts the outer span.
    named.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
    taken = [False] * len(sent.words)
    for start, end, etype, head in named:
        label = GUM_TYPES.get(etype)
        for s2, e2, t2, h2 in named:
            if s2 == start and e2 < end and not (s2 <= head < e2) and t2 != etype:
                start = e2
        core = _propn_core(sent, start, end, head) if start <= head < end else None
        if core is None:
            continue
        s, e = core
        if label == "PER":
            while s < e - 1 and sent.words[s].lower() in TITLES:
                s += 1
        if sent.words[head].lower() in TITLES:
            continue  # "NASA Administrator", "the President": a role, not a name
        if any(taken[s:e]):
            continue
        for k in range(s, e):
            taken[k] = True
        if label is not None:
            spans.append((s, e, label))
    tags: list[str | None] = ["O"] * len(sent.words)
    for s, e, label in spans:
        tags[s] = f"B-{label}"
        for k in range(s + 1, e):
            tags[k] = f"I-{label}"
    return tags


# ---------------------------------------------------------------- MEANTIME

_NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", "'s", "'", "n't", ")", "]", "%", "'re", "'ve", "'ll", "'d", "'m"}
_NO_SPACE_AFTER = {"(", "[", "$", "``"}


def _guess_spaces(words: list[str]) -> list[bool]:
    spaces = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        sp = True
        if nxt is not None and (nxt in _NO_SPACE_BEFORE or w in _NO_SPACE_AFTER):
            sp = False
        spaces.append(sp)
    if spaces:
        spaces[-1] = True
    return spaces


def parse_meantime(xml_text: str, doc_name: str = "") -> list[Sentence]:
    """Sentences of one MEANTIME document with PER/ORG/LOC name mentions."""
    root = ET.fromstring(xml_text)
    tokens: dict[str, tuple[int, str]] = {}
    order: list[str] = []
    for tok in root.iter("token"):
        tid = tok.get("t_id")
        tokens[tid] = (int(tok.get("sentence")), tok.text or "")
        order.append(tid)
    markables = root.find("Markables")
    entity_type: dict[str, str] = {}
    mentions: dict[str, tuple[list[str], str]] = {}
    if markables is not None:
        for ent in markables.iter("ENTITY"):
            entity_type[ent.get("m_id")] = ent.get("ent_type", "")
        for men in markables.iter("ENTITY_MENTION"):
            tids = [a.get("t_id") for a in men.iter("token_anchor")]
            mentions[men.get("m_id")] = (tids, men.get("syntactic_type", ""))
    mention_type: dict[str, str] = {}
    relations = root.find("Relations")
    if relations is not None:
        for rel in relations.iter("REFERS_TO"):
            tgt = rel.find("target")
            if tgt is None:
                continue
            etype = entity_type.get(tgt.get("m_id"))
            for src in rel.iter("source"):
                if etype:
                    mention_type[src.get("m_id")] = etype
    # group tokens by sentence
    sents: dict[int, list[str]] = {}
    for tid in order:
        sents.setdefault(tokens[tid][0], []).append(tid)
    tid_pos = {}
    for sno, tids in sents.items():
        for k, tid in enumerate(tids):
            tid_pos[tid] = (sno, k)
    spans: dict[int, list[tuple[int, int, str]]] = {}
    for mid, (tids, syn) in mentions.items():
        label = MEANTIME_TYPES.get(mention_type.get(mid, ""))
        if label is None or not tids or any(t not in tid_pos for t in tids):
            continue
        sno = tid_pos[tids[0]][0]
        idx = sorted(tid_pos[t][1] for t in tids)
        if any(tid_pos[t][0] != sno for t in tids) or idx != list(range(idx[0], idx[-1] + 1)):
            continue
        words = [tokens[t][1] for t in sorted(tids, key=lambda t: tid_pos[t][1])]
        s, e = idx[0], idx[-1] + 1
        # strip a leading determiner
        while words and words[0].lower() in ("the", "a", "an"):
            words = words[1:]
            s += 1
        while words and words[-1] in ("'s", "'", ",", "."):
            words = words[:-1]
            e -= 1
        if not words:
            continue
        if label == "PER":
            while len(words) > 1 and words[0].lower() in TITLES:
                words = words[1:]
                s += 1
        # a name: capitalised words (connectors allowed inside), no brackets or commas
        is_name = syn in ("NAM", "") and words[0][:1].isupper() and words[-1][:1].isupper()
        is_name = is_name and all(w[:1].isupper() or w.lower() in _CONNECT for w in words)
        if is_name:
            spans.setdefault(sno, []).append((s, e, label))
    out = []
    for sno in sorted(sents):
        words = [tokens[t][1] for t in sents[sno]]
        tags: list[str | None] = []
        for k, w in enumerate(words):
            # capitalised words outside kept mentions: unknown (MEANTIME is not exhaustive)
            tags.append(None if w[:1].isupper() else "O")
        # longest first, no overlaps
        covered = [False] * len(words)
        for s, e, label in sorted(spans.get(sno, []), key=lambda x: -(x[1] - x[0])):
            if any(covered[s:e]):
                continue
            for k in range(s, e):
                covered[k] = True
                tags[k] = ("B-" if k == s else "I-") + label
        out.append(
            Sentence(sent_id=f"meantime-{doc_name}-{sno}", words=words, spaces=_guess_spaces(words), ner=tags)
        )
    return out


def read_meantime(root: Path) -> list[Sentence]:
    out = []
    for path in sorted(Path(root).glob("*/*.xml")):
        out.extend(parse_meantime(path.read_text(encoding="utf-8"), path.stem.split("_")[0]))
    return out


# ---------------------------------------------------------------- Docs


def sentences_to_docs(vocab, sentences: list[Sentence], n_sents: int = 10):
    """Group sentences into spaCy Docs of ``n_sents`` sentences.

    Sentences without syntax (MEANTIME) are grouped only with each other, as
    are sentences with syntax; within one Doc missing layers stay missing.
    """
    from spacy.tokens import Doc

    def groups() -> Iterator[list[Sentence]]:
        buf: list[Sentence] = []
        for s in sentences:
            if buf and (len(buf) >= n_sents or (buf[-1].tags is None) != (s.tags is None)):
                yield buf
                buf = []
            buf.append(s)
        if buf:
            yield buf

    for group in groups():
        words, spaces, sent_starts = [], [], []
        tags, pos, morphs, lemmas, heads, deps, ents = [], [], [], [], [], [], []
        has_syntax = group[0].tags is not None
        has_ner = any(s.ner is not None for s in group)
        for s in group:
            off = len(words)
            words += s.words
            spaces += s.spaces
            sent_starts += [True] + [False] * (len(s.words) - 1)
            if has_syntax:
                tags += s.tags
                pos += s.pos
                morphs += s.morphs
                lemmas += s.lemmas
                heads += [h + off for h in s.heads]
                deps += s.deps
            ents += s.ner if s.ner is not None else [None] * len(s.words)
        kwargs = dict(words=words, spaces=spaces)
        if has_syntax:
            kwargs.update(tags=tags, pos=pos, morphs=morphs, lemmas=lemmas, heads=heads, deps=deps)
        else:
            kwargs.update(sent_starts=sent_starts)
        if has_ner:
            kwargs["ents"] = fix_iob(ents)
        yield Doc(vocab, **kwargs)


def write_docbin(path: Path, vocab, sentences: list[Sentence], n_sents: int = 10) -> int:
    from spacy.tokens import DocBin

    db = DocBin(store_user_data=False)
    n = 0
    for doc in sentences_to_docs(vocab, sentences, n_sents):
        db.add(doc)
        n += 1
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return n


def stats(sentences: list[Sentence]) -> dict[str, int]:
    ents = sum(1 for s in sentences if s.ner for t in s.ner if t and t.startswith("B-"))
    return {
        "sentences": len(sentences),
        "words": sum(len(s.words) for s in sentences),
        "sentences_with_syntax": sum(1 for s in sentences if s.tags is not None),
        "sentences_with_ner": sum(1 for s in sentences if s.ner is not None),
        "entities": ents,
    }


# ---------------------------------------------------------------- driver


def gum_files(gum_dir: Path, split: str) -> list[Path]:
    names = [n.strip() for n in (gum_dir / f"files.{split}").read_text().split() if n.strip()]
    return [gum_dir / "sources" / f"{n}.conllu" for n in names if (gum_dir / "sources" / f"{n}.conllu").exists()]


def read_gum(paths: Iterable[Path], with_ner: bool = True) -> list[Sentence]:
    out = []
    for p in paths:
        for s in read_conllu(p):
            if with_ner:
                s.ner = gum_ner(s)
            out.append(s)
    return out


def build(data: Path, out: Path, n_sents: int = 10, use_meantime: bool = True) -> dict:
    import spacy

    data = Path(data)
    ud = data / "ud"
    vocab = spacy.blank("en").vocab
    ewt_train = read_conllu(ud / "ewt/en_ewt-ud-train.conllu")
    ewt_dev = read_conllu(ud / "ewt/en_ewt-ud-dev.conllu")
    ewt_test = read_conllu(ud / "ewt/en_ewt-ud-test.conllu")
    report: dict = {}
    report["uner_ewt_dev_merge"] = merge_uner(ewt_dev, parse_iob2((ud / "uner/en_ewt-ud-dev.iob2").read_text()))
    ewt_test_ner = read_conllu(ud / "ewt/en_ewt-ud-test.conllu")
    report["uner_ewt_test_merge"] = merge_uner(ewt_test_ner, parse_iob2((ud / "uner/en_ewt-ud-test.iob2").read_text()))
    pud = read_conllu(ud / "uner/en_pud-ud-test.conllu")
    report["uner_pud_merge"] = merge_uner(
        pud, parse_iob2((ud / "uner/en_pud-ud-test.iob2").read_text(), key="text"), key="text"
    )
    gum = ud / "gum"
    gum_train = read_gum(gum_files(gum, "train"))
    gum_dev = read_gum(gum_files(gum, "dev"))
    gum_news_test = read_gum([p for p in gum_files(gum, "test") if p.name.startswith("GUM_news_")])
    meantime = read_meantime(data / "meantime/intra-doc_annotation") if use_meantime else []

    sets = {
        # EWT dev carries the UNER dev labels; it is training data here.
        "train": ewt_train + ewt_dev + gum_train + meantime,
        "dev": gum_dev,
        "test_ewt": ewt_test,
        "test_gum_news": gum_news_test,
        "test_pud": [s for s in pud if s.ner is not None],
        "test_uner_ewt": [s for s in ewt_test_ner if s.ner is not None],
    }
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for name, sents in sets.items():
        n_docs = write_docbin(out / f"{name}.spacy", vocab, sents, n_sents)
        report[name] = {**stats(sents), "docs": n_docs}
    report["gum_news_test_files"] = [p.name for p in gum_files(gum, "test") if p.name.startswith("GUM_news_")]
    (out / "stats.json").write_text(json.dumps(report, indent=2) + "\n")
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="the shared data folder (../shared/data)")
    ap.add_argument("--out", type=Path, default=Path("training/corpus"))
    ap.add_argument("-n", "--n-sents", type=int, default=10)
    ap.add_argument("--no-meantime", action="store_true")
    args = ap.parse_args(argv)
    report = build(args.data, args.out, args.n_sents, not args.no_meantime)
    json.dump(report, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
