"""Did it happen? The modality of an event from the words around its trigger.

A denial, a plan or a condition is never an event that happened, and analysts count
events, so this decides, in this order (the first that applies wins):

1. ``negated``: a negation shortly before the trigger ("did not strike", "no air strikes"),
   or the trigger is what a "deny"/"fail" verb governs. A cooperative act the actor says
   it *will* not do is a refusal: type REJECT, asserted ("says it will not accept");
2. ``hypothetical``: inside an "if"/"unless" clause, or after "would"/"should" (but
   "said it would" is reported future, see 5), or after "any", or an indefinite act that is
   the subject of "would", "could" or "will" ("a strike on the plant could ignite a war"), a
   capability ("capable of mounting", "has the means to strike"), or the object of a verb of
   fear ("fearing fresh attacks");
3. ``possible``: after "may", "might", "could", "possibly", "a potential", or named by a
   rumour or fear ("amid talk of a ground operation"); but a hostile act that its own
   side's speaker says it "could", "may" or "might" do "if" or "unless" another does
   something is a conditional threat (THREATEN, asserted), as with "would".
   A modal before a verb of undertaking rules the act its object names ("could launch a
   new ground offensive");
4. ``intended``: after "plans to", "is preparing to", "set to", "planned", or an aim before a
   gerund ("aimed at winning the lifting of sanctions"), or the purpose of a journey still to come
   ("before flying on to Baghdad for meetings"); but a will (``stated_intent``) its
   own side states ("Russia said it planned to hold talks with India") is announced, and
   recoded as in 5;
5. future ("will", "ready to", or "would" in reported speech): PLOVER codes an announced
   assault as THREATEN and an announced meeting or aid as AGREE (``future_recode`` in the
   lexicon): the announcement is the event; other types stay ``intended``, and so does a
   promise in the passive not told by its doer's side ("aid would be distributed by the
   agency, officials said"). Any future
   material act followed by a condition on the other side ("will withdraw ... unless",
   ``threat_conditions``) is a THREATEN, asserted. A sanction its own state announces
   ("announced that its ports will be closed to") is the measure itself, asserted;
6. ``alleged``: "allegedly", "suspected", or a claiming verb ("claimed");
7. ``reported``: "reportedly", or a speaker other than the actor (a statement by its own
   actor, such as a threat or a demand, is asserted: the saying is the act; but one told
   after its content by a spokesman or an office, even of its own side, is reported: "Moscow
   will not accept peacekeepers, the ministry's spokesman said");
8. else ``asserted``.

Each rule records the cue that fired, for ``lapwing explain``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from lapwing.events_lexicon import EventLexicon, ModalityCues
from lapwing.events_roles import ED_NON_VERBS, IRREGULAR_PAST, ING_NON_VERBS, PREPOSITIONS
from lapwing.events_text import (BE_WORDS, DAY_WORDS, HAVE_FINITE, NOUN_DETERMINERS, RELATIVE_PRONOUNS, TIME_WORDS,
                                 Sentence, past_day)
from lapwing.knowledge import load_kb
from lapwing.records import ActorRef

#: How many modifiers may stand between "any" and the event noun it ranges over ("any
#: Israeli ground attack").
FREE_CHOICE_REACH = 3


#: Determiners that head an event noun's phrase (:func:`_determiner`).
PHRASE_DETERMINERS = frozenset({"any", "the", "a", "an"})
#: How many words (the noun's own and its modifiers') may stand between an event noun and the
#: modal it is the subject of ("an Israeli strike on the reactor could ignite a war").
SUBJECT_REACH = 6
#: Words that end an event noun's description before a modal: a clause, a relative, a verb.
OUTCOME_STOPS = BE_WORDS | HAVE_FINITE | RELATIVE_PRONOUNS | DAY_WORDS | TIME_WORDS | {",", ";", "that", "and", "but"}


#: How many words (the object's determiner and modifiers) may stand between a verb of
#: undertaking and the event noun it carries out ("could launch a new ground offensive").
UNDERTAKING_REACH = 4


#: Measures a state takes by announcing them: "Fidan announced that Turkish ports will be
#: closed to ships bound for Israel" is the sanction itself, not a threat of one (a measure
#: announced by another country's speaker, or only said, stays a THREATEN).
ENACTED_TYPES = frozenset({"SANCTION"})


@dataclass
class Reading:
    """The modality of one event, its (possibly recoded) type and the cues that fired."""

    modality: str
    type: str
    cues: list[str] = field(default_factory=list)
    #: the speaker of a closing report that makes a statement of its own side reported
    #: (:func:`read_modality`'s ``trailing``), applied by the coder after merging
    told_after: str | None = None


def _phrase_before(sentence: Sentence, i: int, phrases: tuple[tuple[str, ...], ...],
                   window: int, past_comma: bool = True, keep: Callable[[int], bool] | None = None,
                   past_days: bool = False) -> str | None:
    """A phrase ending within ``window`` words before token ``i``, in the trigger's clause;
    not beyond a comma unless ``past_comma`` (a modal set off by commas belongs to its
    parenthesis: "warplanes, most likely Israeli, struck" says who, not whether); ``keep``,
    given the phrase's last token, may turn a match down. A capitalised word inside a name is
    no cue (:func:`_in_name`). With ``past_days`` a day adjunct may part the phrase's first
    word from the rest ("vowed on Monday to continue street protests")."""
    for k in range(i - 1, max(-1, i - 1 - window), -1):
        if not sentence.same_clause(k, i) or (not past_comma and sentence.tokens[k].lower == ","):
            return None
        for words in phrases:
            start = k - len(words) + 1
            if start < 0 or not sentence.match(start + 1, words[1:]):
                continue
            if past_days and len(words) > 1 and not sentence.match(start, words[:1]):
                start = _day_parted(sentence, start + 1, words[0])
            if start >= 0 and sentence.match(start, words[:1]) and sentence.same_clause(start, i) \
                    and not _in_name(sentence, start) and (keep is None or keep(k)):
                return " ".join(words)
    return None


#: The most words of a day adjunct (:func:`lapwing.events_text.past_day`: "early on Sunday night").
DAY_ADJUNCT_REACH = 4


def _day_parted(sentence: Sentence, rest: int, first: str) -> int:
    """Where ``first`` stands when a day adjunct parts it from the words of a phrase that
    resume at ``rest`` ("vowed on Monday to"), else -1."""
    for m in range(rest - 2, max(-1, rest - 2 - DAY_ADJUNCT_REACH), -1):
        if sentence.tokens[m].lower == first and past_day(sentence, m + 1) == rest:
            return m
    return -1


def _in_name(sentence: Sentence, k: int) -> bool:
    """Whether the word at ``k`` is capitalised inside a sentence, after a capitalised word:
    part of a name ("Prime Minister Theresa May expelled"), no modal or hedge."""
    toks = sentence.tokens
    return 0 < k and toks[k].cap and toks[k - 1].cap


def _describes_subject(sentence: Sentence, k: int, i: int) -> bool:
    """Whether the hedge ending at token ``k`` describes the subject of the trigger at ``i``
    rather than hedging it: "men suspected of poaching were taken into custody" (a reduced
    relative after a noun, the trigger's own auxiliary after it) were arrested for certain; "he
    was suspected of smuggling" and "men suspected of killing a ranger" stay alleged."""
    toks = sentence.tokens
    first = k - 1 if toks[k].lower == "of" and k > 0 else k
    if first == 0 or toks[first - 1].lower in BE_WORDS | HAVE_FINITE or k + 1 >= i:
        return False
    return any(toks[m].lower in BE_WORDS | HAVE_FINITE for m in range(k + 1, i))


def _infinitive_to(sentence: Sentence, k: int) -> bool:
    """Whether a plan's closing "to" at ``k`` (or a phrase not closed by "to") opens a verb:
    "was due to visit" is a plan, "were due to shelling", "due to the attack" name a cause."""
    toks = sentence.tokens
    if toks[k].lower != "to" or k + 1 >= len(toks):
        return True
    after = toks[k + 1].lower
    return after not in NOUN_DETERMINERS and not after.endswith("ing")


def _phrase_after(sentence: Sentence, i: int, phrases: tuple[tuple[str, ...], ...]) -> str | None:
    """A phrase anywhere after token ``i`` in the sentence."""
    for k in range(i + 1, len(sentence.tokens)):
        for words in phrases:
            if sentence.match(k, words):
                return " ".join(words)
    return None


def _determiner(sentence: Sentence, i: int) -> str | None:
    """The determiner of :data:`PHRASE_DETERMINERS` that heads the noun phrase of token ``i``,
    with at most its modifiers between ("any Israeli ground attack", "a Georgian attack"); None
    when another word comes first. Modifiers may be coordinated names ("any Israeli or American
    attack")."""
    toks = sentence.tokens
    k, modifiers = i - 1, 0
    while k >= 0 and modifiers < FREE_CHOICE_REACH:
        word = toks[k].lower
        if word in PHRASE_DETERMINERS:
            return word
        coordinated = word in {"and", "or"} and k > 0 and toks[k - 1].cap and toks[k + 1].cap
        if not coordinated and (not (toks[k].cap or word.isalpha()) or word in {"and", "or"}):
            return None
        modifiers += not coordinated
        k -= 1
    return None


def _free_choice(sentence: Sentence, i: int) -> bool:
    """"would respond to any Israeli attack", "warned against any incursion": an event noun
    after "any" names no act that happened."""
    return _determiner(sentence, i) == "any"


def _weighed_outcome(sentence: Sentence, i: int, lexicon: EventLexicon) -> str | None:
    """"a Georgian attack would carry a heavy price", "an Israeli strike on the reactor could
    ignite a war": an indefinite event noun that is the subject of a modal of
    ``consequence_modals`` is an act whose outcome is weighed, none that happened; the modal,
    or None. The words between may only describe the noun (:func:`_predicate_after`), and the
    verb after the modal must not tell the act itself take place (``occurrence_verbs``: "a
    meeting will be held on Monday" announces one)."""
    if _determiner(sentence, i) not in {"a", "an"}:
        return None
    k = _predicate_after(sentence, i, SUBJECT_REACH, lambda k: lexicon.in_class(sentence.tokens[k].lower,
                                                                               "consequence_modals"))
    if k is None or any(lexicon.in_class(w, "occurrence_verbs") for w in sentence.words(k + 1, k + 3)):
        return None
    return sentence.tokens[k].lower


def _predicate_after(sentence: Sentence, i: int, reach: int, opens: Callable[[int], bool],
                     names_joined: bool = False) -> int | None:
    """The first token after the event noun at ``i``, within ``reach``, at which ``opens`` says
    the noun's predicate begins, when only words describing the noun come before it: no verb,
    comma, relative or day ("an attack that killed two will", "an attack on Monday will be
    investigated"); with ``names_joined``, names joined by "and" or "or" describe it too
    ("talks between Egypt and Ethiopia"). None when another word comes first."""
    toks = sentence.tokens
    k, end, start = i + 1, min(len(toks), i + 1 + reach), i
    while k < end:
        aside = _condition_aside(sentence, k)
        if aside is not None:  # "a ban on coal, if it were imposed, would cost": past the condition
            end, start, k = min(len(toks), end + aside - k), aside, aside
            continue
        if opens(k):
            return k
        word = toks[k].lower
        if not (names_joined and word in {"and", "or"} and toks[k - 1].cap and k + 1 < len(toks) and toks[k + 1].cap) \
                and (not sentence.same_clause(start, k) or word in OUTCOME_STOPS or word in IRREGULAR_PAST
                     or word.endswith("ed") and word not in ED_NON_VERBS):
            return None
        k += 1
    return None


#: Words that open a condition set off by commas after a noun ("a ban, if it were imposed,",
#: "a barrage, were Beijing to invade,", "talks, should they resume,").
CONDITION_OPENERS = frozenset({"if", "unless", "were", "should"})
#: How many words such a condition may hold between its commas.
CONDITION_ASIDE_REACH = 8


def _condition_aside(sentence: Sentence, k: int) -> int | None:
    """The token after the closing comma of a condition set off by commas that opens at the
    comma ``k`` (``CONDITION_OPENERS``), else None: it describes when the noun's act would
    come, not what follows it, so the noun's predicate comes after it."""
    toks = sentence.tokens
    if toks[k].text != "," or k + 1 >= len(toks) or toks[k + 1].lower not in CONDITION_OPENERS:
        return None
    close = next((m for m in range(k + 2, min(len(toks), k + 2 + CONDITION_ASIDE_REACH)) if toks[m].text == ","),
                 None)
    return close + 1 if close is not None and close + 1 < len(toks) else None


#: How many words may describe an event noun before the predicate that announces its act ("a
#: meeting between the Turkish and Greek foreign ministers will be held").
ANNOUNCED_REACH = 8


def _announced_act(sentence: Sentence, i: int, lexicon: EventLexicon) -> str | None:
    """"a meeting between the two ministers will be held on Monday", "talks are due to start
    next week": an event noun that is the subject of a modal or a schedule ("is due to",
    ``schedules``) before a verb that tells the act take place (``occurrence_verbs``), or of a
    schedule for a time ("is scheduled for Friday"), is an act announced, not one done; the
    modal or the schedule word, or None. The words between may only describe the noun
    (:func:`_predicate_after`)."""
    toks = sentence.tokens

    def timetable(k: int) -> list[str]:
        return sentence.words(k + 2, k + 3) if toks[k].lower in BE_WORDS else []

    def scheduled(k: int) -> bool:
        return timetable(k) in (["to"], ["for"]) and lexicon.in_class(toks[k + 1].lower, "schedules")

    k = _predicate_after(sentence, i, ANNOUNCED_REACH,
                         lambda k: scheduled(k) or lexicon.in_class(toks[k].lower, "consequence_modals"),
                         names_joined=True)
    if k is None:
        return None
    verb = k + 3 if scheduled(k) else k + 1  # "is scheduled for Friday" needs no verb
    told = timetable(k) == ["for"] \
        or any(lexicon.in_class(w, "occurrence_verbs") for w in sentence.words(verb, verb + 2))
    return (toks[k + 1].lower if scheduled(k) else toks[k].lower) if told else None


def _predicated_possible(sentence: Sentence, i: int, cues: ModalityCues) -> str | None:
    """"a sign that NATO air strikes were imminent", "an attack on the port is likely": an
    event noun that is the subject of "be" and a one-word cue of ``modals: possible``
    (modality.yaml) is an act foreseen, not one done; "is/was <cue>", or None. The words
    between may only describe the noun (:func:`_predicate_after`)."""
    toks = sentence.tokens
    possible = {p[0] for p in cues.modals.get("possible", ()) if len(p) == 1}

    def opens(k: int) -> bool:
        return toks[k].lower in BE_WORDS and k + 1 < len(toks) and toks[k + 1].lower in possible

    k = _predicate_after(sentence, i, ANNOUNCED_REACH, opens, names_joined=True)
    return f"{toks[k].lower} {toks[k + 1].lower}" if k is not None else None


def _place_relative(sentence: Sentence, i: int) -> bool:
    """"escorting it to Ashdod port, where its passengers would be questioned and deported":
    a relative clause on a place tells what is to be done there, the next step of a
    procedure the main clause sets going; its future is planned, never threatened or
    promised by anyone."""
    start = sentence.clause_start(i)
    return start > 0 and sentence.tokens[start].lower == "where"


#: Words that open a noun phrase a past participle may describe ("a member slain in a raid").
NOUN_OPENERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our"})


def _described_noun(sentence: Sentence, i: int, cues: ModalityCues) -> bool:
    """Whether the trigger at ``i`` is a past participle right after a noun that a determiner
    opens ("vowed it will avenge a member slain in an air raid"): a reduced relative that
    describes the noun, a deed already done; a modal before the noun is its verb's, and
    reaches no further."""
    toks = sentence.tokens
    word, noun = toks[i].lower, toks[i - 1].lower if i > 0 else ""
    participle = word in IRREGULAR_PAST or word.endswith("ed") and word not in ED_NON_VERBS
    modal = noun in {"to", "not"} or any((noun,) in phrases for phrases in cues.modals.values())
    return participle and noun.isalpha() and noun not in BE_WORDS | HAVE_FINITE and not noun.endswith("ly") \
        and not modal and any(t.lower in NOUN_OPENERS for t in toks[max(0, i - 3):i - 1])


def _undertaken_at(sentence: Sentence, i: int, lexicon: EventLexicon) -> int | None:
    """The verb of undertaking whose object is the event at token ``i`` ("could launch a new
    ground offensive", "might carry out strikes", "would not attend the next round of talks"): a
    modal or a negation before that verb rules the act, however many modifiers the noun has;
    None when no such verb stands before the noun."""
    toks = sentence.tokens
    for k in range(i - 1, max(-1, i - 2 - UNDERTAKING_REACH), -1):
        if not sentence.same_clause(k, i) or toks[k].lower in {",", "and", "or", "to", "that"}:
            return None
        if lexicon.in_class(toks[k].lower, "undertaking"):
            return k
    return None


def _conditional(sentence: Sentence, i: int, cues: ModalityCues) -> str | None:
    """An "if" earlier in the sentence with no comma between it and the trigger, or a
    condition told by inversion that opens the sentence or follows a comma ("a barrage, were
    Beijing to invade, could destroy", "Should talks fail, ..."): "were" or "should" before the
    subject."""
    toks = sentence.tokens
    for k in range(i - 1, -1, -1):
        if toks[k].lower in {",", ";"}:
            return None
        for words in cues.conditionals:
            if sentence.match(k, words):
                return " ".join(words)
        if toks[k].lower in {"were", "should"} and k < i - 1 and (k == 0 or toks[k - 1].text in {",", ";"}) \
                and toks[k + 1].cap:
            return f"{toks[k].lower} (inverted)"
    return None


#: Words from a bound ("until") back to the word that makes it pledged ("vowing to stay until").
PENDING_REACH = 6


def _pending_bound(sentence: Sentence, i: int, cues: ModalityCues) -> str | None:
    """The bound ("until") of a pledged or planned act that the trigger at ``i`` stands in,
    with no comma between: "vowing to stay until the government repealed three laws" tells
    no repeal, only what would end the stay. The bound counts only after a word of
    ``pending_leads`` (a modal, or "to" before a verb) in its stretch of the sentence."""
    toks = sentence.tokens
    for k in range(i - 1, 0, -1):
        if toks[k].text in {",", ";"}:
            return None
        if toks[k].lower not in cues.pending_bounds:
            continue
        for m in range(k - 1, max(-1, k - 1 - PENDING_REACH), -1):
            if toks[m].text in {",", ";"}:
                return None
            if toks[m].lower in cues.pending_leads and not (
                    toks[m].lower == "to" and (toks[m + 1].cap or not toks[m + 1].lower.isalpha()
                                               or toks[m + 1].lower in {"the", "a", "an", "its", "their"})):
                return toks[k].lower
        return None
    return None


#: A word before a conditional opener that makes it concessive ("even if Brussels softened the
#: terms"): the act is foretold whatever happens, on no condition.
CONCESSIVE = "even"


def _stated_condition(sentence: Sentence, i: int, cues: ModalityCues) -> str | None:
    """A conditional opener (``conditionals``) after the trigger, before the sentence's next
    ";": "Egypt could join forces with Sudan if the talks collapse", "would sign up only if
    Washington eased sanctions" make the act hinge on the condition; "even if" does not."""
    toks = sentence.tokens
    for k in range(i + 1, len(toks)):
        if toks[k].lower == ";":
            return None
        for words in cues.conditionals:
            if sentence.match(k, words) and toks[k - 1].lower != CONCESSIVE:
                return " ".join(words)
    return None


def _hedged_would(sentence: Sentence, i: int, cues: ModalityCues) -> str | None:
    """"would likely refuse", "would probably reject": a one-word cue of ``modals: possible``
    right after the "would" shortly before the trigger makes the act a forecast; the two
    words, or None."""
    toks = sentence.tokens
    possible = {p[0] for p in cues.modals.get("possible", ()) if len(p) == 1}
    for k in range(max(0, i - cues.modal_window), i - 1):
        if toks[k].lower == "would" and toks[k + 1].lower in possible and sentence.same_clause(k, i):
            return f"would {toks[k + 1].lower}"
    return None


#: Negators that head a noun phrase of their own ("no jobs", "without papers"), which may be a
#: modifier of the subject rather than a negation of the verb.
PHRASE_NEGATORS = frozenset({"no", "without"})
#: Words that govern a noun phrase inside a modifier ("with no warning", "holding degrees but
#: no jobs"): prepositions; "-ing" participles are read by their ending.
MODIFIER_GOVERNORS = frozenset({"with", "of"})
#: Words back over a noun phrase that "but", "and" or "or" joins to the negator's ("holding
#: degrees but no jobs").
NEGATED_PHRASE_REACH = 4


def _in_subject_modifier(sentence: Sentence, k: int, i: int) -> bool:
    """Whether the negator at ``k`` heads a noun phrase inside a modifier of the subject
    before the trigger at ``i`` ("Young Iraqis holding degrees but no jobs thronged the
    streets", "migrants without papers marched", "farmers with no land blocked the road"): it
    denies the noun it heads, not the act the subject did. So it is when a word stands
    between it and the trigger (it heads its own noun) and a preposition or an "-ing"
    participle governs its phrase, or, for "without", a noun stands right before it. "No
    soldiers were killed" opens the subject, which it quantifies, and in "said no one was
    hurt" or "hit the base but no one was hurt" a verb, not a modifier, stands before it."""
    toks = sentence.tokens
    word = toks[k].lower
    if k >= i - 1 or k == 0 or word not in PHRASE_NEGATORS:
        return False

    def verb(w: str) -> bool:
        return w in BE_WORDS | HAVE_FINITE or w in IRREGULAR_PAST or w.endswith("ed") and w not in ED_NON_VERBS

    before = toks[k - 1].lower
    if word == "without":
        return before.isalpha() and not verb(before) and not before.endswith("ing")
    m = k - 1
    if before in {"but", "and", "or"}:  # "holding degrees but no jobs": past the joined phrase
        m = next((n for n in range(k - 2, max(-1, k - 2 - NEGATED_PHRASE_REACH), -1)
                  if not toks[n].lower.isalpha() or verb(toks[n].lower) or toks[n].lower in MODIFIER_GOVERNORS
                  or toks[n].lower.endswith("ing") and toks[n].lower not in ING_NON_VERBS), -1)
    return m >= 0 and (toks[m].lower in MODIFIER_GOVERNORS
                       or toks[m].lower.endswith("ing") and toks[m].lower not in ING_NON_VERBS)


def _negated(sentence: Sentence, i: int, cues: ModalityCues, phrase: str = "") -> str | None:
    """A negation a few words before the trigger in its clause, or a negative determiner on
    its object right after it ("will accept no truce"); not one heading a noun in a modifier
    of the subject ("holding degrees but no jobs thronged the streets"), nor a word of the
    trigger's own ``phrase`` ("said no to the plan", "said no on Saturday to the pause": the
    "no" is the refusal itself, not a denial of it)."""
    after = i + 1
    if after < len(sentence.tokens) and sentence.tokens[after].lower in cues.object_negation \
            and sentence.tokens[after].lower not in phrase.lower().split() \
            and not any(sentence.match(after, words) for words in cues.not_object_negation):
        return f"{sentence.tokens[after].lower} (object)"
    for k in range(i - 1, max(-1, i - 1 - cues.negation_window), -1):
        if not sentence.same_clause(k, i) or k == i - 1 and sentence.tokens[k].text == "," \
                and sentence.tokens[i].lower.endswith("ing"):  # "without care, calling it a crime"
            return None
        if sentence.tokens[k].lower in cues.negation and not _in_subject_modifier(sentence, k, i):
            return sentence.tokens[k].lower
    return None


def _own_threat(type_: str, lexicon: EventLexicon, speaker: ActorRef | None, actors: list[ActorRef]) -> bool:
    """"Iran's navy chief said the Islamic Republic could close the strait if its exports
    were halted", "Turkey said its troops might seize a buffer zone": a hostile act its own
    side's speaker says it could or might do is a threat, as with "would" or "will", whether
    or not a condition ("if", "unless") is stated; a possibility an outsider weighs stays
    possible."""
    return lexicon.future_recode.get(type_) == "THREATEN" and speaker is not None and bool(actors) \
        and same_actor(speaker, actors)


def _own_intent(sentence: Sentence, i: int, intended: str | None, type_: str, lexicon: EventLexicon,
                speaker: ActorRef | None, actors: list[ActorRef]) -> bool:
    """"Russia said on Friday it planned to hold joint exercises with India", "Vietnam told Laos
    it intends to join the project": a will (``stated_intent``) that the actor's own side
    states is the announcement of the act, coded by ``future_recode`` as "will" is (CAMEO 03,
    express intent); a plan told by the reporter or a third party ("Israel plans to expand its
    offensive", "Hamas is expected to release them, Egyptian sources said") stays intended.
    The will is its subject's, an actor before the trigger: a partner after it ("plans to hold
    talks with India, Indian officials said") tells another's plan."""
    assert lexicon.cues is not None
    if intended is None or tuple(intended.split()) not in lexicon.cues.stated_intent \
            or type_ not in lexicon.future_recode or speaker is None:
        return False
    subjects = [actor for actor in actors if actor.start is not None and actor.start < sentence.tokens[i].start]
    return bool(subjects) and same_actor(speaker, subjects)


def _forecast(sentence: Sentence, i: int, lexicon: EventLexicon, window: int) -> str | None:
    """"Analysts expect Iran to retaliate", "officials predicted Hamas to accept": a verb of
    forecast whose object does the infinitive at ``i`` foresees the act; nobody did it. The
    raising passive ("Hamas is expected to release") has no object between and is read by
    the ``intended`` phrases instead."""
    toks = sentence.tokens
    if i < 2 or toks[i - 1].lower != "to":
        return None
    for k in range(i - 3, max(-1, i - 2 - window), -1):
        if not sentence.same_clause(k, i) or toks[k].lower in {",", "that"}:
            return None
        if lexicon.in_class(toks[k].lower, "forecasting"):
            return toks[k].text
    return None


#: Words after "of" or "about" that may stand before the act a rumour names ("talk of a
#: major ground operation"), and the links themselves.
RUMOUR_REACH = 4
RUMOUR_LINKS = frozenset({"of", "about"})


def _rumoured(sentence: Sentence, i: int, lexicon: EventLexicon) -> str | None:
    """"amid talk of a ground operation", "speculation about an imminent offensive", "fears
    of a new invasion": an act only talked of, rumoured or feared (``rumours`` in events.yaml)
    may come or not; no report of one."""
    toks = sentence.tokens
    for k in range(i - 1, max(0, i - 1 - RUMOUR_REACH), -1):
        if not sentence.same_clause(k, i) or not toks[k].lower.replace("-", "").isalpha():
            return None
        if toks[k].lower in RUMOUR_LINKS:
            return f"{toks[k - 1].text} {toks[k].text}" if lexicon.in_class(toks[k - 1].lower, "rumours") else None
    return None


#: Modes of an act whose future the reporter tells with no speaker ("the prime minister ... and
#: will resign") is the act to come, no party's stated will to yield: a person leaving office.
UNSPOKEN_FUTURE_MODES = frozenset({"resign"})
#: Words of the passive before a participle trigger ("would be distributed", "will be sent").
PASSIVE_BE = frozenset({"be", "been"})


def _passive(sentence: Sentence, i: int) -> bool:
    """Whether the trigger at ``i`` is a participle after "be", an adverb allowed between ("aid
    would be quickly distributed by the agency"): the aid is its subject, so a future there
    is no promise of the agent's own unless the agent's side says it."""
    toks = sentence.tokens
    k = i - 2 if i > 1 and toks[i - 1].lower.endswith("ly") else i - 1
    return k >= 0 and toks[k].lower in PASSIVE_BE


def _feared(sentence: Sentence, i: int, lexicon: EventLexicon) -> str | None:
    """"put troops on alert, fearing fresh attacks on pipelines", "villagers feared new raids
    by the militia": an act that a verb of fear (``fearing`` in events.yaml) takes as its
    object is only dreaded, none that happened; the verb, or None. Only the object's
    determiner and modifiers may stand between ("were feared dead after the raid" is no fear
    of the raid)."""
    toks = sentence.tokens
    for k in range(i - 1, max(-1, i - 2 - RUMOUR_REACH), -1):
        word = toks[k].lower
        if lexicon.in_class(word, "fearing"):
            return toks[k].text
        if not sentence.same_clause(k, i) or not word.replace("-", "").isalpha() \
                or word in PREPOSITIONS | {"that", "and", "or", "but"}:
            return None
    return None


def _aimed(sentence: Sentence, i: int, cues: ModalityCues) -> str | None:
    """"a campaign aimed at winning the lifting of sanctions", "talks aimed at ending the
    war": an aim (``aims``) before a gerund makes the gerund's act, and the act its object
    names, a goal, not done; the aim, or None. No comma may stand between."""
    toks = sentence.tokens
    for g in range(i, max(-1, i - cues.intended_window), -1):
        if toks[g].text == "," or not sentence.same_clause(g, i):
            return None
        gerund = toks[g].lower.endswith("ing") and toks[g].lower not in ING_NON_VERBS
        aim = next((words for words in cues.aims if gerund and sentence.match(g - len(words), words)), None)
        if aim:
            return " ".join(aim)
    return None


#: How many words a journey's gerund may stand before the purpose it names ("before flying on to
#: Baghdad for meetings with Iraqi officials"), and words of the purpose's own noun phrase.
JOURNEY_REACH = 8
PURPOSE_MODIFIERS = 3


def _later_purpose(sentence: Sentence, i: int) -> str | None:
    """"toured Amman before flying on to Baghdad for meetings with Iraqi officials", "before
    heading to Cairo to meet the envoy": the purpose ("for" a noun, "to" a verb) of a move that
    comes after the act told ("before" and a gerund) is an act still to come, not one done; the
    cue, or None. No comma may stand between."""
    toks = sentence.tokens
    link = next((p for p in range(i - 1, max(-1, i - 2 - PURPOSE_MODIFIERS), -1)
                 if toks[p].lower in {"for", "to"}), None)
    if link is None or any(not t.lower.isalpha() or t.lower in PREPOSITIONS for t in toks[link + 1:i]):
        return None
    for g in range(link - 1, max(0, link - 1 - JOURNEY_REACH), -1):
        if not sentence.same_clause(g, i) or toks[g].text == ",":
            return None
        if toks[g - 1].lower == "before" and toks[g].lower.endswith("ing") and toks[g].lower not in ING_NON_VERBS:
            return f"before {toks[g].text} ... {toks[link].text}"
    return None


def same_actor(speaker: ActorRef, actors: list[ActorRef]) -> bool:
    """Whether the speaker is (part of) the actor: same KB id, or same country for states,
    governments and their officials, or the same words. People of a sector outside the state
    ("residents", "workers") are never their own government: "residents demanded that Baghdad
    fund a plant" asks Baghdad."""
    state_sectors = load_kb().state_sectors
    for actor in actors:
        if speaker.actor_id and speaker.actor_id == actor.actor_id:
            return True
        if speaker.country and speaker.country == actor.country and \
                {speaker.type, actor.type} <= {"state", "government", "person", "military", None} and \
                {speaker.sector, actor.sector} <= state_sectors | {None}:
            return True
        if speaker.text.lower() == actor.text.lower():
            return True
    return False


#: Words that open the object of a main verb "have" ("would have no part in", "would have a
#: say"): after them no participle follows, so "would have" is no modal perfect.
HAVE_OBJECTS = frozenset({"no", "a", "an", "the", "any", "nothing", "some"})


def _have_object(sentence: Sentence, i: int) -> bool:
    """Whether a "have" right before token ``i`` (the trigger, or one word before it) takes
    an object rather than a participle ("would have no part in", not "would have struck")."""
    toks = sentence.tokens
    k = next((m for m in (i - 1, i - 2) if m >= 0 and toks[m].lower == "have"), None)
    return k is not None and k + 1 < len(toks) and toks[k + 1].lower in HAVE_OBJECTS


def read_modality(sentence: Sentence, i: int, type_: str, lexicon: EventLexicon, *,
                  governed: str | None = None, speaker: ActorRef | None = None,
                  claiming: bool = False, actors: list[ActorRef] | None = None,
                  announced: bool = False, phrase: str = "", hedge_from: int = 0, mode: str | None = None,
                  trailing: bool = False) -> Reading:
    """The modality of the event whose trigger starts at token ``i`` (see the module doc, and
    :func:`_read_modality` for the arguments); ``trailing`` when the reporting clause comes
    after the trigger ("Canberra wants Jakarta to hand over the men, the Foreign Minister
    said"). A statement its own side makes is the act itself when its maker says it ("Canberra
    said it wants"); told as another person's or office's report after the content, even one
    of its own side ("Moscow will not accept peacekeepers, the ministry's spokesman said",
    "Beijing will suspend exchanges if ..., a defence spokesman cautioned"), it is reported,
    as it is of any other act: the reporter passes on what the spokesman says the state does."""
    reading = _read_modality(sentence, i, type_, lexicon, governed=governed, speaker=speaker, claiming=claiming,
                             actors=actors, announced=announced, phrase=phrase, hedge_from=hedge_from, mode=mode)
    if trailing and speaker is not None and reading.modality == "asserted" and reading.type in lexicon.verbal_types \
            and not any(speaker.text.lower() == actor.text.lower() for actor in actors or []):
        # the coder sets it reported once the sentence's acts are merged: an act and its
        # restatement later in the sentence ("explaining Jordan's demand") are one act
        reading.told_after = speaker.text
        reading.cues.append(f"told after it by {speaker.text!r}: a report of the statement")
    return reading


def _read_modality(sentence: Sentence, i: int, type_: str, lexicon: EventLexicon, *,
                   governed: str | None = None, speaker: ActorRef | None = None,
                   claiming: bool = False, actors: list[ActorRef] | None = None,
                   announced: bool = False, phrase: str = "", hedge_from: int = 0, mode: str | None = None) -> Reading:
    """The modality of the event whose trigger starts at token ``i`` (see the module doc).

    ``governed`` is "negate" when a deny/fail verb governs the trigger; ``speaker`` and
    ``claiming`` come from the attribution; ``announced`` when the speaker's verb announces
    ("announced that ports will be closed to"); ``phrase`` is the trigger's lexicon key, whose
    own words never negate it ("say no to"); ``mode`` is the trigger's (see
    ``UNSPOKEN_FUTURE_MODES``); no hedge before token ``hedge_from`` counts (the
    "and" of a conjunct that shares a perfect's auxiliary: "firms suspected of funding the
    group and frozen their assets").
    """
    cues = lexicon.cues
    assert cues is not None
    undertaken = _undertaken_at(sentence, i, lexicon)
    negation = _negated(sentence, i, cues, phrase) \
        or (_negated(sentence, undertaken, cues) if undertaken is not None else None)
    reach = 0 if _described_noun(sentence, i, cues) else cues.modal_window
    modal = {name: _phrase_before(sentence, i, phrases, reach, past_comma=False)
             or (_phrase_before(sentence, undertaken, phrases, cues.modal_window, past_comma=False)
                 if undertaken is not None else None)
             for name, phrases in cues.modals.items()}
    if negation or governed == "negate":
        cue = negation or "governed by a denial"
        if type_ in lexicon.refusal_types and (modal["future"] or modal["hypothetical"]):
            return Reading("asserted", "REJECT", [f"refusal: {modal['future'] or modal['hypothetical']} {cue}"])
        return Reading("negated", type_, [f"negation: {cue}"])
    conditional = _conditional(sentence, i, cues)
    if conditional:
        return Reading("hypothetical", type_, [f"conditional: {conditional}"])
    bound = _pending_bound(sentence, i, cues)
    if bound:
        return Reading("hypothetical", type_, [f"the bound ('{bound}') of a pledged act: not done"])
    if _free_choice(sentence, i):
        return Reading("hypothetical", type_, ["'any' before it: whatever such act may come, none in particular"])
    outcome = _weighed_outcome(sentence, i, lexicon)
    if outcome:
        return Reading("hypothetical", type_, [f"subject of '{outcome}': an act whose outcome is weighed"])
    act = _announced_act(sentence, i, lexicon)
    if act and (act, "to") in cues.modals.get("possible", ()):  # "talks were expected to open": foreseen
        return Reading("possible", type_, [f"subject of 'is {act} to': an act foreseen"])
    if act and lexicon.in_class(act, "schedules"):
        return Reading("intended", type_, [f"subject of 'is {act}': an act scheduled"])
    announcing = next((name for name, phrases in cues.modals.items() if (act,) in phrases), None)
    if announcing and not modal[announcing]:  # "talks will be held on Monday": the modal after its subject
        modal[announcing] = act
    future = modal["future"]
    if modal["hypothetical"] == "would have" and _have_object(sentence, i):
        modal["hypothetical"] = "would"  # "said it would have no part in": 'have' is the verb, no perfect
    hedged = _hedged_would(sentence, i, cues)
    if hedged:  # "would likely refuse": a forecast, not a condition's outcome
        modal["hypothetical"], modal["possible"] = None, hedged
    hinge = _stated_condition(sentence, i, cues)
    if modal["hypothetical"] == "would" and speaker is not None:
        future = "would (reported speech)"
        warned = type_ not in lexicon.verbal_types and _phrase_after(sentence, i, cues.threat_conditions)
        # an announcement ("would hold talks if") stays one, and "would walk out unless" a threat (below)
        if hinge and type_ not in lexicon.future_recode and not warned:
            return Reading("hypothetical", type_, [f"would ... {hinge}: an act on a condition"])
    elif modal["hypothetical"]:
        return Reading("hypothetical", type_, [f"modal: {modal['hypothetical']}"])
    if not modal["possible"]:
        modal["possible"] = _predicated_possible(sentence, i, cues)
    if modal["possible"] in cues.threat_modals and _own_threat(type_, lexicon, speaker, actors or []):
        return Reading("asserted", "THREATEN", [f"{modal['possible']}, said by its own side: a threat"])
    condition = _phrase_after(sentence, i, cues.threat_conditions) if modal["possible"] in cues.threat_modals \
        and type_ not in lexicon.verbal_types and (speaker is None or same_actor(speaker, actors or [])) else None
    if condition:  # "said it might pull its troops out unless": as with "will ... unless" below
        return Reading("asserted", "THREATEN", [f"{modal['possible']} ... {condition}: a conditional threat"])
    if modal["possible"] and hinge:
        return Reading("hypothetical", type_, [f"{modal['possible']} ... {hinge}: an act on a condition"])
    if modal["possible"]:
        return Reading("possible", type_, [f"modal: {modal['possible']}"])
    forecast = _forecast(sentence, i, lexicon, cues.intended_window)
    if forecast:
        return Reading("possible", type_, [f"forecast: {forecast} ... to"])
    feared = _feared(sentence, i, lexicon)
    if feared:
        return Reading("hypothetical", type_, [f"fear: {feared} ...: an act dreaded, none that happened"])
    rumour = _rumoured(sentence, i, lexicon)
    if rumour:
        return Reading("possible", type_, [f"rumour: {rumour}"])
    intended = _phrase_before(sentence, i, cues.intended, cues.intended_window,
                              keep=lambda k: _infinitive_to(sentence, k), past_days=True) or _aimed(sentence, i, cues) \
        or _later_purpose(sentence, i)
    own_intent = _own_intent(sentence, i, intended, type_, lexicon, speaker, actors or [])
    if intended and not own_intent:
        return Reading("intended", type_, [f"plan: {intended}"])
    if own_intent:  # "Russia said it planned to hold exercises with India": announced, as with "will"
        future = f"{intended}, said by its own side"
    reading = Reading("asserted", type_)
    condition = _phrase_after(sentence, i, cues.threat_conditions) if future else None
    if condition and type_ not in lexicon.verbal_types:
        return Reading("asserted", "THREATEN", [f"future: {future} ... {condition}: a conditional threat"])
    enacted = announced and type_ in ENACTED_TYPES and speaker is not None and bool(speaker.country) \
        and any(actor.country == speaker.country for actor in actors or [])  # its state's own measure
    if enacted and not own_intent:  # "announced it plans to close its ports to" is no measure taken yet
        return Reading("asserted", type_, ["a measure announced by its own state is enacted"])
    if future and type_ == "THREATEN" and speaker is not None:  # "said any attack would be met with a response"
        reading.cues.append(f"future: {future}: the harm its speaker foretells is the threat, made now")
    elif future:
        if _place_relative(sentence, i):
            return Reading("intended", type_, [f"future: {future} in a 'where' clause: a procedure planned "
                                               "at the place, no one's announcement"])
        if type_ not in lexicon.future_recode or speaker is None and mode in UNSPOKEN_FUTURE_MODES:
            return Reading("intended", type_, [f"future: {future}"])
        if _passive(sentence, i) and lexicon.future_recode[type_] not in {"THREATEN", type_} \
                and not (speaker is not None and same_actor(speaker, actors or [])):
            return Reading("intended", type_, [f"future: {future} in the passive, not told by its doer: "
                                               "a plan reported, no one's promise"])
        reading = Reading("asserted", lexicon.future_recode[type_],
                          [f"future: {future}: announced {type_} coded {lexicon.future_recode[type_]}"])
    hedge = _phrase_before(sentence, i, cues.alleged, min(cues.alleged_window, i - hedge_from),
                           keep=lambda k: not _describes_subject(sentence, k, i))
    if hedge or claiming:
        reading.modality = "alleged"
        reading.cues.append(f"hedge: {hedge or 'claiming verb'}")
        return reading
    adverb = _phrase_before(sentence, i, cues.reported, cues.reported_window)
    if adverb:
        reading.modality = "reported"
        reading.cues.append(f"hedge: {adverb}")
    elif speaker is not None:
        own = reading.type in lexicon.verbal_types and same_actor(speaker, actors or [])
        if not own:
            reading.modality = "reported"
            reading.cues.append(f"attributed to {speaker.text!r}")
    return reading
