"""Structure of news sentences: a participle after the
object names no party acted on, "and a" joins parties, owner phrases, "as" qualifiers and "by"
agents of dated participles, the main clause after a described noun, and vows whose content
only names hostile words in a description. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, known_countries, of_type

DAY = "2019-03-12"


def test_a_foreign_closure_still_targets_the_place(explainer: Explainer) -> None:
    text = "Russian forces shut down a radio station in Kherson on Monday."
    (closure,) = of_type(explainer, text, "COERCE", DAY)
    assert known_countries(closure.recipients) == ["UKR"]


def test_the_country_a_caught_man_was_entering_is_not_caught(explainer: Explainer) -> None:
    text = "Border guards caught a smuggler entering Oman from Yemen with 300 rifles on Monday."
    assert not any("OMN" in known_countries(e.recipients) for e in code(explainer, text, DAY))


def test_and_a_joins_two_signing_parties(explainer: Explainer) -> None:
    text = "The Jordanian water ministry and a Japanese company signed a deal on Monday."
    (deal,) = of_type(explainer, text, "SUPPORT", DAY)
    assert known_countries(deal.actors) == ["JOR", "JPN"]


def test_an_owner_phrase_counts_as_one_word_of_a_passive_subject(explainer: Explainer) -> None:
    text = "Bank accounts of 4 Dubai-based money exchange firms were frozen today by the Emirati central bank."
    (freeze,) = of_type(explainer, text, "SANCTION", DAY)
    assert known_countries(freeze.actors) == ["ARE"]


def test_a_designation_as_terror_financiers_far_after_the_noun(explainer: Explainer) -> None:
    text = ("Washington's designation on Monday of 4 Syrian traders and 2 shipping firms as sponsors of "
            "terrorism angered Damascus.")
    (listing,) = of_type(explainer, text, "SANCTION", DAY)
    assert known_countries(listing.actors) == ["USA"]


def test_a_designation_as_a_heritage_site_is_no_sanction(explainer: Explainer) -> None:
    text = "The designation of the old city of Salt as a heritage site pleased Jordan."
    assert not of_type(explainer, text, "SANCTION", DAY)


def test_an_accord_sealed_on_a_day_by_two_parties(explainer: Explainer) -> None:
    text = "A rail freight accord sealed this morning by Oman and Jordan opens a direct line."
    (accord,) = of_type(explainer, text, "SUPPORT", DAY)
    assert known_countries(accord.actors) == ["JOR", "OMN"]


def test_the_main_passive_after_an_accused_noun_is_the_news(explainer: Explainer) -> None:
    text = ("Seven students accused of belonging to the outlawed Gulen movement were taken into custody "
            "before dawn today in Konya, security sources said.")
    assert of_type(explainer, text, "COERCE", DAY)


def test_a_charge_with_its_own_relative_passive_stays_one(explainer: Explainer) -> None:
    text = "Turkey accused Greece of harbouring plotters who were taken to Athens."
    (charge,) = of_type(explainer, text, "ACCUSE", DAY)
    assert known_countries(charge.recipients) == ["GRC"]


def test_an_attack_that_describes_wanted_suspects_is_no_threat(explainer: Explainer) -> None:
    text = ("Laos said on Monday it was willing to hand over to Vietnam any suspects wanted for the attack "
            "on the Lao consulate in Hanoi.")
    assert not of_type(explainer, text, "THREATEN", DAY)


def test_troops_for_a_multinational_force_are_no_threat(explainer: Explainer) -> None:
    text = "Spain is ready to contribute 800 soldiers to a multinational force to protect aid convoys in Haiti."
    assert not of_type(explainer, text, "THREATEN", DAY)


def test_joint_drills_vowed_are_no_threat(explainer: Explainer) -> None:
    text = "Uzbekistan vowed on Friday to stage joint air defence drills with Russia next year."
    assert not of_type(explainer, text, "THREATEN", DAY)


def test_drills_near_a_rival_vowed_stay_a_threat(explainer: Explainer) -> None:
    text = "Russia vowed to stage military drills near Ukraine's border."
    assert of_type(explainer, text, "THREATEN", DAY)


def test_a_vow_of_force_stays_a_threat(explainer: Explainer) -> None:
    text = "Iran vowed to respond to any attack by Israel with force."
    assert of_type(explainer, text, "THREATEN", DAY)


def test_fighters_a_vehicle_carries_stay_whom_a_bomb_hits(explainer: Explainer) -> None:
    text = "A roadside bomb ripped through a pickup carrying Hashd fighters near Baiji this morning."
    (blast,) = of_type(explainer, text, "ASSAULT", DAY)
    assert known_countries(blast.recipients) == ["IRQ"]
