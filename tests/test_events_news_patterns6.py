"""Constructions found while reading the errors of tests/fixtures/cluster_test9 (2026-11-21),
tested here on sentences written for these tests: crowds counted in hundreds, sanctions
announced, military columns entering a territory, forces leaving a town, conditional
warnings, the speaker of a report before a participle, ships named by their owner, a
participle describing the recipient, and streets named after cities."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code as events, countries, of_type


def test_people_counted_in_hundreds_are_a_crowd(explainer: Explainer) -> None:
    for text in ("Several hundred people demonstrated in Karbala on Tuesday.",
                 "About 3,000 people marched through Sulaymaniyah on Tuesday."):
        (protest,) = of_type(explainer, text, "PROTEST")
        assert [a.text for a in protest.actors] == ["people"]
    (small,) = of_type(explainer, "Some 12 people demonstrated in Karbala on Tuesday.", "PROTEST")
    assert small.actors == []  # a dozen people are no crowd: the protest is placed, its actor unnamed


def test_sanctions_announced_are_sanctions(explainer: Explainer) -> None:
    text = "Canada announced sanctions Wednesday against three settler leaders in the Jordan Valley."
    (sanction,) = of_type(explainer, text, "SANCTION")
    assert countries(sanction.actors) == ["CAN"]


def test_a_military_column_entering_a_territory_is_a_mobilisation(explainer: Explainer) -> None:
    text = ("A Russian military convoy of some 20 trucks, several tanks and armoured vehicles entered "
            "Deir ez-Zor province on Tuesday.")
    (move,) = of_type(explainer, text, "MOBILIZE")
    assert countries(move.actors) == ["RUS"]
    assert of_type(explainer, "A convoy of 40 aid trucks entered Gaza on Tuesday.", "MOBILIZE") == []


def test_forces_leaving_a_town_retreat(explainer: Explainer) -> None:
    text = "Witnesses said Iraqi army troops left the town before dawn on Tuesday."
    (retreat,) = of_type(explainer, text, "RETREAT")
    assert countries(retreat.actors) == ["IRQ"]
    assert of_type(explainer, "The gunmen killed two soldiers and left four wounded.", "RETREAT") == []
    assert of_type(explainer, "The families left the town on Tuesday.", "RETREAT") == []


def test_a_conditional_warning_by_a_party_is_a_threat(explainer: Explainer) -> None:
    text = ("Iran's foreign minister warned on Tuesday that if the Europeans restore the sanctions, "
            "Tehran will end its cooperation with the inspectors.")
    (threat,) = of_type(explainer, text, "THREATEN")
    assert countries(threat.actors) == ["IRN"]
    assert events(explainer, "The central bank warned on Tuesday that prices will rise if the rial falls.") == []


def test_a_participle_after_a_report_takes_its_speaker(explainer: Explainer) -> None:
    text = ("Iraq's sovereignty is not for sale, Prime Minister Mohammed Shia al-Sudani said on Tuesday "
            "in Baghdad, accusing Turkey of violating it.")
    (accusation,) = of_type(explainer, text, "ACCUSE")
    assert [a.actor_id for a in accusation.actors] == ["mohammed_shia_al_sudani"]
    assert countries(accusation.recipients) == ["TUR"]


def test_a_ships_owner_is_no_party_to_the_attack(explainer: Explainer) -> None:
    text = "The Houthis fired two missiles at a Norwegian-owned chemical tanker in the Red Sea on Tuesday."
    (attack,) = of_type(explainer, text, "ASSAULT")
    assert [(r.text, r.country) for r in attack.recipients] == [("tanker", None)]


def test_a_participle_describing_the_recipient_is_a_second_act(explainer: Explainer) -> None:
    text = "The army said a drone strike on Tuesday targeted a Hezbollah squad firing rockets at Metula."
    strikes = of_type(explainer, text, "ASSAULT")
    assert len(strikes) == 2
    assert any(countries(s.actors) == ["LBN"] for s in strikes)


def test_a_street_named_after_a_city_is_no_party(explainer: Explainer) -> None:
    text = "Protesters blocked Basra Street with burning tyres on Tuesday."
    assert all("IRQ" not in countries(e.actors) for e in events(explainer, text))


def test_the_reason_for_a_measure_is_not_coded_beside_it(explainer: Explainer) -> None:
    text = "Germany imposed sanctions on Tuesday on two settler groups over attacks on Palestinian farmers."
    assert [e.type for e in events(explainer, text)] == ["SANCTION"]
    (alone,) = events(explainer, "Outrage grew on Tuesday over attacks on Palestinian farmers by settlers.")
    assert alone.type == "ASSAULT" and alone.confidence < 0.7


def test_a_crowd_opening_the_clause_acts_past_a_long_modifier(explainer: Explainer) -> None:
    text = "Protesters furious at months of unpaid salaries and power cuts gathered outside the governorate."
    (protest,) = of_type(explainer, text, "PROTEST")
    assert [a.text for a in protest.actors] == ["Protesters"]
