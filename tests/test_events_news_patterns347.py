"""Session 62, fourth round (sentences written for these tests), from probe C35: forces that
"advanced on" a city move on it; pirates are actors of no country; what a crowd right before an
"-ing" verb demands is its own demand, not the purpose of the police action aimed at it; a ruler
"ousted" or "overthrown" by the army is taken from power, though "the ousted president" names a
former one; an army that "took control of the country" seizes power, and the president it then
places under house arrest is arrested apart, a person of its state but no part of its army; an
expulsion and a freeze of trade are two sanctions."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries

DAY = "2019-04-04"


def test_forces_advancing_on_a_city_mobilise(explainer: Explainer) -> None:
    text = "Forces loyal to eastern Libyan commander Khalifa Haftar advanced on Tripoli on Thursday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("MOBILIZE", ["LBY"])


def test_shares_advancing_move_no_one(explainer: Explainer) -> None:
    assert code(explainer, "Shares advanced on Thursday in Tokyo.", DAY) == []


def test_pirates_kidnapping_crew_act_with_no_country(explainer: Explainer) -> None:
    text = "Pirates boarded an oil tanker off the coast of Benin on Sunday and kidnapped eight crew members."
    kidnap = [e for e in code(explainer, text, DAY) if e.trigger.text == "kidnapped"]
    assert [(e.type, [a.text for a in e.actors]) for e in kidnap] == [("ASSAULT", ["Pirates"])]


def test_supporters_demanding_under_tear_gas_make_their_own_demand(explainer: Explainer) -> None:
    text = "Security forces in Togo fired tear gas at opposition supporters demanding the president's resignation."
    demands = [e for e in code(explainer, text, DAY) if e.type == "REQUEST"]
    assert [[a.text for a in e.actors] for e in demands] == [["opposition supporters"]]


def test_an_army_ousting_the_president_takes_power(explainer: Explainer) -> None:
    [event] = code(explainer, "Sudan's military ousted President Omar al-Bashir on Thursday.", DAY)
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("COERCE", ["SDN"], ["SDN"])


def test_the_ousted_president_is_no_coup(explainer: Explainer) -> None:
    assert code(explainer, "The ousted president was flown to Istanbul on Thursday.", DAY) == []


def test_an_expulsion_and_a_freeze_of_trade_are_two_sanctions(explainer: Explainer) -> None:
    text = "Saudi Arabia expelled Canada's ambassador and froze all new trade and investment with Ottawa on Monday."
    assert sorted((e.type, e.mode) for e in code(explainer, text, DAY)) == [
        ("SANCTION", "discontinue"), ("SANCTION", "expel")]


def test_a_coup_and_the_presidents_arrest_are_two_acts(explainer: Explainer) -> None:
    text = ("Zimbabwe's army took control of the country on Wednesday and placed President Robert Mugabe "
            "under house arrest in Harare.")
    events = code(explainer, text, "2017-11-15")
    assert [(e.type, e.mode, countries(e.recipients)) for e in events] == [
        ("COERCE", "seize", []), ("COERCE", "arrest", ["ZWE"])]


def test_a_haul_seized_and_its_carriers_arrested_stay_one_raid(explainer: Explainer) -> None:
    # near miss: no coup word, so the seizure and the arrests are one operation
    text = "Police seized 300 kilograms of hashish and arrested three clearing agents on Monday."
    assert [e.type for e in code(explainer, text, DAY)] == ["COERCE"]
