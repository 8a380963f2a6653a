"""Where an event happened: the place its trigger's locative phrase names, else the sentence's.

GDELT's classic error is a pin on a place the article merely mentions; so an event takes
no place from elsewhere in the article, only from its own sentence:

1. a place in a locative prepositional phrase of the sentence ("a rocket attack *in
   Erbil*", "shelled positions *in southern Lebanon*", "out of the Syrian town of Manbij"),
   the nearest to the trigger, a phrase after the trigger preferred to one before it;
2. else, unless the event is a statement (its trigger is a speech or request verb of
   ``lexicons/places.yaml``: "said", "urged", "demanded" -- a statement has no place unless
   the text gives one, "told reporters in Ankara"), the sentence's place: the one place the
   sentence names, if it names exactly one, not as a possessor ("Iran's foreign minister")
   and not as a participant: a country right before the trigger is its subject and one
   right after it its object ("Turkey urged Iraq", "Iraq accused Turkey"), a state acting
   or acted upon, not where anything happened;
3. else none.

Until a dependency parse exists the locative phrase is found from the words before the
name: a preposition of ``lexicons/places.yaml`` ``locatives`` followed by at most four
modifier words (capitalised words, cue and direction words, ``locative_modifiers``), so
"officials in Anbar said Hammond ..." does not put Hammond in a locative phrase. The events stage calls :func:`location_for_event` with the places of the document.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lapwing.places_recognise import load_lexicon
from lapwing.records import Document, Mention, Place, Span

MAX_WORDS_BETWEEN = 4
BEFORE_PENALTY = 2  # a place before the trigger counts as twice as far away
_POSSESSOR = re.compile(r"^['’]s?\b")


@lru_cache(maxsize=1)
def _locative_phrase() -> re.Pattern[str]:
    """A locative preposition and up to four modifier words, at the end of a string."""
    lexicon = load_lexicon()
    words = sorted(lexicon.locatives, key=len, reverse=True)
    modifiers = lexicon.locative_modifiers | lexicon.settlement_cues | lexicon.admin_cues | lexicon.directions
    modifier = rf"(?:[A-Z][\w'’-]*|{'|'.join(map(re.escape, sorted(modifiers, key=len, reverse=True)))})"
    return re.compile(rf"(?<![\w-])(?i:{'|'.join(map(re.escape, words))})\s+(?:{modifier}\s+){{0,{MAX_WORDS_BETWEEN}}}$")


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
                       document: Document) -> Place | None:
    """The place of the event whose trigger is ``trigger`` in ``sentence`` (see module doc)."""
    text = document.text
    inside = []
    for item in places:
        place = _as_place(item)
        if place is not None and place.start is not None and place.end is not None \
                and sentence.start <= place.start and place.end <= sentence.end \
                and not (place.start < trigger.end and trigger.start < place.end):
            inside.append(place)
    locative = [p for p in inside
                if _locative_phrase().search(text[sentence.start:p.start][-80:])]
    if locative:
        return min(locative, key=lambda p: _distance(trigger, p))
    if _is_statement(text[trigger.start:trigger.end]):
        return None
    named = [p for p in inside if not _POSSESSOR.match(text[p.end:p.end + 2])
             and not _participant(text, trigger, p)]
    if len({(p.name or p.text) for p in named}) == 1:
        return named[0]
    return None


def _is_statement(trigger: str) -> bool:
    """Whether the trigger's first word is a speech or request verb ("urged", "said")."""
    words = trigger.split()
    return bool(words) and words[0].lower() in load_lexicon().speech_verbs


@lru_cache(maxsize=1)
def _argument_gaps() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What may stand between a trigger and its object ("urged neighbouring Iraq"), and between
    a subject and its trigger ("Iraq has also accused")."""
    lexicon = load_lexicon()

    def words(vocabulary: frozenset[str]) -> str:
        return "|".join(map(re.escape, sorted(vocabulary, key=len, reverse=True)))

    obj = re.compile(rf"^\s+(?:(?i:{words(lexicon.locative_modifiers)})\s+){{0,2}}$")
    subject = re.compile(rf"^\s+(?:(?i:{words(lexicon.speech_fillers)})\s+){{0,3}}$")
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
