"""Session 44 (sentences written for these tests), from the blind probe T5 (Wikinews articles of
the UD GUM corpus): offsets marked as MEANTIME marks "ago", the halves of a game, a year before a
singular unit, decades named by their word, national days, and "a bright start"."""

from __future__ import annotations

from timex_helpers import counted_to, found


def test_an_offset_is_its_measure_and_counts_to_a_day() -> None:
    text = "A crane fell at the mosque on Friday. Four hours earlier, a storm had hit the city."
    assert found(text, "2031-09-13") == [("Friday", "DATE", "2031-09-12"), ("Four hours", "DURATION", "PT4H")]
    assert counted_to(text, "2031-09-13", "Four hours") == "2031-09-12"
    text = "Rebels seized the town on Monday. Six days later, troops took it back."
    assert counted_to(text, "2031-09-13", "Six days") == "2031-09-14"
    # the signal is no reference of its own, but "later" alone still is
    assert found("Years later, he returned.", "2031-09-13") == [("Years", "DURATION", "PXY")]
    assert found("The minister will decide later.", "2031-09-13") == [("later", "DATE", "FUTURE_REF")]
    # a delay against a plan and a comparison a year back stay whole dates
    text = "The bank lost money in the third quarter, against a profit a year earlier."
    assert ("a year earlier", "DATE", "2030-Q3") in found(text, "2031-10-20")


def test_the_halves_of_a_game_are_no_halves_of_a_year() -> None:
    text = "Mertens scored early and the striker added a second goal in the second half."
    assert found(text, "2031-06-19") == []
    # near miss: a company's half is the year's
    assert found("Profits fell in the second half, the company said.", "2031-06-19") == [
        ("the second half", "DATE", "2030-H2")]


def test_a_year_before_a_singular_unit_counts_nothing() -> None:
    assert found("World Cup 2030 day five: Spain win again", "2030-06-19") == [("2030", "DATE", "2030")]
    assert found("The siege lasted 2030 days.", "2030-06-19") == [("2030 days", "DURATION", "P2030D")]


def test_a_decade_named_by_its_word() -> None:
    assert found("Even back in the sixties, he was a star.", "2031-01-28") == [("sixties", "DATE", "196")]
    assert found("Prices soared in the late seventies.", "2031-01-28") == [("late seventies", "DATE", "197")]
    # near miss: an age
    assert found("A man in his sixties was hurt.", "2031-01-28") == []


def test_national_days_of_the_commonwealth() -> None:
    assert found("The flag was raised on Waitangi Day.", "2031-05-07") == [("Waitangi Day", "DATE", "2031-02-06")]
    assert found("Veterans marched on Anzac Day.", "2031-05-07") == [("Anzac Day", "DATE", "2031-04-25")]


def test_a_noun_after_an_adjective_is_no_timetable() -> None:
    # 2031-03-10 is a Monday: the festival's Saturday is the one gone
    text = "The festival was off to a bright start on Saturday night as crowds filled the square."
    assert found(text, "2031-03-10") == [("Saturday night", "TIME", "2031-03-08TNI")]
    # near miss: a plural subject's present is a timetable
    assert found("The ministers meet on Saturday.", "2031-03-10") == [("Saturday", "DATE", "2031-03-15")]
