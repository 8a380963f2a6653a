"""Gaps a seventh unseen time probe (T7) showed, in made-up sentences: vague measures after
"take" and "spend"; "every" with a weekend or a holiday of a fixed day; a measure in two units
("an hour and 20 minutes"); the midnight that opens a day; Ramadan valued as its month; "9/11"
after a preposition; weekdays, holidays and months inside names ("the Sunday Herald", "the
Good Friday Agreement", "spokesman June Okafor"); "midnight tonight" as one TIME."""

from __future__ import annotations

from lapwing.temporal import find_timexes


def _found(text: str, published: str | None) -> dict[str, tuple[str, str]]:
    """Each expression of ``text`` with its type and value."""
    return {t.text: (t.type, t.value) for t in find_timexes(text, published)}


def test_a_bare_plural_unit_after_take_or_spend_is_a_vague_measure() -> None:
    assert _found("Engineers warned that repairing the dam could take months.", "2012-04-02") == {
        "months": ("DURATION", "PXM")}
    assert _found("The activist spent years in hiding before her arrest.", "2012-04-02") == {
        "years": ("DURATION", "PXY")}
    assert _found("Rebuilding the port took weeks.", "2012-04-02") == {"weeks": ("DURATION", "PXW")}


def test_last_weeks_of_a_year_stay_no_vague_measure() -> None:
    found = _found("Sales slowed in the last weeks of 2011.", "2012-04-02")
    assert "weeks" not in found


def test_every_weekend_and_every_fixed_holiday_are_sets() -> None:
    assert _found("Volunteers clean the beach every weekend.", None) == {"every weekend": ("SET", "XXXX-WXX-WE")}
    assert _found("The choir sings carols in the square every Christmas Eve.", None) == {
        "every Christmas Eve": ("SET", "XXXX-12-24")}
    assert _found("The mayor lays a wreath each Bastille Day.", None) == {"each Bastille Day": ("SET", "XXXX-07-14")}


def test_a_moving_holiday_after_every_stays_a_date() -> None:
    found = _found("The family gathers every Thanksgiving.", "2012-04-02")
    assert found["Thanksgiving"][0] == "DATE"
    assert "every Thanksgiving" not in found


def test_a_measure_in_two_units_is_one_duration() -> None:
    assert _found("The flight to Lagos takes an hour and 45 minutes.", None) == {
        "an hour and 45 minutes": ("DURATION", "PT1H45M")}
    assert _found("He served three years and six months in prison.", None) == {
        "three years and six months": ("DURATION", "P3Y6M")}
    assert _found("The siege lasted two days and 10 hours.", None) == {
        "two days and 10 hours": ("DURATION", "P2DT10H")}


def test_two_measures_with_a_larger_second_unit_stay_two() -> None:
    found = _found("Crews worked 12 hours and seven days a week.", None)
    assert found["12 hours"] == ("DURATION", "PT12H")
    assert "12 hours and seven days" not in found


def test_midnight_after_after_or_since_opens_the_day() -> None:
    assert _found("The ferry sank shortly after midnight, officials said.", "2014-04-16")["midnight"] == (
        "TIME", "2014-04-16T00:00")
    # a midnight that closes the day keeps T24:00
    assert _found("Polls close at midnight.", "2014-04-16")["midnight"] == ("TIME", "2014-04-16T24:00")


def test_ramadan_is_the_gregorian_month_holding_most_of_it() -> None:
    # Ramadan 2012 ran from about 20 July to 18 August: mostly August
    assert _found("Prices of dates rose during Ramadan.", "2012-08-10")["Ramadan"] == ("DATE", "2012-08")


def test_a_named_slash_date_after_a_preposition_is_its_day() -> None:
    assert _found("Airport security changed for good after 9/11.", "2011-05-02") == {"9/11": ("DATE", "2001-09-11")}
    assert _found("London has not seen such an attack since 7/7.", "2011-05-02") == {"7/7": ("DATE", "2005-07-07")}


def test_a_named_slash_date_in_a_name_dates_nothing() -> None:
    assert _found("The 9/11 Commission published its report.", "2011-05-02") == {}


def test_a_weekday_or_holiday_inside_a_name_is_no_date() -> None:
    assert _found("The minister quit after the Sunday Herald printed the letters.", "2015-06-03") == {}
    assert _found("Leaders met to discuss the Good Friday Agreement.", "2015-06-03") == {}
    assert _found("Historians still debate the Easter Rising.", "2015-06-03") == {}


def test_a_weekday_before_a_capitalised_subject_still_dates() -> None:
    assert _found("On Friday Kenya closed the border.", "2015-06-03") == {"Friday": ("DATE", "2015-05-29")}
    assert _found("Pilgrims walked to the shrine on Good Friday.", "2015-06-03") == {
        "Good Friday": ("DATE", "2015-04-03")}


def test_a_month_between_a_title_and_a_surname_is_a_first_name() -> None:
    found = _found("Prices will fall from July, spokesman June Okafor said on Tuesday.", "2015-06-03")
    assert "June" not in found
    assert found["July"] == ("DATE", "2015-07")


def test_a_month_after_a_preposition_before_a_capitalised_word_still_dates() -> None:
    assert _found("In June Kenya closed the border.", "2015-08-03")["June"] == ("DATE", "2015-06")


def test_a_clock_time_with_tonight_or_tomorrow_is_one_time_of_that_day() -> None:
    assert _found("Shops will stay open until midnight tonight.", "2016-12-23") == {
        "midnight tonight": ("TIME", "2016-12-23T24:00")}
    assert _found("The vote opens at 7 a.m. tomorrow.", "2016-12-23") == {
        "7 a.m. tomorrow": ("TIME", "2016-12-24T07:00")}
