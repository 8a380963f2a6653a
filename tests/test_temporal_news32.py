"""Time rules of session 39: spelled clock hours, "last evening", "the present time".

Sentences written for these tests, none taken from a corpus. A spelled-out hour is a clock
time only with "o'clock" ("four o'clock"; "four days" stays a count), and "in the morning" /
"in the evening" after a clock time belongs to it and fixes the half of the day. "Last
evening" is yesterday's evening as "last night" is yesterday's night. "At the present time"
is the present (PRESENT_REF) like "at present"; "the present study" is no time.
"""

from __future__ import annotations

from timex_helpers import found, only


def test_a_spelled_hour_with_oclock_is_a_clock_time() -> None:
    text = "The prisoners were woken at four o'clock in the morning and flown home."
    assert found(text, "2041-04-10") == [("four o'clock in the morning", "TIME", "2041-04-10T04:00")]
    assert only("Shops shut at six o'clock.", "2041-04-10", "six o'clock").value == "2041-04-10T06:00"


def test_the_afternoon_or_evening_after_a_clock_time_makes_it_pm() -> None:
    text = "The convoy left at 7 o'clock in the evening, the mayor said."
    assert only(text, "2041-04-10", "7 o'clock in the evening").value == "2041-04-10T19:00"
    text = "Voting closed at five o'clock in the afternoon."
    assert only(text, "2041-04-10", "five o'clock in the afternoon").value == "2041-04-10T17:00"
    # a written half of the day wins over the phrase
    assert only("He left at 10 p.m. in the evening.", "2041-04-10", "10 p.m. in the evening").value == (
        "2041-04-10T22:00")


def test_a_spelled_number_without_oclock_is_no_clock_time() -> None:
    assert not any(t == "TIME" for _, t, _ in found("Four soldiers were hurt in the blast.", "2041-04-10"))


def test_last_evening_is_the_evening_before() -> None:
    # 2041-04-10 is a Wednesday
    assert only("Last evening the laboratory confirmed the case.", "2041-04-10", "Last evening").value == (
        "2041-04-09TEV")


def test_the_present_time_is_the_present() -> None:
    text = "Officials said there is a low risk to the public at the present time."
    assert only(text, "2041-04-10", "the present time").value == "PRESENT_REF"
    assert found("The present study pushes the date back.", "2041-04-10") == []
