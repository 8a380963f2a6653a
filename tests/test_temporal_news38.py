"""Session 45 (sentences written for these tests), from the blind probe T6 (Wikinews interviews
of the UD GUM corpus): speeds, an idiom, "of the week" naming a kind of thing, and "the past
couple of days"."""

from __future__ import annotations

from timex_helpers import found


def test_a_speed_is_no_frequency_and_no_duration() -> None:
    assert found("The cyclone had winds of 210 kilometers per hour on Friday.", "2033-10-15") == [
        ("Friday", "DATE", "2033-10-14")]
    assert found("The convoy moved north at 40 km an hour.", "2033-10-15") == []
    assert found("Gusts reached 90 miles an hour.", "2033-10-15") == []
    # near misses: a wage's hour and a bare hour stay times
    assert found("Pickers earn 6 dollars per hour.", "2033-10-15") == [("per hour", "SET", "PT1H")]
    assert found("The storm lasted an hour.", "2033-10-15") == [("an hour", "DURATION", "PT1H")]


def test_sooner_or_later_names_no_time() -> None:
    assert found("Sooner or later the two sides will have to talk.", "2033-10-15") == []
    assert found("The two sides will talk later.", "2033-10-15") == [("later", "DATE", "FUTURE_REF")]


def test_of_the_week_after_a_noun_says_what_kind_of_thing() -> None:
    assert found("She was named the magazine's Person of the Year.", "2033-10-15") == []
    assert found("He writes the story of the week for the paper.", "2033-10-15") == []
    assert found("In the first game of the day, Chile beat Peru.", "2033-10-15") == []
    # near misses: a part of the week and a superlative's record are times
    assert found("Shares fell for the rest of the week.", "2033-10-15") == [("the week", "DATE", "2033-W41")]
    assert found("It was the busiest day of the week.", "2033-10-15") == [("the week", "DATE", "2033-W41")]


def test_the_past_couple_of_days_is_a_measure() -> None:
    assert found("Prices fell over the past couple of days.", "2033-10-15") == [
        ("the past couple of days", "DURATION", "P2D")]
    assert found("Talks resume in the next couple of weeks.", "2033-10-15") == [
        ("the next couple of weeks", "DURATION", "P2W")]
