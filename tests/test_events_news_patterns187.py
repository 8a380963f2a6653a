"""Verbs of the wire for acts the lexicon missed: relief "doled out", terms "absolved", a
"reprieve", talks "canvassed", drills "rehearsed", guns "marshalled" or "concentrated", plans
"discarded", "a bid for" fuel, freedom "regained", a freeze lifted, sites "blacked out", a loan
"sealed", a ship "authorised to leave", a decision "opted", a party made to "pay". Sentences
written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, coded_types, known_countries, of_type

DAY = "2021-05-11"


def test_relief_doled_out_is_aid(explainer: Explainer) -> None:
    text = "The Qatar Red Crescent doled out 4,000 food baskets to displaced families in Idlib on Monday."
    gifts = of_type(explainer, text, "AID", DAY)
    assert [known_countries(e.actors) for e in gifts] == [["QAT"]]


def test_leaflets_doled_out_are_no_aid(explainer: Explainer) -> None:
    text = "Campaign volunteers doled out leaflets to shoppers in Nairobi on Monday."
    assert not of_type(explainer, text, "AID", DAY)


def test_convicts_absolved_of_their_terms_are_pardoned(explainer: Explainer) -> None:
    text = "Oman's sultan on Monday absolved 120 convicts of the remaining part of their sentences."
    assert coded_types(explainer, text, DAY) == ["CONCEDE"]


def test_a_minister_absolved_of_blame_is_pardoned_of_nothing(explainer: Explainer) -> None:
    text = "The inquiry on Monday absolved the transport minister of any blame for the crash."
    assert not of_type(explainer, text, "CONCEDE", DAY)


def test_a_reprieve_for_prisoners_is_clemency_and_a_budget_reprieve_is_not(explainer: Explainer) -> None:
    pardon = "Some 60 prisoners will go home under a royal reprieve the emir decreed on Monday, Kuwait's ministry said."
    assert of_type(explainer, pardon, "CONCEDE", DAY)
    budget = "The ailing carrier won a reprieve from its creditors on Monday."
    assert not of_type(explainer, budget, "CONCEDE", DAY)


def test_two_envoys_who_canvassed_or_mulled_a_file_held_talks(explainer: Explainer) -> None:
    for verb in ("canvassed", "mulled", "weighed"):
        text = f"The Kenyan foreign minister and his Ugandan counterpart {verb} the border dispute in Kampala on Monday"
        talks = of_type(explainer, text, "CONSULT", DAY)
        assert [known_countries(e.actors) for e in talks] == [["KEN", "UGA"]], verb


def test_one_side_weighing_an_operation_consults_no_one(explainer: Explainer) -> None:
    text = "The Turkish leadership weighs an operation against the militia, officials said on Monday."
    assert not of_type(explainer, text, "CONSULT", DAY)


def test_ministers_who_weighed_in_on_a_row_held_no_talks(explainer: Explainer) -> None:
    text = "The French and German foreign ministers weighed in on the row over the pipeline on Monday."
    assert not of_type(explainer, text, "CONSULT", DAY)


def test_drills_rehearsed_by_two_navies_are_cooperation(explainer: Explainer) -> None:
    text = ("The Egyptian navy and the Greek navy rehearsed boarding and mine-hunting manoeuvres off Crete on "
            "Monday.")
    drills = of_type(explainer, text, "COOPERATE", DAY)
    assert [known_countries(e.actors) for e in drills] == [["EGY", "GRC"]]


def test_drills_practised_by_one_navy_show_force(explainer: Explainer) -> None:
    text = "Iranian frigates practised live-fire drills in the Strait of Hormuz on Monday."
    assert coded_types(explainer, text, DAY) == ["MOBILIZE"]


def test_drills_spelled_out_after_a_comma_are_no_second_event(explainer: Explainer) -> None:
    text = "Kenyan and Tanzanian marines began joint exercises off Mombasa on Monday, practising beach landing drills."
    assert not of_type(explainer, text, "MOBILIZE", DAY)


def test_guns_marshalled_or_concentrated_at_a_front_are_mobilised(explainer: Explainer) -> None:
    marshalled = "Azerbaijan marshalled howitzers and rocket launchers near the Armenian frontier on Monday."
    assert [known_countries(e.actors) for e in of_type(explainer, marshalled, "MOBILIZE", DAY)] == [["AZE"]]
    concentrated = "Russian tank battalions concentrated on Monday along the Ukrainian border, officials said."
    assert [known_countries(e.actors) for e in of_type(explainer, concentrated, "MOBILIZE", DAY)] == [["RUS"]]


def test_talks_concentrated_on_troops_mobilise_no_one(explainer: Explainer) -> None:
    text = "The talks in Geneva concentrated on troop withdrawals from the disputed villages."
    assert not of_type(explainer, text, "MOBILIZE", DAY)


def test_a_proposal_discarded_or_a_schedule_shot_down_is_refused(explainer: Explainer) -> None:
    discarded = "Sudan's water minister on Monday discarded an Ethiopian proposal to share data on the dam."
    assert coded_types(explainer, discarded, DAY) == ["REJECT"]
    shot = "Kenya's cabinet on Monday shot down a Somali timetable for the maritime talks."
    assert coded_types(explainer, shot, DAY) == ["REJECT"]


def test_a_bid_for_fuel_is_a_request_and_a_bid_for_office_is_not(explainer: Explainer) -> None:
    fuel = "Lebanon's energy minister on Monday made a bid for Iraqi diesel on deferred payment."
    assert [known_countries(e.actors) for e in of_type(explainer, fuel, "REQUEST", DAY)] == [["LBN"]]
    office = "The former mayor made a bid for the presidency on Monday."
    assert not of_type(explainer, office, "REQUEST", DAY)


def test_hostages_who_regained_their_freedom_were_released(explainer: Explainer) -> None:
    text = "Two Turkish road workers kidnapped in Niger regained their freedom on Monday, Ankara said."
    releases = of_type(explainer, text, "RETREAT", DAY)
    assert [known_countries(e.recipients) for e in releases] == [["TUR"]]


def test_a_nation_that_regained_its_freedom_frees_no_captive(explainer: Explainer) -> None:
    text = "Estonia regained its freedom three decades ago, the president recalled on Monday."
    assert not of_type(explainer, text, "RETREAT", DAY)


def test_a_freeze_lifted_on_balances_is_unfreezing(explainer: Explainer) -> None:
    text = "Lebanon's central bank on Monday lifted its freeze on the balances of two exchange houses."
    assert coded_types(explainer, text, DAY) == ["RETREAT"]


def test_news_sites_cut_off_or_blacked_out_are_censored(explainer: Explainer) -> None:
    for phrase in ("cut access to 4 opposition news websites", "blacked out 4 opposition news websites"):
        text = f"Egypt's media regulator on Monday {phrase}."
        assert [e.mode for e in of_type(explainer, text, "COERCE", DAY)] == ["censor"], phrase


def test_access_cut_to_a_town_is_no_censorship(explainer: Explainer) -> None:
    text = "Floods cut access to 3 villages in the valley on Monday."
    assert not [e for e in code(explainer, text, DAY) if e.mode == "censor"]


def test_a_loan_or_a_contract_sealed_is_signed(explainer: Explainer) -> None:
    loan = "The Saudi Fund for Development and Tunisia on Monday sealed a 50-million-dollar loan for a hospital."
    assert coded_types(explainer, loan, DAY) == ["SUPPORT"]
    contract = "Morocco's rail operator and a French firm on Monday sealed a 2-billion-dirham contract for trains."
    assert coded_types(explainer, contract, DAY) == ["SUPPORT"]


def test_a_held_ship_authorised_to_leave_is_released(explainer: Explainer) -> None:
    text = ("The Tunisian navy on Monday authorised a Liberian-flagged freighter it had stopped on suspicion of "
            "arms smuggling to leave Sfax.")
    releases = of_type(explainer, text, "RETREAT", DAY)
    assert [known_countries(e.actors) for e in releases] == [["TUN"]]


def test_two_states_that_opted_to_act_agreed(explainer: Explainer) -> None:
    text = "Chile and Peru opted on Monday to build a joint port terminal at Arica."
    deals = of_type(explainer, text, "AGREE", DAY)
    assert [known_countries(e.actors) for e in deals] == [["CHL", "PER"]]


def test_a_party_sworn_to_be_made_to_pay_is_threatened(explainer: Explainer) -> None:
    text = "Iran's army chief swore on Monday Tehran would make the Kurdish militants pay for the ambush."
    threats = of_type(explainer, text, "THREATEN", DAY)
    assert [known_countries(e.actors) for e in threats] == [["IRN"]]
    assert not of_type(explainer, text, "AGREE", DAY)


def test_a_party_told_it_would_meet_the_full_might_of_an_army_is_threatened(explainer: Explainer) -> None:
    text = "The Ethiopian prime minister said the rebels would meet the full might of the army unless they disarmed."
    threats = of_type(explainer, text, "THREATEN", DAY)
    assert [known_countries(e.actors) for e in threats] == [["ETH"]]


def test_customs_who_caught_a_driver_arrested_him(explainer: Explainer) -> None:
    text = "Jordanian customs officers caught a driver hiding 20,000 pills in his truck at the Jaber crossing on Monday"
    assert coded_types(explainer, text, DAY) == ["COERCE"]
