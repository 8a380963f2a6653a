"""Convert the MEANTIME corpus (NewsReader, CC BY 4.0) into the ``lapwing eval timex`` gold format.

MEANTIME ships tokens, not text, so the converter rebuilds a plain text from the tokens
(one line per sentence, ordinary English spacing around punctuation) and computes the gold
offsets in that text. Each article's date line is annotated as a TIMEX3 with
``functionInDocument="CREATION_TIME"``; its value becomes the gold ``date``. By default that
line is dropped from the text, as TempEval-3 keeps the creation time out of the text that is
scored: otherwise a quarter of the gold expressions would be date lines that any system
finds. ``keep_creation_time=True`` keeps it. A creation time whose value is not
``YYYY-MM-DD`` (one article has ``03-02-2009``) is not trusted: that document is converted
undated, with its date line and gold expression left in the text.

MEANTIME annotates only the title and the first five sentences of each article (sentences 0
to 5 of the token layer; no markable of any kind lies beyond). The text is cut there, or
every expression found later would count as a false positive.

The corpus is read at run time from a folder the user names; nothing of it is stored in
the repository. Documents are split once, by a fixed hash of their id, into a development
half (rules may be tuned on its errors) and a held-out half (only ever reported).
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from xml.etree import ElementTree

Half = Literal["dev", "heldout"]

#: Sentences (title and date line included) that MEANTIME annotates in each article.
ANNOTATED_SENTENCES = 6

_ISO_DAY = re.compile(r"^\d{4}-\d\d-\d\d")
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "'re",
                    "'ve", "'ll", "'d", "'m", "’s", "...", "''"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "£", "€", "#", "``"}


def half_of(doc_id: str) -> Half:
    """The fixed split: ``dev`` when the CRC-32 of the id is even, else ``heldout``.

    A hash rather than a position keeps the split stable whatever subset of files is read.
    """
    return "dev" if zlib.crc32(doc_id.encode("utf-8")) % 2 == 0 else "heldout"


@dataclass
class _Token:
    t_id: str
    sentence: str
    text: str


def _detokenize(tokens: list[_Token], skip: set[str]) -> tuple[str, dict[str, tuple[int, int]]]:
    """Text and per-token offsets; sentences on their own lines, ``skip`` tokens left out."""
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    length = 0
    sentence: str | None = None
    previous = ""
    open_quote = False
    for tok in tokens:
        if tok.t_id in skip:
            continue
        if sentence is not None and tok.sentence != sentence:
            sep = "\n"
        elif sentence is None:
            sep = ""
        elif tok.text in _NO_SPACE_BEFORE or previous in _NO_SPACE_AFTER:
            sep = ""
        elif tok.text == '"':
            sep = "" if open_quote else " "
        elif previous == '"' and open_quote:
            sep = ""
        else:
            sep = " "
        if tok.text == '"':
            open_quote = not open_quote
        parts.append(sep)
        length += len(sep)
        offsets[tok.t_id] = (length, length + len(tok.text))
        parts.append(tok.text)
        length += len(tok.text)
        sentence = tok.sentence
        previous = tok.text
    return "".join(parts), offsets


def convert_file(path: Path, keep_creation_time: bool = False) -> dict[str, Any]:
    """One MEANTIME XML file as one gold record (see ``docs`` of the gold format)."""
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as exc:
        raise ValueError(f"{path}: not well-formed XML ({exc}); is this a MEANTIME file?") from None
    doc_id = root.get("doc_id")
    if root.tag != "Document" or not doc_id:
        raise ValueError(f"{path}: root is not a MEANTIME <Document doc_id=...>; pass the corpus folder")
    tokens = [_Token(t.get("t_id", ""), t.get("sentence", ""), t.text or "") for t in root.iter("token")
              if int(t.get("sentence", "0")) < ANNOTATED_SENTENCES]
    date: str | None = None
    skip: set[str] = set()
    timexes: list[tuple[list[str], str, str]] = []
    for timex in root.iter("TIMEX3"):
        anchors = [a.get("t_id", "") for a in timex.findall("token_anchor")]
        if not anchors:  # "empty" TIMEX3s are implied by the text, they have no span
            continue
        value, kind = timex.get("value", ""), timex.get("type", "")
        if timex.get("functionInDocument") == "CREATION_TIME" and _ISO_DAY.match(value):
            date = value[:10]
            if not keep_creation_time:
                skip.update(anchors)
                continue
        timexes.append((anchors, kind, value))
    text, offsets = _detokenize(tokens, skip)
    gold = []
    for anchors, kind, value in timexes:
        start = min(offsets[a][0] for a in anchors)
        end = max(offsets[a][1] for a in anchors)
        gold.append({"start": start, "end": end, "text": text[start:end], "type": kind, "value": value})
    gold.sort(key=lambda g: (g["start"], g["end"]))
    return {"id": doc_id, "text": text, "date": date, "timexes": gold}


def corpus_files(folder: Path) -> list[Path]:
    """MEANTIME XML files under ``folder``, each document once.

    The distribution holds every article twice (``intra-doc_annotation`` and
    ``intra_cross-doc_annotation``); sorted paths put the intra-document copy first, and
    later copies of a ``doc_id`` are skipped by :func:`convert_corpus`.
    """
    if not folder.is_dir():
        raise ValueError(f"{folder}: not a folder; give the MEANTIME corpus folder")
    files = sorted(folder.rglob("*.xml"))
    if not files:
        raise ValueError(f"{folder}: no .xml files found; give the MEANTIME corpus folder")
    return files


def convert_corpus(folder: Path, keep_creation_time: bool = False,
                   half: Half | None = None) -> Iterator[dict[str, Any]]:
    """Gold records for every document under ``folder`` (optionally one half only)."""
    seen: set[str] = set()
    for path in corpus_files(folder):
        record = convert_file(path, keep_creation_time)
        if record["id"] in seen or (half is not None and half_of(record["id"]) != half):
            continue
        seen.add(record["id"])
        yield record


def write_gold(folder: Path, out: Path, keep_creation_time: bool = False,
               half: Half | None = None) -> int:
    """Write the converted corpus as JSON Lines to ``out``; returns the number of documents."""
    count = 0
    with out.open("w", encoding="utf-8") as fh:
        for record in convert_corpus(folder, keep_creation_time, half):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count
