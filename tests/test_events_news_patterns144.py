"""Event structure in longer, messier reports: the toll in a relative clause on an earlier
day's attack that dates the news is that attack's, background with it ("a day after
Tuesday's raid on a post that killed four guards"); a caption or a "Read more:" trailer a
feed glued into the body is not coded. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.events_text import furniture
from lapwing.explain import Explainer

from event_helpers import code, of_type

DAY = "2026-04-16"  # a Thursday


@pytest.mark.parametrize("text", [
    "The blast came a day after Wednesday's raid on a border post near Kidal that killed four guards.",
    "The announcement came two days after Tuesday's bombing of a market in Gao which wounded nine traders.",
])
def test_a_toll_in_a_relative_clause_on_a_dating_attack_is_background(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "ASSAULT", DAY) == []


def test_a_toll_of_its_own_beside_a_dating_attack_is_still_news(explainer: Explainer) -> None:
    text = "Gunmen killed four guards near Kidal, a day after Wednesday's raid on a border post."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert attack.trigger.text == "killed"


@pytest.mark.parametrize("trailer", [
    "Read more: Protesters block the road to Tessalit",
    "Photo: Soldiers fire tear gas at protesters outside the town hall in Gao.",
])
def test_glued_captions_and_trailers_are_not_coded(explainer: Explainer, trailer: str) -> None:
    text = f"Malian troops detained six suspected smugglers near Gao on Thursday, the army said. {trailer}"
    events = code(explainer, text, DAY)
    assert [e.type for e in events] == ["COERCE"]


@pytest.mark.parametrize("sentence, expected", [
    ("Read more: Protesters block the road to Tessalit", True),
    ("Photo: Police detain a man in Gao.", True),
    ("Police said the photo showed the suspects.", False),
    ("They read more than forty names at the funeral.", False),
])
def test_furniture_needs_the_cue_at_the_start(sentence: str, expected: bool) -> None:
    assert furniture(sentence) is expected
