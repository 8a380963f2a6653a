"""Time expressions from a third fresh news probe (issue #9): general gaps the MEANTIME dev half did not show.

Each sentence is new (not the probe's); each test fails without the rule or cue it names.
"""

from __future__ import annotations

from lapwing.temporal import find_timexes


def _values(text: str, date: str | None) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, date)}


def test_a_verb_after_a_named_subject_is_finite() -> None:
    """"The Swiss National Bank said Tuesday it would ...": dropping the name leaves "the said",
    yet "said" is the finite past verb, so Tuesday is the one before the Thursday article, not the next."""
    text = "The Swiss National Bank said Tuesday it would stop buying euros."
    assert _values(text, "2011-09-08")["Tuesday"] == "2011-09-06"


def test_a_past_form_after_a_determiner_alone_is_still_an_adjective() -> None:
    """Without a name between, "the revised forecast" keeps "revised" an adjective: the future cue decides."""
    text = "Analysts will publish the revised forecast on Tuesday."
    assert _values(text, "2011-09-08")["Tuesday"] == "2011-09-13"


def test_a_promise_dated_by_a_period_phrase_still_looks_ahead() -> None:
    """"pledged last week to keep ... until the end of May": the phrase dates the pledge, the act
    promised lies ahead, so May is the coming one, although the May just past is nearer."""
    text = "Producers pledged last week to keep output low until the end of May."
    assert _values(text, "2013-08-19")["the end of May"] == "2014-05"


def test_the_same_quarter_last_year_after_a_statement_day() -> None:
    """A statement's day between the quarter and "the same quarter last year" does not replace the quarter."""
    text = ("Acme posted a second-quarter loss of $3 million on Wednesday, against a profit of $5 million "
            "in the same quarter last year.")
    assert _values(text, "2007-07-26")["the same quarter last year"] == "2006-Q2"


def test_the_year_earlier_period_after_a_closing_day() -> None:
    """"the three months ended March 31" names a quarter by its last day: the comparison is that quarter a year back."""
    text = ("Sales rose in the first quarter. Profit in the three months ended March 31 was $8 million, "
            "up from $6 million in the year-earlier period.")
    assert _values(text, "2008-04-24")["the year-earlier period"] == "2007-Q1"


def test_the_quarter_is_the_latest_quarter_named() -> None:
    """Results are reported by the quarter: sentences and a day later, "the quarter" is still the
    quarter the article named, not the quarter of the day before it."""
    text = ("Northgate earned $90 million in the fourth quarter, its best result since 1998. "
            "Its chief executive resigned in protest. The company listed its shares on March 2. "
            "It paid $5 million in tax in the quarter.")
    assert _values(text, "2011-04-12")["the quarter"] == "2010-Q4"


def test_a_dateline_opening_a_long_first_line_dates_an_undated_story() -> None:
    """"LONDON, March 3, 2009 - ... said today": the story's own dateline anchors it when no date is given."""
    text = "LONDON, March 3, 2009 - The bank said today it would cut 2,000 jobs. It will report on Thursday."
    values = _values(text, None)
    assert values["today"] == "2009-03-03"
    assert values["Thursday"] == "2009-03-05"


def test_a_date_later_in_a_long_first_line_is_no_dateline() -> None:
    """Only a date opening the line (after its place) is a dateline; one deep in the sentence is news."""
    text = "The bank said today it would close the branch it opened on March 3, 2009 - a sign of the times."
    assert _values(text, None)["today"] == "XXXX-XX-XX"
