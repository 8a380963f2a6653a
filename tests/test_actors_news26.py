"""Actors of world wire copy, sixth round (sentences written here): an unknown holder of an
office held at home takes the one state the sentence names; fighters named by a people the
KB gives no state take the one state in context; a bracketed gloss inside a name does not
end it."""

from __future__ import annotations

from functools import partial

import pytest

from actor_helpers import hit

from lapwing.actors import scan
from lapwing.knowledge import KnowledgeBase

_DATE = "1999-05-01"


_hit = partial(hit, date=_DATE)


@pytest.mark.parametrize("text, span, country", [
    ("Judge Maria Gonzalez opened an inquiry against 12 Peruvian officials on Friday.",
     "Judge Maria Gonzalez", "PER"),
    ("Prosecutor Ana Ruiz charged three bankers in Lima on Monday.", "Prosecutor Ana Ruiz", "PER"),
    ("Governor Tom Ode toured flooded towns in Kenya.", "Governor Tom Ode", "KEN"),
])
def test_a_home_office_holder_takes_the_one_state_named(kb: KnowledgeBase, text: str, span: str,
                                                        country: str) -> None:
    assert _hit(kb, text, span).country == country


def test_a_home_office_holder_stays_unknown_between_two_states(kb: KnowledgeBase) -> None:
    text = "Judge Ana Ruiz asked Chile to extradite a Peruvian banker."
    assert _hit(kb, text, "Judge Ana Ruiz").country is None


def test_a_central_bank_governor_is_no_home_office(kb: KnowledgeBase) -> None:
    text = "Central bank governor Tom Ode met Chilean officials."
    assert _hit(kb, text, "Central bank governor Tom Ode").country is None


@pytest.mark.parametrize("text, country", [
    ("The Zambian government on Thursday accepted demands from Lozi rebels that it hold talks.", "ZMB"),
    ("On Monday, Zande rebels attacked an army post in Sudan, officials said.", "SDN"),
])
def test_rebels_of_a_stateless_people_take_the_state_in_context(kb: KnowledgeBase, text: str,
                                                                country: str) -> None:
    actor = _hit(kb, text, "rebels")
    assert (actor.country, actor.sector) == (country, "REB")


def test_rebels_after_a_sentence_opening_word_are_no_people(kb: KnowledgeBase) -> None:
    # "Armed" opening the sentence is no people's name: the rebels are bare, of the scene
    # their sentence places them in as "Rebels attacked a village in Zambia" (session 38)
    hit = next(h for h in scan("Armed rebels attacked a village in Zambia.", _DATE, kb=kb) if h.text == "rebels")
    assert hit.resolution.actor is not None and hit.resolution.actor.country == "ZMB"
    assert "people" not in hit.resolution.reason and "acting where" in hit.resolution.reason


def test_a_bracketed_gloss_does_not_break_a_name(kb: KnowledgeBase) -> None:
    actor = _hit(kb, "The Wafd (Delegation) Party said it will boycott the elections.",
                 "Wafd (Delegation) Party")
    assert (actor.actor_id, actor.sector) == ("prov:wafd_party", "PTY")
