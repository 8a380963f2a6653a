"""Bare national bodies and international bodies (actors.py, kb): "the labour ministry" of a
text that names one state, as the scene of its sentence, is that state's; a foreign ministry
is not placed so; an international union is of no state (NGO), and a day word with the
object's article ("on Sunday a statement") makes no actor name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from actor_helpers import hit, hits
from event_helpers import of_type


@pytest.mark.parametrize(("text", "span", "country"), [
    ("The labour ministry brushed aside a report on worker deaths in Nepal, calling it a slur on Nepali reforms.",
     "labour ministry", "NPL"),
    ("The interior ministry raided a warehouse in Jordan on Monday.", "interior ministry", "JOR"),
    ("The central bank cut its main rate to revive lending in Ghana.", "central bank", "GHA"),
])
def test_a_bare_home_body_is_of_the_one_state_its_sentence_is_set_in(kb, text: str, span: str,
                                                                     country: str) -> None:
    assert hit(kb, text, span, "2024-04-04").country == country


def test_a_state_named_only_as_what_the_body_acts_on_gives_none(kb) -> None:
    found = hits(kb, "The interior ministry expelled the Turkish envoy.", "2024-04-04")
    assert "interior ministry" not in found or found["interior ministry"][1] != "TUR"


def test_a_foreign_ministry_is_not_of_the_scene_abroad(kb) -> None:
    found = hits(kb, "The foreign ministry condemned the bombing in Syria.", "2024-04-04")
    assert "foreign ministry" not in found or found["foreign ministry"][1] != "SYR"


def test_two_states_as_scene_leave_the_body_stateless(kb) -> None:
    found = hits(kb, "The labour ministry denied abuses of workers in Qatar and Nepal.", "2024-04-04")
    assert "labour ministry" not in found or found["labour ministry"][1] is None


@pytest.mark.parametrize(("span", "sector"), [
    ("International Trade Union Confederation", "LAB"), ("ITUC", "LAB"), ("World Federation of Trade Unions", "LAB"),
])
def test_international_unions_are_of_no_state(kb, span: str, sector: str) -> None:
    found = hit(kb, f"The {span} criticised the Emirati authorities on Monday.", span, "2024-04-04")
    assert (found.country, found.sector) == ("NGO", sector)


def test_an_unknown_international_body_answered_by_a_state_keeps_no_country(explainer) -> None:
    (event,) = of_type(explainer, "Bahrain's government dismissed a report by the Global Alliance of Migrant "
                                  "Domestic Staff on abuses on Monday.", "REJECT")
    assert [r.country for r in event.recipients] == [None]


def test_a_day_word_and_an_article_name_no_party(explainer) -> None:
    (event,) = of_type(explainer, "Kuwait's health ministry rebuffed on Tuesday a report of the World Confederation "
                                  "of Nurses on staff shortages.", "REJECT")
    assert [r.text for r in event.recipients] == ["World Confederation of Nurses"]
    assert event.actors[0].country == "KWT"


def test_a_scene_in_another_clause_does_not_place_the_body(explainer) -> None:
    events = of_type(explainer, "Twelve men linked to al-Qaeda were rounded up in dawn raids on Monday, police said, "
                                "with detectives saying the ring sent cash to fighters in Iraq.", "COERCE")
    assert all(a.country != "IRQ" for e in events for a in e.actors)


def test_a_scene_in_the_bodys_own_clause_places_it(explainer) -> None:
    events = of_type(explainer, "Police rounded up twelve men linked to al-Qaeda in dawn raids in Iraq on Monday.",
                     "COERCE")
    assert events and events[0].actors[0].country == "IRQ"
