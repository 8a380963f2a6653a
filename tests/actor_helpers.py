"""What the actor scanner finds in a sentence, for the actor test modules."""

from __future__ import annotations

from lapwing.actors import scan
from lapwing.knowledge import KnowledgeBase


def hits(kb: KnowledgeBase, text: str, date: str | None) -> dict[str, tuple]:
    """Each mention the scanner finds in ``text``, as (actor id, country, sector)."""
    return {h.text: (h.resolution.actor.actor_id, h.resolution.actor.country, h.resolution.actor.sector)
            for h in scan(text, date, kb=kb)}


def hit(kb: KnowledgeBase, text: str, span: str, date: str | None):
    """The actor the scanner resolves for the mention ``span`` of ``text``; fails, listing what
    it found, when there is no such mention."""
    found = [h for h in scan(text, date, kb=kb) if h.text == span]
    assert found, f"{span!r} not found in {[h.text for h in scan(text, date, kb=kb)]}"
    return found[0].resolution.actor
