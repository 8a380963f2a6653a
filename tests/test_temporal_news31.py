"""Round-1 time rules of session 34 (probe T10): fixtures played, waits, weekends, election nights.

Sentences written for these tests, none taken from a probe or corpus. Sides that "play" an
opponent on a weekday meet in a fixture on the timetable, so the weekday is the nearest
one, ahead as often as behind, like "ministers meet on Sunday". A bare plural unit after a verb
of waiting is a vague duration, as after "spend" or "take". "on weekends" / "at weekends" is
every weekend (SET), as "on Sundays" is every Sunday. A clock time "on election night" is on
the day of the election that the text dated in the possessive ("Tuesday's election").
"""

from __future__ import annotations

from timex_helpers import found, only


def test_a_fixture_played_on_a_weekday_looks_ahead() -> None:
    # 2041-03-07 is a Thursday: "Saturday" is two days ahead, not five behind
    assert only("Ajax play Feyenoord on Saturday in Rotterdam.", "2041-03-07", "Saturday").value == "2041-03-09"
    text = "The two sides play again on Sunday at 3 p.m. local time, the league said."
    assert only(text, "2041-03-07", "Sunday").value == "2041-03-10"
    # a past fixture keeps the day behind
    assert only("Ajax played Feyenoord on Saturday.", "2041-03-07", "Saturday").value == "2041-03-02"
    # "to play" after a failure is no timetable
    assert only("The side failed to play on Monday after a storm.", "2041-03-07", "Monday").value == "2041-03-04"


def test_a_bare_plural_unit_after_a_verb_of_waiting_is_a_vague_duration() -> None:
    assert found("Farmers in the valley have waited years for the new dam.", "2041-05-02") == [
        ("years", "DURATION", "PXY")]
    assert only("Some patients are waiting months for a scan.", "2041-05-02", "months").value == "PXM"
    assert only("The envoy waits weeks for each reply.", "2041-05-02", "weeks").value == "PXW"


def test_weekends_after_on_or_at_are_every_weekend() -> None:
    assert found("Repairs to the bridge will take place on weekends.", "2041-06-12") == [
        ("weekends", "SET", "XXXX-WXX-WE")]
    assert only("The border post now closes at weekends.", "2041-06-12", "weekends").type == "SET"
    # with no preposition the plural counts weekends, no recurrence
    assert ("weekends", "SET", "XXXX-WXX-WE") not in found("Both weekends were quiet.", "2041-06-12")


def test_a_clock_time_on_the_night_of_an_occasion_dated_in_the_possessive() -> None:
    # 2042-04-11 is a Friday; Sunday's runoff was 2042-04-06
    text = ("Lucia Ferrer won Sunday's presidential runoff by a wide margin. "
            "Her rival conceded at 10:40 p.m. local time on runoff night.")
    assert only(text, "2042-04-11", "10:40 p.m. local time").value == "2042-04-06T22:40"
    # a night of another occasion keeps the article's day
    text = "Sunday's rally passed off calmly. Police withdrew at 10:40 p.m. on election night."
    assert only(text, "2042-04-11", "10:40 p.m.").value == "2042-04-11T22:40"
