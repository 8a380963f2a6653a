"""An attack word that only sets the scene of another act (sentences written for these tests):
a hazard guarded against ("massed troops on the frontier as a safeguard against rocket fire"),
what people fled ("villagers who fled the rebel offensive"), the subject of a background "as"
clause ("reinforced the border as fighting raged beyond it"), or a place taken up for the act
("took up firing positions") is no attack by the sentence's parties. An act foreseen ("air
strikes were imminent", "an assault on the city is likely") is possible, not done."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import of_type


def test_a_hazard_guarded_against_is_no_attack(explainer: Explainer) -> None:
    assert not of_type(explainer, "Jordan reinforced its northern frontier on Sunday as a precaution against stray "
                                  "fire from Deraa, army sources said.", "ASSAULT")


def test_protection_against_rocket_attacks_is_no_attack(explainer: Explainer) -> None:
    assert not of_type(explainer, "Israel stationed an Iron Dome battery near Eilat as protection against "
                                  "Hamas rocket attacks.", "ASSAULT")


def test_an_attack_people_fled_is_background(explainer: Explainer) -> None:
    assert not of_type(explainer, "The Kenyan Red Cross appealed to donors for blankets for 8,000 families who fled "
                                  "the al Shabaab offensive in Lamu county.", "ASSAULT")


def test_an_attack_people_are_fleeing_is_background(explainer: Explainer) -> None:
    assert not of_type(explainer, "Chad opened two camps for Sudanese villagers fleeing the Janjaweed raids.",
                       "ASSAULT")


def test_fighting_in_a_background_as_clause_is_not_the_main_subjects(explainer: Explainer) -> None:
    attacks = of_type(explainer, "The Lebanese army deployed armoured vehicles along the Bekaa border today as "
                                 "fighting raged around the Syrian town of Qusayr, security sources said.", "ASSAULT")
    assert not any(a.country == "LBN" for e in attacks for a in e.actors)


def test_firing_positions_taken_up_are_no_attack(explainer: Explainer) -> None:
    assert not of_type(explainer, "Armenian howitzers rolled into Tavush this morning, taking up firing positions "
                                  "on ridges overlooking Azerbaijan's Gazakh district.", "ASSAULT")


def test_an_attack_in_an_as_clause_with_its_own_subject_is_kept(explainer: Explainer) -> None:
    # near miss: the as-clause names who attacked; that act is news
    attacks = of_type(explainer, "Syrian jets bombed Idlib on Monday as rebels attacked an army post near Hama.",
                      "ASSAULT")
    assert len(attacks) == 2


def test_firing_at_positions_is_an_attack(explainer: Explainer) -> None:
    # near miss: the troops fire at the positions
    assert of_type(explainer, "Indian troops fired on Pakistani positions along the Line of Control on Tuesday.",
                   "ASSAULT")


def test_air_strikes_said_to_be_imminent_are_possible(explainer: Explainer) -> None:
    strikes = of_type(explainer, "Diplomats in Belgrade said the withdrawal of the monitors meant NATO air strikes "
                                 "on Serbia were imminent.", "ASSAULT")
    assert strikes and strikes[0].modality == "possible"


def test_an_assault_said_to_be_likely_is_possible(explainer: Explainer) -> None:
    assaults = of_type(explainer, "Kurdish commanders said an Islamic State assault on Kirkuk was likely.",
                       "ASSAULT")
    assert all(e.modality == "possible" for e in assaults)


def test_an_air_strike_that_killed_people_stays_asserted(explainer: Explainer) -> None:
    # near miss: the noun's predicate tells what it did
    strikes = of_type(explainer, "NATO air strikes on Serb positions killed 12 people on Sunday.", "ASSAULT")
    assert strikes and strikes[0].modality == "asserted"


def test_every_attack_of_the_guarded_phrase_is_no_attack(explainer: Explainer) -> None:
    assert not of_type(explainer, "Greece sent gunboats to Lesbos as a safeguard against raids and landings by "
                                  "smugglers operating from Ayvalik, coastguard sources said.", "ASSAULT")


def test_an_attack_after_an_event_noun_and_against_is_kept(explainer: Explainer) -> None:
    # near miss: an offensive against a party is an act, no precaution; the rocket fire after it
    # in its phrase is news
    attacks = of_type(explainer, "The Afghan army mounted an offensive against Taliban fighters firing rockets "
                                 "at Kunduz airport.", "ASSAULT")
    assert any(e.trigger.text.startswith("firing") or e.trigger.text == "offensive" for e in attacks)
