"""Trades keep their sector where the place gives their country ("teachers": EDU, also as
"schoolteachers"); a participle's object before a relative clause is no subject ("officers
screening families who fled ... arrested"); an attack naming no doer is that of the fighting
party of the "as" clause after it; a threat's condition names whom it targets. Sentences
written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2011-05-18"


def test_teachers_placed_by_the_event_keep_their_trade(explainer: Explainer) -> None:
    (protest,) = of_type(explainer, "Teachers marched in Accra on Tuesday over unpaid salaries.", "PROTEST", DAY)
    assert [(a.country, a.sector) for a in protest.actors] == [("GHA", "EDU")]


def test_schoolteachers_in_a_town_are_teachers(explainer: Explainer) -> None:
    text = "Some 300 schoolteachers in Sulaimaniyah staged a sit-in on Tuesday over salary delays."
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert [(a.country, a.sector) for a in protest.actors] == [("IRQ", "EDU")]


def test_the_object_of_a_participle_before_a_relative_clause_is_no_subject(explainer: Explainer) -> None:
    text = ("Turkish gendarmes checking passengers who crossed from Syria arrested five Islamic State members "
            "at the Kilis gate on Tuesday.")
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert [a.country for a in arrest.actors] == ["TUR"]


def test_a_second_verb_after_the_relative_clause_shares_the_subject(explainer: Explainer) -> None:
    text = ("Turkish gendarmes checking passengers who crossed from Syria picked out five Islamic State members "
            "at the Kilis gate on Tuesday and led them away in handcuffs.")
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert [a.country for a in arrest.actors] == ["TUR"]
    assert [r.text for r in arrest.recipients] == ["Islamic State"]


def test_the_antecedent_of_a_relative_clause_still_acts(explainer: Explainer) -> None:
    # the control: no participle before the antecedent, which heads the subject
    text = "Villagers who lost their homes in the floods blocked the highway to Multan on Tuesday."
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert [a.text for a in protest.actors] == ["Villagers"]


def test_forces_of_the_as_clause_did_the_attack(explainer: Explainer) -> None:
    text = "Shells crashed into Marjayoun on Tuesday as Israeli tanks advanced toward the river."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [a.country for a in attack.actors] == ["ISR"]


def test_domestic_forces_of_the_as_clause_did_the_attack(explainer: Explainer) -> None:
    text = "Barrel bombs fell on Douma on Tuesday as regime helicopters circled over the town."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [(a.country, a.sector) for a in attack.actors] == [("SYR", "MIL")]


def test_officials_of_the_as_clause_did_no_attack(explainer: Explainer) -> None:
    text = "Shells crashed into Marjayoun on Tuesday as Israeli officials met in Jerusalem."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert not attack.actors


def test_the_party_heading_a_threats_condition_is_threatened(explainer: Explainer) -> None:
    text = "Tribal elders threatened on Monday to shut the oil fields if rebels entered the valley."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert [r.text for r in threat.recipients] == ["rebels"]


def test_a_condition_without_a_party_targets_no_one(explainer: Explainer) -> None:
    text = "Tribal elders threatened on Monday to shut the oil fields if it rained."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert not threat.recipients


def test_a_threat_read_from_its_modality_is_made_to_the_party_of_its_condition(explainer: Explainer) -> None:
    # THREATEN here comes from the modality reading ("would ... unless"), after the roles were read
    text = "Kenya's miners would walk out of the mines unless Tanzania reopened the border, their union said."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert [r.country for r in threat.recipients] == ["TZA"]
