"""Where place candidates come from: the gazetteer, plus news abbreviations of states.

The gazetteer itself indexes countries, GeoNames cities, continents, the first-level units
of every country ("Queensland", "Ontario", "California", from ``models/admin1.json``) and
Lapwing's own regions, seas and rivers, so one lookup gives every reading of a name. This
module only adds the abbreviations of ``lexicons/places.yaml``'s ``admin_aliases`` ("NSW",
"QLD"), which name a unit as "Name, ISO3", and memoises lookups. A later NER or a bigger
gazetteer only has to provide :class:`~lapwing.gazetteer.Candidate` objects in the same form.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from lapwing.gazetteer import UNIT_SUFFIX, Candidate, Gazetteer

_NON_WORD = re.compile(r"[\W_]+")
_CACHE_SIZE = 50_000  # names per process; a document has a few dozen


@lru_cache(maxsize=_CACHE_SIZE)
def fold(name: str) -> str:
    """Lower case, no diacritics or punctuation, no leading "the": how names are compared.

    Memoised: the resolver folds every candidate's name and news repeats the same names.
    """
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = _NON_WORD.sub(" ", text.replace("'", "").replace("’", "")).split()
    if len(words) > 1 and words[0] == "the":
        del words[0]
    return " ".join(words)


def _alias_candidates(gazetteer: Gazetteer, aliases: dict[str, str]) -> dict[str, list[Candidate]]:
    """Folded abbreviation -> the unit it names; ``aliases`` maps a written form to "Name, ISO3"."""
    by_name: dict[str, list[Candidate]] = {}
    for written, label in aliases.items():
        name, _, country = label.rpartition(", ")
        units = [c for c in gazetteer.lookup(name)
                 if c.feature == "admin1" and c.country == country and fold(c.name) == fold(name)]
        if not units:
            raise ValueError(f"admin_aliases: {written!r} names {label!r}, which is not a "
                             "first-level unit of the gazetteer; write 'Name, ISO3' as the unit "
                             "is named in models/admin1.json")
        by_name.setdefault(fold(written), []).append(units[0])
    return by_name


class CandidateSource:
    """Every candidate for a name: the gazetteer's, then the units its abbreviation names.

    Lookups are memoised per instance, since news repeats the same names document after
    document.
    """

    def __init__(self, gazetteer: Gazetteer, admin_aliases: dict[str, str]) -> None:
        self.gazetteer = gazetteer
        self._extra = _alias_candidates(gazetteer, admin_aliases)
        self.lookup = lru_cache(maxsize=_CACHE_SIZE)(self._lookup)  # type: ignore[method-assign]

    def _lookup(self, name: str) -> tuple[Candidate, ...]:
        found = self.gazetteer.lookup(name)
        ids = {c.id for c in found}
        return tuple(found + [c for c in self._extra.get(fold(name), ()) if c.id not in ids])

    def with_units(self, name: str, candidates: tuple[Candidate, ...],
                   unit: str = UNIT_SUFFIX) -> tuple[Candidate, ...]:
        """``candidates`` plus the units named after the town ``name``: first-level units,
        and with a ``unit`` word other than a province's ("district"), the units that
        ``"{name} {unit}"`` names too (Bint Jbeil District).

        Why: a unit named like its seat ("Deir ez-Zor Governorate") has no bare name of its
        own, so that "Deir ez-Zor" finds the city; when a cue word says a unit is meant ("Deir
        ez-Zor province", "the Idlib countryside", "the Bint Jbeil district"), the unit must be
        among the candidates for the cue to choose it."""
        if not candidates:
            return candidates
        ids = {c.id for c in candidates}
        kinds = ("admin1",) if unit == UNIT_SUFFIX else ("admin1", "region")
        # matched as well as the town's name is: the unit word is ours, not a respelling
        units = [replace(c, match=candidates[0].match) for c in self.lookup(f"{name} {unit}")
                 if c.feature in kinds and c.id not in ids]
        return candidates + tuple(dict.fromkeys(units))
