"""Places and parties of clustering (round 3; events written here): a metropolis that a
first-level unit is named after stands for the towns of its ring in that unit ("in Aleppo"
for a protest at As Safirah), while a smaller seat, a town farther out and a town of
another unit stay distinct; a party of unknown country gets weak credit from one of the same
sector when one side names no country."""

from __future__ import annotations

from lapwing.clustering import load_params

from test_clustering import ev, pair_value

ALEPPO = {"text": "Aleppo", "name": "Aleppo", "geonameid": 170063, "lat": 36.20124, "lon": 37.16117,
          "country": "SYR", "feature": "city", "precision": "city"}
SAFIRA = {"text": "Safira", "name": "As Safīrah", "geonameid": 172503, "lat": 36.07696, "lon": 37.37251,
          "country": "SYR", "feature": "city", "precision": "city"}
MANBIJ = {"text": "Manbij", "name": "Manbij", "geonameid": 167357, "lat": 36.52815, "lon": 37.95495,
          "country": "SYR", "feature": "city", "precision": "city"}
IDLIB = {"text": "Idlib", "name": "Idlib", "geonameid": 169389, "lat": 35.93062, "lon": 36.63393,
         "country": "SYR", "feature": "city", "precision": "city"}
SARAQIB = {"text": "Saraqib", "name": "Saraqib", "geonameid": 164816, "lat": 35.86447, "lon": 36.80591,
           "country": "SYR", "feature": "city", "precision": "city"}
FARMERS = {"text": "farmers", "actor_id": None, "country": "SYR", "sector": "CVL"}
RESIDENTS = {"text": "residents", "actor_id": None, "country": "SYR", "sector": "CVL"}
PAK_ARMY = {"text": "Pakistani army", "actor_id": "PAK_MIL", "country": "PAK", "sector": "MIL"}
BRIGADE = {"text": "infantry brigade", "actor_id": None, "country": None, "sector": "MIL"}
STUDENTS = {"text": "students", "actor_id": None, "country": None, "sector": "CVL"}
SIND = {"text": "Sindh", "name": "Sindh", "lat": 26.0, "lon": 68.5, "country": "PAK", "feature": "region",
        "precision": "region"}


def _protest(event_id: str, place: dict, actors: tuple = (FARMERS,)) -> dict:
    return ev(event_id, type_="PROTEST", actors=actors, recipients=(), place=place)


def test_a_metropolis_naming_its_province_agrees_with_a_town_of_its_ring() -> None:
    value = pair_value(_protest("a:e1", ALEPPO), _protest("b:e1", SAFIRA, (RESIDENTS,)))
    assert value is not None and value >= load_params().threshold
    same_town = pair_value(_protest("a:e1", SAFIRA), _protest("b:e1", SAFIRA, (RESIDENTS,)))
    assert same_town is not None and value < same_town  # less place credit than one town


def test_a_town_far_out_in_the_province_is_still_another_place() -> None:
    assert pair_value(_protest("a:e1", ALEPPO), _protest("b:e1", MANBIJ)) is None


def test_a_small_seat_does_not_stand_for_its_province() -> None:
    assert pair_value(_protest("a:e1", IDLIB), _protest("b:e1", SARAQIB)) is None


def test_a_town_of_another_province_near_a_metropolis_is_another_place() -> None:
    assert pair_value(_protest("a:e1", ALEPPO), _protest("b:e1", IDLIB)) is None


def test_a_military_unit_of_unknown_country_agrees_weakly_with_an_army() -> None:
    threshold = load_params().threshold
    army = ev("a:e1", type_="MOBILIZE", actors=(PAK_ARMY,), recipients=(), place=SIND)
    brigade = ev("b:e1", type_="MOBILIZE", actors=(BRIGADE,), recipients=(), place=SIND)
    value = pair_value(brigade, army)
    assert value is not None and value >= threshold
    # a party of another sector gets no such credit
    students = ev("c:e1", type_="MOBILIZE", actors=(STUDENTS,), recipients=(), place=SIND)
    other = pair_value(students, army)
    assert other is not None and other < value
