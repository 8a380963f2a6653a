"""Clemency in other words (convicts "forgiven", prisoners "amnestied", a "pardon order" or a
"clemency decree"), forces testing their interoperability, suspects "brought in", the press
silenced or its publication banned, a media outlet's licence taken back (censorship), and the
registration or licences of aid groups cancelled (a sanction, as a firm's are). Near misses keep
their other senses: rebels forgiven, an arrest order, experts or laws brought in, guns silenced,
a weapons test. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, known_countries, of_type

DAY = "2013-10-09"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Ugandan president forgave 40 inmates of Luzira prison on Monday.", "forgave"),
    ("President Ismail Omar Guelleh amnestied 300 prisoners on Monday.", "amnestied"),
    ("King Mohammed VI reprieved 12 death-row inmates on Friday.", "reprieved"),
])
def test_prisoners_forgiven_or_amnestied_are_pardoned(explainer: Explainer, text: str, trigger: str) -> None:
    (pardon,) = of_type(explainer, text, "CONCEDE", DAY)
    assert pardon.trigger.text == trigger
    assert not of_type(explainer, text, "SUPPORT", DAY)


def test_rebels_forgiven_are_still_backed_not_pardoned(explainer: Explainer) -> None:
    text = "The Sudanese president forgave the rebels on Monday."
    assert not of_type(explainer, text, "CONCEDE", DAY)


@pytest.mark.parametrize("noun", ["pardon order", "clemency decree", "amnesty order"])
def test_a_pardon_order_endorsed_by_a_ruler_is_his_clemency(explainer: Explainer, noun: str) -> None:
    text = f"Under a {noun} endorsed by President Paul Biya on Monday, 200 prisoners walk free."
    events = code(explainer, text, DAY)
    assert "REQUEST" not in [e.type for e in events]
    (pardon,) = [e for e in events if e.type == "CONCEDE"]
    assert pardon.trigger.text == noun
    assert known_countries(pardon.actors) == ["CMR"]


def test_an_arrest_order_stays_no_pardon(explainer: Explainer) -> None:
    assert not of_type(explainer, "A Kenyan court issued an arrest order for the opposition leader on Monday.",
                       "CONCEDE", DAY)


@pytest.mark.parametrize("text", [
    "Omani and Indian sailors honed their interoperability off Duqm on Tuesday.",
    "The Kenyan navy tested its interoperability with the French navy off Mombasa on Monday.",
    "Jordanian and Saudi special forces tested their ability to operate together near Aqaba on Monday.",
])
def test_forces_testing_their_interoperability_cooperate(explainer: Explainer, text: str) -> None:
    (joint,) = of_type(explainer, text, "COOPERATE", DAY)
    assert len(known_countries([*joint.actors, *joint.recipients])) == 2


def test_a_weapons_test_is_no_cooperation(explainer: Explainer) -> None:
    assert not of_type(explainer, "The Kenyan army tested its new rifles near Isiolo on Monday.", "COOPERATE", DAY)


@pytest.mark.parametrize("text", [
    "Algerian police brought in two suspects over the bombing on Monday.",
    "Moroccan security services brought in 5 suspected recruiters of a jihadist network in Fez on Monday.",
])
def test_suspects_brought_in_are_arrested(explainer: Explainer, text: str) -> None:
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert arrest.mode == "arrest"
    assert arrest.trigger.text == "brought in"
    assert known_countries(arrest.actors) in (["DZA"], ["MAR"])


@pytest.mark.parametrize("text", [
    "Qatar brought in foreign experts to run the port on Monday.",
    "The Kenyan government brought in a new traffic law on Monday.",
])
def test_experts_or_laws_brought_in_hold_no_one(explainer: Explainer, text: str) -> None:
    assert not of_type(explainer, text, "COERCE", DAY)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Egypt's media regulator banned publication of the opposition weekly Al-Dostour on Monday.",
     "banned publication of"),
    ("Egypt's press regulator silenced the daily Al-Masry on Monday.", "silenced"),
])
def test_the_press_silenced_is_censored(explainer: Explainer, text: str, trigger: str) -> None:
    (censor,) = of_type(explainer, text, "COERCE", DAY)
    assert (censor.trigger.text, censor.mode) == (trigger, "censor")


def test_guns_silenced_censor_no_one(explainer: Explainer) -> None:
    assert not of_type(explainer, "The Syrian army silenced the rebel guns near Aleppo on Monday.", "COERCE", DAY)


def test_a_newspapers_licence_taken_back_is_censorship(explainer: Explainer) -> None:
    text = "Bahrain revoked the licence of the opposition newspaper Al-Wasat on Monday."
    (censor,) = of_type(explainer, text, "COERCE", DAY)
    assert censor.mode == "censor"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Ethiopia's charities agency cancelled the registration of 12 foreign aid organisations on Monday.",
     "cancelled"),
    ("Ethiopia's charities agency revoked the licences of 12 foreign NGOs on Monday.", "revoked"),
    ("Ethiopia deregistered 3 foreign NGOs on Monday.", "deregistered"),
])
def test_aid_groups_struck_off_are_sanctioned(explainer: Explainer, text: str, trigger: str) -> None:
    (penalty,) = of_type(explainer, text, "SANCTION", DAY)
    assert penalty.trigger.text == trigger
    assert not of_type(explainer, text, "COERCE", DAY)


def test_a_party_deregistered_is_restricted_not_sanctioned(explainer: Explainer) -> None:
    text = "Cambodia's interior ministry deregistered the opposition party on Monday."
    assert not of_type(explainer, text, "SANCTION", DAY)
    (ban,) = of_type(explainer, text, "COERCE", DAY)
    assert ban.mode == "restrict"
