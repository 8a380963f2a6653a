"""Where a place phrase puts an event when the sentence also names where a campaign is aimed
("for the push on Mosul"), a relative clause of place ("..., where commanders are stationing a
brigade"), the goal of a ring or a truck ("a ring smuggling young men to camps in Syria") or
where freed captives were caught before they came home ("sailors taken by gunmen near
Hodeidah walked free, and their relatives met the crew at the port of Kochi"). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code

DAY = "2014-03-10"  # a Monday


def _place(explainer: Explainer, text: str, word: str):
    events = [e for e in code(explainer, text, DAY) if word in e.trigger.text]
    assert events, [e.trigger.text for e in code(explainer, text, DAY)]
    return events[0].location


def _name(explainer: Explainer, text: str, word: str) -> str | None:
    place = _place(explainer, text, word)
    return None if place is None else place.name


@pytest.mark.parametrize("text", [
    "The Iraqi army moved two armoured brigades on Monday for the coming push on Mosul, a commander said.",
    "The Iraqi army moved two armoured brigades on Monday for the Mosul offensive, a commander said.",
])
def test_the_city_a_campaign_is_aimed_at_is_no_scene_of_the_build_up(explainer: Explainer, text: str) -> None:
    assert _name(explainer, text, "moved") != "Mosul"


def test_the_aim_of_a_drive_to_retake_a_town_is_no_scene(explainer: Explainer) -> None:
    text = "Libyan commanders deployed 3 battalions on Monday ahead of the drive to retake Sirte, a spokesman said."
    assert _name(explainer, text, "deployed") is None


def test_a_campaign_s_own_trigger_keeps_its_aim(explainer: Explainer) -> None:
    assert _name(explainer, "The Iraqi army launched the offensive on Mosul on Monday, a commander said.",
                 "offensive") == "Mosul"


def test_a_battle_fought_for_a_town_is_there(explainer: Explainer) -> None:
    # "in the battle for": the deed happened in it, no purpose
    assert _name(explainer, "Five soldiers were killed on Monday in the battle for Sirte, a military source said.",
                 "killed") == "Sirte"


def test_a_relative_clause_of_place_is_at_the_place_it_refers_to(explainer: Explainer) -> None:
    text = ("Columns of Jordanian tanks rumbled on Monday along desert roads on their way to Mafraq, where "
            "Jordanian commanders are stationing an armoured brigade, a military source said.")
    assert _name(explainer, text, "stationing") == "Mafraq"


def test_a_relative_clause_of_place_that_names_its_own_site_keeps_it(explainer: Explainer) -> None:
    text = ("Columns of Jordanian tanks rumbled on Monday along desert roads on their way to Mafraq, where "
            "Jordanian commanders are stationing an armoured brigade near Ruwaished, a military source said.")
    assert _name(explainer, text, "stationing") == "Ruwaished"


def test_the_goal_of_a_ring_broken_up_gives_way_to_the_arrests_town(explainer: Explainer) -> None:
    text = ("Jordanian police broke up a ring smuggling young men to camps in Syria on Monday, arresting 4 "
            "suspects in Irbid, officials said.")
    assert _name(explainer, text, "broke") == "Irbid"


def test_the_goal_of_a_ring_stays_when_the_sentence_names_no_other_place(explainer: Explainer) -> None:
    text = "Jordanian police broke up a ring smuggling young men to camps near Raqqa on Monday, officials said."
    place = _place(explainer, text, "broke")
    assert place is not None and place.country == "SYR"


def test_a_participle_with_a_plain_locative_is_no_goal(explainer: Explainer) -> None:
    text = "Jordanian police arrested a man planting a bomb in Irbid on Monday, officials said."
    assert _name(explainer, text, "arrested") == "Irbid"


def test_where_freed_sailors_were_taken_gives_way_to_where_they_were_met(explainer: Explainer) -> None:
    text = ("Indian sailors taken by Houthi gunmen near Hodeidah walked free on Monday, and their relatives met "
            "the crew at the port of Kochi, a shipping official said.")
    assert _name(explainer, text, "walked free") == "Kochi"


def test_where_hostages_were_taken_gives_way_to_the_town_they_flew_home_to(explainer: Explainer) -> None:
    text = ("Filipino seamen taken hostage off Jolo regained their freedom on Monday, and the crew flew home to "
            "Manila, officials said.")
    assert _name(explainer, text, "regained") == "Manila"


def test_the_capture_s_place_stays_the_scene_when_no_homecoming_is_told(explainer: Explainer) -> None:
    text = "Indian sailors taken by Houthi gunmen near Hodeidah walked free on Monday, a shipping official said."
    place = _place(explainer, text, "walked free")
    assert place is not None and place.country == "YEM"
