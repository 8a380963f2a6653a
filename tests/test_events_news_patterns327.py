"""Session 56 (sentences written for these tests), from probe C29: a future or modal verb
resumes its subject after an aside set off by commas ("Brazil and Argentina, whose presidents
met last month, will sign"); a stadium that "will host the final" of a tournament hosts no one;
a deadline "or face legal action" is an ultimatum (THREATEN); "three days of marches" a party
plans to stage are a protest it intends."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, types

DAY = "2018-01-15"


def test_a_modal_verb_resumes_its_subject_after_an_aside(explainer: Explainer) -> None:
    text = "Chile and Peru, whose presidents met last month in Lima, will sign a fisheries accord next week."
    [event] = code(explainer, text, DAY)
    assert (event.type, sorted(countries(event.actors))) == ("AGREE", ["CHL", "PER"])


def test_a_final_a_stadium_will_host_is_no_visit(explainer: Explainer) -> None:
    text = ("Peru's national stadium, where thousands were held after the coup, will host the final of the Copa "
            "America on Saturday.")
    assert code(explainer, text, DAY) == []


def test_a_deadline_or_face_legal_action_is_an_ultimatum(explainer: Explainer) -> None:
    text = "The European Commission gave Hungary two months to repeal the law or face legal action."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.recipients)) == ("THREATEN", ["HUN"])


def test_marches_a_party_plans_to_stage_are_an_intended_protest(explainer: Explainer) -> None:
    text = "Guinea's opposition alliance plans to stage three days of marches in Conakry next week."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.modality, countries(event.actors)) == ("PROTEST", "intended", ["GIN"])
