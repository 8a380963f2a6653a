"""Session 55 (sentences written for these tests), from probes C27 and C28 and the opened
cluster_test62: forces sent to help another state's party, or at its request, are military
assistance, and forces sent to hand out food are relief (PLOVER AID: "military and police
assistance including arms and personnel"); "at X's request" is ground, no request; a toll in an
absolute clause ("3 soldiers slain and 4 wounded") is the attack's, not another with the
victims as doers; a claiming verb before a count takes lives, no claim; the bare word
"dynamite" is the explosive; a stoppage that workers vow unless a demand is met is a threat;
game animals shot are no attack; a hunting concession withdrawn is a sanction."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type, types

DAY = "1990-10-14"


def test_forces_sent_to_help_another_states_army_are_assistance(explainer: Explainer) -> None:
    text = "Burundi is sending 800 troops to help the Congolese army fight rebels in South Kivu."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.recipients)) == ("AID", ["COD"])
    text = ("Tanzania began deploying 600 soldiers and police to Comoros on Friday at Moroni's request, to help "
            "restore order.")
    assert types(code(explainer, text, DAY)) == ["AID"]
    # the state's own forces sent to help its police stay a deployment
    text = "Kenya ordered 5,000 soldiers onto the streets of Mombasa on Thursday to help the police restore order."
    assert types(code(explainer, text, DAY)) == ["MOBILIZE"]


def test_forces_sent_to_hand_out_food_bring_relief(explainer: Explainer) -> None:
    text = "Peru deployed 4,000 troops to Pisco on Monday to distribute food and water to residents."
    assert types(code(explainer, text, DAY)) == ["AID"]


def test_at_a_partys_request_is_no_request(explainer: Explainer) -> None:
    text = "Malawi's High Court dissolved the opposition party on Thursday at the government's request."
    assert "REQUEST" not in types(code(explainer, text, DAY))


def test_a_toll_in_an_absolute_clause_is_the_attacks(explainer: Explainer) -> None:
    text = ("Tamil Tiger rebels attacked a Sri Lankan army camp at Kokavil this afternoon, firing mortars, "
            "3 soldiers slain and 4 wounded, the army said.")
    [event] = code(explainer, text, DAY)
    assert event.type == "ASSAULT" and event.actors and event.actors[0].country == "LKA" \
        and "army" not in (event.actors[0].text or "").lower()


def test_lives_a_blast_claims_are_no_claim(explainer: Explainer) -> None:
    text = ("Rebels attacked a police post in Jaffna yesterday, a blast claiming 5 policemen and wounding 7, "
            "officials said.")
    assert "alleged" not in {e.modality for e in code(explainer, text, DAY)}


def test_the_bare_word_dynamite_is_the_explosive(explainer: Explainer) -> None:
    text = ("Shining Path guerrillas assaulted the Peruvian army's garrison at Tocache yesterday, dynamite blasts "
            "killing 5 young conscripts, officials said.")
    assert all(e.trigger.text != "dynamite" for e in code(explainer, text, DAY))


def test_a_stoppage_vowed_unless_a_demand_is_met_is_a_threat(explainer: Explainer) -> None:
    text = ("The dockers of Mombasa vowed today to bring cargo handling at the port to a halt in the absence of "
            "a pay rise of 10 percent.")
    assert types(code(explainer, text, DAY)) == ["THREATEN"]


def test_game_animals_shot_are_no_attack(explainer: Explainer) -> None:
    text = "Zambian soldiers shot 4 elephants near the border on Monday."
    assert types(code(explainer, text, DAY)) == []


def test_a_hunting_concession_withdrawn_is_a_sanction(explainer: Explainer) -> None:
    text = "Botswana's wildlife department withdrew the hunting concession of a Maun safari outfit this morning."
    assert types(code(explainer, text, DAY)) == ["SANCTION"]
