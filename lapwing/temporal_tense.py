"""Which way an underspecified date points: a transparent tense heuristic over the clause.

"met on Monday" means the Monday before the article, "will meet on Monday" the one after.
Lapwing has no parser yet, so the tense is read from cue words in the clause around the
expression: auxiliaries (``will``, ``had``), multi-word cues (``plans to``, ``is set to``),
past forms (``-ed`` words, irregular pasts from the lexicon) and adverbs (``ago``, ``last``).
A verb group is judged by its first auxiliary, so "will be delayed" is future although
"delayed" ends in ``-ed``. The cue nearest to the expression wins. Capitalised words inside a
sentence are names, not cues ("Theresa May said").

Any callable with the signature of :func:`clause_tense` can replace this one (a parse-based
signal, when the parser lands): the normaliser only ever calls it through :data:`TenseFn`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from lapwing.temporal_lexicon import TenseCues, TimeLexicon
from lapwing.temporal_sentences import sentence_of, sentence_starts

Tense = Literal["past", "present", "future", "none"]

#: Look at most this many tokens either side of the expression.
WINDOW = 10
#: A cue beyond a comma counts as this many tokens further away: "held on Monday and
#: Tuesday, will resume" is past for Tuesday, yet "On Monday, jets struck" still finds "struck".
COMMA_PENALTY = 4
#: How many tokens an aside (a relative clause set off by commas, a gloss in brackets) may take, its marks included.
_ASIDE_REACH = 14
#: How many tokens a quoted term may take, its marks included ("botcha", "double dead meat").
_QUOTE_REACH = 6
#: The marks that close a quoted term, seen leftward.
_QUOTE_MARKS = frozenset({'"', "”", "''"})
#: At most this many words between a bare participle and the expression's preposition ("flown into the town on").
_PARTICIPLE_REACH = 4
#: The auxiliaries of a pluperfect, which puts an act before a past moment.
PLUPERFECT = frozenset({"had", "'d", "hadn't"})
#: Prepositions that cannot follow an infinitive's "to" ("plans to on Tuesday" is a noun's "to").
_NOT_AFTER_TO = frozenset({"on", "in", "at", "by", "during", "for", "from", "into", "of", "over", "since",
                           "through", "under", "with", "without", "after", "against", "across", "toward",
                           "towards", "near", "about", "and", "or", ","})
#: Determiners that also open relative clauses or head a noun phrase before a verb ("that closed").
_CLAUSE_DETERMINERS = frozenset({"that", "those"})
#: Articles that open a noun phrase but never a clause: "a rate cut" is a noun, "the company cut" may be a verb.
_INDEFINITE_ARTICLES = frozenset({"a", "an"})
#: Quantifiers that open a noun phrase: "expect another cut in February" names a cut, no past act.
_NOUN_QUANTIFIERS = frozenset({"another", "any", "no", "each", "every"})
#: Quantifiers before which a past form and a noun are an adjective and its noun ("all
#: rejected complaints"), while before a determiner the form is a verb ("all rejected the plan").
_ADJECTIVE_QUANTIFIERS = frozenset({"all", "both"})
#: At most this many tokens from the expression back to the "to" of a bare infinitive that dates it.
_INFINITIVE_REACH = 7
#: Prepositions of a deadline or an edge that join a date to the act before them ("to review
#: the complaints by 30 June", "to take leave before September").
_DEADLINE_PREPOSITIONS = frozenset({"by", "before", "until", "till", "from"})
#: Prepositions whose object may be a noun that a date modifies ("in the February 12 issue").
_NOUN_PHRASE_PREPOSITIONS = frozenset({"in", "of", "on", "at", "from", "with", "about"})
#: Clause breaks that are prepositions after a period noun ("the day after", "the week before").
_PERIOD_PREPOSITIONS = frozenset({"after", "before"})
#: Words of a period phrase other than its unit ("over the weekend", "last week", "earlier this month").
_PROMISE_PERIOD_WORDS = frozenset({"over", "the", "this", "last", "earlier", "weekend"})
#: A date that repeats an earlier one of its sentence, with no verb of its own between them:
#: ", and again on", "and then in".
_REPEATED_DATE = re.compile(r"\b(?:and|or)\s+(?:again|then|once more)\s+(?:on|in)\s+(?:the\s+)?$", re.I)
#: How far back (characters) the repeated date may stand.
_REPEAT_REACH = 120
#: Words, negated auxiliaries ("didn't") and clitics ("'ll") as single tokens.
_TOKEN = re.compile(r"[A-Za-z]+n['’]t\b|['’](?:ll|d|ve|s|re|m)\b|[A-Za-z]+(?:-[A-Za-z]+)*|\d+|[^\w\s]")


@dataclass(frozen=True)
class TenseReading:
    """The tense of a clause and the word that decided it (``None`` when nothing did)."""

    tense: Tense
    cue: str | None = None
    #: The cue puts the expression after the act of its clause ("ahead of"), not after the anchor.
    after_act: bool = False

    def describe(self) -> str:
        """How the explanation shows it: ``past tense (cue 'met')``."""
        if self.cue is None:
            return "no tense cue"
        return f"{self.tense} tense (cue {self.cue!r})"


TenseFn = Callable[[str, int, int], TenseReading]


@dataclass(frozen=True)
class _Token:
    text: str
    lower: str
    start: int
    end: int
    #: A name (a capitalised word, dropped from the tokens) stood right before this token.
    after_name: bool = False


def _tokens(text: str, lo: int, hi: int) -> list[_Token]:
    return [_Token(m.group(), m.group().lower().replace("’", "'"), m.start() + lo, m.end() + lo)
            for m in _TOKEN.finditer(text[lo:hi])]


def _without_names(tokens: list[_Token], sentence_start: int, headline: bool = False) -> list[_Token]:
    """The tokens less capitalised words inside the sentence (names, not cues: "Theresa May said").

    Acronyms are names too ("On Wednesday, WHO dispatched" has no relative "who"), except
    in a headline set in capitals, where every word is written so.

    The token after a dropped name is marked, so that a determiner before the name is not
    read as its own: in "The European Central Bank said Thursday" the tokens left are "the
    said", and "said" must stay the finite verb it is, not an adjective after an article.

    A name's gloss in brackets goes with it ("said World Health Organization (WHO) envoy X
    on Wednesday"): its brackets break no clause between the verb and the date.
    """
    kept: list[_Token] = []
    dropped = False
    for k, tok in enumerate(tokens):
        if dropped and _bracketed_name(tokens, k):
            continue
        capitals = tok.text.isupper() and (len(tok.text) == 1 or headline)  # "I", or a headline's word
        if tok.start == sentence_start or not tok.text[0].isupper() or capitals:
            kept.append(replace(tok, after_name=True) if dropped else tok)
            dropped = False
        else:
            dropped = True
    return kept


def _bracketed_name(tokens: list[_Token], k: int) -> bool:
    """Whether token ``k`` is a bracket or the capitalised word between "(" and ")" of a
    one-word gloss ("(WHO)")."""
    for at in (k, k - 1, k - 2):
        if 0 <= at and at + 2 < len(tokens) and tokens[at].text == "(" and tokens[at + 2].text == ")" \
                and tokens[at + 1].text[:1].isupper():
            return True
    return False


def _participle(word: str) -> bool:
    """Whether ``word`` is an -ing form that opens a participle clause after a comma
    ("spoke late Thursday, prompting the coalition to say it would respond"): that clause
    hangs on the main verb, so its own auxiliaries ("would") must not decide the tense of
    an expression before the comma."""
    return len(word) >= 5 and word.endswith("ing") and word.isalpha()


class ClauseTense:
    """The heuristic, built once per lexicon; call it as ``tense(text, start, end)``."""

    def __init__(self, lexicon: TimeLexicon) -> None:
        cues = lexicon.tense
        self.lexicon = lexicon
        self._starts: list[int] = [0]
        self._starts_for: str | None = None
        # months too: "bookings for January and February have fallen" (February is as much
        # the January's as the verb's)
        words = [w for w in (*lexicon.weekdays, *lexicon.months) if len(w) > 3 and w[:1].isupper()]
        names = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        self._weekday_pair = re.compile(rf"\b(?:{names})\s+(?:and|or)\s+$")
        #: A day or month named after "on" or "in": the date a later "and again on" repeats.
        self._dated_phrase = re.compile(rf"\b(?:on|in)\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:{names})\b")
        self.phrases: dict[tuple[str, ...], Tense] = {}
        self._auxiliaries = frozenset(w for w in cues.modals | cues.perfect_auxiliaries | cues.future
                                      | cues.past | cues.present if " " not in w)
        for tense, words in (("future", cues.future | cues.prospective), ("past", cues.past),
                             ("present", cues.present)):
            for word in words:
                parts = tuple(word.replace("’", "'").split())
                if len(parts) > 1:
                    self.phrases[parts] = tense  # type: ignore[assignment]
        #: Words that open a relative clause: one holding the expression and a verb of its own is
        #: the expression's clause, and what follows it is the main clause's ("the accords that
        #: they signed on Thursday will open the border": Thursday is past).
        self._relative_openers = lexicon.relative_pronouns | lexicon.relative_complementisers
        #: The phrases by first word, longest first: each token is looked up once, not against every phrase.
        self._phrases_by_first: dict[str, list[tuple[tuple[str, ...], Tense]]] = {}
        for parts, tense in sorted(self.phrases.items(), key=lambda item: -len(item[0])):
            self._phrases_by_first.setdefault(parts[0], []).append((parts, tense))

    def __call__(self, text: str, start: int, end: int) -> TenseReading:
        """The tense of the clause holding ``text[start:end]`` (the expression itself excluded)."""
        lo, hi = self._sentence(text, start)
        pair = self._paired_day(text, lo, start)
        if pair is not None:  # "on Thursday and Friday": the second day shares the first one's clause
            return self(text, pair, pair)
        headline = not any(c.islower() for c in text[lo:hi])
        tokens = _without_names(_tokens(text, max(lo, start - 200), min(hi, end + 200)), lo, headline)
        before = [t for t in reversed(tokens) if t.end <= start]
        left = self._clause(before, leftward=True)
        participle = self._bound_participle(left)
        if participle is not None:
            return participle
        relative = len(left) < len(before) and before[len(left)].lower in self._relative_openers
        right = [] if (relative and self._cues(list(reversed(left)), left_side=True)) \
            or self._premodifier(tokens, before, end) else self._clause([t for t in tokens if t.start >= end])
        if self._verbless_aside(left, right):
            return TenseReading("none")
        comma = next((k for k, t in enumerate(left) if t.lower == ","), None)
        if comma is not None and not self._cues(list(reversed(left[:comma])), left_side=True):
            infinitive = self._infinitive(left[:comma])
            if infinitive is not None:  # "unveiled a phone, to go on sale in June": the sale is ahead
                return infinitive
        candidates: list[tuple[int, int, TenseReading]] = []
        # A date's preposition joins it to the verb before it ("the deal signed on 3 March
        # expires"): the preposition does not stand between them.
        attached = 1 if left and left[0].lower in self.lexicon.tense.attaching_prepositions else 0
        for side, outward in ((0, left), (1, right)):
            in_text_order = list(reversed(outward)) if side == 0 else outward
            for distance, reading in self._cues(in_text_order, left_side=side == 0):
                if side == 1 and any(c[1] == 0 for c in candidates) and self._attribution(right, reading):
                    continue
                candidates.append((distance - attached if side == 0 else distance, side, reading))
        if not candidates:
            return self._fallback(text, lo, hi, start, before, left)
        return min(candidates, key=lambda c: (c[0], c[1]))[2]

    def _premodifier(self, tokens: list[_Token], before: list[_Token], end: int) -> bool:
        """Does the expression modify the noun after it, inside a prepositional phrase ("an
        article in the February 12 issue of the journal reports")? Then the verb after the
        phrase is not the date's own ("reports" is no timetable here), and only what stands
        before the phrase dates it. A phrase that opens its clause keeps its verb ("The Friday
        meeting will decide")."""
        after = next((t for t in tokens if t.start >= end), None)
        return len(before) > 1 and before[0].lower in self.lexicon.determiners \
            and before[1].lower in _NOUN_PHRASE_PREPOSITIONS and after is not None \
            and after.text.isalpha() and after.text.islower() and after.lower not in self.lexicon.function_words

    def _paired_day(self, text: str, lo: int, start: int) -> int | None:
        """Where the weekday starts that ``text[start:]`` is joined to by "and"/"or" ("on
        Thursday and Friday"), or the earlier date of its sentence that an "and again on" or
        "and then on" repeats ("will be repeated on 26 March in six countries, and again on
        24 April for all those involved": the second date has no verb of its own); None."""
        found = self._weekday_pair.search(text, max(lo, start - 20), start)
        if found:
            return found.start()
        again = _REPEATED_DATE.search(text, max(lo, start - 30), start)
        if again is None:
            return None
        earlier = list(self._dated_phrase.finditer(text, max(lo, again.start() - _REPEAT_REACH), again.start()))
        return earlier[-1].start() if earlier else None

    def _fallback(self, text: str, lo: int, hi: int, start: int, before: list[_Token],
                  left: list[_Token]) -> TenseReading:
        """The tense when the window around the expression holds no cue: a headline's bare
        "to" infinitive looks ahead ("Airlines to resume flights Tuesday"); else the verb group
        that opens a long clause beyond the window ("is expected to show a new version of its
        desktop computer at the expo in Paris on Tuesday")."""
        if lo == 0 and self._headline(text, hi):
            words = [t.lower for t in reversed(before)]
            for i, word in enumerate(words[:-1]):
                nxt = words[i + 1]
                if word == "to" and nxt.isalpha() and nxt not in self.lexicon.determiners \
                        and nxt not in self.lexicon.function_words:
                    return TenseReading("future", f"to {nxt}")
        infinitive = self._infinitive(left)
        if infinitive is not None:
            return infinitive
        if len(left) >= WINDOW:
            wide = self._clause(before, leftward=True, window=2 * WINDOW)
            # an infinitive between opens a clause of its own ("plan to march on Thursday to
            # dispute the results of the March 2 election"): look no further than the verb
            # group its "to" may close ("is expected to show ... on Tuesday")
            to = next((k for k, t in enumerate(wide) if t.lower == "to" and k > 0 and not wide[k - 1].after_name
                       and wide[k - 1].lower.isalpha() and wide[k - 1].lower not in self.lexicon.determiners), None)
            if to is not None:
                wide = wide[:to + 3]
            found = self._cues(list(reversed(wide)), left_side=True)
            if to is not None:  # only the cue that the "to" closes ("expected to"), not "next month to pursue"
                found = [c for c in found if c[1].cue is not None and c[1].cue.split()[-1] == "to"]
            if found:
                return min(found, key=lambda c: c[0])[1]
        return TenseReading("none")

    def _infinitive(self, left: list[_Token]) -> TenseReading | None:
        """With no cue in the clause, a "to" and a verb that open the expression's clause look
        ahead: "unveiled a phone, to go on sale in June" (the sale is still to come). The word
        after "to" must be a lower-case word that can be a verb: no determiner, function word,
        number or name ("to the market", "to 50 euros", "moved to London"); and the expression
        must be the act's adverbial, after a preposition ("to dispute the results of the March
        2 election" dates the election, not the disputing); and near it: a long object between
        holds the expression's own noun ("to pursue the sultan's talks with the president on Monday")."""
        if not left or left[0].lower not in self.lexicon.tense.attaching_prepositions | _DEADLINE_PREPOSITIONS:
            return None
        for k in range(min(len(left) - 1, _INFINITIVE_REACH), 0, -1):  # from the far end towards the expression
            tok, verb = left[k], left[k - 1]
            if tok.lower == "to" and verb.text.isalpha() and verb.text.islower() and not verb.after_name \
                    and verb.lower not in self.lexicon.determiners and verb.lower not in self.lexicon.function_words \
                    and self._bare_infinitive(verb.lower):
                return TenseReading("future", f"to {verb.lower}")
        return None

    @staticmethod
    def _bare_infinitive(word: str) -> bool:
        """Can ``word`` after "to" be a bare infinitive, by its ending? A plural noun ("handing
        the sailors to mediators"), an "-ing" form or an "-ed" form cannot ("to" is then a preposition)."""
        if word.endswith("s") and not word.endswith(("ss", "us")):
            return False
        if len(word) >= 6 and word.endswith("ing"):
            return False
        return not (word.endswith("ed") and not word.endswith("eed"))

    @staticmethod
    def _headline(text: str, hi: int) -> bool:
        """Is the first sentence a headline: a line of its own with no closing full stop?"""
        line = text[:hi].split("\n", 1)[0].rstrip()
        return "\n" in text[:hi + 1] and bool(line) and line[-1] not in ".!?\"'”’"

    def _attribution(self, right: list[_Token], reading: TenseReading) -> bool:
        """Is the cue after the expression the speech verb of an attribution that a comma sets
        off ("will publish figures weekly from June, a spokeswoman said on Monday")? It dates
        the saying; the verb of the reported clause before the expression dates the expression."""
        if reading.cue is None or reading.cue not in self.lexicon.speech_words:
            return False
        words = [t.lower for t in right]
        return "," in words and reading.cue in words and words.index(",") < words.index(reading.cue)

    def _bound_participle(self, left: list[_Token]) -> TenseReading | None:
        """A bare past participle that the expression's preposition ties it to, a short phrase
        between at most ("aid *flown* into Baidoa on Wednesday will feed ..."): the participle
        opens a reduced relative clause whose act is past, whatever the main verb's tense."""
        if not left or left[0].lower not in self.lexicon.tense.attaching_prepositions:
            return None
        words = [t.lower for t in reversed(left)]
        named = frozenset(i for i, t in enumerate(reversed(left)) if t.after_name)
        for i in range(len(words) - 2, max(len(words) - 3 - _PARTICIPLE_REACH, -1), -1):
            word = words[i]
            if word == "," or word in self.lexicon.clause_breaks:
                return None
            if not self._is_past_form(word):
                if self._reading_at(words, i, True, named)[0] is not None:
                    return None
                continue
            before = words[i - 1] if i > 0 else ""
            if word in self.lexicon.tense.present_alike_participles and before not in self._auxiliaries:
                return None  # "shares become free to trade in November": a present, no participle
            if word in self.lexicon.tense.stative_participles and words[i + 1] == "at":
                continue  # "a unit valued at 2 billion dollars in March": a state, no act
            if before in self._auxiliaries or before in self.lexicon.tense.group_fillers \
                    or (i not in named and self._not_finite(words, i)) or self._intention(words, i):
                return None  # a verb group, no participle; or a promise whose act the expression dates
            return TenseReading("past", word)
        return None

    def _verbless_aside(self, left: list[_Token], right: list[_Token]) -> bool:
        """Is the expression the end of an aside set off by commas that has no verb of its own
        ("Unemployment, 7.2 percent in December, could reach 9 percent")? The aside states a
        figure of its own time: the verb after it, or before it, says nothing of that time."""
        if not right or right[0].lower != ",":
            return False
        comma = next((i for i, t in enumerate(left) if t.lower == ","), None)
        if comma is None:
            return False
        aside = [t.lower for t in reversed(left[:comma])]
        return any(w not in self.lexicon.function_words for w in aside) \
            and not self._cues([t for t in reversed(left[:comma])], left_side=True)

    def use_sentences(self, text: str, starts: list[int]) -> None:
        """Take the sentence starts of ``text`` that the caller already has, instead of finding them again."""
        self._starts, self._starts_for = starts, text

    def _sentence(self, text: str, offset: int) -> tuple[int, int]:
        """Bounds of the sentence holding ``offset`` (sentence starts cached for the last text)."""
        if self._starts_for is not text:
            self._starts = sentence_starts(text, self.lexicon)
            self._starts_for = text
        index = sentence_of(self._starts, offset)
        end = self._starts[index + 1] if index + 1 < len(self._starts) else len(text)
        return self._starts[index], end

    def _clause(self, outward: list[_Token], leftward: bool = False, window: int = WINDOW) -> list[_Token]:
        """Tokens from the expression outward up to a clause break or the window's edge.

        Leftward, a verb group cut by the edge is read whole: in "is officially reported to
        the commission in March" the participle alone would say past, its group says present.
        """
        kept: list[_Token] = []
        aside = -1
        for index, tok in enumerate(outward):
            if index <= aside:
                continue
            if leftward and (aside := self._aside_end(outward, index)) > index:
                continue
            if ((tok.lower in self.lexicon.clause_breaks and not self._after_a_period(outward, index, leftward)
                 and not self._governs_expression(outward, index, leftward)
                 and not self._before_a_name(outward, index, leftward))
                    or self._comma_coordination(outward, index, leftward)):
                break
            if len(kept) >= window and not (leftward and self._in_group(kept[-1].lower)
                                            and self._in_group(tok.lower)):
                break
            kept.append(tok)
        return kept

    def _aside_end(self, outward: list[_Token], index: int) -> int:
        """Where an aside ends, seen leftward from its closing mark at ``index``, else -1. Its
        words are not the expression's clause: a relative clause set off by commas (", which has
        593 deaths,": "had surpassed the United States, which has 593 deaths, late in August" is
        past), a gloss in brackets or a quoted term ("seized 3,000 kilos of "botcha" (rotten
        pork) at a market Wednesday evening" is past)."""
        mark = outward[index].lower
        opening = {",": ",", ")": "(", '"': '"', "”": "“", "''": "``"}.get(mark)
        if opening is None:
            return -1
        reach = _QUOTE_REACH if mark in _QUOTE_MARKS else _ASIDE_REACH
        for j in range(index + 1, min(len(outward), index + reach)):
            if mark == "," and outward[j].lower == ",":
                return j if j > index + 1 and outward[j - 1].lower in self.lexicon.relative_pronouns else -1
            if mark != "," and outward[j].lower == opening:
                return j
        return -1

    def _after_a_period(self, outward: list[_Token], index: int, leftward: bool) -> bool:
        """Is this "after"/"before" a preposition after a period ("on the day after Thanksgiving",
        "the night before the vote")? It then ties the expression to that period, whose verb
        ("opened on the day") is the clause's, rather than opening a clause of its own."""
        if not leftward or outward[index].lower not in _PERIOD_PREPOSITIONS or index + 1 >= len(outward):
            return False
        if index > 0 and _participle(outward[index - 1].lower):
            return False  # "resume sales this week after halting them on January 26": a clause of its own
        word = outward[index + 1].lower
        return self.lexicon.unit(word) is not None or word in self.lexicon.parts_of_day

    @staticmethod
    def _before_a_name(outward: list[_Token], index: int, leftward: bool) -> bool:
        """Is this "after"/"before" a preposition taking a name ("will testify before Senate
        committees on Thursday")? A name opens no clause of its own, so the verb before the
        preposition stays the expression's; a clause after it ("after Obama spoke") has its own
        verb nearer the expression."""
        return (leftward and index > 0 and outward[index].lower in _PERIOD_PREPOSITIONS
                and outward[index - 1].after_name)

    @staticmethod
    def _governs_expression(outward: list[_Token], index: int, leftward: bool) -> bool:
        """Is this "after"/"before" right before the expression, so a preposition taking it as
        object ("expect no change before September", "shares fell after Tuesday")? It then opens
        no clause: the expression belongs to the clause the preposition is in."""
        return leftward and index == 0 and outward[index].lower in _PERIOD_PREPOSITIONS

    def _comma_coordination(self, outward: list[_Token], index: int, leftward: bool) -> bool:
        """Does a ", and" (", or" ...) start here, seen from the expression outward?

        Leftward the coordinator comes first and its comma next; rightward the comma comes first.
        A coordinator after a comma joins clauses far more often than phrases in news prose.
        Rightward, a coordinator right before an auxiliary starts a new verb group too, comma
        or not: "in September and is expected to cut again" is past for September.
        """
        following = outward[index + 1].lower if index + 1 < len(outward) else ""
        first, second = (outward[index].lower, following) if not leftward else (following, outward[index].lower)
        if not leftward and first in self.lexicon.comma_coordinators and self._starts_verb_group(second):
            return True  # "cut rates in September and is expected to": a new verb group, even without a comma
        return first == "," and (second in self.lexicon.comma_coordinators
                                 or (not leftward and _participle(second)))

    def _starts_verb_group(self, word: str) -> bool:
        """Is ``word`` an auxiliary or the first word of a multi-word cue (a verb group's start)?"""
        return word in self._auxiliaries or word in self._phrases_by_first

    def _in_group(self, word: str) -> bool:
        """Can ``word`` be part of a verb group: an auxiliary, a filler, an adverb or a participle."""
        return (word in self._auxiliaries or word in self.lexicon.tense.group_fillers
                or word.endswith("ly") or self._is_past_form(word))

    def _cues(self, tokens: list[_Token], left_side: bool) -> list[tuple[int, TenseReading]]:
        """Verb-group cues in ``tokens`` (text order), each with its distance to the expression."""
        words = [t.lower for t in tokens]
        named = frozenset(i for i, t in enumerate(tokens) if t.after_name)
        commas = [i for i, w in enumerate(words) if w == ","]
        found: list[tuple[int, int, TenseReading]] = []
        i = 0
        while i < len(words):
            reading, length = self._reading_at(words, i, left_side, named)
            if reading is not None:
                found.append((i, i + length - 1, reading))
            i += length
        def penalty(index: int) -> int:
            crossed = [c for c in commas if (c > index if left_side else c < index)]
            return COMMA_PENALTY * len(crossed)

        if left_side:
            return [(len(words) - 1 - last + penalty(last), r) for _, last, r in found]
        return [(first + penalty(first), r) for first, _, r in found]

    def _phrase_at(self, words: list[str], i: int) -> tuple[Tense, int] | None:
        for parts, tense in self._phrases_by_first.get(words[i], ()) if i < len(words) else ():
            if tuple(words[i:i + len(parts)]) == parts:
                return tense, len(parts)
        return None

    def _no_infinitive(self, words: list[str], k: int, named: frozenset[int]) -> bool:
        """Does the word after a cue's closing "to" show it is no infinitive marker: a name
        ("plans to Congress"), a determiner or a preposition ("plans to the board"), or a
        gerund ("were turned back due to containing filth": a cause, no timetable)?"""
        if k >= len(words):
            return False
        gerund = len(words[k]) >= 6 and words[k].endswith("ing") and words[k].isalpha()
        return k in named or words[k] in self.lexicon.determiners or words[k] in _NOT_AFTER_TO or gerund

    def _skip_fillers(self, words: list[str], i: int) -> int:
        fillers = self.lexicon.tense.group_fillers
        while i < len(words) and (words[i] in fillers or words[i].endswith("ly")):
            i += 1
        return i

    def _reading_at(self, words: list[str], i: int, left_side: bool,
                    named: frozenset[int] = frozenset()) -> tuple[TenseReading | None, int]:
        """The cue starting at ``words[i]`` and how many words it takes.

        An auxiliary swallows the rest of its verb group (fillers, ``be``, a participle), so
        that the group is judged by its first word: "will be delayed" is future. So does a
        multi-word cue: "expected to be approved" is future, whatever "approved" alone says.
        A verb of commitment before "to" and a verb is future only for an expression after it
        (``left_side``: the cue stands left of the expression): "agreed to meet next week",
        but "late Saturday and agreed to meet" is past. So is a prospective preposition
        ("ahead of a vote on August 30"); before it, it is no cue at all. A past form right
        after a name (``named`` holds such indices) is a finite verb whatever comes before the name.
        """
        cues = self.lexicon.tense
        phrase = self._phrase_at(words, i)
        if phrase and words[i + phrase[1] - 1] == "to" and self._no_infinitive(words, i + phrase[1], named):
            return None, phrase[1]  # "submitted restructuring plans to Congress": a noun and a preposition
        if phrase and not left_side and " ".join(words[i:i + phrase[1]]) in cues.prospective:
            return None, phrase[1]  # "ahead of" dates what follows it, not the act's day before it
        if phrase:
            cue = " ".join(words[i:i + phrase[1]])
            return (TenseReading(phrase[0], cue, after_act=cue in cues.prospective),
                    self._group_end(words, i + phrase[1]) - i)
        word = words[i]
        if word == "had" and words[i + 1:i + 2] == ["to"] and i + 2 < len(words) and words[i + 2].isalpha() \
                and words[i + 2] not in self.lexicon.determiners:
            return TenseReading("past", "had to"), self._group_end(words, i + 2) - i  # "had to be quarantined"
        if word in cues.nominal_future and words[i + 1:i + 2] != ["to"] \
                and words[i + 1:i + 2] and words[i + 1] in self.lexicon.function_words:
            return None, 1  # "unveiled rescue plans over the weekend": a noun, no plan for the weekend
        if word in cues.participial_future and words[i + 1:i + 2] \
                and words[i + 1] in cues.attaching_prepositions | _PERIOD_PREPOSITIONS:
            return None, 1  # "with the latest cut coming on July 24": a participle, the main verb rules
        if word in cues.timetable_plurals:
            before = words[i - 1] if i > 0 else ""
            if before in self._auxiliaries or before in cues.modals or before in ("to", "not", "n't") \
                    or before in self.lexicon.determiners \
                    or i > 1 and words[i - 2] in self.lexicon.determiners and not before.endswith("s"):
                return None, 1  # "failed to meet", "did not begin", "the start", "a bright start": no timetable
            return TenseReading("future", word), 1
        if word in cues.expectation_pasts and left_side and self._expected_object(words, i):
            return TenseReading("future", word), 1
        if word in cues.scheduled_after_name:
            return (TenseReading("future", word), 1) if i in named else (None, 1)
        intention = self._intention(words, i) if left_side else 0
        if intention:  # the expression is inside the promised act; one before the verb dates the promise
            return TenseReading("future", f"{word} to"), intention
        expectation = self._expectation(words, i, named) if left_side else 0
        if expectation:  # "expected the bank to return to profit in the second half"
            return TenseReading("future", f"{word} ... to"), expectation
        j = self._skip_fillers(words, i + 1)
        nxt = words[j] if j < len(words) else ""
        group_end = j + 1 if nxt and self._is_past_form(nxt) else j
        if word in cues.modals:
            if nxt == "have":
                return TenseReading("past", f"{word} have"), j + 1 - i
            return TenseReading("future", word), self._verb_end(nxt, j) - i
        if word in cues.future:
            return TenseReading("future", word), self._verb_end(nxt, j) - i
        if word in cues.perfect_auxiliaries:
            intention = self._intention(words, j) if left_side and nxt else 0
            if intention:  # "have pledged to name a cabinet by May": the perfect dates the pledge, not May
                return TenseReading("future", f"{word} {nxt} to"), j + intention - i
            if "been" in words[i + 1:j] or (nxt and self._is_past_form(nxt)):
                return TenseReading("past", f"{word} {nxt or 'been'}"), group_end - i
            return TenseReading("present", word), 1
        if word in cues.past:
            intention = self._intention(words, j) if left_side and nxt and self._is_past_form(nxt) else 0
            if intention:  # "were ordered to finish the bridge by 31 July": the act ordered is ahead
                return TenseReading("future", f"{word} {nxt} to"), j + intention - i
            schedule = self._past_schedule(words, j)
            if schedule:  # "was set for October 7": a plan, its date on either side of the anchor
                return TenseReading("present", f"{word} {' '.join(words[j:j + schedule])}"), j + schedule - i
            if left_side and word in PLUPERFECT and nxt in cues.signalling:
                return TenseReading("none", f"{word} {nxt}"), j + 1 - i  # the act announced is after a past moment
            if word in cues.adjectival and i > 0 and words[i - 1] in self.lexicon.determiners:
                return None, 1  # "its last stores", "an earlier plan": an adjective, no adverb of time
            if word in cues.adjectival and i > 0 and words[i - 1] == "to":
                return None, 1  # "loans to last until spring": the verb "last", whose tense is the clause's
            return TenseReading("past", word), group_end - i
        if word in cues.present:
            phrase = self._phrase_at(words, j)
            if phrase:
                return TenseReading(phrase[0], " ".join(words[j:j + phrase[1]])), self._group_end(words, j + phrase[1]) - i
            return TenseReading("present", word), group_end - i
        if self._is_past_form(word):
            if i not in named and self._not_finite(words, i):
                return None, 1
            before = words[i - 1] if i > 0 else ""
            if word in cues.stative_participles and nxt == "at" and before not in self._auxiliaries:
                return None, 1  # "a car priced at 100,000 rupees": a state, the clause's verb rules
            if word in cues.present_alike_participles and before not in self._auxiliaries:
                return TenseReading("present", word), 1  # "shares become free to trade in November"
            return TenseReading("past", word), 1
        return None, 1

    def _past_schedule(self, words: list[str], j: int) -> int:
        """How many words a timetable phrase of ``past_schedules`` takes at ``words[j]``, else 0."""
        for phrase in self.lexicon.tense.past_schedules:
            parts = phrase.split()
            if words[j:j + len(parts)] == parts:
                return len(parts)
        return 0

    def _not_finite(self, words: list[str], i: int) -> bool:
        """Is the past-looking form at ``words[i]`` no finite verb, so no cue of tense?

        After "to" it is a bare infinitive whose past is spelt alike ("expect the Fed to cut
        rates in September": "cut" says nothing of the past). After "a" and a noun, a form
        spelt like a noun heads a compound ("a rate cut", "the first tax cut"). After an article or a possessive,
        an ordinal maybe between, it is an adjective ("the first checked bag", "a revised
        forecast"). "that" and "those" are left out: they also open clauses ("the plant that
        closed in March", "those killed in May").
        """
        before = words[i - 1] if i > 0 else ""
        if before == "to":
            return True
        opener = words[i - 2] if i > 1 else ""
        if words[i] in self.lexicon.tense.nominal and before.isalpha() \
                and (opener in _INDEFINITE_ARTICLES or opener in self.lexicon.ordinals):
            return True  # "expect a (the first) rate cut in the summer": the head of a compound noun
        if words[i] in self.lexicon.tense.nominal and before in _NOUN_QUANTIFIERS:
            return True  # "expect another cut in February": a noun after a quantifier
        after = words[i + 1] if i + 1 < len(words) else ""
        if before in _ADJECTIVE_QUANTIFIERS and after.isalpha() and after not in self.lexicon.function_words \
                and after not in self.lexicon.determiners:
            return True  # "review all rejected complaints by 30 June": an adjective before its noun
        if before in self.lexicon.ordinals and i > 1:
            before = words[i - 2]
        return before in self.lexicon.determiners and before not in _CLAUSE_DETERMINERS

    def _expectation(self, words: list[str], i: int, named: frozenset[int] = frozenset()) -> int:
        """How many words a verb of expectation at ``words[i]``, its object (one to three words,
        or a name dropped from ``words``) and "to" take when a verb follows ("expected the bank to return"), else 0. Not after a
        pluperfect ("had expected"), nor before a clause break or a comma in the object."""
        cues = self.lexicon.tense
        if words[i] not in cues.expectations or (i > 0 and words[i - 1] in PLUPERFECT):
            return 0
        j = i + 1
        while j < len(words) and j - i <= 3 and words[j] != "to":
            if not words[j].isalpha() or words[j] in self.lexicon.clause_breaks or words[j] in self._auxiliaries:
                return 0
            j += 1
        after = words[j + 1] if j + 1 < len(words) else ""
        if (j == i + 1 and j not in named) or words[j:j + 1] != ["to"] or not after.isalpha() \
                or after in self.lexicon.determiners:
            return 0  # the object may be a name, dropped from the words ("urged Iran to halt")
        return j + 1 - i

    def _expected_object(self, words: list[str], i: int) -> bool:
        """Does a noun object follow a past form of expectation at ``words[i]`` as a finite verb
        ("expected revenue of ..."), not "as expected in March", "the expected cut", "had
        expected", "expected to"?"""
        before = words[i - 1] if i > 0 else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        if before in ("as", "than", "was", "were", "been", "be", "being", "is", "are") or before in PLUPERFECT \
                or before in self.lexicon.determiners or before in self._auxiliaries:
            return False
        return after.isalpha() and after != "to" and after not in _NOT_AFTER_TO \
            and after not in self.lexicon.function_words

    def _intention(self, words: list[str], i: int) -> int:
        """How many words a verb of commitment at ``words[i]`` and its "to" take when a verb
        follows ("pledged to release"; "pledged on Monday to release", the capitalised day
        being dropped from the tokens; "pledged last week to release"), else 0. Before "to" and
        a determiner ("agreed to the truce") the "to" heads a noun phrase and says nothing ahead."""
        if words[i] not in self.lexicon.tense.intentions:
            return 0
        cues = self.lexicon.tense
        j = i + 1
        while j < len(words) and (words[j] in cues.attaching_prepositions or words[j] in cues.group_fillers
                                  or words[j] in ("yesterday", "today") or self._dates_the_promise(words[j])):
            j += 1
        after = words[j + 1] if j + 1 < len(words) else ""
        if words[j:j + 1] != ["to"] or not after.isalpha() or after in self.lexicon.determiners:
            return 0
        return j + 1 - i

    def _dates_the_promise(self, word: str) -> bool:
        """Can ``word`` be part of a period phrase between a verb of commitment and its "to"
        ("agreed over the weekend to extend", "pledged last week to cut"): the phrase dates
        the promise, and the act promised still lies after it."""
        return (word in _PROMISE_PERIOD_WORDS or self.lexicon.unit(word) is not None
                or word in self.lexicon.parts_of_day)

    def _group_end(self, words: list[str], end: int) -> int:
        """Where the verb group of a multi-word cue ending at ``end`` ends: after fillers
        (``be``) and a participle, if one follows ("expected to be approved")."""
        j = self._skip_fillers(words, end)
        return j + 1 if j < len(words) and self._is_past_form(words[j]) else end

    @staticmethod
    def _verb_end(nxt: str, j: int) -> int:
        """Where a future or modal group ends: after its verb (``nxt``, at ``j``), whatever its
        form. The verb after "will" is a bare infinitive, and some infinitives are cue words
        themselves ("will last until May": "last" is the verb, not the adverb of "last week")."""
        return j + 1 if nxt.isalpha() else j

    def _is_past_form(self, word: str) -> bool:
        return is_past_form(word, self.lexicon.tense)


def is_past_form(word: str, cues: TenseCues) -> bool:
    """Whether a lower-case word is a simple past or a past participle ("met", "imposed")."""
    if word in cues.irregular_past or word in cues.irregular_participles:
        return True
    return len(word) >= 4 and word.endswith("ed") and word not in cues.ed_exceptions and word.isalpha()
