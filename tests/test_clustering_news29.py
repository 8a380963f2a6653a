"""A report that lists more parties of one side than another report of the event (four states
of a contact group where the other names none) is not penalised per listed state: the parties
of one role that match nothing count as one disagreement. Events written for these tests."""

from __future__ import annotations

from test_clustering import ev, parts_of

MALI = {"text": "Mali's junta", "actor_id": "MLI", "country": "MLI", "sector": "GOV"}
STATES = [{"text": name, "actor_id": code, "country": code}
          for name, code in (("France", "FRA"), ("Germany", "DEU"), ("Italy", "ITA"), ("Spain", "ESP"))]
CHAD = {"text": "Chad", "actor_id": "TCD", "country": "TCD"}


def _participants(first: dict, second: dict) -> float | None:
    return parts_of(first, second)[1].get("participants")  # absent where a veto parts them


def test_listed_recipients_count_as_one_side() -> None:
    lone = ev("a:e1", type_="REJECT", actors=(MALI,), recipients=(), day="2023-06-02")
    listed = ev("b:e1", type_="REJECT", actors=(MALI,), recipients=STATES, day="2023-06-02")
    two = ev("c:e1", type_="REJECT", actors=(MALI,), recipients=STATES[:1], day="2023-06-02")
    assert _participants(lone, listed) == _participants(lone, two) == 0.5


def test_unmatched_parties_of_both_sides_still_count() -> None:
    """An unmatched actor and an unmatched recipient are two disagreements, not one."""
    cluster = ev("a:e1", type_="REJECT", actors=(MALI,), recipients=(), day="2023-06-02")
    other = ev("b:e1", type_="REJECT", actors=(MALI, CHAD), recipients=STATES[:2], day="2023-06-02")
    assert _participants(cluster, other) == round(1 / 3, 3)  # parts are rounded
