"""The filing day of a story's dateline as the anchor of its relative expressions: agencies'
copy filed on one day ("CAIRO, March 3, 2026 (MENA) -") is often published a day or two
later, and its "today" is the writer's day, not the publication's (the sentences are made up)."""

from __future__ import annotations

from lapwing.records import Document
from lapwing.temporal import default_normaliser, find_timexes

#: A Wednesday.
WEDNESDAY = "2026-03-04"


def _value(text: str, expression: str, published: str) -> str:
    """The value of the first timex of ``text`` that reads ``expression``."""
    return next(t.value for t in find_timexes(text, published) if t.text == expression)


def test_relative_days_count_from_a_dateline_filed_a_day_or_two_before_publication():
    text = "CAIRO, March 3, 2026 (MENA) - President Sisi received the Jordanian king today."
    assert _value(text, "today", WEDNESDAY) == "2026-03-03"
    text = "Manama, March 2, 2026, BNA -- The minister met the envoy of Oman yesterday."
    assert _value(text, "yesterday", WEDNESDAY) == "2026-03-01"
    text = "ADEN, Yemen, 3 March (Xinhua) - Talks broke down on Monday, officials said this week."
    assert _value(text, "Monday", WEDNESDAY) == "2026-03-02"
    text = "March 2 (Reuters) - Oil prices rose today after the strike."
    assert _value(text, "today", WEDNESDAY) == "2026-03-02"
    # a dateline on the story's first line under a headline
    text = "Talks collapse in Aden\nADEN, March 3 (AFP) - The talks collapsed today."
    assert _value(text, "today", WEDNESDAY) == "2026-03-03"


def test_the_filing_day_counts_up_to_three_days_before_publication_and_no_other_date():
    text = "CAIRO, March 1, 2026 (MENA) - Egypt reopened the crossing today."
    assert _value(text, "today", WEDNESDAY) == "2026-03-01"
    text = "CAIRO, March 4, 2026 (MENA) - Egypt reopened the crossing today."
    assert _value(text, "today", WEDNESDAY) == "2026-03-04"
    text = "CAIRO, March 5, 2026 (MENA) - Egypt reopened the crossing today."
    assert _value(text, "today", WEDNESDAY) == "2026-03-04"
    text = "CAIRO, February 20, 2026 (MENA) - Egypt reopened the crossing today."
    assert _value(text, "today", WEDNESDAY) == "2026-03-04"
    # a date that opens a sentence is no dateline
    text = "On March 2 - a Monday - Egypt reopened the crossing, and it closed it again today."
    assert _value(text, "today", WEDNESDAY) == "2026-03-04"
    assert _value("CAIRO (MENA) - Egypt reopened the crossing today.", "today", WEDNESDAY) == "2026-03-04"


def test_the_time_stage_anchor_says_it_is_the_filing_day():
    text = "BEIRUT, March 2 (AFP) - Israeli jets struck two villages today."
    anchor = default_normaliser().document_anchor(Document("d1", "i1", text, published=WEDNESDAY))
    assert anchor.date is not None and anchor.date.isoformat() == "2026-03-02"
    assert "filing day" in anchor.source
    plain = default_normaliser().document_anchor(Document("d1", "i1", text, published=WEDNESDAY), use_dateline=False)
    assert plain.date is not None and plain.date.isoformat() == WEDNESDAY
