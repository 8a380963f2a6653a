"""A count of recurring periods ("for the second year running") says how long something has
recurred, not when the act happened. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import dates_by_trigger

DAY = "2021-09-15"  # a Wednesday


def _dates(explainer: Explainer, text: str) -> dict[str, tuple[str | None, str]]:
    return dates_by_trigger(explainer, text, DAY)


def test_a_count_of_years_does_not_date_the_act_to_the_year(explainer: Explainer) -> None:
    dates = _dates(explainer, "The Omani navy is holding joint exercises with its Indian counterpart off Duqm for "
                              "the third year running, a spokesman said on Tuesday.")
    assert dates and all(value != "2021" for value, _ in dates.values())


def test_a_named_day_still_dates_the_act(explainer: Explainer) -> None:
    dates = _dates(explainer, "Protesters blocked the highway near Sfax on Monday for a second straight week, "
                              "police said.")
    assert ("2021-09-13", "explicit") in dates.values()
