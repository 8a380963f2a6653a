"""The JSON Schema of the record contract, generated from :mod:`lapwing.records`.

Generated rather than written by hand so that the published schema (``docs/schema.json``,
``lapwing schema``) cannot drift from the code; a test keeps the committed file current.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any, Literal, Union

from lapwing import records
from lapwing.records import RECORD_TYPES, SCHEMA_VERSION, Record

SCHEMA_ID = "https://lapwing.invalid/schema/records.json"

_SCALARS: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
}


def json_schema() -> dict[str, Any]:
    """One schema for a line of a Lapwing export: any of the top-level record kinds."""
    definitions: dict[str, Any] = {}
    for cls in RECORD_TYPES.values():
        _define(cls, definitions)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Lapwing record",
        "description": (
            "One JSON object per line of a Lapwing export; `kind` says which record it is. "
            "Offsets are character offsets into the document's `text`, end exclusive."
        ),
        "schema_version": SCHEMA_VERSION,
        "oneOf": [{"$ref": f"#/$defs/{cls.__name__}"} for cls in RECORD_TYPES.values()],
        "$defs": definitions,
    }


def _define(cls: type[Record], definitions: dict[str, Any]) -> dict[str, Any]:
    """Add ``cls`` (and the classes it nests) to ``definitions``; return a ``$ref`` to it."""
    name = cls.__name__
    if name not in definitions:
        definitions[name] = {}  # placeholder first: guards against recursion
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        if cls.kind:
            properties["kind"] = {"const": cls.kind}
            required.append("kind")
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            properties[f.name] = _schema_for(hints[f.name], definitions)
            required.append(f.name)  # exports always write every field, null when unknown
        definitions[name] = {
            "type": "object",
            "description": (cls.__doc__ or "").strip().split("\n")[0],
            "properties": properties,
            "required": required,
            "additionalProperties": True,  # later versions add fields
        }
    return {"$ref": f"#/$defs/{name}"}


def _schema_for(hint: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        options = [_schema_for(a, definitions) for a in typing.get_args(hint) if a is not type(None)]
        nullable = type(None) in typing.get_args(hint)
        branches = options + ([{"type": "null"}] if nullable else [])
        return branches[0] if len(branches) == 1 else {"anyOf": branches}
    if origin is Literal:
        return {"enum": list(typing.get_args(hint))}
    if origin is list:
        (item,) = typing.get_args(hint)
        return {"type": "array", "items": _schema_for(item, definitions)}
    if isinstance(hint, type) and issubclass(hint, Record):
        return _define(hint, definitions)
    if hint in _SCALARS:
        return dict(_SCALARS[hint])
    raise TypeError(f"no JSON Schema mapping for {hint!r} in {records.__name__}")
