"""Actors of world wire copy, seventh round (sentences written here): a creed adjective
between "the" and a party's name is no part of it, and an unknown party is of the one state
its sentence names; a community of a people ("population", "minority", "immigrants") lives
in the state the text places it in; hostage-takers are an unknown armed actor; Kefaya."""

from __future__ import annotations

from functools import partial

from actor_helpers import hit

from lapwing.knowledge import KnowledgeBase

_DATE = "2005-05-01"


_hit = partial(hit, date=_DATE)


def test_a_creed_adjective_before_a_party_name_is_skipped(kb: KnowledgeBase) -> None:
    actor = _hit(kb, "The leftist Justice (Adl) party said it would boycott Tunisia's vote.",
                 "leftist Justice (Adl) party")
    assert (actor.country, actor.sector) == ("TUN", "PTY")
    between_two = _hit(kb, "The Islamist Renewal party in Jordan urged Syria to free its members.",
                       "Islamist Renewal party")
    assert between_two.country is None


def test_a_community_of_the_province_lives_where_the_sentence_places_events(kb: KnowledgeBase) -> None:
    text = "Croat troops shelled villages in Bosnia held by the Serb population of the region, a UN envoy said."
    assert _hit(kb, text, "Serb population").country == "BIH"


def test_a_minority_lives_in_the_state_its_sentence_names(kb: KnowledgeBase) -> None:
    assert _hit(kb, "Romania's Hungarian minority held a rally.", "Hungarian minority").country == "ROU"


def test_a_community_with_no_other_state_keeps_its_namesake(kb: KnowledgeBase) -> None:
    assert _hit(kb, "The Greek community held a vigil.", "Greek community").country == "GRC"


def test_hostage_takers_are_an_unknown_armed_actor(kb: KnowledgeBase) -> None:
    actor = _hit(kb, "Hostage-takers freed two Italian aid workers on Sunday.", "Hostage-takers")
    assert (actor.sector, actor.country) == ("UAF", None)


def test_kefaya_is_an_egyptian_movement(kb: KnowledgeBase) -> None:
    assert _hit(kb, "Police broke up a Kifaya rally on Sunday.", "Kifaya").country == "EGY"
