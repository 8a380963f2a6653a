"""What the actor knowledge base says a capitalised name is, for the place recogniser.

Why ask it: GeoNames knows a town for many names that news uses for actors. Hamm's
Lithuanian name is "Hamas", Wagner and Obama are towns, and Chadian is a village in China.
The actor knowledge base (``lapwing/kb``) already lists organisations, people and
nationalities, so the recogniser takes them from there rather than from a second list.
A name the KB also gives to a state or a seat ("Israel", "Erbil", "New Zealand") is a place
as well. On a known date, the bare surname of the one KB person then heading a state is
that person ("Gorbachev and Bush began a summit" in 1989: not Būsh in Egypt), unless the
text makes it a place (:meth:`lapwing.places_recognise.Recogniser.find`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from lapwing.knowledge import Actor, KnowledgeBase, NameEntry

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

    def sitting_leader(self, name: str, day: str | None) -> bool:
        """:func:`sitting_leader` in this KB."""
        return sitting_leader(self.kb, name, day)

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


def sitting_leader(kb: KnowledgeBase, name: str, day: str | None) -> bool:
    """Whether one-word ``name`` is the surname of exactly one KB person heading a state on
    ``day`` (``YYYY-MM-DD``): news names a sitting president or prime minister by surname
    alone ("Bush", "Kohl", "Major", "Chirac"), so on that date the word is the person though
    towns bear it. With no date, or several such namesakes, it is not."""
    if day is None or " " in name.strip():
        return False
    return sitting_holder(kb, kb.normaliser.key(name)[0], day) is not None


def sitting_holder(kb: KnowledgeBase, key: tuple[str, ...], day: str, not_given: bool = False) -> str | None:
    """The id of the one KB person whose name ends in surname ``key`` and who heads a state on
    ``day`` (:func:`heads_state`); None when there is none, or several. With ``not_given``,
    also None when ``key`` begins the name of a KB person who may be meant on ``day``
    (:meth:`KnowledgeBase.given_words`): one with no dated roles, or with a role held that
    day. A past office holder's given name does not block today's ("Salam" is Salam Fayyad's
    given name, but he was prime minister until 2013: in 2025 "Salam" is Nawaf Salam)."""
    if not_given and len(key) == 1 and any(not person.roles or any(r.held_on(day) for r in person.roles)
                                           for person in kb.given_words().get(key[0], ())):
        return None
    leaders = {e.actor_id for e in kb.names.get(key, ())
               if e.kind == "partial" and (actor := kb.actors.get(e.actor_id)) is not None
               and kb.normaliser.key(actor.name)[0][-1:] == key and heads_state(kb, actor, day)}
    return next(iter(leaders)) if len(leaders) == 1 else None


def heads_state(kb: KnowledgeBase, actor: Actor, day: str) -> bool:
    """Whether ``actor`` heads a state on ``day``: a role there, held that day, whose title is
    a leader's (president, prime minister, king) or one that the KB files under a leader's.
    The holder of such an office is the one namesake a bare surname then means: "Bush" is
    the father in 1989 and the son in 2003."""
    for role in actor.roles:
        org = kb.actors.get(role.org) if role.org else None
        title = kb.title_by_key.get(role.title) if role.title else None
        if role.held_on(day) and org is not None and org.type == "state" and title is not None \
                and (title.key == "leader" or "leader" in title.broader):
            return True
    return False
