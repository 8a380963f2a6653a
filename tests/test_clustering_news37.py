"""Clustering (session 58; events written here): two named armed groups of one country are two
parties ("ELN guerrillas freed four oil workers", the next day "FARC guerrillas freed a
rancher"), and their shared country and sector is no evidence that one event is told; a group
and its own armed wing still agree."""

from __future__ import annotations

from test_clustering import clusters_of, ev

ARAUCA = {"text": "Arauca", "name": "Arauca", "lat": 7.08, "lon": -70.76, "country": "COL", "feature": "admin1",
          "precision": "admin1"}
ELN = {"text": "ELN guerrillas", "actor_id": "eln", "country": "COL", "sector": "REB", "type": "armed_group"}
FARC = {"text": "FARC guerrillas", "actor_id": "farc", "country": "COL", "sector": "REB", "type": "armed_group"}
HAMAS = {"text": "Hamas", "actor_id": "hamas", "country": "PSE", "sector": "REB", "type": "armed_group"}
QASSAM = {"text": "the Qassam Brigades", "actor_id": "qassam_brigades", "country": "PSE", "sector": "REB",
          "type": "armed_group"}
GAZA = {"text": "Gaza", "name": "Gaza", "lat": 31.5, "lon": 34.47, "country": "PSE", "feature": "city",
        "precision": "city"}


def test_two_named_groups_of_one_country_are_two_parties() -> None:
    events = [ev("a:e1", type_="RETREAT", actors=(ELN,), recipients=(), day="1987-10-25", place=ARAUCA),
              ev("b:e1", type_="RETREAT", actors=(FARC,), recipients=(), day="1987-10-26", place=ARAUCA)]
    assert clusters_of(events) == {frozenset({"a:e1"}), frozenset({"b:e1"})}


def test_a_group_and_its_armed_wing_agree() -> None:
    events = [ev("a:e1", type_="RETREAT", actors=(HAMAS,), recipients=(), day="2024-03-01", place=GAZA),
              ev("b:e1", type_="RETREAT", actors=(QASSAM,), recipients=(), day="2024-03-01", place=GAZA)]
    assert clusters_of(events) == {frozenset({"a:e1", "b:e1"})}
