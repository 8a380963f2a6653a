"""Where an event happened: the place its trigger's locative phrase names, else the sentence's.

GDELT's classic error is a pin on a place the article merely mentions; so an event takes
no place from elsewhere in the article, only from its own sentence:

1. a place in a locative prepositional phrase of the sentence ("a rocket attack *in
   Erbil*", "shelled positions *in southern Lebanon*", "out of the Syrian town of Manbij"),
   the nearest to the trigger, a phrase after the trigger preferred to one before it;
2. else the sentence's place: the one place the sentence names, if it names exactly one
   (not as a possessor, "Iran's foreign minister");
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
    named = [p for p in inside if not _POSSESSOR.match(text[p.end:p.end + 2])]
    if len({(p.name or p.text) for p in named}) == 1:
        return named[0]
    return None


def _distance(trigger: Span, place: Place) -> int:
    if place.start >= trigger.end:  # type: ignore[operator]
        return place.start - trigger.end  # type: ignore[operator]
    return BEFORE_PENALTY * (trigger.start - place.end)  # type: ignore[operator]
