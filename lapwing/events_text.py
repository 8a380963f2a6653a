"""Words, sentences and clauses of the coded text: the light analysis events are read from.

There is no parser yet, so a "clause" is approximated: a clause break is a mark (``;``,
``:``, a dash, a bracket, a quotation mark) or a subordinating or relative word ("which",
"after", "because", "that"). Subjects, objects and the scope of modal words are looked
for inside the clause of the trigger. When a dependency parse lands, :class:`Sentence` is
what it replaces: :mod:`lapwing.events_roles` and :mod:`lapwing.events_modality` only ask
it for words, clause numbers and spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lapwing.articles import LINE_RULES
from lapwing.records import Document
from lapwing.temporal_lexicon import load_lexicon as load_time_lexicon
from lapwing.temporal_sentences import sentence_starts
from lapwing.temporal_tense import is_past_form

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # a dotted abbreviation is one word ("U.S.", "U.N."), as "US" is
    r"|\w+(?=n['’]t\b)|n['’]t\b"  # did | n't
    r"|\w+(?=['’]s\b)|['’]s\b"  # Russia | 's
    r"|\w+(?:[-'’]\w+)*"  # words, hyphenated words
    r"|\S"  # any other mark
)
#: The forms of "be": before a participle they make a passive ("was towed"), before a
#: noun a predicate ("are targets").
BE_WORDS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
#: Finite forms of "have".
HAVE_FINITE = frozenset({"have", "has", "had"})
#: The modal auxiliaries: a clause may resume with one after an aside set off by commas ("X,
#: whose leaders met, will sign").
MODAL_AUXILIARIES = frozenset({"will", "would", "could", "might", "may", "must", "shall", "should", "can"})
#: Reporting verbs whose object is the listener, not the news ("told Reuters").
AUDIENCE_VERBS = frozenset({"told", "tell", "tells", "telling"})
#: Dashes; a hyphen standing alone ("BASRA, Iraq - Hundreds of ...") is one typed with the
#: hyphen key (hyphenated words are one token). A dash ends a dateline or opens an aside.
DASHES = frozenset({"—", "–", "-"})
CLAUSE_MARKS = DASHES | {";", ":", "(", ")", '"', "“", "”", "[", "]"}
CLAUSE_WORDS = frozenset({"which", "who", "whom", "whose", "where", "after", "before", "while",
                          "when", "because", "since", "although", "though", "whereas", "until",
                          "but", "that", "amid", "despite", "whereby"})
#: Prepositions after a feeling that name what it is about ("furious at", "angry over").
FEELING_OBJECTS = frozenset({"at", "over", "about", "with", "by"})
#: Relative pronouns: they open a clause about the party before them ("Iran, whose ...",
#: "Hezbollah, which said ...") and name no party themselves.
RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "whose"})
#: Words opening an aside after a party's comma ("X, whose ...", "X, in a speech ...", "X,
#: citing ..."), words that close a span of time opening one ("X, seven weeks after ..."), and
#: the most words such an aside holds (see :meth:`Sentence.aside_opening`).
PARTY_ASIDE_OPENERS = RELATIVE_PRONOUNS | {"where", "in", "at", "on", "during", "despite", "amid", "after",
                                           "under", "with", "without", "like", "unlike", "as", "for", "since"}
ASIDE_TIME_LINKS = frozenset({"after", "before", "since", "into"})
ASIDE_REACH = 30
_ARTICLE_NAME = re.compile(r"[a-z]{1,3}-[A-Z]")
#: The Arabic article written onto a transliterated name ("al-Sharaa", "el-Sisi", "ash-Shaibani"):
#: a mention of the bare name ("Sharaa") inside such a word still stands at that word.
NAME_ARTICLES = frozenset({"al", "el", "as", "ash", "ad", "adh", "an", "ar", "at", "ath", "az"})
TIME_PREPOSITIONS = frozenset({"since", "after", "before", "until"})
#: Words that, right after one of :data:`TIME_PREPOSITIONS`, make it a preposition of time.
TIME_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                        "september", "october", "november", "december", "monday", "tuesday",
                        "wednesday", "thursday", "friday", "saturday", "sunday", "dawn", "noon",
                        "midnight", "nightfall", "sunset", "sunrise", "daybreak", "then"})
#: Nouns of a point in a period that, after "the", make a time phrase ("until the end of
#: March", "before the start of Ramadan").
PERIOD_POINTS = frozenset({"end", "start", "beginning", "middle", "close"})
QUOTES = frozenset({'"', "“", "”"})
GLOSS_WORDS = 3  # words of a bracketed acronym or alias after a name: "(MIT)", "(Islamic State)"
#: Lower-case words a bracketed alias may hold between its capitalised words ("(Party of God)",
#: "(Movement for Democratic Change)"), each on top of the :data:`GLOSS_WORDS`.
GLOSS_LINKS = frozenset({"of", "for", "the", "and"})
SCARE_WORDS = 5  # words of a quoted wording inside a phrase: a "crushing and regret-inducing" response
#: Words that make the next word a noun ("any claim", "the statement"), not a reporting verb.
NOUN_DETERMINERS = frozenset({"a", "an", "the", "any", "no", "its", "their", "his", "her", "these", "every", "each"})


@dataclass(frozen=True)
class Token:
    """One word or mark: its text, lower-case form and character offsets in the document."""

    text: str
    lower: str
    start: int
    end: int

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()


def name_word(tok: Token) -> bool:
    """A word of a name: capitalised, or a transliterated name whose article is lower-case
    ("al-Shaabi", "el-Sisi": the capital follows the hyphen)."""
    return tok.cap or bool(_ARTICLE_NAME.match(tok.text))


def _gloss_parentheses(tokens: list[Token]) -> set[int]:
    """Indexes of the brackets around a short capitalised gloss right after a name ("the
    National Intelligence Organization (MIT) neutralized", "Islamic State (ISIS)", "the
    Hezbollah (Party of God) group declared"): an acronym or alias in apposition, which does
    not end the clause its name acts in."""
    brackets: set[int] = set()
    for k, tok in enumerate(tokens):
        if tok.text != "(" or k == 0 or not tokens[k - 1].cap:
            continue
        close = next((m for m in range(k + 1, min(len(tokens), k + 2 + 2 * GLOSS_WORDS))
                      if tokens[m].text == ")"), None)
        inside = tokens[k + 1:close] if close is not None else []
        if close is not None and close > k + 1 and name_word(inside[0]) and name_word(inside[-1]) \
                and all(name_word(w) or w.lower in GLOSS_LINKS for w in inside) \
                and sum(name_word(w) for w in inside) <= GLOSS_WORDS \
                and close + 1 < len(tokens) and tokens[close + 1].text[:1].isalpha():
            brackets |= {k, close}  # not a dateline's agency: "BEIRUT (Reuters) - ..."
    return brackets


def _scare_quotes(tokens: list[Token]) -> set[int]:
    """Indexes of the quotation marks around a few quoted words inside a noun phrase ("would
    be met with a "crushing and regret-inducing" response"): words quoted for their wording,
    not speech, so they do not end the clause they stand in. The quotation is short, holds no
    punctuation, and a lower-case word follows it."""
    marks: set[int] = set()
    opening = None
    for k, tok in enumerate(tokens):
        if tok.text not in QUOTES:
            continue
        if opening is None:
            opening = k
            continue
        inside = tokens[opening + 1:k]
        if 0 < len(inside) <= SCARE_WORDS and all(w.text[:1].isalnum() for w in inside) \
                and k + 1 < len(tokens) and tokens[k + 1].text[:1].islower():
            marks |= {opening, k}
        opening = None
    return marks


#: Day words that make an adjunct of their own, bare ("headed yesterday towards") or after
#: "on" ("said on Monday the army would").
DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "yesterday", "today", "tonight", "overnight"})
#: Parts of a day that may follow a day word or "last" / "this" ("on Sunday night", "last night").
DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})
#: Words of a day adjunct that may stand between a subject and its verb ("X on Monday rejected",
#: "X, which ..., this afternoon discussed").
DAY_ADJUNCT_WORDS = DAY_WORDS | DAY_PARTS | {"on", "this", "last"}


def s_form(word: str) -> bool:
    """Whether a lower-case word ends in an inflectional "-s", a plural noun ("rebels") or a
    verb's third person ("occupies"), not in the "-ss" of a stem ("press", "congress")."""
    return word.endswith("s") and not word.endswith("ss")


def past_day(sentence: Sentence, j: int) -> int:
    """The token after a day adjunct starting at ``j`` ("on Saturday", "yesterday", "early
    on Sunday", "on Sunday night", "last night", "this morning", "earlier this week", "last
    weekend"), else ``j``: the adjunct stands between a verb and its particle or object, or
    a reporting verb and its content, and parts neither."""
    toks = sentence.tokens
    n = j + 1 if j + 1 < len(toks) and toks[j].lower in {"early", "late", "earlier", "later"} else j
    if n + 1 < len(toks) and toks[n].lower == "on" and toks[n + 1].lower in DAY_WORDS:
        n += 2
    elif n < len(toks) and toks[n].lower in DAY_WORDS:
        n += 1
    elif n + 1 < len(toks) and toks[n].lower in {"last", "this"} \
            and toks[n + 1].lower in DAY_PARTS | OWNING_PERIODS:
        return n + 2
    else:
        return j
    return n + 1 if n < len(toks) and toks[n].lower in DAY_PARTS else n


#: Periods that, after "last" or "this", own an event as a day word does ("last week's raid").
OWNING_PERIODS = frozenset({"week", "weekend", "month"})
#: Words that may stand between a day's possessive and its event noun ("Thursday's deadly
#: Israeli drone attack").
DAY_OWNED_MODIFIERS = 3
#: Day words of the report's own day: "today's claims" are no earlier day's.
PRESENT_DAY_WORDS = frozenset({"today", "tonight"})


def _possessive_mark(toks: list[Token], i: int) -> int | None:
    """The possessive mark ("'s", "'") owning the noun at ``i`` across at most
    :data:`DAY_OWNED_MODIFIERS` words before it, if any."""
    k = i - 1
    while k > 0 and i - k <= DAY_OWNED_MODIFIERS and toks[k].text not in {"'s", "'"}:
        if not toks[k].lower.replace("-", "").isalpha() or toks[k].lower in TIME_PREPOSITIONS:
            return None
        k -= 1
    return k if k >= 1 and toks[k].text in {"'s", "'"} else None


def possessive_owner(sentence: Sentence, i: int) -> str | None:
    """The word that owns the noun at ``i`` through a possessive mark ("the union's strike",
    "the farmers' march"), as written, if any: the owner of an act named by a noun is mostly who does it."""
    k = _possessive_mark(sentence.tokens, i)
    return sentence.tokens[k - 1].text if k is not None else None


def day_owned(sentence: Sentence, i: int, earlier: bool = False) -> bool:
    """Whether the noun at ``i`` is owned by a day ("Thursday's drone attack", "Sunday
    night's shelling", "yesterday's bombing", "last week's raid"): the phrase names one
    past happening by its own day, which needs no party named to be told. The day may own
    the party that owns the noun ("Monday's Bahraini-Saudi foreign ministers' session"). With
    ``earlier``, only by a day before the report's own (not "today's", "this morning's")."""
    toks = sentence.tokens
    k = _possessive_mark(toks, i)
    if k is not None and toks[k - 1].lower not in DAY_WORDS | DAY_PARTS | OWNING_PERIODS:
        k = _possessive_mark(toks, k - 1)
    if k is None:
        return False
    owner, before = toks[k - 1].lower, toks[k - 2].lower if k > 1 else ""
    if earlier and (owner in PRESENT_DAY_WORDS or before == "this"):
        return False
    return owner in DAY_WORDS or owner in DAY_PARTS and before in DAY_WORDS \
        or owner in OWNING_PERIODS | DAY_PARTS and before in {"last", "this"}


#: A year naming an event after "the" ("since the 2003 crackdown").
_YEAR = re.compile(r"(?:1[89]|20)[0-9]{2}")


def _time_preposition(tokens: list[Token], k: int) -> bool:
    """"since January", "until Tuesday", "before dawn", "until the end of March": a
    conjunction before a time word is a preposition; the phrase opens no clause ("A worker
    held since January has been freed", "the SDF had until the end of March to dissolve").
    So is "since" before an event its year names ("A dissident jailed since the 2003 crackdown
    began a hunger strike"); "after the 2009 election was rigged" may well be a clause."""
    return tokens[k].lower in TIME_PREPOSITIONS and k + 1 < len(tokens) and (
        tokens[k + 1].lower in TIME_WORDS or tokens[k + 1].lower.isdigit()
        or tokens[k + 1].lower == "the" and k + 2 < len(tokens) and (
            tokens[k + 2].lower in PERIOD_POINTS
            or tokens[k].lower == "since" and _YEAR.fullmatch(tokens[k + 2].lower) is not None))


@dataclass
class Sentence:
    """The words of one sentence with the clause each belongs to and quotation spans."""

    start: int
    end: int
    text: str
    tokens: list[Token]
    clauses: list[int] = field(default_factory=list)
    quoted: list[bool] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lowers = [t.lower for t in self.tokens]  # for match(), the hottest question
        clause, inside = 0, False
        glosses = _gloss_parentheses(self.tokens) | _scare_quotes(self.tokens)
        for k, tok in enumerate(self.tokens):
            if (tok.lower in CLAUSE_MARKS or tok.lower in CLAUSE_WORDS) and k not in glosses \
                    and not _time_preposition(self.tokens, k):
                clause += 1
            if tok.lower in QUOTES:
                inside = not inside if tok.lower == '"' else tok.lower == "“"
            self.clauses.append(clause)
            self.quoted.append(inside)

    def words(self, i: int, j: int) -> list[str]:
        return [t.lower for t in self.tokens[max(0, i):max(0, j)]]

    def same_clause(self, i: int, j: int) -> bool:
        return self.clauses[i] == self.clauses[j]

    def relative_aside(self, k: int) -> bool:
        """Whether token ``k`` stands in a relative clause set off by a comma after a party
        ("Israel, which denies the charge, was accused"): what is said or denied there
        reaches no further than the clause's closing comma."""
        opening = self.clause_start(k)
        return opening > 0 and self.tokens[opening].lower in RELATIVE_PRONOUNS \
            and self.tokens[opening - 1].text == ","

    def aside_opening(self, k: int) -> int | None:
        """The comma opening an aside that a comma right before token ``k`` (adverbs and a day
        adjunct aside: "..., on Tuesday welcomed") closes, when the aside opens with a relative
        pronoun, a preposition, an "-ing" form or a span of time before "after" ("X, whose
        government has extended credit lines since its default, telephoned", "South Africa's
        president, in a speech that stunned his party, lifted", "X and Y, seven weeks after
        voters rejected a first version, signed"); None when no such aside ends there."""
        toks = self.tokens
        close = k - 1
        while close > 0 and (toks[close].lower.endswith("ly") and not toks[close].cap
                             or toks[close].lower in DAY_ADJUNCT_WORDS):
            close -= 1  # "formally endorsed", "on Tuesday welcomed"
        if close < 3 or toks[close].text != ",":
            return None
        opening = next((m for m in range(close - 1, max(0, close - ASIDE_REACH), -1) if toks[m].text == ","), None)
        if opening is None or opening < 1:
            return None
        first = toks[opening + 1].lower
        if first in PARTY_ASIDE_OPENERS or first.endswith("ing") and first.isalpha() \
                or any(w in ASIDE_TIME_LINKS for w in self.words(opening + 2, opening + 5)) \
                or self._participle_aside(opening) or self._feeling_aside(opening):
            return opening
        return None

    def _feeling_aside(self, opening: int) -> bool:
        """Whether the aside after the comma at ``opening`` opens with a feeling
        (``motive_feelings`` in events.yaml) and what it is about ("European Union leaders,
        furious at the forced landing of a Ryanair jet, said"): it describes the party."""
        from lapwing.events_lexicon import load_lexicon  # the events lexicon reads these words' classes
        toks = self.tokens
        return opening + 2 < len(toks) and load_lexicon().in_class(toks[opening + 1].lower, "motive_feelings") \
            and toks[opening + 2].lower in FEELING_OBJECTS

    def _participle_aside(self, opening: int) -> bool:
        """Whether the aside after the comma at ``opening`` opens with a past participle and its
        preposition ("Foreign ministers of the bloc, gathered in Kuala Lumpur days after the
        coup, held talks"): it describes the party; a past form with an object after it
        ("seized the town, burned homes") is the next verb of a list."""
        toks = self.tokens
        return opening + 2 < len(toks) and is_past_form(toks[opening + 1].lower, load_time_lexicon().tense) \
            and toks[opening + 2].lower in PARTY_ASIDE_OPENERS | {"by", "from", "to"}

    def resumes_after_aside(self, k: int) -> bool:
        """Whether the past verb at ``k`` is the one the party before an aside resumes with
        (see :meth:`aside_opening`): the aside's clauses end at its closing comma, so the verb
        is no part of them, though no clause word marks the return. A perfect resumes as well
        ("Zimbabwe's government, insisting that ..., has turned down an offer"), and so does a
        future or modal one ("Brazil and Argentina, whose presidents met last month, will sign")."""
        toks, tense = self.tokens, load_time_lexicon().tense
        past = is_past_form(toks[k].lower, tense) or toks[k].lower in HAVE_FINITE and k + 1 < len(toks) \
            and is_past_form(toks[k + 1].lower, tense)
        modal = toks[k].lower in MODAL_AUXILIARIES and k + 1 < len(toks) and toks[k + 1].lower.isalpha() \
            and not toks[k + 1].cap
        return (past or modal) and self.aside_opening(k) is not None

    def clause_start(self, k: int) -> int:
        """The first token of the clause of token ``k``."""
        first = k
        while first > 0 and self.clauses[first - 1] == self.clauses[k]:
            first -= 1
        return first

    def clause_opening(self, k: int, words: int) -> range:
        """The first ``words`` tokens of the clause of token ``k`` (none at or after ``k``),
        where its subject's head stands even when a long modifier parts it from the verb."""
        first = self.clause_start(k)
        return range(first, min(k, first + words))

    def index_at(self, offset: int) -> int:
        """The first token starting at or after ``offset`` (len(tokens) if none)."""
        return next((k for k, t in enumerate(self.tokens) if t.start >= offset), len(self.tokens))

    def name_index(self, offset: int) -> int:
        """The token a name mention starting at ``offset`` begins in: the word starting there,
        or a transliterated name whose article the mention leaves out ("Sharaa" in
        "al-Sharaa"), so that the name is not lost between two tokens."""
        for k, tok in enumerate(self.tokens):
            if tok.start < offset < tok.end and tok.text[offset - tok.start - 1] == "-" \
                    and tok.lower[:offset - tok.start - 1] in NAME_ARTICLES:
                return k
            if tok.start >= offset:
                return k
        return len(self.tokens)

    def index_before(self, offset: int) -> int:
        """One past the last token ending at or before ``offset``."""
        return max((k + 1 for k, t in enumerate(self.tokens) if t.end <= offset), default=0)

    def match(self, i: int, words: tuple[str, ...]) -> bool:
        """Whether the lower-case ``words`` stand at token ``i``."""
        lowers = self._lowers
        if words and 0 <= i < len(lowers) and lowers[i] != words[0]:
            return False  # most calls: the first word differs
        return tuple(lowers[i:i + len(words)]) == words

    def span_text(self, i: int, j: int) -> str:
        return self.text[self.tokens[i].start - self.start:self.tokens[j - 1].end - self.start]


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]`` with document offsets; curly apostrophes unified."""
    return [Token(m.group(), m.group().lower().replace("’", "'"), m.start(), m.end())
            for m in _TOKEN.finditer(text, start, end)]


def sentences(document: Document) -> Iterator[Sentence]:
    """Sentences of the coded zones (captions, credits and trailers are never coded)."""
    text = document.text
    starts = sentence_starts(text, load_time_lexicon())
    bounds = list(zip(starts, [*starts[1:], len(text)]))
    for zone_start, zone_end in document.coded_spans():
        for s, e in bounds:
            s, e = max(s, zone_start), min(e, zone_end)
            while e > s and text[e - 1].isspace():
                e -= 1
            while s < e and text[s].isspace():
                s += 1
            if s < e and not furniture(text[s:e]):
                yield Sentence(s, e, text[s:e], tokenize(text, s, e))


def furniture(text: str) -> bool:
    """Whether a sentence is a caption, credit or trailer that a feed glued into the body
    ("... in Bannu. Photo: Police stand guard outside the post.", "Read more: ..."): the line
    zones of articles.py miss such furniture once lines are flattened, and it tells no news.
    Only the rules anchored at the start of a line apply: a sentence must open with the cue."""
    words = len(text.split())
    return any(rule.pattern.startswith("^") and rule.match(text) is not None and words <= limit
               for _, rule, limit in LINE_RULES)


#: Prepositions after which a reporting form is a noun ("amid reports that", "despite claims"):
#: no verb, so no speaker. "to" is left out: "declined to say" is a verb.
REPORT_NOUN_PREPOSITIONS = frozenset({"amid", "amidst", "despite", "of", "over", "about", "after", "following",
                                      "with", "on", "in", "from", "among", "by", "against"})


#: Words before "'s" that contract "has" or "is" ("he's said", "it's reported"): no owner.
CONTRACTING_WORDS = frozenset({"he", "she", "it", "that", "who", "what", "there", "here", "where"})


def _noun_modifier_before(sentence: Sentence, k: int) -> bool:
    """Whether the word before token ``k`` makes it a noun or a noun's modifier, as a verb
    never follows it: a superlative ("Egypt's biggest state textile mill", "the latest
    report"; not a noun in -est such as "protest", nor a name such as "Budapest"), an owner's
    "'s" ("Egypt's state media", "the ministry's report"; not a contracted "he's said") or a
    determiner or an owner's "'s" and a capitalised modifier before a bare form ("the Jewish
    state returned", "the Palestinian claim", "Ethiopia's Amhara state mobilised": a singular
    name would take "states", a plural one its "-s"). So is "state" after a capitalised word that
    opens the sentence or a clause and before a noun ("Cuban state security agents detained")."""
    toks = sentence.tokens
    if k == 0:
        return False
    before = toks[k - 1].lower
    if before == "'s":
        return k >= 2 and toks[k - 2].lower not in CONTRACTING_WORDS
    time_lexicon = load_time_lexicon()
    word = toks[k].lower
    name = k - 1  # the first word of the capitalised name before: "South Sudan's Upper Nile state"
    while name > 1 and toks[name - 1].cap and toks[name - 1].text.isalpha():
        name -= 1
    if name >= 1 and toks[name - 1].lower in NOUN_DETERMINERS | {"'s"} and toks[k - 1].cap and before.isalpha() \
            and not s_form(before) and not s_form(word) and not is_past_form(word, time_lexicon.tense) \
            and not (k + 1 < len(toks) and toks[k + 1].lower == "that"):
        return True  # not "the Kremlin said", "the Taliban say that"
    if word == "state" and toks[k - 1].cap and (name == 0 or toks[name - 1].lower in CLAUSE_WORDS | {"that"}) \
            and not s_form(before) and _noun_after(toks, k):
        return True  # "Cuban state security agents detained", "denied that Russian state hackers had"
    if s_form(word) and k + 1 < len(toks) and is_past_form(toks[k + 1].lower, time_lexicon.tense):
        return True  # "the six Gulf Cooperation Council states met": a present verb takes no past after it
    return before in time_lexicon.superlatives or before.endswith("est") and before.isalpha() \
        and before not in time_lexicon.est_nouns and not toks[k - 1].cap  # "Budapest said": a name


def _noun_after(toks: list[Token], k: int) -> bool:
    """Whether a lower-case word that can go on a noun phrase follows token ``k`` ("state security
    agents"): no article, pronoun, "that" or adverb in -ly, which would follow a verb."""
    if k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return nxt.text.isalpha() and not nxt.cap and not nxt.lower.endswith("ly") \
        and nxt.lower not in NOUN_DETERMINERS | CLAUSE_WORDS | CONTACT_PRONOUNS | {"that", "to"}


def reporting_at(sentence: Sentence, k: int, forms: frozenset[str]) -> bool:
    """Whether token ``k`` is a reporting verb of ``forms``. A capitalised form inside the
    sentence is a name ("the United States sent": no "states" verb), one before "'s" a
    noun ("the Turkish occupation state's drone"), and so is one after a determiner or a
    preposition ("rejected any claim to them by Iran", "the statement", "amid reports"), a
    superlative or an owner's "'s" ("Egypt's biggest state textile mill"). A passive form
    before "to" is a raising verb ("troops were reported to have abandoned", "is said to have
    fired"): its subject does the act and says nothing (:func:`raising_at`)."""
    toks = sentence.tokens
    tok = toks[k]
    possessed = k + 1 < len(toks) and toks[k + 1].lower == "'s"
    determined = k > 0 and toks[k - 1].lower in NOUN_DETERMINERS | REPORT_NOUN_PREPOSITIONS
    return tok.lower in forms and (k == 0 or not tok.cap) and not possessed and not determined \
        and not _noun_modifier_before(sentence, k) and not raising_at(sentence, k) and not _declared_act(sentence, k)


#: Forms of "declare", which report a statement or, before a noun of what is declared, make it
#: ("declared a state of emergency", "declared war", "declared martial law").
_DECLARING = frozenset({"declare", "declares", "declared", "declaring"})
#: Words right after "declared" that open the thing declared, not a statement.
_DECLARED_THINGS = frozenset({"a", "an", "war", "martial", "independence", "victory"})


def _declared_act(sentence: Sentence, k: int) -> bool:
    """Whether token ``k`` is "declared" before the thing it makes ("declared a state of
    emergency on Monday and security forces arrested the chief justice"): an act, no report
    that makes the acts after it hearsay."""
    toks = sentence.tokens
    return toks[k].lower in _DECLARING and k + 1 < len(toks) and toks[k + 1].lower in _DECLARED_THINGS


def raising_at(sentence: Sentence, k: int) -> bool:
    """Whether token ``k`` is a passive verb after "be" and before "to", an adverb allowed after
    "be" ("were widely reported to have fired"): the raising passive, whose subject is the
    doer of the infinitive's act, not a speaker."""
    toks = sentence.tokens
    b = k - 2 if k > 1 and toks[k - 1].lower.endswith("ly") else k - 1
    return b >= 0 and toks[b].lower in BE_WORDS and k + 1 < len(toks) and toks[k + 1].lower == "to"


#: Subject pronouns that open a contact relative clause after a noun ("a money exchange
#: company it said had channelled funds").
CONTACT_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
#: Words before such a pronoun that are no noun the clause could describe.
_NOT_HEADS = TIME_PREPOSITIONS | QUOTES | NOUN_DETERMINERS | BE_WORDS | CLAUSE_WORDS | frozenset({
    "and", "or", "as", "to", "of", "in", "on", "at", "for", "with", "by", "from", "than", "if", "what", "how"})


def contact_relative(sentence: Sentence, k: int, forms: frozenset[str]) -> bool:
    """Whether the reporting verb at token ``k`` opens, with the pronoun before it, a
    relative clause with no relative pronoun on the noun before that ("froze the assets of
    ... a money exchange company it said had channelled funds to the Houthis"): a noun, a
    subject pronoun, a reporting verb of ``forms`` and a finite verb of the reported clause.
    The clause describes the noun; its speaker reports only that clause's content."""
    toks = sentence.tokens
    if not (2 <= k and k + 1 < len(toks) and reporting_at(sentence, k, forms)
            and toks[k - 1].lower in CONTACT_PRONOUNS):
        return False
    head, nxt = toks[k - 2], toks[k + 1].lower
    finite = nxt in {"had", "has", "have", "was", "were", "is", "are", "would", "will"} \
        or nxt.endswith("ed") and nxt.isalpha()
    return finite and head.lower.isalpha() and not head.cap and head.lower not in _NOT_HEADS | forms
