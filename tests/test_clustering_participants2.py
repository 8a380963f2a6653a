"""Different targets of one actor on one day (round 2 of the participant checks; events
written here): a decision or statement aimed at one state is not the same actor's measure
against another group that day, while a report naming no target, only a kind of party, or
a state merely passed through stays compatible."""

from __future__ import annotations

from lapwing.clustering import load_params, make_report, pair_score

from test_clustering import ev

EGYPT = {"text": "Egypt", "actor_id": "EGY", "country": "EGY", "type": "state"}
HAMAS = {"text": "Hamas", "actor_id": "hamas", "country": "PSE", "sector": "REB",
         "type": "armed_group"}
QATAR_NAMED = {"text": "Qatar", "start": 50, "end": 55, "actor_id": None, "country": "QAT",
               "type": "state", "reason": "place: a country named as a place"}
QATARI = {"text": "Qatari", "actor_id": None, "country": "QAT", "type": "other",
          "reason": "demonym: 'Qatari' -> QAT"}
SHIPS = {"text": "ships", "actor_id": None, "country": None}
LIBYA_PASSED = {"text": "Libya", "start": 43, "end": 48, "actor_id": None, "country": "LBY",
                "type": "state", "reason": "place: a country named as a place"}
SUDAN = {"text": "Sudan", "actor_id": "SDN", "country": "SDN", "type": "state"}


def _score(first: dict, second: dict) -> float:
    p = load_params()
    value = pair_score(make_report(first, params=p), make_report(second, params=p), p)[0]
    return -1.0 if value is None else value


def _sentence(event: dict, text: str) -> dict:
    return {**event, "sentence": {"start": 0, "end": len(text), "text": text}}


def test_one_state_sanctioning_two_targets_on_one_day_is_two_events() -> None:
    threshold = load_params().threshold
    on_qatar = _sentence(ev("a:e1", type_="SANCTION", actors=(EGYPT,), recipients=(QATAR_NAMED,)),
                         "Egypt closed its airspace to all flights to Qatar on Monday.")
    on_hamas = ev("b:e1", type_="SANCTION", actors=(EGYPT,), recipients=(HAMAS,))
    assert _score(on_qatar, on_hamas) < threshold
    # a report naming no target but a kind of party, or only a nationality, stays compatible
    on_ships = ev("c:e1", type_="SANCTION", actors=(EGYPT,), recipients=(SHIPS,))
    nationality = ev("d:e1", type_="SANCTION", actors=(EGYPT,), recipients=(QATARI,))
    assert _score(on_ships, on_hamas) >= threshold
    assert _score(nationality, on_hamas) >= threshold
    # a state the deed only passed through is no target
    text = "Egypt accused Sudan of moving arms through Libya on Monday."
    through_libya = _sentence(ev("a:e1", type_="ACCUSE", actors=(EGYPT,), recipients=(LIBYA_PASSED,)), text)
    at_sudan = ev("b:e1", type_="ACCUSE", actors=(EGYPT,), recipients=(SUDAN,))
    assert _score(through_libya, at_sudan) >= threshold
