"""Convert the PLOVER gold-standard records (OEDA, CC BY-SA 4.0) to the ``lapwing eval events`` format.

The file ``PLOVER_GSR_CAMEO.txt`` is a JSON array of records coded with PLOVER 0.5b1 from
the CAMEO manual's examples: one sentence, one event, its source and target actors with
ISO-3166 alpha-3 codes (or ``IGO``/``NGO``). It is read at run time from the path the user
gives; nothing of it is stored in the repository.

Labels of 0.5b1 that today's PLOVER (2021 manual) dropped are mapped to today's types:

==============  =============================  ===================================
0.5b1 label     today                          why (2021 manual)
==============  =============================  ===================================
DEMAND          REQUEST                        "all requests, demands, and orders"
FIGHT           ASSAULT                        conventional force is an ASSAULT mode
DISAPPROVE      ACCUSE, mode ``disapprove``    ACCUSE covers disapproval
INVESTIGATE     ACCUSE, mode ``investigate``   ACCUSE covers investigations
==============  =============================  ===================================

Modes of 0.5b1 that the 2021 manual renamed are renamed too (:data:`MODES`: ``demo-org``
and ``demo-spon`` are ``demo``, ``riot-spon``/``riot-org`` ``riot``, ``strike-hun``
``hunger``, ``strike-gen`` ``strike``, ``confiscate`` ``seize``, ``detain`` ``arrest``,
``ban`` ``restrict``, ``assassinate`` ``targeted``), so that mode accuracy compares like
with like.

``DOCUMENT`` records (file notes) are skipped. The code ``JAP`` (not ISO) becomes ``JPN``.
The 0.5b1 records carry no modality: gold modality is left null.

Records are split once, by the CRC-32 of their id (:func:`lapwing.eval.meantime.half_of`),
into a development half, on whose errors rules may be tuned, and a held-out half that is
only ever reported.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lapwing.eval.meantime import Half, half_of

LABELS = {"DEMAND": ("REQUEST", None), "FIGHT": ("ASSAULT", None),
          "DISAPPROVE": ("ACCUSE", "disapprove"), "INVESTIGATE": ("ACCUSE", "investigate")}
CODE_FIXES = {"JAP": "JPN"}
#: 0.5b1 mode names -> the 2021 manual's (PROTEST, COERCE and ASSAULT mode tables).
MODES = {"demo-org": "demo", "demo-spon": "demo", "riot-spon": "riot", "riot-org": "riot",
         "strike-hun": "hunger", "strike-gen": "strike", "confiscate": "seize", "detain": "arrest",
         "ban": "restrict", "assassinate": "targeted"}


def _actors(value: Any, where: str) -> list[dict[str, Any]]:
    """Gold actors of a source/target field: a list of dicts; null, "" or a stray word
    (a few 0.5b1 records hold a context such as "diplomatic" there) mean none."""
    if value is None or isinstance(value, str):
        return []
    if not isinstance(value, list):
        raise ValueError(f"{where}: source/target must be a list of actors, got {value!r}")
    out = []
    for actor in value:
        if not isinstance(actor, dict) or "actorText" not in actor:
            raise ValueError(f"{where}: each actor needs \"actorText\"; got {actor!r}")
        code = actor.get("code")
        out.append({"text": actor["actorText"], "country": CODE_FIXES.get(code, code),
                    "sector": actor.get("sector")})
    return out


def convert_record(record: dict[str, Any]) -> dict[str, Any] | None:
    """One PLOVER record as a gold line, or None for a ``DOCUMENT`` note."""
    where = f"PLOVER record {record.get('id', '?')}"
    label = record.get("event")
    if label == "DOCUMENT":
        return None
    if not isinstance(record.get("text"), str) or not label:
        raise ValueError(f"{where}: needs \"text\" and \"event\"")
    type_, mode = LABELS.get(label, (label, None))
    old_mode = record.get("mode") or None
    event = {"type": type_, "mode": mode or MODES.get(old_mode, old_mode),
             "source": _actors(record.get("source"), where),
             "target": _actors(record.get("target"), where),
             "trigger": record.get("eventText"), "modality": None, "label_0_5b1": label}
    return {"id": record["id"], "text": record["text"], "date": record.get("date"), "events": [event]}


def convert_file(path: Path) -> list[dict[str, Any]]:
    """Every event record of the PLOVER gold file, converted."""
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"cannot read PLOVER gold file {path}: {exc}; "
                         "pass PLOVER_GSR_CAMEO.txt from the PLOVER repository") from None
    if not isinstance(records, list):
        raise ValueError(f"{path}: expected a JSON array of records")
    return [line for record in records if (line := convert_record(record)) is not None]


def write_gold(path: Path, out: Path, half: Half | None = None) -> int:
    """Write the converted records (or one half) as gold JSON Lines; returns how many."""
    lines = [r for r in convert_file(path) if half is None or half_of(r["id"]) == half]
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
    return len(lines)
