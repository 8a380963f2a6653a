"""What a user asks to see: validated filter values and the SQL that selects them.

The CLI (``lapwing export``) and the HTTP API share this module, so it knows nothing about
either: it checks values once, at construction, and turns them into a WHERE fragment with
``?`` placeholders and a parameter list. User values only ever travel as parameters, never
as SQL text, so a value such as ``x' OR 1=1 --`` is just a name nobody has.

The fragments name the store's tables (``events``, ``event_actors``, ``documents``); table
aliases are chosen by the store, never by users.
"""

from __future__ import annotations

import datetime as dt
import re
import typing
from dataclasses import dataclass, fields

from lapwing.records import Modality

_ALIAS = re.compile(r"^[a-z_][a-z0-9_]*$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_COUNTRY = re.compile(r"^[A-Za-z]{3}$")
MODALITIES: tuple[str, ...] = typing.get_args(Modality)

Where = tuple[str, list[object]]


@dataclass
class Filters:
    """Which events and documents to select; every field is optional and they combine with AND.

    ``date_from``/``date_to`` select events whose date interval overlaps the range (events
    without a date are left out once a range is given); ``actor`` is an actor id (exact) or
    name (any case) among the actors or recipients; ``type`` is a PLOVER event type (any
    case); ``country`` an ISO 3166 alpha-3 code among actor, recipient and location
    countries; ``modality`` one of the contract's modalities; ``doc_id`` one document.
    Values are validated and normalised on construction (``ValueError`` says what to type).
    """

    date_from: str | None = None
    date_to: str | None = None
    actor: str | None = None
    type: str | None = None
    country: str | None = None
    modality: str | None = None
    doc_id: str | None = None

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None and not isinstance(value, str):
                raise ValueError(f"filter {f.name} must be text, got {value!r}")
            if value is not None and not value.strip():
                value = None  # an empty form field or `--actor ""` means "no filter"
            setattr(self, f.name, value.strip() if value else None)
        for name in ("date_from", "date_to"):
            _check_date(name, getattr(self, name))
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(
                f"date range is empty: date_from {self.date_from} is after date_to {self.date_to}"
            )
        if self.country is not None:
            if not _COUNTRY.match(self.country):
                raise ValueError(
                    f"country {self.country!r} is not an ISO 3166 alpha-3 code: use three letters, "
                    "e.g. IRN, ISR, SYR"
                )
            self.country = self.country.upper()
        if self.modality is not None:
            self.modality = self.modality.lower()
            if self.modality not in MODALITIES:
                raise ValueError(
                    f"modality {self.modality!r} is unknown: use one of {', '.join(MODALITIES)}"
                )

    @property
    def selects_events(self) -> bool:
        """True when some criterion is about events, so documents are chosen through them."""
        return any(
            v is not None
            for v in (self.date_from, self.date_to, self.actor, self.type, self.country,
                      self.modality)
        )

    def event_where(self, alias: str = "e") -> Where:
        """WHERE fragment and parameters selecting rows of ``events`` (aliased ``alias``);
        ``("TRUE", [])`` when no criterion applies."""
        a = _checked_alias(alias)
        clauses: list[str] = []
        params: list[object] = []
        if self.doc_id is not None:
            clauses.append(f"{a}.doc_id = ?")
            params.append(self.doc_id)
        date_sql, date_params = self._date_overlap(a)
        clauses += date_sql
        params += date_params
        if self.actor is not None:
            # Searched in event_actors, which optimize() keeps sorted by (actor_key,
            # date_start): repeating the date bounds there lets the scan skip row groups.
            ea_dates, ea_params = self._date_overlap("ea")
            inner = " AND ".join(["(ea.actor_key = ? OR ea.name_key = ?)", *ea_dates])
            clauses.append(
                f"{a}.event_id IN (SELECT ea.event_id FROM event_actors ea WHERE {inner})"
            )
            params += [self.actor, self.actor.lower(), *ea_params]
        if self.type is not None:
            clauses.append(f"upper({a}.type) = ?")
            params.append(self.type.upper())
        if self.country is not None:
            clauses.append(
                f"({a}.location_country = ? OR list_contains({a}.actor_countries, ?)"
                f" OR list_contains({a}.recipient_countries, ?))"
            )
            params += [self.country] * 3
        if self.modality is not None:
            clauses.append(f"{a}.modality = ?")
            params.append(self.modality)
        return _joined(clauses), params

    def document_where(self, alias: str = "d", *, through_events: bool = False) -> Where:
        """WHERE fragment and parameters selecting rows of ``documents`` (``"TRUE"`` for all).

        By default the date range applies to ``published``. With ``through_events`` a
        document is selected when at least one of its events matches :meth:`event_where`:
        that is what exports do, so that "events about X in March" brings the articles
        that report them, whatever day they were published.
        """
        a = _checked_alias(alias)
        if through_events:
            sql, params = self.event_where("ev")
            return f"{a}.doc_id IN (SELECT ev.doc_id FROM events ev WHERE {sql})", params
        clauses: list[str] = []
        params = []
        if self.doc_id is not None:
            clauses.append(f"{a}.doc_id = ?")
            params.append(self.doc_id)
        if self.date_from is not None:
            clauses.append(f"{a}.published >= ?::DATE")
            params.append(self.date_from)
        if self.date_to is not None:
            clauses.append(f"{a}.published <= ?::DATE")
            params.append(self.date_to)
        return _joined(clauses), params

    def _date_overlap(self, alias: str) -> tuple[list[str], list[object]]:
        """Interval overlap with [date_from, date_to]; an open event bound takes the other one."""
        clauses: list[str] = []
        params: list[object] = []
        if self.date_from is not None:
            clauses.append(f"coalesce({alias}.date_end, {alias}.date_start) >= ?::DATE")
            params.append(self.date_from)
        if self.date_to is not None:
            clauses.append(f"coalesce({alias}.date_start, {alias}.date_end) <= ?::DATE")
            params.append(self.date_to)
        return clauses, params


def _check_date(name: str, value: str | None) -> None:
    if value is None:
        return
    try:
        if not _ISO_DATE.match(value):
            raise ValueError(value)
        dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"{name} {value!r} is not a date: use YYYY-MM-DD, e.g. 2024-03-01"
        ) from None


def _checked_alias(alias: str) -> str:
    if not _ALIAS.match(alias):
        raise ValueError(f"bad SQL alias {alias!r}: aliases are chosen by the code, not by users")
    return alias


def _joined(clauses: list[str]) -> str:
    return " AND ".join(clauses) if clauses else "TRUE"
