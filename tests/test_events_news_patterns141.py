"""Event lexicon: an accord "executed" is signed, no one killed; a trade ban or suspension
ended, scrapped or rescinded is a sanction eased (RETREAT), and captivity ended a release;
relief goods brought, fuel pumped ashore and a donor's grant of a sum are aid; two parties
comparing notes, spending time going over a matter or holding a session between them
consult; the combined training "of" two states' forces is cooperation; "press" before an
office or a post is no verb, and condolences offered are no offer. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, known_countries, of_type

DAY = "2025-06-11"


@pytest.mark.parametrize("text", [
    "Kenya's transport minister and Uganda's works minister today executed a memorandum in Nairobi "
    "on building a cross-border railway, the Kenyan ministry said.",
    "Kenya and Tanzania executed a supply contract worth $300 million on Monday.",
])
def test_an_accord_executed_is_signed_not_a_killing(explainer: Explainer, text: str) -> None:
    types = coded_types(explainer, text, DAY)
    assert "SUPPORT" in types and "ASSAULT" not in types


def test_a_prisoner_executed_is_still_killed(explainer: Explainer) -> None:
    text = "Iran executed two men convicted of spying for Israel on Monday, its judiciary said."
    assert coded_types(explainer, text, DAY) == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "China on Friday ended its suspension of beef imports from Australia, the commerce ministry said.",
    "Indonesia on Monday scrapped the export ban it imposed on palm oil in April.",
    "Jordan's decision yesterday to rescind its ban on Syrian vegetable imports pleased farmers in Daraa.",
])
def test_a_trade_ban_or_suspension_ended_is_a_retreat(explainer: Explainer, text: str) -> None:
    types = coded_types(explainer, text, DAY)
    assert "RETREAT" in types and not {"CONCEDE", "SANCTION"} & set(types)


def test_the_recipient_of_an_ended_suspension_is_the_exporting_state(explainer: Explainer) -> None:
    text = "China on Friday ended its suspension of beef imports from Australia, the commerce ministry said."
    (retreat,) = of_type(explainer, text, "RETREAT", DAY)
    assert known_countries(retreat.recipients) == ["AUS"]


@pytest.mark.parametrize("text", [
    "Russia on Friday ended the captivity of four Ukrainian sailors seized near Kerch, their families said.",
    "Iran ended the detention of a French cyclist on Monday, the foreign ministry in Paris said.",
])
def test_captivity_ended_is_a_release(explainer: Explainer, text: str) -> None:
    (retreat,) = of_type(explainer, text, "RETREAT", DAY)
    assert retreat.mode == "release"


def test_a_ban_on_gatherings_ended_is_no_sanction_eased(explainer: Explainer) -> None:
    text = "Kenya ended its ban on public gatherings on Monday, the interior ministry said."
    assert "RETREAT" not in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text, donor", [
    ("A Turkish cargo plane brought flour, blankets and medicine for 8,000 displaced families to Kassala "
     "today, the Turkish embassy said.", "TUR"),
    ("The Kuwaiti relief agency on Sunday shipped generators to Aden hospitals, part of a Kuwaiti grant "
     "worth $15 million for Yemen's health sector.", "KWT"),
])
def test_relief_brought_and_a_donors_grant_are_aid(explainer: Explainer, text: str, donor: str) -> None:
    aid = of_type(explainer, text, "AID", DAY)
    assert any(donor in known_countries(e.actors) for e in aid)


@pytest.mark.parametrize("text", [
    "The spring rains brought relief to farmers in northern Kenya on Monday.",
    "The university in Nairobi received a research grant last year, its dean said.",
])
def test_relief_or_a_grant_with_no_donor_is_no_aid(explainer: Explainer, text: str) -> None:
    assert "AID" not in coded_types(explainer, text, DAY)


def test_fuel_pumped_ashore_is_aid_delivered(explainer: Explainer) -> None:
    text = "A Kuwaiti-funded cargo of diesel for the power stations was pumped ashore at Aden port yesterday."
    assert coded_types(explainer, text, DAY) == ["AID"]


@pytest.mark.parametrize("text", [
    "Sudan's foreign minister Ali Youssef and Egyptian envoy Hany Salah spent two hours at the palace "
    "this morning going over the draft of the Nile accord, the ministry said.",
    "Sudan's foreign minister Ali Youssef and Cairo's point man on the Nile dispute, Hany Salah, compared notes "
    "on Thursday on the dam's filling schedule, a source close to the minister said.",
    "Monday's session between Sudanese foreign minister Ali Youssef and the Egyptian envoy Hany Salah, "
    "devoted to the dam, left diplomats hopeful, sources said.",
])
def test_two_states_parties_going_over_a_matter_consult(explainer: Explainer, text: str) -> None:
    (consult,) = of_type(explainer, text, "CONSULT", DAY)
    assert known_countries(consult.actors) == ["EGY", "SDN"]


def test_one_bodys_session_is_no_meeting(explainer: Explainer) -> None:
    text = "The Kenyan parliament opened its budget session in Nairobi on Tuesday."
    assert "CONSULT" not in coded_types(explainer, text, DAY)


def test_the_combined_training_of_two_states_forces_is_cooperation(explainer: Explainer) -> None:
    text = ("The combined training of Omani and Jordanian commandos, which began on Sunday near Aqaba, will last "
            "two weeks, a Jordanian army press officer told Petra.")
    (cooperation,) = of_type(explainer, text, "COOPERATE", DAY)
    assert known_countries(cooperation.actors) == ["JOR", "OMN"]
    assert "REQUEST" not in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("desk", ["press officer", "press service", "press secretary"])
def test_press_before_an_office_is_no_verb(explainer: Explainer, desk: str) -> None:
    text = f"The drills will end on Friday, a Kenyan army {desk} told reporters in Nairobi."
    assert "REQUEST" not in coded_types(explainer, text, DAY)


def test_condolences_offered_are_no_offer(explainer: Explainer) -> None:
    text = ("Kenya's interior ministry said gunmen killed six villagers near Mandera on Tuesday, and it offered "
            "condolences to the bereaved families of the county.")
    assert "AGREE" not in coded_types(explainer, text, DAY)


def test_an_accord_formalised_in_the_passive_is_signed_by_the_agents(explainer: Explainer) -> None:
    text = ("A memorandum on a power link between Kuwait and Iraq was formalised on Monday in Baghdad "
            "by Kuwaiti and Iraqi oil ministers.")
    assert "SUPPORT" in coded_types(explainer, text, DAY)
    # a request formalised is no accord signed
    assert "SUPPORT" not in coded_types(explainer, "Iran's request was formalised on Monday.", DAY)
