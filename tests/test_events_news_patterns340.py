"""Session 61 (sentences written for these tests), from the opened cluster_test65 to
cluster_test67 and probe C34: castaways two states' crews "jointly plucked" from the sea are
one rescue by both; troops "carried into" or "thrown" at a region move, however far the place
follows; a boat that "fell into the hands of" a navy is seized; a surcharge abolished or a
price rise reversed by the government that set it is a concession; coercive measures of
different kinds told by verbs in one sentence (a seizure of power, a curfew) are events of
their own, though a seizure and the arrests it makes stay one operation; a member's
suspension lifted by a body is a concession; an offensive ordered against a party is the
orderer's attack; strikers ordered back to work are coerced; "protest" modifying "leaders" or
"camp" is no protest; a sentence-opening participle before a hyphened modifier ("Jailed
British-Egyptian activist") is no arrest; food or water refused by a hunger striker is that
fast; retaliation "with duties" and restrictions on exports tightened are sanctions;
recognition switched to a capital backs it; a warning that a state "would be met with fire
and fury" is a threat."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type, types

DAY = "1993-05-12"


def test_two_states_crews_that_jointly_plucked_castaways_cooperate(explainer: Explainer) -> None:
    text = "Norwegian helicopters and a Danish frigate jointly plucked 14 trawlermen from a sinking ship on Monday."
    [event] = of_type(explainer, text, "COOPERATE", DAY)
    assert sorted(countries(event.actors)) == ["DNK", "NOR"]


def test_one_states_crews_plucking_castaways_are_no_cooperation(explainer: Explainer) -> None:
    text = "Norwegian helicopters and Norwegian lifeboats jointly plucked 14 trawlermen from the sea on Monday."
    assert of_type(explainer, text, "COOPERATE", DAY) == []


def test_battalions_carried_into_a_region_are_mobilized(explainer: Explainer) -> None:
    text = "Trucks of the Peruvian army carried 2 battalions into the Huallaga valley on Tuesday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("MOBILIZE", ["PER"])


def test_battalions_thrown_into_a_province_past_an_aside_are_mobilized(explainer: Explainer) -> None:
    text = ("Guatemala's army threw the Kaibil battalion and 2 more units, some 1,800 soldiers in all, into "
            "El Peten on Monday.")
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.actors)) == ("MOBILIZE", "troops", ["GTM"])


def test_a_boat_that_fell_into_the_hands_of_a_navy_is_seized(explainer: Explainer) -> None:
    text = "A Vietnamese fishing boat fell into the hands of the Philippine navy on Sunday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.actors)) == ("COERCE", "seize", ["PHL"])


def test_missiles_that_fell_into_rebel_hands_are_no_seizure(explainer: Explainer) -> None:
    assert code(explainer, "Dozens of missiles fell into the hands of the rebels in Idlib.", DAY) == []


def test_a_surcharge_abolished_by_the_cabinet_is_a_concession(explainer: Explainer) -> None:
    text = "Panama's cabinet abolished on Monday a surcharge on bus diesel, soothing the striking drivers."
    [event] = of_type(explainer, text, "CONCEDE", DAY)
    assert countries(event.actors) == ["PAN"]


def test_a_price_rise_reversed_is_a_concession(explainer: Explainer) -> None:
    text = "Kenya's government reversed a kerosene price rise on Friday after a week of protests."
    assert types(of_type(explainer, text, "CONCEDE", DAY)) == ["CONCEDE"]


def test_a_coup_and_the_curfew_it_imposes_are_two_coercive_acts(explainer: Explainer) -> None:
    text = ("Mali's army chief seized power in a coup on Tuesday, detaining cabinet ministers and imposing a "
            "nationwide curfew.")
    modes = sorted(e.mode for e in of_type(explainer, text, "COERCE", DAY))
    assert modes == ["curfew", "seize"]


def test_a_members_suspension_lifted_by_a_body_is_a_concession(explainer: Explainer) -> None:
    text = ("The Commonwealth lifted its suspension of Fiji on Friday, welcoming the election of a civilian "
            "government.")
    [event] = of_type(explainer, text, "CONCEDE", DAY)
    assert countries(event.recipients) == ["FJI"]
    assert of_type(explainer, text, "SANCTION", DAY) == []


def test_a_suspension_of_imports_ended_eases_a_sanction(explainer: Explainer) -> None:
    text = "Russia ended its suspension of wine imports from Moldova on Friday."
    assert types(code(explainer, text, DAY)) == ["RETREAT"]


def test_an_offensive_ordered_against_a_party_is_an_attack(explainer: Explainer) -> None:
    text = "Sri Lanka's president ordered a military offensive against the rebels of the eastern province on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("ASSAULT", ["LKA"])


def test_strikers_ordered_back_to_work_are_coerced(explainer: Explainer) -> None:
    text = "Argentina's government ordered thousands of striking bank clerks back to work on Tuesday."
    [event] = of_type(explainer, text, "COERCE", DAY)
    assert (event.mode, countries(event.actors)) == ("restrict", ["ARG"])


def test_protest_leaders_and_a_protest_camp_are_no_protest(explainer: Explainer) -> None:
    text = "Bolivian police stormed a protest camp outside the mining ministry on Monday and held 5 protest leaders."
    assert of_type(explainer, text, "PROTEST", DAY) == []


def test_an_opening_participle_before_a_hyphened_modifier_is_no_arrest(explainer: Explainer) -> None:
    text = "Jailed Kurdish-Iranian poet Arash Karimi began a hunger strike on Sunday."
    assert types(code(explainer, text, DAY)) == ["PROTEST"]


def test_food_refused_by_a_hunger_striker_is_the_fast(explainer: Explainer) -> None:
    text = "The jailed dissident escalated his hunger strike in Tehran on Sunday by refusing water."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode) == ("PROTEST", "hunger")


def test_retaliation_with_duties_is_a_sanction(explainer: Explainer) -> None:
    text = "Mexico retaliated with duties on American pork and cheese on Tuesday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("SANCTION", ["MEX"], ["USA"])


def test_restrictions_on_exports_tightened_are_a_sanction(explainer: Explainer) -> None:
    text = "China tightened restrictions on exports of rare earths to Japan on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("SANCTION", ["CHN"], ["JPN"])


def test_recognition_switched_to_a_capital_backs_it(explainer: Explainer) -> None:
    text = "Nicaragua switched diplomatic recognition from Taiwan to China on Thursday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.recipients)) == ("SUPPORT", ["CHN"])


def test_a_warning_of_fire_and_fury_is_a_threat(explainer: Explainer) -> None:
    text = "The president warned Tehran that it would be met with fire and fury."
    assert types(of_type(explainer, text, "THREATEN", DAY)) == ["THREATEN"]
