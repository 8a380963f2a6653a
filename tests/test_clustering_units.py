"""Places of clustering (round 3 of session 24; events written here): a town agrees with the
first-level unit it lies in by the gazetteer's admin1 code, however far its point is from the
unit's (Saharan regions outreach an admin1's radius), while a town of another unit stays a
conflicting place."""

from __future__ import annotations

from lapwing.clustering import load_params

from test_clustering import ev, pair_value

AGADEZ_REGION = {"text": "Agadez", "name": "Agadez", "geonameid": None, "lat": 17.855, "lon": 7.701,
                 "country": "NER", "feature": "admin1", "precision": "admin1"}
BILMA = {"text": "Bilma", "name": "Bilma", "geonameid": 2446796, "lat": 18.68532, "lon": 12.91643,
         "country": "NER", "feature": "city", "precision": "city"}
ZINDER = {"text": "Zinder", "name": "Zinder", "geonameid": 2437798, "lat": 13.80716, "lon": 8.9881,
          "country": "NER", "feature": "city", "precision": "city"}
NIGER_ARMY = {"text": "Nigerien army", "actor_id": "NER_MIL", "country": "NER", "sector": "MIL"}
SOLDIERS = {"text": "Nigerien soldiers", "actor_id": None, "country": "NER", "sector": "MIL"}


def _deployment(event_id: str, place: dict, actors: tuple = (NIGER_ARMY,)) -> dict:
    return ev(event_id, type_="MOBILIZE", actors=actors, recipients=(), place=place)


def test_a_town_far_from_its_regions_point_agrees_with_the_region() -> None:
    value = pair_value(_deployment("a:e1", AGADEZ_REGION), _deployment("b:e1", BILMA, (SOLDIERS,)))
    assert value is not None and value >= load_params().threshold
    reverse = pair_value(_deployment("b:e1", BILMA, (SOLDIERS,)), _deployment("a:e1", AGADEZ_REGION))
    assert reverse is not None and reverse >= load_params().threshold


def test_a_town_of_another_region_still_conflicts() -> None:
    assert pair_value(_deployment("a:e1", AGADEZ_REGION), _deployment("b:e1", ZINDER, (SOLDIERS,))) is None
