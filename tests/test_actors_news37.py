"""Actors (kb): Iran's army ground force is a unit of the army and its commander leads it;
a state's border and customs services qualify its officials ("Jordanian border officials",
"Iraqi and Syrian customs chiefs"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2025-06-12"  # a Thursday


def test_the_army_ground_force_commander_speaks_for_iran(explainer: Explainer) -> None:
    text = ("Iran's Army Ground Force commander, General Kioumars Heydari, warned on Thursday that troops would "
            "wipe out insurgents gathering at the border.")
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    (actor,) = threat.actors
    assert (actor.actor_id, actor.country, actor.sector) == ("kioumars_heydari", "IRN", "MIL")


@pytest.mark.parametrize("text, expected", [
    ("Jordanian and Iraqi border officials agreed on Thursday to reopen the Trebil crossing.", ["IRQ", "JOR"]),
    ("Turkish and Iraqi customs chiefs agreed on Thursday to share inspection lists.", ["IRQ", "TUR"]),
])
def test_border_and_customs_officials_are_each_states_government(explainer: Explainer, text: str,
                                                                   expected: list[str]) -> None:
    (deal,) = of_type(explainer, text, "AGREE", DAY)
    assert sorted(a.country for a in deal.actors) == expected
    assert {a.sector for a in deal.actors} == {"GOV"}
