"""Exports of the stored data in the formats analysts load into their tools.

* ``jsonl``: the record stream itself (the contract), each document followed by its records;
* ``csv``: one row per event with POLECAT/ICEWS-style columns, for spreadsheets, R, pandas;
* ``parquet``: one file per record kind, flattened like the database tables;
* ``geojson``: events that have coordinates, for QGIS and web maps;
* ``gexf``: the actor network (who acts on whom, how often), for Gephi.

Every format is valid with zero events, so scripts never have to special-case "nothing".
Streams are written as they are read from the store, so exports do not hold the database
in memory.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import pyarrow.parquet as pq

from lapwing.events_lexicon import load_lexicon
from lapwing.filters import Filters
from lapwing.store import RECORD_KINDS, TABLES, EventContext, Store

FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet", "geojson", "gexf")

#: CSV columns, also the GeoJSON feature properties. Lists are joined with ";" and the
#: per-actor columns stay aligned (an unresolved actor leaves an empty id between the ";").
#: ``cameo_root`` (two digits, from the type and mode, ``cameo_roots`` in events.yaml) lets
#: GDELT users compare with CAMEO-coded data; it is derived, so it is not a record field.
CSV_COLUMNS: tuple[str, ...] = (
    "event_id", "event_date", "date_start", "date_end", "date_precision", "date_basis",
    "story_date", "event_type", "mode", "cameo_root", "contexts",
    "source_actor", "source_actor_id", "source_country", "source_sector",
    "target_actor", "target_actor_id", "target_country", "target_sector",
    "location", "geonameid", "latitude", "longitude", "location_country",
    "modality", "attribution_speaker", "attribution_cue", "dead", "injured", "arrested",
    "confidence", "cluster_id", "doc_id", "url", "source", "sentence", "trigger",
)

GEXF_NAMESPACE = "http://gexf.net/1.3"

Output = str | Path | IO[str] | IO[bytes]

# Characters XML 1.0 cannot carry at all, even escaped; they would make the file unreadable.
_XML_INVALID = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def export(store: Store, fmt: str, out: Output, filters: Filters | None = None) -> dict[str, int]:
    """Write the data the filters select to ``out`` in ``fmt``; returns counts written per kind.

    ``out`` is a file path or an open stream (stdout) for every format but parquet, which
    writes one file per record kind and so needs a directory path.
    """
    filters = filters or Filters()
    if fmt == "parquet":
        if not isinstance(out, (str, Path)):
            raise ValueError(
                "parquet export writes one file per record kind: give a directory path, "
                "not a stream"
            )
        return _write_parquet(store, Path(out), filters)
    writers = {
        "jsonl": _write_jsonl, "csv": _write_csv, "geojson": _write_geojson, "gexf": _write_gexf
    }
    if fmt not in writers:
        raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    with _text_output(out) as stream:
        return writers[fmt](store, stream, filters)


@contextmanager
def _text_output(out: Output) -> Iterator[IO[str]]:
    """A UTF-8 text stream for a path, a text stream or a binary stream (left open)."""
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as stream:
            yield stream
    elif isinstance(out, (io.RawIOBase, io.BufferedIOBase)):
        wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="")
        try:
            yield wrapper
        finally:
            wrapper.flush()
            wrapper.detach()
    else:
        yield out  # type: ignore[misc]


def _write_jsonl(store: Store, stream: IO[str], filters: Filters) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for doc, records in store.iter_documents_with_records(filters):
        stream.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
        counts[doc.kind] += 1
        for kind, line in records:
            stream.write(line + "\n")
            counts[kind] += 1
    return dict(counts)


def event_row(event: dict[str, Any], context: EventContext) -> dict[str, Any]:
    """One event (its JSON form) as a CSV row / GeoJSON properties, keyed by :data:`CSV_COLUMNS`."""
    date = event["date"]
    loc = event.get("location") or {}
    att = event.get("attribution") or {}
    speaker = att.get("speaker") or {}
    size = event.get("size") or {}
    sentence = event["sentence"].get("text")
    trigger = event["trigger"].get("text")
    return {
        "event_id": event["event_id"],
        "event_date": date.get("value") or date.get("start"),
        "date_start": date.get("start"),
        "date_end": date.get("end"),
        "date_precision": date.get("precision"),
        "date_basis": date.get("basis"),
        "story_date": context.published,
        "event_type": event["type"],
        "mode": event.get("mode"),
        "cameo_root": load_lexicon().cameo_root(event["type"], event.get("mode")),
        "contexts": ";".join(event.get("contexts") or []),
        **_actor_columns("source", event.get("actors") or []),
        **_actor_columns("target", event.get("recipients") or []),
        "location": loc.get("name") or loc.get("text"),
        "geonameid": loc.get("geonameid"),
        "latitude": loc.get("lat"),
        "longitude": loc.get("lon"),
        "location_country": loc.get("country"),
        "modality": event.get("modality"),
        "attribution_speaker": speaker.get("name") or speaker.get("text"),
        "attribution_cue": att.get("cue"),
        "dead": size.get("dead"),
        "injured": size.get("injured"),
        "arrested": size.get("arrested"),
        "confidence": event.get("confidence"),
        "cluster_id": event.get("cluster_id"),
        "doc_id": event["doc_id"],
        "url": context.url,
        "source": context.source,
        "sentence": context.sentence if context.sentence is not None else sentence,
        "trigger": trigger if trigger is not None else context.trigger,
    }


def _actor_columns(prefix: str, refs: list[dict[str, Any]]) -> dict[str, str]:
    return {
        f"{prefix}_actor": ";".join(r.get("name") or r["text"] for r in refs),
        f"{prefix}_actor_id": ";".join(r.get("actor_id") or "" for r in refs),
        f"{prefix}_country": ";".join(r.get("country") or "" for r in refs),
        f"{prefix}_sector": ";".join(r.get("sector") or "" for r in refs),
    }


def _write_csv(store: Store, stream: IO[str], filters: Filters) -> dict[str, int]:
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for event, context in store.iter_events_in_context(filters):
        writer.writerow(event_row(event, context))
        n += 1
    return {"event": n}


def _write_geojson(store: Store, stream: IO[str], filters: Filters) -> dict[str, int]:
    """A FeatureCollection written feature by feature; events without coordinates are left out."""
    stream.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for event, context in store.iter_events_in_context(filters):
        loc = event.get("location") or {}
        if loc.get("lat") is None or loc.get("lon") is None:
            continue
        feature = {
            "type": "Feature",
            "id": event["event_id"],
            "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]},
            "properties": event_row(event, context),
        }
        stream.write(("\n" if n == 0 else ",\n") + json.dumps(feature, ensure_ascii=False))
        n += 1
    stream.write("\n]}\n")
    return {"event": n}


def _write_parquet(store: Store, directory: Path, filters: Filters) -> dict[str, int]:
    directory.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for kind in ("document", *RECORD_KINDS):
        reader = store.arrow_reader(kind, filters)
        with pq.ParquetWriter(directory / f"{TABLES[kind]}.parquet", reader.schema) as writer:
            counts[kind] = 0
            for batch in reader:
                writer.write_batch(batch)
                counts[kind] += batch.num_rows
    return counts


def _write_gexf(store: Store, stream: IO[str], filters: Filters) -> dict[str, int]:
    """GEXF 1.3: actors as nodes, one directed edge per (actor, recipient) weighted by events."""
    nodes, edges = store.actor_network(filters)
    types = sorted({t for edge in edges for t in edge.counts})
    type_ids = {t: f"t{i}" for i, t in enumerate(types)}
    root = ET.Element("gexf", {"xmlns": GEXF_NAMESPACE, "version": "1.3"})
    meta = ET.SubElement(root, "meta", {"lastmodifieddate": dt.date.today().isoformat()})
    ET.SubElement(meta, "creator").text = "Lapwing"
    ET.SubElement(meta, "description").text = "Actor network: actors -> recipients of coded events"
    graph = ET.SubElement(root, "graph", {"defaultedgetype": "directed", "mode": "static"})
    node_attrs = ET.SubElement(graph, "attributes", {"class": "node", "mode": "static"})
    for name in ("country", "sector", "type"):
        ET.SubElement(node_attrs, "attribute", {"id": name, "title": name, "type": "string"})
    edge_attrs = ET.SubElement(graph, "attributes", {"class": "edge", "mode": "static"})
    for event_type, attr_id in type_ids.items():
        attribute = ET.SubElement(
            edge_attrs, "attribute", {"id": attr_id, "title": _xml(event_type), "type": "integer"}
        )
        ET.SubElement(attribute, "default").text = "0"
    node_list = ET.SubElement(graph, "nodes")
    for node in nodes:
        element = ET.SubElement(
            node_list, "node", {"id": _xml(node.key), "label": _xml(node.name or node.key)}
        )
        values = {"country": node.country, "sector": node.sector, "type": node.type}
        _attvalues(element, {k: v for k, v in values.items() if v is not None})
    edge_list = ET.SubElement(graph, "edges")
    for i, edge in enumerate(edges):
        element = ET.SubElement(
            edge_list,
            "edge",
            {"id": f"e{i}", "source": _xml(edge.source), "target": _xml(edge.target),
             "weight": str(edge.weight)},
        )
        _attvalues(element, {type_ids[t]: str(n) for t, n in edge.counts.items()})
    ET.indent(root)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(root, encoding="unicode"))
    stream.write("\n")
    return {"actor": len(nodes), "edge": len(edges)}


def _attvalues(element: ET.Element, values: dict[str, str]) -> None:
    if not values:
        return
    container = ET.SubElement(element, "attvalues")
    for key, value in values.items():
        ET.SubElement(container, "attvalue", {"for": key, "value": _xml(value)})


def _xml(text: str) -> str:
    """Text XML can hold: ElementTree escapes &, <, quotes, but not control characters."""
    return _XML_INVALID.sub("", text)
