"""Clustering (round 3, session 32; sentences written here): a set-apart marker that opens the
sentence before the trigger ("*Separately from* Monday's raid, the army detained ...") or an
adverb of the kind ("independently of") sets a report apart from a like event of another day
as a marker after the trigger does."""

from __future__ import annotations

from lapwing.clustering import load_params, make_report, pair_score

from test_clustering import ev

ARMY = {"text": "the Iraqi army", "actor_id": "IRQ", "country": "IRQ", "sector": "MIL"}
TIKRIT = {"text": "Tikrit", "name": "Tikrit", "lat": 34.6071, "lon": 43.6782, "country": "IRQ",
          "feature": "city", "precision": "city"}
DAYS = ("2024-03-04", "2024-03-05")


def _score(sentence: str | None, trigger: str = "detained",
           days: tuple[str, str] = DAYS) -> float | None:
    p = load_params()
    one = ev("a:e1", type_="COERCE", actors=(ARMY,), recipients=(), place=TIKRIT, day=days[0])
    other = ev("b:e1", type_="COERCE", actors=(ARMY,), recipients=(), place=TIKRIT, day=days[1])
    if sentence is not None:
        start = sentence.index(trigger)
        other["sentence"] = {"text": sentence, "start": 0, "end": len(sentence)}
        other["trigger"] = {"text": trigger, "start": start, "end": start + len(trigger)}
    return pair_score(make_report(one, params=p), make_report(other, params=p), p)[0]


def test_a_fronted_separately_from_sets_the_report_apart() -> None:
    assert _score("Separately from Monday's sweep, the Iraqi army detained 4 smugglers near Tikrit "
                  "on Tuesday, officials said.") is None


def test_a_fronted_marker_of_the_old_list_sets_the_report_apart_too() -> None:
    assert _score("Unrelated to Monday's sweep, the Iraqi army detained 4 smugglers near Tikrit on Tuesday.") is None


def test_independently_of_after_the_trigger_sets_the_report_apart() -> None:
    assert _score("The Iraqi army detained 4 smugglers near Tikrit on Tuesday, independently of "
                  "Monday's sweep.") is None


def test_a_plain_report_of_the_next_day_still_joins() -> None:
    # near miss: "separately" alone (no "from") sets nothing apart
    value = _score("The Iraqi army separately detained 4 smugglers near Tikrit on Tuesday, officials said.")
    assert value is not None and value >= load_params().threshold


def test_a_fronted_marker_does_not_part_reports_of_one_day() -> None:
    value = _score("Separately from the sweep, the Iraqi army detained 4 smugglers near Tikrit on Tuesday.",
                   days=("2024-03-05", "2024-03-05"))
    assert value is not None and value >= load_params().threshold
