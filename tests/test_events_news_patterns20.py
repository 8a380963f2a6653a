"""Structure of news English: a time adverb between subject and verb, objects named by a
free relative, parties stood for by their negotiators, ships stopped and people held,
vessels sent by a state, indirect objects, ports and skies closed, decisions judged, bans,
counted crowds, report speakers, and claims made by a passive's agent. Sentences written
for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type

DAY = "2024-04-04"  # a Thursday


def test_a_time_adverb_between_subject_and_verb_keeps_the_verb(explainer: Explainer) -> None:
    (strike,) = of_type(explainer, "Syrian jets overnight bombed a rebel depot near Idlib.", "ASSAULT", DAY)
    assert countries(strike.actors) == ["SYR"]


def test_a_free_relative_names_the_object_not_its_namer(explainer: Explainer) -> None:
    text = "Israeli drones struck what Hezbollah officials called a Hamas office in Sidon."
    (strike,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [r.actor_id for r in strike.recipients] == ["hamas"]


def test_negotiators_for_parties_stand_for_them(explainer: Explainer) -> None:
    text = "Negotiators for Ethiopia and Egypt agreed on Monday to resume talks on the dam."
    (deal,) = of_type(explainer, text, "AGREE", DAY)
    assert sorted(countries(deal.actors)) == ["EGY", "ETH"]


def test_a_ship_stopped_or_intercepted_is_seized(explainer: Explainer) -> None:
    (seizure,) = of_type(explainer, "Iranian forces stopped a tanker in the Strait of Hormuz.", "COERCE", DAY)
    assert seizure.mode == "seize" and countries(seizure.actors) == ["IRN"]
    (seizure,) = of_type(explainer, "Greek commandos intercepted the freighter Blue Horizon off Crete.",
                         "COERCE", DAY)
    assert seizure.mode == "seize"
    assert of_type(explainer, "The army stopped the talks with the rebels on Monday.", "COERCE", DAY) == []


def test_people_held_in_a_prison_are_detained(explainer: Explainer) -> None:
    (held,) = of_type(explainer, "Two French aid workers are being held in an Iranian prison.", "COERCE", DAY)
    assert held.mode == "arrest" and countries(held.recipients) == ["FRA"]


def test_the_sender_of_a_vessel_heading_the_clause_acts(explainer: Explainer) -> None:
    text = "A ship chartered by the Qatari government delivered flour and tents to Beirut."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert countries(aid.actors) == ["QAT"]


def test_the_indirect_object_is_addressed_not_the_actor(explainer: Explainer) -> None:
    text = "Egypt handed the Ethiopian ambassador a letter demanding a halt to the filling of the dam."
    (request,) = of_type(explainer, text, "REQUEST", DAY)
    assert countries(request.actors) == ["EGY"]
    assert countries(request.recipients) == ["ETH"]


def test_ports_closed_to_a_country_by_their_state_are_a_sanction(explainer: Explainer) -> None:
    text = "Malaysia announced on Tuesday that Malaysian ports will be closed to ships bound for Israel."
    (measure,) = of_type(explainer, text, "SANCTION", DAY)
    assert measure.modality == "asserted"
    assert countries(measure.actors) == ["MYS"] and countries(measure.recipients) == ["ISR"]
    assert of_type(explainer, text, "THREATEN", DAY) == []
    text = "Iran's airspace was closed to all flights after the strikes."
    assert of_type(explainer, text, "SANCTION", DAY) == []


def test_a_judged_decision_is_the_act_of_its_owner(explainer: Explainer) -> None:
    text = "The Israeli foreign ministry denounced Malaysia's decision to bar Israeli ships from its ports."
    events = code(explainer, text, DAY)
    (measure,) = [e for e in events if e.type == "SANCTION"]
    assert countries(measure.actors) == ["MYS"] and countries(measure.recipients) == ["ISR"]
    (reaction,) = [e for e in events if e.type == "ACCUSE"]
    assert countries(reaction.recipients) == ["MYS"]


def test_a_ban_on_a_country_s_ships_is_a_sanction(explainer: Explainer) -> None:
    (ban,) = of_type(explainer, "Malaysia's ban on ships serving Israel took effect on Monday.", "SANCTION", DAY)
    assert countries(ban.actors) == ["MYS"] and countries(ban.recipients) == ["ISR"]


def test_a_counted_crowd_of_men_protests_in_its_country(explainer: Explainer) -> None:
    text = "Thousands of angry men blocked the main highway near Lahore on Sunday, protesting the arrest of a cleric."
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert countries(protest.actors) == ["PAK"]
    text = "Thousands of angry men gathered near Lahore on Sunday, protesting the arrest of a cleric."
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert countries(protest.actors) == ["PAK"]


def test_a_name_in_a_prepositional_phrase_hides_no_subject(explainer: Explainer) -> None:
    text = "Farmers lay down on the Ankara ring road and blocked the main highway on Friday."
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert [a.text for a in protest.actors] == ["Farmers"]


def test_the_speaker_of_a_report_is_no_protester(explainer: Explainer) -> None:
    text = "Police said 40 people were detained during Sunday's fuel protests in Nairobi."
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert "Police" not in [a.text for a in protest.actors]


def test_a_claim_by_a_passive_s_agent_is_its_accusation(explainer: Explainer) -> None:
    text = "Egypt voiced surprise at statements issued by the Ethiopian side claiming a violation of its border."
    events = of_type(explainer, text, "ACCUSE", DAY)
    (claim,) = [e for e in events if e.trigger.text == "claiming"]
    assert countries(claim.actors) == ["ETH"]
    for reaction in events:
        assert reaction.modality == "asserted"
