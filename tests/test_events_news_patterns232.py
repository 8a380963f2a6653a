"""Lexicon: arrests told as "collared", talks told as "parleyed alongside" or "compared notes by
telephone", drills two navies "rehearsed together", and troops counted as men that a state
"mustered" or "amassed" at a front. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type

DAY = "2024-05-14"


# COERCE: "collared" with the people held right after it, or agents who do it

def test_agents_collared_young_men_far_from_the_grounds(explainer: Explainer) -> None:
    (arrest,) = of_type(explainer, "Agents of the Algerian DGSN collared 6 young men in Oran, Blida and "
                        "Setif on Tuesday evening on suspicion of recruiting fighters for Libya.", "COERCE", DAY)
    assert arrest.mode == "arrest"
    assert [a.country for a in arrest.actors] == ["DZA"]


def test_collared_suspected_recruiters(explainer: Explainer) -> None:
    (arrest,) = of_type(explainer, "Tunisian counter-terrorism units collared five suspected recruiters "
                        "in Sousse on Sunday.", "COERCE", DAY)
    assert [a.country for a in arrest.actors] == ["TUN"]


def test_collared_in_sport_holds_no_one(explainer: Explainer) -> None:
    assert "COERCE" not in coded_types(explainer, "The Nigerian players collared the referee after "
                                       "the match in Lagos.", DAY)


# CONSULT: the partner "alongside", notes compared over the line, views swapped

def test_parleyed_alongside_a_counterpart_with_a_place_between(explainer: Explainer) -> None:
    (talks,) = of_type(explainer, "The Ugandan foreign minister parleyed this evening in Kigali alongside "
                       "his Rwandan counterpart about the border, officials said.", "CONSULT", DAY)
    assert {r.country for r in (*talks.actors, *talks.recipients)} >= {"UGA", "RWA"}


def test_two_ministers_parleyed(explainer: Explainer) -> None:
    (talks,) = of_type(explainer, "The Ugandan and Rwandan foreign ministers parleyed for two hours "
                       "in Kampala on Monday.", "CONSULT", DAY)
    assert sorted(a.country for a in talks.actors) == ["RWA", "UGA"]


def test_conferred_alongside_a_counterpart(explainer: Explainer) -> None:
    (talks,) = of_type(explainer, "The Nigerian minister conferred in Abuja alongside his Chadian "
                       "counterpart on Boko Haram.", "CONSULT", DAY)
    assert {r.country for r in (*talks.actors, *talks.recipients)} >= {"NGA", "TCD"}


def test_notes_compared_by_phone_are_a_call(explainer: Explainer) -> None:
    (call,) = of_type(explainer, "The Kenyan minister compared notes by phone with his Ugandan "
                      "counterpart on the oil pipeline.", "CONSULT", DAY)
    assert call.mode == "phone"
    assert {r.country for r in (*call.actors, *call.recipients)} >= {"KEN", "UGA"}


def test_notes_compared_by_telephone_with_one_party_of_unknown_country(explainer: Explainer) -> None:
    (call,) = of_type(explainer, "Minister Farah Maalim compared notes by telephone with his Ugandan "
                      "counterpart on the oil pipeline.", "CONSULT", DAY)
    assert call.mode == "phone"
    assert "UGA" in {r.country for r in (*call.actors, *call.recipients)}


def test_swapped_views_with_a_counterpart(explainer: Explainer) -> None:
    (talks,) = of_type(explainer, "The Chilean foreign minister swapped views with his Bolivian "
                       "counterpart on river access.", "CONSULT", DAY)
    assert {r.country for r in (*talks.actors, *talks.recipients)} >= {"CHL", "BOL"}


def test_goods_swapped_are_no_talks(explainer: Explainer) -> None:
    assert "CONSULT" not in coded_types(explainer, "Kenyan and Ugandan traders swapped goods at the "
                                        "Busia market on Monday.", DAY)


# COOPERATE: two states' forces that rehearse or practise something together

def test_navies_rehearsed_boardings_together(explainer: Explainer) -> None:
    (drill,) = of_type(explainer, "The Indian Navy and the Sri Lankan Navy rehearsed anti-piracy boardings "
                       "and a rescue operation together near Trincomalee.", "COOPERATE", DAY)
    assert sorted(a.country for a in drill.actors) == ["IND", "LKA"]


def test_sailors_of_two_states_practised_rescues_together(explainer: Explainer) -> None:
    (drill,) = of_type(explainer, "Sailors from Kenya and Tanzania practised search-and-rescue operations "
                       "together off Mombasa.", "COOPERATE", DAY)
    assert sorted(a.country for a in drill.actors) == ["KEN", "TZA"]


def test_one_navy_rehearsing_with_its_own_coast_guard_cooperates_with_no_state(explainer: Explainer) -> None:
    assert "COOPERATE" not in coded_types(explainer, "The Indian Navy rehearsed anti-piracy boardings "
                                          "together with its coast guard near Kochi.", DAY)


def test_choirs_rehearsing_together_are_no_drill(explainer: Explainer) -> None:
    assert "COOPERATE" not in coded_types(explainer, "The Kenyan and Ugandan choirs rehearsed the anthem "
                                          "together in Nairobi.", DAY)


# MOBILIZE: counted men mustered or amassed at a front

def test_mustered_thousands_of_men_along_a_frontier(explainer: Explainer) -> None:
    (build_up,) = of_type(explainer, "Ethiopia mustered about 5,000 men and armoured units along its "
                          "frontier with Eritrea yesterday.", "MOBILIZE", DAY)
    assert [a.country for a in build_up.actors] == ["ETH"]


def test_amassed_men_and_attack_helicopters_is_no_attack(explainer: Explainer) -> None:
    text = ("The Sudanese army amassed 4,000 men, mechanised regiments and attack helicopters on Sunday "
            "along the border.")
    types = coded_types(explainer, text, DAY)
    assert "MOBILIZE" in types
    assert "ASSAULT" not in types


def test_massed_thousands_of_men_near_a_border(explainer: Explainer) -> None:
    (build_up,) = of_type(explainer, "Turkey massed thousands of men near the Syrian border, officials "
                          "said.", "MOBILIZE", DAY)
    assert [a.country for a in build_up.actors] == ["TUR"]


def test_men_mustered_for_a_team_are_no_troops(explainer: Explainer) -> None:
    assert "MOBILIZE" not in coded_types(explainer, "The Ghanaian coach mustered enough men for a team "
                                         "on Saturday.", DAY)


def test_helicopter_gunships_sent_to_a_border(explainer: Explainer) -> None:
    (build_up,) = of_type(explainer, "Niger sent helicopter gunships to its border with Mali on "
                          "Thursday.", "MOBILIZE", DAY)
    assert [a.country for a in build_up.actors] == ["NER"]
