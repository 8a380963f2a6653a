"""From a raw input to a contract :class:`Document`: id, strictly parsed date, provenance."""

from __future__ import annotations

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
        log.warning(
            raw.origin,
            f"{exc}; document stored without a publication date",
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


def _clean(value: str | None) -> str | None:
    value = " ".join(str(value).split()) if value is not None else None
    return value or None
