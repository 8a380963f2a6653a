"""Clustering (session 59; events written here): two organisations the KB lacks, named by a
head noun ("Board", "Corporation") and sharing no word, are two parties: an auditor's censure of
one state body's managers and, the next day, of another's elsewhere are two events; the same
body named shorter ("Kenya Railways", "Kenya Railways Corporation") is still one party; two
such bodies acting on one day in one city are two acts."""

from __future__ import annotations

from test_clustering import clusters_of, ev

NAIROBI = {"text": "Nairobi", "name": "Nairobi", "lat": -1.29, "lon": 36.82, "country": "KEN", "feature": "city",
           "precision": "city"}
NAKURU = {"text": "Nakuru", "name": "Nakuru", "lat": -0.30, "lon": 36.07, "country": "KEN", "feature": "city",
          "precision": "city"}
AUDITOR = {"text": "Kenya's public auditor", "actor_id": None, "country": "KEN", "sector": None, "type": "person"}


def body(name: str, sector: str = "GOV") -> dict:
    key = name.lower().replace(" ", "_")
    return {"text": name, "actor_id": f"prov:{key}", "country": "KEN", "sector": sector, "type": "government"}


def test_two_named_bodies_sharing_no_word_are_two_parties() -> None:
    events = [ev("a:e1", type_="ACCUSE", actors=(AUDITOR,), recipients=(body("Kenya Railways", "BUS"),),
                 day="1986-06-11", place=NAIROBI),
              ev("b:e1", type_="ACCUSE", actors=(AUDITOR,), recipients=(body("National Cereals and Produce Board"),),
                 day="1986-06-12", place=NAKURU)]
    assert clusters_of(events) == {frozenset({"a:e1"}), frozenset({"b:e1"})}


def test_a_body_named_shorter_is_the_same_party() -> None:
    events = [ev("a:e1", type_="ACCUSE", actors=(AUDITOR,), recipients=(body("Kenya Railways", "BUS"),),
                 day="1986-06-11", place=NAIROBI),
              ev("b:e1", type_="ACCUSE", actors=(AUDITOR,), recipients=(body("Kenya Railways Corporation", "BUS"),),
                 day="1986-06-11", place=NAIROBI)]
    assert clusters_of(events) == {frozenset({"a:e1", "b:e1"})}


def test_two_named_bodies_acting_the_same_day_in_one_city_are_two_acts() -> None:
    events = [ev("a:e1", type_="SANCTION", actors=(body("Inland Water Transport Authority"),), recipients=(),
                 day="1986-02-17", place=NAIROBI),
              ev("b:e1", type_="SANCTION", actors=(body("Directorate of Drug Administration"),), recipients=(),
                 day="1986-02-17", place=NAIROBI)]
    assert clusters_of(events) == {frozenset({"a:e1"}), frozenset({"b:e1"})}
