"""The temporal normaliser on the news sets written with hand-made TIMEX3 gold.

Each set was scored once unseen (the figures are in its README) and then opened for
development. The tests check that each set is well formed, and print its scores (`pytest -s
tests/test_timex_sets.py`) against a floor: a drop under it is a regression to look at,
while small moves are left to the printed figures. The rules each set's errors led to are
pinned in tests/test_temporal_news3.py and tests/test_temporal_news4.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timex_helpers import check_timex_set, scores_of_set

FIXTURES = Path(__file__).parent / "fixtures"
#: Value and strict span F1 each set must keep. timex_news2 scored 1.00 after development and
#: keeps a loose floor; timex_news3 (0.996 each, its three misses ages left untagged on
#: purpose) and timex_news4 (0.997 / 1.00) keep the level reached.
FLOORS = {"timex_news2": (0.90, 0.0), "timex_news3": (0.99, 0.99), "timex_news4": (0.99, 0.99)}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_set_is_large_and_well_formed(name: str) -> None:
    check_timex_set(FIXTURES / name / "gold.jsonl")


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_score_stays_at_the_level_reached(name: str) -> None:
    scores = scores_of_set(FIXTURES / name / "gold.jsonl")
    value_floor, strict_floor = FLOORS[name]
    assert scores["documents"] >= 150
    assert scores["value"]["f1"] >= value_floor
    assert scores["strict"]["f1"] >= strict_floor
