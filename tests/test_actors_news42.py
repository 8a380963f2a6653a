"""Actors: crews of a named force are its members; the named antecedent of "who had V-ed" does
the relative clause's act; a title and its apposed name are one party; the state organ of the
"after police V-ed" clause holds the subject of "are behind bars". Sentences written for these
tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2025-06-11"  # a Wednesday


def test_crews_of_a_named_air_force_join_a_coordinated_subject(explainer: Explainer) -> None:
    text = ("Royal Jordanian Air Force crews and Bahraini pilots have been flying combined sorties "
            "out of Muwaffaq Salti since Monday.")
    (event,) = of_type(explainer, text, "COOPERATE", DAY)
    assert sorted(a.country for a in event.actors) == ["BHR", "JOR"]


def test_crews_after_a_demonym_are_that_states_forces(explainer: Explainer) -> None:
    text = "Omani crews and Qatari pilots have been flying combined sorties out of Thumrait since Monday."
    (event,) = of_type(explainer, text, "COOPERATE", DAY)
    assert sorted(a.country for a in event.actors) == ["OMN", "QAT"]


def test_the_named_antecedent_of_who_had_does_the_relative_clauses_act(explainer: Explainer) -> None:
    text = "Police spent the night removing Haredi protesters who had parked themselves on Route 1 near Modiin."
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert [a.actor_id for a in protest.actors] == ["haredim"]


def test_a_named_antecedent_beats_its_common_noun_before_who(explainer: Explainer) -> None:
    text = "Hamas gunmen who ambushed the patrol near Tubas were later killed."
    ambush = next(e for e in of_type(explainer, text, "ASSAULT", DAY) if e.trigger.text == "ambushed")
    assert [a.actor_id for a in ambush.actors] == ["hamas"]


def test_a_title_and_its_apposed_name_are_one_actor(explainer: Explainer) -> None:
    text = ("Syria's foreign minister, Asaad Hassan al-Shaibani, and Hakan Fidan spent the morning "
            "in a closed-door session in Ankara.")
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert sorted(a.actor_id for a in talks.actors) == ["asaad_al_shaibani", "hakan_fidan"]


def test_police_of_the_after_clause_hold_those_behind_bars(explainer: Explainer) -> None:
    text = "Four men are behind bars tonight after police uncovered a smuggling ring in Aswan."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert [(a.country, a.sector) for a in arrest.actors] == [("EGY", "COP")]


def test_an_army_named_in_the_after_clause_holds_them(explainer: Explainer) -> None:
    text = "Three smugglers were behind bars on Sunday after the Jordanian army intercepted their convoy."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert [a.country for a in arrest.actors] == ["JOR"]


def test_civilians_in_the_after_clause_hold_no_one(explainer: Explainer) -> None:
    text = "Two reporters are behind bars after protesters stormed a courthouse in Lagos."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert arrest.actors == []
