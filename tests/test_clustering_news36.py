"""Clustering (session 49; events written here): people a report names only as local civilians
("arrested 7 people in Aktau") have the place's country, which the place part weighs, and are no
evidence against another report's named foreign target ("detained a Ukrainian, Dmytro Kovalenko"),
who may be one of them; a named target of another trade still is."""

from __future__ import annotations

from test_clustering import ev, pair_value

AKTAU = {"text": "Aktau", "name": "Aktau", "lat": 43.65, "lon": 51.16, "country": "KAZ", "feature": "city",
         "precision": "city"}
AGENTS = {"text": "security agents", "country": None, "sector": None}
KNB = {"text": "Kazakhstan's security service", "actor_id": "KAZ", "country": "KAZ", "sector": "SPY"}
FOREIGNER = {"text": "Dmytro Kovalenko", "country": "UKR", "type": "person"}


def _pair(recipient: dict) -> float | None:
    named = ev("a:e1", type_="COERCE", actors=(AGENTS,), recipients=(FOREIGNER,), place=AKTAU)
    counted = ev("b:e1", type_="COERCE", actors=(KNB,), recipients=(recipient,), place=AKTAU)
    return pair_value(named, counted)


def test_local_civilians_are_no_evidence_against_a_named_foreigner() -> None:
    assert _pair({"text": "people", "country": "KAZ", "sector": "CVL"}) is not None


def test_a_named_target_of_another_trade_still_opposes() -> None:
    assert _pair({"text": "Kazakh journalists", "country": "KAZ", "sector": "JRN"}) is None
