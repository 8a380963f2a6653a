"""Names the text places by another one: "Orman village, southeast of Suwayda", "the Zeitoun
neighbourhood of Gaza City", "Ainata in the Bint Jbeil district", "Gaza City's Zeitoun area".

Why: such a phrase says outright where the place lies, which no population prior or share
of the document's countries can outweigh: a village "southeast of Suwayda" is within a few
dozen km of Suwayda, never the Orman in Romania that GeoNames knows. The resolver
(:mod:`lapwing.places_resolve`) keeps, among a name's candidates, those that the phrase
allows (:meth:`Anchor.holds`); when none does and the phrase is explicit (a direction, "near",
"the countryside of", "a village in"), a town abroad, or one far beyond the phrase's reach
(:meth:`Anchor.far`), is no reading of the name at all: the name is a village the gazetteer
lacks, and the resolver reads it as a place at the anchor, of the anchor's precision, rather
than place it on another continent or across the country.

The relations read, between a name X and the name Y after it (or before it, for "Y's X"):

* near Y: "X, (about 30 km) southeast of Y", "X near Y", "X (village), on the outskirts of
  Y", "X in the southern countryside of Y", "the X neighbourhood of Y", "Y's X": X lies
  within ``NEAR_KM`` of Y's reading (of its edge, for a wide place), or within one and a half
  times a distance the phrase gives ("Y's X" is explicit when a head noun follows X:
  "Tehran's Evin prison");
* inside Y: "X village in Y", "X, a border village in Y", "X in the Y district" (a cue word
  after Y says it is a unit), "the X military headquarters in Y", "the X gas field in Y" (a
  facility's head noun, ``facility_heads``): X lies in Y's country, within Y's extent. A bare "X in Y" is
  not read: "refugees from Homs in Lebanon" puts no Homs in Lebanon;
* a name listed with an anchored one, or glossed by it in brackets ("the villages of Arman
  and Malah in ...", "Zirgan (Abu Rasin) in Hasakah province"), shares its anchor; so it does
  with a name the gazetteer lacks before a plural head ("the Salah al-Din and Ain Zara areas
  of southern Tripoli");
* a name that an "of" phrase with a head word makes a part of Y ("the X area of Y") or that
  lies inside Y is read in Y's country: a reading abroad, even a wide one (Iraq's Salah
  al-Din province for a district of Tripoli), is no reading of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from lapwing.gazetteer import Candidate
from lapwing.places_recognise import CONTAINMENT, Found, facility_phrase, load_lexicon

#: How far a place said to be near a town, or in a direction from it, may lie from it. A
#: village "southeast of Suwayda" is 10-40 km off; "north of Baghdad" is rarely 100 km.
NEAR_KM = 100.0
#: How far past a wide place's rough extent a place said to lie in it may be: the extents
#: are radii of discs, and units are not discs.
INSIDE_SLACK_KM = 30.0
#: A candidate farther than this many times the phrase's reach from its target is a
#: namesake elsewhere, not a loose reading of the phrase (:meth:`Anchor.far`).
FAR_FACTOR = 2.0
#: A distance the phrase gives ("30 km southeast of") is read with this margin.
DISTANCE_MARGIN = 1.5
# The units of a distance, the words after a name that make it a village's or a quarter's,
# and the nouns of "in the ... of Y" that make it a phrase of nearness are the lexicon's
# ``distance_units``, ``anchor_heads`` and ``near_nouns`` (lexicons/places.yaml).
_WIDE = frozenset({"country", "admin1", "region", "water"})


@dataclass(frozen=True)
class Anchor:
    """Name ``target`` of the document says where a name lies: within ``km`` of it when
    ``inside`` is false, within its extent when true; ``explicit`` when the phrase leaves no
    doubt that the name is a place there (a direction, "near", a settlement word); ``part``
    when a head word makes the name a part of the target ("the X area of Y", "X village in Y"),
    unlike "the X port of Y", where Y may be the port and X its sea; ``settled`` when a
    settlement or site word follows the name ("the X camp near Y", "X village, southeast of
    Y", "the X camp of Y"): the name is a town or site, never a region or unit abroad."""

    target: int
    km: float
    inside: bool
    explicit: bool
    part: bool = False
    settled: bool = False

    def holds(self, candidate: Candidate, place: Candidate, km: float) -> bool:
        """Whether ``candidate``, ``km`` from the target's reading ``place``, lies where the
        phrase puts it: in the country a country target names, else within the target's
        extent plus the phrase's reach (inside: in the target's country too)."""
        if candidate.id == place.id:
            return False
        if place.feature == "country":
            return candidate.country == place.country
        if self.inside and place.country is not None and candidate.country != place.country:
            return False
        return km <= place.radius_km + (INSIDE_SLACK_KM if self.inside else self.km)

    def far(self, candidate: Candidate, place: Candidate, km: float) -> bool:
        """Whether ``candidate``, ``km`` from the target's reading ``place``, lies beyond
        twice the phrase's reach: not a reading a loose "north of" or a wide unit's odd
        shape explains (a town 120 km "north of Baghdad" is still meant), but a namesake
        across the country (a Wisconsin lake town for a lake "north of Canton", Illinois).
        Only a town or a site: a wide place "near" another is a loose phrase ("the Red Sea
        near the Euphrates")."""
        if candidate.feature in _WIDE:
            return False
        reach = place.radius_km + (INSIDE_SLACK_KM if self.inside else self.km)
        return km > FAR_FACTOR * reach


def _words(vocabulary: Sequence[str] | frozenset[str]) -> str:
    """An alternation of ``vocabulary``, longest first, spaces matching any run of spaces."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(vocabulary, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The gap between X and a Y after it (near, of, in), a list or gloss gap, and "Y's X"."""
    lexicon = load_lexicon()
    heads = _words(lexicon.settlement_heads | lexicon.anchor_heads)
    sites = _words(lexicon.facility_heads)
    directions = _words(lexicon.directions - {"central"})
    units = _words(tuple(lexicon.distance_units))
    distance = rf"(?:(?:{_words(lexicon.approximators)})\s+)?(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>{units})\s+"
    near = (rf"(?:{distance})?(?:{directions})\s+of|near|outside|close\s+to|next\s+to"
            rf"|(?:in|on)\s+the\s+(?:(?:{directions})\s+)?(?:{_words(lexicon.near_nouns)})\s+of")
    # a name the gazetteer lacks, listed before the head: "X and Ain Zara areas of Y"
    listed = r"(?:\s*,?\s+(?:and|or)\s+(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))?"
    gap = re.compile(
        rf"^(?:{listed}\s+(?P<head>{heads})|{facility_phrase(sites, 'site')})?\s*\)?\s*,?\s*"
        rf"(?:(?P<apposition>an?\s+(?:[\w-]+\s+){{0,2}}?(?:{heads}))\s+)?"
        rf"(?:(?:located|situated|lying)\s+)?"
        rf"(?:(?P<near>{near})|(?P<of>of)|(?P<in>{CONTAINMENT}))"
        rf"\s+(?:the\s+)?(?:(?:{directions})\s+)?$", re.IGNORECASE)
    joined = re.compile(r"^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+|\s*\(\s*)$")
    possessive = re.compile(r"^['’]s\s+$")
    return gap, joined, possessive


@lru_cache(maxsize=1)
def _settlement_before() -> re.Pattern[str]:
    """"the village of ", "a town of " right before a name: the name is that settlement's."""
    return re.compile(rf"\b(?:the|a)\s+(?:{_words(load_lexicon().settlement_heads)})\s+of\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _possessed_head() -> re.Pattern[str]:
    """A head noun right after a possessed name that makes it a part of its possessor: a
    settlement's, an area's, a facility's, an institution's or a prison's ("Tehran's Evin
    *prison*", "Baghdad's Sadr City *district*", "Aleppo's Kuweires *airbase*")."""
    lexicon = load_lexicon()
    heads = lexicon.settlement_heads | lexicon.anchor_heads | lexicon.facility_heads \
        | lexicon.institution_nouns | lexicon.captivity_nouns
    return re.compile(rf"\s+(?:{_words(heads)})\b", re.IGNORECASE)


def find_anchors(text: str, found: Sequence[Found]) -> dict[int, Anchor]:
    """Name index -> its :class:`Anchor`, for the names of ``found`` (text order) that one
    of the relations of the module doc places by another name."""
    anchors: dict[int, Anchor] = {}
    for i in range(len(found) - 1, -1, -1):  # a list shares the anchor of its last member
        anchor = _anchor(text, found, i, anchors)
        if anchor is not None:
            anchors[i] = anchor
    return anchors


def _anchor(text: str, found: Sequence[Found], i: int, later: dict[int, Anchor]) -> Anchor | None:
    """Name ``i``'s anchor: a relation to the next name, the one it is listed with or glossed
    by, or the possessor right before it."""
    gap, joined, possessive = _patterns()
    if i + 1 < len(found):
        between = text[found[i].end:found[i + 1].start]
        m = gap.match(between)
        if m is not None:
            anchor = _relation(m, found[i + 1], i + 1)
            if anchor is None and m.group("in") and _settlement_before().search(text, 0, found[i].start):
                # "the village of Solhan in northern Burkina Faso": the head before the name
                # makes the "in" a settlement's place, as "Solhan village in" would
                anchor = Anchor(i + 1, NEAR_KM, inside=True, explicit=True, settled=True)
            if anchor is not None:
                return anchor
        if joined.match(between) and i + 1 in later:
            return later[i + 1]
    if i > 0 and possessive.match(text[found[i - 1].end:found[i].start]):
        # "Tehran's Evin prison" is in Tehran, not a namesake abroad (Evin-Malmaison in France)
        return Anchor(i - 1, NEAR_KM, inside=False, explicit=_possessed_head().match(text, found[i].end) is not None)
    return None


def _relation(m: re.Match[str], target: Found, j: int) -> Anchor | None:
    """The anchor a matched gap gives to name ``j`` (``target``); None for a bare "X of Y"
    or "X in Y", which say nothing about nearness ("the University of Baghdad", "refugees
    from Homs in Lebanon")."""
    settled = bool(m.group("head") or m.group("site") or m.group("apposition"))
    if m.group("near"):
        km = NEAR_KM
        if m.group("n"):
            per_unit = load_lexicon().distance_units[" ".join(m.group("unit").lower().split())]
            km = max(km, DISTANCE_MARGIN * float(m.group("n")) * per_unit)
        return Anchor(j, km, inside=False, explicit=True, settled=settled)
    if m.group("of"):
        if not m.group("head"):
            return None
        # "the Zeitoun area of Gaza City" is in the city; "the Red Sea port of Mokha" is not in Mokha
        head = " ".join(m.group("head").lower().split())
        area = head in load_lexicon().anchor_heads
        # "the Markazi camp of Obock" is a camp at Obock; "the Delta city of Mahalla" names
        # the wider place first, as "the Gaza town of Rafah" does: only a site's head settles X
        return Anchor(j, NEAR_KM, inside=False, explicit=True, part=area,
                      settled=head in load_lexicon().site_name_heads)
    if settled or target.cues.admin:
        return Anchor(j, NEAR_KM, inside=True, explicit=settled, part=settled, settled=settled)
    return None


def foreign_town(candidate: Candidate, place: Candidate, part: bool = False, settled: bool = False) -> bool:
    """Whether ``candidate``, the reading of a name that an explicit anchor puts near
    ``place`` (which none of its candidates is), is a town or site of another country, or
    any place of another country when the anchor makes the name a ``part`` of ``place`` or
    a settlement word follows the name (``settled``: "the Markazi camp near Obock" is a camp,
    not Iran's Markazi province): then the name is a village, a camp or a quarter the
    gazetteer lacks, better placed at the anchor than there."""
    return ((part or settled) and candidate.country is not None or candidate.feature not in _WIDE) \
        and place.country is not None and candidate.country != place.country
