"""What the actor knowledge base says a capitalised name is, for the place recogniser.

Why ask it: GeoNames knows a town for many names that news uses for actors. Hamm's
Lithuanian name is "Hamas", Wagner and Obama are towns, and Chadian is a village in China.
The actor knowledge base (``lapwing/kb``) already lists organisations, people and
nationalities, so the recogniser takes them from there rather than from a second list.
A name the KB also gives to a state or a seat ("Israel", "Erbil", "New Zealand") is a place
as well.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from lapwing.knowledge import KnowledgeBase, NameEntry

NameKind = Literal["place", "nationality", "actor"]
#: Kinds of KB name that are a state's own place name ("Israel", "ISR"); a seat always is one.
_PLACE_KINDS = frozenset({"alias", "abbrev"})
#: Kinds of KB name that say where someone comes from ("Israeli", "Syrians").
_NATIONALITY_KINDS = frozenset({"demonym", "plural"})
#: A person's bare surname needs support from context even for the actor resolver ("Austin",
#: "Kobani" are towns first), so it says nothing here.
_WEAK_KINDS = frozenset({"partial"})
_CACHE_SIZE = 50_000  # distinct names per process; news repeats them


class ActorNames:
    """Looks names up in the KB's alias and abbreviation tables, memoised per name."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.kind = lru_cache(maxsize=_CACHE_SIZE)(self._kind)  # type: ignore[method-assign]

    def _kind(self, name: str) -> NameKind | None:
        """``"place"`` when the KB names a state or a seat of government by ``name``,
        ``"nationality"`` when only a demonym, ``"actor"`` when only an organisation or a
        person (Hamas, Obama), ``None`` when the KB does not know the name."""
        entries = self._entries(name)
        if not entries:
            return None
        if any(self._names_a_place(e) for e in entries):
            return "place"
        if all(e.kind in _NATIONALITY_KINDS for e in entries):
            return "nationality"
        return "actor"

    def country(self, name: str) -> str | None:
        """The one country of the actors the KB names ``name`` ("EDL": LBN, "Lebanese": LBN),
        None when it names none or actors of several countries: a name that says which
        country a report is about though it names no place."""
        countries = {self.kb.actors[e.actor_id].country for e in self._entries(name)
                     if e.actor_id in self.kb.actors}
        return countries.pop() if len(countries) == 1 else None

    def org_head(self, word: str) -> bool:
        """Whether the KB lists ``word`` as a noun that heads organisations' names ("Fleet",
        "Command", "Brigade"), which a capitalised word before it makes a name."""
        return self.kb.normaliser.key(word)[0] in self.kb.org_heads

    def _entries(self, name: str) -> list[NameEntry]:
        """The KB's names written like ``name`` (abbreviations case-sensitively), less bare
        surnames."""
        normaliser = self.kb.normaliser
        entries = [*self.kb.names.get(normaliser.key(name)[0], ()),
                   *self.kb.exact.get(normaliser.exact_key(name), ())]
        return [e for e in entries if e.kind not in _WEAK_KINDS]

    def _names_a_place(self, entry: NameEntry) -> bool:
        """A state's own name ("Israel"), or a seat of government used for it ("Erbil")."""
        if entry.kind == "seat":
            return True
        return entry.kind in _PLACE_KINDS and self.kb.actors[entry.actor_id].type == "state"
