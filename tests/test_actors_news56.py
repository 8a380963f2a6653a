"""Actors: a bare force noun ("police", "security forces") opening an object relative clause
("suspects whom police detained") is the clause's subject and acts, placed by the sentence's
places as it is when it opens the sentence; the noun the pronoun follows is arrested. A "that"
after a reporting verb opens its content, no relative clause. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2025-02-11"


@pytest.mark.parametrize("text, country, force", [
    ("A Konya court is interrogating nine suspects whom police detained in dawn raids on Tuesday.",
     "TUR", "police"),
    ("A judge in Multan remanded six men that police arrested on Tuesday.", "PAK", "police"),
    ("A judge in Sukkur remanded four students whom security forces detained in a raid on Tuesday.",
     "PAK", "security forces"),
])
def test_a_bare_force_opening_an_object_relative_acts(explainer: Explainer, text: str, country: str,
                                                       force: str) -> None:
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert [(a.text, a.country) for a in arrest.actors] == [(force, country)]


def test_the_noun_before_the_object_relative_is_arrested(explainer: Explainer) -> None:
    text = "A Konya court is interrogating nine suspects whom police detained in dawn raids on Tuesday."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert [r.text for r in arrest.recipients] == ["suspects"]


def test_a_that_after_a_reporting_verb_opens_no_relative_clause(explainer: Explainer) -> None:
    text = "Turkish officials said on Tuesday that police detained nine men in Konya."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert "officials" not in {r.text for r in arrest.recipients}
    assert [a.text for a in arrest.actors] == ["police"]
