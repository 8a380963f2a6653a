"""Who says so: the speaker or outlet an event is attributed to, and the cue that says it.

Analysts weigh a claim by its source ("Iranian state media said"), so every event in the
scope of a reporting verb ("X said", "X told Y", "said X"), of "according to X" or of a
quotation gets an :class:`~lapwing.records.Attribution` whose speaker is an ActorRef: the
actor mention next to the cue when there is one, else the words that name the speaker
("a police spokesman", "he") unresolved. Cue words are in ``lexicons/modality.yaml``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from lapwing.events_lexicon import ModalityCues, load_lexicon
from lapwing.events_roles import (ARTICLES, BE_FORMS, COUNT_WORDS, ED_NON_VERBS, ING_NON_VERBS, POSSESSIVES,
                                  PREPOSITIONS, SUBJECT_AUXILIARIES, Group, governor, plural_noun_subject,
                                  thousands_comma)
from lapwing.events_text import (AUDIENCE_VERBS, CLAUSE_WORDS, DASHES, DAY_WORDS, RELATIVE_PRONOUNS, TIME_WORDS,
                                 Sentence, Token, contact_relative, reporting_at)
from lapwing.places_recognise import place_country
from lapwing.records import ActorRef, Attribution

#: A speaker found for a cue: its ActorRef and token span.
Found = tuple[ActorRef, tuple[int, int]] | None

#: Words that open a subordinate clause ("although the other side has said"): the speaker's
#: phrase starts after them, as they belong to no name.
_SUBORDINATORS = frozenset({"although", "though", "while", "whereas", "as", "since", "because", "if", "unless",
                            "when"})
_NP_STOP = _SUBORDINATORS | {",", ".", ";", ":", '"', "“", "”", "(", ")", "—", "–", "and", "but", "that"}
#: Words that open a clause set against the one before it ("..., although Spain said it would
#: not follow suit", "..., but Cairo said"): its speaker reports that clause alone.
_CONTRASTING = frozenset({"although", "though", "whereas", "while", "but"})
#: Auxiliaries and adverbs between a speaker and its verb ("the other side has said", "the
#: ministry would later say"): they end the speaker's phrase and are no part of it.
_AUXILIARIES = SUBJECT_AUXILIARIES | frozenset({"would", "will", "could", "might", "may", "can", "should", "must",
                                                "did", "does", "do"})
_NP_WORDS = 5
#: The most lower-case nouns a party may modify in a speaker's phrase ("a UN expert panel").
_BODY_NOUNS = 2
#: The longest speaker phrase with an "of" complement between a comma and its verb.
_OF_NP_WORDS = 8
#: Words that may stand between a speaker and its verb ("Iran's ministry on Tuesday said").
_SPEAKER_GAP = frozenset({"has", "have", "had", "also", "later", "on", "in", "a", "statement",
                          "separately", "previously", "earlier", "then", "had", "would", "again"})
#: Lower-case words that end a speaker's phrase after its party (see :func:`_body_noun`).
_NO_BODY_NOUNS = (PREPOSITIONS | _NP_STOP | _AUXILIARIES | BE_FORMS | RELATIVE_PRONOUNS | DAY_WORDS | TIME_WORDS
                  | _SPEAKER_GAP - {"statement"})


@dataclass(frozen=True)
class Cue:
    """A reporting cue in a sentence: its tokens, its speaker and whether it only claims."""

    first: int
    last: int
    speaker: ActorRef
    speaker_span: tuple[int, int]
    claiming: bool
    forward: bool = False  # a participle ("claiming", "saying") reports only what follows it
    contact: bool = False  # "a company it said had channelled funds": a relative clause's own report

    def attribution(self, sentence: Sentence) -> Attribution:
        return Attribution(speaker=self.speaker, cue=sentence.span_text(self.first, self.last),
                           start=sentence.tokens[self.first].start,
                           end=sentence.tokens[self.last - 1].end)


#: The longest subject of a closing comment clause before its verb ("videos sent to Iran
#: International showed"), and words that open a clause of another kind after a comma.
COMMENT_SUBJECT = 8
_CLAUSE_OPENERS = CLAUSE_WORDS | {"and", "or", "as", "with", "while"}

#: Words that may open a clause before its subject ("The", "Turkish President"): how far
#: into the clause a participle's speaker may start.
_SUBJECT_OPENING = 3

#: Prepositions by which a name modifies the party before it ("the envoy for Yemen", "unions in
#: Argentina said").
_MODIFIER_PREPS = frozenset({"for", "of", "to", "in"})
#: Words after which a reporting form is a noun ("Sudan's state", "the claim").
_DETERMINERS = ARTICLES | POSSESSIVES | {"her", "'s"}  # "her" too: POSSESSIVES leaves out the object form
#: The longest apposition between a speaker's name and its reporting verb.
_APPOSITION_WORDS = 12


def _plural_before_verb(sentence: Sentence, k: int) -> bool:
    """Whether the "-s" form at ``k`` is a plural noun heading the subject of the past verb after
    it, maybe behind an adverb ("the twelve European Community states formally recognised"):
    no speaker states anything there."""
    toks = sentence.tokens
    if not toks[k].lower.endswith("s") or k + 1 >= len(toks):
        return False
    n = k + 1 + (toks[k + 1].lower.endswith("ly") and k + 2 < len(toks))
    word = toks[n].lower
    return word.endswith("ed") and word not in ED_NON_VERBS


def _modified_bare_noun(sentence: Sentence, k: int) -> bool:
    """Whether the bare form at ``k`` is a noun after an article and its modifiers ("recognised
    South Sudan as an independent state", "as a new Venezuelan state"): no verb, so no speaker."""
    toks = sentence.tokens
    if toks[k].lower not in NOUN_LEMMAS:
        return False
    n = k - 1
    while n > 0 and k - n <= NOUN_LEMMA_MODIFIERS and toks[n].lower.isalpha() and toks[n].lower not in ARTICLES:
        n -= 1  # "an independent state", "a new Venezuelan state"
    return n < k - 1 and toks[n].lower in ARTICLES


#: Reporting verbs whose base form is also a noun ("an independent state", "a detailed report",
#: "a diplomatic note", "a false claim"): after an article and an adjective, the noun.
NOUN_LEMMAS = frozenset({"state", "report", "note", "claim", "tweet", "signal", "statement"})
NOUN_LEMMA_MODIFIERS = 3  # words between the article and such a noun ("a new Venezuelan state")


def _toll_claimed(sentence: Sentence, k: int, cues: ModalityCues) -> bool:
    """Whether the claiming verb at ``k`` takes lives, not a claim ("blasts and rifle fire
    claiming 5 young conscripts", "a fire that claimed 30 lives"): a count or "lives" follows it."""
    toks = sentence.tokens
    if toks[k].lower not in cues.claiming_verbs or k + 1 >= len(toks):
        return False
    after = toks[k + 1].lower
    return after.replace(",", "").isdigit() or after in COUNT_WORDS | TOLL_LEADS \
        or after == "the" and k + 2 < len(toks) and toks[k + 2].lower == "lives"


#: Words that open the count of lives a claiming verb takes ("claimed at least 12", "claiming more lives").
TOLL_LEADS = frozenset({"lives", "at", "more", "over", "nearly", "some", "dozens", "hundreds", "thousands"})


def find_cues(sentence: Sentence, groups: list[Group], cues: ModalityCues) -> list[Cue]:
    """Every reporting cue of the sentence that has a speaker."""
    found = []
    toks = sentence.tokens
    for k, tok in enumerate(toks):
        according = next((p for p in cues.according_to if sentence.match(k, p)), None)
        if according:
            end = k + len(according)
            speaker = _group_after(sentence, groups, end, 3) or _phrase_after(sentence, end)
            if speaker:
                found.append(Cue(k, end, *speaker, claiming=False))
        elif contact_relative(sentence, k, cues.reporting_forms):
            found.append(Cue(k, k + 1, _ref(sentence, k - 1, k), (k - 1, k),
                             claiming=tok.lower in cues.claiming_verbs, contact=True))
        elif reporting_at(sentence, k, cues.reporting_forms) and not plural_noun_subject(sentence, k) \
                and not (k and toks[k - 1].lower in _DETERMINERS) and not _toll_claimed(sentence, k, cues) \
                and not _plural_before_verb(sentence, k) and not _modified_bare_noun(sentence, k) \
                and not _modified_after_preposition(sentence, k):  # "Sudan's state relief regulator": a noun
            speaker = (_relative_speaker(sentence, groups, k)
                       or _apposition_speaker(sentence, groups, k)
                       or _aside_speaker(sentence, groups, k)
                       or _group_before(sentence, groups, k, cues.speaker_window)
                       or _inverted(sentence, groups, k)
                       or _participle_speaker(sentence, groups, k, found)
                       or _phrase_before(sentence, k)
                       or _described_speaker(sentence, groups, k))
            if speaker:
                # a participle, or a verb after "and" ("raised its alert and said"), reports only what follows it
                found.append(Cue(k, k + 1, *speaker, claiming=tok.lower in cues.claiming_verbs,
                                 forward=tok.lower.endswith("ing") or k > 0 and toks[k - 1].lower == "and"))
        elif tok.lower in cues.speaking_forms and not tok.cap and _speech_follows(sentence, k):
            speaker = _group_before(sentence, groups, k, cues.speaker_window)
            if speaker and speaker[0].type == "person":  # "the crowd roared:" is no report
                found.append(Cue(k, k + 1, *speaker, claiming=False))
        elif tok.lower in cues.parenthetical_verbs:
            speaker = _parenthesis_before(sentence, k)
            if speaker:
                found.append(Cue(k, k + 1, *speaker, claiming=False))
    return found


def _modified_after_preposition(sentence: Sentence, k: int) -> bool:
    """Whether the "-s" form at ``k`` is a plural noun after a preposition and one lower-case
    modifier ("recognised the regions as independent states", "of member states"): no verb
    follows a preposition without its subject."""
    toks = sentence.tokens
    return k > 1 and toks[k].lower.endswith("s") and toks[k - 1].lower.isalpha() and not toks[k - 1].cap \
        and toks[k - 2].lower in PREPOSITIONS | {"as"}


#: The most words of adjuncts between a verb of speaking and the colon that opens what is said.
_SPEECH_ADJUNCTS = 8


def _speech_follows(sentence: Sentence, k: int) -> bool:
    """Whether what the verb of speaking at ``k`` says follows it: a colon after words of
    adjuncts only ("thundered at a rally in Nyala today:"), or "that" right after the verb or
    a time word ("roared on Monday that"), not a relative "that" after a noun ("shouted at
    the guards that stood ..."). Without them the verb reports nothing ("guns thundered")."""
    toks = sentence.tokens
    for j in range(k + 1, min(len(toks), k + 2 + _SPEECH_ADJUNCTS)):
        word = toks[j].lower
        if word == ":":
            return True
        if word == "that":
            before = toks[j - 1].lower
            return j == k + 1 or before in DAY_WORDS | TIME_WORDS or before.endswith("day")
        if not word.isalnum():
            return False
    return False


def comment_clause(sentence: Sentence, found: list[Cue]) -> int | None:
    """The comma that opens the sentence's closing comment clause, whose verb takes the
    clause before it as its object: a report (", the Oil Ministry said after talks between
    delegations") or a verb of showing ending the sentence (", videos sent to Iran
    International showed."). Who says or shows the news, and the outlet it was sent to, take
    no part in the event it reports, so no party of that clause is one of the event's."""
    toks = sentence.tokens
    end = len(toks) - (1 if toks and not toks[-1].lower.isalnum() else 0)
    comma = next((k for k in range(end - 1, -1, -1) if toks[k].text == ","), None)
    if comma is None or comma + 1 >= end or toks[comma + 1].lower in _CLAUSE_OPENERS \
            or toks[comma + 1].lower.endswith("ing"):
        return None
    reported = any(not c.forward and comma < c.first <= comma + COMMENT_SUBJECT
                   and comma < c.speaker_span[0] < c.first for c in found)
    last = toks[end - 1].lower
    shown = end - comma - 1 <= COMMENT_SUBJECT + 1 and last.endswith("ed") and last not in ED_NON_VERBS \
        and toks[end - 2].lower not in BE_FORMS | SUBJECT_AUXILIARIES and end - 2 > comma
    return comma if reported or shown else None


def _parenthesis_before(sentence: Sentence, k: int) -> Found:
    """The speaker of a verb of knowing set off by commas (", the Libya Herald understands,"):
    the words between the opening comma and the verb, which must close the parenthesis."""
    toks = sentence.tokens
    if k + 1 < len(toks) and toks[k + 1].lower not in {",", ".", ";"}:
        return None
    speaker = _phrase_before(sentence, k)
    if speaker is None or speaker[1][0] == 0 or toks[speaker[1][0] - 1].lower != ",":
        return None
    return speaker


def cue_for(sentence: Sentence, found: list[Cue], i: int) -> Cue | None:
    """The cue whose scope holds trigger token ``i``: the nearest one, a quotation's first.

    A trigger inside a speaker's own words ("the army, which shelled X, said") or cue is
    not in the scope of that cue, nor one before a participle cue: "claiming" or "saying"
    reports only what follows it ("expressed surprise at statements by the Iraqi side
    claiming an encroachment": the surprise is not claimed), nor one before a cue in a
    relative clause ("threatened to shut the strait, remarks that insurers said had pushed
    up premiums": the insurers report the remarks' effect, not the threat), nor one before a
    cue whose speaker opens a contrasting clause ("moved to recognise Kosovo, although Spain
    said it would not": Spain tells its own stand, not the others' act), nor one after
    the closing comma of a relative clause set off by commas that holds the cue ("Israel,
    which denies the charge, was accused": the denial is Israel's aside, not the source),
    nor one after a comma and a contrasting word past the cue ("Asmara signalled it was ready
    to accept mediation, but Djibouti dismissed the offer": Djibouti's act is told, not Asmara's),
    nor one before a cue verb with an object of its own ("police fired tear gas, and the
    president declared a state of emergency": a declaration, no report of the shooting).
    """
    usable = [c for c in found if not (c.speaker_span[0] <= i < c.speaker_span[1])
              and not (c.first <= i < c.last)
              and not (i < c.first and (c.forward or _relative_cue(sentence, c) or _contrasting_cue(sentence, c)
                                        or _cue_with_object(sentence, c)))
              and not (c.last <= i and sentence.relative_aside(c.first)
                       and "," in sentence.words(c.last, i))
              and not (c.last <= i and _contrast_between(sentence, c.last, i))]
    if not usable:
        return None
    if sentence.quoted[i]:
        outside = [c for c in usable if not sentence.quoted[c.first]]
        usable = outside or usable
    return min(usable, key=lambda c: abs(c.first - i))


#: Reporting forms that, after an article and their speaker, are nouns naming a document
#: ("a United Nations report that"), not verbs ("the mission said").
_DOCUMENTS = frozenset({"report", "claim", "statement", "account"})


#: Relative adverbs that open a clause on a place or time ("to reach El Fasher, where it said
#: thousands faced famine"): a report inside one is that clause's own.
_PLACE_RELATIVES = frozenset({"where", "when"})


#: Forms of "say", whose clause may open with an article without "that" ("said the decision was
#: meant to"): no object.
SAYING_FORMS = frozenset({"say", "says", "said", "saying"})


def _cue_with_object(sentence: Sentence, cue: Cue) -> bool:
    """Whether a noun phrase right after the cue verb is its object ("declared a state of
    emergency", "announced the closure of"), not its speaker set after it ("..., said the
    ministry") nor the audience told ("told a news conference"), the source cited ("according
    to a diplomat") or the subject of a clause "said" opens without "that": such a verb tells its
    own act, and reports nothing before it."""
    toks = sentence.tokens
    return cue.last < len(toks) and cue.speaker_span[0] != cue.last and toks[cue.last].lower in ARTICLES \
        and toks[cue.last - 1].lower not in AUDIENCE_VERBS | SAYING_FORMS | {"to"}


def _relative_cue(sentence: Sentence, cue: Cue) -> bool:
    """Whether the cue's speaker opens a relative clause right after "that" or "which"
    ("remarks that shipping insurers said had pushed up premiums") or with no relative
    pronoun ("a company it said had channelled funds"), or whose verb opens one after its
    pronoun ("dismissing a United Nations report that said Rwandan troops were fighting"), or
    after "where" or "when" ("to reach El Fasher, where it said thousands starved"): it
    reports only that clause's own content; so does a report noun its speaker modifies after an
    article ("dismissing a United Nations report that Rwandan troops were fighting"), which
    names a document, not a claim about what went before it."""
    first, last = cue.speaker_span
    toks = sentence.tokens
    return cue.contact or 0 < first and last <= cue.first and toks[first - 1].lower in {"that", "which"} \
        or cue.first > 0 and toks[cue.first - 1].lower in {"that", "which", "who"} \
        or first < cue.first and toks[first].lower in _PLACE_RELATIVES \
        or 0 < first and last <= cue.first and toks[first - 1].lower in _PLACE_RELATIVES \
        or 0 < first and last == cue.first and toks[first - 1].lower in ARTICLES and toks[cue.first].lower in _DOCUMENTS


def _contrast_between(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a clause of :data:`_CONTRASTING` opens after a comma between tokens ``start``
    and ``end``."""
    toks = sentence.tokens
    return any(toks[k].lower in _CONTRASTING and toks[k - 1].text == "," for k in range(max(start, 1), end))


def _contrasting_cue(sentence: Sentence, cue: Cue) -> bool:
    """Whether the cue's speaker opens a clause of :data:`_CONTRASTING` ("although Spain said",
    "but Cairo said"), whose report is that clause's own."""
    first = cue.speaker_span[0]
    return 0 < first <= cue.first and sentence.tokens[first - 1].lower in _CONTRASTING


def _ref(sentence: Sentence, i: int, j: int) -> ActorRef:
    return ActorRef(text=sentence.span_text(i, j), start=sentence.tokens[i].start,
                    end=sentence.tokens[j - 1].end)


def _group_before(sentence: Sentence, groups: list[Group], k: int, window: int) -> Found:
    for group in reversed([g for g in groups if g.last <= k]):
        people = _people_of(sentence, group.last, k)
        start = _place_aside(sentence, people, k)
        between = [t.lower for t in sentence.tokens[start:k] if not _acronym_aside(t.text)]
        if between[:1] == [","] and group.first and sentence.tokens[group.first - 1].lower == ",":
            between = between[1:]  # "The Chairman of the Council, Gen. X, announced": an apposition
        if len(between) > window or not all(w in _SPEAKER_GAP or w.endswith("day") for w in between):
            return None
        if group.first and sentence.tokens[group.first - 1].lower in PREPOSITIONS:
            group = _head_of_modifier(sentence, groups, group)
            if group is None:
                return None
        if people > group.last:  # "Romanian miners' leaders": the party's people, named in full
            return replace(group.refs[0], text=sentence.span_text(group.first, people),
                           end=sentence.tokens[people - 1].end), (group.first, people)
        return group.refs[0], (group.first, group.last)
    return None


def _people_of(sentence: Sentence, n: int, k: int) -> int:
    """Where the words between a party ending at ``n`` and its reporting verb at ``k`` go on
    past a plural's possessive and the nouns it owns ("Romanian miners' leaders said", "the
    rebels' spokesmen said"): the group's own people speak for it. A body's possessive
    ("Turkey's disaster agency AFAD said") names a speaker of its own, read as a phrase."""
    toks = sentence.tokens
    if n + 1 >= k or toks[n].text not in {"'", "’"}:
        return n
    end = n + 1
    while end < min(k, n + 1 + _BODY_NOUNS) and _body_noun(toks[end]):
        end += 1
    return end if end > n + 1 else n


#: The most words of a place's name in "police in Hyderabad said".
_PLACE_WORDS = 3


def _place_aside(sentence: Sentence, n: int, k: int) -> int:
    """Where the words between a party ending at ``n`` and its reporting verb at ``k`` go on
    past an "in" and a place's name ("Police in Hyderabad said", "officials in Gaza City
    said"): where the party acts tells who it is, no word between it and its verb."""
    toks = sentence.tokens
    if n + 1 >= k or toks[n].lower != "in" or not toks[n + 1].cap:
        return n
    end = next((m for m in range(n + 1, min(k, n + 1 + _PLACE_WORDS) + 1) if m == k or not toks[m].cap), k)
    return end if place_country(sentence.span_text(n + 1, end)) else n


def _relative_speaker(sentence: Sentence, groups: list[Group], k: int) -> Found:
    """"The army, which said it shelled the village": the party before ", which" speaks;
    the relative pronoun only points back to it and is never a party itself."""
    toks = sentence.tokens
    if k < 3 or toks[k - 1].lower not in RELATIVE_PRONOUNS or toks[k - 2].text != ",":
        return None
    group = next((g for g in groups if g.last == k - 2), None)
    return (group.refs[0], (group.first, group.last)) if group is not None else None


def _aside_speaker(sentence: Sentence, groups: list[Group], k: int) -> Found:
    """"The government and the rebels, who have spent three years in talks, announced on
    Wednesday that": a reporting verb its party resumes after an aside set off by commas
    (:meth:`Sentence.aside_opening`) has that party as its speaker, not the words after it."""
    if not sentence.resumes_after_aside(k):
        return None
    opening = sentence.aside_opening(k)
    group = next((g for g in groups if g.last == opening), None)
    if group is not None:
        return group.refs[0], (group.first, group.last)
    return _phrase_before(sentence, opening)  # type: ignore[arg-type]


def _apposition_speaker(sentence: Sentence, groups: list[Group], k: int) -> Found:
    """"HAC, Sudan's state relief regulator, said", "Mohammed al-Houthi, a senior figure in
    the group, said": a name opening its clause, an apposition set off by commas, then the
    reporting verb. The name speaks, not a party the apposition names ("Sudan"); a list
    ("Iran, the Houthis and Hezbollah said") is no apposition."""
    toks = sentence.tokens
    if k < 4 or toks[k - 1].text != ",":
        return None
    opening = next((n for n in range(k - 2, max(0, k - 2 - _APPOSITION_WORDS), -1) if toks[n].text == ","), None)
    if opening is None or any(
            t.lower in {"and", "or"} | CLAUSE_WORDS - RELATIVE_PRONOUNS for t in toks[opening + 1:k - 1]):
        return None
    start = sentence.clause_start(opening)
    start = next((n + 1 for n in range(opening - 1, start - 1, -1) if toks[n].text in DASHES), start)  # "KASSALA —"
    group = next((g for g in groups if g.first == start and g.last == opening), None)
    if group is not None:
        return group.refs[0], (group.first, group.last)
    if start < opening and all(t.cap or t.text in {"-", "."} or not t.text[:1].isupper() and not t.text.islower()
                               for t in toks[start:opening]):  # "al-Houthi" is a name's word too
        name = _ref(sentence, start, opening)  # a name the actors stage does not know
        party = _spoken_for(sentence, groups, opening, k)
        if party is not None:
            name = replace(name, country=party.country, sector=party.sector, type="person",
                           reason=f"an unknown name holding a post of {party.text!r}")
        return name, (start, opening)
    return None


def _spoken_for(sentence: Sentence, groups: list[Group], opening: int, k: int) -> ActorRef | None:
    """The party whose post an apposition gives an unknown name ("Ahmed Bakri, a spokesman for
    Hezbollah, said", "an official of the interior ministry"): the name speaks for that party,
    so it has its country and sector, as a known holder of the post has from the KB."""
    toks = sentence.tokens
    head = opening + 1 + (toks[opening + 1].lower in ARTICLES)  # the apposition's noun: "a spokesman"
    if head + 1 >= k or toks[head].lower not in load_lexicon().classes.get("posts", frozenset()):
        return None
    # "spokesman of the LNA" may be one mention, the post's title with its party
    return next((g.refs[0] for g in groups if g.last < k and (g.first == head or governor(sentence, g.first) == head + 1
                                                             and toks[head + 1].lower in {"of", "for"})), None)


def _acronym_aside(word: str) -> bool:
    """A word of an acronym in parentheses after a name ("The Libyan National Army (LNA)
    said"): the aside belongs to the speaker's name."""
    return word in {"(", ")"} or (word.isalpha() and word.isupper() and len(word) <= 6)


def _head_of_modifier(sentence: Sentence, groups: list[Group], group: Group) -> Group | None:
    """The party a prepositional group modifies, if one stands right before it: in "the UN
    envoy for Libya told the council" the speaker is the envoy, not Libya."""
    if sentence.tokens[group.first - 1].lower not in _MODIFIER_PREPS:
        return None
    return next((g for g in groups if g.last == group.first - 1), None)


def _inverted(sentence: Sentence, groups: list[Group], k: int) -> Found:
    """", said the army" / "Hamas said": the speaker after a verb that follows a comma/quote."""
    if k == 0 or sentence.tokens[k - 1].lower not in {",", '"', "”"} or sentence.tokens[k].lower.endswith("ing"):
        return None
    return _group_after(sentence, groups, k + 1, 3) or _phrase_after(sentence, k + 1)


def _participle_speaker(sentence: Sentence, groups: list[Group], k: int, found: list[Cue]) -> Found:
    """"Erdogan raised the prospect of a campaign on Friday, telling reporters that the SDF
    had until March": a reporting participle after a comma has the subject of the clause
    before it as its speaker, the party heading that clause (not one in a prepositional
    phrase), however long its predicate. When that clause is already the party's report or
    claim ("Daesh claimed responsibility ..., saying its fighters had killed"), the
    participle goes on with it and is no cue of its own. A finite reporting verb after "and"
    shares the subject of the verb before it in the same way ("the Brigades raised their
    alert to the highest level and said the enemy would pay dearly")."""
    toks = sentence.tokens
    if k < 2 or not (toks[k].lower.endswith("ing") and toks[k - 1].text == ","
                     or toks[k - 1].lower == "and" and toks[k - 2].lower.isalnum()):
        return None
    before = k - 1 if toks[k - 1].text == "," else k - 2
    start = sentence.clause_start(before)
    reporter = _reporting_that(sentence, start, found)
    if reporter is not None:
        return reporter.speaker, reporter.speaker_span
    group = next((g for g in groups if start <= g.first < before), None)
    if group is None or group.first - start > _SUBJECT_OPENING \
            or group.first and toks[group.first - 1].lower in PREPOSITIONS \
            or any(c.speaker_span == (group.first, group.last) for c in found):
        return None
    return group.refs[0], (group.first, group.last)


#: The most words of adjuncts between a reporting verb and its "that" ("said on Thursday that").
_ADJUNCTS_BEFORE_THAT = 5


def reporting_that(sentence: Sentence, end: int, cues: Iterable[Cue], reach: int) -> Iterator[Cue]:
    """The reports (a verb before what it reports, no contact verb) whose "that" stands before
    token ``end`` and at most ``reach`` words of adjuncts after the verb ("said on Thursday
    that"): the clauses up to ``end`` are what those reports say, in the order of ``cues``."""
    for cue in cues:
        if not cue.forward and not cue.contact and cue.last < end \
                and "that" in sentence.words(cue.last, min(end, cue.last + reach + 1)):
            yield cue


def _reporting_that(sentence: Sentence, start: int, found: list[Cue]) -> Cue | None:
    """The cue whose "that"-complement is the clause starting at ``start``: in "Aoun said on
    Thursday that Israel was stalling, telling the envoy that ..." the participle goes on
    with "said", so its speaker is Aoun, not the complement's subject Israel. Only words
    stand between the verb and its "that" (no comma or dash of an aside)."""
    for cue in reporting_that(sentence, start + 1, found, _ADJUNCTS_BEFORE_THAT):
        between = sentence.words(cue.last, start + 1)
        if all(w.isalnum() for w in between[:between.index("that")]):
            return cue
    return None


def _group_after(sentence: Sentence, groups: list[Group], k: int, window: int) -> Found:
    """The party within ``window`` words after token ``k``; a party modifying the noun after
    it ("according to a UN panel") is that body's, which the speaker's text names."""
    group = next((g for g in groups if k <= g.first <= k + window), None)
    if group is None:
        return None
    toks, end = sentence.tokens, group.last
    while end < min(len(toks), group.last + _BODY_NOUNS) and _body_noun(toks[end]):
        end += 1
    ref = group.refs[0]
    if end > group.last:
        ref = replace(ref, text=sentence.span_text(group.first, end), end=toks[end - 1].end)
    return ref, (group.first, end)


def _body_noun(tok: Token) -> bool:
    """Whether ``tok`` may be a lower-case noun of a speaker's phrase: no function word, time
    word, adverb or participle ("said the UN envoy yesterday")."""
    word = tok.lower
    return word.isalpha() and not tok.cap and not word.endswith("ly") and word not in _NO_BODY_NOUNS \
        and not (word.endswith("ed") and word not in ED_NON_VERBS) \
        and not (word.endswith("ing") and word not in ING_NON_VERBS)


def _phrase_before(sentence: Sentence, k: int) -> Found:
    toks = sentence.tokens
    i = k
    while i > 0 and k - i < _NP_WORDS and (toks[i - 1].lower not in _NP_STOP or thousands_comma(sentence, i - 1)):
        i -= 1
    whole = next((m for m in range(i - 1, max(-1, k - _OF_NP_WORDS - 1), -1) if toks[m].lower in _NP_STOP), None)
    if i > 0 and toks[i - 1].lower not in _NP_STOP and whole is not None and toks[whole + 1].lower in ARTICLES \
            and "of" in sentence.words(whole + 1, k):
        i = whole + 1  # ", the final statement of a Cairo summit said": a whole phrase with its "of" complement
    end = k
    while end > i and toks[end - 1].lower in _AUXILIARIES:
        end -= 1
    article = end > i and toks[i].lower in ARTICLES  # "the final statement of a Cairo summit said"
    if i == end or any((w in PREPOSITIONS and not _name_of(sentence, n) and not (article and w == "of"))
                       or w in RELATIVE_PRONOUNS for n, w in enumerate(sentence.words(i, end), start=i)) \
            or any(_participle_with_object(sentence, n) for n in range(max(0, i - 1), end)) \
            or toks[i].lower.endswith("ing") and toks[i].lower not in ING_NON_VERBS:
        return None  # "in which it said": the clause's party is named before it, not here; nor is
        # a participle one ("dismissing reports of a rendezvous": reports it rebuffs, no speaker)
    return _ref(sentence, i, end), (i, end)


#: Prepositions that open a speaker's description ("a source close to the talks", "a diplomat
#: familiar with the negotiations", "an official involved in them", "a person briefed on it").
_DESCRIPTION_PREPS = frozenset({"to", "with", "in", "on", "about", "of"})
#: Prepositions whose object is the body or place a described speaker belongs to ("an official
#: in the defence ministry", "the department of Kermanshah province"): its country is theirs.
_OWNING_PREPS = frozenset({"of", "in"})
#: The longest speaker phrase with a description between its clause's start and its verb.
_DESCRIBED_WORDS = 10
#: Words that open a phrase denying a speaker ("none of them ever claimed the attack").
_NEGATIVE_OPENERS = frozenset({"none", "no", "neither", "nobody"})


def _described_speaker(sentence: Sentence, groups: list[Group], k: int) -> Found:
    """"..., a source close to the talks said", "a diplomat familiar with the negotiations told
    AFP": a speaker whose noun a description follows, a word and a preposition with its object
    ("close to", "familiar with", "involved in"), the whole phrase running from its clause's
    start (a comma, or the sentence's) to the verb. Anonymous sources speak so; the party such
    a phrase opens with ("Hamas officials close to the talks") is the speaker's, the party in
    its description ("a source close to Hamas") is not."""
    toks = sentence.tokens
    if k and toks[k - 1].lower in BE_FORMS:  # "the release of three nationals was confirmed": a passive
        return None
    end = k
    while end > 0 and toks[end - 1].lower in _AUXILIARIES:
        end -= 1
    i = end
    while i > 0 and end - i < _DESCRIBED_WORDS and toks[i - 1].lower not in _NP_STOP:
        i -= 1
    if i > 0 and toks[i - 1].lower not in {",", ";", ":", "—", "–"} or thousands_comma(sentence, i - 1) \
            or toks[i].lower in _NEGATIVE_OPENERS:  # "none of them claimed it" names no one who spoke
        return None  # the clause goes on before: no phrase of its own
    prep = next((n for n in range(i + 1, end - 1) if toks[n].lower in PREPOSITIONS), None)
    described = prep is not None and toks[prep - 1].lower.isalpha() and not toks[prep - 1].cap \
        and toks[prep - 1].lower not in _NO_BODY_NOUNS  # "close", "familiar", "involved", or the noun: "with"
    if prep is None or toks[prep].lower not in _DESCRIPTION_PREPS or not described:
        return None
    words = sentence.words(i, end)
    if any(w in RELATIVE_PRONOUNS | DAY_WORDS | TIME_WORDS or not w.replace("-", "").replace("'", "").isalnum()
           or w.endswith("ing") and w not in ING_NON_VERBS for w in words) \
            or any(_participle_with_object(sentence, n) for n in range(i, end)) \
            or any(toks[n].lower in BE_FORMS | SUBJECT_AUXILIARIES for n in range(i, end)):
        return None
    head = next((g for g in groups if i <= g.first and g.last <= prep), None)
    ref = _ref(sentence, i, end)
    if head is not None:  # "Hamas officials close to the talks": the party speaks through them
        ref = replace(head.refs[0], text=ref.text, start=ref.start, end=ref.end)
    elif toks[prep].lower in _OWNING_PREPS:  # "the intelligence department of Kermanshah province"
        owner = next((g.refs[0] for g in groups if prep < g.first and g.last <= end), None)
        first = prep + 1 + (toks[prep + 1].lower in ARTICLES)
        named = first < end and toks[first].cap  # "in the capital" names no place
        country = owner.country if owner is not None else \
            place_country(sentence.span_text(first, end)) if named else None
        ref = replace(ref, country=country)
    return ref, (i, end)


def _participle_with_object(sentence: Sentence, n: int) -> bool:
    """Whether word ``n`` is an "-ing" participle or an "-ed" verb taking the article or number
    after it as its object ("a pardon covering 1,295 prisoners declared on Friday", "denied a
    U.N. experts' report that"): the words after it are that object, and a reporting form after
    them a participle describing it or a noun, no verb with a speaker."""
    toks = sentence.tokens
    word = toks[n].lower
    verb = word.endswith("ing") and word not in ING_NON_VERBS \
        or word.endswith("ed") and word not in ED_NON_VERBS  # "denied a U.N. experts' report that"
    return verb and not toks[n].cap and n + 1 < len(toks) \
        and (toks[n + 1].lower in ARTICLES or toks[n + 1].text[:1].isdigit())


def _name_of(sentence: Sentence, n: int) -> bool:
    """Whether the "of" at ``n`` joins the words of one name ("The Ministry of Foreign
    Affairs said"): capitalised words stand on both sides of it."""
    toks = sentence.tokens
    return toks[n].lower == "of" and 0 < n < len(toks) - 1 and toks[n - 1].cap and toks[n + 1].cap


def _phrase_after(sentence: Sentence, k: int) -> Found:
    j = k
    while j < len(sentence.tokens) and j - k < _NP_WORDS and sentence.tokens[j].lower not in _NP_STOP:
        j += 1
    return (_ref(sentence, k, j), (k, j)) if j > k else None
