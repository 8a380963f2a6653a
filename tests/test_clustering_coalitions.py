"""A military coalition and the state leading it (events written here): one report of an air
strike names the coalition, another the leading state; they agree partly, while another
member state or a coalition with another leader earns nothing."""

from __future__ import annotations

from lapwing.clustering import load_params, make_report, pair_score

from test_clustering import ev

SAADA = {"text": "Saada", "name": "Sa'dah", "lat": 16.94, "lon": 43.76, "country": "YEM", "feature": "city"}
COALITION = {"text": "the Saudi-led coalition", "actor_id": "saudi_led_coalition", "country": "IGO",
             "sector": "MIL", "type": "igo"}
ANTI_ISIS = {"text": "the US-led coalition", "actor_id": "anti_isis_coalition", "country": "IGO",
             "sector": "MIL", "type": "igo"}
SAUDI = {"text": "Saudi Arabia", "actor_id": "SAU", "country": "SAU", "type": "state"}
UAE = {"text": "the UAE", "actor_id": "ARE", "country": "ARE", "type": "state"}


def _participants(first: dict, second: dict) -> float | None:
    p = load_params()
    _, parts = pair_score(make_report(first, params=p), make_report(second, params=p), p)
    return parts.get("participants")


def _strike(event_id: str, actor: dict) -> dict:
    return ev(event_id, type_="ASSAULT", actors=(actor,), recipients=(), place=SAADA, day="2024-05-04")


def test_a_coalition_and_its_leading_state_agree_partly() -> None:
    coalition, saudi = _strike("a:e1", COALITION), _strike("b:e1", SAUDI)
    expected = load_params().weights["coalition_leader"]
    assert _participants(coalition, saudi) == expected
    assert _participants(saudi, coalition) == expected


def test_another_member_or_another_coalition_earns_nothing() -> None:
    assert not _participants(_strike("a:e1", COALITION), _strike("b:e1", UAE))
    assert not _participants(_strike("a:e1", ANTI_ISIS), _strike("b:e1", SAUDI))
