"""Places of clustering (round 25; events written here): a build-up's reports name different
towns of one front as its destination, so towns up to 30 km apart agree for MOBILIZE, while
towns of different fronts stay apart, and two towns that close still rule out one strike."""

from __future__ import annotations

from lapwing.clustering import load_params, make_report, pair_score

from test_clustering import ev


def _town(name: str, lat: float, lon: float) -> dict:
    return {"text": name, "name": name, "lat": lat, "lon": lon, "country": "SYR", "feature": "city",
            "precision": "city"}


AFRIN = _town("Afrin", 36.5119, 36.8695)
AZAZ = _town("Azaz", 36.5866, 37.0463)  # 18 km from Afrin
MANBIJ = _town("Manbij", 36.5282, 37.9550)  # 81 km from Azaz
TURKEY = {"text": "Turkey", "actor_id": "TUR", "country": "TUR", "sector": None}
VILLAGERS = {"text": "villagers", "actor_id": None, "country": "SYR", "sector": "CVL"}


def _score(type_: str, first: dict, second: dict, recipients: tuple = ()) -> float | None:
    p = load_params()
    one = ev("a:e1", type_=type_, actors=(TURKEY,), recipients=recipients, place=first)
    other = ev("b:e1", type_=type_, actors=(TURKEY,), recipients=recipients, place=second)
    return pair_score(make_report(one, params=p), make_report(other, params=p), p)[0]


def test_a_build_ups_destinations_along_one_front_agree() -> None:
    value = _score("MOBILIZE", AFRIN, AZAZ)
    assert value is not None and value >= load_params().threshold


def test_a_build_up_at_a_town_of_another_front_is_another_event() -> None:
    assert _score("MOBILIZE", AZAZ, MANBIJ) is None


def test_strikes_on_two_towns_of_one_front_stay_apart() -> None:
    assert _score("ASSAULT", AFRIN, AZAZ, (VILLAGERS,)) is None
