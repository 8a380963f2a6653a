"""Clustering of reports placed in quarters of one city (probe 25M; sentences written here):
two attacks on adjacent days in two quarters of Baghdad that the text names as "the X
district of <side> Baghdad" are two events, since each quarter is read as itself and not as
a 45 km ring around it, while two reports of one attack in one quarter still agree."""

from __future__ import annotations

from lapwing.clustering import load_params, pair_score
from lapwing.explain import Explainer

from event_helpers import report



def test_attacks_in_two_quarters_of_one_city_are_two_events(explainer: Explainer) -> None:
    first = report(explainer, "A drone struck a car in the Karrada district of central Baghdad today, killing two "
                              "militiamen, police said.", "ASSAULT", "2025-09-16")
    second = report(explainer, "A roadside bomb wounded three soldiers in the Ghazaliya district of western Baghdad "
                               "today, police said.", "ASSAULT", "2025-09-17")
    value, _ = pair_score(first, second, load_params())
    assert value is None or value < load_params().threshold


def test_two_reports_of_one_attack_in_a_quarter_agree(explainer: Explainer) -> None:
    first = report(explainer, "A drone struck a car in the Karrada district of central Baghdad today, killing two "
                              "militiamen, police said.", "ASSAULT", "2025-09-16")
    second = report(explainer, "Two militiamen were killed when a drone fired a missile at their car in Baghdad's "
                               "Karrada today, a security source said.", "ASSAULT", "2025-09-16")
    value, _ = pair_score(first, second, load_params())
    assert value is not None and value >= load_params().threshold
