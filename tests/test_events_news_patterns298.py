"""Session 52 (sentences written for these tests), from probe C25, second round: a past verb
after ", and" that follows a governed act's infinitive goes on with the clause that governs it;
a state named by several words ("Sudan's Blue Nile state") is no verb of saying; a span of time
"into" an act anchors it; the handover of a party's own arms disarms; "the country's" forces in
a report are the speaker's; the antecedent of a progressive relative clause acts."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, types

DAY = "2019-05-16"


def test_a_past_verb_after_comma_and_goes_on_with_the_governing_clause(explainer: Explainer) -> None:
    text = ("Amnesty International accused Egyptian police of routinely beating detainees to extract "
            "confessions, and urged the African Union to press Cairo.")
    request = [e for e in code(explainer, text, DAY) if e.type == "REQUEST"]
    assert request and request[0].actors[0].text.endswith("Amnesty International")


def test_a_state_named_by_several_words_is_no_verb_of_saying(explainer: Explainer) -> None:
    text = "Rebels in Sudan's Blue Nile state largely observed a ceasefire on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.modality) == ("RETREAT", "asserted")


def test_a_span_of_time_into_an_act_anchors_it(explainer: Explainer) -> None:
    text = "Three weeks into the Saudi blockade, Qatari and Kuwaiti envoys met in Doha on Monday."
    assert types(code(explainer, text, DAY)) == ["CONSULT"]


def test_the_handover_of_a_partys_own_arms_disarms(explainer: Explainer) -> None:
    text = "The ELN completed the handover of its rifles to church monitors in Colombia on Tuesday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode) == ("RETREAT", "disarm")


def test_the_countrys_forces_in_a_report_are_the_speakers(explainer: Explainer) -> None:
    text = "Italy's prime minister announced that the country's 2,000 troops in Iraq would return home."
    [event] = code(explainer, text, DAY)
    assert countries(event.actors) == ["ITA"]


def test_the_antecedent_of_a_progressive_relative_clause_acts(explainer: Explainer) -> None:
    text = "Police in Lagos fired tear gas at hundreds of students who were marching on Monday."
    protest = [e for e in code(explainer, text, DAY) if e.type == "PROTEST"]
    assert protest and countries(protest[0].actors) == ["NGA"]
