"""Clustering (session 41; events written here): a report that says what it does not owe a like
event of another day ("a climbdown having no bearing on Monday's raid", "in no way tied to",
"owing nothing to", "unlinked to") joins no cluster of that day, as "not linked to" does."""

from __future__ import annotations

import pytest

from lapwing.clustering import load_params

from test_clustering_news30 import BAIJI, _score


@pytest.mark.parametrize("phrase", ["having no bearing on", "in no way tied to", "owing nothing to",
                                    "unlinked to", "bearing no relation to"])
def test_a_report_that_owes_nothing_to_the_day_before_s_event_does_not_join_it(phrase: str) -> None:
    disowning = f"The Iraqi army detained 3 smugglers near Baiji on Tuesday, a catch {phrase} Monday's raid."
    assert _score("COERCE", BAIJI, BAIJI, ("2024-03-04", "2024-03-05"), (None, disowning)) is None


def test_a_bearing_on_something_else_is_no_disowning() -> None:
    # near miss: "bearing on" without "no" says the event matters to the other, not that it is apart
    plain = "The Iraqi army detained 3 smugglers near Baiji on Tuesday, a catch with a bearing on Monday's raid."
    value = _score("COERCE", BAIJI, BAIJI, ("2024-03-04", "2024-03-05"), (None, plain))
    assert value is not None and value >= load_params().threshold
