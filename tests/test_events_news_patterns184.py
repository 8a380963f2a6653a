"""CAMEO acts in wire phrasings the lexicon lacked: a loan "extended" with its sum and terms
between, jets "delivered" under an arms deal, negotiators who "bargained", inspectors "let back
into" a site and prisons "opened to" monitors, operations "scaled down", a strike "called off" by
its organisers, a ban "ended", a right "granted", contacts "scaled back", aid with "the plug pulled",
"emergency rule" declared and villagers "driven from their homes". Sentences written for these
tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, known_countries, of_type

DAY = "1999-03-16"


def test_a_loan_extended_with_its_sum_and_terms_is_aid(explainer: Explainer) -> None:
    text = ("South Korea extended a $200 million soft loan to Vietnam on Tuesday to help build power plants, "
            "the finance ministry in Seoul said.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert known_countries(aid.recipients) == ["VNM"]


@pytest.mark.parametrize("goods", ["four Mi-24 helicopters", "twelve fighter jets", "30 tanks"])
def test_aircraft_and_armour_delivered_are_military_aid(explainer: Explainer, goods: str) -> None:
    text = f"Ukraine delivered {goods} to Ethiopia on Friday under a contract signed last year, officials said."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert "ETH" in known_countries(aid.recipients)


def test_a_bargaining_chip_is_no_talks(explainer: Explainer) -> None:
    text = "The rebels hold the foreign engineers as a bargaining chip, police in the province said on Monday."
    assert "CONSULT" not in coded_types(explainer, text, DAY)


def test_a_strike_called_off_by_its_organisers_is_a_concession(explainer: Explainer) -> None:
    text = ("Nepal's main opposition party called off its three-day general strike on Friday after the "
            "king agreed to meet its leaders, party officials said in Kathmandu.")
    (concede,) = of_type(explainer, text, "CONCEDE", DAY)
    assert "NPL" in known_countries(concede.actors)


def test_contacts_scaled_back_reduce_relations(explainer: Explainer) -> None:
    text = ("Denmark scaled back its contacts with Malaysia's government on Thursday in protest at the "
            "jailing of the former deputy prime minister, officials in Copenhagen said.")
    (sanction,) = of_type(explainer, text, "SANCTION", DAY)
    assert "DNK" in known_countries(sanction.actors)


@pytest.mark.parametrize("type_, text", [
    pytest.param("CONSULT",
        "Envoys of Greece and Turkey bargained late into Thursday night over a list of confidence-building "
        "steps, diplomats in Athens said.",
        id="negotiators_who_bargained_consult"),
    pytest.param("RETREAT",
        "Iraq let United Nations Special Commission arms monitors back into a missile plant near Baghdad "
        "on Sunday, a U.N. spokesman said.",
        id="monitors_let_back_into_a_site_is_access"),
    pytest.param("RETREAT",
        "Turkey opened its prisons to European torture inspectors on Wednesday for an unannounced tour, "
        "the Council of Europe said in Strasbourg.",
        id="prisons_opened_to_monitors_is_access"),
    pytest.param("RETREAT",
        "Russia scaled down its operations in the Chechen mountains on Monday as winter set in, "
        "military officials in Moscow said.",
        id="operations_scaled_down_are_de_escalation"),
    pytest.param("CONCEDE",
        "Kenya's government on Monday ended the ban on opposition meetings in the Rift Valley province, "
        "the interior ministry said in Nairobi.",
        id="a_ban_ended_is_a_concession"),
    pytest.param("CONCEDE",
        "Kuwait's emir on Sunday granted women the right to run in parliamentary elections, the official "
        "KUNA news agency said.",
        id="a_right_granted_is_a_concession"),
    pytest.param("SANCTION",
        "The European Union pulled the plug on fuel deliveries to Serbia's power stations on Tuesday, "
        "EU diplomats said in Brussels.",
        id="the_plug_pulled_on_deliveries_stops_aid"),
    pytest.param("COERCE",
        "Ecuador's president declared emergency rule in three Andean provinces on Saturday after a week "
        "of Indian roadblocks, the government said in Quito.",
        id="emergency_rule_declared_is_martial_law"),
    pytest.param("ASSAULT",
        "Indonesian-backed militias drove thousands of villagers from their homes near Suai on Saturday, "
        "aid workers in Dili said.",
        id="villagers_driven_from_their_homes_is_a_mass_expulsion"),
])
def test_a_wire_phrasing_is_coded_with_its_type(explainer: Explainer, type_: str, text: str) -> None:
    assert type_ in coded_types(explainer, text, DAY)
