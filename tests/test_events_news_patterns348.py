"""Session 62, fifth round (sentences written for these tests), from probe C35: the bare
"decline" of a falling figure is no refusal; a participle after an article or "most" and an
adverb ("the most heavily bombed countries") describes, no attack of the day; a participle that
draws condemnation "from" a party has that party condemn the main clause's actor, not the
actor condemn anyone; police and soldiers "flown in" are deployed; patrol ships "dispatched" to
contested waters are a show of force."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries

DAY = "2015-06-17"


def test_an_annual_decline_of_exports_is_no_refusal(explainer: Explainer) -> None:
    text = "Vietnam's exports fell 4.4 percent in 2023, the first annual decline since 2009."
    assert code(explainer, text, DAY) == []


def test_an_offer_declined_is_refused(explainer: Explainer) -> None:
    # near miss: the inflected verb keeps its reading
    [event] = code(explainer, "Iran declined the offer on Monday.", DAY)
    assert event.type == "REJECT"


def test_the_most_heavily_bombed_countries_are_a_description(explainer: Explainer) -> None:
    text = "Laos, one of the most heavily bombed countries per capita in history, still has unexploded bomblets."
    assert code(explainer, text, DAY) == []


def test_condemnation_drawn_from_a_party_is_not_the_actors(explainer: Explainer) -> None:
    text = "The Dominican Republic began deporting thousands of Haitians on Wednesday, drawing condemnation from Haiti."
    accusations = [e for e in code(explainer, text, DAY) if e.type == "ACCUSE"]
    assert accusations and all(countries(e.recipients) == ["DOM"] for e in accusations)
    assert all("DOM" not in countries(e.actors) for e in accusations)


def test_police_flown_in_are_deployed(explainer: Explainer) -> None:
    text = "Indonesia flew in more than 1,000 police and soldiers on Wednesday after violent protests."
    assert [(e.type, countries(e.actors)) for e in code(explainer, text, DAY)] == [("MOBILIZE", ["IDN"])]


def test_patrol_ships_dispatched_to_waters_are_deployed(explainer: Explainer) -> None:
    text = "China dispatched two patrol ships to waters around the disputed islands on Tuesday."
    assert [(e.type, countries(e.actors)) for e in code(explainer, text, DAY)] == [("MOBILIZE", ["CHN"])]
