"""Women of a nation named by its demonym are its civilians. Sentences written for these tests."""

from __future__ import annotations

from actor_helpers import hits


def test_women_named_by_a_demonym_are_civilians_of_its_state(kb) -> None:
    found = hits(kb, "A lawsuit by Croatian women against the former commander was filed in The Hague.", "2001-03-01")
    assert found.get("Croatian women", (None,))[1:] == ("HRV", "CVL")
