"""Clustering of requests to international bodies and of shipments (events written here): a
government's appeal to one UN agency is not its appeal to a sibling agency, while a body and the
organisation above it ("the UN" and its mission) are one addressee; a quarter of a capital agrees
with the capital; an aid flight that has no place (its loading base abroad is not taken) joins the
report of its landing."""

from __future__ import annotations

from lapwing.clustering import load_params

from test_clustering import ev, pair_value

KENYA_HEALTH = {"text": "Kenya's health ministry", "actor_id": "ken_moh", "country": "KEN", "sector": "GOV",
                "type": "government"}
KENYA_AGRICULTURE = {"text": "Kenya's agriculture ministry", "actor_id": "ken_moa", "country": "KEN",
                     "sector": "GOV", "type": "government"}
KENYA = {"text": "Kenya", "actor_id": "KEN", "country": "KEN", "type": "state"}
WHO = {"text": "the World Health Organization", "actor_id": "who", "country": "UNO", "type": "igo"}
FAO = {"text": "the FAO", "actor_id": "fao", "country": "UNO", "type": "igo"}
UN = {"text": "the United Nations", "actor_id": "un", "country": "UNO", "type": "igo"}
UNSMIL = {"text": "the UN mission", "actor_id": "unsmil", "country": "UNO", "type": "igo"}
LIBYA_PARLIAMENT = {"text": "the House of Representatives", "actor_id": "lby_hor", "country": "LBY",
                    "sector": "LEG"}
TRIPOLI = {"text": "Tripoli", "name": "Tripoli", "lat": 32.887, "lon": 13.187, "country": "LBY", "feature": "city"}
QUARTER = {"text": "Ain Zara", "name": "Ain Zara", "lat": 32.80, "lon": 13.24, "country": "LBY",
           "feature": "locality"}
JORDAN = {"text": "Jordan", "actor_id": "JOR", "country": "JOR", "type": "state"}
IRAQ = {"text": "Iraq", "actor_id": "IRQ", "country": "IRQ", "type": "state"}
BAGHDAD_AIRPORT = {"text": "Baghdad airport", "name": "Baghdad International Airport", "lat": 33.26,
                   "lon": 44.23, "country": "IRQ", "feature": "other"}


def _value(first: dict, second: dict) -> float:
    value = pair_value(first, second)
    return -1.0 if value is None else value


def test_appeals_of_one_government_to_two_sibling_agencies_stay_apart() -> None:
    threshold = load_params().threshold
    locusts = ev("a:e1", type_="REQUEST", actors=(KENYA_AGRICULTURE,), recipients=(FAO,), day="2024-02-05")
    kits = ev("b:e1", type_="REQUEST", actors=(KENYA_HEALTH,), recipients=(WHO,), day="2024-02-05")
    assert _value(locusts, kits) < threshold
    assert _value(kits, locusts) < threshold


def test_one_agency_named_alike_still_joins() -> None:
    threshold = load_params().threshold
    first = ev("a:e1", type_="REQUEST", actors=(KENYA_AGRICULTURE,), recipients=(FAO,), day="2024-02-05")
    second = ev("b:e1", type_="REQUEST", actors=(KENYA,), recipients=(FAO,), day="2024-02-05")
    assert _value(first, second) >= threshold


def test_a_mission_and_the_organisation_above_it_are_one_addressee() -> None:
    threshold = load_params().threshold
    mission = ev("a:e1", type_="REJECT", actors=(LIBYA_PARLIAMENT,), recipients=(UNSMIL,), day="2024-02-05")
    united_nations = ev("b:e1", type_="REJECT", actors=(LIBYA_PARLIAMENT,), recipients=(UN,), day="2024-02-05")
    assert _value(mission, united_nations) >= threshold
    assert _value(united_nations, mission) >= threshold


def test_a_quarter_of_the_capital_agrees_with_the_capital() -> None:
    threshold = load_params().threshold
    city = ev("a:e1", actors=(), recipients=(), place=TRIPOLI, day="2024-02-05")
    quarter = ev("b:e1", actors=(), recipients=(), place=QUARTER, day="2024-02-05")
    assert _value(city, quarter) >= threshold
    assert _value(quarter, city) >= threshold


def test_an_unplaced_aid_flight_joins_the_report_of_its_landing() -> None:
    threshold = load_params().threshold
    sent = ev("a:e1", type_="AID", actors=(JORDAN,), recipients=(IRAQ,), day="2024-02-05")
    landed = ev("b:e1", type_="AID", actors=(JORDAN,), recipients=(IRAQ,), place=BAGHDAD_AIRPORT, day="2024-02-05")
    assert _value(sent, landed) >= threshold
