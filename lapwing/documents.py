"""From a raw input to a contract :class:`Document`: id, strictly parsed date, provenance."""

from __future__ import annotations

import re

from lapwing.problems import ProblemLog
from lapwing.pubdate import parse_published
from lapwing.readers import RawDocument
from lapwing.records import Document
from lapwing.textnorm import doc_id_for


def build_document(raw: RawDocument, log: ProblemLog, default_date: str | None = None) -> Document:
    """The stored form of ``raw``; a broken date is reported and dropped, never guessed.

    ``default_date`` (the CLI's ``--date``) applies only when the input states no date.
    """
    published = None
    try:
        published = parse_published(raw.published)
    except ValueError as exc:
        path, line = _split_origin(raw.origin)
        log.warning(
            path,
            f"{exc}; document stored without a publication date",
            line=line,
            record=raw.input_id,
            hint="fix the date in the input, or pass --date YYYY-MM-DD",
        )
    if published is None and raw.published in (None, ""):
        published = default_date
    return Document(
        doc_id=doc_id_for(raw.text),
        input_id=raw.input_id,
        text=raw.text,
        title=_clean(raw.title),
        source=_clean(raw.source),
        url=_clean(raw.url),
        published=published,
        zones=list(raw.zones),
        origin=raw.origin,
    )


_LINE_SUFFIX = re.compile(r"^(.*):(\d+)$")


def _split_origin(origin: str) -> tuple[str, int | None]:
    """``path:12`` -> (``path``, 12), so problems carry the line as a field of its own."""
    match = _LINE_SUFFIX.match(origin)
    return (match.group(1), int(match.group(2))) if match else (origin, None)


def _clean(value: str | None) -> str | None:
    value = " ".join(str(value).split()) if value is not None else None
    return value or None
