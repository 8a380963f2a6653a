"""Constructions found while reading the errors of tests/fixtures/cluster_test5 (2026-11-21),
tested here on sentences written for these tests: tolls of the "martyred", the owner of a
weapon or vehicle after "of"/"from", relative clauses, participles that share the main
subject, ships named as recipients, phone calls received, truces reached, sanctions listed
with long objects, arrests as "taken into custody", bases left, aid landed."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type


def test_the_martyred_are_counted_as_dead(explainer: Explainer) -> None:
    (event,) = of_type(explainer, "Four young men were martyred on Tuesday in the camp.", "ASSAULT")
    assert event.size is not None and event.size.dead == 4


def test_the_owner_of_a_weapon_or_vehicle_acts(explainer: Explainer) -> None:
    (strike,) = of_type(explainer, "A drone of the Zionist enemy targeted a car near Tyre on Tuesday.", "ASSAULT")
    assert countries(strike.actors) == ["ISR"]
    (aid,) = of_type(explainer, "An aircraft from Qatar landed at Benina on Tuesday with tents and blankets.", "AID")
    assert countries(aid.actors) == ["QAT"]


def test_a_relative_clause_takes_the_party_before_its_pronoun(explainer: Explainer) -> None:
    (strike,) = of_type(explainer, "An Israeli aggression that targeted points near Homs was repelled.", "ASSAULT")
    assert countries(strike.actors) == ["ISR"]
    text = "The governor met the demonstrators who took to the streets of Hillah on Tuesday."
    (protest,) = of_type(explainer, text, "PROTEST")
    assert [a.text for a in protest.actors] == ["demonstrators"]


def test_a_participle_after_a_comma_shares_the_main_subject(explainer: Explainer) -> None:
    text = ("The Jordan Armed Forces said on Tuesday that a drone crashed near the border, "
            "accusing a militia of smuggling.")
    (accusation,) = of_type(explainer, text, "ACCUSE")
    assert countries(accusation.actors) == ["JOR"]


def test_a_ship_struck_is_named_by_the_name_after_its_noun(explainer: Explainer) -> None:
    (event,) = of_type(explainer, "The bulker Sea Lark was struck by a projectile on Tuesday.", "ASSAULT")
    assert [(r.text, r.actor_id) for r in event.recipients] == [("Sea Lark", "prov:vessel_sea_lark")]
    (other,) = of_type(explainer, "Houthi forces struck the tanker Sea Lark in the Red Sea.", "ASSAULT")
    assert [r.actor_id for r in other.recipients] == ["prov:vessel_sea_lark"]


def test_a_telephone_is_no_agent_and_a_call_received_is_talks(explainer: Explainer) -> None:
    (talks,) = of_type(explainer, "Vladimir Putin spoke by telephone with Recep Tayyip Erdogan on Tuesday.",
                        "CONSULT")
    assert countries(talks.actors) == ["RUS", "TUR"] and not talks.recipients
    (call,) = of_type(explainer, "King Abdullah II received a phone call on Tuesday from Vladimir Putin.",
                       "CONSULT")
    assert sorted(countries(call.actors)) == ["JOR", "RUS"]


def test_a_truce_reached_between_parties_is_an_agreement(explainer: Explainer) -> None:
    (deal,) = of_type(explainer, "A truce was reached in Misrata on Tuesday between rival militias.", "AGREE")
    assert [a.text for a in deal.actors] == ["militias"]
    assert of_type(explainer, "The convoy reached Misrata on Tuesday.", "AGREE") == []


def test_sanctions_by_their_measures_and_by_long_listings(explainer: Explainer) -> None:
    text = "EU ministers imposed asset freezes and travel bans on three Hezbollah financiers on Monday."
    (freeze,) = of_type(explainer, text, "SANCTION")
    assert countries(freeze.actors) == ["EUR"]
    text = ("The United States on Monday added two Hezbollah commanders, including the head of the "
            "group's southern front, to its sanctions list.")
    (listing,) = of_type(explainer, text, "SANCTION")
    assert countries(listing.actors) == ["USA"] and countries(listing.recipients) == ["LBN"]


def test_custody_bases_and_warships(explainer: Explainer) -> None:
    (arrest,) = of_type(explainer, "Police took a number of protesters into custody in Cairo on Tuesday.", "COERCE")
    assert arrest.mode == "arrest" and [a.text for a in arrest.actors] == ["Police"]
    (pullout,) = of_type(explainer, "US troops left the Conoco field base on Tuesday.", "RETREAT")
    assert countries(pullout.actors) == ["USA"]
    (move,) = of_type(explainer, "London ordered HMS Lancaster to the Gulf on Tuesday.", "MOBILIZE")
    assert countries(move.actors) == ["GBR"]


def test_attacks_on_after_a_conjunction_are_a_noun(explainer: Explainer) -> None:
    text = "The EU listed two commanders over the detention of aid workers and attacks on shipping."
    assert all(countries(e.actors) != ["EUR"] for e in of_type(explainer, text, "ASSAULT"))


def test_a_reporting_word_before_a_possessive_is_a_noun(explainer: Explainer) -> None:
    (strike,) = of_type(explainer, "The Turkish occupation state's drone targeted a car near Qamishli.", "ASSAULT")
    assert countries(strike.actors) == ["TUR"]


def test_being_behind_an_act_is_an_accusation_by_the_speaker(explainer: Explainer) -> None:
    text = "Iran's interior minister said on Sunday that Israeli agents were behind the fire at the refinery."
    (accusation,) = of_type(explainer, text, "ACCUSE")
    assert countries(accusation.actors) == ["IRN"] and countries(accusation.recipients) == ["ISR"]
    assert of_type(explainer, "The minister said the project was behind schedule.", "ACCUSE") == []


def test_a_ship_named_in_an_apposition(explainer: Explainer) -> None:
    text = "A Panama-flagged tanker, the Blue Heron, was hit by a missile off Hodeidah on Monday."
    (event,) = of_type(explainer, text, "ASSAULT")
    assert [r.actor_id for r in event.recipients] == ["prov:vessel_blue_heron"]


def test_an_accord_agreed_between_parties(explainer: Explainer) -> None:
    (deal,) = of_type(explainer, "A ceasefire was agreed on Saturday between two rival militias.", "AGREE")
    assert [r.text for r in [*deal.actors, *deal.recipients]] == ["militias"]



def test_police_without_a_country_are_those_of_the_place(explainer: Explainer) -> None:
    (arrest,) = of_type(explainer, "Police detained five students in Alexandria on Tuesday.", "COERCE")
    assert [(a.country, a.sector) for a in arrest.actors] == [("EGY", "COP")]
    (other,) = of_type(explainer, "Police detained five students on Tuesday.", "COERCE")
    assert countries(other.actors) == [None]


def test_a_warning_of_an_operation_against_a_party_is_a_threat(explainer: Explainer) -> None:
    text = "Recep Tayyip Erdogan warned on Monday that Turkey would launch a new operation against the PKK."
    (threat,) = of_type(explainer, text, "THREATEN")
    assert countries(threat.actors) == ["TUR"]
    assert of_type(explainer, "The bank warned that the operation of its branches would slow.", "THREATEN") == []


def test_the_owner_of_a_vehicle_that_arrived_with_aid(explainer: Explainer) -> None:
    text = "A Qatari ship loaded with 900 tonnes of flour and fuel arrived at Tartus port on Monday."
    (aid,) = of_type(explainer, text, "AID")
    assert countries(aid.actors) == ["QAT"]
    assert of_type(explainer, "The minister arrived in Beirut on Monday.", "AID") == []


def test_a_ship_prefix_names_its_navy(explainer: Explainer) -> None:
    (move,) = of_type(explainer, "HMS Diamond will deploy to the Red Sea next month.", "MOBILIZE")
    assert [(a.country, a.sector) for a in move.actors] == [("GBR", "MIL")]


def test_a_modal_inside_a_parenthesis_says_who_not_whether(explainer: Explainer) -> None:
    text = "Unidentified warplanes, most likely Israeli, struck a depot near Palmyra on Tuesday, killing two guards."
    (strike,) = of_type(explainer, text, "ASSAULT")
    assert strike.modality == "asserted" and strike.size is not None and strike.size.dead == 2
    (maybe,) = of_type(explainer, "Warplanes likely struck a depot near Palmyra on Tuesday.", "ASSAULT")
    assert maybe.modality == "possible"


def test_libyan_and_sudanese_forces_are_known(explainer: Explainer) -> None:
    (move,) = of_type(explainer, "Haftar's forces sent a military convoy towards Kufra on Thursday.", "MOBILIZE")
    assert [(a.actor_id, a.country) for a in move.actors] == [("lna", "LBY")]
    (strike,) = of_type(explainer, "The RSF shelled a market in El Fasher on Monday.", "ASSAULT")
    assert [(a.actor_id, a.country) for a in strike.actors] == [("rsf", "SDN")]


def test_a_speaker_named_with_an_acronym_aside(explainer: Explainer) -> None:
    text = "The Libyan National Army (LNA) said on Thursday that it had dispatched reinforcements to Kufra."
    (move,) = of_type(explainer, text, "MOBILIZE")
    assert [a.actor_id for a in move.actors] == ["lna"]


def test_a_purpose_takes_the_subject_of_its_clause(explainer: Explainer) -> None:
    text = "In Shiraz, retirees gathered on Sunday in front of the governor's office to protest low pensions."
    (protest,) = of_type(explainer, text, "PROTEST")
    assert [a.text for a in protest.actors] == ["retirees"]


def test_impounded_apprehended_and_departed(explainer: Explainer) -> None:
    (seizure,) = of_type(explainer, "The IRGC impounded a tanker in the Gulf on Tuesday.", "COERCE")
    assert seizure.mode == "seize"
    (arrest,) = of_type(explainer, "Israeli troops apprehended 12 suspects in Jenin on Sunday.", "COERCE")
    assert arrest.mode == "arrest"
    text = "Iraq announced the departure of the last coalition forces from the base on Sunday."
    assert len(of_type(explainer, text, "RETREAT")) == 1
    (call,) = of_type(explainer, "Vladimir Putin held a telephone conversation with Abdullah II on Monday.", "CONSULT")
    assert sorted(countries(call.actors)) == ["JOR", "RUS"]


def test_a_tally_over_a_period_is_not_one_event(explainer: Explainer) -> None:
    text = "Monitors have counted more than 40 drone strikes around the town since early March."
    assert of_type(explainer, text, "ASSAULT") == []
    (wave,) = of_type(explainer, "Israeli jets carried out 30 strikes on Gaza on Tuesday.", "ASSAULT")
    assert countries(wave.actors) == ["ISR"]
    (strike,) = of_type(explainer, "An Israeli drone strikes a car near Tyre.", "ASSAULT")
    assert strike.mode == "drone"


def test_discussed_with_is_talks_and_efforts_are_plans(explainer: Explainer) -> None:
    text = "Abdullah II discussed with Vladimir Putin on Monday efforts to reach a ceasefire in Gaza."
    (talks,) = of_type(explainer, text, "CONSULT")
    assert countries(talks.actors) == ["JOR"] and countries(talks.recipients) == ["RUS"]
    assert all(e.modality != "asserted" for e in of_type(explainer, text, "AGREE"))
    (arrest,) = of_type(explainer, "Police apprehended 15 suspects in Jenin on Sunday.", "COERCE")
    assert [r.text for r in arrest.recipients] == ["suspects"]


def test_a_flagged_ship_is_named_and_a_drone_boat_is_no_actor(explainer: Explainer) -> None:
    text = "Houthi rebels said a drone boat struck the Malta-flagged bulk carrier Sea Heron off Hodeidah on Sunday."
    (attack,) = of_type(explainer, text, "ASSAULT")
    assert [(r.actor_id, r.country) for r in attack.recipients] == [("prov:vessel_sea_heron", None)]
    assert all(a.text != "boat" for a in attack.actors)


def test_relief_crossing_dispatches_and_meetings_of_the_subject(explainer: Explainer) -> None:
    text = "A convoy of 30 Qatari trucks carrying flour and medicine crossed into Gaza on Tuesday."
    (aid,) = of_type(explainer, text, "AID")
    assert countries(aid.actors) == ["QAT"]
    assert of_type(explainer, "Troops crossed into Syria on Monday carrying weapons.", "AID") == []
    text = "Iraq's defence ministry announced on Thursday the dispatch of armoured reinforcements to the border."
    assert len(of_type(explainer, text, "MOBILIZE")) == 1
    text = "Iran's foreign minister and Oman's foreign minister stressed the need for calm during talks in Muscat."
    (talks,) = of_type(explainer, text, "CONSULT")
    assert sorted(countries(talks.actors)) == ["IRN", "OMN"]


def test_a_warning_to_confront_is_a_threat(explainer: Explainer) -> None:
    text = "Naim Qassem warned on Wednesday that Hezbollah would confront any Israeli attempt to seize land."
    (threat,) = of_type(explainer, text, "THREATEN")
    assert countries(threat.actors) == ["LBN"]


def test_a_speakers_own_people_killed_in_a_passive_are_the_recipients(explainer: Explainer) -> None:
    text = "The Peshmerga ministry said on Monday that two of its fighters were killed in an attack by ISIS."
    (attack,) = of_type(explainer, text, "ASSAULT")
    assert [a.actor_id for a in attack.actors] == ["isis"]
    assert countries(attack.recipients) == ["IRQ"]


def test_a_ship_named_right_after_its_flag(explainer: Explainer) -> None:
    (attack,) = of_type(explainer, "The Malta-flagged Sea Heron was struck by a drone boat on Sunday.", "ASSAULT")
    assert [(r.actor_id, r.country) for r in attack.recipients] == [("prov:vessel_sea_heron", None)]


def test_meetings_held_protests_and_hunting_threats(explainer: Explainer) -> None:
    text = "Jordan's foreign minister raised the issue in Damascus on Monday in meetings with the Syrian president."
    (talks,) = of_type(explainer, text, "CONSULT")
    assert sorted(countries(talks.actors)) == ["JOR", "SYR"]
    (protest,) = of_type(explainer, "Residents of Sabha held a protest on Sunday over fuel shortages.", "PROTEST")
    assert [a.text for a in protest.actors] == ["Residents"]
    text = "Israel will hunt down the leader of the Houthis if the attacks continue, Israel Katz said on Tuesday."
    (threat,) = of_type(explainer, text, "THREATEN")
    assert countries(threat.actors) == ["ISR"]
