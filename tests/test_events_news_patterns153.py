"""Roles: the source of a statement that opens the sentence ("A statement from X described
...") is the subject a later participle shares, and an international body named beside a
state is no second country for "the government". Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2026-04-06"


def test_the_source_of_an_opening_statement_speaks_for_the_participle(explainer: Explainer) -> None:
    text = ("A statement from Sudan's foreign ministry on Monday called the Quad's proposal 'a partition "
            "scheme', saying the government would never sign a text written abroad.")
    [refusal] = of_type(explainer, text, "REJECT", DAY)
    assert [a.country for a in refusal.actors] == ["SDN"]


def test_an_international_body_is_no_second_country_for_the_government(explainer: Explainer) -> None:
    text = "The African Union's plan was published in Niamey on Sunday; the government would not sign it."
    [refusal] = of_type(explainer, text, "REJECT", DAY)
    assert [a.country for a in refusal.actors] == ["NER"]
