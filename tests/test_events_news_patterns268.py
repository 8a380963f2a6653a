"""Wordings of session 39's round (sentences written for these tests): an order closed by "or
face bullets" is a threat, not the measure ordered; boats "or see them sunk"; bullets promised;
suspects "led away in custody"; ambulances "bestowed on" a ministry; two leaders who "sat down
in" a capital or "conversed"; a visitor who "sat opposite" his host; a pledge "undertook in
<place> to"; a loan "clinched" or a credit "initialled ... by"; a licence rescinded with its
holder between; a road blockade named by its road; a highway occupied by a crowd; captives
"allowed ... to go home" with the grounds of their capture between; drums beaten and a gift
that "targets" a disease (no attack)."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type, place_name_of

DAY = "2041-06-14"


def test_an_order_closed_by_an_ultimatum_is_a_threat(explainer: Explainer) -> None:
    text = ("Maoist rebels ordered village headmen in Dhanusha district to quit their posts or face "
            "bullets, in leaflets left at markets.")
    assert "THREATEN" in coded_types(explainer, text, DAY)
    assert "RETREAT" not in coded_types(explainer, text, DAY)


def test_boats_or_see_them_sunk_is_a_threat_and_no_shooting(explainer: Explainer) -> None:
    text = ("Delta militants served notice on oil contractors today to halt boat traffic through the creeks "
            "or see the boats sunk and their crews shot.")
    types = coded_types(explainer, text, DAY)
    assert "THREATEN" in types and "ASSAULT" not in types


def test_suspects_led_away_in_custody_are_arrested(explainer: Explainer) -> None:
    text = "Customs agents at the port of Durres led 3 dockworkers away in custody today."
    [arrest] = of_type(explainer, text, "COERCE", DAY)
    assert arrest.mode == "arrest"


def test_ambulances_bestowed_are_aid_and_a_pardon_bestowed_is_not(explainer: Explainer) -> None:
    text = "Japan's ambassador bestowed 8 ambulances on the Bolivian health ministry this morning."
    assert "AID" in coded_types(explainer, text, DAY)
    text = "The king bestowed a pardon on 40 prisoners on Sunday."
    assert "AID" not in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text", [
    "Latvian Prime Minister Aigars Kalvitis and Estonian Prime Minister Andrus Ansip sat down in Riga this "
    "afternoon, the leaders weighing a power link.",
    "Latvian President Vaira Vike-Freiberga and her Estonian counterpart conversed in Riga this morning on "
    "border controls.",
    "Estonia's prime minister crossed to Riga yesterday and sat opposite Aigars Kalvitis.",
])
def test_two_leaders_sitting_down_or_conversing_meet(explainer: Explainer, text: str) -> None:
    assert "CONSULT" in coded_types(explainer, text, DAY)


def test_protesters_sitting_down_in_a_square_hold_no_talks(explainer: Explainer) -> None:
    assert "CONSULT" not in coded_types(explainer, "Protesters sat down in the square on Monday.", DAY)


def test_a_pledge_with_its_place_and_day_between(explainer: Explainer) -> None:
    text = "Bolivia's foreign minister undertook in Lima yesterday to open the port of Ilo to Bolivian trucks."
    assert "AGREE" in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text", [
    "Kenya's Treasury minister clinched a 12m-dollar loan with the Saudi fund in Nairobi this afternoon.",
    "A 35m-euro credit was initialled on Wednesday in Nairobi by Kenya's finance minister and the European "
    "Investment Bank.",
])
def test_a_loan_clinched_or_a_credit_initialled_is_signed(explainer: Explainer, text: str) -> None:
    assert "SUPPORT" in coded_types(explainer, text, DAY)


def test_a_licence_rescinded_with_its_holder_between(explainer: Explainer) -> None:
    text = "Malta's transport ministry rescinded a Valletta ferry company's route licence this morning."
    assert "SANCTION" in coded_types(explainer, text, DAY)


def test_a_road_blockade_by_a_crowd_is_a_protest_and_the_crowd_acts(explainer: Explainer) -> None:
    text = "A highway blockade by 300 Ukrainian coal miners stranded traffic near Donetsk yesterday."
    [protest] = of_type(explainer, text, "PROTEST", DAY)
    assert [a.sector for a in protest.actors] == ["LAB"] and not protest.recipients


def test_a_highway_occupied_by_a_crowd_is_blocked_and_by_troops_seized(explainer: Explainer) -> None:
    text = "Romanian miners occupied the Petrosani highway on Monday."
    assert "PROTEST" in coded_types(explainer, text, DAY)
    text = "Russian troops occupied the Gori highway on Monday."
    assert "PROTEST" not in coded_types(explainer, text, DAY)


def test_captives_allowed_home_with_the_grounds_between_are_released(explainer: Explainer) -> None:
    text = ("Tribesmen in Shabwa allowed 4 German engineers of a water company they abducted to go home this "
            "evening.")
    [release] = of_type(explainer, text, "RETREAT", DAY)
    assert release.mode == "release"


def test_tribesmen_are_an_armed_party_where_their_sentence_is(explainer: Explainer) -> None:
    text = "Tribesmen in Marib on Saturday turned loose 2 engineers of an oil firm."
    [release] = of_type(explainer, text, "RETREAT", DAY)
    assert [(a.country, a.sector) for a in release.actors] == [("YEM", "UAF")]


@pytest.mark.parametrize("text", [
    "Cotton growers gathered in Bamako, beating drums and chanting.",
    "The donor said the 40 water pumps target diarrhoea in riverside hamlets.",
])
def test_drums_beaten_and_pumps_aimed_at_a_disease_attack_no_one(explainer: Explainer, text: str) -> None:
    assert "ASSAULT" not in coded_types(explainer, text, DAY)


def test_where_migrants_were_sailing_is_no_scene(explainer: Explainer) -> None:
    text = ("A Mauritanian navy vessel stopped a canoe carrying 90 migrants sailing toward the Canary Islands "
            "near Nouadhibou today.")
    assert place_name_of(explainer, text, "COERCE", DAY) == "Nouadhibou"
