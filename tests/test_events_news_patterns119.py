"""Event lexicon: wordings of agreement, relief flights, calls and meetings, releases, signings
and refusals that news reports use ("concurred that", "a plane full of medicines came into the
airport", "were on the line", "sat down alongside", "let the tanker and its crew sail", "set
their seals on", "would not entertain calls"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, known_countries, of_type

DAY = "2025-03-12"


def test_leaders_who_concur_that_a_thing_will_be_done_agree(explainer: Explainer) -> None:
    text = ("Egypt's foreign minister Sameh Shoukry and Jordan's foreign minister Ayman Safadi concurred today "
            "that the Aqaba ferry will run twice a day from the summer.")
    (agree,) = of_type(explainer, text, "AGREE", DAY)
    assert known_countries(agree.actors) == ["EGY", "JOR"]


def test_a_view_shared_with_analysts_is_no_accord(explainer: Explainer) -> None:
    text = "Egypt's foreign minister Sameh Shoukry concurred with the analysts that the dam talks had stalled."
    assert of_type(explainer, text, "AGREE", DAY) == []


def test_a_plane_full_of_relief_goods_that_comes_into_an_airport_brings_aid(explainer: Explainer) -> None:
    text = ("A Jordanian military cargo plane full of tents, blankets and medicines came into Benina airport "
            "this morning, the Libyan health ministry said.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert known_countries(aid.actors) == ["JOR"]


def test_a_law_that_comes_into_force_brings_no_aid(explainer: Explainer) -> None:
    text = "Jordan's new law on medicine prices came into effect today, the health ministry said."
    assert of_type(explainer, text, "AID", DAY) == []


def test_two_leaders_on_the_line_held_a_call(explainer: Explainer) -> None:
    text = "Erdogan and Pezeshkian were on the line for half an hour on Tuesday, going over trade and Gaza."
    (call,) = of_type(explainer, text, "CONSULT", DAY)
    assert call.mode == "phone"
    assert known_countries(call.actors) == ["IRN", "TUR"]


def test_one_leader_on_the_phone_with_a_counterpart_called_him(explainer: Explainer) -> None:
    text = "Erdogan was on the phone with Pezeshkian for half an hour on Tuesday."
    (call,) = of_type(explainer, text, "CONSULT", DAY)
    assert sorted(known_countries(call.actors)) == ["IRN", "TUR"]  # a call: both parties


@pytest.mark.parametrize("text", [
    "Thousands of jobs at the Turkish steel mills are on the line after the tariff rise, the union said.",
    "The Egyptian president's credibility was on the line as the negotiators returned to Cairo.",
])
def test_what_is_at_stake_on_the_line_is_no_call(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "CONSULT", DAY) == []


def test_a_minister_who_sat_down_alongside_a_counterpart_met_him(explainer: Explainer) -> None:
    text = ("Egypt's foreign minister Sameh Shoukry sat down yesterday in Aqaba alongside Jordan's foreign "
            "minister Ayman Safadi to go through the ferry project.")
    (meeting,) = of_type(explainer, text, "CONSULT", DAY)
    assert known_countries(meeting.actors) == ["EGY", "JOR"]


def test_a_minister_who_sat_down_in_a_city_with_a_counterpart_met_him(explainer: Explainer) -> None:
    text = ("Egypt's foreign minister Sameh Shoukry sat down in Amman with Jordan's foreign minister Ayman Safadi "
            "to review the border plan.")
    (meeting,) = of_type(explainer, text, "CONSULT", DAY)
    assert known_countries([*meeting.actors, *meeting.recipients]) == ["EGY", "JOR"]


def test_sitting_down_alongside_children_is_no_meeting(explainer: Explainer) -> None:
    text = "Kenya's president sat down on the grass alongside the children at the school."
    assert of_type(explainer, text, "CONSULT", DAY) == []


def test_a_held_ship_let_sail_with_its_crew_is_released(explainer: Explainer) -> None:
    text = "Egyptian authorities let a Liberian-flagged cargo ship and its 20 sailors sail from Port Said on Friday."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert release.mode == "release"
    assert known_countries(release.actors) == ["EGY"]


def test_a_held_ship_allowed_to_sail_is_released(explainer: Explainer) -> None:
    text = "Greek authorities allowed the seized tanker and its crew to sail on Monday, the shipping ministry said."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert release.mode == "release"


def test_a_party_allowed_to_hold_a_rally_is_still_a_concession(explainer: Explainer) -> None:
    text = "Egypt allowed the opposition party to hold a rally in Cairo."
    assert "RETREAT" not in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text", [
    "Egypt's and Sudan's irrigation ministers set their seals on a water-sharing accord in Cairo on Monday.",
    "The Turkish and Iraqi trade ministers added their signatures yesterday to a customs deal.",
])
def test_seals_set_or_signatures_added_to_an_accord_sign_it(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "SUPPORT", DAY)


def test_a_name_added_to_a_list_signs_nothing(explainer: Explainer) -> None:
    text = "Kenya's foreign minister added his name to the list of speakers in Nairobi."
    assert of_type(explainer, text, "SUPPORT", DAY) == []


@pytest.mark.parametrize("text, actor, modality", [
    ("Ethiopia's prime minister would not entertain Egyptian demands on Monday to halt the filling of the dam.",
     "ETH", "asserted"),
    # a closing report by the refuser's ministry tells the refusal: reported, as the probes code it
    ("Iran wouldn't entertain the American proposal for direct talks, its foreign ministry said.", "IRN",
     "reported"),
])
def test_calls_a_party_would_not_entertain_are_refused(explainer: Explainer, text: str, actor: str,
                                                       modality: str) -> None:
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert refusal.modality == modality
    assert known_countries(refusal.actors) == [actor]
    assert of_type(explainer, text, "AGREE", DAY) == []
