"""Clustering participants (3): a party that is only civilians of the country the report's
place lies in ("residents", "families") says as little as a shared unresolved name, since
the place part weighs their country already: two protests on adjacent days in two
neighbouring districts of one city are two events, while two reports of one protest in one
district still agree. Sentences written for these tests."""

from __future__ import annotations

from lapwing.clustering import load_params, pair_score
from lapwing.explain import Explainer

from event_helpers import report



def test_protests_of_residents_in_two_districts_of_one_city_are_two_events(explainer: Explainer) -> None:
    first = report(explainer, "Hundreds of residents protested in Mezzeh today against long power cuts, "
                              "witnesses said.", "PROTEST", "2025-11-03")
    second = report(explainer, "Dozens of families demonstrated in Jaramana today over the price of bread, "
                               "activists said.", "PROTEST", "2025-11-04")
    value, _ = pair_score(first, second, load_params())
    assert value is None or value < load_params().threshold


def test_two_reports_of_one_residents_protest_agree(explainer: Explainer) -> None:
    first = report(explainer, "Hundreds of residents protested in Mezzeh today against long power cuts, "
                              "witnesses said.", "PROTEST", "2025-11-03")
    second = report(explainer, "Families took to the streets of Mezzeh today to protest against power cuts, "
                               "a local activist said.", "PROTEST", "2025-11-03")
    value, _ = pair_score(first, second, load_params())
    assert value is not None and value >= load_params().threshold
