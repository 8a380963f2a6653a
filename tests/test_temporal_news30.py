"""Round-5 lexical time rules of session 33 (probe T9): holiday stretches and the week of a day.

Sentences written for these tests, none taken from a probe or corpus. A holiday that names a
buying season before "period" or "season", alone or joined to a second holiday ("the Easter
and May Day period"), is the vague stretch of days around it (DURATION PXD, as MEANTIME
writes "the Christmas and New Year sales period"); other holidays keep their day. "the week of
<day>" is the calendar week holding that day.
"""

from __future__ import annotations

from timex_helpers import found, only


def test_a_holiday_before_period_or_season_is_a_stretch_of_days() -> None:
    text = "Ferry bookings for the Christmas and New Year period rose 9 percent."
    assert found(text, "2038-12-02") == [("Christmas and New Year period", "DURATION", "PXD")]
    text = "Toy makers rely on the Christmas season for half their sales."
    assert found(text, "2038-10-02") == [("Christmas season", "DURATION", "PXD")]
    text = "Hotels in the south expect a quiet Easter holiday period."
    assert found(text, "2038-03-02") == [("Easter holiday period", "DURATION", "PXD")]
    text = "Grocers reported brisk trade over the Ramadan shopping season."
    assert only(text, "2038-10-02", "Ramadan shopping season").value == "PXD"


def test_a_holiday_outside_the_buying_seasons_keeps_its_day() -> None:
    text = "Railways expect a record Thanksgiving travel period."
    assert only(text, "2038-11-20", "Thanksgiving").type == "DATE"
    # the day itself, not a stretch
    assert only("The shop will close on Christmas Day.", "2038-12-02", "Christmas Day").value == "2038-12-25"
    assert only("Sales will resume after Christmas.", "2038-12-02", "Christmas").value == "2038-12-25"


def test_the_week_of_a_day_is_the_week_holding_it() -> None:
    text = "The summit will be held in the week of March 14 in Geneva."
    assert found(text, "2039-02-01") == [("the week of March 14", "DATE", "2039-W11")]
    text = "Parliament sat in the week of 7 November."
    assert only(text, "2039-12-01", "the week of 7 November").value == "2039-W45"
    assert only("Voting ends the week of June 2, 2040.", "2039-12-01", "the week of June 2, 2040").value == "2040-W22"
