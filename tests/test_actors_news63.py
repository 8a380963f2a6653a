"""Roles: a passive's "by" agent past a destination and the place of its recipients; a
subject named by an officeholder's title and name before a "who" clause; the captor of a
released group when no agent is named; news media as the source of a report, not the party
whose forces acted; an "as" clause with a subject of its own and a ", sent by" participle
naming who moved the forces. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import known_countries, of_type

DAY = "2025-06-12"


@pytest.mark.parametrize("text, giver", [
    ("Food parcels were shipped to displaced families in northern Mozambique by Tanzania on Thursday, "
     "an official said.", "TZA"),
    ("Tents were trucked to flood victims near Kassala by Egypt on Monday.", "EGY"),
])
def test_a_by_agent_past_a_destination_and_its_place_gives(explainer: Explainer, text: str, giver: str) -> None:
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert known_countries(aid.actors) == [giver]


@pytest.mark.parametrize("title", ["Ghana's foreign minister", "The Ghanaian foreign minister"])
def test_a_title_and_name_before_a_who_clause_is_the_subject(explainer: Explainer, title: str) -> None:
    text = (f"{title}, Kofi Mensah, who has chaired the regional talks since March, accused Togo on "
            "Friday of sheltering the gunmen.")
    (accusation,) = of_type(explainer, text, "ACCUSE", DAY)
    assert known_countries(accusation.actors) == ["GHA"]


def test_a_passive_release_with_no_agent_is_the_captors(explainer: Explainer) -> None:
    text = "Eleven sailors held by al-Shabaab were freed on Saturday, the port authority said."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert [r.actor_id for r in release.actors] == ["al_shabaab"]


@pytest.mark.parametrize("outlet", ["Taliban media", "Taliban television"])
def test_news_media_are_no_party_of_the_strike_they_report(explainer: Explainer, outlet: str) -> None:
    text = f"{outlet} said four people died when jets hit a market near Kunduz."
    strikes = of_type(explainer, text, "ASSAULT", DAY)
    assert strikes and not any(a.actor_id == "taliban" for s in strikes for a in s.actors)


def test_an_as_clause_has_its_own_subject_and_a_sent_by_participle_its_mover(explainer: Explainer) -> None:
    text = ("Residents of Kidal cheered as columns of troops rolled into the town on Tuesday, sent by the "
            "Malian government to secure the area.")
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert known_countries(move.actors) == ["MLI"]
    assert all(a.sector != "CVL" for a in move.actors)
