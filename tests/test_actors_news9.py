"""Actor recognition causes read from cluster_test18, second round (sentences written here):
Israel's ultra-Orthodox community under either name, and state forces named by coordinated
branch adjectives."""

from __future__ import annotations

import pytest

from actor_helpers import hits


@pytest.mark.parametrize("text, name", [
    ("Haredi demonstrators blocked a highway near Jerusalem.", "Haredi demonstrators"),
    ("Hundreds of ultra-Orthodox students marched in Bnei Brak.", "ultra-Orthodox students"),
    ("Police dispersed a Haredi rally outside the draft office.", "Haredi"),
])
def test_the_ultra_orthodox_community_is_one_israeli_religious_group(kb, text: str, name: str) -> None:
    assert hits(kb, text, "2026-02-16")[name] == ("haredim", "ISR", "REL")


def test_coordinated_branches_before_a_force_noun_are_the_states_forces(kb) -> None:
    found = hits(kb, "Jordanian naval and air units joined the drill off Aqaba.", "2026-05-26")
    assert found["Jordanian naval and air units"][1:] == ("JOR", "MIL")
