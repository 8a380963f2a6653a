"""Clause structure: a claim that another state attacked one's side is an accusation; a unit
bounded by "within" is no earlier event; an intention noun's content ends at its clause's modal;
a gerund's content ends at the main verb; a state's demonym blockading a road; a party saying it
was behind an act claims it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, of_type

DAY = "2025-05-14"  # a Wednesday


@pytest.mark.parametrize("text, accuser, accused", [
    ("India's army claimed on Sunday that Pakistani troops had fired on its posts in Kupwara.", "IND", "PAK"),
    ("Thailand's military claimed on Friday that Cambodian soldiers had shelled its camps in Surin.", "THA", "KHM"),
])
def test_a_claim_that_another_state_attacked_ones_side_accuses_it(explainer: Explainer, text: str,
                                                                 accuser: str, accused: str) -> None:
    (accusation,) = of_type(explainer, text, "ACCUSE", DAY)
    assert [a.country for a in accusation.actors] == [accuser]
    assert [r.country for r in accusation.recipients] == [accused]
    assert of_type(explainer, text, "ASSAULT", DAY) == []


def test_a_claim_of_ones_own_strike_stays_an_alleged_attack(explainer: Explainer) -> None:
    text = "India's army claimed on Sunday that its troops had killed four militants in Kupwara."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert attack.modality == "alleged"
    assert of_type(explainer, text, "ACCUSE", DAY) == []


@pytest.mark.parametrize("bound", ["within", "in"])
def test_an_act_after_a_unit_bounded_by_within_is_news(explainer: Explainer, bound: str) -> None:
    text = (f"Gas from Tamar could be flowing to Aqaba {bound} months after Israeli and Jordanian ministers "
            "agreed on a supply schedule yesterday, the energy ministry said.")
    (deal,) = of_type(explainer, text, "AGREE", DAY)
    assert deal.trigger.text == "agreed"
    assert deal.date.value == "2025-05-13"


def test_an_act_after_a_bare_interval_still_dates_the_news(explainer: Explainer) -> None:
    text = ("Gas from Tamar began flowing to Aqaba today, months after Israeli and Jordanian ministers "
            "agreed on a supply schedule, the energy ministry said.")
    assert of_type(explainer, text, "AGREE", DAY) == []


@pytest.mark.parametrize("noun", ["attempt", "bid"])
def test_an_aim_as_subject_leaves_its_verb_to_the_main_clause(explainer: Explainer, noun: str) -> None:
    text = (f"Djibouti's defence minister said today that any Somali {noun} to seize Loyada by force "
            "would meet a response Mogadishu will regret.")
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert [a.country for a in threat.actors] == ["DJI"]
    assert [r.country for r in threat.recipients] == ["SOM"]


def test_a_modal_in_a_relative_clause_stays_in_the_aim(explainer: Explainer) -> None:
    text = "Kenya backed a bid to build a pipeline that would meet a response from Somalia, officials said."
    assert of_type(explainer, text, "THREATEN", DAY) == []


@pytest.mark.parametrize("text, main", [
    ("The arrest of eight students for ignoring court summonses sparked a sit-in outside the university "
     "in Dhaka on Tuesday.", "PROTEST"),
    ("The detention of two bloggers for criticising the governor triggered a protest by journalists in "
     "Lagos on Tuesday.", "PROTEST"),
])
def test_a_charge_ends_at_the_main_verb(explainer: Explainer, text: str, main: str) -> None:
    assert sorted(e.type for e in code(explainer, text, DAY)) == sorted(["COERCE", main])


@pytest.mark.parametrize("text, country", [
    ("The Israeli blockade of the road to Jenin entered its third day on Tuesday.", "ISR"),
    ("Villagers said the Indian blockade of the road to Kathmandu had left shops empty on Tuesday.", "IND"),
])
def test_a_states_country_word_before_a_road_blockade_is_the_state(explainer: Explainer, text: str,
                                                                   country: str) -> None:
    (blockade,) = code(explainer, text, DAY)
    assert (blockade.type, [a.country for a in blockade.actors]) == ("COERCE", [country])


def test_a_crowd_blocking_a_road_still_protests(explainer: Explainer) -> None:
    text = "Kurdish villagers kept up their blockade of the highway to Afrin on Tuesday."
    assert [e.type for e in code(explainer, text, DAY)] == ["PROTEST"]


@pytest.mark.parametrize("text, claimant, struck", [
    ("Hamas said it was behind the rocket attack on Sderot on Tuesday.", "PSE", ["ISR"]),
    ("The Islamic State group said it was behind the bombing of a church in Lahore on Tuesday.", "IMG", ["PAK"]),
])
def test_a_party_saying_it_was_behind_an_act_claims_it(explainer: Explainer, text: str, claimant: str,
                                                         struck: list[str]) -> None:
    (attack,) = code(explainer, text, DAY)
    assert attack.type == "ASSAULT"
    assert [a.country for a in attack.actors] == [claimant]
    assert [r.country for r in attack.recipients] == struck


def test_a_party_saying_another_was_behind_an_act_accuses_it(explainer: Explainer) -> None:
    text = "The Pakistani army said India was behind the bombing of a bus in Quetta."
    (accusation,) = code(explainer, text, DAY)
    assert (accusation.type, [r.country for r in accusation.recipients]) == ("ACCUSE", ["IND"])
