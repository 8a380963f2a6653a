"""Event structure, eighth round (issue #4): background nouns and clauses that coded events
of their own. A relative clause in "would have" says what a rejected text would have done,
so nothing in it happened; talks' topic is no event whatever the talks are called
("negotiations on a trade agreement"); an "-ed" form between a count and the noun it counts
describes who was taken earlier ("153 captured fighters"); an event noun modifying the place
kept for it ("detention camps") is no act."""

from __future__ import annotations

from functools import partial

from lapwing.explain import Explainer

import event_helpers

DAY = "2026-03-04"

code = partial(event_helpers.code, date=DAY)


def test_a_vetoed_text_that_would_have_condemned_codes_only_the_veto(explainer: Explainer) -> None:
    text = "Russia on Wednesday vetoed a resolution that would have condemned the Ukrainian strike on Kursk."
    assert [e.type for e in code(explainer, text)] == ["REJECT"]


def test_negotiations_on_an_agreement_name_its_topic(explainer: Explainer) -> None:
    text = "Canada froze negotiations on a free trade agreement with Norway on Thursday."
    events = code(explainer, text)
    assert "AGREE" not in [e.type for e in events]


def test_a_counted_participle_describes_its_noun(explainer: Explainer) -> None:
    text = "Ethiopia freed 42 captured soldiers on Monday."
    assert "ASSAULT" not in [e.type for e in code(explainer, text)]


def test_an_event_noun_naming_a_camp_is_no_act(explainer: Explainer) -> None:
    text = "Croatia on Sunday unveiled a plaque at former Serb detention camps near Knin."
    assert "COERCE" not in [e.type for e in code(explainer, text)]
