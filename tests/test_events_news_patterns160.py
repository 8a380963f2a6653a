"""Rarer wire phrasings of PLOVER acts: walkouts "stormed out of", riots "went on the rampage",
"mustered conscripts", "chipped in" a sum, "paid tribute on <day> to", armies "working in
tandem", bases "opened to" foreign forces, a "pullback" and a debt "write-off" as nouns,
migrants "sent back", refusals whose proposal's content is no act, and targets that are
figures. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, known_countries, of_type

DAY = "1997-06-12"


def test_storming_out_of_talks_is_a_walkout_not_a_raid(explainer: Explainer) -> None:
    text = ("The Sudan People's Liberation Army stormed out of the peace talks in Nairobi on Monday, "
            "leaving Kenyan mediators scrambling to save the process, diplomats said.")
    types = coded_types(explainer, text, DAY)
    assert "SANCTION" in types and "ASSAULT" not in types


@pytest.mark.parametrize("crowd, type_", [
    ("Thousands of unpaid textile workers", "PROTEST"),
    ("Drunken government soldiers", "ASSAULT"),
])
def test_a_rampage_is_a_riot_by_a_crowd_and_an_attack_by_forces(explainer: Explainer, crowd: str,
                                                                 type_: str) -> None:
    text = f"{crowd} went on the rampage in the northern town of Gulu on Saturday, residents told reporters."
    assert type_ in coded_types(explainer, text, DAY)


def test_conscripts_mustered_on_a_frontier_mobilise(explainer: Explainer) -> None:
    text = ("Eritrea has mustered tens of thousands of fresh conscripts along its border with Ethiopia, "
            "Western military attaches in Asmara said on Thursday.")
    (mob,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert "ERI" in known_countries(mob.actors)


def test_a_sum_chipped_in_is_aid(explainer: Explainer) -> None:
    text = ("Kuwait has chipped in $ 50 million towards the reconstruction of southern Lebanon, the emirate's "
            "official news agency KUNA reported on Sunday.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert "KWT" in known_countries(aid.actors)


def test_tribute_paid_on_a_day_to_a_party_is_support(explainer: Explainer) -> None:
    text = ("Ghana's President Jerry Rawlings paid tribute on Tuesday to Sierra Leone's ousted leader Ahmad "
            "Tejan Kabbah for his restraint, the presidential office said in Accra.")
    (praise,) = of_type(explainer, text, "SUPPORT", DAY)
    assert "SLE" in known_countries(praise.recipients)


def test_armies_working_in_tandem_cooperate(explainer: Explainer) -> None:
    text = ("The Malian and Nigerien armies have been working in tandem against Tuareg raiders near their "
            "common border since March, a Malian defence official said in Bamako.")
    (coop,) = of_type(explainer, text, "COOPERATE", DAY)
    assert known_countries(coop.actors) == ["MLI", "NER"]


def test_coordination_stepped_up_by_two_states_is_cooperation(explainer: Explainer) -> None:
    text = ("Kazakhstan and Kyrgyzstan stepped up coordination between their border guards on Wednesday to "
            "stem the flow of heroin from Tajikistan, officials in Almaty said.")
    assert "COOPERATE" in coded_types(explainer, text, DAY)


def test_a_base_opened_to_foreign_forces_is_cooperation(explainer: Explainer) -> None:
    text = ("Tajikistan has opened its Kulyab air base to French forces for refuelling flights, the defence "
            "ministry in Dushanbe said on Monday.")
    (coop,) = of_type(explainer, text, "COOPERATE", DAY)
    assert known_countries(coop.recipients) == ["FRA"]


def test_a_pullback_is_a_withdrawal(explainer: Explainer) -> None:
    text = ("Russia's pullback from the Chechen capital Grozny was completed on Thursday, and rebel fighters "
            "drove through the city centre waving flags, witnesses said.")
    (retreat,) = of_type(explainer, text, "RETREAT", DAY)
    assert "RUS" in known_countries(retreat.actors)


def test_a_debt_write_off_is_aid(explainer: Explainer) -> None:
    text = ("The write-off of Uganda's $ 300 million debt by the Paris Club of creditor nations was confirmed "
            "in Kampala on Tuesday by the finance ministry.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert "UGA" in known_countries(aid.recipients)


def test_migrants_sent_back_are_deported(explainer: Explainer) -> None:
    text = ("Malaysian immigration officers sent back hundreds of Indonesian migrants to Sumatra on Friday, "
            "a rights group said in Kuala Lumpur.")
    (deport,) = of_type(explainer, text, "COERCE", DAY)
    assert deport.mode == "deport"


def test_lending_put_on_hold_is_a_sanction(explainer: Explainer) -> None:
    text = ("The International Monetary Fund has put further lending to Zambia on hold over the sale of "
            "state copper mines, Fund officials said in Lusaka on Wednesday.")
    (sanction,) = of_type(explainer, text, "SANCTION", DAY)
    assert "ZMB" in known_countries(sanction.recipients)


def test_an_opposition_staying_away_from_parliament_boycotts_it(explainer: Explainer) -> None:
    text = ("Pakistan's opposition Pakistan People's Party stayed away from parliament for a second week on "
            "Tuesday, pressing its campaign against Prime Minister Nawaz Sharif, party officials said.")
    types = coded_types(explainer, text, DAY)
    assert "PROTEST" in types and "REQUEST" not in types


def test_a_proposal_poured_cold_water_on_holds_no_talks(explainer: Explainer) -> None:
    text = ("Ankara poured cold water on Monday on a Greek proposal to resume negotiations on the Aegean "
            "continental shelf, a foreign ministry spokesman said.")
    assert coded_types(explainer, text, DAY) == ["REJECT"]


def test_a_hint_of_closing_a_strait_is_a_threat(explainer: Explainer) -> None:
    text = ("Oman hinted on Sunday that it could close its ports to Iraqi-bound cargo if the embargo was "
            "breached again, the state news agency said in Muscat.")
    assert "THREATEN" in coded_types(explainer, text, DAY)


def test_a_fiscal_target_is_no_attack(explainer: Explainer) -> None:
    text = ("The World Bank endorsed Brazil's economic plan on Friday, calling the fiscal targets set by "
            "Finance Minister Pedro Malan ambitious but attainable, bank officials said.")
    assert "ASSAULT" not in coded_types(explainer, text, DAY)


def test_an_act_done_at_a_partys_request_is_no_request(explainer: Explainer) -> None:
    text = ("Luxembourg froze the bank accounts of former Zairean ruler Mobutu Sese Seko on Monday at the "
            "request of the new government in Kinshasa, the justice ministry said.")
    types = coded_types(explainer, text, DAY)
    assert "SANCTION" in types and "REQUEST" not in types


def test_troops_redeployed_out_of_a_city_are_the_withdrawing_side(explainer: Explainer) -> None:
    text = ("Some 1,500 Indonesian troops were redeployed out of Dili on Thursday to barracks in the western "
            "districts, a military spokesman said.")
    (retreat,) = of_type(explainer, text, "RETREAT", DAY)
    assert "IDN" in known_countries(retreat.actors)
