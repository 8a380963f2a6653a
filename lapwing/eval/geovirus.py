"""Convert GeoVirus (Gritta et al. 2018; Wikinews texts, CC BY 2.5) to the ``eval geo`` format.

GeoVirus is one XML file of ``<article>`` elements, each with its ``<source>`` URL, its
``<text>`` and ``<locations>`` (name, start, end, lat, lon, Wikipedia page). Its offsets
are one-based: ``text[start - 1:end - 1]`` is the name. The converter shifts them and checks
every one against the text, so a different release of the file fails loudly instead of
scoring nonsense. Coordinates come from Wikipedia, so there is no GeoNames id or country.

Three articles of the file are consecutive parts of one Wikinews story and share a URL;
they get ids ``<slug>``, ``<slug>#2``, ``<slug>#3``. The fixed split (:func:`half_of`)
hashes the id without its ``#`` part, so the parts of one story never straddle the halves.

The corpus is read at run time from a folder the user names; nothing of it is stored in
the repository.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import unquote
from xml.etree import ElementTree

from lapwing.eval.meantime import Half
from lapwing.eval.meantime import half_of as _half_of_key

FILENAME = "GeoVirus.xml"


def half_of(doc_id: str) -> Half:
    """``dev`` or ``heldout``: MEANTIME's CRC-32 rule applied to the story part of the id."""
    return _half_of_key(doc_id.split("#", 1)[0])


def _number(element: ElementTree.Element, tag: str, where: str) -> float:
    value = element.findtext(tag)
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(f"{where}: <{tag}> is {value!r}, expected a number") from None


def convert_article(article: ElementTree.Element, doc_id: str) -> dict[str, Any]:
    """One ``<article>`` as a gold record; errors name the article and the location."""
    text = article.findtext("text") or ""
    toponyms = []
    for i, location in enumerate(article.iter("location")):
        where = f"{FILENAME}: article {doc_id}, location {i}"
        name = location.findtext("name") or ""
        start = int(_number(location, "start", where)) - 1
        end = int(_number(location, "end", where)) - 1
        if text[start:end] != name:
            raise ValueError(
                f"{where}: {name!r} is not at one-based offsets {start + 1}-{end + 1} "
                f"(found {text[start:end]!r}); is this the GeoVirus release this converter reads?"
            )
        toponyms.append({"start": start, "end": end, "text": name,
                         "lat": _number(location, "lat", where),
                         "lon": _number(location, "lon", where)})
    toponyms.sort(key=lambda t: (t["start"], t["end"]))
    return {"id": doc_id, "text": text, "date": None, "toponyms": toponyms}


def convert_corpus(folder: Path) -> list[dict[str, Any]]:
    """Every article of ``folder/GeoVirus.xml``, in file order, with unique ids."""
    path = folder / FILENAME
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError) as exc:
        raise ValueError(f"cannot read {path} ({exc}); pass the folder holding {FILENAME}") from None
    records, seen = [], {}
    for article in root.iter("article"):
        slug = unquote((article.findtext("source") or "").rstrip("/").rsplit("/", 1)[-1])
        if not slug:
            raise ValueError(f"{path}: article {len(records)} has no <source> URL to name it by")
        seen[slug] = seen.get(slug, 0) + 1
        doc_id = slug if seen[slug] == 1 else f"{slug}#{seen[slug]}"
        records.append(convert_article(article, doc_id))
    return records


def write_gold(folder: Path, out: Path, half: Half | None = None) -> int:
    """Write the corpus (or one half) as gold JSON Lines; returns the number of documents."""
    records = [r for r in convert_corpus(folder) if half is None or half_of(r["id"]) == half]
    with out.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(records)
