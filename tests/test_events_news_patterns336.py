"""Session 59 (sentences written for these tests), from probes C31 and C32 and cluster_test66:
a figure written with thousands commas is one count ("1,200 dead", "would free more than 5,000
prisoners"), a crowd seeing troops off dismisses nothing, a vow to go on with the vower's own
protest is that protest intended, censure drawn "by" a party, a lender "approached for" a loan, a
protocol signed in other words, a cess scrapped, a gift "bestowed on" a state by the tonne, a
road sealed by farmers' tractors, bids to join blocked, sailors who "went to jail", a coast guard
named with no country, two states' boatmen who "collaborated" at a rescue, weapons shipped, "a
sign of" something, licences of makers revoked, battalions shipped, a trawler "taken by" a
navy, a detachment "raked" by rebels, a position that "took a pounding" and captives allowed
to "quit captivity" or "set loose"."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type, types

DAY = "1986-05-14"


def test_a_toll_with_a_thousands_comma_counts_the_whole_figure(explainer: Explainer) -> None:
    [event] = code(explainer, "Troops killed 1,200 people in Homs on Monday.", DAY)
    assert event.size is not None and event.size.dead == 1200


def test_a_toll_with_a_thousands_comma_before_its_verb_counts_the_whole_figure(explainer: Explainer) -> None:
    [event] = code(explainer, "Police said 2,350 people were arrested in Lagos on Monday.", DAY)
    assert event.size is not None and event.size.arrested == 2350


def test_a_count_after_a_day_and_its_comma_is_no_thousands_figure(explainer: Explainer) -> None:
    [event] = code(explainer, "On March 5, 200 people were killed in Homs by army shelling.", DAY)
    assert event.size is not None and event.size.dead == 200


def test_prisoners_counted_in_thousands_are_freed(explainer: Explainer) -> None:
    text = "Burma's military government said on Monday it would free more than 5,000 prisoners."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("CONCEDE", ["MMR"])


def test_troops_waved_off_by_crowds_are_not_rebuffed(explainer: Explainer) -> None:
    text = "The last Cuban troops left Angola on Tuesday, waved off by cheering crowds in Luanda."
    assert "REJECT" not in types(code(explainer, text, DAY))


def test_a_proposal_waved_off_is_still_rejected(explainer: Explainer) -> None:
    [event] = code(explainer, "Israel waved off an American proposal for a ceasefire.", DAY)
    assert event.type == "REJECT"


def test_a_vow_to_continue_street_protests_is_a_protest_intended(explainer: Explainer) -> None:
    text = "Bolivia's miners vowed on Monday to continue street protests until the decree is repealed."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.modality, countries(event.actors)) == ("PROTEST", "intended", ["BOL"])


def test_a_pledge_to_go_on_with_a_hunger_strike_is_that_strike_intended(explainer: Explainer) -> None:
    text = "Turkish students pledged on Monday to continue their hunger strike."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.modality) == ("PROTEST", "intended")


def test_a_vow_to_continue_fighting_is_still_a_threat(explainer: Explainer) -> None:
    [event] = code(explainer, "The Tamil rebels vowed on Monday to continue fighting.", DAY)
    assert event.type == "THREATEN"


def test_censure_drawn_by_a_party_is_that_partys(explainer: Explainer) -> None:
    text = "Kenya Railways' procurement chiefs drew stinging censure on Wednesday by the public auditor."
    [event] = code(explainer, text, DAY)
    assert event.type == "ACCUSE"
    assert ([a.text for a in event.actors], [a.text for a in event.recipients]) == ([], ["Kenya Railways"])


def test_a_lender_approached_for_a_loan_is_asked(explainer: Explainer) -> None:
    text = "Guyana approached the Inter-American Development Bank on Monday for a loan of 20 million dollars."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("REQUEST", ["GUY"])


def test_a_border_approached_for_a_crossing_is_no_request(explainer: Explainer) -> None:
    assert of_type(explainer, "Guyanese troops approached the border for a crossing on Monday.",
                   "REQUEST", DAY) == []


def test_pens_put_to_a_protocol_sign_it(explainer: Explainer) -> None:
    text = "Egypt's transport minister and his Jordanian counterpart put their pens to a ferry protocol in Cairo."
    [event] = code(explainer, text, DAY)
    assert (event.type, sorted(countries(event.actors))) == ("SUPPORT", ["EGY", "JOR"])


def test_a_signature_put_on_a_protocol_signs_it(explainer: Explainer) -> None:
    text = "Jordan's transport minister put his signature on Saturday on a ferry protocol in Cairo."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("SUPPORT", ["JOR"])


def test_a_cess_scrapped_is_a_concession(explainer: Explainer) -> None:
    text = "Belize's government scrapped this evening a cess on citrus exports, placating the growers."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("CONCEDE", ["BLZ"])


def test_paper_bestowed_by_the_tonne_is_aid(explainer: Explainer) -> None:
    text = "Sweden today bestowed on Zambia 600 tonnes of printing paper for school exercise books."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("AID", ["SWE"], ["ZMB"])


def test_a_title_bestowed_is_no_aid(explainer: Explainer) -> None:
    text = "Sweden today bestowed on the Zambian president its highest honour."
    assert of_type(explainer, text, "AID", DAY) == []


def test_a_highway_sealed_by_tractors_as_farmers_rage_is_blocked(explainer: Explainer) -> None:
    text = ("Tractors sealed the highway at Pergamino yesterday as 2,500 Argentine farmers vented fury at "
            "grain export duties.")
    [event] = of_type(explainer, text, "PROTEST", DAY)
    assert event.mode == "obstruct"


def test_a_highway_sealed_by_police_is_no_protest(explainer: Explainer) -> None:
    text = "Argentine police sealed the highway at Pergamino yesterday after a crash."
    assert of_type(explainer, text, "PROTEST", DAY) == []


def test_bids_to_join_blocked_are_rejected(explainer: Explainer) -> None:
    text = "Austria blocked Romania's and Bulgaria's bids to join the Schengen zone on Thursday."
    [event] = code(explainer, text, DAY)
    assert (event.type, sorted(countries(event.recipients))) == ("REJECT", ["BGR", "ROU"])


def test_sailors_who_went_to_jail_were_jailed(explainer: Explainer) -> None:
    [event] = code(explainer, "Nine Pakistani sailors went to jail on Tuesday.", DAY)
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("COERCE", [], ["PAK"])


def test_a_coast_guard_with_no_country_is_the_scenes_state(explainer: Explainer) -> None:
    [event] = code(explainer, "The coast guard boarded a Dubai dhow outside Porbandar on Tuesday.", DAY)
    assert (event.type, countries(event.actors)) == ("COERCE", ["IND"])


def test_two_states_collaborating_to_rescue_cooperate_once(explainer: Explainer) -> None:
    text = "Zambian and Zimbabwean boatmen collaborated on Saturday to haul 13 fishermen to safety on Lake Kariba."
    [event] = code(explainer, text, DAY)
    assert (event.type, sorted(countries(event.actors))) == ("COOPERATE", ["ZMB", "ZWE"])


def test_a_loan_approved_with_its_term_and_sum_is_aid(explainer: Explainer) -> None:
    text = "The International Monetary Fund approved a two-year, $17 billion loan for Ukraine on Wednesday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.recipients)) == ("AID", ["UKR"])


def test_artillery_shells_shipped_are_goods_not_shelling(explainer: Explainer) -> None:
    text = "North Korea has shipped more than a million artillery shells to Russia since August."
    assert types(code(explainer, text, DAY)) == ["AID"]


def test_artillery_still_shells_a_town(explainer: Explainer) -> None:
    [event] = code(explainer, "Government artillery shells Homs every night.", DAY)
    assert event.type == "ASSAULT"


def test_a_sign_of_a_drive_is_no_signing(explainer: Explainer) -> None:
    text = ("Ethiopia's parliament voted on Tuesday to lift the state of emergency, in the boldest sign yet of "
            "the new prime minister's drive to ease restrictions.")
    assert "SUPPORT" not in types(code(explainer, text, DAY))


def test_licences_of_drug_makers_nullified_are_a_sanction(explainer: Explainer) -> None:
    text = ("Bangladesh's Directorate of Drug Administration nullified 6 Dhaka pharmaceutical makers' "
            "manufacturing licences on Monday.")
    [event] = of_type(explainer, text, "SANCTION", DAY)
    assert (event.mode, countries(event.actors)) == ("discontinue", ["BGD"])


def test_battalions_shipped_up_a_river_are_deployed(explainer: Explainer) -> None:
    text = "Sudan's army shipped 3 battalions up the White Nile by barge for Malakal on Sunday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("MOBILIZE", ["SDN"])


def test_a_trawler_taken_by_a_navy_is_seized(explainer: Explainer) -> None:
    text = "A Spanish hake trawler, taken by the Irish Navy on Friday inside the fishery limits, lies at Castletownbere."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.actors)) == ("COERCE", "seize", ["IRL"])


def test_a_crew_taken_to_hospital_is_no_seizure(explainer: Explainer) -> None:
    assert code(explainer, "The crew of the ship was taken to hospital on Friday.", DAY) == []


def test_troops_asked_for_are_a_request_for_assistance(explainer: Explainer) -> None:
    text = "Haiti's interim government asked the United Nations on Saturday to send troops to protect the port."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode) == ("REQUEST", "assist")


def test_allied_troops_asked_to_be_stationed_are_assistance(explainer: Explainer) -> None:
    text = "Lithuania's president asked NATO on Tuesday to station allied troops permanently in the Baltic states."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode) == ("REQUEST", "assist")


def test_talks_mediated_by_a_named_body_in_a_compound_are_third_party(explainer: Explainer) -> None:
    text = "Negotiators from Serbia and Kosovo resumed EU-mediated talks in Brussels on Tuesday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode) == ("CONSULT", "third-party")


def test_a_blocs_ministers_meeting_is_multilateral(explainer: Explainer) -> None:
    text = "Foreign ministers of the ten ASEAN member states met in Vientiane on Thursday for talks on Myanmar."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode) == ("CONSULT", "multilateral")


def test_an_envoy_meeting_a_general_is_no_multilateral_meeting(explainer: Explainer) -> None:
    [event] = code(explainer, "The UN envoy met Sudan's army chief in Port Sudan on Monday.", DAY)
    assert event.mode != "multilateral"


def test_goods_a_donor_bore_the_bill_for_are_its_aid(explainer: Explainer) -> None:
    text = "Helsinki's development agency FINNIDA bore the bill for 900 tonnes of printing paper for Tanzania's schools."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("AID", ["FIN"])


def test_a_state_in_talks_with_an_agency_is_no_multilateral_meeting(explainer: Explainer) -> None:
    text = "Iran and the International Atomic Energy Agency began a new round of talks in Vienna on Thursday."
    [event] = code(explainer, text, DAY)
    assert event.mode != "multilateral"


def test_an_army_detachment_raked_by_rebels_is_attacked(explainer: Explainer) -> None:
    text = "Allied Democratic Forces rebels raked a Ugandan army detachment at Nyahuka on Tuesday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("ASSAULT", ["UGA"])


def test_a_minister_raked_over_the_coals_is_not_attacked(explainer: Explainer) -> None:
    assert code(explainer, "Critics raked the minister over the coals on Monday.", DAY) == []


def test_a_position_that_took_a_pounding_of_shells_was_shelled(explainer: Explainer) -> None:
    text = "An army position at Kabezi took a pounding of FNL mortar bombs on Thursday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("ASSAULT", ["BDI"])


def test_captives_allowed_to_quit_captivity_are_released(explainer: Explainer) -> None:
    text = "FDN rebels allowed 8 kidnapped coffee pickers to quit captivity beside the Coco river on Sunday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.actors)) == ("RETREAT", "release", ["NIC"])


def test_abducted_pickers_set_loose_are_released(explainer: Explainer) -> None:
    text = "Coffee pickers abducted on a farm walked home on Sunday, the rebels having set them loose near Wiwili."
    assert "RETREAT" in types(code(explainer, text, DAY))


def test_dogs_set_loose_on_a_crowd_free_no_one(explainer: Explainer) -> None:
    assert "RETREAT" not in types(code(explainer, "Police set the dogs loose on the crowd on Monday.", DAY))
