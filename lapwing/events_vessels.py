"""Ships as parties of events at sea: "the Liberia-flagged bulk carrier Saffron Tide".

Reports of one attack at sea rarely agree on its place (a sea's point is only its middle)
but they name the ship, so a ship named after its noun, its flag, or an apposition ("a bulk
carrier, the Eastern Lark, was hit") becomes a provisional actor, ``prov:vessel_<name>``.
Its flag is noted in the reason but is not its country: a flag of convenience (Liberia,
Panama, the Marshall Islands) is no party to an attack on the ship, and PLOVER coders give
the target no country for it; reports that name the flag and reports that do not then agree.
An unnamed ship is the bare noun. Clustering matches reports on the id
(:func:`lapwing.clustering._vessels`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from lapwing.events_text import Sentence, Token, name_word
from lapwing.records import ActorRef

#: How far a flag ("Liberia-flagged") may stand before its ship noun ("bulk carrier").
FLAG_REACH = 3
#: How many capitalised words after a vessel noun may be the ship's name.
VESSEL_NAME = 3
#: The provisional actor id of a named ship ("prov:vessel_nordic_tern").
VESSEL_ID = "prov:vessel_"
#: The reason given to an unnamed ship ("a bulk carrier was struck"): clustering reads it as
#: one kind of party, whatever the noun ("carrier", "vessel", "ship").
UNNAMED_VESSEL = "noun: vessel"
_FLAGGED = "-flagged"
#: Words before a ship noun that name its flag or its owner ("Greek-owned bulk carrier"): the
#: owner or operator is not a party to the attack, so only a flag gives the ship a country.
_BEFORE_SHIP = (_FLAGGED, "-owned", "-operated", "-managed")
#: Determiners that make an unnamed ship noun one already named ("after the ship was hit").
DEFINITE = frozenset({"the", "this", "that"})
#: Lower-case words a name before its ship noun may leave between ("the Nour al-Bahr
#: solidarity vessel", "the Madleen aid ship"): one noun of the ship's purpose.
NAME_TO_NOUN = 1


class Vessels:
    """Finds ships in a sentence; ``nouns`` is the lexicon's ``vessels`` class."""

    def __init__(self, nouns: frozenset[str], resolver: Callable[[int, int], ActorRef | None] | None):
        self.nouns = nouns
        self.resolver = resolver

    def at(self, sentence: Sentence, k: int) -> ActorRef | None:
        """The ship whose noun or flag stands at token ``k``, if any; none for a verb after "to"
        ("helicopters and boats to ferry food to villagers")."""
        toks = sentence.tokens
        if k > 0 and toks[k - 1].lower == "to" and k + 1 < len(toks) and not toks[k + 1].cap \
                and toks[k + 1].lower not in {",", ".", ";", "and", "or"}:
            return None  # an infinitive with its object, no ship
        ship = k if toks[k].lower in self.nouns else self._flagged(sentence, k)
        return self.ship_at(sentence, ship) if ship is not None else None

    def before(self, sentence: Sentence, i: int) -> ActorRef | None:
        """A ship in the few words before token ``i`` (a passive's auxiliary: "The bulker
        Nordic Tern was struck"), room left for an apposition (", the NAME ,")."""
        for k in range(i - 1, max(-1, i - 1 - VESSEL_NAME - 4), -1):
            ship = self.at(sentence, k)
            if ship is not None:
                return ship
        return None

    def named(self, sentence: Sentence) -> list[ActorRef]:
        """Every ship the sentence names, once each."""
        ships: dict[str, ActorRef] = {}
        for k in range(len(sentence.tokens)):
            ship = self.at(sentence, k)
            if ship is not None and ship.actor_id is not None:
                ships.setdefault(ship.actor_id, ship)
        return list(ships.values())

    def antecedent(self, sentence: Sentence, ref: ActorRef, named_in_document: list[ActorRef]) -> ActorRef:
        """"The bulker Selene Harbour got a blaze under control after the ship was hit": a
        definite ship noun with no name of its own is the one ship its sentence names, else
        the one ship its document names; with none or several named it stays the bare noun."""
        if not (ref.reason or "").startswith(UNNAMED_VESSEL) or ref.start is None:
            return ref
        k = sentence.index_at(ref.start)
        if k == 0 or sentence.tokens[k - 1].lower not in DEFINITE:
            return ref
        here = self.named(sentence)
        ships = here or named_in_document
        if len(ships) != 1:
            return ref
        ship = ships[0]
        return replace(ref, actor_id=ship.actor_id, name=ship.name, type=ship.type,
                       reason=f"anaphor: the ship named {ship.name!r}")

    def _flagged(self, sentence: Sentence, k: int) -> int | None:
        """Where the ship noun is when token ``k`` is its flag or owner ("Greek-owned bulk
        carrier"); the flag itself when the name follows it directly ("the Liberian-flagged
        Saffron Tide")."""
        toks = sentence.tokens
        if not toks[k].lower.endswith(_BEFORE_SHIP):
            return None
        noun = next((n for n in range(k + 1, min(len(toks), k + 1 + FLAG_REACH)) if toks[n].lower in self.nouns),
                    None)
        if noun is None and k + 1 < len(toks) and toks[k + 1].cap:
            return k
        return noun

    def ship_at(self, sentence: Sentence, k: int) -> ActorRef:
        """The ship whose noun (or flag) is at ``k``, by the name that follows it, else by
        the noun."""
        toks = sentence.tokens
        first = k + 1
        if first + 1 < len(toks) and toks[first].lower == "," and toks[first + 1].lower == "the":
            first += 2  # an apposition: "a bulk carrier, the Eastern Lark, was hit"
        end = first
        while end < len(toks) and end - first < VESSEL_NAME and self._name_part(toks[end]):
            end += 1
        if end == first:
            first, end = self._name_before(sentence, k)
        flag = self._flag_before(sentence, k)
        flagged = f"; flag {flag}" if flag else ""
        if end == first:
            return ActorRef(text=toks[k].text, start=toks[k].start, end=toks[k].end, reason=UNNAMED_VESSEL + flagged)
        start, stop = toks[first].start, toks[end - 1].end
        name = sentence.text[start - sentence.start:stop - sentence.start]
        return ActorRef(text=name, start=start, end=stop, name=name, type="other",
                        actor_id=VESSEL_ID + "_".join(t.lower for t in toks[first:end]),
                        reason="noun: vessel named" + flagged)

    def _name_part(self, tok: Token) -> bool:
        """Whether a word may be part of a ship's name: a word of a name, a lower-case Arabic
        article included ("Nour al-Bahr", "Bahr el-Ghazal"), but no country ("Israeli") and no
        compound of a place ("Gaza-bound", "Liberia-flagged")."""
        compound = "-" in tok.text and tok.text.rsplit("-", 1)[1][:1].islower()
        return name_word(tok) and not compound and not self._of_country(tok)

    def _name_before(self, sentence: Sentence, k: int) -> tuple[int, int]:
        """The span of a name between a determiner and the ship noun at ``k`` ("the Nour
        al-Bahr solidarity vessel", "the Galaxy Leader cargo ship"), a noun of the ship's
        purpose allowed before the noun; an empty span when there is none."""
        toks = sentence.tokens
        for gap in range(NAME_TO_NOUN + 1):
            end = k - gap
            if gap and (end < 0 or name_word(toks[end]) or toks[end].lower in DEFINITE):
                break
            first = end
            while first > 0 and end - first < VESSEL_NAME and self._name_part(toks[first - 1]):
                first -= 1
            if first < end and first > 0 and toks[first - 1].lower in DEFINITE:
                return first, end
        return k, k

    def _flag_before(self, sentence: Sentence, k: int) -> str | None:
        """The flag state of the ship noun at ``k`` ("Panama-flagged oil tanker")."""
        toks = sentence.tokens
        for n in range(k, max(-1, k - 1 - FLAG_REACH), -1):
            word = toks[n].text
            if word.lower().endswith(_FLAGGED) and self.resolver is not None:
                ref = self.resolver(toks[n].start, toks[n].start + len(word) - len(_FLAGGED))
                return ref.country if ref is not None else None
        return None

    def _of_country(self, tok: Token) -> bool:
        """Whether a word resolves to an actor with a country ("Israeli", "Iran"): the end of
        a ship's name."""
        ref = self.resolver(tok.start, tok.end) if self.resolver else None
        return ref is not None and ref.country is not None
