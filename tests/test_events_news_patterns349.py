"""Session 62, sixth round (sentences written for these tests), from the opened cluster sets 66,
68 and 69: a union that "ties industrial peace to" a raise threatens a strike; states that tie
"peace in the region" to a withdrawal threaten no strike; a boat "steered into" a port by a patrol
vessel is seized; a government "toppled" by an invasion a past year names is history, through
the relative pronoun ("the 2003 U.S.-led invasion that toppled ...")."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries

DAY = "1983-07-02"


def test_a_union_tying_industrial_peace_to_a_raise_threatens(explainer: Explainer) -> None:
    text = "Trintoc faces a stoppage, the OWTU on Friday tying industrial peace to a pay rise of 10 percent."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("THREATEN", ["TTO"])


def test_labour_peace_tied_to_a_raise_with_a_place_between(explainer: Explainer) -> None:
    text = "The OFS union is tying labour peace on the Statfjord platforms to a 15 percent wage increase."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("THREATEN", ["NOR"])


def test_peace_in_a_region_tied_to_a_withdrawal_is_no_strike_threat(explainer: Explainer) -> None:
    text = "Iran tied peace in the region to a withdrawal of U.S. troops on Friday."
    assert "THREATEN" not in [e.type for e in code(explainer, text, DAY)]


def test_a_boat_steered_into_port_by_a_patrol_vessel_is_seized(explainer: Explainer) -> None:
    text = "An Irish Naval Service patrol vessel steered the Vigo trawler and 13 fishermen into Castletownbere on Friday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.actors)) == ("COERCE", "seize", ["IRL"])


def test_a_government_toppled_by_a_past_years_invasion_is_history(explainer: Explainer) -> None:
    text = "Oil exports hit a record on Monday, the highest since the 2003 U.S.-led invasion that toppled the government."
    assert code(explainer, text, "2023-04-03") == []


def test_a_government_toppled_on_the_news_day_is_a_seizure(explainer: Explainer) -> None:
    # near miss: no year before the relative pronoun
    text = "Mutinous soldiers toppled the government of Niger on Wednesday."
    assert [(e.type, e.mode) for e in code(explainer, text, DAY)] == [("COERCE", "seize")]
