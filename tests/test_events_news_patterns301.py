"""Session 53 (sentences written for these tests), from probes C24 and C25: a relative clause
ends at the comma before a name opening the main clause ("Joining Britain, which took similar
steps last week, Canada imposed sanctions"); people named only by count or kind ("two young
men", "at least 14 people") are the parties an act befalls, placed by the place after them
("in a village in the Democratic Republic of Congo's Ituri province", "the Jebel Marra area
of Darfur"); a clause coordinated by ", and" has its own subject ("..., and riot police
detained 200 people"); and people a state's police hold where no place of one country is
named are its own."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries

DAY = "2021-03-01"


def test_a_relative_clause_ends_before_the_main_clauses_named_subject(explainer: Explainer) -> None:
    text = ("Joining Britain and Australia, which took similar steps last week, Canada imposed sanctions "
            "on six Belarusian officials on Thursday, freezing their assets.")
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("SANCTION", ["CAN"], ["BLR"])
    # near miss: an act inside the relative clause, with its own earlier time, stays background
    text = "Joining Britain, which imposed sanctions on Minsk last week, Canada expelled two Belarusian diplomats."
    [event] = code(explainer, text, DAY)
    assert (event.trigger.text, countries(event.actors)) == ("expelled", ["CAN"])


def test_people_named_by_count_are_the_victims_of_the_place_after_them(explainer: Explainer) -> None:
    text = "Gunmen killed at least 14 people in a village in the Democratic Republic of Congo's Ituri province."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.recipients)) == ("ASSAULT", ["COD"])


def test_an_area_of_a_place_places_the_people_in_it(explainer: Explainer) -> None:
    text = "Government forces shelled civilians in the Jebel Marra area of Darfur on Thursday."
    [event] = code(explainer, text, DAY)
    assert countries(event.recipients) == ["SDN"]


def test_a_clause_after_comma_and_has_its_own_subject(explainer: Explainer) -> None:
    text = ("Several thousand opposition supporters rallied in central Minsk on Sunday night against "
            "the results of the vote, and riot police detained more than 200 people as the crowd dispersed.")
    events = code(explainer, text, DAY)
    detained = next(e for e in events if e.type == "COERCE")
    assert detained.actors[0].text == "police" and countries(detained.recipients) == ["BLR"]


def test_people_held_by_police_where_no_country_is_placed_are_its_own(explainer: Explainer) -> None:
    text = ("Activists splashed paint on Norway's energy ministry in Oslo to protest against oil licences "
            "in the Arctic, and police detained eleven people at the scene.")
    detained = next(e for e in code(explainer, text, DAY) if e.type == "COERCE")
    assert countries(detained.recipients) == ["NOR"]
