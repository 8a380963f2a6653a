"""Clustering (session 62; events written here): a report that calls its event "no sequel to"
or "no spillover of" a like event of another day joins no cluster of that day, as "not linked
to" does."""

from __future__ import annotations

import pytest

from lapwing.clustering import load_params

from test_clustering_news30 import BAIJI, _score


@pytest.mark.parametrize("phrase", ["no sequel to", "no spillover of", "not a continuation of"])
def test_a_report_calling_itself_no_sequel_does_not_join_the_other_day(phrase: str) -> None:
    disowning = f"The Iraqi army detained 3 smugglers near Baiji on Tuesday, the arrests {phrase} Monday's raid."
    assert _score("COERCE", BAIJI, BAIJI, ("2024-03-04", "2024-03-05"), (None, disowning)) is None


def test_a_sequel_that_is_not_denied_is_no_disowning() -> None:
    # near miss: "a sequel to" without "no" ties the event to the other, it does not set it apart
    plain = "The Iraqi army detained 3 smugglers near Baiji on Tuesday, the arrests a sequel to Monday's raid."
    value = _score("COERCE", BAIJI, BAIJI, ("2024-03-04", "2024-03-05"), (None, plain))
    assert value is not None and value >= load_params().threshold
