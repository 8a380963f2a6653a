"""Clustering (round 31; events written here): a front's least radius widens towns against
towns only, so a build-up at an airbase 60 km south of a city is not the one "east of" it; and
a report that sets itself apart from a like event of another day ("a catch not linked to
Monday's raid") joins no cluster of that day."""

from __future__ import annotations

from lapwing.clustering import cluster_events, load_params, make_report, pair_score

from test_clustering import ev


def _place(name: str, lat: float, lon: float, precision: str = "city") -> dict:
    return {"text": name, "name": name, "lat": lat, "lon": lon, "country": "IRQ", "feature": "city",
            "precision": precision}


ARMY = {"text": "the Iraqi army", "actor_id": "IRQ", "country": "IRQ", "sector": "MIL"}
KM = 1 / 111.2  # degrees of latitude in a km
# a vicinity ("near Sharqat"), an airbase town 55 km due south of its town, a town 30 km north
# of it (inside its ring) and one 20 km on (a neighbour of that one on one front)
NEAR_SHARQAT = _place("Sharqat", 35.50, 43.23, precision="vicinity")
AIRBASE = _place("Airbase", 35.50 - 55 * KM, 43.23)
NORTH = _place("North", 35.50 + 30 * KM, 43.23)
FARTHER = _place("Farther", 35.50 + 50 * KM, 43.23)
BAIJI = _place("Baiji", 34.9311, 43.4868)


def _score(type_: str, first: dict, second: dict, days: tuple[str, str] = ("2024-03-01", "2024-03-01"),
           sentences: tuple[str | None, str | None] = (None, None)) -> float | None:
    p = load_params()
    one, other = (ev(f"{k}:e1", type_=type_, actors=(ARMY,), recipients=(), place=place, day=day)
                  for k, place, day in (("a", first, days[0]), ("b", second, days[1])))
    for event, sentence in zip((one, other), sentences):
        if sentence is not None:
            trigger = sentence.split()[3]
            start = sentence.index(trigger)
            event["sentence"] = {"text": sentence, "start": 0, "end": len(sentence)}
            event["trigger"] = {"text": trigger, "start": start, "end": start + len(trigger)}
    return pair_score(make_report(one, params=p), make_report(other, params=p), p)[0]


def test_a_build_up_at_a_town_beyond_a_vicinity_s_ring_is_another_event() -> None:
    # 55 km apart: within the 45 km ring plus a front's 15 km, beyond the ring and a town's 5 km
    assert _score("MOBILIZE", AIRBASE, NEAR_SHARQAT) is None


def test_a_build_up_at_a_town_inside_a_vicinity_s_ring_still_agrees() -> None:
    value = _score("MOBILIZE", NORTH, NEAR_SHARQAT)
    assert value is not None and value >= load_params().threshold


def test_two_towns_of_one_front_still_agree_for_a_build_up() -> None:
    value = _score("MOBILIZE", NORTH, FARTHER)
    assert value is not None and value >= load_params().threshold


def test_a_report_that_disowns_the_day_before_s_event_does_not_join_it() -> None:
    disowning = "The Iraqi army detained 3 smugglers near Baiji on Tuesday, a catch not linked to Monday's raid."
    plain = "The Iraqi army detained 3 smugglers near Baiji on Tuesday, officials said."
    days = ("2024-03-04", "2024-03-05")
    assert _score("COERCE", BAIJI, BAIJI, days, (None, disowning)) is None
    value = _score("COERCE", BAIJI, BAIJI, days, (None, plain))
    assert value is not None and value >= load_params().threshold


def test_a_disowning_report_still_joins_a_report_of_its_own_day() -> None:
    disowning = "The Iraqi army detained 3 smugglers near Baiji on Tuesday, independent of Monday's raid."
    value = _score("COERCE", BAIJI, BAIJI, ("2024-03-05", "2024-03-05"), (None, disowning))
    assert value is not None and value >= load_params().threshold


def test_a_cluster_holding_a_disowning_report_takes_no_report_of_the_other_day() -> None:
    first = ev("a:e1", type_="COERCE", actors=(ARMY,), recipients=(), place=BAIJI, day="2024-03-05")
    sentence = "The Iraqi army detained 3 smugglers near Baiji on Tuesday, unrelated to Monday's raid."
    first["sentence"] = {"text": sentence, "start": 0, "end": len(sentence)}
    first["trigger"] = {"text": "detained", "start": sentence.index("detained"),
                        "end": sentence.index("detained") + len("detained")}
    second = ev("b:e1", type_="COERCE", actors=(ARMY,), recipients=(), place=BAIJI, day="2024-03-04")
    clusters = cluster_events([first, second])
    assert clusters["a:e1"] != clusters["b:e1"]
