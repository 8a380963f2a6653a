"""Actor KB (kb/armed_groups.yaml, kb/people.yaml, kb/lexicon.yaml): Sudan's RSF-led Tasis
alliance is a Sudanese armed party; Yemen's council chairman is named by his family name with
its article; "irrigation minister" is the water resources portfolio, and Egypt's minister is
found by another spelling. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.actors import scan

from actor_helpers import hits


def _found(kb, text: str, date: str = "2025-11-20") -> dict[str, tuple]:
    """Each mention found in ``text``, as (actor id, country)."""
    return {span: found[:2] for span, found in hits(kb, text, date).items()}


@pytest.mark.parametrize("text, span", [
    ("Tasis fighters tightened their grip on the road to Dilling on Tuesday.", "Tasis fighters"),
    ("A spokesman for the Tasis alliance denied the claim on Tuesday.", "Tasis alliance"),
])
def test_the_tasis_alliance_is_a_sudanese_party(kb, text: str, span: str) -> None:
    assert _found(kb, text)[span] == ("tasis", "SDN")


def test_a_known_family_name_with_its_article_is_the_person(kb) -> None:
    found = _found(kb, "Al-Alimi met the governor of the central bank in Riyadh on Tuesday.")
    assert ("rashad_al_alimi", "YEM") in found.values()


def test_the_irrigation_minister_is_found_under_another_spelling(kb) -> None:
    found = _found(kb, "Irrigation Minister Hani Swailem toured the Toshka canals on Tuesday.")
    assert found["Irrigation Minister Hani Swailem"] == ("hani_sewilam", "EGY")
    (hit,) = scan("The Iraqi irrigation minister opened the barrage on Tuesday.", "2025-11-20", kb=kb)
    assert hit.text == "Iraqi irrigation minister"
    assert (hit.resolution.actor.country, hit.resolution.actor.sector) == ("IRQ", "GOV")


def test_a_known_body_under_a_head_noun_is_the_body(kb) -> None:
    found = _found(kb, "The Iraqi Army Command said on Tuesday it had sealed the road.")
    assert found["Iraqi Army Command"][1] == "IRQ"
    # a head noun followed by a name of its own is no part of the body before it
    assert "Qassam Brigades" in _found(kb, "Hamas Qassam Brigades said on Tuesday it had fired.")


def test_a_spaced_double_hyphen_ends_a_name(kb) -> None:
    found = _found(kb, "KUNA -- Interior Minister Sheikh Fahad Yousef Al-Sabah opened the centre on Tuesday.")
    assert not any(span.startswith("KUNA") and "Minister" in span for span in found)
    assert ("fahad_yousef_al_sabah", "KWT") in found.values()
