"""Cooperation, aid and release the lexicon missed: exercises and patrols held "with" a partner's
forces, relief units, medical teams, field hospitals, farm inputs and interceptors sent, arms
received from an ally, refuge given, held people turned over (released) and wanted men handed
over (extradited), looted heritage returned, a convoy let across, gas flows resumed and an accord
brought into force with a partner; and the near misses that stay as they were (drills "with live
ammunition", police units sent, the wounded flown to field hospitals, fertiliser shipped as
trade, a law brought into force). Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, coded_types, known_countries, of_type

DAY = "2023-09-14"


@pytest.mark.parametrize(("text", "countries"), [
    ("Kenya's navy conducted a joint search-and-rescue drill with Tanzanian patrol boats off Mombasa.",
     ["KEN", "TZA"]),
    ("The Omani air force staged combined manoeuvres with British jets over the desert on Tuesday.",
     ["GBR", "OMN"]),
    ("Ghana's army held a week of exercises with Nigerian paratroopers near Tamale.", ["GHA", "NGA"]),
    ("Customs officers from Benin launched joint patrols with their Togolese counterparts along the lagoon.",
     ["BEN", "TGO"]),
])
def test_an_exercise_or_patrol_with_a_partner_is_cooperation(explainer: Explainer, text: str,
                                                             countries: list[str]) -> None:
    (work,) = of_type(explainer, text, "COOPERATE", DAY)
    assert known_countries(work.actors) == countries
    assert "MOBILIZE" not in coded_types(explainer, text, DAY)


def test_drills_with_live_ammunition_stay_a_show_of_force(explainer: Explainer) -> None:
    text = "Algeria's navy conducted drills with live ammunition off Oran on Monday."
    assert coded_types(explainer, text, DAY) == ["MOBILIZE"]


@pytest.mark.parametrize(("text", "giver", "receiver"), [
    ("Turkey sent water purification units to Libya after the floods.", "TUR", "LBY"),
    ("Qatar dispatched mobile desalination units to Somalia during the drought.", "QAT", "SOM"),
    ("Jordan airlifted two medical teams and a field hospital to Gaza on Sunday.", "JOR", "PSE"),
    ("China delivered 30,000 tonnes of fertiliser to Laos on Monday.", "CHN", "LAO"),
    ("Norway sent more air-defence interceptors to Ukraine this month.", "NOR", "UKR"),
])
def test_relief_units_teams_and_goods_sent_are_aid(explainer: Explainer, text: str, giver: str,
                                                   receiver: str) -> None:
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert known_countries(aid.actors) == [giver]
    assert known_countries(aid.recipients) == [receiver]
    assert "MOBILIZE" not in coded_types(explainer, text, DAY)


def test_police_units_sent_still_move_forces(explainer: Explainer) -> None:
    text = "Nigeria sent extra police units to Kano after the riots."
    assert "AID" not in coded_types(explainer, text, DAY)


def test_the_wounded_flown_to_field_hospitals_are_no_aid(explainer: Explainer) -> None:
    text = "Army helicopters airlifted the wounded to field hospitals behind the front."
    assert "AID" not in coded_types(explainer, text, DAY)


def test_arms_received_from_an_ally_are_its_aid(explainer: Explainer) -> None:
    text = "Taiwan received 18 howitzers and ammunition from the United States this week."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert known_countries(aid.actors) == ["USA"]
    assert known_countries(aid.recipients) == ["TWN"]


def test_fire_received_from_a_foe_is_no_aid(explainer: Explainer) -> None:
    text = "Israeli positions received rocket fire from Lebanon overnight."
    assert "AID" not in coded_types(explainer, text, DAY)


def test_people_sheltered_are_given_refuge(explainer: Explainer) -> None:
    text = "Chad sheltered some twenty thousand Sudanese refugees in camps near Adre last month."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert known_countries(aid.actors) == ["TCD"]


def test_civilians_sheltering_give_no_refuge(explainer: Explainer) -> None:
    text = "Civilians sheltered in basements in Kharkiv as the shelling went on."
    assert "AID" not in coded_types(explainer, text, DAY)


def test_people_held_turned_over_to_a_mission_are_released(explainer: Explainer) -> None:
    text = ("Three Peruvian engineers held by Bolivian miners were turned over to a humanitarian "
            "commission in Potosi, the church said.")
    assert coded_types(explainer, text, DAY) == ["RETREAT"]
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert release.mode == "release"


def test_wanted_men_handed_over_are_still_extradited(explainer: Explainer) -> None:
    text = "Two suspects in the bombing were handed over to Egyptian police on Friday."
    (handover,) = of_type(explainer, text, "COOPERATE", DAY)
    assert known_countries(handover.recipients) == ["EGY"]


def test_goods_handed_over_are_still_aid(explainer: Explainer) -> None:
    text = "Japan handed over 40 tonnes of relief supplies to the Red Crescent in Aden."
    assert "AID" in coded_types(explainer, text, DAY)


def test_looted_heritage_returned_is_property_given_back(explainer: Explainer) -> None:
    text = "Germany returned some 1,100 looted bronzes to Nigeria at a ceremony in Abuja."
    (back,) = of_type(explainer, text, "RETREAT", DAY)
    assert back.mode == "return"
    assert known_countries(back.actors) == ["DEU"]
    assert known_countries(back.recipients) == ["NGA"]


def test_a_convoy_let_across_is_access_granted(explainer: Explainer) -> None:
    text = "Addis Ababa let a Kenyan aid convoy cross the Moyale bridge for the first time in weeks."
    (access,) = of_type(explainer, text, "RETREAT", DAY)
    assert access.mode == "access"
    assert known_countries(access.actors) == ["ETH"]


@pytest.mark.parametrize("text", [
    "Algeria resumed gas flows to Spain through the Medgaz pipeline on Tuesday.",
    "Kazakhstan resumed oil supplies to Kyrgyzstan after a week-long halt.",
])
def test_fuel_flows_resumed_are_trade_restored(explainer: Explainer, text: str) -> None:
    (trade,) = of_type(explainer, text, "COOPERATE", DAY)
    assert len(known_countries(trade.actors)) == 1 and len(known_countries(trade.recipients)) == 1


def test_an_accord_brought_into_force_with_a_partner_is_cooperation(explainer: Explainer) -> None:
    text = "Kenya brought into force an economic partnership agreement with the United Kingdom on Monday."
    (work,) = of_type(explainer, text, "COOPERATE", DAY)
    assert known_countries(work.actors) == ["KEN"]
    assert known_countries(work.recipients) == ["GBR"]


def test_a_law_brought_into_force_is_no_event(explainer: Explainer) -> None:
    text = "Parliament brought the new media law into force on Monday."
    assert code(explainer, text, DAY) == []
