"""The ``places`` stage: find place names in the body, resolve them, add them as mentions.

Recognition is :mod:`lapwing.places_recognise` (gazetteer plus capitalisation and context
rules), candidates come from :mod:`lapwing.places_candidates`, the choice among them from
:mod:`lapwing.places_resolve`. This module joins them and turns the result into records:
a :class:`~lapwing.records.Mention` labelled GPE (countries, first-level units, towns), LOC
(regions, water) or FAC (bases and other sites), with its resolved
:class:`~lapwing.records.Place`. Names that stand for an actor ("Tehran said") are left to
the actor resolver and not output.

Only body zones are read (``Document.coded_spans``): a photo caption's "Reuters/Beirut"
is not where anything happened.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from lapwing.gazetteer import ADMIN1_PATH, Candidate, Gazetteer
from lapwing.hookspecs import hookimpl
from lapwing.knowledge import KnowledgeBase, load_kb
from lapwing.places_actors import ActorNames
from lapwing.places_candidates import CandidateSource
from lapwing.places_recognise import (Cues, Found, Recogniser, dateline_country, dateline_place, in_dateline,
                                       load_lexicon)
from lapwing.places_resolve import MODEL_PATH, Resolved, Resolver
from lapwing.records import Mention, MentionLabel, Place
from lapwing.stages import Analysis, StageFn, StageSpec, stage

_LABELS: dict[str, MentionLabel] = {"country": "GPE", "admin1": "GPE", "city": "GPE",
                                    "region": "LOC", "water": "LOC", "locality": "LOC",
                                    "other": "FAC"}
#: Capitals, accented Latin ones too ("Électricité du Liban").
_CAPITAL = "[A-ZÀ-ÖØ-Þ]"
#: A run of capitalised words (an organisation's name, a nationality), less a possessive:
#: "EDL" of "EDL's power plants", "Lebanese" of "the Lebanese army".
#: A run of capitalised words, with the lower-case particles inside names ("Electricite du
#: Liban", "Bank of Jordan").
_CAPITALISED_RUN = re.compile(rf"(?<![\w'’-])(?P<name>{_CAPITAL}[\w.&-]*"
                              rf"(?:[ ](?:(?:du|de|des|of|al|el)[ ])?{_CAPITAL}[\w.&-]*){{0,4}})"
                              r"(?:['’]s)?(?![\w'’-])")
#: Features of a town, which "the Red Sea city" may stand for.
_TOWNS = frozenset({"city", "locality"})


@dataclass
class PlaceFinder:
    """Recogniser and resolver built once (per worker) and used for many texts."""

    recogniser: Recogniser
    resolver: Resolver

    @classmethod
    def build(cls, ranker: str = "model", model_path: Path = MODEL_PATH,
              gazetteer: Gazetteer | None = None, kb: KnowledgeBase | None = None) -> PlaceFinder:
        """``kb`` (default: the packaged actor KB) names the organisations, people and
        nationalities that are not places though a town has their name."""
        lexicon = load_lexicon()
        source = CandidateSource(gazetteer or Gazetteer.load(), lexicon.admin_aliases)
        actor_names = ActorNames(kb or load_kb())
        return cls(Recogniser(source, lexicon, actor_names), Resolver(model_path, ranker))

    def find(self, text: str, spans: list[tuple[int, int]] | None = None,
             outlet: str | None = None, day: str | None = None) -> list[Resolved]:
        """Places named in ``spans`` of ``text``, resolved; metonymic names are left out.

        They are resolved with the rest all the same: "Israel said" still says which country
        the report is about, which the other names' readings use as context. When the text
        names no country at all, the home of ``outlet`` (the outlet that ran it, if the actor
        KB knows it) does: a Bahraini daily's "releases began at Jau" is Bahrain's Jau prison,
        not Jaú in Brazil. ``day``, the article's date, tells a sitting leader's surname
        from a town of that name (:meth:`Recogniser.find`). The dateline's place picks a
        name's reading near it in its country (:func:`~lapwing.places_resolve.near_dateline`)."""
        found = self.recogniser.find(text, spans, day)
        named = self._named_countries(text, spans, found)
        names = self.recogniser.actor_names
        home = frozenset({country}) if not named and outlet and names is not None \
            and (country := names.country(outlet)) is not None else frozenset()
        # "TRIPOLI - ... at Tripoli port": the dateline cannot vote for its own name's reading
        homonyms = {f.text.lower() for f in found if not in_dateline(text, f.start, f.end)}
        dateline = next((place for lo, _ in spans or [(0, len(text))]
                         if (place := dateline_place(text, lo)) is not None and place.name.lower() not in homonyms),
                        None)
        resolved = self.resolver.resolve(text, found, named | home, home, dateline)
        resolved += self._home_capital(text, spans, resolved)
        resolved += self._unit_seat(text, spans, resolved)
        resolved += self._unit_capital(text, spans, resolved)
        resolved += self._waterside_town(text, spans, resolved)
        # an institution's name with no reading ("al-Nasr hospital", its namesake abroad ruled out) is no place
        return sorted((r for r in resolved if not r.found.metonymy
                       and not (r.candidate is None and r.found.cues.institution)), key=lambda r: r.found.start)

    def _named_countries(self, text: str, spans: list[tuple[int, int]] | None,
                         found: list[Found]) -> frozenset[str]:
        """The countries that the document names other than by its place names: its
        dateline's ("BEIRUT -") and those of the actor KB's names outside the place names
        (an organisation, "EDL's power plants"; a nationality, "the Lebanese army").

        Why: they tell which of two homonymous cities a report means
        (:func:`~lapwing.places_resolve.homonym_at_home`) when it names no other place."""
        homonyms = {f.text.lower() for f in found}
        countries = {place.country for lo, _ in spans or [(0, len(text))]
                     if (place := dateline_place(text, lo)) is not None and place.country
                     and place.name.lower() not in homonyms}  # "TRIPOLI -" cannot vote for its own reading
        names = self.recogniser.actor_names
        if names is None:
            return frozenset(countries)
        taken = [(f.start, f.end) for f in found]
        for lo, hi in spans or [(0, len(text))]:
            for run in _CAPITALISED_RUN.finditer(text, lo, hi):
                if any(a < run.end() and run.start() < b for a, b in taken):
                    continue
                words = run.group("name").split()
                country = names.country(" ".join(words))
                found_words = [c for w in words if (c := names.country(w)) is not None]
                if country is not None:
                    countries.add(country)
                elif len(set(found_words)) == 1:
                    countries.add(found_words[0])
        return frozenset(countries)

    def _home_capital(self, text: str, spans: list[tuple[int, int]] | None,
                      resolved: list[Resolved]) -> list[Resolved]:
        """"the capital" (:meth:`Recogniser.bare_capitals`) read as the capital of the one
        country the document's places and its dateline lie in ("clashes in Tajura ... pull
        out of the capital": Tripoli); none when they lie in several countries or in none.

        Why: a report about one country names its capital so, and the capital is where what
        the phrase tells happened; with two countries in play ("AMMAN - ... in solidarity
        with Gaza", "DUBAI (Reuters) - Yemen's Houthis") the phrase is ambiguous."""
        countries = {r.candidate.country for r in resolved if r.candidate is not None and r.candidate.country}
        countries |= {c for lo, _ in spans or [(0, len(text))] if (c := dateline_country(text, lo)) is not None}
        if len(countries) != 1:
            return []
        capital = self.recogniser.source.gazetteer.capital_of(countries.pop())
        if capital is None:
            return []
        cues = Cues(settlement=True, country_hint=capital.country)
        return [Resolved(Found(a, b, text[a:b], (capital,), cues), capital, 1.0)
                for a, b in self.recogniser.bare_capitals(text, spans)]

    def _unit_seat(self, text: str, spans: list[tuple[int, int]] | None,
                   resolved: list[Resolved]) -> list[Resolved]:
        """"the governorate building", "outside the governorate" (:meth:`Recogniser.bare_seats`)
        read as the seat of the one first-level unit the document names ("Basra's governor"),
        when that seat is the town the unit is named after (Basra Governorate: Basrah); none
        when the document names no unit, several, or one whose seat has another name.

        Why: such a phrase is the governor's building, in the town the unit is run from, and
        a protest outside it happened there, not anywhere in the province."""
        units = {r.candidate.id: r for r in resolved
                 if r.candidate is not None and r.candidate.feature == "admin1" and not r.found.metonymy}
        if len(units) != 1:
            return []
        named = next(iter(units.values()))
        unit = named.candidate
        seat = next((c for name in (named.found.text, unit.name) for c in self.recogniser.source.lookup(name)
                     if c.feature in _TOWNS and c.country == unit.country and c.admin1 == unit.admin1), None)
        if seat is None:
            return []
        cues = Cues(settlement=True, country_hint=seat.country)
        return [Resolved(Found(a, b, text[a:b], (seat,), cues), seat, 1.0)
                for a, b in self.recogniser.bare_seats(text, spans)]

    def _unit_capital(self, text: str, spans: list[tuple[int, int]] | None,
                      resolved: list[Resolved]) -> list[Resolved]:
        """"the provincial capital", "the province's capital" (:meth:`Recogniser.unit_capitals`)
        read as the seat of the first-level unit of the nearest place named before it (the
        first after it when none is), when that seat is the town the unit is named after
        ("fighting in Saada ... outside the provincial capital": Saada town); none otherwise.

        Why: the phrase refers back to a province the report named, or to the province of a
        town it named, and the event it places happened in that province's seat."""
        named = [r for r in resolved if r.candidate is not None and not r.found.metonymy
                 and r.candidate.feature != "country" and r.candidate.country and r.candidate.admin1]
        found = []
        for a, b in self.recogniser.unit_capitals(text, spans):
            before = [r for r in named if r.found.end <= a]
            nearest = before[-1] if before else next((r for r in named if r.found.start >= b), None)
            if nearest is None:
                continue
            unit = (nearest.candidate.country, nearest.candidate.admin1)
            name = _admin1_names().get(unit)  # type: ignore[arg-type]
            seat = next((c for c in self.recogniser.source.lookup(name) if c.feature in _TOWNS
                         and (c.country, c.admin1) == unit), None) if name else None
            if seat is not None:
                cues = Cues(settlement=True, country_hint=seat.country)
                found.append(Resolved(Found(a, b, text[a:b], (seat,), cues), seat, 1.0))
        return found

    def _waterside_town(self, text: str, spans: list[tuple[int, int]] | None,
                        resolved: list[Resolved]) -> list[Resolved]:
        """"the Red Sea city" (:meth:`Recogniser.waterside_settlements`) read as the town of
        the dateline ("JEDDAH - ... meeting in the Red Sea city": Jeddah), else as the one
        town the document's places name; none when the dateline names no town and the
        document names none or several.

        Why: a report describes the town it was filed from, or the one it named, by the
        water it lies on; the water itself is no scene. No gazetteer outline tells whether a
        town lies on that water, so the description is trusted as the writer's."""
        described = self.recogniser.waterside_settlements(text, spans)
        if not described:
            return []
        towns = [c for lo, _ in spans or [(0, len(text))]
                 if (c := dateline_place(text, lo)) is not None and c.feature in _TOWNS]
        if not towns:
            named = {r.candidate.geonameid: r.candidate for r in resolved
                     if r.candidate is not None and r.candidate.feature in _TOWNS and not r.found.metonymy}
            towns = list(named.values()) if len(named) == 1 else []
        if not towns:
            return []
        town = towns[0]
        cues = Cues(settlement=True, country_hint=town.country)
        return [Resolved(Found(a, b, text[a:b], (town,), cues), town, 1.0) for a, b in described]

    def resolve_spans(self, text: str, spans: Iterable[tuple[int, int]]) -> list[Resolved]:
        """Given place spans (gold, or a NER's), resolved with the same cues and context."""
        found = [self.recogniser.describe(text, a, b) for a, b in sorted(spans)]
        return self.resolver.resolve(text, found)


def admin1_unit(gazetteer: Gazetteer, country: str, code: str) -> Candidate | None:
    """The first-level unit with GeoNames admin1 ``code`` in ``country``, found by its name
    and a unit word (a bare "Mardin" is the town, "Mardin Province" the unit)."""
    name = _admin1_names().get((country, code))
    return next((c for c in gazetteer.lookup(f"{name} Province") if c.feature == "admin1"
                 and c.country == country and c.admin1 == code), None) if name else None


@lru_cache(maxsize=1)
def _admin1_names() -> dict[tuple[str, str], str]:
    """First-level units' names by (country, GeoNames admin1 code), from ``ADMIN1_PATH``."""
    data = json.loads(ADMIN1_PATH.read_text(encoding="utf-8"))
    return {(u["country"], u["admin1"]): u["name"] for u in data["admin1"]}


def to_place(resolved: Resolved) -> Place:
    """The record form of a resolved name; only ``text`` and offsets when nothing matched."""
    f, c = resolved.found, resolved.candidate
    if c is None:
        return Place(text=f.text, start=f.start, end=f.end)
    return candidate_place(c, f.text, f.start, f.end)


def candidate_place(candidate: Candidate, text: str, start: int, end: int) -> Place:
    """The record form of the gazetteer's ``candidate`` for the name ``text`` at ``start``-``end``."""
    return Place(text=text, start=start, end=end, name=candidate.name, geonameid=candidate.geonameid,
                 lat=round(candidate.lat, 5), lon=round(candidate.lon, 5), country=candidate.country,
                 feature=candidate.feature, precision=candidate.precision)


def to_mention(doc_id: str, resolved: Resolved) -> Mention:
    f, c = resolved.found, resolved.candidate
    label = _LABELS[c.feature] if c is not None else "GPE"
    return Mention(doc_id=doc_id, start=f.start, end=f.end, text=f.text, label=label,
                   place=to_place(resolved))


@stage("places", reads=["document.text", "document.zones", "document.published"], assigns=["mentions"],
       default_config={"ranker": "model", "kb_dirs": []}, scorer="geo")
def make_places(config: dict[str, Any]) -> StageFn:
    """Place names in the body, resolved to GeoNames (id, coordinates, country, precision).

    ``kb_dirs`` are the actor KB directories, as for the actors stage: its organisations,
    people and nationalities are not places."""
    finder = PlaceFinder.build(ranker=config["ranker"], kb=load_kb(config.get("kb_dirs", [])))

    def run(batch: list[Analysis]) -> None:
        for analysis in batch:
            document = analysis.document
            day = document.published[:10] if document.published else None
            for resolved in finder.find(document.text, document.coded_spans(), document.source, day):
                analysis.mentions.append(to_mention(document.doc_id, resolved))

    return run


@hookimpl
def register_stages() -> list[StageSpec]:
    return [make_places]
