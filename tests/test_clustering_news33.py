"""Clustering (session 33; sentences written here): a comparative that sets the act apart from
another day's ("a haul *other than* Monday's sweep", "a drill *different from* Wednesday's
patrol") parts the report from that day's like event, as "separate from" does."""

from __future__ import annotations

from lapwing.clustering import load_params

from test_clustering_news32 import _score


def test_other_than_another_day_s_act_sets_the_report_apart() -> None:
    assert _score("The Iraqi army detained 4 smugglers near Tikrit on Tuesday, a haul other than "
                  "Monday's sweep, officials said.") is None


def test_different_from_sets_the_report_apart_too() -> None:
    assert _score("The Iraqi army detained 4 smugglers near Tikrit on Tuesday in a raid different from "
                  "Monday's sweep.") is None


def test_other_than_in_a_report_of_the_same_day_parts_nothing() -> None:
    # near miss: the marker parts only reports of another day
    value = _score("The Iraqi army detained 4 smugglers near Tikrit on Tuesday, a haul other than the "
                   "sweep.", days=("2024-03-05", "2024-03-05"))
    assert value is not None and value >= load_params().threshold
