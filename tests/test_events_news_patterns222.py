"""Support, concessions, threats, truces, attacks and moves of force the lexicon missed: a
party "leapt" or "rushed" to another's defence, remorse voiced, an arrest warrant issued for
someone at large (THREATEN arrest, manual: an in-absentia arrest), guns kept silent or fire held
(a truce kept), a rocket salvo that "smashed" a market, missile launchers shifted to a coast,
loudspeakers on a front switched off, a checkpoint reopened, a veto or an imprisonment named by
its doer, people who "died at the hands of" a party, a torpedo launched, corvettes moved; and
the near misses (rioters smashing windows, a drug ring smashed, a "salvo" of criticism, an
arrest made, a "likely veto", a death in hospital), and "life imprisonment", which the PLOVER
manual later read as an arrest besides the sentence. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, known_countries, of_type

DAY = "2021-11-17"


@pytest.mark.parametrize("text", [
    "Tehran leapt to the defence of Caracas at the UN General Assembly on Tuesday.",
    "Minsk rushed to the defense of Moscow after the vote in Strasbourg.",
    "Belgrade sprang to the defence of Budapest over the new law.",
])
def test_a_quick_defence_of_a_party_is_support(explainer: Explainer, text: str) -> None:
    (support,) = of_type(explainer, text, "SUPPORT", DAY)
    assert len(known_countries(support.actors)) == 1 and len(known_countries(support.recipients)) == 1


def test_remorse_voiced_to_a_party_is_a_concession(explainer: Explainer) -> None:
    text = "Belgium's king voiced deep remorse to Kinshasa for the abuses of the colonial era."
    (regret,) = of_type(explainer, text, "CONCEDE", DAY)
    assert known_countries(regret.actors) == ["BEL"]
    assert known_countries(regret.recipients) == ["COD"]


@pytest.mark.parametrize("text", [
    "A Turkish court issued an arrest warrant in absentia for the Swedish journalist on Monday.",
    "The International Criminal Court issued an international arrest warrant for Libya's intelligence chief.",
])
def test_an_arrest_warrant_threatens_an_arrest(explainer: Explainer, text: str) -> None:
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert threat.mode == "arrest"
    assert len(known_countries(threat.recipients)) == 1
    assert "COERCE" not in coded_types(explainer, text, DAY)


def test_an_arrest_made_stays_an_arrest(explainer: Explainer) -> None:
    text = "Turkish police arrested the Swedish journalist at Istanbul airport on Monday."
    assert "THREATEN" not in coded_types(explainer, text, DAY)
    assert "COERCE" in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text", [
    "Azerbaijani troops kept their guns silent along the Armenian border on Sunday.",
    "Indian and Chinese troops held their fire in the Galwan valley for a second day.",
])
def test_guns_kept_silent_are_a_truce_kept(explainer: Explainer, text: str) -> None:
    (truce,) = of_type(explainer, text, "RETREAT", DAY)
    assert truce.mode == "ceasefire"


def test_a_rocket_salvo_that_smashed_a_market_is_an_attack(explainer: Explainer) -> None:
    text = "A Katyusha salvo fired from Gaza smashed shops in the centre of Sderot on Tuesday."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert attack.mode == "heavy-weapons"


@pytest.mark.parametrize("text", [
    "Rioters smashed shop windows in the centre of Lyon on Saturday.",
    "The opposition launched a fresh salvo of criticism at the cabinet.",
])
def test_smashing_or_a_salvo_alone_is_no_attack(explainer: Explainer, text: str) -> None:
    assert "ASSAULT" not in coded_types(explainer, text, DAY)


def test_a_drug_ring_smashed_is_still_an_arrest(explainer: Explainer) -> None:
    text = "Kenyan police smashed a heroin ring in Mombasa on Friday."
    assert "ASSAULT" not in coded_types(explainer, text, DAY)


def test_missile_launchers_shifted_are_a_move_of_force(explainer: Explainer) -> None:
    text = "Tehran shifted mobile missile launchers toward its Gulf coast on Monday, state media said."
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert known_countries(move.actors) == ["IRN"]


def test_loudspeakers_switched_off_are_a_de_escalation(explainer: Explainer) -> None:
    text = "Seoul switched off its propaganda loudspeakers along the border on Friday."
    (calm,) = of_type(explainer, text, "RETREAT", DAY)
    assert known_countries(calm.actors) == ["KOR"]


def test_a_checkpoint_reopened_to_a_neighbour_eases_passage(explainer: Explainer) -> None:
    text = "Uzbekistan reopened the Dustlik checkpoint to Tajik lorries on Monday."
    (opening,) = of_type(explainer, text, "RETREAT", DAY)
    assert known_countries(opening.actors) == ["UZB"]


def test_a_veto_named_by_its_doer_is_a_rejection(explainer: Explainer) -> None:
    text = "China's veto of a French-drafted resolution on Myanmar angered diplomats in New York."
    (veto,) = of_type(explainer, text, "REJECT", DAY)
    assert known_countries(veto.actors) == ["CHN"]


def test_a_veto_no_one_has_cast_is_no_rejection(explainer: Explainer) -> None:
    text = "The draft faces a likely veto in the Security Council."
    assert "REJECT" not in coded_types(explainer, text, DAY)


def test_an_imprisonment_named_by_its_doer_is_an_arrest(explainer: Explainer) -> None:
    text = "Tehran's imprisonment of a French academic was condemned by Paris on Friday."
    (held,) = of_type(explainer, text, "COERCE", DAY)
    assert held.mode == "arrest"
    assert known_countries(held.actors) == ["IRN"]
    assert known_countries(held.recipients) == ["FRA"]


def test_a_term_of_life_imprisonment_is_the_sentences_arrest(explainer: Explainer) -> None:
    # the PLOVER manual codes a prison sentence COERCE arrest besides the conviction: one arrest,
    # by the court, of the one sentenced, and no other act read from the noun "imprisonment"
    text = "A court in Minsk sentenced the blogger to life imprisonment on Monday."
    assert sorted(coded_types(explainer, text, DAY)) == ["COERCE", "SANCTION"]
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert (known_countries(arrest.actors), [r.text for r in arrest.recipients]) == (["BLR"], ["blogger"])


def test_people_who_died_at_the_hands_of_a_party_were_attacked_by_it(explainer: Explainer) -> None:
    text = "Dozens of Afghan refugees died at the hands of Iranian border police last year, a rights group said."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert known_countries(attack.actors) == ["IRN"]
    assert known_countries(attack.recipients) == ["AFG"]


def test_a_death_in_hospital_is_no_attack(explainer: Explainer) -> None:
    text = "The former minister died in hospital in Lagos on Monday."
    assert "ASSAULT" not in coded_types(explainer, text, DAY)


def test_a_torpedo_launched_at_a_ship_is_an_attack(explainer: Explainer) -> None:
    text = "An Iranian submarine launched a torpedo at the Saudi tanker on Monday."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert known_countries(attack.actors) == ["IRN"]


def test_corvettes_moved_to_a_strait_are_a_move_of_force(explainer: Explainer) -> None:
    text = "The Chilean navy moved two corvettes to the Strait of Magellan on Sunday."
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert known_countries(move.actors) == ["CHL"]
