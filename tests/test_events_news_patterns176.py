"""Agreements, signings, aid carried, joint talks and patrols, threats of sinking and refusals
in words the lexicon did not know. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, known_countries, of_type

DAY = "2019-04-10"


def test_two_states_approving_a_plan_agree(explainer: Explainer) -> None:
    text = ("Egypt's Irrigation Minister Hani Sewilam and Sudanese Irrigation Minister Yasir Abbas yesterday "
            "approved plans to share flood data and to build a joint gauging station on the Nile.")
    deals = of_type(explainer, text, "AGREE", DAY)
    assert deals and known_countries(deals[0].actors) == ["EGY", "SDN"]


def test_two_leaders_endorsing_a_plan_agree(explainer: Explainer) -> None:
    text = ("The Kenyan energy minister and his Ugandan counterpart endorsed a plan on Monday to extend the "
            "oil pipeline.")
    deals = of_type(explainer, text, "AGREE", DAY)
    assert deals and known_countries(deals[0].actors) == ["KEN", "UGA"]


def test_one_party_endorsing_anothers_plan_supports_it(explainer: Explainer) -> None:
    text = "Jordan endorsed the Arab League plan for Yemen on Sunday."
    assert "SUPPORT" in coded_types(explainer, text, DAY)
    assert not of_type(explainer, text, "AGREE", DAY)


def test_one_government_approving_its_own_plan_is_no_event(explainer: Explainer) -> None:
    assert not coded_types(explainer, "The Tunisian cabinet approved plans to build two desalination plants.", DAY)


def test_relief_goods_conveyed_are_aid(explainer: Explainer) -> None:
    text = "A Kuwaiti air force plane conveyed 40 tonnes of food and tents today to families left homeless in Sindh."
    aid = of_type(explainer, text, "AID", DAY)
    assert aid and known_countries(aid[0].actors) == ["KWT"]


def test_a_message_conveyed_is_no_aid(explainer: Explainer) -> None:
    assert not of_type(explainer, "Oman conveyed a message from Tehran to Washington on Sunday.", "AID", DAY)


def test_two_states_tackling_files_consult(explainer: Explainer) -> None:
    text = ("The Egyptian foreign minister and his Ethiopian counterpart yesterday tackled the dam file and "
            "the border crossings in Addis Ababa.")
    talks = of_type(explainer, text, "CONSULT", DAY)
    assert talks and known_countries(talks[0].actors) == ["EGY", "ETH"]


def test_two_states_taking_up_a_file_consult(explainer: Explainer) -> None:
    text = "The Turkish and Russian foreign ministers took up the Idlib file in Sochi on Tuesday."
    talks = of_type(explainer, text, "CONSULT", DAY)
    assert talks and known_countries(talks[0].actors) == ["RUS", "TUR"]


def test_police_tackling_a_gunman_consult_no_one(explainer: Explainer) -> None:
    assert not of_type(explainer, "Police tackled the gunman outside the minister's office.", "CONSULT", DAY)


def test_forces_of_two_states_combing_a_frontier_cooperate(explainer: Explainer) -> None:
    text = "Nigerien and Malian troops combed the border area near Menaka on Sunday, searching pickups for arms."
    work = of_type(explainer, text, "COOPERATE", DAY)
    assert work and known_countries(work[0].actors) == ["MLI", "NER"]


def test_one_states_forces_combing_an_area_are_no_event(explainer: Explainer) -> None:
    assert not coded_types(explainer, "Malian troops combed the forest near Menaka on Sunday.", DAY)


def test_forces_setting_out_on_joint_sweeps_cooperate(explainer: Explainer) -> None:
    text = "Nigerien and Malian troops set out today on combined sweeps along the border near Menaka."
    work = of_type(explainer, text, "COOPERATE", DAY)
    assert work and known_countries(work[0].actors) == ["MLI", "NER"]


def test_a_contract_concluded_is_signed(explainer: Explainer) -> None:
    text = "Egypt and Jordan today concluded a contract on electricity exchange at a ceremony in Amman."
    signed = of_type(explainer, text, "SUPPORT", DAY)
    assert signed and known_countries(signed[0].actors) == ["EGY", "JOR"]


def test_a_contract_formalised_in_writing_is_signed(explainer: Explainer) -> None:
    text = "Egypt and Jordan formalised in writing yesterday a contract on electricity exchange."
    assert of_type(explainer, text, "SUPPORT", DAY)


def test_warships_said_to_be_sunk_are_threatened(explainer: Explainer) -> None:
    text = "A Houthi military spokesman said Saudi warships in the Red Sea would be sunk if the blockade went on."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert known_countries(threat.actors) == ["YEM"] and known_countries(threat.recipients) == ["SAU"]


def test_gunboats_said_to_go_to_the_bottom_are_threatened(explainer: Explainer) -> None:
    text = "A Hezbollah commander said Israeli gunboats would go to the bottom of the sea in any new war."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert known_countries(threat.recipients) == ["ISR"]


def test_a_ship_scuttled_for_a_reef_is_no_threat(explainer: Explainer) -> None:
    text = "The old ferry would be sunk to form an artificial reef, the tourism ministry said."
    assert not coded_types(explainer, text, DAY)


def test_aggression_drawing_an_answer_is_a_threat(explainer: Explainer) -> None:
    text = "The Eritrean information minister said any incursion by Ethiopian troops would draw a firm answer."
    assert of_type(explainer, text, "THREATEN", DAY)


def test_an_offer_scorned_is_refused(explainer: Explainer) -> None:
    text = "Hamas scorned the Egyptian truce proposal as an insult to Gaza's dead on Sunday."
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert known_countries(refusal.actors) == ["PSE"]


def test_an_offer_derided_is_refused(explainer: Explainer) -> None:
    assert of_type(explainer, "Hamas derided the Egyptian truce proposal as a trap.", "REJECT", DAY)


def test_a_demand_deemed_unacceptable_is_refused(explainer: Explainer) -> None:
    text = "Kyiv deemed unacceptable a Russian demand to withdraw its troops from the Donbas."
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert known_countries(refusal.actors) == ["UKR"]
    assert not of_type(explainer, text, "REQUEST", DAY)


def test_a_proposal_called_unacceptable_is_refused(explainer: Explainer) -> None:
    text = "Hamas called the Egyptian proposal unacceptable on Sunday."
    assert of_type(explainer, text, "REJECT", DAY) and not of_type(explainer, text, "ACCUSE", DAY)


def test_an_attack_called_unacceptable_is_still_condemned(explainer: Explainer) -> None:
    text = "Hamas called the Israeli raid unacceptable on Sunday."
    assert of_type(explainer, text, "ACCUSE", DAY) and not of_type(explainer, text, "REJECT", DAY)
