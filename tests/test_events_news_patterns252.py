"""Wire phrasings of aid, clemency, joint drills, troop moves and street blockades (sentences
written for these tests): rations issued, prison terms cut and royal grace bestowed, warships
of two states in formation and mock rescues, forces posted or pushed forward with what they
are to stop as their purpose, and a road choked or jammed by workers."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type


def test_rations_issued_to_households_are_aid(explainer: Explainer) -> None:
    aid = of_type(explainer, "The Norwegian Refugee Council issued food rations to 3,000 displaced households "
                             "in Ituri on Tuesday.", "AID")
    assert aid and aid[0].actors


def test_rations_issued_by_an_agency_in_the_passive_are_aid(explainer: Explainer) -> None:
    aid = of_type(explainer, "Drought-hit herders in Wajir lined up for rations of maize and beans issued by "
                            "the World Food Programme on Monday.", "AID")
    assert aid


def test_a_statement_issued_gives_no_aid(explainer: Explainer) -> None:
    # near miss: "issue" gives aid only with rations near it
    assert "AID" not in coded_types(explainer, "The ministry issued a statement on rising food prices on Monday.")


def test_prison_terms_cancelled_or_reduced_are_clemency(explainer: Explainer) -> None:
    text = "President Tokayev cancelled or reduced the prison terms of 210 prisoners on Friday."
    assert of_type(explainer, text, "CONCEDE")
    assert of_type(explainer, "The king cut the jail terms of 75 detainees for the holiday.", "CONCEDE")


def test_a_decree_of_grace_by_a_president_is_a_pardon(explainer: Explainer) -> None:
    pardons = of_type(explainer, "A decree of grace by President Emomali Rahmon halves the prison terms of 300 "
                                 "convicts, his office said.", "CONCEDE")
    assert pardons and any(a.country == "TJK" for a in pardons[0].actors)


def test_royal_grace_bestowed_on_inmates_is_clemency(explainer: Explainer) -> None:
    assert of_type(explainer, "The Emir of Kuwait bestowed royal grace on 200 inmates on Sunday.", "CONCEDE")


def test_loan_terms_or_a_grace_period_are_no_clemency(explainer: Explainer) -> None:
    # near misses: a loan's terms cut and a grace period extended spare no prisoner
    assert "CONCEDE" not in coded_types(explainer, "The lender reduced the terms of the loan to Zambia.")
    assert "CONCEDE" not in coded_types(explainer, "The bank extended the grace period on farm loans.")


def test_warships_of_two_states_in_formation_cooperate(explainer: Explainer) -> None:
    types = coded_types(explainer, "Thai and Myanmar warships sailed in formation across the Andaman Sea on "
                                   "Monday in a coordinated patrol.")
    assert "COOPERATE" in types and "MOBILIZE" not in types


def test_a_joint_mock_rescue_of_two_navies_is_cooperation(explainer: Explainer) -> None:
    types = coded_types(explainer, "Omani and Indian naval vessels staged a joint mock rescue of a hijacked "
                                   "tanker off Muscat on Tuesday.")
    assert "COOPERATE" in types


def test_tanks_posted_along_a_frontier_are_a_mobilisation(explainer: Explainer) -> None:
    moves = of_type(explainer, "The Armenian army posted tanks and howitzers along the Azerbaijani frontier on "
                               "Friday.", "MOBILIZE")
    assert moves and moves[0].actors[0].country == "ARM"


def test_men_pushed_forward_to_stem_incursions_is_no_attack(explainer: Explainer) -> None:
    text = ("Chad's army pushed 900 men and armoured cars to the Lac region on Monday to stem Boko Haram "
            "incursions on its villages.")
    types = coded_types(explainer, text)
    assert "MOBILIZE" in types and "ASSAULT" not in types


def test_tanks_taking_up_firing_positions_move_and_fire_nothing(explainer: Explainer) -> None:
    text = "Some 25 Iranian tanks rumbled along the road to Piranshahr, taking up firing positions on the hills."
    types = coded_types(explainer, text)
    assert "MOBILIZE" in types and "ASSAULT" not in types


def test_a_video_posted_moves_no_forces(explainer: Explainer) -> None:
    # near miss: "posted" a video on social media, with tanks far from the verb
    assert "MOBILIZE" not in coded_types(explainer, "The ministry posted a long video of the tanks on social media.")


def test_workers_choking_a_motorway_protest(explainer: Explainer) -> None:
    assert of_type(explainer, "About 1,500 jute mill workers choked the Khulna-Jessore motorway on Tuesday over "
                              "unpaid wages.", "PROTEST")


def test_street_workers_jamming_thoroughfares_protest(explainer: Explainer) -> None:
    assert of_type(explainer, "Hawkers jammed the main thoroughfares of Lagos on Monday against a ban on street "
                              "trading.", "PROTEST")


def test_holiday_traffic_jamming_roads_is_no_protest(explainer: Explainer) -> None:
    # near miss: traffic, no crowd
    assert "PROTEST" not in coded_types(explainer, "Holiday traffic jammed the main thoroughfares of Nairobi on "
                                                  "Sunday.")


def test_a_demand_labelled_a_red_line_is_refused(explainer: Explainer) -> None:
    refusals = of_type(explainer, "The Ethiopian minister labelled the secession demand of the Tigrayan rebels a "
                                  "red line.", "REJECT")
    assert refusals


def test_tanks_posted_as_a_precaution_against_raids_make_no_attack(explainer: Explainer) -> None:
    text = ("Jordan reinforced its northern border on Sunday, posting tanks and artillery to Ramtha as a "
            "precaution against infiltration and raids by armed groups.")
    types = coded_types(explainer, text)
    assert "MOBILIZE" in types and "ASSAULT" not in types


def test_incursions_that_kill_stay_an_attack(explainer: Explainer) -> None:
    # near miss: incursions told as done, no purpose of a deployment
    assert "ASSAULT" in coded_types(explainer, "Boko Haram incursions into Niger killed 12 villagers on Monday.")
