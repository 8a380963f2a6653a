"""Find place names in text: gazetteer matches over capitalised runs, with context rules.

There is no statistical NER yet, so a name is a run of capitalised words (with the
lower-case connectors of ``lexicons/places.yaml`` inside: "Deir ez-Zor", "Rio de Janeiro"),
or a direction word followed by one ("northern Iraq"), for which the gazetteer has a
candidate; the longest such run wins. A run may hold a possessive ("the People's Republic
of China"), an elided particle ("Cote d'Ivoire") and the full stop of an abbreviation
that opens place names ("St. Louis", "Ft. Lauderdale", where no sentence ends). A name never
starts with a sentence-opening "The" ("The Secretary" is judged as "Secretary", a sentence
opener), nor after one that opens a quotation ('said: "The U.S. is'); a quotation's first
word opens a sentence ('told reporters: "Nine of'). Rules then drop what is not a place:

* a name in the stop list ("May", "Ebola"), a title ("Gen", "Lt."), or a nationality,
  after direction words or not ("Canadian", "the southern Somali town of"); the words of a
  stop name are spent ("West Nile virus" holds no "Nile");
* a name glued to a currency sign ("US$30");
* a name ending in a portfolio word before an office noun ("US Energy Secretary", "the
  Commerce Department"): the longest name left is read instead ("US");
* a name the actor knowledge base gives only to an organisation or a person ("Hamas",
  "Obama"; see :mod:`lapwing.places_actors`), unless it also names a wider place, a cue
  word says it is one, or a place preposition governs it ("near Al Mayadeen");
* a facility noun followed by a number or a letter ("Tower 22", "Camp 5"): a site;
* a name glued to a capitalised word or a title before it ("Francisco Duque", "Mr.
  Jordan", "Children's Villages"; not after the possessive of an acronym or a known place:
  "the CBL's Misurata branch", "Gaza City's Zeitoun area"), after a patronymic particle ("Yusuf bin Salman") or a
  middle initial ("Harry S. Truman"): part of a person's or an organisation's name; and
  any word of a longer name that the actor KB gives to a person or an organisation
  ("US Central Command", "Banque du Liban");
* a one-word name matched only through a transliteration variant ("There" ~ Thairé)
  unless a cue word or a place preposition vouches for it ("the city of Qalqilya"), an
  acronym that is not a country or state ("SOS"), a town name followed by a capitalised
  word ("David Nabarro") unless the words after it name a site there ("Aleppo International
  Airport", ``site_heads``) or it is a metropolis before a noun of ``institution_nouns``
  ("Cairo University"), or a small town's name opening a sentence ("Most", "Over")
  unless the document uses it mid-sentence too (the first word after a dateline, "(AFP) -
  Anger", opens a sentence), or a town name the document also writes
  after a given name ("Anna Dalton") and never after a place preposition;
* a name of several words followed directly by a capitalised word, unless it names a
  country, unit or region ("Shady Grove Adventist Hospital", "Los Angeles Times"): part of
  an institution's name, as for one-word town names above (a metropolis stays: "Addis Ababa
  University");
* a town's name whose "'s" ends a phrase or follows "a" ("McDonald's has recalled", "a
  McDonald's outlet"): a shop's or a firm's name, since a place's possessive has its noun;
* a name followed by a capitalised word of ``media_heads`` ("told Hargeisa Online", "the
  Kuwait Times"), or right after a lower-case noun of ``outlet_nouns`` ("the news agency
  Saba"): a news outlet's name, which says who reported, not where;
* a small town's name that the document gives a relative ("her husband, Alfred") and never
  writes after a place preposition;
* a one-word name that is only an alternate name unlike the place's own ("Google" for
  Topeka, "Do" for Jahrom) unless a preposition or cue vouches for it or the place is a
  metropolis ("Bombay"), and contractions ("I've");
* the subject of a speech verb ("Tehran said", "Damascus has denied") is an actor by
  metonymy: it is kept, flagged ``metonymy``, and never output as a place. A name governed
  by a preposition ("officials in Texas said", "the ministry of Brazil announced") or
  followed by a closing quotation mark ('born in Alberta," said') is no subject. The
  subject of an attribution inverted after a quotation ('"...," said Hamilton') is a
  speaker too.

A country adjective or a country's possessive before a lower-case "capital" ("the Saudi
capital", "Kenya's capital") is found as that country's capital city, unless a name or a
money noun follows (``capital_money_nouns``).

Each found name carries :class:`Cues`, the words around it that the resolver uses ("the
Syrian town of", "province", an office holder: "the Texas governor", "New York's mayor",
a list of other states, also as a tally: "12 in Ontario and one in Quebec"). When a cue
says a unit is meant ("Deir ez-Zor province", "the Idlib countryside", "Şanlıurfa's border
districts", or any unit word of ``geo/admin2.yaml`` after the name: "the Bint Jbeil
district"), the unit named after the
town is added to the candidates, since it has no bare name of its own. :func:`cues_for`
computes them for any span, so gold spans and, later, NER spans get exactly the same
treatment as the spans found here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from lapwing.gazetteer import DATA_DIR, METROPOLIS_POPULATION, Candidate, Gazetteer, locality_in
from lapwing.places_actors import ActorNames
from lapwing.events_text import RELATIVE_PRONOUNS
from lapwing.places_candidates import CandidateSource, fold
from lapwing.temporal_lexicon import load_lexicon as load_time_lexicon
from lapwing.temporal_sentences import sentence_starts

DEFAULT_PATH = Path(str(resources.files("lapwing") / "lexicons" / "places.yaml"))
MAX_WORDS = 7  # "Democratic Republic of the Congo" is five

#: The prepositions of containment, as a regex alternation: "in", "inside", "within" a
#: place put what comes before it within that place (read by eventplace.py and places_anchors.py).
CONTAINMENT = "in|inside|within"
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:[-'’]\w+)*")
#: " of " and a capitalised word after a water word: "Bay of Bothnia".
_WATER_OF = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_POSSESSIVE = re.compile(r"['’]s$")
_POSSESSIVE_NEXT = re.compile(r"['’]s\b")  # right after a name: "Kenya's minister"
_JOIN = re.compile(r"^(?: |-)$")  # what may stand between two words of one name
#: Between two words of a name being sought, also a possessive: "the People's Republic of
#: China", "Martha's Vineyard" (the tokeniser cuts the "'s" off "People's").
_RUN_JOIN = re.compile(r"^(?: |-|['’]s )$")
#: Abbreviations that open place names and keep their full stop: "St. Louis", "Ft. Worth".
_NAME_ABBREVIATIONS = frozenset({"St", "Ste", "Ft", "Mt", "Pt"})
_ABBREVIATION_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_NAME_ABBREVIATIONS))})\. $")
#: Nouns of kinship before a given name: "her son Leon", "her husband, Alfred".
_KIN_NOUNS = ("son|daughter|husband|wife|brother|sister|mother|father|grandson|granddaughter"
              "|grandmother|grandfather|nephew|niece|uncle|aunt|cousin|widow|widower|fianc[eé]e?")
#: Between two words, the opening of a quotation: the word after it opens a sentence.
_QUOTATION_OPENING = re.compile(r"[,:]?\s+[\"“]")
#: A word whose capital follows an elided particle: "d'Ivoire" of "Cote d'Ivoire", "l'Aquila".
_ELIDED = re.compile(r"^[a-z]{1,4}['’][A-Z]")
#: What opens a quotation or a clause right before a capitalised article: ': "The U.S. is'.
_CLAUSE_OPENING = re.compile(r"[\"“‘(:]\s*$")
_GLUE = re.compile(r"^(?:['’]s)? $")  # between a capitalised word and the next: "Children's Villages"
_WIDE = frozenset({"country", "admin1", "region", "water"})
#: Words that open a relative clause, "that" among them ("the consortium that runs ...").
RELATIVE_OPENERS = RELATIVE_PRONOUNS | {"that"}
#: Capitalised articles that open sentences; a name starts after them, so that "The
#: Secretary" is judged as the one word "Secretary" ("The Hague" is found as "Hague").
_ARTICLES = frozenset({"The"})
#: Tokens after which a word opens a sentence or a quotation: a sentence's end, an opening quote.
_SENTENCE_ENDS = frozenset({".", "!", "?", "\u201c", '"'})
_DIGIT = re.compile(r"\d")
#: A name right after a phrase, maybe after a comma or "of" ("the Syrian capital, Damascus"), "of"
#: and a lower-case word too: "the capital of northern Baghlan province" is no country's capital.
_NAME_NEXT = re.compile(r"(?:\s*,\s*|\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?|\s+)[A-Z]")
#: A dateline opening a line: a place in capitals, a country or date after a comma, an
#: agency in brackets, a dash ("BENGHAZI, Libya (AFP) -", "HASBAYA —"). A place in title
#: case, as national agencies write it ("Damascus, September 04, 2025, SPA --"), is not
#: read as one: such agencies report from where the event was, mostly their capital's
#: official events, so the place stays the sentence's like any other.
DATELINE = re.compile(r"(?P<place>[A-Z][A-Z .'’-]*[A-Z])(?:,[^\n(\u2014\u2013]{1,30})?\s*(?:\([^)\n]{1,40}\)\s*)?"
                      r"[\u2014\u2013-]{1,2}\s")
#: A preposition that makes the unit word after it the whole unit: "unrest in the governorate".
_EXTENT_BEFORE = re.compile(r"\b(?:in|inside|within|across|throughout|of|over)\s+$", re.IGNORECASE)
#: "the capital" with no country adjective: which country's the document says.
_BARE_CAPITAL = re.compile(r"\b[Tt]he\s+capital(?:\s+city)?\b")
#: Verbs that make a name with "'s" before them a subject, a shop's or a firm's name:
#: "McDonald's is recalling", "Sainsbury's said" (a place's possessive is followed by its noun).
_BRAND_VERBS = frozenset({"is", "was", "has", "had", "have", "said", "says", "will", "would",
                          "are", "were", "announced", "confirmed", "denied", "stated", "recalled"})
_CONTRACTION = re.compile(r"['’](?:ve|ll|re|d|m|t)$", re.IGNORECASE)
_QUOTE = re.compile(r"[\"”]")
#: A short capitalised name in quotation marks ("'Sea of Friendship 2026'"); an apostrophe
#: inside a word ("Kata'ib") opens none.
_QUOTED_NAME = re.compile(r"(?<![\w'’])['‘\"“]([A-Z][^'’\"”\n]{0,60}?)['’\"”](?![\w])")
_ATTRIBUTION_GAP = re.compile(r"[,\"”]")
_WORD_BEFORE = re.compile(r"(\w+) $")
#: The end of a dateline before the story's first word: "AMMAN (AFP) - Anger over ...".
_DATELINE_END = re.compile(r"\)\s*[-–—]{1,2}\s+$")
#: What numbers a site after a facility noun: "Tower 22", "Gate 3B", "Camp X".
_DESIGNATOR = re.compile(r"\d[\w-]*|[A-Z]")
#: The number of an exercise's or an operation's name, a year or a serial: "Bright Star
#: 2025", "Sea Breeze-2025", "Chivalrous Knight 3".
_OPERATION_NUMBER = re.compile(r"[ -]\d{1,4}\b")
#: A one-word name at the start of a sentence may be any capitalised word ("Most", "Over"):
#: it needs a wide candidate, this many people, or a mention elsewhere in the document.
SENTENCE_INITIAL_POPULATION = 100_000
#: A one-word name that is only an alternate name unlike the place's own ("Google" for
#: Topeka, "Okay" for Les Cayes, "Do" for Jahrom) needs a place preposition or a cue word,
#: unless the place is a metropolis whose old or foreign name it is ("Bombay", "Peking").
UNLIKE_ALIAS_POPULATION = 1_000_000
#: A city this big named like a first-level unit of its country is what the name usually means.
NAMESAKE_POPULATION = 100_000
#: An apposition after a place that calls it a town of a nationality: ", a Honduran harbour town",
#: ", the small Malian town" (a modifier or two on either side of the nationality word).
_APPOSED_SETTLEMENT = re.compile(r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?P<adj>[A-Z][\w'’-]+)"
                                 r"(?P<rest>(?:\s+[a-z-]+){1,3})")
#: Members of an enumeration looked at on each side of a name ("Utah, Idaho and X").
LIST_REACH = 2
_MEMBER_CHARS = 110  # enough for a member of four words and its separator, a tally's count too
_CAPITALISED_RUN = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
#: After a possessive, the office word: "New York's governor".
_POSSESSIVE_GAP = re.compile(r"['’]s?\s+")
_LIST_KEYS = ("connectors", "binding_connectors", "settlement_cues", "admin_cues", "water_cues", "speech_verbs",
              "speech_fillers", "stop_names", "titles", "locatives", "locative_modifiers",
              "facility_nouns", "actor_place_prepositions", "source_locatives", "clause_breaks",
              "offset_locatives", "actor_relations", "settlement_heads", "patronymics", "site_heads",
              "not_locatives", "passage_locatives", "pact_triggers", "accusation_triggers", "resident_nouns",
              "area_nouns", "anchor_heads", "quarter_nouns", "near_nouns", "admin_office_words", "settlement_office_words",
              "tally_counts", "office_portfolios", "office_nouns", "organisation_nouns", "capital_money_nouns",
              "direction_locatives", "origin_nouns", "crossing_verbs", "background_openers",
              "operation_nouns", "coast_nouns", "demand_triggers", "sanction_words", "sanction_nouns",
              "prospect_openers", "conveyance_verbs", "conveyance_particles", "mandate_nouns",
              "possessed_unit_nouns", "attributive_names", "attributive_nouns", "route_nouns",
              "seat_nouns", "seat_units", "unit_capital_words", "grievance_prepositions", "relation_nouns",
              "conduit_nouns", "outlying_site_nouns",
              "concession_openers", "service_words", "landform_nouns", "reporter_nouns",
              "border_nouns", "leader_place_prepositions", "part_nouns", "topic_openers", "topic_nouns", "compass_nouns",
              "operation_verbs", "reason_openers", "town_area_nouns", "traffic_nouns", "registry_nouns",
              "measure_nouns", "water_resource_nouns", "exposure_phrases", "attack_nouns", "dateline_deictics",
              "unnamed_scenes", "travel_verbs", "site_prepositions",
              "approximators", "proximity_words", "media_heads", "outlet_nouns",
              "border_verbs", "institution_nouns", "withdrawal_verbs", "border_area_nouns",
              "armed_group_nouns", "craft_nouns", "captivity_nouns", "captivity_verbs", "care_nouns",
              "capture_participles",
              "offshore_phrases",
              "campaign_nouns", "campaign_openers", "goal_prepositions",
              "site_anaphors", "destination_phrases", "onward_verbs", "route_course_words", "reaction_verbs",
              "pact_participles", "member_asides", "settlement_anaphors", "site_name_heads",
              "corridor_nouns", "outlying_settlement_nouns", "reporting_verbs",
              "reporting_fillers")


@dataclass(frozen=True)
class PlaceLexicon:
    """The word lists of ``places.yaml``, lower-cased, plus the gazetteer's direction words."""

    connectors: frozenset[str]
    binding_connectors: frozenset[str]
    settlement_cues: frozenset[str]
    admin_cues: frozenset[str]
    water_cues: frozenset[str]
    speech_verbs: frozenset[str]
    speech_fillers: frozenset[str]
    stop_names: frozenset[str]
    titles: frozenset[str]
    locatives: frozenset[str]
    locative_modifiers: frozenset[str]
    source_locatives: frozenset[str]
    clause_breaks: frozenset[str]
    offset_locatives: frozenset[str]
    actor_relations: frozenset[str]
    facility_nouns: frozenset[str]
    actor_place_prepositions: frozenset[str]
    leader_place_prepositions: frozenset[str]
    settlement_heads: frozenset[str]
    patronymics: frozenset[str]
    site_heads: frozenset[str]
    not_locatives: frozenset[str]
    passage_locatives: frozenset[str]
    pact_triggers: frozenset[str]
    accusation_triggers: frozenset[str]
    resident_nouns: frozenset[str]
    area_nouns: frozenset[str]
    anchor_heads: frozenset[str]
    quarter_nouns: frozenset[str]
    near_nouns: frozenset[str]
    admin_office_words: frozenset[str]
    settlement_office_words: frozenset[str]
    tally_counts: frozenset[str]
    office_portfolios: frozenset[str]
    office_nouns: frozenset[str]
    organisation_nouns: frozenset[str]
    media_heads: frozenset[str]
    outlet_nouns: frozenset[str]
    capital_money_nouns: frozenset[str]
    direction_locatives: frozenset[str]
    origin_nouns: frozenset[str]
    crossing_verbs: frozenset[str]
    background_openers: frozenset[str]
    operation_nouns: frozenset[str]
    coast_nouns: frozenset[str]
    demand_triggers: frozenset[str]
    sanction_words: frozenset[str]
    sanction_nouns: frozenset[str]
    prospect_openers: frozenset[str]
    conveyance_verbs: frozenset[str]
    conveyance_particles: frozenset[str]
    mandate_nouns: frozenset[str]
    possessed_unit_nouns: frozenset[str]
    attributive_names: frozenset[str]
    attributive_nouns: frozenset[str]
    route_nouns: frozenset[str]
    route_course_words: frozenset[str]
    reaction_verbs: frozenset[str]
    pact_participles: frozenset[str]
    withdrawal_verbs: frozenset[str]
    seat_nouns: frozenset[str]
    seat_units: frozenset[str]
    unit_capital_words: frozenset[str]
    grievance_prepositions: frozenset[str]
    relation_nouns: frozenset[str]
    conduit_nouns: frozenset[str]
    outlying_site_nouns: frozenset[str]
    site_anaphors: frozenset[str]
    destination_phrases: frozenset[str]
    onward_verbs: frozenset[str]
    concession_openers: frozenset[str]
    service_words: frozenset[str]
    landform_nouns: frozenset[str]
    reporter_nouns: frozenset[str]
    border_nouns: frozenset[str]
    border_verbs: frozenset[str]
    border_area_nouns: frozenset[str]
    armed_group_nouns: frozenset[str]
    craft_nouns: frozenset[str]
    part_nouns: frozenset[str]
    topic_openers: frozenset[str]
    topic_nouns: frozenset[str]
    compass_nouns: frozenset[str]
    operation_verbs: frozenset[str]
    reason_openers: frozenset[str]
    town_area_nouns: frozenset[str]
    traffic_nouns: frozenset[str]
    registry_nouns: frozenset[str]
    measure_nouns: frozenset[str]
    water_resource_nouns: frozenset[str]
    exposure_phrases: frozenset[str]
    attack_nouns: frozenset[str]
    dateline_deictics: frozenset[str]
    unnamed_scenes: frozenset[str]
    travel_verbs: frozenset[str]
    site_prepositions: frozenset[str]
    approximators: frozenset[str]
    proximity_words: frozenset[str]
    institution_nouns: frozenset[str]
    captivity_nouns: frozenset[str]
    captivity_verbs: frozenset[str]
    care_nouns: frozenset[str]
    capture_participles: frozenset[str]
    campaign_nouns: frozenset[str]
    campaign_openers: frozenset[str]
    goal_prepositions: frozenset[str]
    offshore_phrases: frozenset[str]
    member_asides: frozenset[str]
    settlement_anaphors: frozenset[str]
    site_name_heads: frozenset[str]
    corridor_nouns: frozenset[str]
    outlying_settlement_nouns: frozenset[str]
    reporting_verbs: frozenset[str]
    reporting_fillers: frozenset[str]
    country_adjectives: dict[str, str]
    admin_aliases: dict[str, str]
    region_descriptions: dict[str, str]  # description (lower case) -> the region's gazetteer name
    distance_units: dict[str, float]  # unit (lower case) -> km in one
    directions: frozenset[str]

    @property
    def facility_heads(self) -> frozenset[str]:
        """The nouns that head a facility's name after its proper name ("the Kirya military
        *headquarters*", "the T4 *air base*", "the Khor Mor gas *field*"): site heads, seat
        nouns and the nouns of outlying sites."""
        return self.site_heads | self.seat_nouns | self.outlying_site_nouns


def never_place(name: str) -> bool:
    """Whether the lexicon lists ``name`` among the capitalised words news almost never means
    as a place (``stop_names``): for the actor resolver, which must not read "Drug squad
    detectives" as detectives of India's Durg, once called Drug, any more than this stage does."""
    return name.lower() in load_lexicon().stop_names


def load_lexicon(path: Path = DEFAULT_PATH) -> PlaceLexicon:
    """Read and check the word lists; errors name the file and the key to fix."""
    return _load_lexicon(str(path))


@lru_cache(maxsize=4)
def _load_lexicon(path: str) -> PlaceLexicon:
    data = _read_yaml(Path(path))
    lists = {}
    for key in _LIST_KEYS:
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{path}: '{key}' must be a list of words (see the file's comments)")
        lists[key] = frozenset(v.lower() for v in value)
    maps = {}
    for key in ("country_adjectives", "admin_aliases", "region_descriptions"):
        value = data.get(key)
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise ValueError(f"{path}: '{key}' must map words to strings")
        maps[key] = {str(k).lower() if key == "region_descriptions" else str(k): v for k, v in value.items()}
    units = data.get("distance_units")
    if not isinstance(units, dict) or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0
                                              for v in units.values()):
        raise ValueError(f"{path}: 'distance_units' must map unit words to km (positive numbers)")
    distance_units = {" ".join(str(k).lower().split()): float(v) for k, v in units.items()}
    directions = _read_yaml(DATA_DIR / "directions.yaml").get("words", {})
    return PlaceLexicon(**lists, **maps, distance_units=distance_units,
                        directions=frozenset(w.lower() for w in directions))


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in the dateline (:data:`DATELINE`) that opens its
    line ("BENGHAZI, Libya (AFP) -", "VLADIVOSTOK, March 14 (TASS) -"): where and when the
    story was filed, so never an event's scene, party or own date."""
    match = DATELINE.match(text, text.rfind("\n", 0, start) + 1)
    return match is not None and end <= match.end()


def dateline_country(text: str, at: int) -> str | None:
    """The country of the dateline (:data:`DATELINE`) opening the line that holds offset
    ``at`` ("BEIRUT (Reuters) -": LBN), from the gazetteer's best reading of its place; None
    when the line opens with none. The recogniser finds no name in capitals that opens a
    line, so the dateline is read here."""
    place = dateline_place(text, at)
    return place.country if place is not None else None


def dateline_place(text: str, at: int) -> Candidate | None:
    """The gazetteer's best reading of the place of the dateline opening the line that holds
    offset ``at`` ("JEDDAH -": Jeddah), None when the line opens with none. A town of the
    best reading's name and country comes before a first-level unit named after it ("AGADEZ -"
    is the town, not the more populous Agadez Region): a story is filed from a town. A
    metropolis is left its unit ("DUBAI -", "ISTANBUL -"): agencies keep regional bureaus
    there, which cover events far off as a capital's do, so it is no provincial dateline."""
    dateline = DATELINE.match(text, text.rfind("\n", 0, at) + 1)
    if dateline is None:
        return None
    best = _reading_of(dateline.group("place"))
    if best is None or best.feature != "admin1":
        return best
    return next((c for c in Gazetteer.load().lookup(dateline.group("place")) if c.match != "variant"
                 and c.feature == "city" and c.country == best.country and fold(c.name) == fold(best.name)
                 and (c.population or 0) < METROPOLIS_POPULATION), best)


def best_reading(name: str) -> Candidate | None:
    """The gazetteer's best reading of ``name`` (:func:`_reading_of`), None when it names no
    place: for the event stage, which reads a town out of a body's name ("the Basra Oil
    Company building")."""
    return _reading_of(name) if name else None


def place_country(name: str) -> str | None:
    """The country of the gazetteer's best reading of ``name``, None when it names no place:
    for the actor resolver, which tells from the places a report names which country it is
    about."""
    place = _reading_of(name)
    return place.country if place is not None else None


def names_capital(name: str, country: str) -> bool:
    """Whether ``name`` is, at its best reading, the capital of ``country`` ("Algiers"): a
    seat of government named in a report is that state's, not a namesake abroad."""
    place = _reading_of(name)
    return place is not None and place.capital and place.country == country


def unlike_alias(name: str, candidate: Candidate) -> bool:
    """Whether ``name`` is an alternate name of a town under ``NAMESAKE_POPULATION`` that looks
    nothing like the town's own (another first letter, not part of it): a foreign or former
    name ("Ber" for Greece's Veroia, "Chapare" for an Afghan hamlet), which news uses for the
    town only beside its own places."""
    return candidate.feature not in _WIDE and (candidate.population or 0) < NAMESAKE_POPULATION \
        and _unlike(fold(name), fold(candidate.name))


def _unlike(folded: str, own: str) -> bool:
    """Whether a folded name looks nothing like a place's own folded name: another first
    letter, and not part of it (a transliteration keeps its first letter: "Zakho", Zaxo)."""
    return own[:1] != folded[:1] and folded not in own


@lru_cache(maxsize=1024)
def _reading_of(name: str) -> Candidate | None:
    """The best reading of ``name``: a capital that bears it as its own name, else the most
    populous place that bears it at all, not only as an unlike alternate name of a town
    (:func:`unlike_alias`). A city's former or alternate name must not outrank
    the capital it names today ("ISLAMABAD -" is Pakistan's capital, not Chattogram, once
    also called Islamabad)."""
    readings = [c for c in Gazetteer.load().lookup(name) if c.match != "variant" and not unlike_alias(name, c)]
    return next((c for c in readings if c.capital and fold(c.name) == fold(name)), readings[0] if readings else None)


def _phrases(words: frozenset[str]) -> str:
    """A regular-expression alternation of word lists' phrases, longest first, any run of
    spaces matching the space inside a phrase ("Lebanese  waters")."""
    return "|".join(re.escape(w).replace("\\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def list_separator(lexicon: PlaceLexicon) -> str:
    """A regular expression for what stands between two members of an enumeration: "A, B",
    "A and B", "A, B, or C", and in a tally a count before "in" ("12 in A, eight in B and one
    in C"; ``tally_counts``).

    Why: news reports cases or casualties place by place, and such a tally lists places of
    one kind as plainly as "A, B and C" does ("one in New Brunswick and one in Quebec" names
    two provinces, not Quebec City)."""
    counts = _phrases(lexicon.tally_counts)
    tally = rf"(?:(?:\d[\d,.]*|(?:{counts}))(?:[\s-]+\w+){{0,2}}\s+in\s+(?:the\s+)?)"
    return rf"(?:\s*,\s*(?:(?:and|or)\s+)?{tally}?|\s*;\s*(?:and\s+)?{tally}|\s+(?:and|or)\s+{tally}?)"


def facility_phrase(sites: str, name: str | None = None) -> str:
    """A regular expression for a facility's head noun after a name, maybe behind two lower-case
    modifiers, a possessive among them ("the Khor Mor *gas field*", "the Kirya *military
    headquarters*", "the Nineveh *governor's office*"): ``sites`` is an alternation of
    ``facility_heads``; ``name``, if given, names the group the head is caught in. The
    caller's flags decide the case of the words."""
    group = f"?P<{name}>" if name else "?:"
    return rf"(?:\s+[a-z-]+(?:['’]s)?){{0,2}}\s+({group}{sites})"


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: cannot read the word lists ({exc}); fix or restore the file") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of list names to words")
    return data


@dataclass(frozen=True)
class Cues:
    """Words around a name that say what kind of place it is, or in which country."""

    settlement: bool = False  # "the town of X"
    admin: bool = False  # "X province", "the province of X"
    water: bool = False  # "the X river", "the Red Sea"
    country_hint: str | None = None  # "the Syrian town of X" -> SYR
    listed_with_units: bool = False  # "Idaho, Washington and Oregon": no city is meant
    unit: str | None = None  # the unit word after the name: "district" of "the Bint Jbeil district"
    institution: bool = False  # "at al-Nasr hospital": the name may be the institution's own
    site: bool = False  # "the Markazi camp": a noun of ``site_name_heads`` follows, the name is a site's


@dataclass(frozen=True)
class Found:
    """A name recognised as a place (or, with ``metonymy``, as a place standing for an actor)."""

    start: int
    end: int
    text: str
    candidates: tuple[Candidate, ...]
    cues: Cues
    metonymy: bool = False


class _Token(NamedTuple):
    """A word of a sentence (a tuple: a text makes tens of thousands of them)."""

    start: int
    end: int
    text: str
    first: bool  # first word of its sentence
    capitalised: bool  # see :func:`_capitalised`


def _capitalised(word: str) -> bool:
    """A part starts with a capital ("Zor" of "ez-Zor") and no digit ("H5N1" is no name).

    Computed once per token: the name search asks it of each token several times.
    """
    if not (word[:1].isupper() or ("-" in word and any(p[:1].isupper() for p in word.split("-")))
            or (("'" in word or "’" in word) and _ELIDED.match(word))):
        return False
    return not _DIGIT.search(word)


class Recogniser:
    """Finds place names in the coded spans of a text (see the module doc)."""

    def __init__(self, source: CandidateSource, lexicon: PlaceLexicon | None = None,
                 actor_names: ActorNames | None = None) -> None:
        """``actor_names`` (the actor KB's) rules out organisations, people and nationalities
        the gazetteer knows a town for; without it only the lexicon's lists do."""
        self.source = source
        self.lexicon = lexicon or load_lexicon()
        self.actor_names = actor_names
        self._time_lexicon = load_time_lexicon()
        words = "|".join(sorted(self.lexicon.settlement_cues | self.lexicon.admin_cues, key=len, reverse=True))
        adjectives = "|".join(map(re.escape, self.lexicon.country_adjectives))
        self._prepositions = frozenset(w.split()[-1] for w in self.lexicon.locatives) | {"of", "for", "by"}
        self._name_modifiers = (self.lexicon.locative_modifiers | self.lexicon.directions) - self._prepositions
        self._before = re.compile(
            rf"(?:\b(?P<adj>{adjectives}|[A-Z][a-z]+)\s+(?:\w+\s+)?)?\b(?P<cue>{words})\s+(?:of\s+)?$"
        )
        offices = "|".join(sorted(self.lexicon.admin_office_words
                                  | self.lexicon.settlement_office_words))
        self._office_before = re.compile(rf"\b(?P<office>{offices})\s+of\s+(?:the\s+)?$", re.IGNORECASE)
        self._capital_phrase = re.compile(rf"\bthe\s+(?P<adj>{adjectives})\s+capital(?:\s+city)?\b")
        self._owned_capital = re.compile(rf"(?<![\w'’-])(?P<owner>{_CAPITALISED_RUN})['’]s\s+capital(?:\s+city)?\b")
        self._coast_phrase = re.compile(rf"\b(?P<adj>{adjectives})\s+(?i:{_phrases(self.lexicon.coast_nouns)})\b")
        self._operation_before = re.compile(rf"\b(?i:{_phrases(self.lexicon.operation_nouns)})\s*[(\"'‘“]?\s*$")
        # "the East-West highway", "the North-South corridor": a compass pair names an axis
        self._compass_words = frozenset(w.lower() for w in self.lexicon.compass_nouns)
        self._route_after = re.compile(
            rf"\s+(?i:{_phrases(self.lexicon.route_nouns | self.lexicon.corridor_nouns)})\b")
        # "the Markazi camp", "Dadaab refugee camps": the name is a site's (Cues.site)
        self._site_name_head = re.compile(rf"\s+(?:{_phrases(self.lexicon.site_name_heads)})\b")
        # "Şanlıurfa's border districts", "Aleppo's countryside": the area the town heads
        self._possessed_unit = re.compile(rf"['’]s\s+(?i:{_phrases(self.lexicon.possessed_unit_nouns)})\b")
        # after a quoted name, the operation noun it names, maybe after two modifiers
        # ("the 'Friendship Sea-2026' joint exercise")
        self._operation_after = re.compile(rf"\s*(?:[\w-]+\s+){{0,2}}(?i:{_phrases(self.lexicon.operation_nouns)})\b")
        # after a name and its number, an apposition that says what it names ("Nile Lion
        # 2026, a ten-day joint training")
        self._operation_apposition = re.compile(
            rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}(?i:{_phrases(self.lexicon.operation_nouns)})\b")
        # a verb that launches or ends an operation right before its name ("kicked off
        # Bright Star 2025", "concluded the Desert Tide 2025")
        self._operation_verb_before = re.compile(
            rf"\b(?i:{_phrases(self.lexicon.operation_verbs)})\s+(?:the\s+)?$")
        # "northern Iraq's autonomous Kurdish region", "the Iraqi Kurdish region"
        directions = _phrases(frozenset(self.lexicon.directions))
        descriptions = _phrases(frozenset(self.lexicon.region_descriptions))
        self._described_region = re.compile(
            rf"(?<![\w'’-])(?:(?i:{directions})\s+)?(?:(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s"
            rf"|[Tt]he\s+(?P<adj>{adjectives}))\s+(?P<description>(?i:{descriptions}))\b")
        separator = list_separator(self.lexicon)
        self._member_before = re.compile(rf"(?<![\w'’-])({_CAPITALISED_RUN}){separator}$")
        self._member_after = re.compile(rf"{separator}({_CAPITALISED_RUN})")
        heads = _phrases(self.lexicon.settlement_heads)
        self._waterside = re.compile(rf"\b[Tt]he\s+(?P<water>{_CAPITALISED_RUN})\s+(?:{heads})\b")
        # "the Red and Arabian Seas": the plural of a water cue after a list of names
        plurals = _phrases(frozenset(w + "s" for w in self.lexicon.water_cues if not w.endswith("s")))
        # "the governorate building", "outside the governorate": the seat of a unit unnamed
        seats = _phrases(self.lexicon.seat_nouns)
        self._seat_after = re.compile(rf"\s+(?i:{seats})\b")
        self._bare_seat = re.compile(rf"\b[Tt]he\s+(?:(?i:{_phrases(self.lexicon.admin_cues)})\s+(?i:{seats})"
                                     rf"|(?P<unit>(?i:{_phrases(self.lexicon.seat_units)})))\b(?!['’]|\s+of\b)")
        # "the provincial capital", "the province's capital": the seat of a unit named before
        self._unit_capital = re.compile(rf"\b[Tt]he\s+(?i:{_phrases(self.lexicon.unit_capital_words)})(?:['’]s)?"
                                        r"\s+capital(?:\s+city)?\b")
        # "the Tebnine-Bint Jbeil road": two names joined by a dash before a route noun
        self._route = re.compile(rf"(?<![\w'’-])(?P<ends>[A-Z][\w'’-]*(?:[ –-][A-Z][\w'’-]*){{1,5}})"
                                 rf"\s+(?i:{_phrases(self.lexicon.route_nouns)})\b")
        # "air base" -> ("air", "base"), longest first: the lower-case heads of a site's name
        # first word -> most words of a name of Lapwing's own files with lower-case words in it
        self._news_phrase_words: dict[str, int] = {}
        for key in source.gazetteer.news_phrases():
            words = key.split()
            self._news_phrase_words[words[0]] = max(len(words), self._news_phrase_words.get(words[0], 0))
        self._site_head_words = tuple(sorted((tuple(h.split()) for h in self.lexicon.site_heads if h.islower()),
                                             key=len, reverse=True))
        self._shared_head = re.compile(
            rf"(?<![\w'’-])(?P<members>{_CAPITALISED_RUN}(?:\s*,\s*{_CAPITALISED_RUN})*,?\s+and\s+{_CAPITALISED_RUN})"
            rf"\s+(?P<head>(?i:{plurals}))\b")

    def find(self, text: str, spans: list[tuple[int, int]] | None = None,
             day: str | None = None) -> list[Found]:
        """Every place name in ``spans`` of ``text`` (default: all of it), in text order.
        ``day`` (``YYYY-MM-DD``), the article's date, says who heads which state then: the
        bare surname of one of them is that person, not a town (:meth:`_actor_only`)."""
        spans = spans or [(0, len(text))]
        found: list[Found] = []
        for sentence in self._sentences(text, spans):
            found += self._find_in(text, sentence, day)
        found += [f for lo, hi in spans for f in self._capitals(text, lo, hi)]
        found += [f for lo, hi in spans for f in self._coasts(text, lo, hi)]
        shared = [f for lo, hi in spans for f in self._shared_heads(text, lo, hi)]
        shared += [f for lo, hi in spans for f in self._route_ends(text, lo, hi)]
        shared += [f for lo, hi in spans for f in self._described_regions(text, lo, hi)]
        shared += [f for lo, hi in spans for f in self._owned_capitals(text, lo, hi)]
        described = self.waterside_settlements(text, spans)
        found = [f for f in found if not any(f.start < b and a < f.end for a, b in described)]
        found = [f for f in found if not any(f.start < g.end and g.start < f.end for g in shared)]
        found = [g for f in found if (g := self._compass_pair(text, f)) is not None and not self._water_head(text, g)]
        return sorted(found + shared, key=lambda f: f.start)

    def _water_head(self, text: str, found: Found) -> bool:
        """Whether ``found`` is only the water word heading a longer water's name ("Bay" of "the
        Bay of Bothnia", "Gulf" of "the Gulf of Tadjoura"): a name the gazetteer lacks whole, not
        a place of that word (Somalia's Bay region)."""
        return found.text.lower() in self.lexicon.water_cues and _WATER_OF.match(text, found.end) is not None

    def _compass_pair(self, text: str, found: Found) -> Found | None:
        """``found``, unless its name is compass words joined by dashes ("East-West",
        "North–South"): then without the direction regions derived from the second word
        ("eastern West", of Cameroon's West region), and None when nothing else is left or a
        noun of ``route_nouns`` or ``corridor_nouns`` follows ("the East-West highway", "the
        North-South corridor").

        Why: such a pair names the axis a road or a corridor runs along, not a place; a
        region called so in its own right ("South-West" of Cameroon) keeps its exact reading
        when no route noun follows."""
        parts = re.split(r"[-–—/]", found.text)
        if len(parts) < 2 or not all(p.lower() in self._compass_words for p in parts):
            return found
        if self._route_after.match(text, found.end):
            return None
        kept = tuple(c for c in found.candidates if c.parent is None)
        return replace(found, candidates=kept) if kept else None

    def waterside_settlements(self, text: str, spans: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
        """The spans of "the Red Sea city", "the Mediterranean port" in ``spans`` of ``text``
        (from the water's name to the settlement noun of ``settlement_heads``), when no name
        follows ("the Red Sea port of Hodeidah" names its town itself). Which town is meant
        is the document's to say (:class:`lapwing.places.PlaceFinder`).

        Why: the phrase describes a town on that water, one the story named before or in its
        dateline ("JEDDAH - ... diplomats meeting in the Red Sea city"); the water's name is
        an adjective here, and the town, not the sea, is where the event was."""
        found = []
        for lo, hi in spans or [(0, len(text))]:
            for m in self._waterside.finditer(text, lo, hi):
                if _NAME_NEXT.match(text, m.end()) \
                        or not any(c.feature == "water" for c in self.source.lookup(m.group("water"))):
                    continue
                found.append((m.start("water"), m.end()))
        return found

    def _capitals(self, text: str, lo: int, hi: int) -> list[Found]:
        """"the Saudi capital", "the Iraqi capital city" in ``text[lo:hi]``, each as the
        phrase from the adjective on, read as that country's capital.

        Why: news names a capital by its country's adjective alone, and the phrase is where
        the event was. Not when a name follows ("the Syrian capital, Damascus": the name is
        found itself) or a noun makes it money ("the Saudi capital market")."""
        found = []
        for m in self._capital_phrase.finditer(text, lo, hi):
            if _NAME_NEXT.match(text, m.end()):
                continue
            after = _TOKEN.match(text, _skip_spaces(text, m.end()))
            if after and after.group().lower() in self.lexicon.capital_money_nouns:
                continue
            country = self.lexicon.country_adjectives[m.group("adj")]
            capital = self.source.gazetteer.capital_of(country)
            if capital is not None:
                cues = Cues(settlement=True, country_hint=country)
                found.append(Found(m.start("adj"), m.end(), text[m.start("adj"):m.end()], (capital,), cues))
        return found

    def _owned_capitals(self, text: str, lo: int, hi: int) -> list[Found]:
        """"Kenya's capital", "Lebanon's capital city" in ``text[lo:hi]``, each as the phrase
        from the country on, read as that country's capital; the country's name inside it is
        no place of its own (:meth:`find` drops it).

        Why: like "the Kenyan capital", the phrase names the city where the event was, while
        the bare country would put it anywhere in the country. Not when a name follows
        ("Syria's capital, Damascus", found itself) or a noun makes it money ("Iran's capital
        market")."""
        found = []
        for m in self._owned_capital.finditer(text, lo, hi):
            after = _TOKEN.match(text, _skip_spaces(text, m.end()))
            if _NAME_NEXT.match(text, m.end()) \
                    or (after and after.group().lower() in self.lexicon.capital_money_nouns):
                continue
            owner = self._country_at_end(m.group("owner"))
            capital = self.source.gazetteer.capital_of(owner[1]) if owner else None
            if owner is not None and capital is not None:
                start = m.end("owner") - len(owner[0])
                found.append(Found(start, m.end(), text[start:m.end()], (capital,),
                                   Cues(settlement=True, country_hint=owner[1])))
        return found

    def _country_at_end(self, run: str) -> tuple[str, str] | None:
        """The longest last words of the capitalised ``run`` that name a country as written,
        with its code: "Kenya" of "In Kenya", "United Arab Emirates" of "The United Arab
        Emirates"."""
        words = run.split()
        for k in range(len(words)):
            name = " ".join(words[k:])
            country = next((c.country for c in self.source.lookup(name)
                            if c.feature == "country" and c.match == "exact" and c.country), None)
            if country is not None:
                return name, country
        return None

    def bare_capitals(self, text: str, spans: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
        """The spans of "the capital" (or "the capital city") in ``spans`` of ``text`` that
        name no country: no adjective ("the Saudi capital" is :meth:`_capitals`' ), no name
        after it ("the capital, Tripoli", "the capital of Libya": the name is found itself),
        no money noun ("the capital market"). Which capital is meant is the document's to say
        (:class:`lapwing.places.PlaceFinder`)."""
        found = []
        for lo, hi in spans or [(0, len(text))]:
            for m in _BARE_CAPITAL.finditer(text, lo, hi):
                after = _TOKEN.match(text, _skip_spaces(text, m.end()))
                if _NAME_NEXT.match(text, m.end()) or (after and after.group().lower() in self.lexicon.capital_money_nouns):
                    continue
                found.append((m.start(), m.end()))
        return found

    def bare_seats(self, text: str, spans: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
        """The spans of "the governorate building", "the province headquarters" (a unit word
        of ``admin_cues`` and a noun of ``seat_nouns``) and "the governorate" (a word of
        ``seat_units``, which names the governor's building too) in ``spans`` of ``text``,
        with no name of their own ("the governorate of Basra" is found itself). Which
        unit's seat is meant is the document's to say (:class:`lapwing.places.PlaceFinder`).
        Not the unit word alone after a preposition of extent ("unrest *in* the governorate",
        "*across* the governorate"): that is the whole unit."""
        return [(m.start(), m.end()) for lo, hi in spans or [(0, len(text))]
                for m in self._bare_seat.finditer(text, lo, hi)
                if not (m.group("unit") and _EXTENT_BEFORE.search(text, max(0, m.start() - 20), m.start()))]

    def unit_capitals(self, text: str, spans: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
        """The spans of "the provincial capital", "the province's capital" (a word of
        ``unit_capital_words`` and "capital") in ``spans`` of ``text``, with no name after
        them ("the provincial capital, Saada" is found itself). Which unit's seat is meant is
        the document's to say (:class:`lapwing.places.PlaceFinder`)."""
        return [(m.start(), m.end()) for lo, hi in spans or [(0, len(text))]
                for m in self._unit_capital.finditer(text, lo, hi) if not _NAME_NEXT.match(text, m.end())]

    def _coasts(self, text: str, lo: int, hi: int) -> list[Found]:
        """"the Yemeni coast", "Lebanese waters" in ``text[lo:hi]``, each as the phrase from
        the adjective on, read as that country (``coast_nouns`` of places.yaml).

        Why: a ship "struck off the Yemeni coast" was in that country's coastal waters, which
        other reports name by the country or a town of it ("off Yemen", "off Mokha"); the
        adjective alone is a nationality and names no place."""
        found = []
        for m in self._coast_phrase.finditer(text, lo, hi):
            alpha3 = self.lexicon.country_adjectives[m.group("adj")]
            country = self.source.gazetteer.country(alpha3)
            candidates = tuple(c for c in self.source.lookup(country.name)
                               if c.feature == "country" and c.country == alpha3)
            if candidates:
                cues = Cues(country_hint=alpha3)
                found.append(Found(m.start(), m.end(), m.group(), candidates[:1], cues))
        return found

    def _shared_heads(self, text: str, lo: int, hi: int) -> list[Found]:
        """Water bodies named together under one plural head in ``text[lo:hi]`` ("the Red and
        Arabian Seas", "the Black, Azov and Caspian seas"), each read as its name with the
        head in the singular (Red Sea, Arabian Sea); the last member's span takes the head.

        Why: alone, "Red" is a village in India and "Arabian" a nationality; the shared head
        makes each a sea, as "the Red Sea and the Arabian Sea" would."""
        found = []
        for m in self._shared_head.finditer(text, lo, hi):
            singular = m.group("head")[:-1].capitalize()
            members = list(re.finditer(_CAPITALISED_RUN, m.group("members")))
            for k, member in enumerate(members):
                candidates = self.source.lookup(f"{member.group()} {singular}")
                if not candidates:
                    continue
                start = m.start("members") + member.start()
                end = m.end() if k == len(members) - 1 else m.start("members") + member.end()
                found.append(Found(start, end, text[start:end], candidates, Cues(water=True)))
        return found

    def _route_ends(self, text: str, lo: int, hi: int) -> list[Found]:
        """The two towns of a road named after its ends in ``text[lo:hi]`` ("the Tebnine-Bint
        Jbeil road", "the Baghdad–Kirkuk highway"; ``route_nouns`` of places.yaml), each read
        as a town, when the joined words name no place themselves ("Kfar-Kila"). The dash is
        cut where both sides name a place, the longer shorter side first ("Al-Qaim-Rawa":
        Al-Qaim and Rawa).

        Why: the tokens of one name hold hyphens ("Tebnine-Bint"), so neither town is found
        otherwise, and the road between them is where the event was (see
        :mod:`lapwing.eventplace` for how near its ends)."""
        found = []
        for m in self._route.finditer(text, lo, hi):
            ends = m.group("ends")
            if self.source.lookup(ends):
                continue
            cuts = sorted((k for k, ch in enumerate(ends) if ch in "-–" and 0 < k and ends[k + 1:k + 2].isupper()),
                          key=lambda k: -min(k, len(ends) - k - 1))
            for k in cuts:
                first, second = ends[:k], ends[k + 1:]
                candidates = [self._route_end(first), self._route_end(second)]
                if all(candidates):
                    start = m.start("ends")
                    for offset, name, named in ((0, first, candidates[0]), (k + 1, second, candidates[1])):
                        found.append(Found(start + offset, start + offset + len(name), name, named,
                                           Cues(settlement=True)))
                    break
        return found

    def _route_end(self, name: str) -> list[Candidate]:
        """The places one side of a cut road name may be: not those whose own name only opens
        with it ("Trans" is an alternate name of Trans-en-Provence).

        Why: a bound prefix before a hyphen ("the Trans-Caspian route", "the Trans-Canada
        Highway") is cut off like a town, and the town it clips is then the road's end."""
        return [c for c in self.source.lookup(name) if not fold(c.name).startswith(fold(name) + " ")]

    def _described_regions(self, text: str, lo: int, hi: int) -> list[Found]:
        """Regions named by a description after their country's possessive or adjective in
        ``text[lo:hi]`` ("Iraq's autonomous Kurdish region", "northern Iraq's Kurdish north",
        "the Iraqi Kurdish region"; ``region_descriptions`` of places.yaml), each read as the
        region, over the whole phrase, when the gazetteer has it in that country.

        Why: the phrase names no place word by word ("Kurdish" is a nationality, "region" a
        common noun), so it reads as the country alone, while another report of the same
        event names the region itself ("Iraqi Kurdistan", "the Kurdistan Region"); the
        owner says which country's region is meant ("Iran's Kurdish region" is not Iraq's)."""
        found = []
        for m in self._described_region.finditer(text, lo, hi):
            start = m.start()
            if m.group("owner"):
                owner = m.group("owner")
                countries = {c.country for c in self.source.lookup(owner) if c.feature == "country"}
                if not countries and " " in owner:  # "Monday Iraq's": the owner is the last word
                    start = m.start("owner") + owner.rindex(" ") + 1
                    countries = {c.country for c in self.source.lookup(text[start:m.end("owner")])
                                 if c.feature == "country"}
            else:  # "the Iraqi Kurdish region": the phrase from the adjective on, as "the Saudi capital"
                start = m.start("adj")
                countries = {self.lexicon.country_adjectives[m.group("adj")]}
            region = self.lexicon.region_descriptions[" ".join(m.group("description").lower().split())]
            candidates = tuple(c for c in self.source.lookup(region) if c.country in countries)
            if candidates:
                found.append(Found(start, m.end(), text[start:m.end()], candidates[:1],
                                   Cues(country_hint=candidates[0].country)))
        return found

    def describe(self, text: str, start: int, end: int) -> Found:
        """A given span (gold, or from a NER) as a :class:`Found` with candidates and cues."""
        name = text[start:end]
        cues = self.cues_for(text, start, end)
        return Found(start, end, name, self._for_cues(name, self.source.lookup(name), cues), cues)

    def _for_cues(self, name: str, candidates: tuple[Candidate, ...], cues: Cues) -> tuple[Candidate, ...]:
        """``candidates``, plus the units named after the town ``name`` when a cue word says
        a unit is meant ("Deir ez-Zor province", "the Bint Jbeil district"; see
        :meth:`CandidateSource.with_units`), and less its towns when a water noun follows the
        name ("the Aras river"): a river the gazetteer lacks is no namesake town (Arras)."""
        if cues.water and name.rsplit(None, 1)[-1].lower() not in self.lexicon.water_cues \
                and not any(c.feature == "water" for c in candidates):
            candidates = tuple(c for c in candidates if c.feature in _WIDE)
        if cues.country_hint and candidates and not any(c.country == cues.country_hint for c in candidates):
            candidates = (*candidates, *self._town_unlisted(name, cues.country_hint))
        if not cues.admin:
            return candidates
        candidates = self.source.with_units(name, candidates)
        return self.source.with_units(name, candidates, cues.unit) if cues.unit else candidates

    def _apposed_country(self, text: str, end: int) -> str | None:
        """The country a nationality word names in an apposition that calls the place a town
        ("San Lorenzo, *a Honduran* harbour *town* beside the Gulf of Fonseca"), as before the
        name ("the Syrian town of"); None when no such apposition follows."""
        apposed = _APPOSED_SETTLEMENT.match(text, end)
        if apposed is None or not set(apposed.group("rest").split()) & self.lexicon.settlement_cues:
            return None
        return self._adjective_country(apposed.group("adj"))

    def _adjective_country(self, adjective: str) -> str | None:
        """The country a nationality word before a place's cue names ("the Syrian town of",
        "the central Malian town of"): the lexicon's ``country_adjectives``, else the actor
        KB's demonyms, so that every state's adjective hints."""
        hint = self.lexicon.country_adjectives.get(adjective)
        if hint is None and self.actor_names is not None and self.actor_names.kind(adjective) == "nationality":
            hint = self.actor_names.country(adjective)
        return hint

    def _town_unlisted(self, name: str, country: str) -> tuple[Candidate, ...]:
        """A reading of ``name`` as a town of ``country`` that the gazetteer lacks, at the
        country's point and precision: "the central Malian town of Boni" is no Bonn (whose
        alternate name it is), and the writer says the town is in Mali."""
        gazetteer = self.source.gazetteer
        state = next((c for c in gazetteer.lookup(gazetteer.country(country).name)
                      if c.feature == "country" and c.country == country), None)
        return (locality_in(state, fold(name).replace(" ", "-"), name, state.precision),) if state else ()

    def cues_for(self, text: str, start: int, end: int) -> Cues:
        """The cue words just before and after ``text[start:end]``."""
        before = self._before.search(text[max(0, start - 60):start])
        after = _TOKEN.match(text, _skip_spaces(text, end))
        # "Duhok province's Amedi district": the cue word keeps its sense before a possessive
        next_word = _POSSESSIVE.sub("", after.group().lower()) if after else ""
        cue = before.group("cue") if before else ""
        hint = self._adjective_country(before.group("adj")) if before and before.group("adj") else None
        unit = next_word if next_word and self.source.gazetteer.unit_word(next_word) else None
        office = self._office(text, start, end)
        # "the Basra governorate building": the unit's seat, the town named like it
        seat = after is not None and next_word in self.lexicon.admin_cues \
            and self._seat_after.match(text, after.end()) is not None
        # "a border town of Irbid governorate": the unit word after the name says what it names,
        # the settlement word before it what lies in the unit
        return Cues(
            settlement=(cue in self.lexicon.settlement_cues and unit is None
                        or office in self.lexicon.settlement_office_words or seat),
            admin=not seat and (cue in self.lexicon.admin_cues or next_word in self.lexicon.admin_cues
                                or self._listed_before_plural_unit(text, end) or unit is not None or office in self.lexicon.admin_office_words
                                or self._possessed_unit.match(text, end) is not None),
            unit=unit,
            listed_with_units=self._listed_with_units(text, start, end),
            water=(next_word in self.lexicon.water_cues
                   or text[start:end].rsplit(None, 1)[-1].lower() in self.lexicon.water_cues),
            country_hint=(hint if cue else None) or self._apposed_country(text, end),
            institution=next_word in self.lexicon.institution_nouns,
            site=self._site_name_head.match(text, end) is not None,
        )

    def _office(self, text: str, start: int, end: int) -> str:
        """The office word (lower case) of the head of the place named ``text[start:end]``:
        "the Texas governor", "New York's mayor", "the governor of Quebec"; else "".

        Why: "New York Governor" is the state's, "New York Mayor" the city's, whatever the
        name's most populous reading."""
        here = _skip_spaces(text, end)
        possessive = _POSSESSIVE_GAP.match(text, here)
        after = _TOKEN.match(text, possessive.end() if possessive else here)
        word = after.group().lower() if after else ""
        if word in self.lexicon.admin_office_words or word in self.lexicon.settlement_office_words:
            return word
        if not text[max(0, start - 8):start].endswith(("of ", "of the ")):
            return ""  # the common case, decided without a search
        before = self._office_before.search(text[max(0, start - 30):start])
        return before.group("office").lower() if before else ""

    def _listed_with_units(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is listed among first-level units that are nothing
        else ("Idaho, Washington and Oregon", "Quebec and Nova Scotia"): the list says
        "state" as a cue word would. Every neighbour must be such a unit of a country where
        the name has one too; "New York and Washington" lists two big cities' names."""
        countries = {c.country for c in self.source.lookup(text[start:end]) if c.feature == "admin1"}
        members = self._list_members(text, start, end) if countries else []
        return bool(members) and all(_plain_unit(m, countries) for m in members)

    def _listed_before_plural_unit(self, text: str, end: int) -> bool:
        """Whether the name ending at ``end`` opens a list that a plural unit word closes
        ("Daraa and As-Suwayda governorates", "the Idlib and Hama provinces"): the plural
        says "governorate" of every name listed, not only of the last."""
        here = end
        for _ in range(LIST_REACH):
            m = self._member_after.match(text, here)
            if not m:
                break
            here = m.end(1)
        word = _TOKEN.match(text, _skip_spaces(text, here)) if here != end else None
        plural = word.group().lower() if word else ""
        return plural.endswith("s") and plural in self.lexicon.admin_cues

    def _list_members(self, text: str, start: int, end: int) -> list[tuple[Candidate, ...]]:
        """Candidates of the names listed next to ``text[start:end]``, up to ``LIST_REACH``
        on each side; a side ends at a gap that is no list separator or a run that names
        no place."""
        members = []
        here = start
        for _ in range(LIST_REACH):
            m = self._member_before.search(text, max(0, here - _MEMBER_CHARS), here)
            named = m and self._named(m.group(1).split(), from_end=True)
            if not m or not named:
                break
            members.append(named[1])
            here = m.end(1) - len(named[0])
        here = end
        for _ in range(LIST_REACH):
            m = self._member_after.match(text, here)
            named = m and self._named(m.group(1).split(), from_end=False)
            if not m or not named:
                break
            members.append(named[1])
            here = m.start(1) + len(named[0])
        return members

    def _named(self, words: list[str], from_end: bool) -> tuple[str, tuple[Candidate, ...]] | None:
        """The longest name among the last (``from_end``) or first words of a capitalised
        run that has candidates ("In Utah" -> "Utah"), with them."""
        for n in range(len(words), 0, -1):
            name = " ".join(words[-n:] if from_end else words[:n])
            candidates = self.source.lookup(name)
            if candidates:
                return name, candidates
        return None

    # ------------------------------------------------------------------ internals

    def _sentences(self, text: str, spans: list[tuple[int, int]]) -> list[list[_Token]]:
        """Tokens of each sentence inside ``spans``; a sentence never crosses a span edge."""
        # no sentence starts after a place name's abbreviation: "Ft. Lauderdale", "Mt. Hood"
        starts = [s for s in sentence_starts(text, self._time_lexicon)
                  if not _ABBREVIATION_BEFORE.search(text, max(0, s - 5), s)]
        sentences: list[list[_Token]] = []
        for lo, hi in spans:
            bounds = sorted({lo, *(s for s in starts if lo < s < hi), hi})
            for a, b in zip(bounds, bounds[1:]):
                tokens = []
                for m in _TOKEN.finditer(text, a, b):
                    word = m.group()
                    if len(word) > 3 and word[-1] == "s" and _POSSESSIVE.search(word):
                        word = word[:-2]
                    start = m.start()
                    # after an opening article the next word still opens the sentence ("The Most"),
                    # and the story's first word opens one after its dateline ("(AFP) - Anger")
                    # and a quotation opens one too ('told reporters: "Nine of the wells')
                    first = not tokens or (len(tokens) == 1 and tokens[0].text in _ARTICLES) \
                        or bool(_DATELINE_END.match(text, tokens[-1].end, start)) \
                        or bool(_QUOTATION_OPENING.fullmatch(text, tokens[-1].end, start))
                    capitalised = _capitalised(word) and not self._qualifying_compound(word)
                    tokens.append(_Token(start, start + len(word), word, first, capitalised))
                sentences.append(tokens)
        return sentences

    def _qualifying_compound(self, word: str) -> bool:
        """Whether ``word`` is a capitalised party or nationality joined to a participle
        ("Houthi-controlled", "Israeli-occupied", "Kurdish-held"): an adjective before a name,
        never a word of it, so "Houthi-controlled Hodeidah" names Hodeidah."""
        head, _, last = word.rpartition("-")
        return bool(head) and last.islower() and (
            last.endswith("ed") or last in self._time_lexicon.tense.irregular_participles)

    def _find_in(self, text: str, tokens: list[_Token], day: str | None = None) -> list[Found]:
        found = []
        i = 0
        while i < len(tokens):
            match = self._news_phrase(text, tokens, i) or self._longest(text, tokens, i)
            if match is None or not match[1]:
                match = self._named_site(text, tokens, i) or match  # "the T4 air base": no name alone
            actor_end = self._actor_name_end(text, tokens, i)
            if actor_end is not None and (match is None or actor_end > match[0]):
                i = actor_end + 1  # "Mohammed bin Salman": no "Salman" in it
                continue
            if match is None:
                i += 1
                continue
            j, candidates = self._landform(text, tokens, i, *match)
            start, end = tokens[i].start, tokens[j].end
            cues = self.cues_for(text, start, end)
            candidates = self._for_cues(text[start:end], candidates, cues)
            if candidates and self._plausible(text, tokens, i, j, candidates, cues, day):
                found.append(Found(start, end, text[start:end], candidates, cues,
                                   self._is_speaker(text, tokens, i, j) or self._is_patron(tokens, i)))
            i = j + 1
        return found

    def _named_site(self, text: str, tokens: list[_Token], i: int) -> tuple[int, tuple[Candidate, ...]] | None:
        """The last token and candidates of the longest name from token ``i`` followed by a
        lower-case head of ``site_heads`` that the gazetteer knows together with it ("the *T4
        air base*"), for a name that is none alone; None when there is none.

        Why: a site is named by a proper name and a common noun written in lower case, so the
        name alone is all a capitalised run gives, and some sites' names are no place alone
        ("T4", with its digit, unlike any other name). A name that is a place alone keeps
        its own span ("the Rafah crossing"): the resolver and the event's place read the
        head after it."""
        if not tokens[i].text[:1].isupper() or tokens[i].text in _ARTICLES:
            return None
        for j in range(self._run_end(text, tokens, i), i - 1, -1):
            for k in self._site_head_ends(text, tokens, j):
                candidates = self.source.lookup(text[tokens[i].start:tokens[k].end])
                if candidates:
                    return k, candidates
        return None

    def _news_phrase(self, text: str, tokens: list[_Token], i: int) -> tuple[int, tuple[Candidate, ...]] | None:
        """The last token and candidates of the longest name from token ``i`` that Lapwing's
        own place files spell with a lower-case word before a capitalised one or after a
        possessive ("the *southern suburbs of Beirut*", "*Beirut's southern suburbs*"); None
        when there is none.

        Why: a capitalised run stops at a lower-case word that is no connector, so such a name
        was only found through its capitalised part ("Beirut"), which is another place. Names
        whose lower-case words only follow the name ("Jenin camp") are left to the site and
        anchor rules, which read the head after the name."""
        first = tokens[i]
        if not (first.capitalised or first.text.lower() in self.lexicon.directions) or first.text in _ARTICLES:
            return None
        gazetteer = self.source.gazetteer
        head = text[first.start:tokens[i + 1].start] if i + 1 < len(tokens) else first.text  # "Beirut's "
        most = self._news_phrase_words.get((gazetteer.bare_name(head).split() or [""])[0], 0)
        last = i
        while last + 1 < len(tokens) and last - i + 1 < most and _joined(text, tokens[last], tokens[last + 1]):
            last += 1
        for j in range(last, i, -1):
            lower = [k for k in range(i, j + 1)
                     if not tokens[k].capitalised and tokens[k].text.lower() not in self.lexicon.connectors]
            capitals = [k for k in range(i, j + 1) if tokens[k].capitalised]
            if not lower or not capitals or not (lower[0] < capitals[-1] or (
                    lower[0] > i and _POSSESSIVE_NEXT.match(text, tokens[lower[0] - 1].end))):
                continue
            name = text[first.start:tokens[j].end]
            if gazetteer.bare_name(name) in gazetteer.news_phrases():
                candidates = self.source.lookup(name)
                if candidates:
                    return j, candidates
        return None

    def _landform(self, text: str, tokens: list[_Token], i: int, j: int, candidates: tuple[Candidate, ...]
                  ) -> tuple[int, tuple[Candidate, ...]]:
        """The name ``tokens[i..j]`` with the lower-case landform noun after it when the
        gazetteer knows the two together ("the al-Uwaynat mountain area": the Jabal
        al-Uwaynat massif, not the town of al-Awinat 1,000 km away)."""
        if j + 1 >= len(tokens) or tokens[j + 1].text not in self.lexicon.landform_nouns \
                or text[tokens[j].end:tokens[j + 1].start] != " ":
            return j, candidates
        longer = self.source.lookup(text[tokens[i].start:tokens[j + 1].end]) if candidates else ()
        return (j + 1, longer) if longer else (j, candidates)

    def _plausible(self, text: str, tokens: list[_Token], i: int, j: int,
                   candidates: tuple[Candidate, ...], cues: Cues, day: str | None = None) -> bool:
        """Whether the match ``tokens[i..j]`` is a place name rather than some other word."""
        name = text[tokens[i].start:tokens[j].end]
        if self._nationality(name) or self._glued(text, tokens, i) or self._site(text, tokens, j):
            return False
        if text.startswith("$", tokens[j].end):
            return False  # "US$30", "NZ$5": a currency
        if self._actor_only(tokens, i, name, candidates, cues, day):
            return False  # "Hamas", "Obama", "Bush" in 1989
        if self._operation_name(text, tokens, i) or self._opens_operation_name(text, tokens, i, j):
            return False  # "the joint exercise 'Marjan-3'", "launched Nile Lion 2026"
        if self._attributive(text, name, tokens[j].end):
            return False  # "the Gulf emirate", "Gulf coordination"
        if self._armed_group_name(text, tokens, i, j, candidates):
            return False  # "allied Fano gunmen": Fano, a town in Italy, names the group
        if self._actor_with_noun(text, name, tokens[j].end):
            return False  # "a plea to Gulf donors": the KB's name of the GCC
        if self._organisation_head(text, tokens, i, j):
            return False  # "the Western Fleet"
        if self._media_name(text, tokens, j) or self._outlet_name(text, tokens, i):
            return False  # "told Puntland Post", "the Kuwait Times", "the news agency Saba"
        if self._brand_possessive(text, tokens, i, j, candidates):
            return False  # "McDonald's has", "for McDonald's,", "a McDonald's outlet"
        if self._before_family_name(text, tokens, j):
            return False  # "Riad al-Solh Square", even with Riyadh's province as a reading
        if i == j:
            spelled = self._spelling_vouched(tokens, i, cues)
            strong = [c for c in candidates if c.match != "variant" or spelled]
            # a county ("Angus", "Kent") is no wider than a town: it may be a first name too
            wide = any(c.feature in _WIDE and c.precision != "admin2" for c in strong)
            if not strong or len(name) < 2 or (name.isupper() and not wide):
                return False  # "There" ~ Thairé, "I", "SOS"
            if _CONTRACTION.search(name):
                return False  # "I've" ~ Iwye, "We'll"
            if not spelled and _only_unlike_aliases(name, strong, self.source.gazetteer):
                return False  # "Google" ~ Topeka, "Okay" ~ Les Cayes
            # a spelling Lapwing's own files give a place counts as its own name: "Basra"
            # opening a sentence is the Iraqi city, not the hamlet GeoNames calls Basra
            own = [c for c in strong if _own_name(name, c) or self.source.gazetteer.news_spelling(c, name)]
            population = max((c.population or 0 for c in own or strong), default=0)
            if not wide and self._followed_by_name(text, tokens, j) and not self._city_institution(tokens, j, own):
                return False  # "David Nabarro", "Buffalo Bills"; not "Cairo University"
            if not wide and self._surname(text, name):
                return False  # "Dalton left" after "the nurse Anna Dalton"
            if not wide and population < SENTENCE_INITIAL_POPULATION and self._kin_name(text, name):
                return False  # "Alfred was 90" after "her husband, Alfred"
            if (tokens[i].first and not wide and population < SENTENCE_INITIAL_POPULATION
                    and not self._used_mid_sentence(text, name, tokens[i].start)
                    and not self._named_with_site_head(text, tokens, i, j)):
                return False  # "Most of them", "Over the years", "The Secretary said"
        elif not any(c.feature in _WIDE and c.precision != "admin2" for c in candidates) \
                and self._followed_by_name(text, tokens, j) \
                and not self._city_institution(tokens, j, [c for c in candidates if _own_name(name, c)]):
            return False  # "Shady Grove Adventist Hospital", "Los Angeles Times"
        return True

    def _attributive(self, text: str, name: str, end: int) -> bool:
        """Whether ``name``, one of ``attributive_names``, stands as an adjective before a
        noun of ``attributive_nouns`` ("the Gulf emirate", "Gulf coordination"): it then
        qualifies states or their dealings, like "Arab" in "Arab states", and names no place
        where anything happened."""
        if name.lower() not in self.lexicon.attributive_names:
            return False
        after = _TOKEN.match(text, _skip_spaces(text, end))
        return after is not None and after.group() in self.lexicon.attributive_nouns

    def _armed_group_name(self, text: str, tokens: list[_Token], i: int, j: int,
                          candidates: tuple[Candidate, ...]) -> bool:
        """Whether the town's name ``tokens[i..j]`` stands right before a noun of
        ``armed_group_nouns`` ("allied Fano gunmen", "Janjaweed fighters") or of
        ``craft_nouns`` ("by Hercules aircraft") with no place preposition before it: the name
        then names the armed group, like a nationality before "soldiers", or the model of the
        craft, and not where anything happened. A country, unit or region keeps
        its reading ("Kurdistan fighters" still come from there); "near Tikrit gunmen" is odd
        news English, so a place preposition keeps the town."""
        if any(c.feature in _WIDE and c.precision != "admin2" for c in candidates):
            return False
        after = _TOKEN.match(text, tokens[j].end + 1) if text.startswith(" ", tokens[j].end) else None
        nouns = self.lexicon.armed_group_nouns | self.lexicon.craft_nouns
        return (after is not None and after.group() in nouns
                and not self._governed_by(tokens, i, self.lexicon.site_prepositions))

    def _actor_with_noun(self, text: str, name: str, end: int) -> bool:
        """Whether ``name`` with the one or two words after it, the last in lower case, is
        the actor KB's name of an organisation ("Gulf donors", "Gulf Arab monarchies": the
        GCC states): the name then qualifies actors, as in :meth:`_attributive`, and is no
        place. A name the KB gives a state or a seat stays a place."""
        if self.actor_names is None or self.actor_names.kind(name) == "place":
            return False  # "visited Russia today": no outlet "Russia Today"
        words, at = [], end
        for _ in range(2):
            word = _TOKEN.match(text, _skip_spaces(text, at))
            if word is None or word.start() == at:
                return False
            words.append(word.group())
            at = word.end()
            if word.group().islower():
                return self.actor_names.kind(" ".join([name, *words])) == "actor"
        return False

    def _brand_possessive(self, text: str, tokens: list[_Token], i: int, j: int,
                          candidates: tuple[Candidate, ...]) -> bool:
        """Whether the name ``tokens[i..j]`` with its "'s" is a shop's or a firm's name
        ("McDonald's", "Sainsbury's") rather than a town's possessive: the "'s" ends a phrase
        (a comma, a full stop, a verb: "McDonald's has recalled", "a spokeswoman for
        McDonald's,") or an indefinite article stands before it ("a McDonald's outlet").

        Why: a place's possessive always has its noun after it ("Kenya's minister"), and no
        place takes "a"; the town of McDonald is then no reading. A country, unit or region
        keeps its reading: their names are no brands."""
        possessive = _POSSESSIVE_NEXT.match(text, tokens[j].end)
        if possessive is None or any(c.feature in _WIDE and c.match != "variant" for c in candidates):
            return False
        if i > 0 and tokens[i - 1].text.lower() in ("a", "an") and text[tokens[i - 1].end:tokens[i].start] == " ":
            return True
        after = _TOKEN.match(text, _skip_spaces(text, possessive.end()))
        # no word next: the text ends, or punctuation follows ("for McDonald's, Jo Reid")
        return after is None or after.group().lower() in _BRAND_VERBS

    def _surname(self, text: str, name: str) -> bool:
        """Whether the document writes ``name`` after a given name ("Anna Dalton said") and
        never right after a place preposition ("in Dalton"): then every bare "Dalton" is
        that person. A capitalised word before it is no given name when it is a stop word,
        a title or a name modifier ("In", "Mr", "Downtown"), when a place preposition
        governs it ("in Lower Manhattan"), or when the two words name a place themselves."""
        places = self.lexicon.actor_place_prepositions
        escaped = re.escape(name)
        if any(m.group(1).lower() in places for m in re.finditer(rf"\b(\w+) {escaped}\b", text)):
            return False
        return any(self._given_name(text, m) for m in re.finditer(rf"\b([^\W\d_]{{2,}}) {escaped}\b", text))

    def _kin_name(self, text: str, name: str) -> bool:
        """Whether the document introduces ``name`` as a relative ("her son Leon", "her
        husband, Alfred") and never writes it right after a place preposition ("in Leon"):
        then every bare "Leon" is that person, not the town of the name. The caller asks it
        of small towns only: "her daughter Paris" leaves Paris a city."""
        escaped = re.escape(name)
        if not re.search(rf"\b(?i:{_KIN_NOUNS})\s*,?\s+{escaped}\b", text):
            return False
        places = self.lexicon.actor_place_prepositions
        return not any(m.group(1).lower() in places for m in re.finditer(rf"\b(\w+) {escaped}\b", text))

    def _given_name(self, text: str, match: re.Match[str]) -> bool:
        """Whether ``match``'s first group, a capitalised word before a name, is a given name
        (see :meth:`_surname`): a capital then lower case, accented letters too ("Étienne")."""
        word = match.group(1)
        if not (word[:1].isupper() and word[1:].islower()):
            return False
        word = word.lower()
        if word in self.lexicon.stop_names or word in self.lexicon.titles or word in self._name_modifiers:
            return False
        before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if before and before.group(1).lower() in self.lexicon.actor_place_prepositions:
            return False
        return not self.source.lookup(match.group())

    def _spelling_vouched(self, tokens: list[_Token], i: int, cues: Cues) -> bool:
        """Whether the context says a one-word name is a place, so that a transliteration
        variant may stand for it ("the city of Qalqilya" ~ Qalqilyah, "near Makhmour" ~
        Makhmur): a cue word ("the town of", "X province") or a place preposition ("in",
        "near", or "from": "a man from Makhmour"; an organisation after "from" is an actor
        the actor rules drop, and it must still match a place's spelling). Without one, a
        variant is too often an ordinary word ("There" ~ Thairé). A word that opens with a
        lower-case Arabic article ("the al-Uwaynat mountain area", "reached al-Mayadin") is no
        ordinary English word either, so it vouches for itself, unless a capitalised word
        before it makes it a family name ("Ahmed al-Mismari"). "of" after a noun for a part
        of a place ("the market of Azaz", :meth:`_part_of_place`) vouches as a cue does, and so
        does a compass offset ("in the desert *south of* Salloum" ~ As Sallum): a bearing is
        taken from a place."""
        return cues.settlement or cues.admin or self._governed_by(
            tokens, i, self.lexicon.actor_place_prepositions | self.lexicon.source_locatives) \
            or self._article_word(tokens, i) or self._part_of_place(tokens, i) or self._bearing_from(tokens, i)

    def _bearing_from(self, tokens: list[_Token], i: int) -> bool:
        """Whether "of" after a bare compass word ("south of", "north-west of") stands right
        before token ``i``: the name is the place a bearing is taken from."""
        return i >= 2 and tokens[i - 1].text.lower() == "of" \
            and tokens[i - 2].text.lower() in self.lexicon.directions \
            and not tokens[i - 2].text.lower().endswith("ern") and tokens[i - 2].text.lower() != "central"

    def _article_word(self, tokens: list[_Token], i: int) -> bool:
        """Whether token ``i`` is "al-X": a lower-case article joined to a capitalised word,
        after no capitalised word (see :meth:`_spelling_vouched`)."""
        article, _, rest = tokens[i].text.partition("-")
        return (article.islower() and article in self.lexicon.connectors and rest[:1].isupper()
                and (i == 0 or not tokens[i - 1].capitalised))

    def _nationality(self, name: str) -> bool:
        """Whether ``name``, less leading direction words, is a nationality: "Canadian", and
        "southern Somali" of "the southern Somali town of", though Ethiopia has a Somali
        region."""
        words = name.split()
        while len(words) > 1 and words[0].lower() in self.lexicon.directions:
            del words[0]
        rest = " ".join(words)
        return rest in self.lexicon.country_adjectives or (
            self.actor_names is not None and self.actor_names.kind(rest) == "nationality")

    def _site(self, text: str, tokens: list[_Token], j: int) -> bool:
        """Whether the name ending at token ``j`` is a facility noun numbered by the next
        token ("Tower 22", "Camp 5", "Gate B"): a site, not the town named Tower."""
        if tokens[j].text.lower() not in self.lexicon.facility_nouns or j + 1 >= len(tokens):
            return False
        after = tokens[j + 1]
        return text[tokens[j].end:after.start] == " " and bool(_DESIGNATOR.fullmatch(after.text))

    def _actor_only(self, tokens: list[_Token], i: int, name: str,
                    candidates: tuple[Candidate, ...], cues: Cues, day: str | None = None) -> bool:
        """Whether the actor KB gives ``name`` only to an organisation or a person and the
        text does not make it a place: no wider place of that name (Fars province), no cue
        word ("the town of Badr"), no place preposition before it ("near Al Mayadeen"). A
        wide place of no country that the KB gives to an organisation (a union of states:
        "the European Union removed ...") is no wider place of its own: the organisation
        acts, and only a place preposition makes it the territory ("funds held in the EU").

        On the article's ``day`` the bare surname of the one person then heading a state
        (:meth:`ActorNames.sitting_leader`: "Bush" in 1989, "Major" in 1995) is that person
        too, unless a wider place, a cue word ("Bush village") or one of the wider set of
        ``leader_place_prepositions`` ("at Major", "from Bush") makes it the town."""
        names = self.actor_names
        if names is None:
            return False
        kind = names.kind(name)
        if kind is None and names.sitting_leader(name, day):
            prepositions = self.lexicon.leader_place_prepositions
        elif kind == "actor":
            prepositions = self.lexicon.actor_place_prepositions
        else:
            return False
        if any(c.feature in _WIDE and c.precision != "admin2" and c.match != "variant"
               and (c.country is not None or c.feature == "water") for c in candidates):
            return False
        if cues.settlement or cues.admin:
            return False
        return not self._governed_by(tokens, i, prepositions) and not self._part_of_place(tokens, i)

    def _part_of_place(self, tokens: list[_Token], i: int) -> bool:
        """Whether the name starting at token ``i`` follows "of" after a noun for a part of
        a place (``part_nouns``, ``near_nouns``: "at the eastern *entrance of* al-Mayadin",
        "in the *centre of* Raqqa", "on the *outskirts of* Mayadin"): a town has an
        entrance and a centre, a television channel has none."""
        k = i - 1
        while k >= 0 and i - k <= 3 and tokens[k].text.lower() in self._name_modifiers - {"of"}:
            k -= 1
        return k >= 1 and tokens[k].text.lower() == "of" \
            and tokens[k - 1].text.lower() in self.lexicon.part_nouns | self.lexicon.near_nouns

    def _operation_name(self, text: str, tokens: list[_Token], i: int) -> bool:
        """Whether the name starting at token ``i`` follows a noun of ``operation_nouns``,
        maybe after an opening quotation mark or bracket ("the naval exercise (Marjan 3)",
        "a drill dubbed 'Saif'"), or lies in a quoted name that follows one or comes right
        before one ("codenamed 'Sea of Friendship 2026'", "the 'Friendship Sea-2026' joint
        exercise"): it names the operation, not a village of that name."""
        if self._operation_before.search(text, max(0, tokens[i].start - 30), tokens[i].start):
            return True
        for quoted in _QUOTED_NAME.finditer(text, max(0, tokens[i].start - 60), min(len(text), tokens[i].end + 60)):
            if quoted.start(1) <= tokens[i].start < quoted.end(1):
                return bool(self._operation_before.search(text, max(0, quoted.start() - 30), quoted.start() + 1)
                            or self._operation_after.match(text, quoted.end()))
        return False

    def _opens_operation_name(self, text: str, tokens: list[_Token], i: int, j: int) -> bool:
        """Whether the name ``tokens[i..j]`` opens the longer name of an exercise or an
        operation: more capitalised words, a number, or both follow it ("Nile Lion 2026",
        "Sahara Falcon 2025", "Morgan 2025", "Eagle Resolve"), and then a noun of
        ``operation_nouns`` within two words ("Eagle Resolve drills", "Morgan 2025 naval
        drills"), an apposition with one (", a ten-day joint training"), or, for a numbered
        name, a verb of ``operation_verbs`` stands right before it ("kicked off Bright Star
        2025"). The place's name is then a word of the exercise's name, as "Nile" of "Nile
        Lion": the exercise may be held anywhere. A place that is the whole name before the
        noun ("the Rafah operation", "the Red Sea naval exercise") is where it happens."""
        k = j
        while k + 1 < len(tokens) and tokens[k + 1].capitalised and text[tokens[k].end:tokens[k + 1].start] == " ":
            k += 1
        end = tokens[k].end
        number = _OPERATION_NUMBER.match(text, end)
        if number:
            end = number.end()
        if k == j and not number:
            return False
        return bool(self._operation_after.match(text, end) or self._operation_apposition.match(text, end)
                    or number and self._operation_verb_before.search(text, max(0, tokens[i].start - 30),
                                                                     tokens[i].start))

    def _organisation_head(self, text: str, tokens: list[_Token], i: int, j: int) -> bool:
        """Whether the one-word name ``tokens[i]`` is a noun that heads organisations' names
        (the actor KB's ``org_heads``: "Fleet", "Command", "Forces") right after another
        capitalised word ("the Western Fleet", "Northern Command"): the organisation's name
        ends in it, so it is no town (Fleet, in England)."""
        if i != j or i == 0 or self.actor_names is None:
            return False
        before = tokens[i - 1]
        return (before.capitalised and not before.first and text[before.end:tokens[i].start] == " "
                and self.actor_names.org_head(tokens[i].text))

    def _media_name(self, text: str, tokens: list[_Token], j: int) -> bool:
        """Whether the name ending at token ``j`` is followed, one space on, by a capitalised
        word of ``media_heads`` ("Hargeisa *Online*", "Kuwait *Times*"), or by one in lower case
        and a noun of ``outlet_nouns`` ("the Saba *news agency*"): the name then opens a news
        outlet's, which says who reported, not where anything happened."""
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        if after is None or text[tokens[j].end:after.start] != " " \
                or after.text.lower() not in self.lexicon.media_heads:
            return False
        noun = tokens[j + 2] if j + 2 < len(tokens) else None
        return after.capitalised or (noun is not None and text[after.end:noun.start] == " "
                                     and noun.text in self.lexicon.outlet_nouns)

    def _outlet_name(self, text: str, tokens: list[_Token], i: int) -> bool:
        """Whether the name starting at token ``i`` follows, one space on, a lower-case noun of
        ``outlet_nouns`` ("the state news *agency* Saba", "the satellite *channel* Aden"):
        the name is the outlet's, which says who reported, not where anything happened."""
        before = tokens[i - 1] if i > 0 else None
        return (before is not None and not before.capitalised and text[before.end:tokens[i].start] == " "
                and before.text in self.lexicon.outlet_nouns)

    def _named_with_site_head(self, text: str, tokens: list[_Token], i: int, j: int) -> bool:
        """Whether the name ``tokens[i..j]`` is followed by a lower-case head of ``site_heads``
        that the gazetteer knows together with it ("*Mitiga airport* came under rocket fire"):
        the site's own name vouches for a small place's name opening a sentence, as a
        preposition would ("in Mitiga"), where a common word is never listed with "airport"."""
        return any(self.source.lookup(text[tokens[i].start:tokens[k].end])
                   for k in self._site_head_ends(text, tokens, j))

    def _site_head_ends(self, text: str, tokens: list[_Token], j: int) -> list[int]:
        """The last tokens of the heads of ``site_heads`` written right after token ``j``
        ("the T4 *air base*"), one word apart each."""
        return [j + len(head) for head in self._site_head_words
                if j + len(head) < len(tokens) and all(
                    tokens[j + 1 + n].text == word and text[tokens[j + n].end:tokens[j + 1 + n].start] == " "
                    for n, word in enumerate(head))]

    @staticmethod
    def _used_mid_sentence(text: str, name: str, here: int) -> bool:
        """Whether the document writes ``name`` after a word or comma somewhere other than at
        ``here`` (where it may follow a sentence-opening "The")."""
        return any(m.end() - len(name) != here
                   for m in re.finditer(rf"[\w,] {re.escape(name)}\b", text))

    def _longest(self, text: str, tokens: list[_Token], i: int) -> tuple[int, tuple[Candidate, ...]] | None:
        """The last token and candidates of the longest name starting at token ``i``; no
        candidates when that longest name is a stop name or a title."""
        first = tokens[i]
        direction = first.text.lower() in self.lexicon.directions
        if not (first.capitalised or direction) or first.text in _ARTICLES:
            return None  # "The Secretary said": the name, if any, starts after the article
        if first.text.lower() in self.lexicon.stop_names and (i == 0 or tokens[i - 1].text in _SENTENCE_ENDS):
            return None  # "As Russian artillery pounded": a sentence's opening word, no "As Salman"
        run = self._run_end(text, tokens, i)
        bound = self._bound_from(tokens, i, run)
        for j in range(run, i - 1, -1):
            if j < bound:
                return run, ()  # "Laguna del Tigre", unknown: one name, no Philippine "Laguna"
            if not tokens[j].capitalised or (j == i and direction):
                continue
            if self._portfolio(text, tokens, j):
                continue  # "US Energy Secretary": "US" may still be a place, "US Energy" is not
            name = text[first.start:tokens[j].end]
            if name.lower() in self.lexicon.stop_names or name.lower() in self.lexicon.titles:
                # "May", "Gen": never a place, though GeoNames has a village so named; its
                # words are spent, so "West Nile virus" yields no "Nile" either
                return j, ()
            candidates = self.source.lookup(name)
            if candidates:
                return j, candidates
        return None

    def _bound_from(self, tokens: list[_Token], i: int, run: int) -> int:
        """The token after a binding connector that follows the capitalised words opening the
        run ``i..run`` and comes before a capitalised one ("Laguna *del* Tigre"), else ``i``.

        Why: in Spanish and Portuguese names such a word binds its parts into one name, so a
        name that the gazetteer lacks whole is a park, a range or a village it lacks, not its
        first word read alone (the Philippine province of Laguna)."""
        if not tokens[i].capitalised:
            return i  # "northern ...": a direction word opens no bound name
        for k in range(i + 1, run):
            if tokens[k].text.lower() in self.lexicon.binding_connectors:
                after = next((m for m in range(k + 1, run + 1) if tokens[m].capitalised), None)
                if after is not None and all(tokens[m].text.lower() in self.lexicon.connectors
                                             for m in range(k + 1, after)):  # "de las Minas"
                    return k + 1
            if not tokens[k].capitalised:
                break  # "the Friendship Bridge at Ciudad del Este": another connector ends the name first
        return i

    def _portfolio(self, text: str, tokens: list[_Token], j: int) -> bool:
        """Whether token ``j`` is a portfolio word before an office noun ("Energy Secretary",
        "Commerce Department", "Interior Minister").

        Why: such a word is part of a title, so a name ending in it names no place (Energy
        in Illinois, Commerce in California), though the words before it may ("US")."""
        if tokens[j].text.lower() not in self.lexicon.office_portfolios or j + 1 >= len(tokens):
            return False
        after = tokens[j + 1]
        return text[tokens[j].end:after.start] == " " and after.text.lower() in self.lexicon.office_nouns

    def _run_end(self, text: str, tokens: list[_Token], i: int) -> int:
        """The last token of the run of capitalised words and connectors from token ``i``,
        at most ``MAX_WORDS`` long: the longest a name starting there may be."""
        run = i
        while (run + 1 < len(tokens) and run - i + 1 < MAX_WORDS
               and _joined(text, tokens[run], tokens[run + 1])
               and (tokens[run + 1].capitalised or tokens[run + 1].text.lower() in self.lexicon.connectors)):
            run += 1
        return run

    def _actor_name_end(self, text: str, tokens: list[_Token], i: int) -> int | None:
        """The last token of the longest name of two or more words from token ``i`` that the
        actor KB gives only to a person or an organisation ("Mohammed bin Salman", "US Central
        Command", "Banque du Liban"); None when there is none.

        Why: the words of such a name are spent on the actor, though a town has one of them
        (As Salman in Iraq, Paraguay's Central department); the actors stage reads the name.
        """
        if self.actor_names is None or not tokens[i].capitalised or tokens[i].text in _ARTICLES:
            return None  # "The European Union": the name starts after the article
        for j in range(self._run_end(text, tokens, i), i, -1):
            if tokens[j].capitalised and self.actor_names.kind(text[tokens[i].start:tokens[j].end]) == "actor":
                return j
        return None

    def _glued(self, text: str, tokens: list[_Token], i: int) -> bool:
        """Whether token ``i`` continues a name that is not a place ("Francisco Duque",
        "Mr. Jordan", "Children's Villages")."""
        if i == 0:
            return False
        before = tokens[i - 1]
        gap = text[before.end:tokens[i].start]
        if before.text.lower() in self.lexicon.titles and gap in (" ", ". "):
            return True
        if self._patronymic(text, tokens, i) or self._after_initial(tokens, i, gap):
            return True
        return (before.capitalised and not before.first and bool(_GLUE.match(gap))
                and before.text.lower() not in self.lexicon.directions
                and not self._opens_clause(text, before)
                and not self._place_possessor(text, tokens, i, gap))

    @staticmethod
    def _opens_clause(text: str, token: _Token) -> bool:
        """Whether ``token`` is an article opening a quotation or a clause ('said: "The U.S.
        is', "(The Gambia"): it is capitalised as a sentence's first word is, and glues
        nothing to the name after it, though the sentence splitter saw no sentence start."""
        return (token.text in _ARTICLES
                and bool(_CLAUSE_OPENING.search(text, max(0, token.start - 3), token.start)))

    def _place_possessor(self, text: str, tokens: list[_Token], i: int, gap: str) -> bool:
        """Whether token ``i`` follows a possessive of an acronym or of a known place
        ("the CBL's Misurata branch", "Gaza City's Zeitoun area", "Syria's Idlib"): then it
        starts a place of the possessor, not the rest of a name like "Children's Villages".

        A known place is a country, unit or region, or a city of ``NAMESAKE_POPULATION``,
        named by the last capitalised words before the possessive; smaller towns share their
        names with too many people and firms ("Mary's", "Tesco's")."""
        if not _POSSESSIVE_NEXT.match(gap):
            return False
        before = tokens[i - 1]
        if len(before.text) > 1 and before.text.isupper():
            return True
        k = i - 1
        while k > 0 and i - k < MAX_WORDS and tokens[k - 1].capitalised \
                and _JOIN.match(text[tokens[k - 1].end:tokens[k].start]):
            k -= 1
        for first in range(k, i):
            candidates = self.source.lookup(text[tokens[first].start:before.end])
            if any(c.match != "variant" and (c.feature in _WIDE or (c.population or 0) >= NAMESAKE_POPULATION)
                   for c in candidates):
                return True
        return False

    def _patronymic(self, text: str, tokens: list[_Token], i: int) -> bool:
        """Whether token ``i`` follows a patronymic particle inside a capitalised name
        ("Mohammed bin Salman", "Ahmed Abu Hamad"): the father's name, not the town of
        that name. A particle that opens a place's name ("in Umm Qasr") is read with it."""
        if i < 2 or tokens[i - 1].text.lower() not in self.lexicon.patronymics:
            return False
        return (tokens[i - 2].capitalised and text[tokens[i - 2].end:tokens[i - 1].start] == " "
                and text[tokens[i - 1].end:tokens[i].start] == " ")

    @staticmethod
    def _after_initial(tokens: list[_Token], i: int, gap: str) -> bool:
        """Whether token ``i`` follows a middle initial ("Harry S. Truman", "George W. Bush"):
        a surname, not the town of Trumann or Bush."""
        return (i >= 2 and gap == ". " and len(tokens[i - 1].text) == 1 and tokens[i - 1].text.isupper()
                and tokens[i - 2].capitalised)

    def _followed_by_name(self, text: str, tokens: list[_Token], j: int) -> bool:
        """Whether a capitalised word follows the name directly, as a surname would; not
        when the capitalised words after it name a site there ("Aleppo International
        Airport", "Mosul Dam", "Umm Qasr North port"), which puts the site at the place."""
        if not (j + 1 < len(tokens) and tokens[j + 1].capitalised
                and text[tokens[j].end:tokens[j + 1].start] == " "):
            return False
        after = _capitalised_after(text, tokens, j).lower()
        return after not in self.lexicon.site_heads and not self._compass_site(text, tokens, j)

    def _city_institution(self, tokens: list[_Token], j: int, own: list[Candidate]) -> bool:
        """Whether a capitalised noun of ``institution_nouns`` follows the name ending at token
        ``j`` ("Cairo University", "Baghdad Hospital") and ``own``, the candidates named by the
        name itself, hold a metropolis: the institution is then in that city, as a site is.

        Why: a big city lends its name to its university or hospital; a smaller town's name
        before one ("Columbia University", "Shady Grove Adventist Hospital") is the
        institution's own name, often far from that town."""
        return (j + 1 < len(tokens) and tokens[j + 1].text.lower() in self.lexicon.institution_nouns
                and any((c.population or 0) >= METROPOLIS_POPULATION for c in own))

    def _compass_site(self, text: str, tokens: list[_Token], j: int) -> bool:
        """Whether a compass word of ``compass_nouns`` and a lower-case site head follow the
        name ("Umm Qasr *North port*", "Rumaila *South oil field*"): one of the town's sites,
        told apart by its side, is at the town, as "Mosul Dam" is."""
        if tokens[j + 1].text.lower() not in self.lexicon.compass_nouns:
            return False
        rest = text[tokens[j + 1].end:tokens[j + 1].end + 40]
        return any(rest.startswith(f" {head}") and not rest[len(head) + 1:len(head) + 2].isalpha()
                   for head in self.lexicon.site_heads)

    def _before_family_name(self, text: str, tokens: list[_Token], j: int) -> bool:
        """Whether the name ending at token ``j`` is followed by an Arabic family name that
        opens with a lower-case article ("Riad *al-Solh*", "Abdel Fattah *el-Sisi*"): the
        name is then a given name, of a person or of a square or street named after one, not
        the town GeoNames knows by it. A place whose name holds such a word ("Deir al-Balah")
        is matched whole before its first word is looked at alone."""
        if j + 1 >= len(tokens) or text[tokens[j].end:tokens[j + 1].start] != " ":
            return False
        article, _, rest = tokens[j + 1].text.partition("-")
        gazetteer = self.source.gazetteer
        return bool(article.islower() and rest[:1].isupper()
                    and gazetteer.bare_name(tokens[j + 1].text) == gazetteer.bare_name(rest))

    def _is_speaker(self, text: str, tokens: list[_Token], i: int, j: int) -> bool:
        """Whether the name ``tokens[i..j]`` is the subject of a speech verb ("Tehran said"),
        or that of an attribution inverted after a quotation or a clause ('"...," said
        Hamilton', "..., added Kingston"): a speaker, a person or an actor, never a scene.

        Not when the name is the object of a preposition: in "officials in Texas said" and
        "the ministry of Brazil announced" the speaker is the noun before it. Not when a
        closing quotation mark stands between: in '... in Alberta," said the vet' the verb
        attributes the quotation.
        """
        if self._inverted_speaker(text, tokens, i, j):
            return True
        k = j + 1
        while k < len(tokens) and k - j <= 3 and tokens[k].text.lower() in self.lexicon.speech_fillers:
            k += 1
        if k >= len(tokens) or tokens[k].text.lower() not in self.lexicon.speech_verbs:
            return False
        if _QUOTE.search(text[tokens[j].end:tokens[k].start]):
            return False
        return not self._governed_by(tokens, i, self._prepositions) and not self._relative_object(tokens, i)

    def _relative_object(self, tokens: list[_Token], i: int) -> bool:
        """Whether the name starting at token ``i`` is the object of a relative clause's verb
        ("the consortium *that runs* Khor Mor said", "the firm *which operates* Taji said"),
        across at most two articles or modifiers: the speaker is the noun the clause
        describes, and the name is what its verb acts on, a place like any other."""
        k = i - 1
        while k >= 0 and i - k <= 2 and tokens[k].text.lower() in self._name_modifiers:
            k -= 1
        return k >= 1 and tokens[k].text.islower() and tokens[k].text not in self._prepositions \
            and tokens[k - 1].text.lower() in RELATIVE_OPENERS

    def _inverted_speaker(self, text: str, tokens: list[_Token], i: int, j: int) -> bool:
        """Whether the name ``tokens[i..j]`` comes right after a speech verb that opens its
        sentence or follows a comma or a quotation mark ('," said Hamilton'). Without that
        punctuation the name may open the reported clause ("officials said Kenya had ...");
        a possessive ('," said Kenya's minister') makes it the speaker's modifier."""
        k = i - 1
        if k < 0 or tokens[k].text.lower() not in self.lexicon.speech_verbs:
            return False
        if _POSSESSIVE_NEXT.match(text, tokens[j].end):
            return False
        return k == 0 or bool(_ATTRIBUTION_GAP.search(text[tokens[k - 1].end:tokens[k].start]))

    def _is_patron(self, tokens: list[_Token], i: int) -> bool:
        """Whether the name starting at token ``i`` is governed by an ``actor_relations``
        phrase ("aligned with Tehran", "loyal to the Kremlin", "a rebuke from Jerusalem"):
        then it names a state's government by metonymy, and taking it for the scene would
        place an event in a capital that only backs one of its parties or reacts to it."""
        k = i - 1
        while k >= 0 and i - k <= 2 and tokens[k].text.lower() in self._name_modifiers:
            k -= 1
        words = [t.text.lower() for t in tokens[max(0, k - 1):k + 1]]
        return len(words) == 2 and " ".join(words) in self.lexicon.actor_relations

    def _governed_by(self, tokens: list[_Token], i: int, prepositions: frozenset[str]) -> bool:
        """Whether one of ``prepositions`` ("in", "of", "from") governs the name starting at
        token ``i``, across at most three articles, modifiers or direction words ("in the
        northern")."""
        k = i - 1
        while k >= 0 and i - k <= 3 and tokens[k].text.lower() in self._name_modifiers:
            k -= 1
        return k >= 0 and tokens[k].text.lower() in prepositions


def _capitalised_after(text: str, tokens: list[_Token], j: int) -> str:
    """The capitalised words right after token ``j``, one space apart ("International
    Airport" after "Aleppo"), at most ``MAX_WORDS``."""
    end = j
    while (end + 1 < len(tokens) and end - j < MAX_WORDS and tokens[end + 1].capitalised
           and text[tokens[end].end:tokens[end + 1].start] == " "):
        end += 1
    return text[tokens[j + 1].start:tokens[end].end] if end > j else ""


def _joined(text: str, token: _Token, after: _Token) -> bool:
    """Whether ``after`` may continue a name that ``token`` is part of: a space, a hyphen or
    a possessive between them, or the full stop of an abbreviation that opens place names
    ("St. Louis", "Ft. Lauderdale", "Mt. Kenya"), without which the name after it is read
    alone ("Louis" ~ Louisville, "Petersburg" for St. Petersburg)."""
    gap = text[token.end:after.start]
    return bool(_RUN_JOIN.match(gap)) or (gap == ". " and token.text in _NAME_ABBREVIATIONS)


def _skip_spaces(text: str, offset: int) -> int:
    while offset < len(text) and text[offset] == " ":
        offset += 1
    return offset


def _own_name(name: str, candidate: Candidate) -> bool:
    """Whether ``name`` is the candidate's own name (folded), not one of its alternate names."""
    return fold(candidate.name) == fold(name)


def _plain_unit(candidates: tuple[Candidate, ...], countries: set[str | None]) -> bool:
    """Whether a name's candidates include a first-level unit of one of ``countries`` and
    no big city of that country shares it ("Utah" is plain, "New York" is not)."""
    units = {c.country for c in candidates
             if c.feature == "admin1" and c.match != "variant" and c.country in countries}
    return bool(units) and not any(c.feature == "city" and c.country in units
                                   and (c.population or 0) >= NAMESAKE_POPULATION for c in candidates)


def _only_unlike_aliases(name: str, candidates: list[Candidate], gazetteer: Gazetteer) -> bool:
    """Whether every candidate of a one-word ``name`` has it only as an alternate name that
    looks nothing like the place's own name (another first letter, not part of it), and none
    is wide or a metropolis. Such aliases are nicknames, stunts and foreign names ("Google"
    for Topeka, "Do" for Jahrom); a transliteration ("Zakho" for Zaxo) keeps its first letter,
    and a spelling of Lapwing's own files ("Kufra" for Al Jawf, "Chebaa") is vetted. Names are
    compared bare, without Arabic articles: "Sweida" is like As-Suwayda, and "Nuseirat" like
    An Nuşayrāt."""
    folded = gazetteer.bare_name(name)
    for c in candidates:
        own = gazetteer.bare_name(c.name)
        if (c.feature in _WIDE or not _unlike(folded, own)
                or (c.population or 0) >= UNLIKE_ALIAS_POPULATION or gazetteer.news_spelling(c, name)):
            return False
    return True
