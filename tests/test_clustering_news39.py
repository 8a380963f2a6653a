"""Clustering (session 61; events written here): a report that says it has "no tie to" a like
event of another day ("the handover having no tie to Friday's handover", "seeing no tie to
Wednesday's verdict") joins no cluster of that day, as "not linked to" does."""

from __future__ import annotations

import pytest

from lapwing.clustering import load_params

from test_clustering_news30 import BAIJI, _score


@pytest.mark.parametrize("phrase", ["having no tie to", "with no ties to", "seeing no tie to"])
def test_a_report_with_no_tie_to_the_day_before_s_event_does_not_join_it(phrase: str) -> None:
    disowning = f"The Iraqi army detained 3 smugglers near Baiji on Tuesday, the arrests {phrase} Monday's raid."
    assert _score("COERCE", BAIJI, BAIJI, ("2024-03-04", "2024-03-05"), (None, disowning)) is None


def test_a_tie_that_is_not_denied_is_no_disowning() -> None:
    # near miss: "a tie to" without "no" links the event to the other, it does not set it apart
    plain = "The Iraqi army detained 3 smugglers near Baiji on Tuesday, the arrests showing a tie to Monday's raid."
    value = _score("COERCE", BAIJI, BAIJI, ("2024-03-04", "2024-03-05"), (None, plain))
    assert value is not None and value >= load_params().threshold
