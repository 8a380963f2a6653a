"""Event places (news 44): the towns at the two ends of a short stretch ("patrolled the road from
X to Y") are read as their vicinities, since the event went along the way between them; the
destination of a longer journey stays the town itself. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import place_of

DAY = "2026-02-11"


@pytest.mark.parametrize("stretch", [
    "from Saraqeb to Ariha",
    "from the outskirts of Saraqeb to the approaches of Ariha",
])
def test_the_ends_of_a_patrols_stretch_are_vicinities(explainer: Explainer, stretch: str) -> None:
    text = f"Russian and Turkish troops patrolled the M4 highway on Monday {stretch}, a war monitor said."
    location = place_of(explainer, text, "COOPERATE", DAY)
    assert location is not None and location.name in ("Saraqib", "Arīḩā") and location.precision == "vicinity"


def test_a_patrol_in_one_town_stays_in_the_town(explainer: Explainer) -> None:
    text = "Russian and Turkish troops patrolled Saraqeb on Monday, a war monitor said."
    location = place_of(explainer, text, "COOPERATE", DAY)
    assert location is not None and location.name == "Saraqib" and location.precision == "city"


def test_the_destination_of_a_longer_journey_is_the_town(explainer: Explainer) -> None:
    text = "The navy redeployed two missile boats from Haifa to the port of Ashdod on Sunday, the army said."
    location = place_of(explainer, text, "MOBILIZE", DAY)
    assert location is not None and location.name == "Ashdod" and location.precision == "city"
