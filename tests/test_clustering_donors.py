"""Two givers of aid to one receiver (events written here): relief flights of two states
that share no nation landing at one airport on successive days are two deliveries, while
a joint delivery and one of its donors' reports stay compatible."""

from __future__ import annotations

from lapwing.clustering import load_params, make_report, pair_score

from test_clustering import ev

PORT_SUDAN = {"text": "Port Sudan airport", "name": "Port Sudan airport", "lat": 19.43, "lon": 37.23,
              "country": "SDN", "feature": "locality"}
SUDAN = {"text": "Sudan", "actor_id": "SDN", "country": "SDN", "type": "state"}
JORDAN_AIR_FORCE = {"text": "the Jordanian air force", "actor_id": "jor_air_force", "country": "JOR",
                    "sector": "MIL"}
JORDAN = {"text": "Jordan", "actor_id": "JOR", "country": "JOR", "type": "state"}
QATAR = {"text": "Qatar", "actor_id": "QAT", "country": "QAT", "type": "state"}


def _score(first: dict, second: dict) -> float:
    p = load_params()
    value = pair_score(make_report(first, params=p), make_report(second, params=p), p)[0]
    return -1.0 if value is None else value


def test_aid_of_two_donor_nations_to_one_receiver_is_two_deliveries() -> None:
    jordan = ev("a:e1", type_="AID", actors=(JORDAN_AIR_FORCE,), recipients=(SUDAN,), place=PORT_SUDAN,
                day="2024-05-04")
    qatar = ev("b:e1", type_="AID", actors=(QATAR,), recipients=(SUDAN,), place=PORT_SUDAN, day="2024-05-05")
    assert _score(jordan, qatar) == -1.0
    assert _score(qatar, jordan) == -1.0


def test_joint_donors_and_one_donors_report_of_the_delivery_join() -> None:
    threshold = load_params().threshold
    joint = ev("a:e1", type_="AID", actors=(JORDAN, QATAR), recipients=(SUDAN,), place=PORT_SUDAN,
               day="2024-05-04")
    jordan = ev("b:e1", type_="AID", actors=(JORDAN_AIR_FORCE,), recipients=(SUDAN,), place=PORT_SUDAN,
                day="2024-05-04")
    assert _score(jordan, joint) >= threshold
    assert _score(joint, jordan) >= threshold
