"""Session 54 (sentences written for these tests), from probe C25: a restrictive relative
clause on the subject ends where the main clause's finite verb resumes ("A gang that
abducted ... last month has freed"), so its earlier act is background; damages or
compensation a court orders paid are a penalty. From cluster_test61: a road a protest's
tractors jam is obstructed."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, types

DAY = "2021-12-01"


def test_a_restrictive_relative_ends_where_the_main_verb_resumes(explainer: Explainer) -> None:
    text = ("A gang that abducted 12 Canadian nuns north of Port-au-Prince last month has reportedly freed three "
            "of the hostages.")
    assert types(code(explainer, text, DAY)) == ["RETREAT"]


def test_compensation_a_court_orders_paid_is_a_penalty(explainer: Explainer) -> None:
    text = "A court in Lisbon ordered the banker on Friday to pay 3.7 million euros in damages."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("SANCTION", ["PRT"])


def test_a_road_a_protests_tractors_jam_is_obstructed(explainer: Explainer) -> None:
    [event] = code(explainer, "French farmers' tractors jammed the main road into Bordeaux on Monday.", DAY)
    assert (event.type, event.mode, countries(event.actors)) == ("PROTEST", "obstruct", ["FRA"])
