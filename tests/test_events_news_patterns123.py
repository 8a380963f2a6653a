"""Event lexicon, cooperative types: a willingness or preparedness stated is an offer (AGREE), a
combat readiness none; talks "by telephone" are a call; police and investigators of two states
working alongside cooperate; an olive branch held out and fences mended agree; money poured into
an economy is aid; an accord between parties hailed backs those parties; an act insisted on is
demanded; intelligence provided is shared; doors opened to refugees and a hand lent are aid.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, coded_types, countries, known_countries, of_type

DAY = "2025-05-20"


@pytest.mark.parametrize("text", [
    "Khartoum signalled its willingness on Monday to reopen the border crossings with Chad.",
    "Tunisia reiterated its preparedness to host a fresh round of Libyan talks.",
    "Baghdad declared its readiness to mediate between Ankara and the Kurdish parties.",
    "Yerevan reaffirmed its willingness to sign the border demarcation deal.",
])
def test_a_willingness_stated_is_an_offer(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY)[0] == "AGREE"


def test_a_combat_readiness_declared_offers_nothing(explainer: Explainer) -> None:
    assert of_type(explainer, "The Algerian army declared its full combat readiness on Monday.", "AGREE", DAY) == []


@pytest.mark.parametrize("text", [
    "The Jordanian king conferred with the Emirati president by telephone on Monday.",
    "Iraq's foreign minister held talks over the phone with his Egyptian counterpart on Monday.",
])
def test_talks_by_telephone_are_a_call(explainer: Explainer, text: str) -> None:
    (call,) = of_type(explainer, text, "CONSULT", DAY)
    assert call.mode == "phone"


def test_talks_with_no_telephone_are_no_call(explainer: Explainer) -> None:
    (talks,) = of_type(explainer, "Iraq's foreign minister held talks with his Egyptian counterpart in Baghdad.",
                       "CONSULT", DAY)
    assert talks.mode is None


@pytest.mark.parametrize("text", [
    "Moroccan detectives worked alongside Spanish police to break up a migrant smuggling network.",
    "Turkish gendarmes operated alongside Georgian investigators on the border on Monday.",
])
def test_lawmen_of_two_states_side_by_side_cooperate(explainer: Explainer, text: str) -> None:
    (work,) = of_type(explainer, text, "COOPERATE", DAY)
    assert len(set(known_countries([*work.actors, *work.recipients]))) == 2


def test_a_career_alongside_prosecutors_is_no_cooperation(explainer: Explainer) -> None:
    assert of_type(explainer, "He worked alongside prosecutors for a decade.", "COOPERATE", DAY) == []


@pytest.mark.parametrize("text", [
    "Somalia extended an olive branch to the breakaway region's leaders on Monday.",
    "Djibouti held out an olive branch to Eritrea on Monday.",
])
def test_an_olive_branch_held_out_is_an_offer(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["AGREE"]


def test_fences_mended_are_an_agreement(explainer: Explainer) -> None:
    (deal,) = of_type(explainer, "Qatar and Bahrain mended fences at a meeting in Riyadh.", "AGREE", DAY)
    assert known_countries(deal.actors) == ["BHR", "QAT"]
    (ties,) = of_type(explainer, "Algeria mended ties with Spain on Monday.", "AGREE", DAY)
    assert "ESP" in known_countries([*ties.actors, *ties.recipients])


def test_money_poured_into_an_economy_is_aid(explainer: Explainer) -> None:
    (aid,) = of_type(explainer, "The Emirates poured three billion dollars into Sudan's economy.", "AID", DAY)
    assert countries(aid.recipients) == ["SDN"]
    assert of_type(explainer, "Turkey poured fighters into northern Syria on Monday.", "AID", DAY) == []


@pytest.mark.parametrize("verb", ["welcomed", "praised", "hailed"])
def test_an_accord_between_parties_hailed_backs_them(explainer: Explainer, verb: str) -> None:
    text = f"Saudi Arabia {verb} the prisoner exchange between Ethiopia and Eritrea."
    (backing,) = of_type(explainer, text, "SUPPORT", DAY)
    assert known_countries(backing.recipients) == ["ERI", "ETH"]


@pytest.mark.parametrize("text", [
    "Libya insisted on the immediate release of its fishermen.",
    "Baghdad insists on the withdrawal of foreign troops from its soil.",
])
def test_an_act_insisted_on_is_demanded(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["REQUEST"]


def test_a_right_insisted_on_is_no_demand(explainer: Explainer) -> None:
    assert code(explainer, "Ankara insisted on its right to respond.", DAY) == []


@pytest.mark.parametrize("text", [
    "Jordan provided intelligence to Lebanon on the smuggling routes.",
    "Saudi Arabia supplied Yemen's government with intelligence about the cells.",
])
def test_intelligence_provided_is_shared_not_aid(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["COOPERATE"]


def test_arms_supplied_per_an_intelligence_service_stay_aid(explainer: Explainer) -> None:
    text = "Iran supplied missiles to Sudan's army, Western intelligence said."
    assert coded_types(explainer, text, DAY) == ["AID"]


def test_doors_opened_to_refugees_and_a_hand_lent_are_aid(explainer: Explainer) -> None:
    assert coded_types(explainer, "Uganda opened its doors to 25,000 Congolese refugees.", DAY) == ["AID"]
    assert of_type(explainer, "Kenya opened its doors to foreign investors.", "AID", DAY) == []
    (aid,) = of_type(explainer, "Algeria lent a helping hand to Tunisia after the fires.", "AID", DAY)
    assert countries(aid.recipients) == ["TUN"]
