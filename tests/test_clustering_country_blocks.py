"""Blocking of clustering (events written here): a report whose only country is its place's
meets a report that names a party of that country and no place, so the score decides."""

from __future__ import annotations

from lapwing.clustering import block_keys, load_params, make_report

from test_clustering import clusters_of, ev

EGYPT = {"text": "Egypt", "name": "Egypt", "geonameid": 357994, "lat": 27.0, "lon": 30.0,
         "country": "EGY", "feature": "country", "precision": "country"}
GUILD = {"text": "the Lawyers Guild", "actor_id": "prov:lawyers_guild", "country": None, "sector": None}
EGYPTIAN_GUILD = {"text": "the Egyptian Lawyers Guild", "actor_id": "prov:lawyers_guild", "country": "EGY",
                  "sector": None}
CABINET = {"text": "the cabinet", "actor_id": None, "country": "EGY", "sector": "GOV"}


def test_a_place_country_and_a_party_country_share_a_block() -> None:
    placed = make_report(ev("a:e1", type_="REJECT", actors=(GUILD,), recipients=(), place=EGYPT),
                         params=load_params())
    named = make_report(ev("b:e1", type_="REJECT", actors=(EGYPTIAN_GUILD,), recipients=(CABINET,)),
                        params=load_params())
    assert set(block_keys(placed)) & set(block_keys(named))


def test_a_rejection_placed_in_a_country_joins_its_report_without_a_place() -> None:
    placed = ev("a:e1", type_="REJECT", actors=(GUILD,), recipients=(), place=EGYPT)
    named = ev("b:e1", type_="REJECT", actors=(EGYPTIAN_GUILD,), recipients=(CABINET,))
    assert frozenset({"a:e1", "b:e1"}) in clusters_of([placed, named])
