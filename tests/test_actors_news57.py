"""Roles: the country an envoy or ambassador is posted to or deals with is no party; a title
no one is known to hold gives way to the known person apposed to it; "a menacing statement
by X" has X threaten; a party right after "over" is a threat's issue, not its target; the
party whose posts or positions fire came from fired; two country words before one noun are
two parties; "donated by X to Y" gives to Y. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import known_countries, of_type

DAY = "2024-04-04"


@pytest.mark.parametrize("text, type_, home, posted", [
    ("The Saudi envoy for Yemen and the Omani foreign minister discussed the truce on Monday.", "CONSULT", "SAU", "YEM"),
    ("Jordan's envoy for Syria consulted Lebanon's foreign minister in Beirut on Monday.", "CONSULT", "JOR", "SYR"),
])
def test_an_envoys_brief_is_no_party(explainer: Explainer, text: str, type_: str, home: str, posted: str) -> None:
    (event,) = of_type(explainer, text, type_, DAY)
    assert home in known_countries(event.actors)
    assert posted not in known_countries(event.actors + event.recipients)


def test_a_known_name_apposed_to_an_unheld_title_acts(explainer: Explainer) -> None:
    text = "The UN envoy for Yemen, Hans Grundberg, on Sunday pressed the Houthis to free the detained aid workers."
    (request,) = of_type(explainer, text, "REQUEST", DAY)
    assert [a.actor_id for a in request.actors] == ["hans_grundberg"]


def test_the_author_of_a_menacing_statement_threatens(explainer: Explainer) -> None:
    text = ("Security officials in Kabul weighed Monday's menacing message by the Pakistani Taliban, which said "
            "Islamabad would regret any crackdown.")
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert [a.actor_id for a in threat.actors] == ["ttp"]


def test_a_party_after_over_is_a_threats_issue(explainer: Explainer) -> None:
    text = "The Houthis' warning on Monday of retaliation over Sheikh Hamad raised fears of new missile launches."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert [a.actor_id for a in threat.actors] == ["houthis"]
    assert threat.recipients == []


@pytest.mark.parametrize("text, firer", [
    ("Gunfire from Turkish posts near Afrin wounded a Kurdish fighter, the monitor said.", "TUR"),
    ("Mortar fire from Houthi positions hit a market in Taiz on Friday.", "YEM"),
])
def test_whose_posts_fire_came_from_fired(explainer: Explainer, text: str, firer: str) -> None:
    strikes = of_type(explainer, text, "ASSAULT", DAY)
    assert [known_countries(s.actors) for s in strikes] == [[firer]]


def test_two_country_words_before_one_noun_are_two_parties(explainer: Explainer) -> None:
    text = "Kenyan and Somali border committees agreed on Monday to reopen the Mandera crossing."
    (agreement,) = of_type(explainer, text, "AGREE", DAY)
    assert known_countries(agreement.actors) == ["KEN", "SOM"]


def test_goods_donated_by_one_to_another_go_to_the_other(explainer: Explainer) -> None:
    text = "Moroccan soldiers unloaded 20 trucks, donated by the UAE to the Mauritanian border guards."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert known_countries(aid.actors) == ["ARE"]
    assert known_countries(aid.recipients) == ["MRT"]
