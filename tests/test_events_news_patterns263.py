"""Wordings of session 35's round on the probe C11 (sentences written for these tests):
payments paused, a member ejected from a bloc, a joint declaration inked, a wanted man
snatched by commandos, and troops pulling out of a province under a deal, which is a
withdrawal and no exit from the deal."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types

DAY = "2003-11-12"


@pytest.mark.parametrize("text, type_", [
    ("The African Development Bank paused disbursements to Guinea-Bissau after the coup.", "SANCTION"),
    ("ECOWAS ejected Guinea from the West African bloc on Friday.", "SANCTION"),
    ("Sudanese and Chadian presidents inked a joint declaration in Khartoum ending their feud.", "SUPPORT"),
    ("Israeli commandos snatched a Hezbollah commander in the Bekaa Valley.", "COERCE"),
    ("Indonesian troops began pulling out of Aceh on Monday under a deal with the rebels.", "RETREAT"),
])
def test_the_wording_codes_its_type(explainer: Explainer, text: str, type_: str) -> None:
    assert type_ in coded_types(explainer, text, DAY)


def test_pulling_out_of_a_province_under_a_deal_leaves_no_deal(explainer: Explainer) -> None:
    text = "Indonesian troops began pulling out of Aceh on Monday under a deal with the rebels."
    assert "SANCTION" not in coded_types(explainer, text, DAY)


def test_a_striker_who_snatched_a_goal_arrested_no_one(explainer: Explainer) -> None:
    text = "Ghana's striker snatched a late winner against Nigeria in Accra."
    assert "COERCE" not in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text", [
    "Kenya's cricket team beat Zimbabwe by five wickets in Nairobi on Sunday.",
    "Senegal beat Egypt 1-0 in Yaounde to win the Africa Cup of Nations.",
])
def test_a_side_that_beat_another_won_a_game(explainer: Explainer, text: str) -> None:
    assert "ASSAULT" not in coded_types(explainer, text, DAY)


def test_police_who_beat_protesters_assaulted_them(explainer: Explainer) -> None:
    text = "Kenyan police beat protesters with batons in Nairobi on Sunday."
    assert "ASSAULT" in coded_types(explainer, text, DAY)


def test_troops_that_landed_were_deployed(explainer: Explainer) -> None:
    text = "About 2,500 Australian troops landed in Dili on Monday."
    assert "MOBILIZE" in coded_types(explainer, text, DAY)


def test_a_military_plane_landing_with_medicine_deploys_no_force(explainer: Explainer) -> None:
    text = "A Jordanian military plane carrying medicine landed in Khartoum on Monday."
    assert "MOBILIZE" not in coded_types(explainer, text, DAY)
