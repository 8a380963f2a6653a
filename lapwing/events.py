"""The ``events`` stage: PLOVER events (who did what to whom, when, where, how sure) per sentence.

Why rules first: analysts must be able to see why a sentence became an event and correct
the word list when it is wrong, and there is no parser or training data yet. Each sentence
of the coded zones is read in steps, each in its own module so a parser or a model can
replace one step at a time:

1. triggers: words and phrases of ``lexicons/events.yaml`` (:mod:`lapwing.events_lexicon`),
   longest first, never inside an actor's name;
2. content, not events: what an "urge", "accuse", "threaten" or "refuse" governs is the
   content of that act ("Turkey urged Iraq to expel the PKK" codes no expulsion), and what
   a "deny" or "fail" governs is negated;
3. roles from the actor mentions of the actors stage (:mod:`lapwing.events_roles`);
4. attribution and modality (:mod:`lapwing.events_attribution`, :mod:`lapwing.events_modality`);
5. mode and contexts from words near the trigger, size (dead, injured, arrested) from
   numbers near casualty words, date (:mod:`lapwing.eventdate`) and place
   (:mod:`lapwing.eventplace`);
6. one event per type and actor in a sentence: "struck ... killing four" is one ASSAULT.

``confidence`` is a rule-of-thumb score (a trigger alone 0.5; an actor, a recipient and an
unhedged reading add to it), not a calibrated probability.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from lapwing.actors import resolve
from lapwing.eventdate import date_for_event
from lapwing.eventplace import location_for_event
from lapwing.events_attribution import cue_for, find_cues
from lapwing.events_lexicon import GAP, MAX_GAP, Entry, EventLexicon, load_lexicon
from lapwing.events_modality import read_modality, same_actor
from lapwing.events_roles import PREPOSITIONS, Group, PatternRoles, Roles, actor_groups
from lapwing.events_size import size_of
from lapwing.events_text import QUOTES, Sentence, sentences
from lapwing.hookspecs import hookimpl
from lapwing.knowledge import KnowledgeBase, load_kb
from lapwing.records import ActorRef, Document, Event, Mention, Span, Timex
from lapwing.stages import Analysis, StageFn, stage

#: Words before an ambiguous form ("attack", "strikes") that make it a noun.
NOUN_CUES = frozenset({"a", "an", "the", "'s", "its", "their", "his", "her", "this", "that",
                       "these", "those", "no", "any", "new", "fresh", "further", "deadly",
                       "latest", "overnight", "major", "of", "recent", "wave", "two", "three"})
GOVERNED_WINDOW = 10  # words after a governing trigger that may hold its content
MODE_WINDOW = 8
_CONFLICT = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})
_FIRST_PERSON = frozenset({"we", "i", "our"})


@dataclass
class Trigger:
    """A trigger found in a sentence: token span, entry, and what governs it."""

    i: int
    j: int
    entry: Entry
    type: str | None
    governed: str | None = None  # "absorb" or "negate", by which trigger word
    by: str = ""
    roles: Roles = field(default_factory=Roles)


class EventCoder:
    """Codes the events of documents; built once per worker (lexicon and KB load here)."""

    def __init__(self, lexicon: EventLexicon | None = None, kb: KnowledgeBase | None = None):
        self.lexicon = lexicon or load_lexicon()
        self.kb = kb or load_kb()

    def code(self, document: Document, mentions: Iterable[Mention], timexes: list[Timex],
             trace: list[str] | None = None) -> list[Event]:
        """Events of ``document``; ``trace``, if given, collects why each rule fired."""
        mentions = list(mentions)
        actors = [m.actor for m in mentions if m.actor is not None and m.actor.start is not None]
        actors += [_state_of(m) for m in mentions if m.place is not None and m.place.feature == "country"
                   and not any(a.start == m.start for a in actors)]
        places: list[Mention | object] = [m for m in mentions if m.place is not None]
        events: list[Event] = []
        for sentence in sentences(document):
            refs = [a for a in actors if sentence.start <= (a.start or 0) and (a.end or 0) <= sentence.end]
            for event in self._sentence(document, sentence, refs, trace):
                span = Span(sentence.start, sentence.end, sentence.text)
                event.date = date_for_event(event.trigger, span, timexes, document)
                event.location = location_for_event(event.trigger, span, places, document)  # type: ignore[arg-type]
                event.event_id = f"{document.doc_id}:e{len(events) + 1}"
                events.append(event)
        return events

    # ----- one sentence

    def _sentence(self, document: Document, sentence: Sentence, refs: list[ActorRef],
                  trace: list[str] | None) -> list[Event]:
        groups = actor_groups(sentence, refs)
        triggers = self._triggers(sentence, groups)
        if not triggers:
            return []
        self._govern(sentence, groups, triggers)
        cues_ = self.lexicon.cues
        assert cues_ is not None
        reader = PatternRoles(lambda s, e: self._resolve(document, s, e), cues_.reporting_forms,
                              self.lexicon.participants)
        cues = find_cues(sentence, groups, self.lexicon.cues)  # type: ignore[arg-type]
        size = size_of(sentence, self.lexicon)
        out: list[Event] = []
        for trig in triggers:
            word = sentence.span_text(trig.i, trig.j)
            if trig.governed == "absorb":
                _note(trace, f"{word!r}: content of {trig.by!r}, not an event")
                continue
            if trig.type is None:
                _note(trace, f"{word!r}: {trig.entry.key!r} is an event only with a hostile complement")
                continue
            event = self._event(document, sentence, groups, trig, reader, cues, trace)
            if out and not event.actors and _participle(sentence, trig):
                event.actors = out[0].actors  # "arrested a leader, killing two guards"
            if event.type in ("ASSAULT", "COERCE") and size is not None:
                event.size = size
            if not (event.actors or event.recipients or event.size):
                _note(trace, f"{word!r}: no actor, recipient or toll: not coded")
                continue
            out.append(event)
        return _merge(out, trace)

    def _event(self, document: Document, sentence: Sentence, groups: list[Group], trig: Trigger,
               reader: PatternRoles, cues: list, trace: list[str] | None) -> Event:
        entry, word = trig.entry, sentence.span_text(trig.i, trig.j)
        roles = reader.roles(sentence, groups, trig.i, trig.j, entry)
        if not roles.recipients and entry.complement and not roles.passive:
            scope = _scope(sentence, groups, trig.j)
            inner = next((g for g in groups if trig.j <= g.first < scope), None)
            if inner is not None and not same_actor(inner.refs[0], roles.actors):
                roles.recipients = list(inner.refs)
                roles.how.append("recipient: first actor in the governed content")
        type_ = trig.type or ""
        if entry.official and any(a.type in ("state", "government") or a.sector == "GOV" for a in roles.actors):
            type_ = entry.official
        cue = cue_for(sentence, cues, trig.i)
        speaker = cue.speaker if cue else None
        if not roles.actors and speaker is not None and roles.pronoun and (
                roles.pronoun in _FIRST_PERSON or cue.first < trig.i):  # type: ignore[union-attr]
            roles.actors = [speaker]
            roles.how.append(f"pronoun {roles.pronoun!r} stands for the speaker")
        reading = read_modality(sentence, trig.i, type_, self.lexicon, governed=trig.governed,
                                speaker=speaker, claiming=bool(cue and cue.claiming),
                                actors=roles.actors)
        mode = entry.mode if reading.type == type_ else None
        mode = mode or self._mode(sentence, trig, reading.type)
        _note(trace, f"{word!r}: {entry.pos} {entry.key!r} (events.yaml line {entry.line}) -> "
                     f"{reading.type}{' mode ' + mode if mode else ''}; roles: "
                     f"{'; '.join(roles.how) or 'none found'}; modality {reading.modality}"
                     f"{' (' + ', '.join(reading.cues) + ')' if reading.cues else ''}"
                     f"{'; governed by ' + repr(trig.by) if trig.governed else ''}")
        confidence = 0.5 + 0.2 * bool(roles.actors) + 0.1 * bool(roles.recipients) \
            + 0.1 * (reading.modality == "asserted")
        return Event(
            doc_id=document.doc_id, event_id="", type=reading.type,
            trigger=Span(sentence.tokens[trig.i].start, sentence.tokens[trig.j - 1].end, word),
            sentence=Span(sentence.start, sentence.end, sentence.text),
            modality=reading.modality,  # type: ignore[arg-type]
            mode=mode, contexts=self._contexts(sentence),
            actors=roles.actors, recipients=roles.recipients,
            attribution=cue.attribution(sentence) if cue else None,
            confidence=round(confidence, 2),
        )

    # ----- triggers

    def _triggers(self, sentence: Sentence, groups: list[Group]) -> list[Trigger]:
        inside = {k for g in groups for k in range(g.first, g.last)}
        found: list[Trigger] = []
        k = 0
        toks = sentence.tokens
        while k < len(toks):
            match = None if k in inside else self._match(sentence, k, groups)
            if match is None:
                k += 1
                continue
            entry, end = match
            found.append(Trigger(k, end if not entry.key.count(GAP) else k + 1, entry, entry.type))
            k = end
        return found

    def _match(self, sentence: Sentence, k: int, groups: list[Group]) -> tuple[Entry, int] | None:
        """The longest lexicon pattern at token ``k``, verb or noun by the word before it.

        After a determiner or a preposition only nouns (and "-ing" forms) are triggers:
        "the fight against", "by phone" are no verbs. Capitalised words are names or months
        ("March", "Rally") unless they open the sentence.
        """
        toks = sentence.tokens
        if toks[k].cap and k > 0 and toks[k - 1].lower not in QUOTES:
            return None
        before = toks[k - 1].lower if k else ""
        after_actor = any(g.last == k for g in groups)  # "Israel attacks": a subject, not "Israeli attacks"
        nounish = before in NOUN_CUES or (k > 0 and toks[k - 1].cap and not after_actor)
        noun_only = (before in NOUN_CUES | PREPOSITIONS - {"to"}) and not toks[k].lower.endswith("ing")
        best: tuple[Entry, int] | None = None
        for pattern in self.lexicon.candidates(toks[k].lower):
            if noun_only and pattern.entry.pos == "verb":
                continue
            end = _match_rest(sentence, k + 1, pattern.rest)
            if end is None:
                continue
            if best is None or end > best[1] or (
                    end == best[1] and (pattern.entry.pos == "noun") == nounish
                    and (best[0].pos == "noun") != nounish):
                best = (pattern.entry, end)
        return best

    def _govern(self, sentence: Sentence, groups: list[Group], triggers: list[Trigger]) -> None:
        """Mark triggers that are the content of an earlier one, and hostile vows."""
        negators = self.lexicon.cues.negating_governors  # type: ignore[union-attr]
        toks = sentence.tokens
        governors = [(t.j, t.entry.complement, sentence.span_text(t.i, t.j), t) for t in triggers
                     if t.entry.complement]
        governors += [(k + 1, "negate", toks[k].text, None) for k, tok in enumerate(toks)
                      if tok.lower in negators]
        for outer, inner_trig in zip(triggers, triggers[1:]):
            between = sentence.words(outer.j, inner_trig.i)
            if outer.entry.pos == "verb" and len(between) <= 3 and sentence.same_clause(outer.i, inner_trig.i) \
                    and not set(between) & (PREPOSITIONS - {"to"} | {",", "and", "or"}) \
                    and (inner_trig.entry.pos == "noun" or between[-1:] == ["to"]):
                inner_trig.governed = inner_trig.governed or "absorb"
                inner_trig.by = inner_trig.by or sentence.span_text(outer.i, outer.j)
        for start, kind, word, owner in governors:
            scope = _scope(sentence, groups, start)
            inner = [t for t in triggers if start <= t.i < scope and t is not owner]
            for trig in inner:
                if trig.governed is None:
                    trig.governed, trig.by = kind, word
            if owner is not None and owner.entry.hostile:
                words = set(sentence.words(start, scope))
                if words & self.lexicon.hostile_words or any(
                        (t.entry.type or "") in _CONFLICT for t in inner):
                    owner.type = owner.entry.hostile

    # ----- mode, contexts, actors of modifiers

    def _mode(self, sentence: Sentence, trig: Trigger, type_: str) -> str | None:
        words = set(sentence.words(trig.i - MODE_WINDOW, trig.j + MODE_WINDOW))
        for mode, cue_words in self.lexicon.modes.get(type_, []):
            if words & cue_words:
                return mode
        return None

    def _contexts(self, sentence: Sentence) -> list[str]:
        words = {t.lower for t in sentence.tokens}
        return sorted(name for name, cue_words in self.lexicon.contexts.items() if words & cue_words)

    def _resolve(self, document: Document, start: int, end: int) -> ActorRef | None:
        text = document.text
        return resolve(text[start:end], text, start, end, document.published, self.kb).actor


def _match_rest(sentence: Sentence, k: int, rest: tuple[str, ...]) -> int | None:
    """Where a pattern's remaining words end if they follow at token ``k`` (gaps allowed)."""
    toks = sentence.tokens
    for n, word in enumerate(rest):
        if word == GAP:
            nxt = rest[n + 1] if n + 1 < len(rest) else None
            for gap in range(0, MAX_GAP + 1):
                if k + gap < len(toks) and nxt is not None and toks[k + gap].lower == nxt:
                    k += gap
                    break
            else:
                return None
            continue
        if k >= len(toks) or toks[k].lower != word:
            return None
        k += 1
    return k


def _scope(sentence: Sentence, groups: list[Group], start: int) -> int:
    """End of the content of a governing word: clause end, window, or a new subject."""
    toks = sentence.tokens
    for k in range(start, min(len(toks), start + GOVERNED_WINDOW)):
        if k > start and not sentence.same_clause(start, k) and toks[k].lower != "that":
            return k
        if toks[k].lower in {",", "and", "while"} and any(g.first == k + 1 for g in groups):
            return k
    return min(len(toks), start + GOVERNED_WINDOW)


def _merge(events: list[Event], trace: list[str] | None) -> list[Event]:
    """One event per type, modality and actor in a sentence ("struck ..., killing four")."""
    merged: list[Event] = []
    for event in events:
        twin = next((m for m in merged if m.type == event.type and m.modality == event.modality
                     and _compatible(m.actors, event.actors)
                     and _compatible(m.recipients, event.recipients)), None)
        if twin is None:
            merged.append(event)
            continue
        _note(trace, f"{event.trigger.text!r}: same {event.type} as {twin.trigger.text!r}, merged")
        twin.actors = twin.actors or event.actors
        twin.recipients = twin.recipients or [r for r in event.recipients if not same_actor(r, twin.actors)]
        twin.mode = twin.mode or event.mode
        twin.size = twin.size or event.size
        twin.attribution = twin.attribution or event.attribution
    return merged


def _participle(sentence: Sentence, trig: Trigger) -> bool:
    """An "-ing" verb right after a comma: a clause whose subject is the sentence's."""
    return trig.entry.pos == "verb" and sentence.tokens[trig.i].lower.endswith("ing") \
        and trig.i > 0 and sentence.tokens[trig.i - 1].lower == ","


def _state_of(mention: Mention) -> ActorRef:
    """A country named as a place ("visited Russia", "withdrew from Lebanon") as its state:
    a candidate for a recipient (a subject is never read from a prepositional phrase)."""
    place = mention.place
    assert place is not None
    return ActorRef(text=mention.text, start=mention.start, end=mention.end, name=place.name,
                    country=place.country, type="state", reason="place: a country named as a place")


def _compatible(a: list[ActorRef], b: list[ActorRef]) -> bool:
    return not a or not b or any(same_actor(x, b) for x in a)


def _note(trace: list[str] | None, line: str) -> None:
    if trace is not None:
        trace.append(line)


@stage("events", reads=["document.text", "document.zones", "mentions", "timexes"],
       assigns=["events"], requires=["actors", "time", "places"],
       default_config={"kb_dirs": []}, scorer="events")
def make_events(config: dict) -> StageFn:
    """PLOVER events with roles, modality, attribution, size, date and place."""
    coder = EventCoder(kb=load_kb(config["kb_dirs"]))

    def run(batch: list[Analysis]) -> None:
        for analysis in batch:
            analysis.events.extend(coder.code(analysis.document, analysis.mentions, analysis.timexes))

    return run


@hookimpl
def register_stages() -> list:
    return [make_events]

