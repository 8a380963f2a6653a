"""Where an event happened: the place its trigger's locative phrase names, else the sentence's.

GDELT's classic error is a pin on a place the article merely mentions; so an event takes
no place from elsewhere in the article, only from its own sentence, and never a place that
stands for one of its participants (the caller passes the spans of the event's actors and
recipients: a place overlapping one is a participant):

1. a place in a locative prepositional phrase of the sentence ("a rocket attack *in
   Erbil*", "shelled positions *in southern Lebanon*", "out of the Syrian town of Manbij"),
   with the precision ``vicinity`` when the phrase puts the event off the town ("an outpost
   *north of Baghdad*", ``offset_locatives``),
   the nearest to the trigger, a phrase after the trigger preferred to one before it. A
   place something came from (``source_locatives``: "fired *from Gaza* at Ashkelon") gives
   way to a locative place after it in the same clause: an attack happened where it hit,
   not at its launch site. When the nearest is a participant ("the attack *on Israel*",
   "sanctions *on Iran*") only a place after it in its clause may be the event's ("drones
   launched at U.S. forces at an air base *in Erbil*"): a phrase elsewhere belongs to
   something else ("the Islamic Resistance *in Iraq* ... the attack on Israel"). A town the
   sentence names as such near that city is the more exact scene ("air strikes near
   Damascus ... on the outskirts of *the town of Kisweh*"). Two places named as one phrase
   are one scene, the finer ("at the entrance of *Ainata* in the Bint Jbeil district",
   "the *Zeitoun* neighbourhood of Gaza City", "Gaza City's *Zeitoun* area", "the *Gulf of
   Aden* off Abyan"; a place the gazetteer could not resolve gives way to the other), and a
   crossing after "through" or "via" pins a movement into a wider place ("crossed into
   Sudan through *the Argeen land port*"); a move's destination after its trigger ("crossed
   the frontier near Kilis and headed to bases around *al-Bab*") is its scene;
2. else the one town named before "the town" or "the city" in a locative phrase, which refers
   back to it ("*Nabatieh*'s students marched through the town's centre"), else a town named
   before a noun for its people in the trigger's clause ("Hundreds of *Misrata* residents
   protested");
3. else, unless the event is a statement (its trigger is a speech or request verb of
   ``lexicons/places.yaml`` or a noun of a request, threat or rejection: "said", "urged",
   "demanded", "threats" -- a statement has no place unless the text gives one in its own
   clause, "told reporters in Ankara") or a sanction ("imposed sanctions", "designated": a
   measure happens where it is announced, not at its targets), the sentence's place: the one place the
   sentence names outside a background clause ("arrested several people ..., *as Beirut
   seeks* to show") or in the object of a meeting's or an agreement's trigger ("discussed
   Turkey's contribution to the force *for Gaza*"), if it names exactly one, not as a possessor ("Iran's foreign
   minister", "the President of the Syrian Arab Republic")
   and not as a participant, neither passed as one nor standing next to the trigger: a
   country right before the trigger is its subject and one right after it its object
   ("Turkey urged Iraq", "Iraq accused Turkey"), a state acting or acted upon, not where
   anything happened;
4. else, the sentence's mention of the country the dateline lies in ("BEIRUT (Reuters) -
   *Lebanon*'s army has arrested ..."): a story filed from a country it names happened in it,
   unless the mention is in a background clause ("..., as Turkey's foreign ministry demanded");
5. else, when the trigger's object is "the site", "the plant" or another noun of
   ``site_anaphors``, the one site the sentence or the one before names ("Output at *Khor
   Mor*, ..., was curtailed after rockets came down on the site");
6. else none.

A place in the dateline that opens a line ("BENGHAZI, Libya (AFP) -") is where the story
was filed and is never taken itself, nor is a place in the purpose clause of an agreement's,
a grant's or a meeting's trigger ("signed in Damascus an agreement *to rehabilitate the
Jandar power station in Homs countryside*"), in the content of an accusation, a request, a
threat or a rejection ("threatened *to bomb Beirut's suburbs*"), or after a sanction's
trigger: that is what the event is about; nor a place where a prospect is to happen
("technical teams *due to* convene in the Iraqi capital") or where an event that dates this one
happened ("hours after President Erdogan hosted Syria's leader *in Istanbul*"); nor a country
after a preposition of direction ("rocket fire *toward Israel*", the state aimed at) or after
"from" that follows a noun for people ("sailors *from the Philippines*", their nationality),
nor a place after a verb of adjoining ("the strip *bordering Chad*": a neighbour);
nor a country ships, goods or flights go to, come from or fly the flag of ("ships carrying
cargo *to or from Israel*"), nor a place where a quantity was measured in a clause set off
from the trigger's ("inflows *at Mosul Dam* had fallen, and ..."). The subject of "came under
fire" is a scene like a locative place ("*Mitiga airport* came under rocket fire"); a town
named with a noun for its area ("northern Iraq's *Sinjar region*") is the area around it
(precision ``vicinity``); and a dateline the sentence points at with "here" in another
clause ("..., sending diverted passengers here") is set apart from the scene. Nor is a place
a military campaign named in a phrase of purpose is aimed at ("stationing an armoured
division *for the push on Mosul*": :func:`_campaign_aim`), nor the goal of a participle
that modifies a noun when the sentence names another place ("dismantled a cell *recruiting
young Tunisians for jihadist camps in Libya*, placing 7 suspects in custody in Kasserine":
:func:`_relative_goal`); a trigger in a relative clause of place is at the place its "where"
refers to ("on their way to *Qayyarah* airbase, where commanders are stationing ...":
:func:`_where_antecedent`).

Until a dependency parse exists the locative phrase is found from the words before the
name: a preposition of ``lexicons/places.yaml`` ``locatives`` followed by at most six
modifier words (capitalised words, cue and direction words, ``locative_modifiers``), so
"officials in Anbar said Hammond ..." does not put Hammond in a locative phrase. The events stage calls :func:`location_for_event` with the places of the document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from lapwing.eventdate import condition_opener
from lapwing.events_lexicon import EventLexicon, Pattern, load_lexicon as load_event_lexicon
from lapwing.events_text import BE_WORDS, HAVE_FINITE
from lapwing.gazetteer import Gazetteer
from lapwing.knowledge import load_kb
from lapwing.places_actors import ActorNames
from lapwing.places import admin1_unit, candidate_place
from lapwing.places_recognise import (CONTAINMENT, DATELINE, best_reading, dateline_country, dateline_place,
                                       facility_phrase, in_dateline, load_lexicon)
from lapwing.places_resolve import distance_km
from lapwing.records import Document, Mention, Place, Span
from lapwing.temporal_lexicon import load_lexicon as load_time_lexicon

#: "in the southern Lebanese border town of Kfar Kila": six words between preposition and name
MAX_WORDS_BETWEEN = 6
BEFORE_PENALTY = 2  # a place before the trigger counts as twice as far away
#: Precision of a place named by an offset locative ("north of Baghdad"): near it, not in it.
VICINITY = "vicinity"
#: The longest stretch "from X to Y" whose two towns are read as their vicinities (:func:`_stretch_end`):
#: a patrol's or a march's way between neighbouring towns, within a vicinity's reach of each other.
STRETCH_KM = 45
TOWNS = frozenset({"city", "locality"})  # features a place near which is not the place itself
#: Types of the events that happen where the story is filed from when its parties are that
#: country's and the text names no scene: meetings and agreements (:func:`_dateline_scene`).
GATHERINGS = frozenset({"AGREE", "CONSULT"})
#: Types of the events that move a force or goods, whose scene is where they went when the
#: text says so after their trigger (:func:`_movement_destination`).
MOVEMENTS = frozenset({"MOBILIZE", "AID"})
#: How far from the city an event is placed near a town the sentence names as such may lie
#: and still be the event's more exact scene ("near Damascus ... the town of Kisweh", 13 km).
SETTLEMENT_NEAR_KM = 40
#: How far from a province's point a town may lie that a settlement phrase names as the
#: event's scene in that province ("in Diyala ... in the town of Khalis"; _province_town).
PROVINCE_TOWN_KM = 150
_POSSESSOR = re.compile(r"^['’]s?\b")
#: Between a sea and the coast it is off: "the Red Sea off Hodeidah", "off the coast of".
_OFF_COAST = re.compile(r"^\s+off\s+(?:the\s+)?(?:(?:coast|shores?)\s+of\s+)?$", re.IGNORECASE)
# Prepositions of passage ("through", "via"), the first words of agreements' and meetings'
# triggers, nouns for a place's people and for the area around a place are the lexicon's
# ``passage_locatives``, ``pact_triggers``, ``resident_nouns`` and ``area_nouns``
# (lexicons/places.yaml).
#: How fine a place is, for telling which of two places named together holds the other.
_FINENESS = {"other": 0, "locality": 0, "city": 1, "admin2": 2, "region": 3, "admin1": 3,
             "water": 4, "country": 5}


@lru_cache(maxsize=1)
def _locative_phrase() -> re.Pattern[str]:
    """A locative preposition and up to six modifier words, at the end of a string."""
    lexicon = load_lexicon()
    words = _alternation(lexicon.locatives | lexicon.passage_locatives)
    # "at the eastern entrance of al-Mayadin": a part of the town (``part_nouns``) is in it, as a
    # site or a landform of it is ("to the desert base of Faya"); not an area's noun: in "the
    # Janta area of eastern Lebanon" the area is Janta, which the region only locates
    sites = lexicon.facility_nouns - lexicon.anchor_heads - lexicon.border_area_nouns
    modifiers = lexicon.locative_modifiers | lexicon.settlement_cues | lexicon.admin_cues | lexicon.directions \
        | lexicon.part_nouns | sites | lexicon.landform_nouns
    # a lower-case noun before a part's, a site's or a landform's noun is a compound's ("the
    # cattle market of Hawija", "the sal forests of Latehar")
    compound = rf"[a-z][\w-]*(?=\s+(?:{_alternation(lexicon.part_nouns | sites | lexicon.landform_nouns)})\s)"
    modifier = rf"(?:[A-Z][\w'’-]*|{_alternation(modifiers)}|{compound})"
    return re.compile(rf"(?<![\w-])(?P<preposition>(?i:{words}))\s+"
                      rf"(?:{modifier}\s+){{0,{MAX_WORDS_BETWEEN}}}$")


#: The first member of a pair after "between" and the "and" before the second: "tension
#: between Ankara and ", "talks between the SDF and ".
_PAIR_SECOND = re.compile(r"(?P<lead>\bbetween)\s+(?:[\w'’-]+\s+){1,4}and\s+(?:the\s+)?$")


def _names_no_scene(before: str, place: Place) -> bool:
    """Whether the words ``before`` a place make it no scene of any event of the sentence:
    a phrase of ``not_locatives`` ("*pressure on* Israel", "*according to* Iraq's
    ministry", "tension *between* Ankara and the SDF", either member of that pair), or,
    for a country, a preposition of direction ("rocket fire *toward* Israel": the state
    aimed at) or "from" after a noun for people ("freed 11 *sailors from* the
    Philippines": their nationality) or after a verb of crossing and its object ("a lorry
    *entering Oman from* Yemen": where it came from); nor the neighbour after a possessed frontier
    (:func:`_own_border`); nor the post of a reporter (a noun of
    ``reporter_nouns`` before the preposition: "Al Jazeera's *correspondent in* Homs said
    two people died in the bombardment of the T4 base" -- the reporter's whereabouts, not
    the scene); nor the partner of a relation (:func:`_relation_partner`); nor a neighbour
    after a verb of adjoining (:func:`_adjoined`)."""
    if _relation_partner(before):
        return True  # "criticising security coordination with *Israel*": the partner
    if _own_border().search(before):
        return True  # "rushed soldiers to its border with *Syria*": the neighbour
    if _adjoined().search(before):
        return True  # "the strip bordering Chad and *Niger*": the neighbours
    pair = _PAIR_SECOND.search(before)
    if pair is not None and _no_locative(before[:pair.end("lead")]):
        return True  # "tension between the SDF and *Ankara*": the second party
    if place.feature == "country" and _traffic_end(before) or _continent(place) and _traffic_end(before, 0):
        return True  # "ships transporting cargo to or from *Israel*", "supplies to *Europe*": where it goes
    if (place.feature == "country" or _continent(place)) and _conduit_route(before):
        return True  # "restart the gas pipeline across *Morocco*": the land it crosses
    phrase = _locative_phrase().search(before)
    if phrase is None:
        return False
    lead = before[:phrase.end("preposition")]
    if _no_locative(lead) or _destination(lead):
        return True
    lexicon = load_lexicon()
    words = lead.lower().split()
    if len(words) > 1 and words[-2] in lexicon.reporter_nouns:
        return True  # "Al Jazeera's correspondent in Homs said": where the reporter is posted
    if place.feature != "country":
        return False
    preposition = " ".join(phrase.group("preposition").lower().split())
    owner = len(words) - 1 - len(preposition.split())  # the word before "from" or "out of"
    return preposition in lexicon.direction_locatives or (
        preposition in lexicon.source_locatives and owner >= 0 and words[owner] in lexicon.origin_nouns) or (
        preposition in lexicon.source_locatives and bool(lexicon.crossing_verbs.intersection(words[-4:-1])))



def _home_base(text: str, sentence: Span, trigger: Span, place: Place) -> bool:
    """Whether ``place`` is where the subject's forces are based: it follows "from", a
    facility's phrase and a locative after a noun of the events lexicon's class ``forces``,
    in the trigger's clause before the trigger ("Turkish *soldiers from the Tariq bin Ziyad
    base in* Doha kicked off drills"), or names the facility itself ("marines from the
    *Jinnah* naval base began"). Forces deploy away from their base, which their deed need
    not be near; workers from a plant mostly protest at it. After the trigger, or in an
    earlier clause, the phrase tells where forces left ("withdrew its forces from the Far'a
    camp south of Tubas, ending an incursion"), a scene."""
    start, end = place.start or 0, place.end or 0
    if end > trigger.start or _clause_break().search(text, end, trigger.start):
        return False
    match = _home_base_pattern().search(text, sentence.start, start)
    if match is None or match.group("site") is None and not _facility_after().match(text, end):
        return False
    return load_event_lexicon().in_class(match.group("people").lower(), "forces")


def _issuing_seat(text: str, trigger: Span, place: Place) -> bool:
    """Whether ``place`` is the seat of the body whose act the trigger right after it is:
    "army *headquarters in* Kampala ordering the troops to the Karamoja frontier", "the
    ministry's *offices in* Nairobi dispatched". A noun of ``seat_nouns`` and "in" or "at"
    stand before the place, at most two words and no comma after it. The order or the
    dispatch goes out from there; what it sets going happens where it is sent."""
    start, end = place.start or 0, place.end or 0
    if end > trigger.start or _SEAT_TO_TRIGGER.fullmatch(text, end, trigger.start) is None:
        return False
    return _seat_before().search(text, max(0, start - 80), start) is not None


#: What may stand between an issuing body's seat and its act: "Kampala ordering", "Nairobi on Monday sent".
_SEAT_TO_TRIGGER = re.compile(r"\s+(?:[\w-]+\s+){0,2}")


@lru_cache(maxsize=1)
def _seat_before() -> re.Pattern[str]:
    """A noun of ``seat_nouns``, "in" or "at" and maybe "the", at the end of a string:
    "army headquarters in "."""
    return re.compile(rf"\b(?i:{_alternation(load_lexicon().seat_nouns)})\s+(?:in|at)\s+(?:the\s+)?$")


@lru_cache(maxsize=1)
def _home_base_pattern() -> re.Pattern[str]:
    """A word, "from", maybe "the", and maybe up to five words, a facility's noun (group
    ``site``, maybe plural), a locative and "the", at the end of a string: "soldiers from the
    Tariq bin Ziyad base in ", "marines from the "."""
    lexicon = load_lexicon()
    sites = _alternation(lexicon.facility_nouns | lexicon.facility_heads)
    return re.compile(rf"\b(?P<people>[\w-]+)\s+from\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){{0,5}}?(?P<site>(?i:{sites}))s?"
                      rf"\s+(?i:{_alternation(lexicon.locatives)})\s+(?:the\s+)?)?$")


@lru_cache(maxsize=1)
def _own_border() -> re.Pattern[str]:
    """A possessed frontier and "with" at the end of a string: "to its 600-kilometre border
    with ", "Turkey's frontier with the " (``border_nouns``). The frontier is the possessor's,
    so the neighbour named after "with" is no scene, as a relation's partner is not."""
    nouns = _alternation(load_lexicon().border_nouns)
    return re.compile(rf"\b(?:its|their|his|her|our|[A-Z][\w-]*['’]s?)\s+(?:[\w-]+\s+){{0,3}}?"
                      rf"(?i:{nouns})\s+with\s+(?:the\s+)?$")


@lru_cache(maxsize=1)
def _adjoined() -> re.Pattern[str]:
    """A verb of ``border_verbs`` and maybe the names listed before the last at the end of a
    string: "bordering ", "bordering Chad and ". What adjoins the places named after it is
    described by them, which lie beyond it: they are neighbours, not where anything happened."""
    verbs = _alternation(load_lexicon().border_verbs)
    name = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
    return re.compile(rf"\b(?i:{verbs})\s+(?:{name}(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*(?:the\s+)?$")


def _relation_partner(before: str) -> bool:
    """Whether ``before`` ends in a noun of ``relation_nouns`` and "with" ("security
    coordination with ", "ties with the "), or in a word of ``service_words`` and "for"
    ("spying for "): the place after it is the relation's other party or the state served,
    standing for its government, not where anything happened. Neither "with" nor "for" is
    a locative, so the sentence's one place would otherwise be taken as its scene."""
    words = re.findall(r"[\w'’-]+", before.lower())[-3:]
    if words and words[-1] == "the":
        words = words[:-1]
    if len(words) < 2:
        return False
    lexicon = load_lexicon()
    return words[-1] == "with" and words[-2] in lexicon.relation_nouns \
        or words[-1] == "for" and words[-2] in lexicon.service_words


#: The most words between a conveyance verb and "to": its object ("carrying humanitarian
#: supplies to Gaza", "escorting the seized vessel to Ashdod").
CONVEYED_WORDS = 4
#: The prepositions of a route's end after a noun of traffic: "ships *bound for*", "cargo
#: *to or from*", "flights *to*". A bare "from" is left to ``source_locatives``: "an aircraft
#: *from China* landed at Benina" names where it came from, which gives way to where it
#: landed, and stands for the giver when nothing else places the event.
_ROUTE_END = re.compile(r"\b(?:(?:to|from)\s+(?:or|and)\s+(?:to|from)|to|for)\s+(?:the\s+)?$", re.IGNORECASE)


def _traffic_end(before: str, reach: int = CONVEYED_WORDS) -> bool:
    """Whether ``before`` (the words up to a country's name) makes the country an end of
    traffic or a ship's registry: a route's preposition (``_ROUTE_END``: "to", "for", "to
    or from") behind a noun of ``traffic_nouns`` or a verb of
    ``conveyance_verbs`` within ``CONVEYED_WORDS`` words, no comma or clause break between
    ("shut its ports to ships transporting cargo *to or from* Israel", "tankers bound *for*
    Iran"), or "<noun> of" after a noun of ``registry_nouns`` ("vessels flying the *flag of*
    Israel"). The country is where ships, goods or flights go, come from or are registered,
    the party a measure aims at through them, not where anything happened. A ``reach`` of 0
    wants the noun right before the preposition ("supplies to Europe"), for a continent: a
    continent is also where forces are sent ("dispatched an aircraft carrier to the Middle
    East"), the scene of the deployment."""
    lexicon = load_lexicon()
    words = re.findall(r"[\w'’-]+|,", before.lower())
    if words and words[-1] == "the":
        words = words[:-1]
    if len(words) > 1 and words[-1] == "of" and words[-2] in lexicon.registry_nouns:
        return True
    route = _ROUTE_END.search(before)
    if route is None:
        return False
    lead = re.findall(r"[\w'’-]+|,", before[:route.start()].lower())
    for word in reversed(lead[-reach - 1:]):
        if word in lexicon.traffic_nouns or word in lexicon.conveyance_verbs:
            return True
        if word == "," or word in lexicon.clause_breaks:
            return False
    return False


def _continent(place: Place) -> bool:
    """Whether ``place`` is a region of no country (a continent, "the Middle East"), which
    stands for a market at the end of traffic as a state does ("supplies to Europe")."""
    return place.feature == "region" and place.country is None


def _conduit_route(before: str) -> bool:
    """Whether ``before`` ends in a noun of ``conduit_nouns`` and a preposition of passage
    ("across", "through", "via": "restart the gas pipeline *across* Morocco"): the land
    the conduit crosses, not where a decision about it was made. Only states and continents
    are read so: an attack on such a line loses no more than a country, which says little
    of where it was hit."""
    words = re.findall(r"[\w'’-]+", before.lower())
    if words and words[-1] == "the":
        words = words[:-1]
    lexicon = load_lexicon()
    return len(words) > 1 and words[-2] in lexicon.conduit_nouns \
        and (words[-1] == "across" or words[-1] in lexicon.passage_locatives)


def _destination(lead: str) -> bool:
    """Whether ``lead`` (the words up to a locative preposition) ends in "to" after a verb of
    ``conveyance_verbs`` and its object, no comma or clause break between: "stopped the
    yacht and is escorting it *to Ashdod port*", "captured a vessel carrying supplies *to
    Gaza*" -- where the thing conveyed goes, not where the event happened; likewise "to"
    right after a noun of ``conduit_nouns`` ("the crude line to the Mediterranean": where
    the pipeline ends, far off). With no object
    between, only a passive conveys ("was towed to Ashdod"): "took to the streets of Basra"
    is the intransitive "take to" (go, start)."""
    words = re.findall(r"[\w'’-]+|,", lead.lower())
    if not words or words[-1] != "to":
        return False
    lexicon = load_lexicon()
    if len(words) > 1 and words[-2] in lexicon.conduit_nouns:
        return True  # "rebuild the crude line to the Mediterranean": where the line ends
    for k in range(len(words) - 2, max(-1, len(words) - CONVEYED_WORDS - 3), -1):
        if words[k] in lexicon.conveyance_verbs:
            return k < len(words) - 2 or k > 0 and words[k - 1] in BE_WORDS
        if words[k] == "," or words[k] in lexicon.clause_breaks:
            return False
    return False


def _grievance_route(text: str, trigger: Span, place: Place) -> bool:
    """Whether ``place`` follows "to", "into" or "from" inside a grievance that opens with a
    word of ``grievance_prepositions`` within or right after the trigger and names an act
    ("chanting *against the transfer of river water to* Yazd"), no comma between: where the
    resented act sends or takes something, not where the protest is."""
    match = _grievance().fullmatch(text, trigger.start, place.start)  # type: ignore[arg-type]
    return match is not None and match.start("opener") <= trigger.end + 1


@lru_cache(maxsize=1)
def _grievance() -> re.Pattern[str]:
    """A trigger's words, a grievance preposition, "the <act> of", its object and a route preposition."""
    openers = _alternation(load_lexicon().grievance_prepositions)
    return re.compile(rf"[^,;.]*?\b(?P<opener>{openers})\s+(?:the\s+)?(?:[a-z-]+\s+){{1,2}}of\s+[^,;.]{{0,60}}?"
                      r"\b(?:to|into|from)\s+(?:the\s+)?", re.IGNORECASE)


#: A request's object and "from" before the place it is asked of: "requested urgent fuel aid *from* ".
_ASKED_FROM = re.compile(r"^(?:\s+[\w'’-]+){0,5}\s+from\s+$", re.IGNORECASE)


def _asked_of(text: str, trigger: Span, place: Place) -> bool:
    """Whether ``place`` follows "from" in the object of a request's trigger (a first word
    of ``demand_triggers``): "Sanaa has requested urgent fuel aid *from Riyadh*" asked the
    Saudi government, its capital standing for it, and was not made there."""
    words = text[trigger.start:trigger.end].lower().split()
    if not words or words[0] not in load_lexicon().demand_triggers or place.start < trigger.end:  # type: ignore[operator]
        return False
    gap = text[trigger.end:place.start]  # type: ignore[misc]
    return _ASKED_FROM.match(gap) is not None and not _clause_break().search(gap)


def _water_resource(text: str, place: Place) -> bool:
    """Whether ``place`` is a body of water named right before a noun of
    ``water_resource_nouns``: "the sharing of *Tigris water*" is a topic of talks, no
    scene of them."""
    following = re.match(r"\s+([A-Za-z]+)", text[place.end:])  # type: ignore[misc]
    return place.feature == "water" and following is not None \
        and following.group(1).lower() in load_lexicon().water_resource_nouns


def _held_at(text: str, trigger: Span, place: Place) -> bool:
    """Whether ``place`` is where people were held: after a span of a week or longer and "in",
    before a noun of ``captivity_nouns`` ("after years in *Baku* prisons", "following eight
    months in a *Sochi* jail"), or after a verb of ``captivity_verbs`` and "in", before such a
    noun or a span ("held in *Caracas* for four years", "held hostage in *Gaza* since").
    Why: a release, a handover or a reunion told with the captives' past did not happen where
    they were held; it takes a crossing or the dateline, or no place. The trigger itself
    ("jailed in Tehran") is no such past, and a country ("held in Iran for two years") is
    still where the captives were let go."""
    if place.feature == "country":
        return False
    start, end = place.start or 0, place.end or 0
    lead_pattern, noun_after, span_after = _captivity_phrases()
    lead = lead_pattern.search(text, max(0, start - 60), start)
    if lead is None or lead.start() <= trigger.start < start:
        return False
    if lead.group("unit") is not None:
        return _long_span(lead.group("unit")) and noun_after.match(text, end) is not None
    span = span_after.match(text, end)
    return noun_after.match(text, end) is not None or span is not None and (
        span.group("unit") is None or _long_span(span.group("unit")))


def _care_site(text: str, trigger: Span, place: Place) -> bool:
    """Whether ``place`` is where the wounded were treated: a town right before a noun of
    ``care_nouns`` ("3 more ending up in a *Nepalgunj* hospital") or after one and "in"/"at"
    ("taken to hospitals in *Quetta*"), in a clause after the trigger's (a comma between).
    Why: an attack's toll often ends in the hospital town, which is no scene of the attack;
    a hospital struck ("shelled a Gaza hospital") stands in the trigger's own clause. The
    caller drops such a town only where the sentence names another place: hospitals lie near
    the scene, so alone the town is still the best guess."""
    start, end = place.start or 0, place.end or 0
    if start < trigger.end or "," not in text[trigger.end:start]:
        return False
    noun_after, noun_before = _care_phrases()
    return noun_after.match(text, end) is not None or noun_before.search(text, max(0, start - 30), start) is not None


@lru_cache(maxsize=1)
def _care_phrases() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A noun of care after a town, names allowed between ("'s Nasser hospital", " hospital"),
    and one before it with "in"/"at" ("hospitals in ")."""
    nouns = _alternation(load_lexicon().care_nouns)
    after = re.compile(rf"(?:['’]s?)?(?:\s+[A-Z][\w'’-]*){{0,2}}\s+(?i:{nouns})\b")
    before = re.compile(rf"\b(?i:{nouns})\s+(?:in|at)\s+(?:the\s+)?$")
    return after, before


#: The most words between a capture's participle and the place it was made at: "apprehended
#: in the Allaqi desert near the disputed Halayeb".
CAUGHT_WORDS = 8


def _caught_at(text: str, trigger: Span, place: Place, places: Sequence[Mention | Place] = ()) -> bool:
    """Whether ``place`` lies in a reduced relative clause of capture after the trigger: a
    participle of ``capture_participles`` right after a noun, no auxiliary ("freed 21 miners
    *apprehended in the desert near Halayeb*"), then at most ``CAUGHT_WORDS`` words and no
    clause break up to the place. It tells where the people the event acted on were caught
    before: their release or handover did not happen there. Before the trigger the clause
    names its subject by where they were taken ("workers abducted in Zawiya regained their
    freedom"), often where they are let go, and is left; so is an arrest's own report
    ("police detained five men caught smuggling in Basra"): the capture is the arrest --
    unless the trigger's clause goes on to name its own site ("drivers *kidnapped on the road
    south of Benghazi* regained their freedom yesterday *in the town of Ajdabiya*"):
    :func:`_own_site_after`."""
    if "COERCE" in _trigger_types(text, trigger):
        return False
    if place.start < trigger.end:  # type: ignore[operator]
        return place.end <= trigger.start and _caught_before(text, trigger, place) \
            and _own_site_after(text, trigger, places)  # type: ignore[operator]
    for match in _capture_participle().finditer(text, trigger.end, place.start):  # type: ignore[arg-type]
        if match.group("before") in BE_WORDS | HAVE_FINITE:
            continue
        breaks = _clause_break().finditer(text, match.end(), place.start)  # type: ignore[arg-type]
        if len(text[match.end():place.start].split()) <= CAUGHT_WORDS \
                and all(_links_names(text, link) for link in breaks):  # type: ignore[misc]
            return True
    return False


def _caught_before(text: str, trigger: Span, place: Place) -> bool:
    """Whether ``place`` lies in a reduced relative clause of capture that runs up to the
    trigger: a participle of ``capture_participles`` after a noun, at most ``CAUGHT_WORDS``
    words before the place, and no clause break from it to the trigger."""
    lead = text[max(0, place.start - 100):place.start]  # type: ignore[operator]
    match = None
    for match in _capture_participle().finditer(lead):
        pass
    if match is None or match.group("before") in BE_WORDS | HAVE_FINITE \
            or len(lead[match.end():].split()) > CAUGHT_WORDS:
        return False
    return not _clause_break().search(text[place.end:trigger.start])  # type: ignore[misc]


def _own_site_after(text: str, trigger: Span, places: Sequence[Mention | Place]) -> bool:
    """Whether a town or a finer place follows the trigger within ``MAX_WORDS_BETWEEN`` words
    behind a preposition of ``site_prepositions``, no clause break between; or, in a clause
    that "and" joins to the trigger's, within ``HOMECOMING_WORDS`` words of it, behind such a
    preposition or a verb of ``travel_verbs`` or ``reaction_verbs`` and "home to" or "to"
    (:func:`_homecoming_site`): "fishermen taken by the navy near Abu Musa walked free, and
    their families welcomed the men *at the harbour of* Ras Al Khaimah" tells where the freed
    men came back to, and the capture's place is no scene of the release."""
    sites = _alternation(load_lexicon().site_prepositions)
    for place in map(_as_place, places):
        if place is None or place.start is None or place.start < trigger.end or _level(place) > _FINENESS["city"]:
            continue
        gap = text[trigger.end:place.start]
        if len(gap.split()) <= MAX_WORDS_BETWEEN + 2 and not _clause_break().search(gap) \
                and re.search(rf"\b(?i:{sites})\s+(?:[\w'’-]+\s+){{0,4}}$", gap):
            return True
        if _homecoming_site(gap, sites):
            return True
    return False


#: The most words between a release's trigger and the place its people came back to in a clause
#: "and" joins to it: "walked free yesterday, and their families welcomed the 6 men at the
#: harbour of".
HOMECOMING_WORDS = 16


def _homecoming_site(gap: str, sites: str) -> bool:
    """Whether ``gap``, the text between a trigger and a town after it, runs into a clause
    that ", and" or "and" joins to the trigger's, no other clause break, and ends with a
    preposition of ``site_prepositions`` and up to four words ("at the harbour of"), or with a
    verb of ``travel_verbs`` or ``reaction_verbs``, then "(back) home to", "back to" or "to"
    ("sailed home to"), and at most ``HOMECOMING_WORDS`` words in all."""
    if len(gap.split()) > HOMECOMING_WORDS:
        return False
    breaks = [m.group().lower() for m in _clause_break().finditer(gap)]
    if "and" not in breaks or any(b not in (",", "and") for b in breaks):
        return False
    lexicon = load_lexicon()
    movers = _alternation(lexicon.travel_verbs | lexicon.reaction_verbs)
    return re.search(rf"\band\b.*(?:\b(?i:{sites})\s+(?:[\w'’-]+\s+){{0,4}}"
                     rf"|\b(?i:{movers})\s+(?:[\w'’-]+\s+){{0,4}}?(?:back\s+)?(?:home\s+)?to\s+(?:the\s+)?)$",
                     gap, re.IGNORECASE | re.DOTALL) is not None


@lru_cache(maxsize=1)
def _campaign_phrases() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A phrase of ``campaign_openers``, maybe a determiner and up to three words, a noun of
    ``campaign_nouns`` and what joins it to its aim ("for the push on ", "ahead of an expected
    offensive to retake ", "for the battle for the "), up to the place; the same opener and
    words right before a place (" for the "), and a campaign noun right after it ("
    offensive"): "for the Mosul offensive"."""
    lexicon = load_lexicon()
    openers = _alternation(lexicon.campaign_openers)
    nouns = _alternation(lexicon.campaign_nouns)
    modifiers = _alternation(lexicon.locative_modifiers | lexicon.directions)
    aim = re.compile(rf"\b(?i:{openers})\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'’-]+\s+){{0,3}}?"
                     rf"(?i:{nouns})\s+(?:on|for|against|of|into|toward|towards|to\s+[a-z]+)\s+"
                     rf"(?:(?i:{modifiers})\s+){{0,3}}$")
    before = re.compile(rf"\b(?i:{openers})\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[a-z][\w'’-]*\s+){{0,2}}$")
    after = re.compile(rf"(?:['’]s)?(?:\s+[a-z][\w'’-]*)?\s+(?i:{nouns})\b")
    return aim, before, after


def _campaign_aim(text: str, trigger: Span, place: Place) -> bool:
    """Whether ``place``, after the trigger, is what a military campaign that a phrase of purpose
    names is aimed at (:func:`_campaign_phrases`): "are stationing an armoured division *for
    the push on Mosul*", "a staging hub *for the Mosul offensive*". Why: a build-up is placed
    where the forces are moved to or stationed; the city the campaign is to take is another
    event's scene, and a build-up for it on another front (a Peshmerga line east of Mosul) is
    no report of this one."""
    start, end = place.start or 0, place.end or 0
    if start < trigger.end:
        return False
    aim, before, after = _campaign_phrases()
    lead = text[max(trigger.end, start - 120):start]
    return aim.search(lead) is not None or (before.search(lead) is not None and after.match(text, end) is not None)


@lru_cache(maxsize=1)
def _relative_goal_pattern() -> re.Pattern[str]:
    """A lower-case word (group ``before``) and a present participle after it, up to five
    words, a preposition of ``goal_prepositions``, up to four words that hold no locative
    preposition (the goal's own phrase, "the self-styled Islamic State"), maybe one locative
    preposition and names listed before the place, up to the place: "a cell *recruiting
    young Tunisians for jihadist camps in* ", "a cell *recruiting young Moroccans for the
    self-styled Islamic State in Syria and* ", "a truck *carrying weapons to rebels near* ";
    not "a truck carrying weapons to rebels in Idlib *at a checkpoint in* ", whose place is
    another phrase's."""
    lexicon = load_lexicon()
    goals = _alternation(lexicon.goal_prepositions)
    others = _alternation(frozenset(w for w in lexicon.locatives if " " not in w))
    listed = r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+))*"
    return re.compile(rf"\b(?P<before>[a-z]+)\s+[a-z]{{2,}}ing\s+(?:[\w'’-]+\s+){{0,5}}?(?:{goals})\s+"
                      rf"(?:(?!(?:{others})\s)[\w'’-]+\s+){{0,4}}?(?:(?:{others})\s+)?(?:the\s+)?"
                      rf"{listed}$")


#: Words before a word in "-ing" that make it a noun or a gerund, not a participle after a
#: noun: "a meeting", "the fighting", "of smuggling", "by sending".
_NOT_BEFORE_PARTICIPLE = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "their", "his",
                                    "her", "our", "of", "for", "by", "in", "on", "at", "from", "with", "without",
                                    "after", "before", "while", "since", "to", "and", "or"})


def _relative_goal(text: str, trigger: Span, place: Place) -> bool:
    """Whether ``place``, after the trigger and in its clause, is the goal of a participle
    that modifies a noun (:func:`_relative_goal_pattern`): "The National Guard dismantled a
    terrorist cell *recruiting young Tunisians for jihadist camps in Libya* today, placing 7
    suspects in custody in Kasserine". Why: the clause says what the cell, the network or the
    truck did or was for; the act on it happened elsewhere, where the sentence's other place
    says (the caller drops such a goal only when the sentence names another place)."""
    start = place.start or 0
    if start < trigger.end:
        return False
    lead = text[max(trigger.end, start - 150):start]
    pattern = _relative_goal_pattern()
    # every word before a participle may open the clause: "a smuggling ring ferrying
    # volunteers to" opens at "ring", though "a smuggling" matches first
    for opening in re.finditer(r"\b[a-z]+\s+[a-z]{2,}ing\b", lead):
        match = pattern.match(lead, opening.start())
        if match is not None and match.group("before") not in _NOT_BEFORE_PARTICIPLE \
                and not re.search(r"[,;:]", lead[match.start():]):
            return True
    return False


def _links_names(text: str, link: re.Match[str]) -> bool:
    """Whether the comma or "and" ``link`` joins two names of a list ("in Sanaa *and*
    Hodeidah"), no clause."""
    return re.search(r"[A-Z][\w'’-]*,?\s*$", text[max(0, link.start() - 40):link.start()]) is not None \
        and re.match(r",?\s*(?:and\s+)?[A-Z]", text[link.start():]) is not None


@lru_cache(maxsize=1)
def _capture_participle() -> re.Pattern[str]:
    """A lower-case word (group ``before``) and a participle of ``capture_participles``."""
    participles = _alternation(load_lexicon().capture_participles)
    return re.compile(rf"\b(?P<before>[a-z]+)\s+(?:{participles})\b")


def _in_member_aside(text: str, sentence: Span, trigger: Span, place: Place) -> bool:
    """Whether ``place`` lies in an aside about some of a group of people (:func:`_member_aside`:
    "froze the assets of 23 men, *some of them* behind bars in Syria, blocking their accounts
    inside Tunisia") that does not hold the trigger: it says where those people are, not
    where the act they are named in happened."""
    aside = _member_aside().search(text, sentence.start, place.start)  # type: ignore[arg-type]
    if aside is None:
        return False
    close = _ASIDE_END.search(text, place.end, sentence.end)  # type: ignore[arg-type,union-attr]
    return not aside.start() <= trigger.start < close.start()  # type: ignore[union-attr]


#: Where an aside ends: a comma or a semicolon, or the end of the sentence.
_ASIDE_END = re.compile(r"[,;]|$")


@lru_cache(maxsize=1)
def _member_aside() -> re.Pattern[str]:
    """A comma, up to two words and a phrase of ``member_asides`` (", some of them", ", among
    whom"), then no comma, semicolon or bracket up to the end of the string searched."""
    asides = _alternation(load_lexicon().member_asides)
    return re.compile(rf",\s+(?:[\w-]+\s+){{0,2}}?(?i:{asides})\b[^,;()]*$")


def _long_span(word: str) -> bool:
    """Whether ``word`` is a unit of time of a week or longer ("months", "years")."""
    unit = load_time_lexicon().unit(word)
    return unit is not None and not unit.time and unit.code in "WMY"


@lru_cache(maxsize=1)
def _captivity_phrases() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What stands before a place where people were held (a verb of holding or a word to be
    checked as a long span, group ``unit``, then "in" and maybe an article or a possessor:
    "in Tehran's Evin prison"), a possessive and names up to a noun of captivity after it
    ("'s Evin prison", " prisons"), and a span after it (" for four years", group ``unit``;
    " since")."""
    lexicon = load_lexicon()
    lead = re.compile(rf"(?:\b(?i:{_alternation(lexicon.captivity_verbs)})|\b(?P<unit>[A-Za-z]+))"
                      rf"\s+(?:in|inside|at)\s+(?:(?:a|an|the)\s+|[A-Z][\w'’-]*['’]s?\s+)?$")
    noun = re.compile(rf"(?:['’]s?)?(?:\s+[A-Z][\w'’-]*){{0,3}}\s+(?i:{_alternation(lexicon.captivity_nouns)})\b")
    time = load_time_lexicon()
    units = _alternation(set(time.units) | set(time.irregular_unit_plurals))
    span = re.compile(rf"\s+(?:for\s+(?:[\w-]+\s+){{0,3}}?(?P<unit>(?i:{units})s?)\b|since\b)")
    return lead, noun, span


def _names_a_frontier(text: str, place: Place, places: list[Mention | Place]) -> bool:
    """Whether ``place`` only says which frontier the land after it lines, which another
    place of ``places`` right after "in" holds (:func:`_frontier_area`): "rolled toward the
    *Gaza* border area in northern Sinai" went to Sinai, on Egypt's side; but a town of the
    wider place's own names its district ("the Akcakale frontier district in Sanliurfa
    province" is Akcakale's)."""
    match = _frontier_area().match(text, place.end)  # type: ignore[call-overload]
    return match is not None and any(p is not None and p.start is not None
                                     and match.start("wider") <= p.start <= match.end()
                                     and not (p.country == place.country and _level(place) < _level(p))
                                     for p in map(_as_place, places))


@lru_cache(maxsize=1)
def _frontier_area() -> re.Pattern[str]:
    """A border noun and a noun for the land along it (``border_nouns``,
    ``border_area_nouns``), a preposition of containment and up to three modifiers: " border
    area in northern ", " frontier zone inside "; group ``wider`` opens what follows the preposition."""
    lexicon = load_lexicon()
    modifiers = _alternation(lexicon.locative_modifiers | lexicon.directions)
    return re.compile(rf"\s+(?i:{_alternation(lexicon.border_nouns)})\s+(?i:{_alternation(lexicon.border_area_nouns)})"
                      rf"\s+(?i:{CONTAINMENT})\s+(?P<wider>)(?:(?i:{modifiers})\s+){{0,3}}")


def _trigger_destination(text: str, trigger: Span, place: Place) -> bool:
    """Whether ``place`` follows "to" (maybe "the") right after a trigger that opens with a
    verb of ``conveyance_verbs``, at most a word of ``conveyance_particles`` between: "the
    brigade *brought up to* the Galilee" tells a move whose scene is where it went, unlike
    "escorting it to Ashdod port" after a seizure (:func:`_destination`)."""
    words = text[trigger.start:trigger.end].lower().split()
    if not words or words[0] not in load_lexicon().conveyance_verbs:
        return False
    lead = re.findall(r"[\w'’-]+|\S", " ".join(words[1:]) + " " + text[trigger.end:place.start].lower())
    if lead and lead[-1] == "the":
        lead = lead[:-1]
    return bool(lead) and lead[-1] == "to" \
        and (len(lead) == 1 or len(lead) == 2 and lead[0] in load_lexicon().conveyance_particles)


def _as_place(item: Mention | Place) -> Place | None:
    """The place of a mention (offsets from the mention when the place lacks them)."""
    if isinstance(item, Mention):
        if item.place is None:
            return None
        place = item.place
        if place.start is None:
            return Place(**{**place._fields(), "start": item.start, "end": item.end})
        return place
    return item


def location_for_event(trigger: Span, sentence: Span, places: list[Mention | Place],
                       document: Document, participants: Sequence[Span] = ()) -> Place | None:
    """The place of the event whose trigger is ``trigger`` in ``sentence`` (see module doc);
    ``participants`` are the spans of its actors and recipients, which it never takes. The
    town of a provincial dateline (:func:`_provincial_dateline`) narrows the country the
    sentence gives an event, and places a deed the story's lead gives no place at all, or a
    meeting or an agreement of a party of the dateline's country under any town's dateline
    (:func:`_dateline_scene`); a sentence that names no place, only a participant body named
    after a town before whose seat the event stands, gets that town (:func:`_premises_town`);
    not a country named as the possessor of a part of it
    ("SULAIMANIYAH, Iraq (AFP) - An oilfield in *Iraq's* autonomous Kurdish north",
    :func:`_names_its_region`): the text says which part, and the dateline's town need not
    lie in it; nor when the sentence sets the dateline's town apart from the scene
    (:func:`_here_elsewhere`). A town named as the owner of the part of it that was acted on
    ("shells pounded *the market district of Kadugli*") is no participant here
    (:func:`_owns_the_part`): the event happened in it."""
    text = document.text
    participants = [_seated_at(text, span, places, trigger, sentence) for span in participants
                    if not _owns_the_part(text, span, places)]
    place = _sentence_place(trigger, sentence, places, document, participants)
    if place is None and _threat_content_start(text, trigger, sentence) < sentence.end:
        return None  # a threat is said where its author is, which the dateline does not tell
    if place is None:
        return _site_referent(text, trigger, sentence, places, participants) \
            or _premises_town(text, sentence, participants, places) \
            or _dateline_scene(text, trigger, sentence, places, participants)
    if place.feature != "country" or _is_statement(text[trigger.start:trigger.end]) or _is_measure(text, trigger) \
            or _names_its_region(text, place) or _here_elsewhere(text, trigger, sentence):
        return place
    town = _provincial_dateline(text, sentence.start)
    return town if town is not None and town.country == place.country else place


#: The end of a sentence: a stop, maybe a closing quote, space and a capital (or an opening quote).
_SENTENCE_END = re.compile(r"[.!?][\"'’”]?\s+(?=[A-Z\"'‘“])")


def _site_referent(text: str, trigger: Span, sentence: Span, places: list[Mention | Place],
                   participants: Sequence[Span]) -> Place | None:
    """The one site that the sentence names before the trigger, or the sentence before it
    names, when the trigger's object is a definite noun of ``site_anaphors`` ("a barrage of
    rockets came down on *the site*", "drones struck *the plant*"): the noun refers back to
    it, though the sentence names it in a clause of its own ("Output at the Rumaila field,
    ..., was cut after ...") or the sentence before does. A site is a place the gazetteer
    knows as one (feature ``other``) or a town before a facility's noun ("the Baiji
    refinery", :func:`_facility_after`), which is its vicinity. None when there are two."""
    if _site_anaphor().match(text, trigger.end) is None:
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, max(0, sentence.start - 1))]
    start = ends[-1] if ends else 0
    sites: dict[str, Place] = {}
    for item in places:
        place = _as_place(item)
        if place is None or place.start is None or not start <= place.start < trigger.start \
                or _in_dateline(text, place) or _taken(place, participants):
            continue
        if place.feature == "other":
            sites[place.name or place.text] = place
        elif place.feature in TOWNS and _facility_after().match(text, place.end or 0):
            sites[place.name or place.text] = _vicinity(place)
    return next(iter(sites.values())) if len(sites) == 1 else None


@lru_cache(maxsize=1)
def _site_anaphor() -> re.Pattern[str]:
    """Right after a trigger, maybe behind a preposition of a target, "the", maybe a
    lower-case modifier and a noun of ``site_anaphors`` that no "of" or name follows: " on
    the site", " the gas plant"; not " the base of the ridge", " the camp Hamas ran"."""
    nouns = _alternation(load_lexicon().site_anaphors)
    return re.compile(rf"\s+(?:(?:on|at|against|upon|onto|into)\s+)?the\s+(?:[a-z-]+\s+)?(?i:{nouns})\b"
                      r"(?![-'’]|\s+(?:of\b|[A-Z]))")


#: "in" (maybe "the") that ends a participant's words before the place it sits in.
_SEAT_IN = re.compile(r"\s+in\s+(?:the\s+)?$", re.IGNORECASE)


def _seated_at(text: str, span: Span, places: list[Mention | Place], trigger: Span, sentence: Span) -> Span:
    """The participant ``span`` of a deed (:func:`_deed`) less the place its phrase seats it
    in: of "Police in Ankara" or "the authorities in Sana'a" only "Police", "the
    authorities". The place says where the body did the deed (its detentions, its
    releases), not who it is, so the event may take it. Not a name ("the Islamic Resistance
    in Iraq": capitalised words before "in", other than the sentence's first), nor for a
    statement or a meeting: "accused the government in Baghdad" is said where the accusers
    are, and "officials in Erbil met envoys" may have met anywhere. A town (no state) that
    opens the phrase is cut off the same way: of "a Zawiya armed group" only "armed group"."""
    if not _deed(text, trigger):
        return span
    for place in map(_as_place, places):
        if place is not None and place.start is not None and span.start < place.start < span.end:
            seat = _SEAT_IN.search(text, span.start, place.start)
            words = text[span.start:seat.start()].split() if seat is not None else []
            if words and not any(word[:1].isupper() for word in words[span.start == sentence.start:]):
                return Span(span.start, seat.start(), text[span.start:seat.start()])  # type: ignore[union-attr]
        # "A Zawiya armed group relinquished", "Basra police detained": the town before the noun
        # is the body's home, mostly where its deed was done; not a state ("U.S. forces")
        if place is not None and place.start is not None and place.end is not None and place.feature != "country" \
                and _HOME_LEAD.fullmatch(text, span.start, place.start) and place.end < span.end \
                and text[place.end:span.end].strip()[:1].islower():
            return Span(place.end, span.end, text[place.end:span.end])
    return span


#: What may stand in a participant's phrase before the town that names its home ("the", "a").
_HOME_LEAD = re.compile(r"(?:(?i:the|a|an)\s+)?")


#: A possessive and the words of the possessed part, up to a comma or the fourth word.
_POSSESSED = re.compile(r"['’]s((?:\s+[\w-]+){1,4})")


def _owns_the_part(text: str, span: Span, places: list[Mention | Place]) -> bool:
    """Whether the participant ``span`` is a town named after "of" and a noun for a part of a
    place (``part_nouns``, ``near_nouns``), maybe with an area noun (``anchor_heads``): "the
    market (district) of Kadugli", "the outskirts of Azaz". The part was struck, and the town
    holds the scene."""
    return any(p is not None and p.feature in TOWNS and _overlaps(p, span)
               and _part_of().search(text, max(0, p.start - 40), p.start) is not None  # type: ignore[operator]
               for p in map(_as_place, places))


def _premises_town(text: str, sentence: Span, participants: Sequence[Span],
                   places: list[Mention | Place]) -> Place | None:
    """The town a participant body is named after, when the event stands before its seat
    (a noun of ``seat_nouns``) after a preposition of ``site_prepositions`` ("demonstrated in
    front of the *Basra* Oil Company building") and the sentence names no place: a body named
    after a town has its seat there. The town is the best reading of the most words before
    its first noun of ``organisation_nouns`` or ``office_nouns`` that read as a town of the
    body's country ("Basra", not "Basra Oil")."""
    if any(p is not None and p.start is not None and sentence.start <= p.start < sentence.end
           for p in map(_as_place, places)):
        return None
    lexicon = load_lexicon()
    nouns = lexicon.organisation_nouns | lexicon.office_nouns
    before, after = _premises_pattern()
    for span in participants:
        if not before.search(text, sentence.start, span.start) or not after.match(text, span.end):
            continue
        words = text[span.start:span.end].split()
        head = next((k for k, word in enumerate(words) if word.lower() in nouns), 0)
        country = _actor_names().country(text[span.start:span.end])
        for name in (" ".join(words[:n]) for n in range(head, 0, -1)):
            town = best_reading(name)
            if town is not None and town.feature in TOWNS and town.country == country:
                return candidate_place(town, name, span.start, span.start + len(name))
    return None


@lru_cache(maxsize=1)
def _premises_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A preposition of ``site_prepositions`` and "the" at the end of a string, and maybe a
    possessive and a noun of ``seat_nouns`` at the start of one: "in front of the ", "'s offices"."""
    lexicon = load_lexicon()
    return (re.compile(rf"\b(?i:{_alternation(lexicon.site_prepositions)})\s+the\s+$"),
            re.compile(rf"(?:['’]s)?\s+(?i:{_alternation(lexicon.seat_nouns)})\b"))


@lru_cache(maxsize=1)
def _part_of() -> re.Pattern[str]:
    """A noun for a part of a place, maybe an area noun, then "of", at the end of a string."""
    lexicon = load_lexicon()
    return re.compile(rf"\b(?i:{_alternation(lexicon.part_nouns | lexicon.near_nouns)})"
                      rf"(?:\s+(?i:{_alternation(lexicon.anchor_heads)}))?\s+of\s+$")


def _names_its_region(text: str, place: Place) -> bool:
    """Whether a country is named as the possessor of a region it names by a compass noun
    (``compass_nouns``: "Iraq's autonomous Kurdish *north*") among the words after its
    possessive. Its town ("Iraq's second city", "Iraq's southern oil hub") may be the
    dateline's, and a unit it names ("Yemen's western province of Hodeidah") the recogniser
    reads itself; a region told by a quarter of the compass, the text's own choice, need
    not hold the dateline's town."""
    possessed = _POSSESSED.match(text, place.end)  # type: ignore[call-overload]
    return possessed is not None and bool(_words(possessed.group(1)) & load_lexicon().compass_nouns)


def _dateline_scene(text: str, trigger: Span, sentence: Span, places: list[Mention | Place],
                    participants: Sequence[Span]) -> Place | None:
    """The town of a provincial dateline for a deed that the story's lead tells without a
    place ("BINT JBEIL, NNA - A hostile drone fired two guided missiles at a car"): the
    correspondent files from there because it happened there (:func:`_provincial_dateline`).
    Only the lead: no place of the document may come before the sentence, since a later
    sentence with no place goes on at the scene an earlier one named, which the events
    stage carries over. Only a deed (:func:`_deed`) or a meeting or an agreement
    (:func:`_gathering`) of a party of the dateline's country: a statement or a decision
    happens where its authors are, which the dateline does not say, while leaders meet or
    sign where the story is filed from, a capital too, when they are that country's
    ("TBILISI - the Georgian and Armenian prime ministers settled today on ..."; a bureau's report
    of a deal between two other states says nothing of where it was struck)."""
    deed = _deed(text, trigger)
    if not (deed or _gathering(text, sentence, trigger)) or _here_elsewhere(text, trigger, sentence) \
            or _unnamed_scene(text, trigger, sentence):
        return None
    if any(p is not None and p.end is not None and p.end <= sentence.start and not _in_dateline(text, p)
           for p in map(_as_place, places)):
        return None
    if deed:
        town = _provincial_dateline(text, sentence.start)
        abroad = town is not None and _names_abroad(text, sentence, places, town) \
            and town.country not in _party_countries(text, participants)
        return None if abroad else town
    town = _dateline_town(text, sentence.start)
    if town is None:
        return None
    return town if town.country in _party_countries(text, participants) \
        or _home_office(text, participants) else None


def _home_office(text: str, participants: Sequence[Span]) -> bool:
    """Whether a participant is an office named with no country at all ("MUSCAT (ONA) - *The
    Minister Responsible for Foreign Affairs* received his Iranian guest"): the dateline's
    agency names its own country's officials so, and they meet at home."""
    nouns = load_lexicon().office_nouns
    for span in participants:
        name = text[span.start:span.end]
        words = [w.lower() for w in re.findall(r"[\w'’-]+", name)]
        if words and words[0] in nouns and name[:1].isupper() \
                and not any(_actor_names().country(" ".join(name.split()[k:])) for k in range(len(name.split()))) \
                and not load_lexicon().country_adjectives.keys() & set(name.split()):
            return True
    return False


def _names_abroad(text: str, sentence: Span, places: list[Mention | Place], town: Place) -> bool:
    """Whether the sentence names another country than the dateline town's as a possessor ("GENEVA -
    *Sudan's* RSF freed twelve aid workers"): with no party of the town's country, the story
    is that country's, filed from abroad, not from the scene. A country named otherwise may be a
    party's partner ("NABLUS - ... criticising coordination with Israel")."""
    return any(p is not None and p.start is not None and sentence.start <= p.start < sentence.end
               and p.feature == "country" and p.country != town.country and _POSSESSOR.match(text[p.end:p.end + 2])
               for p in map(_as_place, places))


def _party_countries(text: str, participants: Sequence[Span]) -> set[str]:
    """The countries the actor KB gives the participants' names, each read from its last
    words as far as the KB knows them ("Prime Minister Irakli Garibashvili": Georgia)."""
    countries = set()
    for span in participants:
        words = text[span.start:span.end].split()
        country = next((c for k in range(len(words)) if (c := _actor_names().country(" ".join(words[k:])))), None)
        if country:
            countries.add(country)
    return countries


def _unnamed_scene(text: str, trigger: Span, sentence: Span) -> bool:
    """Whether the trigger's clause states a scene the gazetteer has no name for, a phrase
    of ``unnamed_scenes`` after a locative that is no origin nor direction ("which was
    stormed *in international waters*", "boarded *at sea*", "intercepted *off the coast*"):
    the deed was there, not in the town the story was filed from."""
    before = text[sentence.start:trigger.start]
    breaks = list(_clause_break().finditer(before))
    start = sentence.start + (breaks[-1].end() if breaks else 0)
    end = next((m.start() for m in _clause_break().finditer(text, trigger.end, sentence.end)), sentence.end)
    return _unnamed_scene_pattern().search(text, start, end) is not None


@lru_cache(maxsize=1)
def _unnamed_scene_pattern() -> re.Pattern[str]:
    """A locative that is no origin nor direction, then a phrase of ``unnamed_scenes``."""
    lexicon = load_lexicon()
    locatives = _alternation(lexicon.locatives - lexicon.source_locatives - lexicon.direction_locatives)
    return re.compile(rf"\b(?i:{locatives})\s+(?i:{_alternation(lexicon.unnamed_scenes)})\b")


def _here_elsewhere(text: str, trigger: Span, sentence: Span) -> bool:
    """Whether the sentence points at the dateline's town by a word of ``dateline_deictics``
    in a clause after the trigger's: "MISRATA, Libya (AFP) - Rockets rained down on the
    airport of Libya's largest city ..., sending diverted passengers *here*" tells what the
    deed did to the town it was filed from, so the deed happened somewhere else. Said in
    the trigger's own clause ("clashes erupted here overnight") the word puts the deed
    there, and so it does in a clause before the trigger's, which the deed's clause
    explains ("clashes erupted here after gunmen attacked a checkpoint")."""
    return any(_clause_break().search(text, trigger.end, deictic.start())
               for deictic in _deictic_pattern().finditer(text, trigger.end, sentence.end))


@lru_cache(maxsize=1)
def _deictic_pattern() -> re.Pattern[str]:
    """A word of ``dateline_deictics`` ("here")."""
    return re.compile(rf"\b(?i:{_alternation(load_lexicon().dateline_deictics)})\b")


def _deed(text: str, trigger: Span) -> bool:
    """Whether the trigger tells a deed done at a scene: neither a statement nor a measure
    (:func:`_is_statement`, :func:`_is_measure`), and every trigger of the events lexicon
    that its words may be (opened by its first word, a phrase for a phrase whose literal
    words the trigger holds in order, a single word for one) of a type that is not verbal
    (``verbal_types``: an agreement, a meeting, a request, an accusation). "slammed into"
    is the assault's phrase, not "slammed the door on" (a rejection) nor "slammed" (a
    condemnation), though all three open with its first word. A one-word trigger that is
    no single-word entry is the first word of a phrase whose literal words follow it within
    ``IDIOM_REACH`` words ("*reopened* the Rafah crossing" of "reopen * crossing"): the
    events stage gives such a phrase its first word as trigger."""
    types = _trigger_types(text, trigger)
    return bool(types) and not types & (load_event_lexicon().verbal_types | {None})


def _gathering(text: str, sentence: Span, trigger: Span) -> bool:
    """Whether every type the trigger may be (:func:`_trigger_types`) is a meeting's or an
    agreement's (``GATHERINGS``), and no speech verb comes before it in its sentence. A
    speech verb ("agreed") is a statement, which the dateline does not place ("ERBIL -
    Erbil and Baghdad agreed ..., after a meeting in Baghdad", "PORT SUDAN (AFP) - the
    army and the RSF have agreed to a truce" struck abroad), and so is what one reports
    ("said today the army would accept no truce"). Nor a call (:func:`_by_phone`): its
    parties are each at home, and the other end's dateline would hold it too."""
    types = _trigger_types(text, trigger)
    return bool(types) and types <= GATHERINGS and not _by_phone(text, trigger) \
        and not _words(text[sentence.start:trigger.start]) & load_lexicon().speech_verbs


def _by_phone(text: str, trigger: Span) -> bool:
    """Whether the trigger may be a call's: a trigger of the events lexicon of mode ``phone``
    opened by its first word, whose literal words follow in order ("received a phone *call*",
    "telephoned")."""
    words = text[trigger.start:trigger.end].lower().split()
    following = words[1:] + _following_words(text, trigger)
    return bool(words) and any(pattern.entry.mode == "phone" and _in_order(_literal(pattern.rest), following)
                               for pattern in load_event_lexicon().candidates(words[0]))


def _trigger_types(text: str, trigger: Span) -> set[str | None]:
    """The types of every trigger of the events lexicon that the trigger's words may be (see
    :func:`_deed`); none for a statement or a measure. A reading whose required word class
    stands nowhere near is left out when another reading remains ("servicemen reached
    Batken": no accord near, so no agreement reached, troops moved)."""
    words = text[trigger.start:trigger.end].split()
    if not words or _is_statement(text[trigger.start:trigger.end]) or _is_measure(text, trigger):
        return set()
    lexicon = load_event_lexicon()
    near = {w.lower() for w in re.findall(r"[\w'-]+", text[max(0, trigger.start - REQUIRED_REACH):
                                                             trigger.end + REQUIRED_REACH])}
    every = lexicon.candidates(words[0].lower())
    required = [p for p in every
                if p.entry.requires is None or any(lexicon.in_class(w, p.entry.requires) for w in near)]
    return _pattern_types(text, trigger, words, required, lexicon) \
        or _pattern_types(text, trigger, words, every, lexicon)


def _pattern_types(text: str, trigger: Span, words: list[str], patterns: Sequence[Pattern],
                   lexicon: EventLexicon) -> set[str | None]:
    """The types of those ``patterns`` whose literal words the trigger's ``words`` hold in
    order, else (for a one-word trigger) of those whose literal words and word classes follow
    it ("*found* a 480-kilo cocaine load" of "find * @contraband")."""
    rest = [w.lower() for w in words[1:]]
    # a key with no type of its own is read as the type it takes with parties of two countries
    types = {pattern.entry.type or pattern.entry.joint for pattern in patterns
             if bool(pattern.rest) == bool(rest) and _in_order(_literal(pattern.rest), rest)}
    if not types and not rest:
        following = _following_words(text, trigger)
        types = {pattern.entry.type or pattern.entry.joint for pattern in patterns
                 if [w for w in pattern.rest if w != "*"] and _classes_in_order(pattern.rest, following, lexicon)}
    return types


def _classes_in_order(rest: Sequence[str], text_words: list[str], lexicon: EventLexicon) -> bool:
    """Whether the literal words and word classes of a pattern's ``rest`` occur in
    ``text_words`` in this order, maybe with others between: "on" alone does not make
    "crossed the frontier ... on Tuesday" a visit "on a tour" ("@arriving * on * @trips")."""
    words = iter(text_words)
    return all(any(lexicon.in_class(w, word[1:]) if word.startswith("@") else w == word for w in words)
               for word in rest if word != "*")


def _following_words(text: str, trigger: Span) -> list[str]:
    """The words just after a one-word trigger, lower-cased, as far as an idiom reaches
    (``IDIOM_REACH``): where the events stage gave an idiom its first word as trigger, its
    later words are found here ("*pinned* the blame on")."""
    return [w.lower() for w in re.findall(r"[A-Za-z]+", text[trigger.end:])[:IDIOM_REACH]]


def _literal(rest: Sequence[str]) -> list[str]:
    """The literal words of a lexicon pattern's rest: no gap ("*"), no word class ("@drills")."""
    return [w for w in rest if w != "*" and not w.startswith("@")]


def _provincial_dateline(text: str, at: int) -> Place | None:
    """The town of the dateline opening the line that holds offset ``at`` when it is no
    capital ("BASRA, Iraq -", "BINT JBEIL, NNA -"), None otherwise.

    Why: agencies keep their bureaus in capitals, so a capital's dateline covers the whole
    country ("BEIRUT (Reuters) - Lebanon's army arrested ..." in Tyre); a correspondent files
    from a provincial town because the story is there, so an event the text places only in
    that town's country ("took to the streets of Iraq's southern oil hub") happened in the
    town. Statements and measures keep the country: they are made where their authors are."""
    town = dateline_place(text, at)
    return None if town is None or town.capital else _dateline_town(text, at)


def _dateline_town(text: str, at: int) -> Place | None:
    """The town of the dateline opening the line that holds offset ``at``, a capital too."""
    match = DATELINE.match(text, text.rfind("\n", 0, at) + 1)
    town = dateline_place(text, at)
    if match is None or town is None or town.feature not in TOWNS:
        return None
    return candidate_place(town, match.group("place"), match.start("place"), match.end("place"))


def _sentence_place(trigger: Span, sentence: Span, places: list[Mention | Place],
                    document: Document, participants: Sequence[Span]) -> Place | None:
    """The place the sentence gives the event (module doc, steps 1 to 5), first within the
    trigger's own part of a sentence that semicolons join (:func:`_semicolon_part`)."""
    text = document.text
    part = _semicolon_part(text, sentence, trigger)
    if part != sentence:
        place = _sentence_place(trigger, part, places, document, participants)
        if place is not None and place.feature != "country":
            return place
    threat = _threat_content_start(text, trigger, sentence)
    about = min(_purpose_start(text, trigger, sentence), _later_content_start(text, trigger, sentence), threat)
    inside = []
    for item in places:
        place = _as_place(item)
        if place is not None and place.start is not None and place.end is not None \
                and sentence.start <= place.start and place.end <= sentence.end and place.start < about \
                and (not _overlaps(place, trigger) or _locative_in_trigger(text, trigger, place)) \
                and not _in_dateline(text, place) \
                and not _condition_after(text, trigger, place) \
                and not _concession_after(text, trigger, place) \
                and not _in_other_event_clause(text, sentence, trigger, place) \
                and not _other_day_after(document, sentence, trigger, place) \
                and not _linked_act_place(text, trigger, place) \
                and not _pact_made_at(text, trigger, place) \
                and not _in_topic(text, sentence, trigger, place) \
                and not _measured_apart(text, sentence, trigger, place) \
                and not _travel_destination(text, sentence, trigger, place) \
                and not _withdrawal_destination(text, sentence, trigger, place, places) \
                and not _onward_destination(text, sentence, trigger, place, places) \
                and not _water_resource(text, place) \
                and not _grievance_route(text, trigger, place) \
                and not _held_at(text, trigger, place) \
                and not _caught_at(text, trigger, place, places) \
                and not _campaign_aim(text, trigger, place) \
                and not _speaking_site(text, place) \
                and not _reporting_site(text, sentence, trigger, place) \
                and not _speaker_seat(text, sentence, trigger, place) \
                and not _report_tail(text, sentence, trigger, place) \
                and not _straddled_pair(text, place, places) \
                and not _in_member_aside(text, sentence, trigger, place) \
                and not _names_a_frontier(text, place, places) \
                and not _home_base(text, sentence, trigger, place) \
                and not _issuing_seat(text, trigger, place) \
                and not _asked_of(text, trigger, place) \
                and (not _names_no_scene(text[sentence.start:place.start][-80:], place)
                     or _trigger_destination(text, trigger, place)):
            inside.append(place)
    inside.sort(key=lambda p: p.start)  # type: ignore[arg-type,return-value]
    goals = [p for p in inside if _relative_goal(text, trigger, p)]
    if goals and any(p.feature != "country" and p not in goals for p in inside):
        inside = [p for p in inside if p not in goals]
    receiver = _aid_receiver(text, trigger, inside)
    if receiver is not None:  # "shipped relief to Sudan, loading aircraft at a base near Cairo"
        inside = [p for p in inside if p.country == receiver]
    locative = _locative_places(text, sentence, inside, sites=_deed(text, trigger))
    sites = [p for p in locative if p.feature != "country"]
    if sites and all(_road_destination(text[sentence.start:p.start][-80:]) for p in sites):  # type: ignore[misc]
        town = _road_side_town(text, trigger, sentence, inside, places)
        if town is not None:
            return town
    antecedent = _where_antecedent(text, sentence, trigger, places, participants)
    if antecedent is not None and not any(_in_where_clause(text, sentence, trigger, p) for p in locative):
        return antecedent
    reaction = _reaction_start(text, sentence, trigger)
    if reaction is not None and any(p.start >= trigger.end for p in locative):  # type: ignore[operator]
        locative = [p for p in locative if p.start > reaction]  # type: ignore[operator]
    care = [p for p in locative if _care_site(text, trigger, p)]
    if care and any(p not in care for p in locative):
        locative = [p for p in locative if p not in care]
    if locative:
        scene = _movement_destination(text, sentence, trigger, locative, participants) \
            or _nearest_scene(text, trigger, locative, participants, _is_statement(text[trigger.start:trigger.end]))
        if scene is not None and _unresolved(scene):
            scene = _pinned_by_next(text, scene, locative, participants)
        if scene is None:
            return None
        scene = _narrowed_by_town(text, scene, locative, participants)
        return _coordinated_scene(text, _named_settlement_near(text, scene, locative, participants), inside,
                                  participants)
    town = _anaphoric_town(text, sentence, trigger, inside, participants, about)
    if town is not None:
        return town
    home = _residents_place(text, trigger, inside) or _receivers_home(text, trigger, inside)
    if home is not None:
        return home
    if _is_statement(text[trigger.start:trigger.end]) or _is_measure(text, trigger) or threat < sentence.end:
        return None  # said where its authors are: a threat too ("would launch an offensive on Mosul")
    # a possessor standing for the part it owns ("Mosul's Old City", :func:`_nestings`) names the scene
    owners = [inner for _, inner, _ in _nestings(text, inside) if _POSSESSOR.match(text[inner.end:inner.end + 2])]
    named = [p for p in _inner_places(text, inside)
             if (not _POSSESSOR.match(text[p.end:p.end + 2]) or any(_same(p, o) for o in owners))
             and not _owner_of_an_office(text, p)
             and not _opens_organisation_name(text, p)
             and not _participant(text, trigger, p) and not _background_between(text, trigger, p)
             and not _talked_about(text, trigger, p)
             and not _pact_object(text, trigger, p)
             and not _in_other_content(text, sentence, trigger, p)]
    roads = [p for p in named if _route_end(text, p)]
    if len({(p.name or p.text) for p in roads}) < len({(p.name or p.text) for p in named}):
        # "workers in Konabari, Gazipur, blocked the Dhaka-Tangail highway": the towns a road is
        # named after only name the road; the one other town says where they blocked it
        named = [p for p in named if p not in roads]
    if len({(p.name or p.text) for p in named}) == 1 and not _taken(named[0], participants):
        # "blocked the Rumaila road": the road runs out to the place it is named after
        return _vicinity(named[0]) if _route_end(text, named[0]) else named[0]
    return _filed_from_country(text, trigger, sentence, inside)


#: "where" opening a relative clause of place, maybe after a comma: "to Qayyarah airbase*, where* ".
_WHERE = re.compile(r",?\s+where\s+", re.IGNORECASE)
#: Up to two lower-case words between a place and the "where" that refers back to it: a site's
#: or a settlement's head noun ("Qayyarah *airbase*, where", "Jenin *refugee camp*, where").
_WHERE_HEAD = re.compile(r"(?:\s+[a-z][\w'’-]*){0,2}")


def _where_antecedent(text: str, sentence: Span, trigger: Span, places: list[Mention | Place],
                      participants: Sequence[Span]) -> Place | None:
    """The place that a relative clause of place holding the trigger refers back to: the one
    right before its "where", up to two head nouns between ("streamed ... on their way to
    *Qayyarah* airbase, where Iraqi commanders are stationing an armoured division"), no clause
    break from "where" to the trigger; None when there is none or it is a participant. Why:
    "where" says outright that the clause's event happened at that place, which a phrase
    before it may have set apart as a destination ("on their way to") or a background."""
    wheres = list(_WHERE.finditer(text, sentence.start, trigger.start))
    if not wheres:
        return None
    where = wheres[-1]
    if _clause_break().search(text, where.end(), trigger.start):
        return None
    for item in places:
        place = _as_place(item)
        if place is None or place.start is None or place.end is None or place.start < sentence.start \
                or place.end > where.start() or in_dateline(text, place.start, place.end):
            continue
        if _WHERE_HEAD.fullmatch(text, place.end, where.start()) is not None:
            return None if _taken(place, participants) else place
    return None


def _in_where_clause(text: str, sentence: Span, trigger: Span, place: Place) -> bool:
    """Whether ``place`` lies after the trigger in its clause, before the next clause break:
    the relative clause of place names a scene of its own ("where forces massed at Gwer")."""
    start = place.start or 0
    return trigger.end <= start and not _clause_break().search(text, trigger.end, start)


#: The words an aid shipment's trigger may have before "to" and its receiving country, and
#: the words between "to" and the name: "shipped relief by air *to* flood-stricken Sudan".
_AID_TO = re.compile(rf"^(?P<object>(?:\s+[\w'’-]+){{0,{MAX_WORDS_BETWEEN}}})\s+to\s+(?:[\w'’-]+\s+){{0,2}}$")


def _aid_receiver(text: str, trigger: Span, inside: list[Place]) -> str | None:
    """The country an aid shipment is sent to by its trigger's own phrase ("Egypt shipped relief
    by air *to* flood-stricken Sudan, loading two aircraft at an air base east of the Egyptian
    capital"): the shipment's scene is where it goes, so a place in another country is where it
    was loaded or came from, the donor's, which reports of its arrival do not share."""
    if "AID" not in _trigger_types(text, trigger):
        return None
    breaks = load_lexicon().clause_breaks
    for place in inside:
        after = place.start >= trigger.end  # type: ignore[operator]
        gap = _AID_TO.match(text[trigger.end:place.start]) if after else None
        if place.feature == "country" and gap is not None and not _words(gap.group("object")) & breaks:
            return place.country
    return None


def _reaction_start(text: str, sentence: Span, trigger: Span) -> int | None:
    """Where a verb of ``reaction_verbs`` governing the trigger, a noun a few words on, starts
    ("families in Sfax *celebrated* yesterday's release of ..."): the people reacting are
    somewhere else than the act, so the places before the verb are theirs, not the scene,
    when the act's noun phrase names one of its own."""
    match = _reaction_before().search(text, sentence.start, trigger.start)
    return match.start() if match else None


@lru_cache(maxsize=1)
def _reaction_before() -> re.Pattern[str]:
    """A verb of ``reaction_verbs`` and at most three words, at the end of the searched part."""
    return re.compile(rf"\b(?i:{_alternation(load_lexicon().reaction_verbs)})\s+(?:[\w'’-]+\s+){{0,3}}$")


def _road_side_town(text: str, trigger: Span, sentence: Span, inside: list[Place],
                    places: list[Mention | Place]) -> Place | None:
    """The town of the people who cut a road, when the clause names only where the road leads
    ("blocked the highway leading to the border crossing", :func:`_road_destination`): the far end
    may lie a province away, while the protesters' own town ("Misrata residents") or, in the
    story's lead, a provincial dateline's town is where the road was cut."""
    home = _residents_place(text, trigger, inside)
    if home is not None or not _deed(text, trigger):
        return home
    if any(p is not None and p.end is not None and p.end <= sentence.start and not _in_dateline(text, p)
           for p in map(_as_place, places)):
        return None
    return _provincial_dateline(text, sentence.start)


def _semicolon_part(text: str, sentence: Span, trigger: Span) -> Span:
    """The part of ``sentence`` between the semicolons around the trigger: "gunmen ambushed a
    bus near al-Sukhnah ...; far to the north, Azaz was burying the victims of Friday's car
    bombing" joins two scenes, and the part that tells the bombing names its own. A place
    there wins; only a part that names none (or only a country) reads the whole sentence."""
    start = text.rfind(";", sentence.start, trigger.start)
    end = text.find(";", trigger.end, sentence.end)
    return Span(sentence.start if start < 0 else start + 1, sentence.end if end < 0 else end)


#: "on the road *between* Kfar Kila and Deir Mimas": a point between two towns, no operation at both.
_ROAD_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:towns|villages|cities)\s+of\s+)?$", re.IGNORECASE)
#: What joins two coordinated names: "Gaziantep *and* Sanliurfa", "Izmir*, *Manisa *and* Aydin".
_COORDINATION = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _coordinated_scene(text: str, scene: Place, inside: list[Place], participants: Sequence[Span]) -> Place | None:
    """The smallest unit holding every town coordinated with the scene ("raids *in
    Gaziantep and Sanliurfa*", "across Izmir, Manisa and Aydin"): a coordinated operation
    has no one town as its scene, and another report names the same towns in another order
    or by other names, so pinning it on the first would set two reports of it apart. Their
    province when all lie in one, else their country; towns of several countries give no
    place (:func:`_common_unit`). A scene that is no town, a town named alone, towns a
    road runs between ("the road *between* Kfar Kila and Deir Mimas") or towns the text
    places itself ("the villages of Arman and Malah *in the countryside of* Sweida", read
    as one phrase by :func:`_with_containers`) stays."""
    if scene.feature not in TOWNS or _unresolved(scene):
        return scene
    chain = [scene]
    for place in inside:  # the sentence's places in text order: extend the chain both ways
        if place.start > chain[-1].end and _joined(text, chain[-1], place, participants):  # type: ignore[operator]
            chain.append(place)
    for place in reversed(inside):
        if place.end < chain[0].start and _joined(text, place, chain[0], participants):  # type: ignore[operator]
            chain.insert(0, place)
    last = chain[-1].end
    if len({p.geonameid for p in chain}) < 2 or _ROAD_BETWEEN.search(text, 0, chain[0].start) \
            or any(p.start > last and _contained_in().match(text[last:p.start])  # type: ignore[operator,misc]
                   for p in inside):
        return scene
    return _common_unit(text, chain) or scene


def _joined(text: str, first: Place, then: Place, participants: Sequence[Span]) -> bool:
    """Whether ``then`` is a town coordinated right after ``first`` (only a comma or "and"
    between them, or "and" opening a second site: :func:`_second_site`) and no participant.
    A town named as the area it heads ("Sopore, Baramulla *district*") holds ``first``
    rather than standing beside it."""
    return (then.feature in TOWNS and not _unresolved(then) and not _taken(then, participants)
            and _area_after().match(text, then.end) is None  # type: ignore[arg-type]
            and (_COORDINATION.fullmatch(text, first.end, then.start) is not None  # type: ignore[arg-type]
                 or _second_site(text, first, then)))


def _second_site(text: str, first: Place, then: Place) -> bool:
    """Whether ``then`` ends a second site phrase of one act after "and", ``first`` ending
    the first ("outside the office *in* Ahvaz *and in front of* the governor's office *in*
    Shush", "in Zarqa *and in the southern city of* Maan"): each phrase opens with a
    preposition of ``site_prepositions``, and only a few words, no clause, lie between."""
    opening, gap = _site_phrases()
    if opening.search(text, 0, first.start) is None:  # type: ignore[arg-type]
        return False
    if gap.fullmatch(text, first.end, then.start) is not None:  # type: ignore[arg-type]
        return True
    # "in Zarqa *and in the southern city of* Maan": a second locative phrase of modifiers only
    between = text[first.end:then.start]  # type: ignore[misc]
    link = re.match(r"\s+and\s+", between)
    phrase = _locative_phrase().search(between) if link else None
    return phrase is not None and phrase.start() == link.end() \
        and " ".join(phrase.group("preposition").lower().split()) in load_lexicon().site_prepositions


@lru_cache(maxsize=1)
def _site_phrases() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The first site phrase's opening before a town (:func:`_second_site`), and what joins
    the town to the next: "and", maybe a site's preposition and a few words, then one."""
    sites = _alternation(load_lexicon().site_prepositions)
    words = rf"(?:[\w'’-]+\s+){{0,{MAX_WORDS_BETWEEN}}}"
    return (re.compile(rf"(?<![\w-])(?i:{sites})\s+{words}$"),
            re.compile(rf"\s+and\s+(?:(?i:{sites})\s+{words}?)?(?i:{sites})\s+"))


def _common_unit(text: str, towns: list[Place]) -> Place | None:
    """The first-level unit (province, governorate) holding all ``towns``, else their
    country when they lie in several, else None (several countries, or a town the gazetteer
    does not hold); spanning the names from the first town to the last."""
    gazetteer = Gazetteer.load()
    readings = [next((c for c in gazetteer.lookup(t.name or t.text) if c.geonameid == t.geonameid), None)
                for t in towns]
    countries = {r.country for r in readings if r is not None}
    if None in readings or len(countries) != 1:
        return None
    country = countries.pop()
    start, end = towns[0].start, towns[-1].end
    units = {r.admin1 for r in readings if r is not None}
    if len(units) == 1 and None not in units:
        unit = admin1_unit(gazetteer, country, units.pop())  # type: ignore[arg-type]
        if unit is not None:
            return candidate_place(unit, text[start:end], start, end)  # type: ignore[arg-type,misc]
    whole = next((c for c in gazetteer.lookup(gazetteer.country(country).name)
                  if c.feature == "country" and c.country == country), None)
    return candidate_place(whole, text[start:end], start, end) if whole else None  # type: ignore[arg-type,misc]


#: Clause breaks that join clauses as equals: "flew to Sanaa *and* struck the port" tells
#: the strike at the destination of the flight.
_COORDINATORS = frozenset({"and", "but", "or"})


#: Particles between a verb of travel and its "to" or "from" ("flew in from", "flying on to").
_TRAVEL_PARTICLES = frozenset({"in", "on", "back", "out", "over", "home"})


def _travel_destination(text: str, sentence: Span, trigger: Span, place: Place) -> bool:
    """Whether ``place`` follows "to" right after a verb of ``travel_verbs`` and a
    subordinating clause break (a word of ``clause_breaks`` other than a coordinator) sets
    the trigger's clause apart from the travel's: "Travellers will be able to *sail to* Iran
    from December *after* the ministers gave the go-ahead" -- where people are to go, not
    where the go-ahead was given. Warplanes that "flew to Sanaa and struck the port" struck
    it there. So does a place on the route of a journey, after a passage preposition and up
    to four words behind a travel word, in a clause that a subordinating break or a comma and
    "and" set apart: "freed the diggers, and the consulate is arranging their *journey* home
    by road *through* Arqin" says how they are to go home."""
    lexicon = load_lexicon()
    words = [w.lower() for w in re.findall(r"[\w'’-]+", text[sentence.start:place.start])]  # type: ignore[misc]
    words = words[:-1] if words[-1:] == ["the"] else words
    # "flew *in from* Ankara", "flying *on to* Baghdad": a particle may stand before "to" or
    # "from", and the place a traveller came from is no scene of another verb's event either
    verb = words[:-1] if words[-2:-1] and words[-2] in _TRAVEL_PARTICLES else words
    to = len(verb) >= 2 and words[-1] in ("to", "from") and verb[-2] in lexicon.travel_verbs
    route = bool(words) and words[-1] in lexicon.passage_locatives and bool(set(words[-5:-1]) & lexicon.travel_verbs)
    if not (to or route):
        return False
    if to and words[-1] == "from" and place.end <= trigger.start:  # type: ignore[operator]
        return True  # "Turkey's minister, who flew in from Ankara, and his host consented": he left it
    first, last = sorted((trigger.start, place.start))  # type: ignore[type-var]
    between = text[first:last]  # type: ignore[index]
    subordinators = lexicon.clause_breaks - _COORDINATORS
    return any(w.lower() in subordinators for w in re.findall(r"[\w'’-]+", between)) \
        or route and re.search(r",\s+and\b", between) is not None


def _withdrawal_destination(text: str, sentence: Span, trigger: Span, place: Place,
                            places: list[Mention | Place]) -> bool:
    """Whether ``place`` is where a withdrawal went back to ("the troops *withdrew to* their
    positions on Mount Hermon": a trigger of ``withdrawal_verbs``, "to" and up to four words
    of its clause) while the sentence names the place the force left ("pulled its vehicles
    *out of* Jubatha"): a withdrawal happened where it was from, not at the rear it ended at.
    With no such origin the destination is the one place the text gives."""
    lexicon = load_lexicon()
    verb = " ".join(text[trigger.start:trigger.end].lower().split())
    if not any(verb == v or verb.startswith(v + " ") for v in lexicon.withdrawal_verbs) \
            or place.start is None or place.start < trigger.end:
        return False
    gap = re.fullmatch(r"\s+(?:back\s+)?to\s+((?:[\w'’-]+\s+){0,4})", text[trigger.end:place.start])
    if gap is None or _words(gap.group(1)) & lexicon.clause_breaks:
        return False
    return any(other.start is not None and other.start != place.start
               and sentence.start <= other.start < sentence.end  # type: ignore[operator]
               and _source_before().search(text, sentence.start, other.start) is not None  # type: ignore[arg-type]
               for other in filter(None, map(_as_place, places)))


def _onward_destination(text: str, sentence: Span, trigger: Span, place: Place,
                        places: list[Mention | Place]) -> bool:
    """Whether ``place`` follows "to" after a verb of ``onward_verbs`` that "and" or "then"
    joins to the trigger ("were set free in Salif *and flown to* Muscat", "freed on Monday and
    flown from Sanaa to Muscat") while the sentence names another place before it: those the
    event concerns were taken there afterwards, so it is no scene of the event itself. With
    no other place the destination is the one place the text gives."""
    if place.start is None or place.start < trigger.end \
            or _onward_gap().fullmatch(text, trigger.end, place.start) is None:  # type: ignore[arg-type]
        return False
    return any(other.start is not None and sentence.start <= other.start < place.start  # type: ignore[operator]
               and not (trigger.start <= other.start < trigger.end)  # type: ignore[operator]
               for other in filter(None, map(_as_place, places)))


@lru_cache(maxsize=1)
def _onward_gap() -> re.Pattern[str]:
    """From a trigger to a place: up to eight words, "and" or "then", a verb of
    ``onward_verbs`` (maybe with "from"/"via" and a name of up to four words), then "to"."""
    verbs = _alternation(load_lexicon().onward_verbs)
    return re.compile(rf"(?:,?\s+[\w'’-]+){{0,8}}?,?\s+(?:and|then)\s+(?:(?:then|later|were|was|subsequently)\s+)*"
                      rf"(?i:{verbs})\s+(?:(?:from|via)\s+(?:[\w'’.-]+\s+){{1,4}}?)?to\s+(?:the\s+)?")


@lru_cache(maxsize=1)
def _source_before() -> re.Pattern[str]:
    """A preposition of ``source_locatives`` and up to three words, right before a place."""
    return re.compile(rf"\b(?i:{_alternation(load_lexicon().source_locatives)})\s+(?:[\w'’-]+\s+){{0,3}}$")


def _pact_object(text: str, trigger: Span, place: Place) -> bool:
    """Whether ``place`` follows the trigger of a meeting, a call or an agreement (a first
    word of ``pact_triggers``) inside its object, outside a locative phrase: what was
    discussed or agreed ("discussed Turkey's contribution to the international force for
    Gaza in a phone call"), not where. The object itself may be the place ("visited
    Baghdad"), and a place named before the trigger may be the scene ("Damascus, September
    4, SPA -- Prince Faisal met today with ...")."""
    words = text[trigger.start:trigger.end].split()
    if not words or words[0].lower() not in load_lexicon().pact_triggers \
            or place.start < trigger.end:  # type: ignore[operator]
        return False
    obj, _ = _argument_gaps()
    return not obj.match(text[trigger.end:place.start])  # type: ignore[misc]


#: The words before a pact participle that make it the sentence's own verb ("the truce *was*
#: brokered in Cairo"), not a reduced relative clause after a noun.
_AUXILIARIES = BE_WORDS | {"has", "have", "had", "being"}


def _pact_made_at(text: str, trigger: Span, place: Place) -> bool:
    """Whether ``place`` follows a participle of ``pact_participles`` and its locative after a
    noun that is not the trigger: "calling the attack a breach of the ceasefire *brokered in*
    Moscow" says where the ceasefire was made, which only modifies a noun of the complement,
    not where the event happened. A participle after an auxiliary is a clause's verb ("the deal
    was signed in Doha"), and one whose noun is the trigger ("the truce brokered in Cairo")
    tells the event's own place."""
    before = text[max(0, place.start - 80):place.start]  # type: ignore[operator]
    phrase = _locative_phrase().search(before)
    if phrase is None:
        return False
    lead = before[:phrase.start("preposition")]
    match = _pact_participle().search(lead)
    if match is None or match.group("noun").lower() in _AUXILIARIES:
        return False
    noun_end = place.start - len(before) + match.end("noun")  # type: ignore[operator]
    return not (trigger.start < place.start and noun_end - 1 < trigger.end)  # the trigger: its noun or participle


@lru_cache(maxsize=1)
def _pact_participle() -> re.Pattern[str]:
    """A word (group ``noun``) and a participle of ``pact_participles`` at the end of a string."""
    participles = _alternation(load_lexicon().pact_participles)
    return re.compile(rf"\b(?P<noun>[\w'’-]+)\s+(?i:{participles})\s*$")


#: A title or an office and "of" before a country: "the President *of* the Syrian Arab
#: Republic", "the Minister of Interior *of* the Republic of Iraq".
_OFFICE_OF = re.compile(r"\b[A-Z][a-z]+\s+of\s+(?:the\s+)?$")


#: An office noun and "for" before a place: "the UN special envoy for ", "Minister for ".
_OFFICE_FOR = re.compile(r"\b(?P<office>[A-Za-z]+)\s+for\s+(?:the\s+)?$")
#: An office noun and "of" before a place: "the governor of ".
_HEAD_OF = re.compile(r"\b(?P<office>[A-Za-z]+)\s+of\s+(?:the\s+)?$")


def _owner_of_an_office(text: str, place: Place) -> bool:
    """Whether ``place`` is a country named as the owner of an office ("the President of the
    Syrian Arab Republic"), which, like a possessor ("Syria's president"), is no scene; or
    any place named as an office's remit after a ``mandate_nouns`` word and "for" ("the UN
    special envoy for Yemen") or after a word of ``admin_office_words`` or
    ``settlement_office_words`` and "of" ("the governor of South Kordofan described")."""
    before = text[max(0, place.start - 40):place.start]  # type: ignore[operator]
    lexicon = load_lexicon()
    remit = _OFFICE_FOR.search(before)
    if remit is not None and remit.group("office").lower() in lexicon.mandate_nouns:
        return True
    head = _HEAD_OF.search(before)
    heads = lexicon.admin_office_words | lexicon.settlement_office_words
    if head is not None and head.group("office").lower() in heads:
        return True
    return place.feature == "country" and bool(_OFFICE_OF.search(before))


#: The capitalised words right after a place, possessives among them: " Chief Public
#: Prosecutor's Office" after "Istanbul", " Faction" after "Jerusalem".
_NAME_AFTER = re.compile(r"(?:[ ][A-Z][\w-]*(?:['’]s)?){1,5}")


def _opens_organisation_name(text: str, place: Place) -> bool:
    """Whether ``place`` opens an organisation's name, one whose capitalised words after it
    hold a noun that heads such names: the actor KB's ``org_heads`` ("the Jerusalem
    *Faction*"), places.yaml's ``office_nouns`` ("the Istanbul Chief Public Prosecutor's
    *Office*") or ``organisation_nouns`` ("the Basra Oil *Company*"). Such a place names the
    body, like a possessor ("Iran's foreign minister"), and is no scene of the sentence:
    "Nine were arrested after members of the Jerusalem Faction blocked a highway" does not
    put the arrests in Jerusalem. A locative phrase still makes it one ("a bomb exploded at
    the Basra Oil Company's offices")."""
    after = _NAME_AFTER.match(text, place.end)  # type: ignore[call-overload]
    if after is None:
        return False
    lexicon = load_lexicon()
    nouns = lexicon.office_nouns | lexicon.organisation_nouns
    return any(word.lower() in nouns or _actor_names().org_head(word)
               for word in re.findall(r"[A-Z][\w-]*", after.group()))


@lru_cache(maxsize=1)
def _actor_names() -> ActorNames:
    """The packaged actor KB's names, for the nouns that head organisations' names."""
    return ActorNames(load_kb())


def _filed_from_country(text: str, trigger: Span, sentence: Span, inside: list[Place]) -> Place | None:
    """The sentence's mention of the country the story's dateline lies in ("BEIRUT (Reuters)
    - *Lebanon*'s army has arrested several people"), when nothing else places the event:
    a story filed from the country it names is about something that happened there, though
    the dateline's town need not be where (the arrests were in Tyre). Only the country: a
    wire bureau covers the whole country, and a report filed elsewhere ("DUBAI (AFP) -
    Yemen's Huthis ...") names another country and gets no place from its dateline. The
    mention may be a participant's ("Lebanon's army"): the dateline, not the party, says the
    event is in it. A mention in a background clause does not count ("ISTANBUL - Israeli
    forces seized a vessel bound for Gaza, *as Turkey's* foreign ministry demanded the crew's
    release"): that clause comments on the event from the story's home country, and an event
    of the foreign parties, with nothing to place it, is better given no place than the
    bureau's."""
    country = dateline_country(text, sentence.start)
    if country is None:
        return None
    return next((p for p in inside if p.feature == "country" and p.country == country
                 and not _background_between(text, trigger, p)), None)


def _pinned_by_next(text: str, scene: Place, locative: list[Place], participants: Sequence[Span]) -> Place:
    """"at a post in the Hamrin mountains, northeast of Baqubah": a scene the gazetteer cannot
    place gives way to the next place of its clause that it can, which says where it lies."""
    for place in locative:
        if place.start > scene.start and not _unresolved(place) and not _taken(place, participants) \
                and not _clause_break().search(text[scene.end:place.start].replace(",", " ")):  # type: ignore[operator]
            return place  # a comma sets off the phrase that places it
    return scene


def _narrowed_by_town(text: str, scene: Place, locative: list[Place], participants: Sequence[Span]) -> Place:
    """A town of its country that a later locative phrase of the sentence names, when the
    scene is a region ("crossed into *northern Syria* this morning and handed out flour to
    families sheltering in tents *near Azaz*"): the deed goes on in the region's town, which
    other reports name; no subordinate clause ("after", "which", "as") may stand between.
    A province gives way so to a town of it that a settlement phrase names, commas or not
    ("in a separate attack *in Diyala* today, gunmen shot dead a councillor outside his home
    *in the town of Khalis*"): two reports of a province's two towns are two scenes."""
    if scene.country is None:
        return scene
    breaks = load_lexicon().clause_breaks - {"and"}
    if scene.feature == "admin1":
        return _province_town(text, scene, locative, participants, breaks)
    if scene.feature != "region":
        return scene
    for place in locative:
        gap = text[scene.end:place.start]  # type: ignore[misc]
        # the deed goes on in a predicate "and" joins before any comma: "men they had seized
        # near Ajdabiya" after a comma describes them, not where the release was
        comma, joined = gap.find(","), re.search(r"\band\b", gap)
        if place.start > scene.end and _level(place) <= _FINENESS["city"] and place.country == scene.country \
                and not _unresolved(place) and not _taken(place, participants) \
                and not _words(gap) & breaks and ";" not in gap \
                and (comma < 0 or joined is not None and joined.start() < comma):
            return place
    return scene


def _province_town(text: str, scene: Place, locative: list[Place], participants: Sequence[Span],
                   breaks: frozenset[str] | set[str]) -> Place:
    """The town of province ``scene`` that a later settlement phrase of its clause names
    (:func:`_narrowed_by_town`), within ``PROVINCE_TOWN_KM`` of the province's point."""
    for place in locative:
        gap = text[scene.end:place.start]  # type: ignore[misc]
        if place.start > scene.end and place.feature in TOWNS and place.country == scene.country \
                and place.lat is not None and scene.lat is not None \
                and not _taken(place, participants) and not _words(gap) & breaks and ";" not in gap \
                and _settlement_before().search(text, max(0, place.start - 40), place.start) \
                and distance_km(place.lat, place.lon, scene.lat, scene.lon) <= PROVINCE_TOWN_KM:  # type: ignore[arg-type]
            return place
    return scene


def _named_settlement_near(text: str, scene: Place, locative: list[Place],
                           participants: Sequence[Span]) -> Place:
    """A town the sentence names as such ("hitting sites on the outskirts of *the town of
    Kisweh*") rather than the city the event is placed near ("air strikes near Damascus"):
    the settlement phrase is the more exact scene when it lies within
    ``SETTLEMENT_NEAR_KM`` of the city, on its side of a frontier ("massed at Akcakale, facing
    the Syrian town of Tal Abyad" stayed in Turkey)."""
    for place in locative:
        if place is scene or _taken(place, participants) or place.lat is None or scene.lat is None \
                or place.country != scene.country:
            continue
        if place.feature in TOWNS and scene.feature in TOWNS \
                and _settlement_before().search(text, max(0, place.start - 40), place.start) \
                and distance_km(place.lat, place.lon, scene.lat, scene.lon) <= SETTLEMENT_NEAR_KM:  # type: ignore[arg-type]
            return place
    return scene


def _in_dateline(text: str, place: Place) -> bool:
    """Whether ``place`` lies in the dateline that opens its line: where the story was
    filed, so never the scene, though the first sentence holds it."""
    return in_dateline(text, place.start, place.end)  # type: ignore[arg-type]


#: A comma and "as", "while" or "whereas" opening a comment clause on a deed: "sent troops to
#: its border with Mali, a source said, *as* rebels tighten their grip on northern Mali".
_COMMENT_CLAUSE = re.compile(r"[,;]\s*(?:as|while|whereas)\b", re.IGNORECASE)


def _nearest_scene(text: str, trigger: Span, locative: list[Place],
                   participants: Sequence[Span], statement: bool = False) -> Place | None:
    """The locative place nearest the trigger; when that is a participant ("drones launched
    at U.S. forces at an air base in Erbil"), the nearest place in its clause that is none,
    after it or before it ("aircraft arrived at Port Sudan airport carrying aid from Egypt"),
    else no place ("the attack on Israel"). Places the trigger's own clause holds come first:
    in "reiterated their opposition to a plan to take over Gaza City after a meeting ... in
    the Egyptian capital", the meeting was in Cairo, though Gaza City stands nearer. A
    ``statement`` takes a place of its own clause only: "a drone targeted their car in south
    Lebanon, and urged the state to act" says where the strike was, not the appeal. Nor does
    a deed take a place from a comment clause after it (``_COMMENT_CLAUSE``): an "after"
    clause may tell how the event came about, and keeps its place."""
    own = [p for p in locative if not _subordinate_between(text, trigger, p)]
    if statement and not own:
        return None
    if not own:
        # a comment clause after the deed ("sent troops to its border with Mali, a source
        # said, *as* rebels tighten their grip on northern Mali") tells no place of it
        locative = [p for p in locative if p.start < trigger.start  # type: ignore[operator]
                    or not _COMMENT_CLAUSE.search(text[trigger.end:p.start])]  # type: ignore[misc]
        if not locative:
            return None
    nearest = min(own or locative, key=lambda p: _distance(trigger, p))
    if not _taken(nearest, participants):
        return nearest
    further = [p for p in locative if not _taken(p, participants)
               and (_same_clause_after(text, nearest, p) or _same_clause_after(text, p, nearest))]
    return min(further, key=lambda p: _distance(trigger, p)) if further else None


def _movement_destination(text: str, sentence: Span, trigger: Span, locative: list[Place],
                          participants: Sequence[Span]) -> Place | None:
    """The locative place within ``MAX_WORDS_BETWEEN`` words after a phrase of
    ``destination_phrases`` that "and" or a comma joins to a movement's trigger (its type
    one of ``MOVEMENTS``), no subordinating clause break between: "a column of tanks crossed
    the frontier near Kilis *and headed to* bases around al-Bab" moved the force to al-Bab;
    the point it passed is no scene that reports of the move share. Not a move that names
    its crossing (a passage preposition: "entered Sudan *through* the Argeen land port,
    bound for ..."), which pins the scene (:func:`_passages_first`), nor a thing the move
    goes along with ("sent frigates to accompany a drillship heading for ...")."""
    if not _trigger_types(text, trigger) & MOVEMENTS:
        return None
    phrase = _destination_phrase().search(text, trigger.end, sentence.end)
    lexicon = load_lexicon()
    if phrase is None or _words(text[trigger.end:phrase.start()]) \
            & (lexicon.clause_breaks - _COORDINATORS | lexicon.passage_locatives):
        return None
    return next((p for p in locative if p.start is not None and p.start >= phrase.end()
                 and not _taken(p, participants) and not re.search(r"[,;]", text[phrase.end():p.start])
                 and len(re.findall(r"[\w'’-]+", text[phrase.end():p.start])) <= MAX_WORDS_BETWEEN), None)


@lru_cache(maxsize=1)
def _destination_phrase() -> re.Pattern[str]:
    """ "and" (maybe "then") or a comma, then a phrase of ``destination_phrases``: " and
    headed to", ", bound for"."""
    return re.compile(rf"(?:,|\band)\s+(?:then\s+)?(?i:{_alternation(load_lexicon().destination_phrases)})\b")


def _subordinate_between(text: str, trigger: Span, place: Place) -> bool:
    """Whether a word that opens a subordinate clause ("after", "which", "while"), or a
    comma and "and" that open a coordinate one, stand between the trigger and the place; "and"
    alone (between two names) and a comma alone (around an apposition) do not."""
    lo, hi = (place.end, trigger.start) if place.start < trigger.start else (trigger.end, place.start)
    between = text[lo:hi]  # type: ignore[index]
    return bool(_words(between) & (load_lexicon().clause_breaks - {"and"})) \
        or re.search(r",\s+and\b", between) is not None


def _talked_about(text: str, trigger: Span, place: Place) -> bool:
    """Whether ``place``, named in no locative phrase, follows a trigger of ``talking_over``
    (events.yaml) in its clause: "the two presidents *reviewed* Haniyeh's killing and the Gaza
    war" by phone names what they talked about; a call has no place unless the text gives one.
    A comma or "and" only lists the topics."""
    if not _talking_over(text, trigger) or place.start < trigger.end:  # type: ignore[operator]
        return False
    breaks = _clause_break().finditer(text, trigger.end, place.start)  # type: ignore[arg-type]
    return all(m.group().lower() in (",", "and") for m in breaks)


def _background_between(text: str, trigger: Span, place: Place) -> bool:
    """Whether a word of ``background_openers`` ("as", "while") stands between the trigger
    and the place: "arrested several people ..., *as Beirut seeks* to show it can enforce
    the ceasefire" comments on the event, and its places are not the event's. A clause that
    tells the event itself keeps its place ("were martyred *when* a drone struck their car at
    the entrance of Naqoura"), and so does "as" right after a word, no comma before it:
    "dozens were wounded *as shells pounded* the market of Kadugli" tells how they were."""
    lo, hi = (place.end, trigger.start) if place.start < trigger.start else (trigger.end, place.start)
    between = text[lo:hi]  # type: ignore[index]
    openers = _words(between) & load_lexicon().background_openers
    if "as" in openers and not re.search(r"(?:^|[^\w\s]\s*)\bas\b", between, re.IGNORECASE):
        openers.discard("as")
    if openers == {"which"} and place.start > trigger.end and _tells_the_event(text, trigger, lo, hi):
        return False
    return bool(openers)


#: "which" (maybe after a comma, maybe after a preposition) right after a noun: the relative
#: clause that describes it ("the explosion which", "the raid in which").
_RELATIVE_AFTER_NOUN = re.compile(r"\b(?P<noun>[A-Za-z][\w-]*),?\s+(?:(?:in|during|at)\s+)?which\b")
#: The same clause on the trigger itself, maybe after a day or a time of it: "the ambush *on
#: Sunday in which* gunmen ... killed five rangers", "the raid *last night during which*".
_RELATIVE_ON_TRIGGER = re.compile(
    r"(?:\s+(?:on|last|this|early|late)\s+[\w-]+)?,?\s+(?:(?:in|during|at)\s+)?which\b", re.IGNORECASE)


def _tells_the_event(text: str, trigger: Span, lo: int, hi: int) -> bool:
    """Whether the one "which" between the trigger and a place after it opens a relative clause on
    a noun that is itself a trigger of the event's type: "raised to 12 dead the toll of *the
    explosion which* devastated the market of Tuz Khurmatu" tells where the blast the toll
    counts went off, not a background matter. Not "arrested three men over *the bombing which*
    killed 20 in Kirkuk": an arrest is no bombing. A clause on the trigger itself ("*the ambush
    on Sunday in which* gunmen ... in Yala province") tells the event too."""
    if _RELATIVE_ON_TRIGGER.match(text, trigger.end, hi):
        return True  # the clause describes the event itself
    match = _RELATIVE_AFTER_NOUN.search(text, lo, hi)
    if match is None:
        return False
    kinds = _trigger_types(text, trigger) - {None}
    word = match.group("noun").lower()
    if "ASSAULT" in kinds and (word in load_lexicon().attack_nouns
                               or load_event_lexicon().in_class(word, "explosions")):
        return True  # a blast or an attack that is no trigger alone ("the explosion which")
    noun = Span(start=match.start("noun"), end=match.end("noun"))
    return bool(kinds & _trigger_types(text, noun))


def _in_topic(text: str, sentence: Span, trigger: Span, place: Place) -> bool:
    """Whether ``place`` lies in a phrase of what the event is about or whom it serves,
    opened by a phrase of ``topic_openers`` earlier in its clause: "a meeting at Bayan Palace
    ..., *going over* navigation in the Khor Abdullah waterway", "consultations that
    *centred on* the Khor Abdullah agreement", "fired missiles *in support of* the people of
    Gaza". The talks were at the palace and the missiles hit where they hit; the topic's
    or the beneficiary's place is neither, whatever the event. An opener inside the trigger
    opens nothing of its own, but a trigger of talking over opens its object
    (:func:`_talk_object`). After the trigger of talks or of an agreement the topic runs on
    over commas and "and", which list its matters or describe them: "exchanged views on
    reopening the Trebil crossing, *shut by the militants' advance in Anbar*, and on the
    pipeline" were no talks in Anbar."""
    if place.start >= trigger.end and (_talking_over(text, trigger) or _topic_lists(text, trigger)) \
            and _topic_noun_before().search(text[sentence.start:place.start][-80:]):  # type: ignore[misc]
        return True  # "discussed regional issues, including *the war in* Syria": a matter talked over
    ends = [m.end() for m in _topic_opener().finditer(text, sentence.start, place.start)  # type: ignore[arg-type]
            if not (m.start() < trigger.end and trigger.start < m.end())]
    if _talk_object(text, trigger, place):
        ends.append(trigger.end)
    if not ends:
        return False
    talks = max(ends) >= trigger.end and (_talking_over(text, trigger) or _topic_lists(text, trigger))
    return all(talks and m.group().lower() in (",", "and")
               for m in _clause_break().finditer(text, max(ends), place.start))  # type: ignore[arg-type]


def _talking_over(text: str, trigger: Span) -> bool:
    """Whether the trigger's first word is one of ``talking_over`` (events.yaml): "reviewed"."""
    words = text[trigger.start:trigger.end].lower().split()
    return bool(words) and load_event_lexicon().in_class(words[0], "talking_over")


def _topic_lists(text: str, trigger: Span) -> bool:
    """Whether every type the trigger may be is a meeting's or an agreement's (``GATHERINGS``)."""
    types = _trigger_types(text, trigger)
    return bool(types) and types <= GATHERINGS


def _talk_object(text: str, trigger: Span, place: Place) -> bool:
    """Whether ``place`` lies in a locative phrase inside the object of a trigger of
    ``talking_over``: "reviewed the pipeline meant to link the fields *to Aqaba* port" talked
    about the port, not at it. A place after a preposition of ``site_prepositions`` is where
    the talks were ("discussed water sharing *in* Aqaba", "examined the timetable for the vote
    *at* Ain al-Tineh"). A place in no locative phrase is left to :func:`_talked_about`."""
    if not _talking_over(text, trigger) or place.start < trigger.end:  # type: ignore[operator]
        return False
    phrase = _locative_phrase().search(text[trigger.end:place.start])  # type: ignore[misc]
    return phrase is not None \
        and " ".join(phrase.group("preposition").lower().split()) not in load_lexicon().site_prepositions


def _measured_apart(text: str, sentence: Span, trigger: Span, place: Place) -> bool:
    """Whether ``place`` lies in the locative phrase of a noun of ``measure_nouns`` ("inflows
    *at* Mosul Dam had fallen", "prices in Basra rose") and a comma or a semicolon stands
    between it and the trigger: the phrase says where a quantity was measured, in a clause
    of its own, and is no scene of an event told in another ("..., saying inflows at Mosul
    Dam had fallen, and argued that pledges made during Erdogan's visit had not been
    honoured" does not put the visit at the dam). In the trigger's own clause the measure
    may tell what the event did there ("output at the Khor Mor field halted after a drone
    strike")."""
    before = text[sentence.start:place.start][-80:]  # type: ignore[misc]
    phrase = _locative_phrase().search(before)
    if phrase is None:
        return False
    lead = re.findall(r"[\w'’-]+", before[:phrase.start("preposition")].lower())
    if not lead or lead[-1] not in load_lexicon().measure_nouns:
        return False
    before_trigger = place.start < trigger.start  # type: ignore[operator]
    lo, hi = (place.end, trigger.start) if before_trigger else (trigger.end, place.start)
    return re.search(r"[,;]", text[lo:hi]) is not None  # type: ignore[index]


@lru_cache(maxsize=1)
def _topic_noun_before() -> re.Pattern[str]:
    """A noun of ``topic_nouns`` and a locative preposition (maybe "the" and one lower-case
    word) at the end of a string: "the crisis in ", "security in the ", "the fighting around
    ". After the trigger of talks or of a meeting the place names a matter talked over
    ("received his guest ..., and the two sides reviewed *security in* the Strait of Hormuz"),
    not where the talks were."""
    nouns = _alternation(load_lexicon().topic_nouns)
    return re.compile(rf"\b(?i:{nouns})\s+(?:in|on|over|around|across|along|inside|off)\s+(?:the\s+)?"
                      rf"(?:[a-z][\w'’-]*\s+)?$")


@lru_cache(maxsize=1)
def _topic_opener() -> re.Pattern[str]:
    """A phrase of ``topic_openers``, any run of spaces between its words and maybe a day
    (:func:`_day_word`) too: "exchanged views *yesterday* on"."""
    phrases = sorted(load_lexicon().topic_openers, key=len, reverse=True)
    gap = rf"\s+(?:(?:on\s+)?(?:{_day_word().pattern})\s+)?"
    return re.compile(r"\b(?i:" + "|".join(gap.join(map(re.escape, p.split())) for p in phrases) + r")\b")


def _condition_after(text: str, trigger: Span, place: Place) -> bool:
    """Whether ``place`` lies in a condition opened after the trigger by a word of
    ``condition_openers`` (time lexicon) and not closed by punctuation before it: "would strike tankers *if*
    Washington resumed air raids *on Yemen*" places the raids, which may never happen, not
    the threat; "..., saying the army had until May to disarm south of the Litani" is past
    the condition."""
    if place.start < trigger.end:  # type: ignore[operator]
        return False
    between = text[trigger.end:place.start]  # type: ignore[misc]
    openers = list(condition_opener(load_time_lexicon().condition_openers).finditer(between))
    return bool(openers) and not re.search(r"[,;:]", between[openers[-1].end():])



def _concession_after(text: str, trigger: Span, place: Place) -> bool:
    """Whether ``place`` lies in a concession opened after the trigger by a comma and a word
    of ``concession_openers``: "consented to rebuild the crude line to the Mediterranean,
    *though* exports through Turkey's Ceyhan terminal would remain the main outlet" names
    another matter's place, not the agreement's. Without the comma "while" tells when the
    event happened ("was shot while driving in Tyre") and keeps its place."""
    if place.start < trigger.end:  # type: ignore[operator]
        return False
    return _concession().search(text, trigger.end, place.start) is not None  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def _concession() -> re.Pattern[str]:
    """A comma or a semicolon and a word of ``concession_openers``."""
    return re.compile(rf"[,;]\s+(?i:{_alternation(load_lexicon().concession_openers)})\b")


def _words(text: str, first: int | None = None) -> set[str]:
    """The lower-case words of ``text`` (its first ``first`` only, if given)."""
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text)[:first]}


def _locative_places(text: str, sentence: Span, places: list[Place], sites: bool = False) -> list[Place]:
    """The places in a locative phrase (with ``sites``, for a deed, also a town named before a
    facility's noun: :func:`_facility_after`), each pair named as one phrase reduced to the place
    it is about (:func:`_with_containers`), wide places pinned down by a crossing given way
    (:func:`_passages_first`), less a place that only leads to the scene when a locative
    place follows it in its clause: one something came from ("from Gaza" before "at
    Ashkelon", "rolled out of Benghazi towards Kufra"; not a place that only says where
    the origin lies: "pulled out of the Tubas area in the northern West Bank"), a town a
    road is named after when a town follows ("on the Tebnine road outside Bint Jbeil",
    :func:`_route_end`; "the Kfar Sir road in south Lebanon" was at Kfar Sir) or a frontier is
    ("along the Kilis border at Elbeyli", :func:`_frontier_after`), and a place
    a road leads to when the clause names another scene (:func:`_road_destination`)."""
    lexicon = load_lexicon()
    scene: list[Place] = []
    origins: list[Place] = []
    roads: list[Place] = []
    frontiers: list[Place] = []  # in the scene too, until a town after them pins the stretch
    ends: list[Place] = []
    passages: list[Place] = []
    for place in places:
        before = text[sentence.start:place.start][-80:]  # type: ignore[misc]
        phrase = _locative_phrase().search(before)
        if not phrase and _settlement_before().search(before):
            scene.append(place)  # "stormed the town of Silwad": the settlement the verb acts on
            continue
        if not phrase and _under_attack_after().match(text, place.end):  # type: ignore[call-overload]
            scene.append(place)  # "Mitiga airport came under rocket fire": where the attack hit
            continue
        if not phrase and _offshore().search(before):
            scene.append(_vicinity(place))  # "in the waters facing Tyre": the sea off the town
            continue
        site = None if not sites or phrase or _level(place) > _FINENESS["city"] \
            else _facility_after().match(text, place.end)
        if site and not any(_contained_in().match(text[place.end:other.start])  # type: ignore[misc]
                            for other in places if other.start > place.end):  # type: ignore[operator]
            # "struck the Kosti fuel terminal": the site the town names is where it happened, unless
            # the text locates the site itself ("the Khormor gas field in Chamchamal district");
            # a name resolved to the site itself ("the Khurmala field") is where it happened
            outlying = site.group("site").lower() in lexicon.outlying_site_nouns and place.feature in TOWNS
            scene.append(_vicinity(place) if outlying else place)
            continue
        if phrase and any(_offset_landmark(text, other, place) for other in places):
            continue  # "workers at Umm Qasr port south of Basra": Basra only says where the port lies
        if phrase and not _owner_of_a_topic(text, place):  # not after a not_locative: see _names_no_scene
            preposition = " ".join(phrase.group("preposition").lower().split())
            road, end = _route_end(text, place), _road_destination(before) or _heading_to().search(before)
            area = _area_after().match(text, place.end or 0) and not _city_part(text, place, places)
            if preposition in lexicon.offset_locatives or area or road or _stretch_end(text, place, places) \
                    or end or _outlying_site(before[:phrase.start("preposition")]) \
                    or (preposition in lexicon.proximity_words
                        and _outlying_site(before[:phrase.start("preposition")], lexicon.outlying_settlement_nouns)):
                place = _vicinity(place)
            if preposition in lexicon.passage_locatives:
                if _level(place) > _FINENESS["admin2"]:
                    # "smuggled through Jordan": a country or a province passed through is no
                    # scene; a district is ("the road through al-Houta", a district town's name)
                    continue
                passages.append(place)
            origin = preposition in lexicon.source_locatives or _source_behind(before[:phrase.start("preposition")])
            if _frontier_after().match(text, place.end or 0):  # "along the Kilis border at Elbeyli"
                frontiers.append(place)
            (origins if origin else ends if end else roads if road else scene).append(place)
    scene = _passages_first(text, _with_containers(text, places, scene), passages)
    towns = [p for p in scene if _level(p) <= _FINENESS["city"]]
    scene = [p for p in scene if not any(_same(p, f) for f in frontiers)
             or not any(_same_clause_after(text, p, t) for t in towns)]
    return scene + [o for o in origins if not any(_same_clause_after(text, o, p) and not _holds(text, p, o)
                                                  for p in scene)] \
        + [r for r in roads if not any(_same_clause_after(text, r, p) for p in towns)] \
        + [e for e in ends if not any(_same_clause_after(text, e, p) or _same_clause_after(text, p, e)
                                      or _fronted(text, sentence, p) for p in scene)]


def _fronted(text: str, sentence: Span, place: Place) -> bool:
    """Whether ``place`` is named by a locative phrase that opens the sentence and a comma
    closes ("*In the neighbouring town of Moulares*, residents blocked the road to Gafsa"):
    the scene of the main clause, so that a place a road leads to gives way to it."""
    lead = text[sentence.start:place.start]  # type: ignore[misc]
    phrase = _locative_phrase().search(lead)
    return phrase is not None and not lead[:phrase.start()].strip() \
        and text[place.end:place.end + 1] == ","  # type: ignore[index,operator]


def _offset_landmark(text: str, head: Place, place: Place) -> bool:
    """Whether ``place`` follows ``head`` and at most two words (its site's noun: "port") after
    a phrase of ``offset_locatives`` ("Umm Qasr port *south of* Basra"): the landmark only says
    where the head lies, the head is where it happened."""
    if head.end is None or place.start is None or head.end > place.start:
        return False
    return _offset_gap().fullmatch(text, head.end, place.start) is not None


@lru_cache(maxsize=1)
def _offset_gap() -> re.Pattern[str]:
    """At most two words and a phrase of ``offset_locatives``, maybe "the", between two names."""
    return re.compile(rf"(?:\s+[\w'’-]+){{0,2}}\s+(?i:{_alternation(load_lexicon().offset_locatives)})\s+(?:the\s+)?")


@lru_cache(maxsize=1)
def _source_origin() -> re.Pattern[str]:
    """A preposition of ``source_locatives`` and up to three lower-case words at the end of a
    string: "rockets *from desert scrubland* near ", "fired *from positions* outside ", or
    right before another locative: "missiles fired *from* over northern Lebanon" (the launch
    airspace), "shells *from* inside Syria"."""
    sources = _alternation(load_lexicon().source_locatives)
    return re.compile(rf"(?<![\w-])(?i:{sources})\s+(?:[a-z][\w'’-]*\s+){{0,3}}$")


def _source_behind(lead: str) -> bool:
    """Whether ``lead`` (the words up to a locative preposition) ends in an origin's phrase
    (:func:`_source_origin`): "rockets from desert scrubland *near* al-Baghdadi hit the base"
    says where the rockets came from, near the town, which gives way to where they hit, as a
    place right after "from" does. No clause break may stand in the lower-case words."""
    match = _source_origin().search(lead)
    return match is not None and not _words(match.group()) & load_lexicon().clause_breaks


#: A preposition of containment right before a place, maybe behind three more words.
_CONTAINING = re.compile(rf"\b(?:{CONTAINMENT})\s+(?:[\w'’-]+\s+){{0,3}}$", re.IGNORECASE)


def _holds(text: str, wider: Place, place: Place) -> bool:
    """Whether ``wider``, named after ``place`` behind "in", is a wider place of its country
    that says where ``place`` lies ("out of the Tubas area *in the northern West Bank*"),
    rather than where something went from it ("fired from Lebanon struck a field in
    Metula")."""
    return _level(wider) > _level(place) and wider.country == place.country \
        and _CONTAINING.search(text[place.end:wider.start]) is not None  # type: ignore[misc]


def _speaking_site(text: str, place: Place) -> bool:
    """Whether ``place`` names a site whose noun a verb of ``speech_verbs`` follows ("the
    Benghazi operations room said"): the site stands for the staff that speak there, a source,
    no scene."""
    site = _facility_after().match(text, place.end)  # type: ignore[arg-type]
    word = re.match(r"\s+([a-z]+)", text[site.end():site.end() + 30]) if site else None
    return word is not None and word.group(1) in load_lexicon().speech_verbs


#: "between" and up to four modifiers before the first of a pair: "the waters between ".
_BETWEEN_FIRST = re.compile(r"\b(?i:between)\s+(?:[a-z][\w-]*\s+){0,4}$")
#: The "and" between the two members of a pair: " and ", " and the ".
_PAIR_AND = re.compile(r"\s+and\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}")


def _straddled_pair(text: str, place: Place, places: Sequence[Mention | Place]) -> bool:
    """Whether ``place`` is a member of a pair "between A and B" whose other member lies in
    another country: "combing the waters *between Semporna and Tawi-Tawi*", "the maritime
    border *between Tawi-Tawi and Sabah*", "clashes *between Kfar Kila and Metula*". What
    happens between two countries' places happens at neither (at sea, on the frontier), and
    each outlet names the pair from its own side; a sea or a region the sentence names elsewhere
    stays the scene. Two places of one country ("the road between Biu and Damboa") are left to
    the other rules."""
    others = [p for p in map(_as_place, places) if p is not None and p.start is not None and p is not place]
    if place.start is None or place.end is None or place.country is None:
        return False
    lead = text[max(0, place.start - 60):place.start]
    if _BETWEEN_FIRST.search(lead):  # A: the second member follows behind "and"
        link = _PAIR_AND.match(text, place.end)
        return link is not None and any(p.start == link.end() and p.country not in (None, place.country)
                                        for p in others)
    for other in others:  # B: the first member stands behind "between" before "and"
        if other.end is not None and other.end < place.start and other.country not in (None, place.country):
            link = _PAIR_AND.match(text, other.end)
            if link is not None and link.end() == place.start \
                    and _BETWEEN_FIRST.search(text[max(0, other.start - 60):other.start]):  # type: ignore[operator]
                return True
    return False


def _reporting_site(text: str, sentence: Span, trigger: Span, place: Place) -> bool:
    """Whether ``place`` is named in the locative phrase right after a verb of
    ``reporting_verbs`` (maybe behind ``reporting_fillers``: "told reporters on Monday in")
    that is not the trigger's, of a deed's trigger (:func:`_deed`): "warships sailed across the
    Sulu Sea ..., the Eastern Sabah Security Command *said in Lahad Datu*" names where the
    command spoke, no scene of the voyage. A statement keeps it ("said in Ankara")."""
    lexicon = load_lexicon()
    before = text[sentence.start:place.start]  # type: ignore[misc]
    phrase = _locative_phrase().search(before[-80:])
    if phrase is None or not _deed(text, trigger):
        return False
    lead = before[:len(before) - len(before[-80:]) + phrase.start("preposition")]
    words = re.findall(r"[\w'’-]+", lead)
    fillers = 0
    while fillers < len(words) and words[-1 - fillers].lower() in lexicon.reporting_fillers:
        fillers += 1
    if fillers >= len(words) or fillers > 4 or words[-1 - fillers].lower() not in lexicon.reporting_verbs:
        return False
    verb = lead.rfind(words[-1 - fillers]) + sentence.start
    return not trigger.start <= verb < trigger.end


def _speaker_seat(text: str, sentence: Span, trigger: Span, place: Place) -> bool:
    """Whether ``place`` sits in the speaker's phrase of a report that closes the sentence
    after a trigger: "Australia gave water tanks to families of Ba and Nadi, ..., *the
    Australian High Commission in Suva disclosed*" names where the mission that told it sits,
    no scene of the gift, as "said in Suva" would (:func:`_reporting_site`). The phrase opens
    after a comma past the trigger, is a few words ending in "in", "at" or "from" before the
    place, and a verb of ``reporting_verbs`` follows the place, maybe behind one word, after a
    deed's trigger (:func:`_deed`: an order or a release may be made in the capital the
    speaker sits in); or, after any trigger that is no statement, a past form that is no
    one-word event trigger and closes the clause within a few words, as a report's verb does
    however it is worded ("army spokesmen in Catarman wrote in a radiogram to Manila", "a
    Canadian diplomat in Honiara wrote"). A place in those few words is where the report went
    (:func:`_report_tail`)."""
    if place.start is None or place.end is None or place.start < trigger.end \
            or _is_statement(text[trigger.start:trigger.end]):
        return False
    lead = text[trigger.end:place.start]
    comma = lead.rfind(",")
    if comma < 0 or not _SPEAKER_LEAD.fullmatch(lead[comma + 1:]):
        return False
    rest = text[place.end:sentence.end]
    after = re.match(r"\s+(?:([a-z]+)\s+)?([a-z]+)", rest)
    verbs = load_lexicon().reporting_verbs
    if after is not None and (after.group(2) in verbs or after.group(1) in verbs):
        return _deed(text, trigger)  # "ordered an end to their detention, the embassy in Tripoli said": maybe there
    closing = _CLOSING_REPORT.match(rest)
    return closing is not None and len(closing.group("tail").split()) <= REPORT_TAIL_WORDS \
        and not any(not p.rest for p in load_event_lexicon().candidates(closing.group("verb")))


def _report_tail(text: str, sentence: Span, trigger: Span, place: Place) -> bool:
    """Whether ``place`` closes a report told after a comma past the trigger, a few words after
    its verb ("..., army spokesmen in Catarman wrote in a radiogram *to Manila*", "..., a
    communique circulated to Lima newsrooms affirmed"): where the report was sent, no scene of a
    deed (:func:`_deed`; a statement or an accord is made where its report says).
    The verb is a reporting verb (``reporting_verbs``, or the events stage's ``reporting_forms``:
    "wrote"), with its speaker before it in the same stretch; a participle clause's verb is none
    ("the crates hoisted ashore at Auki": the scene)."""
    if place.start is None or place.end is None or place.start < trigger.end or not _deed(text, trigger):
        return False  # a plea or an accord told "in the Lebanese capital" was made there
    comma = text.rfind(",", trigger.end, place.start)
    if comma < 0:
        return False
    words = re.findall(r"[\w'’-]+", text[comma + 1:place.start])
    cues = load_event_lexicon().cues
    verbs = load_lexicon().reporting_verbs | (cues.reporting_forms if cues is not None else frozenset())
    return any(word in verbs and len(words) - n - 1 <= REPORT_TAIL_WORDS for n, word in enumerate(words) if n)


#: A past form right after a speaker's seat (maybe behind one word) and what may follow it before
#: the clause closes: " wrote in a radiogram to Manila.", " affirmed by radio.".
_CLOSING_REPORT = re.compile(r"\s+(?:[a-z]+\s+)?(?P<verb>[a-z]{2,}ed|wrote|told)(?P<tail>[^,.;]*)(?:[,.;]|$)")
#: The most words between a report's closing verb and the end of its clause ("in a radiogram to Manila").
REPORT_TAIL_WORDS = 5
#: The speaker's phrase up to the preposition of its seat, or of where its words went: "the
#: Australian High Commission in ", "a communique circulated to " (Lima newsrooms).
_SPEAKER_LEAD = re.compile(r"\s*(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,5}?\s+(?:in|at|from|to)\s+")


@lru_cache(maxsize=1)
def _offshore() -> re.Pattern[str]:
    """A phrase of ``offshore_phrases`` and maybe "the" at the end of a string: "waters facing "."""
    return re.compile(rf"\b(?i:{_alternation(load_lexicon().offshore_phrases)})\s+(?:the\s+)?$")


@lru_cache(maxsize=1)
def _under_attack_after() -> re.Pattern[str]:
    """What follows the subject of an exposure to an attack: maybe a possessive and a site's
    head ("Mitiga *airport*", "Sidon's *port*"), then a phrase of
    ``exposure_phrases`` and a noun of ``attack_nouns`` behind up to two modifiers ("came
    under heavy rocket fire"). The subject is where the attack hit, which the text gives as
    the thing attacked rather than in a locative phrase; it is the scene of the sentence's
    deed whatever its trigger ("..., with four projectiles landing near the runway")."""
    lexicon = load_lexicon()
    heads = _alternation(lexicon.facility_heads)
    return re.compile(rf"(?:['’]s)?(?:\s+(?i:{heads}))?\s+(?i:{_alternation(lexicon.exposure_phrases)})"
                      rf"(?:\s+[\w-]+){{0,2}}?\s+(?i:{_alternation(lexicon.attack_nouns)})\b")


@lru_cache(maxsize=1)
def _area_after() -> re.Pattern[str]:
    """A noun of ``town_area_nouns`` right after a place's name: "in Tal Tamr *countryside*",
    "in northern Iraq's Sinjar *region*", "the Tubas *area*". A town so named is the area
    around it (:func:`_vicinity`): reports of one strike name the area or a village in it
    ("near Sinuni", 20 km from Sinjar town), and the town's point alone would set them
    apart. A unit the gazetteer knows by the phrase ("the Bint Jbeil district", "the Idlib
    countryside") is read as that unit by the place recogniser and is no town."""
    return re.compile(rf"\s+(?i:{_alternation(load_lexicon().town_area_nouns)})\b")


#: How far from a city's point a place named as its district may lie and be one of its quarters.
CITY_PART_KM = 15


def _city_part(text: str, place: Place, places: list[Place]) -> bool:
    """Whether the area noun after ``place`` is followed by "of" and a town it lies within
    ``CITY_PART_KM`` of ("the Sadr City *district of eastern Baghdad*", "the Mezzeh area of
    Damascus"): a quarter of a city is a part of it, a few km across, not the ring of farmland
    around a town that "the Tubas area" names; read as a vicinity it would reach every other
    quarter. "The Hawija district of Kirkuk" (55 km out) names the province's district."""
    area = _area_after().match(text, place.end or 0)
    city = _city_of().match(text, area.end()) if area else None
    return city is not None and any(
        other.start == city.end() and other.feature in TOWNS and None not in (place.lat, other.lat)
        and distance_km(place.lat, place.lon, other.lat, other.lon) <= CITY_PART_KM  # type: ignore[arg-type]
        for other in places)


@lru_cache(maxsize=1)
def _city_of() -> re.Pattern[str]:
    """ "of", maybe "the", and up to two direction words before a town: " of eastern "."""
    directions = _alternation(load_lexicon().directions)
    return re.compile(rf"\s+of\s+(?:the\s+)?(?:(?i:{directions})\s+){{0,2}}")


@lru_cache(maxsize=1)
def _facility_after() -> re.Pattern[str]:
    """A facility's noun after a town's name, maybe behind two lower-case modifiers ("the
    Kosti fuel terminal", "the Baiji refinery", "the Haifa port", "Mukalla's fuel depot"):
    the town names the site, and news names a site so because it lies there (a refinery or
    a field out of town, near it: :func:`_outlying_site`). Only a deed's (:func:`_deed`): a
    statement, a meeting or an agreement names sites as what it is about ("agreed to raise the
    capacity of the Qustul crossing at a meeting in Aswan"). Roads are left to
    :func:`_route_end`: a road named after a town runs out of it."""
    lexicon = load_lexicon()
    sites = _alternation((lexicon.facility_heads | lexicon.facility_nouns) - lexicon.route_nouns)
    modifier = r"\s+(?!(?:and|or|but|the|a|an|of|to|in|on|at|by|is|was|were|has|had)\b)[a-z-]+"
    return re.compile(rf"(?:['’]s)?(?:{modifier}){{0,2}}\s+(?P<site>{sites})\b")


@lru_cache(maxsize=1)
def _route_after() -> re.Pattern[str]:
    """What follows the town a road is named after: the road's other end, if any, and a
    noun of ``route_nouns`` ("-Bint Jbeil road", " highway")."""
    return re.compile(rf"(?:[-–][\w'’ -]{{1,40}}?)?\s+(?i:{_alternation(load_lexicon().route_nouns)})\b")


@lru_cache(maxsize=1)
def _frontier_after() -> re.Pattern[str]:
    """A border noun right after a place ("the Sanliurfa *border*"): the place names a stretch of
    the frontier, which a town the clause names after it ("at Akcakale") pins down, as a town
    after a road does (:func:`_locative_places`)."""
    return re.compile(rf"\s+(?i:{_alternation(load_lexicon().border_nouns)})\b")


def _route_end(text: str, place: Place) -> bool:
    """Whether ``place`` names a road's end ("on the *Tebnine* road", "the *Baghdad*-Kirkuk
    highway"): the road runs out of the town, so an event on it happened near the town, not
    in it (precision ``vicinity``), and a place the clause names after it ("outside Bint
    Jbeil") says better where."""
    return _route_after().match(text, place.end or 0) is not None


def _stretch_end(text: str, place: Place, places: list[Place]) -> bool:
    """Whether ``place`` is one end of a stretch "from X to Y" between two towns at most
    ``STRETCH_KM`` apart ("patrolled the highway from Saraqeb to Ariha", "from the outskirts of
    Saraqeb to the approaches of Ariha"): what went along it happened between the two, and
    other reports name the other end or a town on the way, so each end is its vicinity
    (precision ``vicinity``), not the town itself. A longer way ("redeployed from Haifa to
    Eilat") is a journey, whose destination is the scene."""
    if place.feature not in TOWNS or place.lat is None or place.lon is None:
        return False
    return any(other.feature in TOWNS and other.lat is not None and other.lon is not None
               and distance_km(place.lat, place.lon, other.lat, other.lon) <= STRETCH_KM
               and (_stretch(text, place, other) or _stretch(text, other, place))
               for other in places if other is not place)


def _stretch(text: str, first: Place, last: Place) -> bool:
    """Whether the text reads "from <first> to <last>" (:func:`_stretch_end`)."""
    return _stretch_gap().fullmatch(text, first.end or 0, last.start or 0) is not None \
        and _stretch_start().search(text[:first.start or 0][-60:]) is not None


@lru_cache(maxsize=1)
def _stretch_start() -> re.Pattern[str]:
    """A source locative ("from"), maybe with a part of the town ("from the outskirts of"),
    at the end of a string: the first end of a stretch (:func:`_stretch_end`)."""
    return re.compile(rf"\b(?i:{_alternation(load_lexicon().source_locatives)})\s+{_STRETCH_PART}$")


@lru_cache(maxsize=1)
def _stretch_gap() -> re.Pattern[str]:
    """What stands between the two ends of a stretch: "to" or "as far as", maybe with a part
    of the town ("to the approaches of", "to the edge of"); "towards" gives a heading, not an end."""
    return re.compile(rf"\s+(?:to|as\s+far\s+as)\s+{_STRETCH_PART}")


#: A part of a town before its name in a stretch: "the outskirts of", "the approaches of".
_STRETCH_PART = r"(?:the\s+)?(?:[a-z]+\s+of\s+(?:the\s+)?)?"


def _road_destination(before: str) -> bool:
    """Whether ``before`` (the words up to a place) ends in a noun of ``route_nouns`` and
    "to": "cut the main road *to* the Rumaila oilfield in Zubair district" names where the
    road leads, maybe far off, not where it was cut; another scene of the clause, before
    or after, says better where (the place is the road's vicinity otherwise)."""
    return _road_to().search(before) is not None


@lru_cache(maxsize=1)
def _heading_to() -> re.Pattern[str]:
    """A phrase of ``destination_phrases`` ending a string ("a canoe of migrants *sailing toward
    the* Canary Islands near Nouadhibou"): where the people were going, not where it happened
    when the clause names another place."""
    return re.compile(rf"\b(?i:{_alternation(load_lexicon().destination_phrases)})\s+(?:the\s+)?$")


@lru_cache(maxsize=1)
def _road_to() -> re.Pattern[str]:
    """A noun of ``route_nouns``, maybe a word of ``route_course_words`` ("leading"), and "to"
    or "towards", maybe "the", at the end of a string."""
    lexicon = load_lexicon()
    course = _alternation(lexicon.route_course_words)
    return re.compile(rf"\b(?i:{_alternation(lexicon.route_nouns)})\s+(?i:(?:{course})\s+)?(?i:to|towards?)\s+"
                      rf"(?:the\s+)?$")


#: Nouns owned by a place that make the phrase a topic, not a scene ("talks focusing on
#: Tehran's nuclear programme", "a debate over Israel's plan"); sites, quarters and regions
#: a place owns stay scenes ("at Tel Aviv's Ben Gurion airport", "Khyber Pakhtunkhwa's
#: tribal belt").
_TOPICS = frozenset({"programme", "program", "programmes", "programs", "policy", "policies", "plan", "plans",
                     "stance", "role", "interests", "sovereignty", "future", "economy", "demands", "behaviour",
                     "behavior", "conduct", "proposal", "proposals", "offer", "bid", "decision", "response",
                     "concerns", "rights", "security", "ambitions", "budget", "debt", "record", "approach",
                     # "severed relations over Cairo's peace treaty with Israel"
                     "treaty", "treaties", "deal", "agreement", "ties", "relations", "support"})


def _owner_of_a_topic(text: str, place: Place) -> bool:
    """A place owning what a phrase is about ("on Tehran's nuclear programme") is no scene."""
    end = place.end or 0
    if text[end:end + 2] not in ("'s", "’s"):
        return False
    return bool(_words(text[end + 2:end + 40], 3) & _TOPICS)


def _no_locative(before: str) -> bool:
    """Whether ``before`` ends in a phrase of ``not_locatives`` ("according to", "ties to"),
    whose preposition puts nothing at the place after it."""
    words = before.lower().split()[-2:]
    return " ".join(words) in load_lexicon().not_locatives


def _with_containers(text: str, places: list[Place], scene: list[Place]) -> list[Place]:
    """``scene`` with each pair of places named as one phrase (:func:`_outer`) reduced to
    the place the phrase is about. The pair shares the locative phrase of either member:
    in "at the western entrance of Ainata in the Bint Jbeil district" the phrase "in the
    Bint Jbeil district" says where the entrance of Ainata is, and Ainata is the scene."""
    scene = list(scene)
    for outer, inner, middle in _nestings(text, places):
        if not any(_same(p, outer) or _same(p, inner) or middle and _same(p, middle) for p in scene):
            continue
        if not any(_same(p, inner) for p in scene):
            scene.append(inner)
        scene = [p for p in scene if not _same(p, outer) and not (middle and _same(p, middle))]
    return sorted(scene, key=lambda p: p.start)  # type: ignore[arg-type,return-value]


def _inner_places(text: str, places: list[Place]) -> list[Place]:
    """``places`` less those that only say where another lies (:func:`_nestings`): "Kadugli,
    capital of South Kordofan" names one place, Kadugli."""
    wider = [p for outer, _, middle in _nestings(text, places) for p in (outer, middle) if p is not None]
    return [p for p in places if not any(_same(p, w) for w in wider)]


def _nestings(text: str, places: list[Place]) -> list[tuple[Place, Place, Place | None]]:
    """The (outer, inner, middle) places of each phrase of nested places, consecutive pairs
    that :func:`_outer` joins. Three names in a row, each holding the next, are one phrase:
    in "Egypt's Mediterranean resort of New Alamein" the sea only describes the resort's
    coast, its middle point 1,100 km off, and the town lies in the country, so the town is
    the scene and the sea and the country both go (middle). A pair whose inner place cannot
    lie in the outer is no nesting ("the Red Sea port of Salif" resolved to a namesake
    elsewhere: the sea is kept), but a town or a part a possessor owns lies in it whatever
    the gazetteer says: the namesake gives way to the possessor ("Mosul's Old City")."""
    pairs: list[tuple[Place, Place]] = []  # (outer, inner), in text order
    for first, then in zip(places, places[1:]):
        outer = _outer(text, first, then)
        if outer is not None:
            pairs.append((outer, then if outer is first else first))
    out: list[tuple[Place, Place, Place | None]] = []
    k = 0
    while k < len(pairs):
        outer, inner = pairs[k]
        if k + 1 < len(pairs) and pairs[k + 1][0] is inner and not _far_apart(pairs[k + 1][1], outer):
            out.append((outer, pairs[k + 1][1], inner))  # country > sea > town: the town
            k += 2
            continue
        if not _far_apart(inner, outer):
            out.append((outer, inner, None))
        elif _level(inner) <= _FINENESS["city"] and _owned_part(text, outer, inner):
            out.append((inner, outer, None))  # "Mosul's Old City" read as Jerusalem's: the owner holds it
        k += 1
    return out


#: How far a place named in a wider one may lie from that one's point and still be in it.
CONTAINED_KM = 900


def _far_apart(inner: Place, outer: Place) -> bool:
    """Whether ``inner`` cannot lie in ``outer``: in another country, or, for a sea or a
    region of no country, too far from its point, past ``CONTAINED_KM`` and the extent the
    gazetteer gives it ("the Mediterranean port of Iskenderun" is 1,600 km from the sea's
    point, within its 900 km radius and the margin). Then it is a namesake, misresolved."""
    if inner.country and outer.country:
        return inner.country != outer.country
    if None in (inner.lat, inner.lon, outer.lat, outer.lon):
        return False
    extent = max((c.radius_km for c in Gazetteer.load().lookup(outer.name or outer.text)
                  if c.feature == outer.feature and (round(c.lat, 5), round(c.lon, 5)) == (outer.lat, outer.lon)),
                 default=0.0)
    return distance_km(inner.lat, inner.lon, outer.lat, outer.lon) > CONTAINED_KM + extent  # type: ignore[arg-type]


def _owned_part(text: str, owner: Place, part: Place) -> bool:
    """Whether the words make ``part`` a part of the town ``owner`` ("Mosul's battered Old
    City", "the Old City of Mosul"), wherever the gazetteer puts a namesake of it."""
    if owner.end <= part.start:  # type: ignore[operator]
        return bool(_possessive_gap().match(text[owner.end:part.start]))  # type: ignore[misc]
    return text[part.end:owner.start] == " of " and _level(owner) <= _FINENESS["city"]  # type: ignore[misc]


#: The words between a town (maybe with its site's lower-case noun) and a river or a sea
#: an apposition puts it on: " screening centre, on the ", ", along the ".
_WATERSIDE = re.compile(r"^(?:\s+[a-z-]+){0,3},\s+(?:on|along|by|beside)\s+the\s+$")


def _outer(text: str, first: Place, then: Place) -> Place | None:
    """Which of two places named one after the other only says where the other lies, when
    the words between make them one phrase; None when they do not. A place the gazetteer
    could not resolve always gives way to one it did, which then stands for both.

    * "the Gaza town of Rafah", "the south Lebanon border village of Aita al-Shaab": the
      wider place before the settlement word; but "the Zeitoun neighbourhood of Gaza City"
      names the finer place first;
    * "Gaza City's Zeitoun area", "Syria's Idlib province", "Nineveh province's Sinjar district": the
      possessor;
    * "Ainata in the Bint Jbeil district": a unit, region or country after "in" that is
      wider than the place before it and in its country;
    * "the Red Sea off Hodeidah", "the eastern Mediterranean off Lebanon": the sea, since a
      coast town pins where on it the ship was, and a country stands for its waters as other
      reports name them ("waters off Lebanon"); but "the Gulf of Aden off Abyan" puts the ship
      in the gulf, since a province's point lies inland and its level rules pairs out as a
      town's does;
    * "Azaz, north of Aleppo", "Kisweh, 15 km south of Damascus", "Kadugli, capital of South
      Kordofan", "Karrada, the heart of Baghdad": the place an apposition locates the town
      before it by, which says only where the town lies; so does a river or a sea an
      apposition puts a town or its site on ("the Hammam al-Alil camp, on the Tigris")."""
    if then.start <= first.end:  # type: ignore[operator]
        return None
    gap = text[first.end:then.start]
    if (_locating_apposition().match(gap) or then.feature == "water" and _WATERSIDE.match(gap)) \
            and _level(first) <= min(_level(then), _FINENESS["city"]) and not _unresolved(first):
        return then
    if first.feature == "water" and _OFF_COAST.match(gap):
        return then if _FINENESS["admin2"] <= _level(then) <= _FINENESS["admin1"] else first
    if _possessive_gap().match(gap):
        return then if _unresolved(then) and not _unresolved(first) else first
    if _owned_part(text, then, first) and _far_apart(first, then):
        return then  # "the Old City of Mosul" read as Jerusalem's: see _nestings
    if _unit_of().match(gap) and _level(first) > _level(then) and first.country == then.country:
        return first  # "Yemen's southern province of Dhale": the country says where the unit lies
    if first.feature == "region" and then.feature in ("admin1", "admin2") and first.country == then.country \
            and _region_unit_of().match(gap):
        return first  # "the Nile Delta province of Sharqiya": the region only says where the unit lies
    if _settlement_of().match(gap):
        if _unresolved(first) != _unresolved(then):
            return first if _unresolved(first) else then
        return then if _level(first) < _level(then) else first
    contained = _contained_in().match(gap)
    if contained:
        if _unresolved(first) and not _unresolved(then):
            return first
        if _level(first) < _level(then) >= _FINENESS["admin2"] and first.country == then.country:
            return then
        if contained.group("site") and _level(then) <= _level(first) and first.country == then.country:
            return first  # "the Dhi Qar governorate building in Nasiriyah": the site is in the town
    return None


def _passages_first(text: str, scene: list[Place], passages: list[Place]) -> list[Place]:
    """``scene`` less the wide places (regions, units, countries) named in one clause with
    a town or site after a passage preposition: "crossed into Sudan through the Argeen land
    port" happened at the crossing, which pins where in Sudan."""
    pins = [p for p in passages if p.lat is not None and _level(p) <= _FINENESS["city"]]
    return [p for p in scene if _level(p) < _FINENESS["region"] or p.feature == "water"
            or not any(_same_clause_after(text, p, q) or _same_clause_after(text, q, p) for q in pins)]


def _level(place: Place) -> int:
    """How wide a place is (``_FINENESS``): a town 1, a district 2, a country 5."""
    return _FINENESS.get("admin2" if place.precision == "admin2" else place.feature or "", _FINENESS["country"])


def _unresolved(place: Place) -> bool:
    """Whether the gazetteer found no reading of the place ("al-Zaytoun" before its data)."""
    return place.lat is None


def _same(a: Place, b: Place) -> bool:
    """Whether two places are the same mention (a copy made by :func:`_vicinity` is)."""
    return a.start == b.start and a.end == b.end


def _alternation(vocabulary: frozenset[str] | set[str]) -> str:
    """A regular-expression alternation of ``vocabulary``, longest first so that a phrase
    wins over its first word."""
    return "|".join(map(re.escape, sorted(vocabulary, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _contained_in() -> re.Pattern[str]:
    """The words between a place and a wider one it lies in: "in the", "village in", "in
    the southern countryside of", or an apposition's ", in the" ("at the entrance to Kfar
    Sir, in the Nabatieh district"); a facility's head noun, maybe after two modifiers,
    before "in" too ("the Khor Mor gas field in Sulaimaniyah province", "the Kirya military
    headquarters in Tel Aviv"): the site lies in the wider place and is the finer scene; a
    site named after a place as wide as the one after "in" or wider lies in that one ("the
    Dhi Qar governorate building in Nasiriyah", group ``site``); a settlement's or a district's
    word may have a modifier ("its Akcakale frontier district in Sanliurfa province")."""
    lexicon = load_lexicon()
    heads = _alternation(lexicon.settlement_heads | lexicon.settlement_cues)
    sites = _alternation(lexicon.facility_heads)
    modifiers = _alternation(lexicon.locative_modifiers | lexicon.directions)
    area = _alternation(lexicon.area_nouns)
    return re.compile(rf"^,?(?:\s+(?:(?!and\b|or\b)[a-z]+\s+)?(?i:{heads})|{facility_phrase(sites, 'site')})?"
                      rf"\s+(?i:{CONTAINMENT})\s+(?:(?i:{modifiers})\s+){{0,3}}"
                      rf"(?:(?i:{area})\s+of\s+(?:the\s+)?)?$")


@lru_cache(maxsize=1)
def _purpose() -> re.Pattern[str]:
    """The start of a purpose clause: "to" before a verb ("to rehabilitate", not "to the
    city" or "to Damascus"), "in order to", "aimed at", "about", "on" before a gerund
    ("agreed on building a bridge between A and B"), or a phrase of
    ``topic_openers`` ("regarding", "held talks, discussing water releases in the Tigris")."""
    lexicon = load_lexicon()
    determiners = lexicon.locative_modifiers | lexicon.directions | {"its", "their", "his", "her", "this", "that",
                                                                     "these", "those", "which", "what"}
    words = _alternation(determiners)
    return re.compile(rf"\b(?:to\s+(?!(?:{words})\b)[a-z]+|in\s+order\s+to|aimed\s+at|about|on\s+[a-z]+ing)\b"
                      rf"|{_topic_opener().pattern}")


#: Where an accusation's content begins: "accused the UAE *of* supplying", "charged *that*".
_ACCUSATION_CONTENT = re.compile(r"\b(?:of|that|for)\b")
#: A threat's object right after its trigger, no preposition, day or adverb first: "threatened
#: *fresh attacks* in Nairobi", "threatened *retaliation*".
_THREAT_OBJECT = re.compile(r"\s+(?!(?:in|on|at|during|from|with|by|yesterday|today|tonight|this|last|again|"
                            r"also|once|repeatedly|publicly|openly|earlier|later|late)\b)[a-z]")


#: Where the content of a request, a threat or a rejection begins, besides "to" and a verb:
#: "warned *that* ...", "its rejection *of* any plan".
_DEMAND_CONTENT = re.compile(r"\b(?:that|of)\b")


def _purpose_start(text: str, trigger: Span, sentence: Span) -> int:
    """Where the purpose clause of an agreement's, a grant's or a meeting's trigger begins
    (``pact_triggers`` of places.yaml), or the content of an accusation (``accusation_triggers``:
    "accused the UAE *of supplying drones used in attacks on El Fasher*") or of a request, a
    threat or a rejection (``demand_triggers``: "urged Washington *to press Israel to leave
    positions in south Lebanon*"), else the sentence's end: "signed a grant agreement *to
    rehabilitate ... the Jandar power station in Homs countryside*" was signed where the
    sentence says it was ("signed in Damascus"), or nowhere it says, never at what it is
    about. A sanction's content is all that follows its trigger (:func:`_is_measure`)."""
    words = text[trigger.start:trigger.end].split()
    first = words[0].lower() if words else ""
    lexicon = load_lexicon()
    if _is_measure(text, trigger):
        return trigger.end
    if _accusation(text, trigger):
        match = _ACCUSATION_CONTENT.search(text, trigger.end, sentence.end)
    elif first in lexicon.pact_triggers:
        match = _purpose().search(text, trigger.start, sentence.end)
    elif " ".join(words).lower() in lexicon.pact_triggers:  # "came to terms": its "to" opens no purpose
        match = _purpose().search(text, trigger.end, sentence.end)
    elif first in lexicon.demand_triggers:
        if first.startswith("threat") and _THREAT_OBJECT.match(text, trigger.end):
            return trigger.end  # "threatened fresh attacks in Nairobi": its object is what is threatened
        starts = [m.start() for m in (_purpose().search(text, trigger.end, sentence.end),
                                      _DEMAND_CONTENT.search(text, trigger.end, sentence.end)) if m]
        return min(starts, default=sentence.end)
    else:
        return sentence.end
    return match.start() if match else sentence.end


#: How many words after its first an accusation's idiom may run ("put the blame for the
#: outages squarely on").
IDIOM_REACH = 8
#: Characters either side of a trigger where the word a lexicon reading requires may stand
#: (about the events stage's eight words).
REQUIRED_REACH = 60


def _accusation(text: str, trigger: Span) -> bool:
    """Whether the trigger tells an accusation: its first word is one of
    ``accusation_triggers`` ("accused", "blamed"), or opens an idiom of the events lexicon
    that holds one and whose words follow it in order ("*put* the blame squarely on
    Ethiopia", "*pinned* the blame on"): the events stage gives an idiom its first word as
    trigger, and the idiom's later words say it is the same accusation as "blamed". An idiom
    of responsibility ("held ... responsible", "bear full responsibility") is left as a
    condemnation is, whose report names the condemned deed's place."""
    lexicon = load_lexicon()
    words = text[trigger.start:trigger.end].split()
    first = words[0].lower() if words else ""
    if first in lexicon.accusation_triggers:
        return True
    following = _following_words(text, trigger)
    idioms = [_literal(pattern.rest) for pattern in load_event_lexicon().candidates(first)
              if pattern.entry.type == "ACCUSE"]
    return any(set(idiom) & lexicon.accusation_triggers and _in_order(idiom, following) for idiom in idioms)


def _threat_content_start(text: str, trigger: Span, sentence: Span) -> int:
    """Where the clause of an act the sentence only threatens begins (its trigger of a type that
    ``future_recode`` makes a THREATEN, a modal of ``foretelling_modals`` up to ``modal_window``
    words before it), else the sentence's end: in "said that his fighters would launch an
    offensive on Mosul" the threat is made where its author is, and the threatened act's
    target is no scene of it."""
    lexicon = load_event_lexicon()
    types = _trigger_types(text, trigger)
    cues = lexicon.cues
    if cues is None or not types or any(lexicon.future_recode.get(t or "") != "THREATEN" for t in types):
        return sentence.end
    words = list(re.finditer(r"[\w'’]+", text[sentence.start:trigger.start]))[-cues.modal_window:]
    modal = next((w for w in reversed(words) if w.group().lower() in cues.foretelling_modals), None)
    if modal is None:
        return sentence.end
    breaks = list(_clause_break().finditer(text, sentence.start, sentence.start + modal.start()))
    return breaks[-1].start() if breaks else sentence.start


#: How many words may stand between a request's or a threat's trigger and its content for a
#: place in the content to be taken as what is asked or threatened ("threatened *on Wednesday*
#: to bomb"); "of" opens it only right after the trigger ("its rejection of"): "what it called
#: the militarisation of Hodeidah harbour" is a label, "alleged links to ... districts of
#: Istanbul" a modifier.
CONTENT_REACH = 2
#: A quoted sentence: a word, maybe a comma or a colon, and double quotes around what opens
#: with a capital ('said "Dahiyeh will pay"'); the word is to be checked as a verb of speech.
_QUOTATION = re.compile(r"(?P<verb>[a-z]+)[,:]?\s+[\"“][A-Z][^\"“”]*[\"”]")


def _in_other_content(text: str, sentence: Span, trigger: Span, place: Place) -> bool:
    """Whether ``place`` lies in what another statement of the sentence says, which the trigger
    stands outside of: a quoted sentence after a verb of ``speech_verbs`` ("said \"*Dahiyeh*
    will pay the price\" for any attack on northern towns"; not a label: "what residents
    called \"the worst day for Aleppo\""), or the clause of content of another request or threat
    (``demand_triggers``: "threatened to bomb *the southern suburbs of Beirut*, ... for any
    attack"), up to the next comma. An accusation's content is left: it names the deed accused,
    often the event itself ("blamed handlers for the Quetta bombing ... to strike Pakistan").
    Why: the sentence's one place is taken as the scene of an event that has none of its own,
    but a place the statement names is what is said or threatened, no scene of anything."""
    start, end = place.start or 0, place.end or 0
    lexicon = load_lexicon()
    for quote in _QUOTATION.finditer(text, sentence.start, sentence.end):
        if quote.group("verb") in lexicon.speech_verbs and quote.end("verb") < start and end < quote.end() \
                and not quote.start() <= trigger.start < quote.end():
            return True
    for word in re.finditer(r"\b[a-z]+\b", text[sentence.start:start]):
        other = Span(start=sentence.start + word.start(), end=sentence.start + word.end())
        if other.start == trigger.start or word.group() not in lexicon.demand_triggers:
            continue
        content = _purpose_start(text, other, sentence)
        gap = text[other.end:content].split()
        if content <= start and (len(gap) <= CONTENT_REACH and not text.startswith("of", content) or not gap) \
                and not re.search(r"[,;:]", text[content:start]) and not content <= trigger.start < end:
            return True
    return False


def _in_order(words: list[str], text_words: list[str]) -> bool:
    """Whether ``words`` occur in ``text_words`` in this order, maybe with others between."""
    rest = iter(text_words)
    return all(word in rest for word in words)


#: A word that opens a clause of its own after the trigger's: ", accusing", "and urged".
_CLAUSE_VERB = re.compile(r"(?:,|\band)\s+(?P<verb>[a-z]+)")


def _later_content_start(text: str, trigger: Span, sentence: Span) -> int:
    """Where the content of an accusation or a request told in a clause after the trigger's
    begins (a participle or a verb after a comma or "and", of ``accusation_triggers`` or
    ``demand_triggers``), or the reason its actor gives (a participle of ``reason_openers``
    after a comma), else the sentence's end: "Sudan cut ties with Kenya, accusing its
    president *of sheltering commanders who set up an administration in Darfur*" -- the cut
    did not happen where the accused deed did, any more than the accusation did
    (:func:`_purpose_start`); "banned the eight from entering the bloc, saying *they had
    helped supply drones and missiles to Russia*" -- the ban is not where the drones went.
    A request's participle after a comma says what the actors want, its object included:
    "teachers struck, demanding *their salaries from the government in Erbil*" did not strike
    where the government sits. A modifier is no such clause: "detained suspects over alleged
    links ... in nine districts of Istanbul" were detained there."""
    lexicon = load_lexicon()
    for clause in _CLAUSE_VERB.finditer(text, trigger.end, sentence.end):
        verb = clause.group("verb")
        if text[clause.start()] == "," and (verb in lexicon.reason_openers
                                            or verb in lexicon.demand_triggers and verb.endswith("ing")):
            return clause.end("verb")
        if verb in lexicon.accusation_triggers | lexicon.demand_triggers:
            return _purpose_start(text, Span(start=clause.start("verb"), end=clause.end("verb")), sentence)
    return sentence.end


@lru_cache(maxsize=1)
def _residents_after() -> re.Pattern[str]:
    """A noun for a place's people right after it: "Misrata *residents*"."""
    nouns = "|".join(map(re.escape, sorted(load_lexicon().resident_nouns)))
    return re.compile(rf"\s+(?:{nouns})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _residents_of() -> re.Pattern[str]:
    """A noun for a place's people and "of" right before it: "residents *of* ", "the
    villagers of the "."""
    nouns = "|".join(map(re.escape, sorted(load_lexicon().resident_nouns)))
    return re.compile(rf"\b(?i:{nouns})\s+of\s+(?:the\s+)?$")


def _residents_place(text: str, trigger: Span, places: list[Place]) -> Place | None:
    """A town named right before a noun for its people (``resident_nouns`` of places.yaml) in
    the trigger's clause, before it: "Hundreds of *Misrata* residents protested" did so in
    Misrata; so did "residents of *Basra*'s Abu al-Khasib district" in the district the
    possessive names. Such a town is the people's, so it is taken though a statement's place
    needs a locative and the people are the event's actor."""
    for n, place in enumerate(places):
        if place.end > trigger.start:  # type: ignore[operator]
            continue
        if place.feature in TOWNS:
            people = _residents_after().match(text, place.end)  # type: ignore[arg-type]
            if people and not _clause_break().search(text, people.end(), trigger.start):
                return place
        if _residents_of().search(text, max(0, place.start - 40), place.start) \
                and not _clause_break().search(text, place.end, trigger.start):  # type: ignore[arg-type]
            part = next((p for p in places[n + 1:] if p.start is not None and p.end <= trigger.start
                         and re.fullmatch(r"['’]s\s+", text[place.end:p.start])), None)
            return part or place
    return None


#: The "to" of a gift's receivers, then maybe a count and two modifiers, right before them:
#: "... to about 1,600 flood-hit ".
_GIVEN_TO = re.compile(r"\bto\s+(?:(?:about|some|nearly|around|over|more than)\s+)?(?:[\d,]+\s+)?(?:[\w'’-]+\s+){0,2}$")


def _receivers_home(text: str, trigger: Span, places: list[Place]) -> Place | None:
    """The town whose people an aid trigger's phrase gives to, after it in its clause: "gave
    water tanks ... to 1,600 flood-hit families *of Ba* and Nadi" went where the families live.
    Two towns joined by "and" give the unit holding both (:func:`_common_unit`), else the first."""
    if "AID" not in _trigger_types(text, trigger):
        return None
    for n, place in enumerate(places):
        if place.start is None or place.start < trigger.end or place.feature not in TOWNS:  # type: ignore[operator]
            continue
        people = _residents_of().search(text, max(0, place.start - 40), place.start)
        if people and _GIVEN_TO.search(text, trigger.end, people.start()):
            other = next((p for p in places[n + 1:] if p.start is not None and p.feature in TOWNS
                          and re.fullmatch(r"\s+and\s+", text[place.end:p.start])), None)
            return (_common_unit(text, [place, other]) or place) if other is not None else place
    return None


def _anaphoric_town(text: str, sentence: Span, trigger: Span, inside: list[Place],
                    participants: Sequence[Span], about: int) -> Place | None:
    """The one town (``TOWNS``) the sentence names before a locative phrase that refers back to
    it (:func:`_settlement_anaphor`): "*Nabatieh*'s students ... marched through the town's
    centre", "students of *Oran*'s university rallied in the city". Asked when no place stands
    in a locative phrase: the town is named as the people's or a possessor, yet the phrase puts
    the event in it. A statement takes it only in its own clause (see :func:`_nearest_scene`)."""
    anaphor = _settlement_anaphor().search(text, sentence.start, about)
    if anaphor is None or _is_statement(text[trigger.start:trigger.end]) \
            and _subordinate_between(text, trigger, Span(anaphor.start(), anaphor.end())):  # type: ignore[arg-type]
        return None
    towns = [p for p in inside if p.feature in TOWNS and p.end <= anaphor.start()]  # type: ignore[operator]
    if len({p.name or p.text for p in towns}) != 1 or _taken(towns[0], participants):
        return None
    return towns[0]


@lru_cache(maxsize=1)
def _settlement_anaphor() -> re.Pattern[str]:
    """A locative preposition (not one of a source, a direction or an offset), "the" and a noun
    of ``settlement_anaphors``, maybe a possessive after it, that no "of", name or hyphen
    follows: " through the town's", " in the city"; not " in the city of Oran"."""
    lexicon = load_lexicon()
    prepositions = (lexicon.locatives | lexicon.passage_locatives) \
        - lexicon.source_locatives - lexicon.direction_locatives - lexicon.offset_locatives
    return re.compile(rf"(?<![\w-])(?i:{_alternation(prepositions)})\s+the\s+"
                      rf"(?i:{_alternation(lexicon.settlement_anaphors)})(?:['’]s\b|\b(?![-'’]|\s+(?:of\b|[A-Z])))")


@lru_cache(maxsize=1)
def _settlement_before() -> re.Pattern[str]:
    """A settlement word and "of" right before a name ("the town of", "the village of")."""
    heads = _alternation(load_lexicon().settlement_heads)
    return re.compile(rf"(?i:\b(?:{heads})\s+of\s+)$")


@lru_cache(maxsize=1)
def _locating_apposition() -> re.Pattern[str]:
    """The words between a town and the place an apposition locates it by: a comma, then
    maybe a distance (``distance_units``) and an offset locative or "near" (", north of",
    ", about 30 km east of", ", near the city of"), or a settlement noun or a noun for a
    part of a town (``part_nouns``) and "of" or "in", maybe behind the area it lies in (",
    capital of", ", a village of", ", the heart of", ", a town in", ", a town of the rebel
    enclave in"), or "in" or "on" and a noun of nearness (``near_nouns``) and "of" (", on the
    south-eastern edge of", ", in the northern countryside of"): a suburb named so lies by the
    city, and a protest by its residents is the suburb's, not the city's."""
    lexicon = load_lexicon()
    units = _alternation(set(lexicon.distance_units))
    offsets = _alternation(lexicon.offset_locatives | lexicon.proximity_words)
    approximate = _alternation(lexicon.approximators)
    heads = _alternation(lexicon.settlement_heads | lexicon.settlement_cues | lexicon.part_nouns)
    modifiers = _alternation(lexicon.locative_modifiers | lexicon.directions)
    near = _alternation(lexicon.near_nouns)
    area = r"(?:(?:of|in)\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,3})?"  # "a town of the rebel enclave in"
    return re.compile(rf"^\s*,\s+(?:(?i:{approximate})\s+)?(?:\d+(?:\.\d+)?\s*(?i:{units})\s+)?"
                      rf"(?:(?i:{offsets})\s+(?:the\s+)?(?:(?i:{heads})\s+of\s+)?"
                      rf"|(?:in|on)\s+the\s+(?:(?i:{modifiers})\s+){{0,2}}(?i:{near})\s+of\s+(?:the\s+)?"
                      rf"|(?:(?i:{modifiers})\s+){{0,3}}(?i:{heads})\s+{area}(?:of|in)\s+(?:the\s+)?)$")


@lru_cache(maxsize=1)
def _settlement_of() -> re.Pattern[str]:
    """The words between a wider place and the settlement it modifies: a possessive or not,
    modifiers, then a settlement word and "of" ("border village of", "town of", "Yemen's port
    of Aden"); "district of" or "province
    of" is not one, since "the Hawija district of Kirkuk" is in Hawija."""
    lexicon = load_lexicon()

    return re.compile(rf"^(?:['’]s)?\s+(?:(?i:{_alternation(lexicon.locative_modifiers)})\s+){{0,3}}"
                      rf"(?i:{_alternation(lexicon.settlement_heads)})\s+of\s+$")


@lru_cache(maxsize=1)
def _possessive_gap() -> re.Pattern[str]:
    """The words between a possessor place and its part: a possessive, maybe after a unit word
    of ``admin_cues`` ("Gaza City's Zeitoun", "Duhok province's Amedi district": the part),
    maybe before modifiers ("Mosul's battered Old City")."""
    lexicon = load_lexicon()
    modifier = _alternation(lexicon.locative_modifiers | lexicon.directions)
    return re.compile(rf"^(?:\s+(?i:{_alternation(lexicon.admin_cues)}))?['’]s\s+(?:(?:{modifier})\s+){{0,2}}$")


@lru_cache(maxsize=1)
def _unit_of() -> re.Pattern[str]:
    """The words between a possessor and the unit it holds: a possessive, modifiers, a unit
    word of ``admin_cues`` and "of" ("Yemen's southern province of", "Syria's province of").
    Only after a possessive: without one "the Hawija district of Kirkuk" is in Hawija."""
    lexicon = load_lexicon()
    return re.compile(rf"^['’]s\s+(?:(?i:{_alternation(lexicon.locative_modifiers | lexicon.directions)})\s+){{0,3}}"
                      rf"(?i:{_alternation(lexicon.admin_cues)})\s+of\s+(?:the\s+)?$")


@lru_cache(maxsize=1)
def _region_unit_of() -> re.Pattern[str]:
    """The words between a region and a unit it describes the way "the Gaza town of" does:
    a unit word of ``admin_cues`` and "of" ("the Nile Delta *province of* Sharqiya")."""
    return re.compile(rf"^\s+(?i:{_alternation(load_lexicon().admin_cues)})\s+of\s+(?:the\s+)?$")


def _outlying_site(lead: str, nouns: frozenset[str] | None = None) -> bool:
    """Whether ``lead`` (the words before a locative preposition) ends in a noun of
    ``outlying_site_nouns``: "a gas facility in Chamchamal", "the oil field at Qayyarah".
    Such a site lies out of town, in the town's district, and news names it by the town
    (the Khor Mor field is 35 km from Chamchamal): the event is near the town, not in it.
    The caller may pass other ``nouns``: a settlement's before "near" ("a village near Biu")."""
    words = re.findall(r"[\w'’-]+", lead.lower())
    return bool(words) and words[-1] in (load_lexicon().outlying_site_nouns if nouns is None else nouns)


def _vicinity(place: Place) -> Place:
    """``place`` as the area around it: "an outpost north of Baghdad" is not in Baghdad, so
    its precision says ``vicinity`` (clustering gives that a radius of tens of km) instead
    of the town's; so is a site resolved to a town's precision ("across the Rumaila road": the
    road runs out to the oil field). Coarser places (a province, a country) already cover
    their surroundings."""
    if place.feature not in TOWNS and place.precision not in TOWNS:
        return place
    return Place(**{**place._fields(), "precision": VICINITY})


#: Further names enumerated right after a place ("from Iran*, Russia and China*"): their
#: commas and "and" join a list inside the clause and end none.
_ENUMERATION = re.compile(r"(?:(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)+")


def _same_clause_after(text: str, first: Place, then: Place) -> bool:
    """Whether ``then`` follows ``first`` with no clause break between ("fired from Gaza at
    Ashkelon", not "withdrew from Iraq in 2011 but returned at Baghdad's invitation"); the
    names listed with ``first`` break nothing ("warships from Iran, Russia and China began
    the exercise off Chabahar")."""
    if then.start < first.end:  # type: ignore[operator]
        return False
    listed = _ENUMERATION.match(text, first.end, then.start)  # type: ignore[arg-type]
    return not _clause_break().search(text, listed.end() if listed else first.end, then.start)  # type: ignore[arg-type]


def _taken(place: Place, participants: Sequence[Span]) -> bool:
    """Whether ``place`` is (part of) a participant's span. A participant that is only a word
    inside a longer place name ("Syrian" of "the Syrian capital") leaves the place free: the
    city is where it happened, its country who was struck."""
    return any(_overlaps(place, span) and not _strictly_inside(span, place) for span in participants)


def _strictly_inside(span: Span, place: Place) -> bool:
    return place.start <= span.start and span.end <= place.end \
        and span.end - span.start < place.end - place.start  # type: ignore[operator]


def _locative_in_trigger(text: str, trigger: Span, place: Place) -> bool:
    """Whether ``place`` lies inside the trigger behind a locative phrase of its own ("the
    *march in Oran*", "a *sit-in at Tahrir Square*").

    Why: a trigger read with its locative says where it happened; a place that is a word of
    the trigger itself ("the *Gaza* war") is no scene."""
    return trigger.start < place.start and place.end <= trigger.end \
        and _locative_phrase().search(text[trigger.start:place.start]) is not None  # type: ignore[misc]


def _overlaps(place: Place, span: Span) -> bool:
    """Whether ``place`` shares a character with ``span`` (an actor's whole phrase, "officials
    in Erbil", covers its place too)."""
    return place.start < span.end and span.start < place.end  # type: ignore[operator]


def _is_statement(trigger: str) -> bool:
    """Whether the trigger's first word is a speech or request verb ("urged", "said") or a
    noun of a request, a threat or a rejection (``demand_triggers``: "its rejection")."""
    words = trigger.split()
    lexicon = load_lexicon()
    return bool(words) and words[0].lower() in lexicon.speech_verbs | lexicon.demand_triggers


#: How many words after a trigger may hold the word that makes it a sanction ("slapped
#: *new* penalties": two).
MEASURE_WORDS_AFTER = 3


def _is_measure(text: str, trigger: Span) -> bool:
    """Whether the trigger is a sanction or a designation: its first word is of
    ``sanction_words`` ("designated"), or one of the ``MEASURE_WORDS_AFTER`` words after it
    of ``sanction_nouns`` ("imposed sanctions", "slapped new penalties"). A government's
    measure happens where it is announced; the places after its trigger are its targets'
    ("a businessman in Baghdad") or those its targets profit ("millions for Tehran")."""
    lexicon = load_lexicon()
    first = text[trigger.start:trigger.end].split()[:1]
    after = re.findall(r"[A-Za-z-]+", text[trigger.end:trigger.end + 60])[:MEASURE_WORDS_AFTER]
    return bool({w.lower() for w in first} & lexicon.sanction_words
                or {w.lower() for w in after} & lexicon.sanction_nouns)


def _in_other_event_clause(text: str, sentence: Span, trigger: Span, place: Place) -> bool:
    """Whether ``place`` lies in a clause that tells another event and does not hold the
    trigger: one opened by a word of ``prospect_openers`` ("said they would set up a
    mechanism, with technical teams *due to* convene in the Iraqi capital by May and Ankara
    pledging releases" does not put the pledge in Baghdad; that is where a meeting is to
    be), or by a measured interval ("discussed the Gaza force in a phone call, *hours
    after* President Erdogan hosted Syria's leader in Istanbul": the clause dates the news
    by an event of its own, as the events stage reads it, and its places are that event's).
    A bare "after" may tell how the event came about ("died after a drone struck a car in
    Tyre") and opens no such clause, unless the clause dates its own act apart by a measured
    interval and a word of the time lexicon's ``anaphoric_offsets`` (:func:`_dated_apart`:
    "bolstered its deployment on Thursday, after smugglers fired on a patrol near Hosh al-Sayyed
    Ali *six days earlier*")."""
    if _dated_apart(text, sentence, trigger, place):
        return True
    before = text[sentence.start:place.start]  # type: ignore[misc]
    openers = [m for m in _other_event_opener().finditer(before)
               if m.group("unit") is None or load_time_lexicon().unit(m.group("unit")) is not None]
    if not openers or _clause_break().search(before[openers[-1].end():]):
        return False
    return not sentence.start + openers[-1].start() <= trigger.start < place.start  # type: ignore[operator]


def _dated_apart(text: str, sentence: Span, trigger: Span, place: Place) -> bool:
    """Whether ``place`` lies in a clause opened after the trigger by a word of
    ``background_openers`` ("after", "since") that ends in an interval of its own ("six days
    earlier", "a week before"): that clause tells an earlier or later act, not the event."""
    if place.start < trigger.end:  # type: ignore[operator]
        return False
    openers = list(_background_opener().finditer(text, trigger.end, place.start))  # type: ignore[arg-type]
    if not openers or _clause_break().search(text, openers[-1].end(), place.start):  # type: ignore[arg-type]
        return False
    end = next((m.start() for m in re.finditer(r"[,;:]", text[place.end:sentence.end])), None)  # type: ignore[misc]
    rest = text[place.end:sentence.end if end is None else place.end + end]  # type: ignore[operator]
    return any(load_time_lexicon().unit(m.group("unit")) is not None for m in _interval_offset().finditer(rest))


def _other_day_after(document: Document, sentence: Span, trigger: Span, place: Place) -> bool:
    """Whether ``place`` lies past a comma or a semicolon after the trigger, in a stretch that
    names a day (:func:`_days`) while the trigger's clause names another: "decried the
    resolution *today*, adding a quarrel to *Sunday's* claims that posts had fired toward
    Kalbajar" -- the later clause tells an act of its own day, and its places are that act's."""
    text = document.text
    if place.start < trigger.end:  # type: ignore[operator]
        return False
    comma = re.compile(r"[,;]").search(text, trigger.end, place.start)  # type: ignore[arg-type]
    if comma is None:
        return False
    own = _days(text[sentence.start:comma.start()], document.published)
    later = _days(text[comma.end():place.start], document.published)  # type: ignore[misc]
    return bool(own) and bool(later) and not own & later


#: Classes of events.yaml whose word pairs open a stretch after the news that names another act:
#: set apart from it or related to it (", a case separate from the arrests made in Luxor").
LINKED_ACT_CLASSES = ("parting_links", "relating_links")


def _linked_act_place(text: str, trigger: Span, place: Place) -> bool:
    """Whether ``place`` lies after the trigger in a stretch that a comma or a semicolon opens
    and a word pair of :data:`LINKED_ACT_CLASSES` leads to it: "collared a lab owner in the
    capital, a case separate from the antiquities arrests in Luxor", "assembled this morning,
    in a protest unrelated to Tuesday's stoppage in Asaluyeh". The link names another act,
    which the events stage drops as news; the place is that act's, not the event's, which
    keeps its own place or the dateline's town. A link that sets the act apart needs no
    comma when the trigger is the noun it follows: "*a build-up* separate from Thursday's
    advance on Derna" happened elsewhere than the advance."""
    if place.start < trigger.end:  # type: ignore[operator]
        return False
    comma = max(text.rfind(mark, trigger.end, place.start) for mark in ",;")  # type: ignore[arg-type]
    names = LINKED_ACT_CLASSES if comma >= 0 else ("parting_links",)
    words = re.findall(r"[a-z]+", text[max(comma, trigger.end):place.start].lower())  # type: ignore[misc]
    lexicon = load_event_lexicon()
    return any(lexicon.in_class(" ".join(words[n:n + size]), name)
               for name in names for size in (1, 2) for n in range(len(words) - size + 1))


def _days(text: str, published: str | None) -> set[int | str]:
    """The days ``text`` names by a weekday ("Sunday's", "on Sunday") or a relative day
    ("today", "yesterday"), each as its weekday number (Monday 1) when the publication date
    tells it, else as the relative day's offset (a string)."""
    lexicon = load_time_lexicon()
    base = _weekday(published)
    days: set[int | str] = set()
    for m in _day_word().finditer(text):
        word = m.group()
        if word in lexicon.weekdays:
            days.add(lexicon.weekdays[word])
            continue
        offset = lexicon.relative_days[word.lower()].offset
        days.add((base + offset - 1) % 7 + 1 if base is not None else str(offset))
    return days


def _weekday(published: str | None) -> int | None:
    """The weekday (Monday 1) of a publication date "YYYY-MM-DD...", None if it has none."""
    try:
        return date.fromisoformat((published or "")[:10]).isoweekday()
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _day_word() -> re.Pattern[str]:
    """A weekday of the time lexicon (capitalised) or one of its ``relative_days``."""
    lexicon = load_time_lexicon()
    return re.compile(rf"\b(?:{_alternation(set(lexicon.weekdays))}|(?i:{_alternation(set(lexicon.relative_days))}))\b")


@lru_cache(maxsize=1)
def _background_opener() -> re.Pattern[str]:
    """A word of ``background_openers``."""
    return re.compile(rf"\b(?i:{_alternation(load_lexicon().background_openers)})\b")


@lru_cache(maxsize=1)
def _interval_offset() -> re.Pattern[str]:
    """A word, to be checked as a unit of time, and one of the time lexicon's
    ``anaphoric_offsets``: "days earlier", "a week before"."""
    return re.compile(rf"\b(?P<unit>[A-Za-z]+)\s+(?i:{_alternation(set(load_time_lexicon().anaphoric_offsets))})\b")


@lru_cache(maxsize=1)
def _other_event_opener() -> re.Pattern[str]:
    """A phrase of ``prospect_openers`` ("due to", "scheduled to"), or a word and a link of
    the time lexicon's ``offset_links`` ("hours after", "a day before"), the word to be
    checked as a unit of time."""
    links = _alternation(set(load_time_lexicon().offset_links))
    return re.compile(rf"\b(?i:{_alternation(load_lexicon().prospect_openers)})\b"
                      rf"|\b(?P<unit>[A-Za-z]+)\s+(?i:{links})\b")


@lru_cache(maxsize=1)
def _clause_break() -> re.Pattern[str]:
    """Punctuation or a word of ``clause_breaks`` that ends a clause."""
    words = _alternation(load_lexicon().clause_breaks)
    return re.compile(rf"[,;:]|\b(?i:{words})\b")


@lru_cache(maxsize=1)
def _argument_gaps() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What may stand between a trigger and its object ("urged neighbouring Iraq"), and between
    a subject and its trigger ("Iraq has also accused")."""
    lexicon = load_lexicon()

    obj = re.compile(rf"^\s+(?:(?i:{_alternation(lexicon.locative_modifiers)})\s+){{0,2}}$")
    subject = re.compile(rf"^\s+(?:(?i:{_alternation(lexicon.speech_fillers)})\s+){{0,3}}$")
    return obj, subject


def _participant(text: str, trigger: Span, place: Place) -> bool:
    """Whether ``place`` is a country standing as the trigger's subject or object."""
    if place.feature != "country":
        return False
    obj, subject = _argument_gaps()
    if place.start >= trigger.end:  # type: ignore[operator]
        return bool(obj.match(text[trigger.end:place.start]))
    return bool(subject.match(" " + text[place.end:trigger.start]))


def _distance(trigger: Span, place: Place) -> int:
    if place.start >= trigger.end:  # type: ignore[operator]
        return place.start - trigger.end  # type: ignore[operator]
    return BEFORE_PENALTY * (trigger.start - place.end)  # type: ignore[operator]
