"""Triggers of news English, round 49 (issue #4): wordings of the Cold War and 1990s wire the
lexicon lacked, found by a probe in the PLOVER gold's own world. Approval "given" to a
programme, sympathy "voiced with" a party's cause; refuge "offered", a state that "came to
the aid of" another, money "pumped into" an economy, a loan "tranche" disbursed; divisions
"concentrated" near a frontier, forces "built up" along it, warships that "took up station",
a "state of readiness"; relations or ties "ended", a member "shut out of" an organisation,
loans "put on hold", privileges "withdrawn", an embargo "ordered"; the press "gagged", a ban
"slapped" or "imposed" on rallies, borders closed, people "hauled away", a dissident
"exiled to" a city; objections "dropped"; a party "held to blame"; a pylon "dynamited",
throats slit, force "used against" a state; workers who "stayed off" their jobs, a square
"thronged"; parties that "came face to face"; police who "collaborated in" an arrest, a
"joint sweep" mounted; soldiers "removed from" a valley; a "bloodbath" vowed. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "1989-06-12"  # a Monday


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hungary gave its full approval on Monday to the Polish round-table accords.", "SUPPORT"),
        ("Pakistan offered refuge on Monday to 5,000 Afghans fleeing the fighting in Jalalabad.", "AID"),
        ("Kuwait came to the aid of Jordan on Monday with a $300 million grant.", "AID"),
        ("The IMF disbursed a $700 million tranche to Argentina on Monday.", "AID"),
        ("Vietnam concentrated three infantry divisions near the Chinese frontier on Monday.", "MOBILIZE"),
        ("Iraq has been building up its forces along the Iranian border, diplomats said on Monday.", "MOBILIZE"),
        ("Two Soviet destroyers took up station off the Libyan coast on Monday.", "MOBILIZE"),
        ("Somalia ended diplomatic relations with Kenya on Monday.", "SANCTION"),
        ("The Arab states shut Libya out of the Arab League on Monday.", "SANCTION"),
        ("Bonn put its development loans to Ethiopia on hold on Monday.", "SANCTION"),
        ("The European Community withdrew trade privileges from Romania on Monday.", "SANCTION"),
        ("President Reagan ordered a total embargo against Panama on Monday.", "SANCTION"),
        ("South Africa's government gagged the press on Monday.", "COERCE"),
        ("Chile's military government slapped a ban on opposition meetings on Monday.", "COERCE"),
        ("Polish riot police hauled away dozens of Solidarity activists on Monday.", "COERCE"),
        ("Iraq closed its borders with Syria on Monday.", "COERCE"),
        ("Moscow dropped its objections on Monday to a U.N. force in Namibia.", "CONCEDE"),
        ("Salvadoran guerrillas dynamited a bridge near San Miguel on Monday.", "ASSAULT"),
        ("Khmer Rouge guerrillas slit the throats of six villagers near Battambang on Monday.", "ASSAULT"),
        ("Nigerian dockers stayed off their jobs on Monday over unpaid wages.", "PROTEST"),
        ("Thousands of students thronged Tiananmen Square on Monday demanding dialogue with the government.",
         "PROTEST"),
        ("Angolan and UNITA delegates came face to face in Gbadolite on Monday.", "CONSULT"),
        ("Turkish and Iraqi police collaborated in the arrest of a PKK commander on Monday.", "COOPERATE"),
        ("Thai and Malaysian troops mounted a joint sweep against communist guerrillas on Monday.", "COOPERATE"),
        ("Vietnam removed its soldiers from western Cambodia on Monday.", "RETREAT"),
        ("Sikh militants vowed on Monday to unleash a bloodbath in Punjab.", "THREATEN"),
    ],
)
def test_news_wordings_code_their_plover_type(explainer: Explainer, text: str, kind: str) -> None:
    assert of_type(explainer, text, kind, DAY)


def test_an_embargo_ordered_is_imposed_not_requested(explainer: Explainer) -> None:
    text = "President Reagan ordered a total embargo against Panama on Monday."
    (sanction,) = of_type(explainer, text, "SANCTION", DAY)
    assert countries(sanction.actors) == ["USA"]
    assert countries(sanction.recipients) == ["PAN"]
    assert not of_type(explainer, text, "REQUEST", DAY)


def test_a_ban_on_trade_is_a_sanction_and_a_ban_on_rallies_is_not_a_rally(explainer: Explainer) -> None:
    assert of_type(explainer, "Washington imposed a ban on imports from Iran on Monday.", "SANCTION", DAY)
    rallies = "Chile's military government slapped a ban on opposition rallies on Monday."
    assert of_type(explainer, rallies, "COERCE", DAY)
    assert not of_type(explainer, rallies, "PROTEST", DAY)


def test_force_used_against_a_state_in_future_is_a_threat(explainer: Explainer) -> None:
    text = "Iraq said on Monday it would use force against Kuwait unless it cut its oil output."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert countries(threat.actors) == ["IRQ"]
    assert countries(threat.recipients) == ["KWT"]


def test_a_party_held_to_blame_is_accused_by_the_holder(explainer: Explainer) -> None:
    text = "Angola's president held South Africa to blame on Monday for the bombing of a bridge."
    (charge,) = of_type(explainer, text, "ACCUSE", DAY)
    assert countries(charge.actors) == ["AGO"]
    assert countries(charge.recipients) == ["ZAF"]


def test_sympathy_with_a_cause_supports_it_and_sympathy_for_victims_does_not(explainer: Explainer) -> None:
    assert of_type(explainer, "Syria's president voiced sympathy on Monday with the Palestinian uprising.",
                   "SUPPORT", DAY)
    assert not of_type(explainer, "The Pope voiced sympathy on Monday for the victims of the Armenian earthquake.",
                       "SUPPORT", DAY)


def test_money_pumped_into_an_economy_is_aid_and_oil_pumped_is_not(explainer: Explainer) -> None:
    (aid,) = of_type(explainer, "Libya pumped $500 million into Uganda's ailing economy on Monday.", "AID", DAY)
    assert countries(aid.actors) == ["LBY"]
    assert not of_type(explainer, "Iraq pumped more oil into the Turkish pipeline on Monday.", "AID", DAY)


def test_a_dissident_exiled_to_a_city_is_coerced_and_an_exiled_leader_is_not(explainer: Explainer) -> None:
    assert of_type(explainer, "Czechoslovakia's government exiled the playwright to a village near the border "
                   "on Monday.", "COERCE", DAY)
    assert not of_type(explainer, "The exiled Polish leader said on Monday that he would return to Warsaw.",
                       "COERCE", DAY)
