"""Clustering of routes and replies: the two ends of a short stretch ("from X to Y") read as
their vicinities do not veto a pair, and a threat or an accusation aimed at the side that
made the other is the reply, kept apart even on the same day. Events written for these tests."""

from __future__ import annotations

from lapwing.clustering import load_params, make_report, pair_score

GAO = {"text": "Gao", "name": "Gao", "lat": 16.27, "lon": -0.04, "country": "MLI", "feature": "city",
       "precision": "city"}
#: A town 25 km from Gao, an end of the stretch another report names.
BOURRA = {"text": "Bourra", "name": "Bourra", "lat": 16.45, "lon": 0.12, "country": "MLI", "feature": "city",
          "precision": "city"}
FRANCE = {"text": "French troops", "actor_id": "fra_armed_forces", "country": "FRA", "sector": "MIL"}
MALI = {"text": "Malian soldiers", "actor_id": "mli_armed_forces", "country": "MLI", "sector": "MIL"}
JNIM = {"text": "JNIM", "actor_id": "jnim", "country": "MLI", "sector": "REB"}


def ev(event_id: str, type_: str, actors: tuple[dict, ...], recipients: tuple[dict, ...],
       day: str = "2021-05-04", place: dict | None = None) -> dict:
    """An event in its JSON form."""
    return {"event_id": event_id, "doc_id": event_id.split(":")[0], "type": type_, "modality": "reported",
            "actors": list(actors), "recipients": list(recipients),
            "date": {"value": day, "start": day, "end": day, "precision": "day", "basis": "explicit"},
            "location": place, "confidence": 0.8}


def pair_value(first: dict, second: dict) -> float | None:
    """The pair score of two events (None when a veto parts them)."""
    params = load_params()
    return pair_score(make_report(first, params=params), make_report(second, params=params), params)[0]


def test_two_towns_of_one_patrol_veto_the_pair_only_as_towns() -> None:
    at_gao = ev("a:e1", "COOPERATE", (FRANCE, MALI), (), place=GAO)
    at_bourra = ev("b:e1", "COOPERATE", (FRANCE, MALI), (), place=BOURRA)
    assert pair_value(at_gao, at_bourra) is None
    stretch_end = ev("b:e1", "COOPERATE", (FRANCE, MALI), (), place={**BOURRA, "precision": "vicinity"})
    value = pair_value(at_gao, stretch_end)
    assert value is not None and value > load_params().threshold


def test_a_threat_against_the_side_that_threatened_is_the_reply_on_the_same_day() -> None:
    threat = ev("a:e1", "THREATEN", (JNIM,), (FRANCE,))
    reply = ev("b:e1", "THREATEN", (), (JNIM,))
    assert pair_value(threat, reply) is None
    echo = ev("c:e1", "THREATEN", (), (FRANCE,))
    assert pair_value(threat, echo) is not None


def test_a_deed_with_roles_reversed_on_the_same_day_may_still_be_one_event() -> None:
    raid = ev("a:e1", "ASSAULT", (MALI,), (JNIM,), place=GAO)
    misread = ev("b:e1", "ASSAULT", (), (MALI,), place=GAO)
    assert pair_value(raid, misread) is not None
