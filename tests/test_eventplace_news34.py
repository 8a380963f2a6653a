"""Event places (news 34): a town's name right before a noun of armed men ("allied Ancona
gunmen") names the armed group, no scene; the destination of money or supplies on the
move, a continent too ("supplies to Asia"), and the land a pipeline crosses are no scene of
a measure or a refusal about them, while a continent forces are sent to stays the scene of
the deployment. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import place_of

DAY = "2025-06-11"


def _place(explainer: Explainer, text: str, type_: str):
    return place_of(explainer, text, type_, DAY)


@pytest.mark.parametrize("text", [
    "Chad's government on Tuesday accused Sudanese troops and allied Ancona gunmen of torching crops near the "
    "border.",
    "Mali's junta on Tuesday accused Burkinabe soldiers and allied Pesaro fighters of torching crops near the "
    "border.",
])
def test_a_town_before_a_noun_of_armed_men_names_the_group(explainer: Explainer, text: str) -> None:
    place = _place(explainer, text, "ASSAULT")
    assert place is None or place.country != "ITA"


def test_a_town_after_a_place_preposition_stays_a_place(explainer: Explainer) -> None:
    place = _place(explainer, "Police arrested four smugglers in Ancona on Monday, officials said.", "COERCE")
    assert place is not None and place.name == "Ancona"


def test_a_disputed_borderland_is_known(explainer: Explainer) -> None:
    place = _place(explainer, "Ethiopian militiamen raided farms in the Fashaga triangle on Monday, burning "
                              "crops, Sudanese officials said.", "ASSAULT")
    assert place is not None and place.country == "SDN"


def test_where_money_flows_is_no_scene_of_a_penalty(explainer: Explainer) -> None:
    text = ("Jordan's central bank on Sunday banned three exchange houses from the currency market, a penalty it "
            "imposed over funds flowing to Yemen.")
    place = _place(explainer, text, "SANCTION")
    assert place is None or place.country != "YEM"


def test_the_land_a_pipeline_crosses_is_no_scene_of_a_refusal(explainer: Explainer) -> None:
    text = "Qatar's emir today said no to a Turkish request to restart the gas pipeline across Syria, officials said."
    place = _place(explainer, text, "REJECT")
    assert place is None or place.country != "SYR"


def test_a_continent_supplies_go_to_is_no_scene(explainer: Explainer) -> None:
    text = ("Norway closed the door on Friday to any cut in gas exports, its premier telling the envoys that "
            "supplies to Asia would keep flowing.")
    place = _place(explainer, text, "REJECT")
    assert place is None or place.name != "Asia"


def test_a_continent_forces_are_sent_to_stays_the_deployments_scene(explainer: Explainer) -> None:
    place = _place(explainer, "Britain dispatched an aircraft carrier to Asia on Monday.", "MOBILIZE")
    assert place is not None and place.name == "Asia"
