"""Actors, round 5 (sentences written here): an electoral or election commission is a state
body, its country's government, owned by a possessive state or by the one state of the
report, like a ministry."""

from __future__ import annotations

from lapwing.actors import scan


def _actor(text: str, mention: str) -> tuple[str | None, str | None]:
    hits = [h for h in scan(text, "2025-06-10") if mention in h.text]
    actor = hits[0].resolution.actor if hits else None
    return (actor.country, actor.sector) if actor else (None, None)


def test_an_electoral_commission_is_its_states_government() -> None:
    assert _actor("Iraq's electoral commission delayed the final tally.",
                  "electoral commission") == ("IRQ", "GOV")
    assert _actor("NAIROBI - The election commission rejected the opposition's petition.",
                  "election commission") == ("KEN", "GOV")
