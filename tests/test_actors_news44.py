"""Roles and actors: a person owning a noun of an act done to people suffers it ("X's
assassination"); a police compound of a participant noun ("anti-narcotics agents") is police,
placed by where it acts; a state's drug police named as an organisation is COP; a bare title
takes a state named past its own clause; the "by" agent of a passive whose subject an event
noun heads did the act. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2025-03-13"  # a Thursday


@pytest.mark.parametrize("text", [
    "Mourners in Beirut marked a year since Nasrallah's assassination on Friday.",
    "Nasrallah's killing by Israeli jets last week shocked the region.",
])
def test_a_person_owning_a_killing_suffers_it(explainer: Explainer, text: str) -> None:
    (strike,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [r.actor_id for r in strike.recipients] == ["hassan_nasrallah"]
    assert "hassan_nasrallah" not in {a.actor_id for a in strike.actors}


def test_the_by_agent_of_an_owned_killing_did_it(explainer: Explainer) -> None:
    text = "Nasrallah's killing by Israeli jets last week shocked the region."
    (strike,) = of_type(explainer, text, "ASSAULT", DAY)
    assert countries(strike.actors) == ["ISR"]


@pytest.mark.parametrize("text, actor", [
    ("Putin's invasion of Ukraine entered its third year on Monday.", "RUS"),
    ("Israel's killing of Nasrallah drew crowds into the streets of Beirut.", "ISR"),
])
def test_an_owner_with_an_of_object_still_acts(explainer: Explainer, text: str, actor: str) -> None:
    (strike,) = of_type(explainer, text, "ASSAULT", DAY)
    assert countries(strike.actors) == [actor]


@pytest.mark.parametrize("text, country", [
    ("Anti-narcotics agents raided a farm near Irbid on Tuesday and detained six suspects.", "JOR"),
    ("Narcotics agents arrested six men in Tripoli on Monday.", "LBY"),
])
def test_drug_squad_agents_are_the_police_of_where_they_act(explainer: Explainer, text: str,
                                                            country: str) -> None:
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert [(a.country, a.sector) for a in arrest.actors] == [(country, "COP")]


def test_bare_agents_are_no_police(explainer: Explainer) -> None:
    text = "Agents raided a farm near Irbid on Tuesday and detained six suspects."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert all(a.sector != "COP" for a in arrest.actors)


@pytest.mark.parametrize("text, country", [
    ("Egypt's Anti-Narcotics Directorate seized two tonnes of hashish in Alexandria on Monday.", "EGY"),
    ("Morocco's Anti-Drug Department seized two tonnes of hashish in Tangier on Monday.", "MAR"),
])
def test_a_states_drug_police_is_police(explainer: Explainer, text: str, country: str) -> None:
    (seizure,) = of_type(explainer, text, "COERCE", DAY)
    assert [(a.country, a.sector) for a in seizure.actors] == [(country, "COP")]


def test_a_title_takes_the_state_named_past_its_clause(explainer: Explainer) -> None:
    text = "A pardon covering 250 prisoners was issued by the Emir yesterday, Kuwait's interior ministry said."
    (pardon,) = of_type(explainer, text, "CONCEDE", DAY)
    assert [(a.actor_id, a.country) for a in pardon.actors] == [("mishal_al_ahmad", "KWT")]


def test_a_state_in_the_titles_own_clause_may_be_its_object(explainer: Explainer) -> None:
    text = "The King received the Moroccan envoy on Monday, and talks focused on trade, Jordan's royal court said."
    (visit,) = of_type(explainer, text, "CONSULT", DAY)
    assert "mohammed_vi" not in {r.actor_id for r in visit.actors + visit.recipients}


@pytest.mark.parametrize("text, actor", [
    ("A royal pardon covering 300 inmates, 40 foreigners among them, was granted by King Mohammed VI on "
     "Saturday, the justice ministry said.", "mohammed_vi"),
    ("An amnesty for 120 prisoners was issued by Emir Tamim on Monday, the Amiri Diwan said.", "tamim_bin_hamad"),
])
def test_the_by_agent_of_a_passive_an_event_noun_heads_acts(explainer: Explainer, text: str, actor: str) -> None:
    (pardon,) = of_type(explainer, text, "CONCEDE", DAY)
    assert [a.actor_id for a in pardon.actors] == [actor]


def test_who_condemns_an_attack_is_no_attacker(explainer: Explainer) -> None:
    text = "The bombing of the convoy near Idlib was condemned by the United Nations on Monday."
    (strike,) = of_type(explainer, text, "ASSAULT", DAY)
    assert all(a.country != "UNO" for a in strike.actors)
