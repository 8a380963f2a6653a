"""Clustering (session 26, events written here): two reports a day apart that name no party in
common are two events, however well type and place agree (a company's pensioners rallying in a
town where contract labourers struck the day before); a party in common still joins them."""

from __future__ import annotations

from dataclasses import replace

from lapwing.clustering import load_params

from test_clustering import ev, pair_value

SFAX = {"text": "Sfax", "name": "Sfax", "geonameid": 2467454, "lat": 34.74056, "lon": 10.76028,
        "country": "TUN", "feature": "city", "precision": "city"}
DOCKERS = {"text": "dockers", "actor_id": None, "country": "TUN", "sector": "CVL"}
PHOSPHATE_FIRM = {"text": "Gafsa Phosphate Company", "actor_id": "prov:gafsa_phosphate_company", "country": None,
                  "sector": "BUS"}


def _rally(event_id: str, actor: dict, day: str) -> dict:
    return ev(event_id, type_="PROTEST", actors=(actor,), recipients=(), day=day, place=SFAX)


def test_a_next_day_rally_of_other_people_in_the_same_town_stays_apart() -> None:
    strike, rally = _rally("a:e1", DOCKERS, "2026-03-10"), _rally("b:e1", PHOSPHATE_FIRM, "2026-03-11")
    assert pair_value(strike, rally) is None
    looser = replace(load_params(), near_day_least_participants=-1.0)
    value = pair_value(strike, rally, looser)
    assert value is not None and value >= looser.threshold  # what the rule rules out


def test_a_next_day_report_of_the_same_people_still_joins() -> None:
    value = pair_value(_rally("a:e1", DOCKERS, "2026-03-10"), _rally("b:e1", DOCKERS, "2026-03-11"))
    assert value is not None and value >= load_params().threshold


def test_a_same_day_report_of_other_people_in_the_same_town_is_left_to_the_threshold() -> None:
    value = pair_value(_rally("a:e1", DOCKERS, "2026-03-10"), _rally("b:e1", PHOSPHATE_FIRM, "2026-03-10"))
    assert value is not None
