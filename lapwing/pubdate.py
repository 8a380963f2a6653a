"""Strict parsing of publication dates given by the input (never guessed from the text).

Accepts the formats feeds and spreadsheets actually carry: ISO dates and timestamps,
``YYYY/MM/DD``, RFC 2822 (RSS), and written dates such as ``March 3, 2024`` or
``3 March 2024``. Anything else raises ``ValueError`` naming the value, so the caller can
report it and store the document undated rather than invent a date.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import time

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_SLASHED = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")
_WRITTEN_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%b. %d, %Y")
EARLIEST_YEAR = 1800


def parse_published(value: object) -> str | None:
    """``YYYY-MM-DD`` for a date-like ``value``; ``None`` for empty; ``ValueError`` if broken."""
    if value is None:
        return None
    if isinstance(value, time.struct_time):
        return _checked(dt.date(value.tm_year, value.tm_mon, value.tm_mday), value)
    if isinstance(value, dt.datetime):
        return _checked(value.date(), value)
    if isinstance(value, dt.date):
        return _checked(value, value)
    text = str(value).strip()
    if not text:
        return None
    for pattern in (_ISO, _SLASHED):
        match = pattern.match(text)
        if match:
            return _checked(_make_date(text, *map(int, match.groups())), text)
    for fmt in _WRITTEN_FORMATS:
        try:
            return _checked(dt.datetime.strptime(text, fmt).date(), text)
        except ValueError:
            continue
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return _checked(parsed.date(), text)
    raise ValueError(f"unrecognised date {text!r}: use YYYY-MM-DD")


def _make_date(text: str, year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"impossible date {text!r} ({exc})") from None


def _checked(date: dt.date, original: object) -> str:
    """Reject dates outside the range news can have (typos such as ``0224-03-01``)."""
    latest = dt.date.today() + dt.timedelta(days=2)
    if date.year < EARLIEST_YEAR or date > latest:
        raise ValueError(f"implausible date {original!r}: outside {EARLIEST_YEAR}..{latest}")
    return date.isoformat()
