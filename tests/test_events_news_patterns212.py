"""Acts the lexicon missed and acts read inside names: joint work begun, another side's forces
trained, records handed over, a mission's staff kicked or ordered out, exchanges scaled back, a
go-between's role ended, farms taken over, people sent home or forced to act; crowds blocking
with their own vehicles or sealing a road; "rejected asylum seekers" and an "assault landing
brigade" refuse and attack no one; censorship and curfews relaxed are concessions; a lightning strike and
a football friendly hosted are no attack and no meeting. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, known_countries, of_type, types

DAY = "2011-05-18"


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    ("Peruvian and Bolivian engineers began work on Tuesday on a joint railway line across the border.",
     "COOPERATE", "began"),
    ("After years of feuding, Chad and Niger on Monday began jointly building a bridge across their frontier.",
     "COOPERATE", "began"),
    ("French instructors are training Malian army units in desert patrol tactics near Gao.", "COOPERATE", "training"),
    ("Luxembourg prosecutors handed over bank records on the former dictator to Kinshasa on Friday.",
     "COOPERATE", "handed"),
    ("Iran kicked out the British members of the monitoring team on Sunday.", "SANCTION", "kicked"),
    ("Ethiopia ordered Oxfam out of the Ogaden on Friday.", "SANCTION", "ordered"),
    ("Warsaw scaled back cultural exchanges with Minsk on Monday.", "SANCTION", "scaled"),
    ("Qatar ended its role as mediator between Khartoum and the rebels on Sunday.", "SANCTION", "ended"),
    ("Kenyan war veterans took over 40 farms near Nakuru on Saturday.", "COERCE", "took"),
    ("Belgium sent 80 failed asylum seekers home on Thursday.", "COERCE", "sent"),
    ("Rebels in Uganda forced villagers to carry ammunition on Monday.", "COERCE", "forced"),
])
def test_missed_acts_are_coded(explainer: Explainer, text: str, type_: str, trigger: str) -> None:
    events = of_type(explainer, text, type_, DAY)
    assert [e.trigger.text.split()[0] for e in events] == [trigger]


def test_the_trainer_cooperates_with_the_trained_side(explainer: Explainer) -> None:
    text = "French instructors are training Malian army units in desert patrol tactics near Gao."
    (training,) = of_type(explainer, text, "COOPERATE", DAY)
    assert known_countries(training.actors) == ["FRA"]
    assert known_countries(training.recipients) == ["MLI"]


def test_a_party_drilling_no_one_else_trains_no_one(explainer: Explainer) -> None:
    # the control: forces trained with no other party named cooperate with no one
    assert not of_type(explainer, "The army is training new units near the border.", "COOPERATE", DAY)


def test_what_people_are_forced_to_do_is_no_act_of_theirs(explainer: Explainer) -> None:
    text = "Rebels in Uganda forced villagers to attack a police post on Monday."
    assert types(code(explainer, text, DAY)) == ["COERCE"]


def test_a_storm_forcing_residents_out_is_no_coercion(explainer: Explainer) -> None:
    assert not of_type(explainer, "The storm forced residents in the valley to flee on Monday.", "COERCE", DAY)


def test_the_ordered_out_group_is_the_recipient(explainer: Explainer) -> None:
    (expulsion,) = of_type(explainer, "Ethiopia ordered Oxfam out of the Ogaden on Friday.", "SANCTION", DAY)
    assert [r.text for r in expulsion.recipients] == ["Oxfam"]
    assert not of_type(explainer, "Ethiopia ordered Oxfam out of the Ogaden on Friday.", "REQUEST", DAY)


def test_a_mediator_giving_up_its_role_on_a_condition_threatens(explainer: Explainer) -> None:
    text = ("Switzerland said on Tuesday it might give up its role as mediator in Nepal unless both sides "
            "kept the truce.")
    assert of_type(explainer, text, "THREATEN", DAY)


@pytest.mark.parametrize("text", [
    "Fishermen from Normandy blockaded the port of Calais with their trawlers on Monday over fuel prices.",
    "Spanish farmers jammed the Madrid-Valencia motorway with their tractors on Tuesday.",
    "Villagers in Ghana sealed the road to the gold mine on Monday, demanding compensation.",
    "Opposition supporters cut off access to the parliament in Lome on Wednesday, demanding new elections.",
])
def test_a_crowd_blocking_a_place_protests(explainer: Explainer, text: str) -> None:
    assert types(code(explainer, text, DAY)) == ["PROTEST"]


def test_a_navy_blockade_stays_a_restriction(explainer: Explainer) -> None:
    # the control: a port blockaded by a state's force is no protest
    assert types(code(explainer, "The Saudi navy blockaded the port of Hodeidah on Monday.", DAY)) == ["COERCE"]


def test_troops_cutting_off_access_restrict_it(explainer: Explainer) -> None:
    assert not of_type(explainer, "Israeli troops cut off access to Nablus on Monday.", "PROTEST", DAY)


def test_rejected_asylum_seekers_are_refused_by_no_one(explainer: Explainer) -> None:
    text = "Spain sent 60 rejected Algerian asylum seekers home on Tuesday."
    assert types(code(explainer, text, DAY)) == ["COERCE"]


def test_an_asylum_request_rejected_stays_a_rejection(explainer: Explainer) -> None:
    assert of_type(explainer, "Hungary rejected the asylum request of a Syrian family on Monday.", "REJECT", DAY)


def test_an_assault_landing_brigade_attacks_no_one(explainer: Explainer) -> None:
    text = "Customs officers seized a tanker on Tuesday in Sevastopol, base of the fleet's assault landing brigade."
    assert not of_type(explainer, text, "ASSAULT", DAY)


@pytest.mark.parametrize("text", [
    "Morocco relaxed press censorship on Monday, letting foreign magazines back on sale.",
    "Indian troops relaxed the curfew on Srinagar on Monday, letting residents out to shop.",
])
def test_censorship_or_a_curfew_relaxed_is_a_concession(explainer: Explainer, text: str) -> None:
    assert types(code(explainer, text, DAY)) == ["CONCEDE"]


def test_a_lightning_strike_attacks_no_one(explainer: Explainer) -> None:
    assert not code(explainer, "A lightning strike set fire to a grain silo near Accra on Friday.", DAY)


def test_an_air_strike_stays_an_attack(explainer: Explainer) -> None:
    assert of_type(explainer, "Israeli jets carried out a strike on Gaza on Friday.", "ASSAULT", DAY)


def test_a_football_friendly_hosted_is_no_meeting(explainer: Explainer) -> None:
    text = "Cairo International Stadium hosted a football friendly between Egypt and Ghana on Friday."
    assert not of_type(explainer, text, "CONSULT", DAY)


def test_talks_hosted_stay_a_meeting(explainer: Explainer) -> None:
    assert of_type(explainer, "Cairo hosted talks between Egypt and Ghana on Friday.", "CONSULT", DAY)


def test_forces_trained_alongside_others_are_both_actors(explainer: Explainer) -> None:
    # "train * @forces" must not swallow "trained alongside X forces", where both sides train
    text = "Dutch marines trained alongside Norwegian commandos near Bodo on Monday."
    (drill,) = of_type(explainer, text, "COOPERATE", DAY)
    assert known_countries(drill.actors) == ["NLD", "NOR"]
