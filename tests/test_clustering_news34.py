"""Clustering (session 37): the host and the guest of one day's meeting are the same two
parties whichever report names which first ("X welcomed Y in the capital", "Y travelled to the
capital to confer with X"); a swap of sides of a deed, or of a meeting on another day, still parts."""

from __future__ import annotations

from lapwing.clustering import load_params, make_report, pair_score

from test_clustering import ev

TADIC = {"text": "Boris Tadic", "actor_id": "boris_tadic", "country": "SRB", "sector": "GOV", "type": "person"}
MESIC = {"text": "Stjepan Mesic", "actor_id": "stjepan_mesic", "country": "HRV", "sector": "GOV", "type": "person"}
BELGRADE = {"text": "Belgrade", "name": "Belgrade", "lat": 44.804, "lon": 20.465, "country": "SRB",
            "feature": "city", "precision": "city"}


def _score(type_: str, days: tuple[str, str] = ("2009-06-15", "2009-06-15")) -> float | None:
    p = load_params()
    host = ev("a:e1", type_=type_, actors=(TADIC,), recipients=(MESIC,), place=BELGRADE, day=days[0])
    guest = ev("b:e1", type_=type_, actors=(MESIC,), recipients=(TADIC,), place=BELGRADE, day=days[1])
    return pair_score(make_report(host, params=p), make_report(guest, params=p), p)[0]


def test_host_and_guest_of_one_days_meeting_are_one_meeting() -> None:
    value = _score("CONSULT")
    assert value is not None and value >= load_params().threshold


def test_a_deed_with_its_sides_swapped_is_another_event() -> None:
    assert _score("ASSAULT") is None


def test_a_return_visit_of_another_day_is_another_meeting() -> None:
    assert _score("CONSULT", days=("2009-06-15", "2009-06-17")) is None
