"""Session 58 (sentences written for these tests), from probes C24 to C31: ties cut, severed,
broken off or ended are relations broken (CAMEO 161, which PLOVER maps to SANCTION withdraw),
as relations severed already were; a member suspended from a body's councils or activities is
shut out of it (SANCTION expel), a student suspended from a university is not."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries

DAY = "1988-03-09"


def test_ties_cut_are_relations_broken(explainer: Explainer) -> None:
    [event] = code(explainer, "Senegal cut diplomatic ties with Mauritania on Tuesday.", DAY)
    assert (event.type, event.mode, countries(event.recipients)) == ("SANCTION", "withdraw", ["MRT"])


def test_relations_broken_off_are_withdrawn(explainer: Explainer) -> None:
    [event] = code(explainer, "Somalia broke off diplomatic relations with Kenya on Tuesday.", DAY)
    assert (event.type, event.mode) == ("SANCTION", "withdraw")


def test_a_member_suspended_from_a_bodys_councils_is_shut_out(explainer: Explainer) -> None:
    text = "The Commonwealth suspended Fiji from its councils on Tuesday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.recipients)) == ("SANCTION", "expel", ["FJI"])


def test_students_suspended_from_a_university_are_no_member_shut_out(explainer: Explainer) -> None:
    [event] = code(explainer, "Zambia suspended 40 students from the university on Tuesday.", DAY)
    assert event.mode != "expel"
