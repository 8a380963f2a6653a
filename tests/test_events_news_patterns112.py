"""Cooperation phrasings a probe of unseen wording found missing: views "sounded out", a party
stood "firmly by", a joint body "launched", arms "shipped", forces "were withdrawn", posts
vacated by rebels, an accord's text initialled. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, of_type

DAY = "2025-06-11"  # a Wednesday


def test_views_sounded_out_are_a_consultation(explainer: Explainer) -> None:
    text = "Kuwait's emir sounded out Bahraini ministers about a Gulf summit in the autumn."
    (talk,) = of_type(explainer, text, "CONSULT", DAY)
    assert countries(talk.actors) == ["KWT"]
    assert countries(talk.recipients) == ["BHR"]


def test_sound_needs_a_party_sounded_out(explainer: Explainer) -> None:
    text = "Sirens sounded out across Haifa on Tuesday night."
    assert "CONSULT" not in coded_types(explainer, text, DAY)


def test_standing_firmly_by_a_party_backs_it(explainer: Explainer) -> None:
    text = "Algeria has stood resolutely by Tunisia throughout the row over migrants."
    assert "SUPPORT" in coded_types(explainer, text, DAY)


def test_standing_idly_by_backs_no_one(explainer: Explainer) -> None:
    text = "Chad stood idly by while Sudanese refugees crossed into Adre, aid groups said."
    assert "SUPPORT" not in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("verb", ["launched", "created"])
def test_a_joint_body_launched_is_cooperation(explainer: Explainer, verb: str) -> None:
    text = f"Uganda and Rwanda {verb} a joint committee to oversee trade at the Gatuna border post."
    (work,) = of_type(explainer, text, "COOPERATE", DAY)
    assert sorted(countries(work.actors)) == ["RWA", "UGA"]


@pytest.mark.parametrize("goods", ["anti-tank missiles", "small arms and ammunition"])
def test_arms_shipped_to_a_party_are_aid(explainer: Explainer, goods: str) -> None:
    text = f"Eritrea shipped {goods} to Sudan's army last month."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert countries(aid.actors) == ["ERI"]
    assert countries(aid.recipients) == ["SDN"]


def test_goods_of_trade_shipped_are_no_aid(explainer: Explainer) -> None:
    text = "Morocco shipped phosphate fertiliser to Ethiopia last month."
    assert "AID" not in coded_types(explainer, text, DAY)


def test_forces_withdrawn_are_their_own_sides_retreat(explainer: Explainer) -> None:
    text = "Burundian troops were withdrawn from three hills in South Kivu on Monday."
    (move,) = of_type(explainer, text, "RETREAT", DAY)
    assert countries(move.actors) == ["BDI"]


@pytest.mark.parametrize("text", [
    "Houthi rebels vacated two villages north of Hodeidah after a week of shelling.",
    "Al-Shabaab militants abandoned their camp outside Beledweyne on Sunday.",
])
def test_armed_groups_leaving_held_ground_retreat(explainer: Explainer, text: str) -> None:
    assert "RETREAT" in coded_types(explainer, text, DAY)


def test_residents_leaving_a_town_are_no_retreat(explainer: Explainer) -> None:
    text = "Residents vacated the village of Kadugli as the fighting spread, witnesses said."
    assert "RETREAT" not in coded_types(explainer, text, DAY)


def test_an_accord_acquiesced_to_is_accepted(explainer: Explainer) -> None:
    text = "Mali's junta acquiesced to a regional truce plan brokered by Algeria."
    assert coded_types(explainer, text, DAY) == ["AGREE"]


def test_demands_acquiesced_to_are_still_a_concession(explainer: Explainer) -> None:
    text = "Mali's junta acquiesced to the strikers' demands on Friday."
    assert coded_types(explainer, text, DAY) == ["CONCEDE"]


def test_an_accords_text_initialled_is_a_signing(explainer: Explainer) -> None:
    text = "Chad and Niger initialled the text of a border security pact in N'Djamena."
    (signing,) = of_type(explainer, text, "SUPPORT", DAY)
    assert sorted(countries(signing.actors)) == ["NER", "TCD"]


def test_an_initial_phase_of_an_accord_is_no_signing(explainer: Explainer) -> None:
    text = "Chad and Niger completed the initial phase of their new border security pact."
    assert "SUPPORT" not in coded_types(explainer, text, DAY)
