"""Actors and roles (news 39): a state's own label for an armed group in its copy; what a
party says it was behind is its act; a security service by its abbreviation; the LNA as the
east's army; an outlet's name without its article before a place noun is the town; people of
the public placed by the phrase after them; veterans are civilians of their state; an "as"
clause has its own subject; office holders of the Caucasus, Somalia and Yemen. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from lapwing.actors import scan
from lapwing.explain import Explainer
from lapwing.knowledge import KnowledgeBase

from actor_helpers import hit, hits
from event_helpers import of_type

DAY = "2025-05-14"


@pytest.mark.parametrize("text, group", [
    ("MOGADISHU - Khawarij fighters attacked a police post in Baidoa on Tuesday, police said.", "al_shabaab"),
    ("PESHAWAR - Khawarij fighters attacked a police post in Bannu on Tuesday, police said.", "ttp"),
])
def test_the_khawarij_are_the_group_the_state_of_the_copy_calls_so(explainer: Explainer, text: str,
                                                                   group: str) -> None:
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [a.actor_id for a in attack.actors] == [group]


def test_a_somali_state_agency_sets_the_view_of_its_copy(kb: KnowledgeBase) -> None:
    actor = hit(kb, "SONNA - Khawarij militants ambushed a convoy near Afgoye on Monday.", "Khawarij militants", DAY)
    assert actor.actor_id == "al_shabaab"


def test_what_a_party_says_it_was_behind_is_its_act(explainer: Explainer) -> None:
    text = "The Taliban said it was behind the rocket salvo that struck Kabul airport on Friday."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [a.actor_id for a in attack.actors] == ["taliban"]


def test_a_speaker_is_no_claimant_of_what_someone_else_was_behind(explainer: Explainer) -> None:
    text = "Police said the gang was behind the grenade blast that hit a market in Kano on Friday."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    # the gang the police name may be its doer (a street gang is of its scene); the police are not
    assert [a.text for a in attack.actors] in ([], ["gang"])


@pytest.mark.parametrize("text, span", [
    ("Operatives of the DTX detained three men in Ganja on Sunday.", "DTX"),
    ("Azerbaijan's State Security Service detained three men in Ganja on Sunday.",
     "Azerbaijan's State Security Service"),
])
def test_azerbaijans_security_service_by_name_and_abbreviation(kb: KnowledgeBase, text: str, span: str) -> None:
    actor = hit(kb, text, span, DAY)
    assert (actor.actor_id, actor.country, actor.sector) == ("aze_dtx", "AZE", "SPY")


@pytest.mark.parametrize("text, span, expected", [
    ("Libya's eastern-based army sent troops to Sebha on Friday.", "Libya's eastern-based army", "lna"),
    ("BENGHAZI - Eastern forces deployed reinforcements to Sebha on Friday.", "Eastern forces", "lna"),
    ("KYIV - Eastern forces deployed reinforcements to Kharkiv on Friday.", "Eastern forces", None),
])
def test_the_easts_army_is_the_lna_in_libyan_copy_only(explainer: Explainer, text: str, span: str,
                                                       expected: str | None) -> None:
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert [(a.text, a.actor_id) for a in move.actors] == [(span, expected)]


def test_an_outlet_named_after_a_town_is_the_town_before_a_place_noun(kb: KnowledgeBase) -> None:
    assert hits(kb, "Dozens of students staged a sit-in on the Hadath campus on Monday.", DAY) == {}
    assert hit(kb, "Al Hadath reported the sit-in on Monday.", "Hadath", DAY).actor_id == "al_hadath"


def test_people_of_the_public_are_placed_by_the_state_word_after_them(explainer: Explainer) -> None:
    (strike,) = of_type(explainer, "Professors at the Egyptian university went on strike on Monday.", "PROTEST", DAY)
    assert [(a.text, a.country, a.sector) for a in strike.actors] == [("Professors", "EGY", "EDU")]


@pytest.mark.parametrize("text, span, country", [
    ("Retired Iraqi soldiers blocked a highway in Basra on Monday to demand higher pensions.",
     "Retired Iraqi soldiers", "IRQ"),
    ("War veterans rallied outside parliament in Amman on Sunday.", "War veterans", "JOR"),
    ("Veterans of the Iraqi Army protested in Basra on Monday.", "Veterans of the Iraqi Army", "IRQ"),
])
def test_veterans_are_civilians_of_their_state(explainer: Explainer, text: str, span: str, country: str) -> None:
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert [(a.text, a.actor_id, a.country, a.sector) for a in protest.actors] == [(span, None, country, "CVL")]


def test_veterans_of_two_bodies_of_one_state_are_one_party(kb: KnowledgeBase) -> None:
    text = "Veterans of the Lebanese Army and the Internal Security Forces rallied in Tyre on Monday."
    assert hits(kb, text, DAY) == {
        "Veterans of the Lebanese Army and the Internal Security Forces": (None, "LBN", "CVL")}


def test_veterans_the_text_places_nowhere_are_of_the_outlets_home(kb: KnowledgeBase) -> None:
    text = "War veterans burned tyres outside the Serail on Monday."
    (found,) = scan(text, DAY, kb=kb, outlet="LBCI")
    assert (found.resolution.actor.country, found.resolution.actor.sector) == ("LBN", "CVL")
    (unplaced,) = scan(text, DAY, kb=kb)
    assert unplaced.resolution.actor.country is None


def test_an_as_clause_has_its_own_subject(explainer: Explainer) -> None:
    text = "Houthi fighters fired drones toward Marib as ministers met in Aden on Monday."
    assert of_type(explainer, text, "CONSULT", DAY) == []
    text = "Rebels shelled Goma on Monday, as army reinforcements moved toward the border."
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert [a.text for a in move.actors] == ["army reinforcements"]


@pytest.mark.parametrize("text, span, person, country", [
    ("Armenian Foreign Minister Ararat Mirzoyan arrived in Paris on Monday.",
     "Armenian Foreign Minister Ararat Mirzoyan", "ararat_mirzoyan", "ARM"),
    ("Azerbaijan's top diplomat Jeyhun Bayramov flew to Rome on Tuesday.",
     "Azerbaijan's top diplomat Jeyhun Bayramov", "jeyhun_bayramov", "AZE"),
    ("Puntland President Said Abdullahi Deni addressed lawmakers in Garowe on Sunday.",
     "Puntland President Said Abdullahi Deni", "said_abdullahi_deni", "SOM"),
    ("Information Minister Muammar al-Eryani accused the Houthis of shelling Taiz.",
     "Information Minister Muammar al-Eryani", "muammar_al_eryani", "YEM"),
])
def test_office_holders_of_the_caucasus_somalia_and_yemen(kb: KnowledgeBase, text: str, span: str, person: str,
                                                           country: str) -> None:
    actor = hit(kb, text, span, DAY)
    assert (actor.actor_id, actor.country, actor.sector) == (person, country, "GOV")
