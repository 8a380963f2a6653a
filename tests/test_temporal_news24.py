"""Business-news gaps of the eighth unseen time probe (T8), in made-up sentences: "later this
year" late in a year is its last quarter or half; "this summer" is the anchor year's; a holiday before a noun of trade is the buying season (PXD); "New Year"
is a holiday; a timetable after a past auxiliary ("was set for") takes the nearest date; a
headline's bare "to" infinitive looks ahead; a verb group far left of a weekday in a long
clause still sets its tense; "the same period a year earlier" after "the three months ended
June 28" is a quarter; a date that names an attack ("the September 11 attacks") is no time."""

from __future__ import annotations

from lapwing.temporal import find_timexes


def _found(text: str, published: str | None) -> dict[str, tuple[str, str]]:
    """Each expression of ``text`` with its type and value."""
    return {t.text: (t.type, t.value) for t in find_timexes(text, published)}


def test_later_this_year_in_the_last_quarter_is_that_quarter() -> None:
    found = _found("The carmaker plans to open a second plant later this year.", "2008-11-03")
    assert found["later this year"] == ("DATE", "2008-Q4")


def test_later_this_year_in_the_second_half_is_that_half() -> None:
    found = _found("The lender expects to return to profit later this year.", "2012-08-20")
    assert found["later this year"] == ("DATE", "2012-H2")


def test_later_this_year_early_in_a_year_stays_the_year() -> None:
    found = _found("The lender expects to return to profit later this year.", "2012-03-20")
    assert found["later this year"] == ("DATE", "2012")


def test_this_summer_in_winter_is_the_coming_summer() -> None:
    found = _found("Analysts said the brewer could overtake its rival as early as this summer.", "2011-01-10")
    assert found["this summer"] == ("DATE", "2011-SU")
    found = _found("Ticket sales jumped this spring.", "2011-12-10")
    assert found["this spring"] == ("DATE", "2011-SP")


def test_this_winter_keeps_the_nearest_winter() -> None:
    found = _found("Gas demand will be high this winter.", "2011-01-10")
    assert found["this winter"] == ("DATE", "2010-WI")


def test_a_holiday_before_a_noun_of_trade_is_the_buying_season() -> None:
    found = _found("Toy makers are counting on strong Christmas sales to lift profits.", "2007-11-05")
    assert found["Christmas"] == ("DURATION", "PXD")
    found = _found("Chocolate makers reported weak Easter trading.", "2009-04-20")
    assert found["Easter"] == ("DURATION", "PXD")


def test_a_holiday_as_a_day_or_a_one_day_sale_keeps_its_date() -> None:
    found = _found("Stores reopened after Christmas with deep discounts.", "2008-01-03")
    assert found["Christmas"] == ("DATE", "2007-12-25")
    found = _found("Shoppers queued overnight for Black Friday sales.", "2012-11-23")
    assert found["Black Friday"] == ("DATE", "2012-11-23")


def test_new_year_is_the_first_of_january() -> None:
    found = _found("Exchanges in Tokyo will stay shut until after New Year.", "2010-12-28")
    assert found["New Year"] == ("DATE", "2011-01-01")


def test_a_timetable_after_a_past_auxiliary_takes_the_nearest_date() -> None:
    # 2010-05-22 is a Saturday
    found = _found("A ruling on the merger was set for June 3.", "2010-05-22")
    assert found["June 3"] == ("DATE", "2010-06-03")
    found = _found("The shareholder vote was scheduled for Tuesday.", "2010-05-22")
    assert found["Tuesday"] == ("DATE", "2010-05-25")


def test_a_plain_past_still_looks_back() -> None:
    found = _found("The shareholder vote was held on Tuesday.", "2010-05-22")
    assert found["Tuesday"] == ("DATE", "2010-05-18")
    found = _found("A ruling on the merger was given on June 3.", "2010-05-22")
    assert found["June 3"] == ("DATE", "2009-06-03")


def test_a_headline_infinitive_looks_ahead() -> None:
    # 2012-03-04 is a Sunday
    found = _found("Rail union to strike Thursday over pay\nDrivers walked out last month.", "2012-03-04")
    assert found["Thursday"] == ("DATE", "2012-03-08")


def test_a_body_sentence_without_a_cue_keeps_the_default() -> None:
    found = _found("Rail union strike Thursday over pay.\nDrivers walked out last month.", "2012-03-04")
    assert found["Thursday"] == ("DATE", "2012-03-01")


def test_a_far_verb_group_sets_the_tense_of_a_long_clause() -> None:
    # 2006-09-16 is a Saturday
    found = _found("The brewer is expected to present a plan for the closure of its old bottling hall "
                   "and warehouse near the river on Tuesday.", "2006-09-16")
    assert found["Tuesday"] == ("DATE", "2006-09-19")


def test_a_far_verb_group_beyond_another_infinitive_does_not() -> None:
    found = _found("Farmers plan to drive their tractors into the city on Friday to protest against the "
                   "outcome of the March 2 vote.", "2008-03-05")
    assert found["March 2"] == ("DATE", "2008-03-02")
    found = _found("The envoy will travel to Cairo next month to continue the mediator's "
                   "talks with the rival factions on Monday.", "2009-05-13")
    assert found["Monday"] == ("DATE", "2009-05-11")


def test_a_known_attack_day_other_than_a_named_one_is_still_a_date() -> None:
    found = _found("Officials said the March 3 attack killed five people.", "2010-04-10")
    assert found["March 3"] == ("DATE", "2010-03-03")


def test_the_same_period_after_a_span_closed_by_a_day_is_its_quarter() -> None:
    found = _found("The retailer earned $40 million in the three months that ended September 27, "
                   "against $31 million in the same period a year earlier.", "2008-10-20")
    assert found["the same period a year earlier"] == ("DATE", "2007-Q3")
    found = _found("It sold 2 million phones in the three months to March, twice as many as in "
                   "the same period of 2007.", "2008-04-20")
    assert found["the same period of 2007"] == ("DATE", "2007-Q1")


def test_a_date_that_names_an_attack_is_no_time() -> None:
    found = _found("Airline stocks have not been this low since the September 11 attacks.", "2003-02-10")
    assert "September 11" not in found
    found = _found("The index fell to its lowest since the July 7 bombings.", "2006-01-10")
    assert "July 7" not in found


def test_a_date_used_as_a_date_is_kept() -> None:
    found = _found("The party has led the polls since September 11, when it won the regional vote.", "2005-10-20")
    assert found["September 11"] == ("DATE", "2005-09-11")
