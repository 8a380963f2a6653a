"""Session 56 (sentences written for these tests), from probe C29: a court's order to the
government to free someone is a demand (REQUEST), not the release; a firm a government takes
control of is seized, where a firm buying one is no event; a suspect handed over to a tribunal is
judicial cooperation; a relative clause ends at ", and" before a name that opens a main clause;
a verb of declaring with an object of its own ("declared a state of emergency") reports nothing
told before it."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type, types

DAY = "2019-10-19"


def test_a_courts_order_to_the_government_is_a_demand(explainer: Explainer) -> None:
    text = "Malawi's High Court ordered the government on Wednesday to release the jailed opposition leader."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("REQUEST", ["MWI"])
    assert types(code(explainer, "Malawi's attorney general ordered the release of 40 prisoners.", DAY)) == ["RETREAT"]


def test_a_firm_a_government_takes_control_of_is_seized(explainer: Explainer) -> None:
    text = "Bolivia's government took control of the gas company Transredes on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.actors)) == ("COERCE", "seize", ["BOL"])
    assert code(explainer, "A Chinese firm took control of the Greek port company on Monday.", DAY) == []


def test_a_suspect_handed_over_to_a_tribunal_is_cooperation(explainer: Explainer) -> None:
    text = "Croatia handed over former general Ante Gotovina to the UN war crimes tribunal on Saturday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("COOPERATE", ["HRV"])


def test_a_relative_clause_ends_before_a_named_subject_after_and(explainer: Explainer) -> None:
    text = ("Police in Quito fired tear gas on Friday at students who had blocked a highway over a fuel price rise, "
            "and President Lenin Moreno declared a state of emergency late that night.")
    [emergency] = of_type(explainer, text, "COERCE", DAY)
    assert (emergency.mode, countries(emergency.actors)) == ("martial-law", ["ECU"])


def test_a_declaration_with_an_object_reports_nothing_before_it(explainer: Explainer) -> None:
    text = ("Police in Quito fired tear gas at students on Friday, and President Lenin Moreno declared a state "
            "of emergency late that night.")
    [shooting] = of_type(explainer, text, "ASSAULT", DAY)
    assert (shooting.modality, shooting.attribution) == ("asserted", None)
