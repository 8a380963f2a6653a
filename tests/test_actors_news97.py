"""Actors of session 49 (sentences written for these tests): a demonym before "frontier" or
"border" ("near the Zambian frontier") puts the scene at the edge, on either side, so it does not
make a state's rangers or police that neighbour's."""

from __future__ import annotations

from actor_helpers import hit

DATE = "1998-03-10"


def test_a_frontier_named_by_a_demonym_is_no_scene(kb) -> None:
    text = "Park rangers seized 4 poachers near the Zambian frontier, officials in Lilongwe said."
    assert hit(kb, text, "Park rangers", DATE).country != "ZMB"
    # near miss: a town of that state is still the scene
    text = "Park rangers seized 4 poachers near Chipata, officials said."
    assert hit(kb, text, "Park rangers", DATE).country == "ZMB"
