"""Event dates in news sentences: a time inside a condition ("if ...", "should the enemy
strike ...", "were they to ...") or in an "of" phrase naming an earlier act ("the raid of
March 2024") never dates the main event; and an ordinal that ranks the event in a series
("the fifth to be seized since May") makes the "since" phrase the series' bound, not the
event's range (the sentences are made up)."""

from __future__ import annotations

from eventdate_helpers import dated

#: A Wednesday.
WEDNESDAY = "2026-05-13"


def test_a_time_inside_an_inverted_condition_does_not_date_the_threat() -> None:
    text = ("The commander said today that the port would be destroyed should the rebels repeat the "
            "shelling of April 2025.")
    date = dated(text, "destroyed", WEDNESDAY)
    assert (date.value, date.basis) == (WEDNESDAY, "report")
    text = "The minister said on Wednesday that troops would cross the border were the militia to attack in June."
    assert dated(text, "cross", WEDNESDAY).value == WEDNESDAY


def test_a_time_inside_an_if_clause_before_the_main_clause_does_not_date_it() -> None:
    text = "If the talks collapse on Friday, the rebels will storm the capital."
    assert dated(text, "storm", WEDNESDAY).basis == "document"
    # the act inside the condition keeps the condition's time
    assert dated(text, "talks", WEDNESDAY).value == "2026-05-15"


def test_a_date_naming_an_earlier_act_in_an_of_phrase_does_not_date_the_event() -> None:
    text = "Rebels seized the town on Monday, repeating the raid of March 2024."
    assert dated(text, "raid", WEDNESDAY).value == "2024-03"
    text = "Militants shelled the village, avenging the massacre of 9 March."
    assert dated(text, "shelled", WEDNESDAY).basis == "document"
    # a stretch of the date stays a time of the verb
    text = "The ministry said it would freeze the accounts for the rest of 2026."
    assert dated(text, "freeze", WEDNESDAY).value == "2026"


def test_an_ordinal_ranking_the_event_in_a_series_bounds_the_series_not_the_event() -> None:
    text = "The tanker is the fifth to be seized since May 2025."
    date = dated(text, "seized", WEDNESDAY)
    assert (date.value, date.basis) == (WEDNESDAY, "document")
    text = "Jets bombed the airport, their third strike on the city since January."
    assert dated(text, "bombed", WEDNESDAY).basis == "document"
