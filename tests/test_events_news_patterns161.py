"""Event structure: a state body told the news ("a minister told parliament") is an audience,
not the acting government; phrases of armed action make a vow a threat; a ban after a sanction
is its content; a period in a pledge's content dates what is promised; a "by" agent before an
"of" object; a place after the firer's posts; relief goods "donated by X" on their way; an
apposition naming relief flights. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, known_countries, of_type, types

DAY = "2025-06-11"


@pytest.mark.parametrize("audience", ["parliament", "parliament in Nairobi", "lawmakers"])
def test_a_state_body_told_the_news_leaves_the_acting_government(explainer: Explainer, audience: str) -> None:
    text = f"Kenya's government has ruled out talks with the Shabaab militants, a minister told {audience}."
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert known_countries(refusal.actors) == ["KEN"]


def test_an_outlet_told_the_news_is_still_no_party(explainer: Explainer) -> None:
    text = "Riyadh has ruled out talks with the Houthis, a Saudi official told Asharq Al-Awsat."
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert "Asharq" not in " ".join(r.text for r in refusal.actors + refusal.recipients)


@pytest.mark.parametrize("campaign", ["armed campaign", "military campaign", "armed struggle"])
def test_a_vow_to_step_up_armed_action_is_a_threat(explainer: Explainer, campaign: str) -> None:
    text = f"The Baloch Liberation Army vowed on Monday to intensify its {campaign} against Pakistani troops."
    assert types(code(explainer, text, DAY)) == ["THREATEN"]


def test_a_vow_to_step_up_a_campaign_against_graft_is_no_threat(explainer: Explainer) -> None:
    text = "The Baloch Liberation Army vowed on Monday to intensify its campaign against graft in the province."
    assert "THREATEN" not in types(code(explainer, text, DAY))


@pytest.mark.parametrize("text", [
    "Ottawa imposed an arms embargo on Myanmar on Tuesday, barring Canadian firms from selling weapons to the "
    "junta, the foreign ministry said.",
    "Ottawa imposed sanctions on Myanmar on Tuesday, banning Burmese generals from entering Canada.",
])
def test_a_ban_after_a_sanction_is_its_content(explainer: Explainer, text: str) -> None:
    assert types(code(explainer, text, DAY)) == ["SANCTION"]


@pytest.mark.parametrize("period", ["over the summer", "this year"])
def test_a_period_in_a_commitments_content_dates_what_is_promised(explainer: Explainer, period: str) -> None:
    text = (f"Yesterday's talks in the Egyptian capital ended in an Egyptian commitment to raise gas deliveries "
            f"to Jordan {period}, Jordan's energy ministry said.")
    (deal,) = of_type(explainer, text, "AGREE", DAY)
    assert (deal.date.start, deal.date.end) == ("2025-06-10", "2025-06-10")


def test_a_release_by_an_agent_of_captives_after_it(explainer: Explainer) -> None:
    text = ("Relatives in Chittagong celebrated Monday's liberation by Myanmar's coast guard of 9 local fishermen "
            "and their boat, seized off Sittwe a week earlier.")
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert known_countries(release.actors) == ["MMR"]
    assert [r.text for r in release.recipients] == ["fishermen"]


@pytest.mark.parametrize("text", [
    "Shelling from Russian positions in Kursk wounded two Ukrainian soldiers on Monday, the army said.",
    "Gunfire from Azerbaijani posts in Nakhchivan wounded an Armenian conscript on Monday, the army said.",
])
def test_a_place_after_the_firers_posts_is_not_what_was_hit(explainer: Explainer, text: str) -> None:
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert len(set(known_countries(attack.recipients))) == 1
    assert not set(known_countries(attack.recipients)) & set(known_countries(attack.actors))


def test_goods_donated_to_a_receiver_in_a_delivery_name_it(explainer: Explainer) -> None:
    text = ("A Qatari military aircraft landed at Mitiga airport this evening, and its crew unloaded 80 oxygen "
            "concentrators and 30 ventilators donated by Qatar to the Libyan health ministry.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert known_countries(aid.actors) == ["QAT"] and known_countries(aid.recipients) == ["LBY"]


def test_goods_donated_by_a_giver_on_their_way_are_its_aid(explainer: Explainer) -> None:
    text = ("Medicines and ventilators donated by Qatar went straight from Mitiga airport to hospitals in Misrata "
            "after their arrival yesterday, a health ministry official said, thanking the emir for the gift.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert known_countries(aid.actors) == ["QAT"]


def test_an_apposition_naming_relief_flights_makes_a_plane_heading_abroad_aid(explainer: Explainer) -> None:
    text = ("A Qatari air force C-17 headed for Libya today, the first of 4 relief flights, its cargo comprising "
            "80 oxygen concentrators and 30 ventilators, Qatar's foreign ministry said.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert known_countries(aid.recipients) == ["LBY"]
    assert not of_type(explainer, text, "MOBILIZE", DAY)


def test_a_plane_heading_abroad_with_no_relief_apposition_moves_forces(explainer: Explainer) -> None:
    text = "A Qatari air force C-17 headed for Libya today, the ministry said, as relief agencies warned of shortages."
    assert types(code(explainer, text, DAY)) == ["MOBILIZE"]
