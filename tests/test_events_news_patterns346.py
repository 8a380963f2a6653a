"""Session 62, third round (sentences written for these tests), from the opened cluster_test69:
a boat escorted into a named port is seized; a cabinet that drops a rise in fees yields; two
states that "settled terms" of a scheme agreed; prisoners whose "detention without trial" is
ended are released; an installation "blasted" is attacked; a partner joined by "and his ...
opposite number" acts beside the first party, a seat standing for its nation."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries

DAY = "1983-07-16"


def test_a_trawler_escorted_into_a_named_port_is_seized(explainer: Explainer) -> None:
    text = "An Irish Naval Service patrol vessel escorted a Vigo trawler and 13 deckhands into Castletownbere on Friday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.actors)) == ("COERCE", "seize", ["IRL"])


def test_a_cabinet_dropping_a_rise_in_fees_yields(explainer: Explainer) -> None:
    text = "Edward Seaga's cabinet dropped a 150 percent rise in minibus licence fees on Friday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("CONCEDE", ["JAM"])


def test_two_states_settling_terms_agree(explainer: Explainer) -> None:
    text = "Lisbon and Sao Tome on Thursday settled terms of a cooperation scheme posting 20 agronomists."
    events = [e for e in code(explainer, text, DAY) if e.type == "AGREE"]
    assert [sorted(countries(e.actors)) for e in events] == [["PRT", "STP"]]


def test_one_party_settling_terms_agrees_with_no_one(explainer: Explainer) -> None:
    assert [e.type for e in code(explainer, "Lisbon settled terms of a loan on Thursday.", DAY)] == []


def test_ending_a_detention_without_trial_releases_the_prisoners(explainer: Explainer) -> None:
    text = "Argentina's junta on Tuesday ended the detention without trial of 22 political prisoners."
    assert [(e.type, e.mode) for e in code(explainer, text, DAY)] == [("RETREAT", "release")]


def test_a_pumping_installation_blasted_is_attacked(explainer: Explainer) -> None:
    text = "UNITA guerrillas blasted the water pumping installation of Bailundo on Sunday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("ASSAULT", ["AGO"])


def test_a_partner_named_by_its_seat_acts_beside_the_first_party(explainer: Explainer) -> None:
    text = "Portugal's foreign minister and his Sao Tome counterpart reached an understanding in Lisbon."
    [event] = code(explainer, text, DAY)
    assert (event.type, sorted(countries(event.actors))) == ("AGREE", ["PRT", "STP"])
