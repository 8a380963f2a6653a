"""News phrasing the grammar reads: reporting periods, comparisons, measures and signals
(sentences written for these tests; none is from a corpus or from timex_news2)."""

from __future__ import annotations

from lapwing.temporal import find_timexes

from timex_helpers import found, only


def test_a_period_that_modifies_a_noun_takes_the_nearest_reading_whatever_the_tense():
    # the future tense dates the release, not the month the report is about
    assert only("The agency will publish its April inflation figures on Tuesday.", "2011-05-09",
                "April").value == "2011-04"
    # the past tense dates the trade, not the delivery month
    assert only("Copper for November delivery slipped 2 percent.", "2010-09-14", "November").value == "2010-11"
    assert only("The bank will release fourth-quarter results next week.", "2012-01-10",
                "fourth-quarter").value == "2011-Q4"
    assert only("The retailer expects third-quarter sales to rise.", "2012-05-10",
                "third-quarter").value == "2012-Q3"


def test_a_month_after_a_preposition_stays_an_adverbial():
    assert only("In March sales rose 5 percent.", "2011-01-20", "March").value == "2010-03"


def test_the_first_or_last_months_of_a_year_are_one_date():
    assert found("Output fell in the last three months of 2010.", "2011-02-01") == [
        ("the last three months of 2010", "DATE", "2010-Q4")]
    assert found("Profit doubled in the first six months of the year.", "2011-08-01") == [
        ("the first six months of the year", "DATE", "2011-H1")]
    nine = only("Sales grew in the first nine months of 2010.", "2011-02-01", "the first nine months of 2010")
    assert nine.value == "2010" and nine.interval is not None
    assert (nine.interval.start, nine.interval.end) == ("2010-01-01", "2010-09-30")


def test_a_period_named_by_its_last_day_is_the_period_holding_it():
    assert found("Income for the quarter that ended on Sept. 25 rose.", "2010-10-20") == [
        ("the quarter", "DATE", "2010-Q3"), ("Sept. 25", "DATE", "2010-09-25")]
    assert found("Income for the quarter ended March 31 rose.", None) == [
        ("the quarter", "DATE", "XXXX-Q1"), ("March 31", "DATE", "XXXX-03-31")]


def test_a_year_earlier_looks_past_the_statement_day_to_the_reporting_period():
    text = ("Sales for the quarter that ended on March 27 reached $2 billion, the firm said on Monday. "
            "A year earlier, they were $1.6 billion.")
    assert only(text, "2010-04-21", "A year earlier").value == "2009-Q1"
    # without a reporting period, "a year earlier" after a day is the year before that day
    assert only("Shares rose on Monday. A year earlier, they were cheaper.", "2010-04-21",
                "A year earlier").value == "2009"


def test_fractions_of_quarters_and_measures_before_names():
    assert found("The bank raised rates by three-quarters of a point.", "2010-04-21") == []
    assert found("The yield on the 30-year Treasury bond fell.", "2010-04-21") == [("30-year", "DURATION", "P30Y")]
    assert found("The Six-Day War reshaped the region.", "2010-04-21") == []


def test_over_is_more_than_only_after_a_preposition():
    assert [t[0] for t in found("The loan will be repaid over five years.", "2010-04-21")] == ["five years"]
    assert [t[0] for t in found("Rates are at their lowest in over a decade.", "2010-04-21")] == ["over a decade"]
    assert [t[0] for t in found("The strike lasted over three weeks.", "2010-04-21")] == ["over three weeks"]


def test_since_points_back_whatever_the_tense():
    assert only("The index had its best month since August", "2010-04-21", "August").value == "2009-08"


def test_a_superlative_day_is_the_day_the_sentence_names():
    text = "Shares had their worst day in a year on Tuesday."
    assert only(text, "2010-04-23", "day").value == "2010-04-20"
    streak = only("Prices fell on Monday, the fifth straight day of losses.", "2010-04-23", "the fifth straight day")
    assert streak.value == "2010-04-19"


def test_a_passive_infinitive_looks_ahead():
    assert only("The merger is expected to be approved on Thursday.", "2010-04-20", "Thursday").value == "2010-04-22"
    assert only("The new rules take effect on Monday.", "2010-04-20", "Monday").value == "2010-04-26"


def test_more_ways_to_name_the_end_of_a_period_and_relative_periods():
    assert found("The deal should close by year's end.", "2010-04-20") == [("year's end", "DATE", "2010")]
    assert found("The deal should close by end of year.", "2010-04-20") == [("end of year", "DATE", "2010")]
    assert found("Rates rose this past week.", "2010-04-20") == [("this past week", "DATE", "2010-W15")]
    assert found("The year's second half looks weaker.", "2010-04-20") == [("The year's second half", "DATE", "2010-H2")]
    assert found("Planting ends by the end of the spring.", "2010-04-20") == [("the end of the spring", "DATE", "2010-SP")]


def test_a_month_or_season_after_every_is_a_set():
    assert found("The fair is held every April.", "2010-04-20") == [("every April", "SET", "XXXX-04")]
    assert found("Prices rise each winter.", "2010-04-20") == [("each winter", "SET", "XXXX-WI")]


def test_a_preposition_before_a_reference_stays_outside():
    assert found("In the past, the plant made tyres.", "2010-04-20") == [("the past", "DATE", "PAST_REF")]
    assert found("It will reopen in the near future.", "2010-04-20") == [("the near future", "DATE", "FUTURE_REF")]


def test_until_ends_a_state_that_may_still_hold():
    # a Thursday article: the closure still holds, so Friday is the next day
    assert only("The regulator kept the exchange closed until Friday.", "2010-04-22", "Friday").value == "2010-04-23"
    assert only("Schools remain shut until Monday.", "2010-04-22", "Monday").value == "2010-04-26"
    assert only("Schools will stay shut until Monday.", "2010-04-22", "Monday").value == "2010-04-26"
    # a past state whose end is far from the article keeps the past reading
    assert only("She ran the bank until March.", "2010-09-22", "March").value == "2010-03"


def test_a_bare_plural_unit_before_after_or_before_is_a_vague_measure():
    assert found("The strike came days after the vote.", "2010-04-22") == [("days", "DURATION", "PXD")]
    assert found("Talks collapsed hours before the deadline.", "2010-04-22") == [("hours", "DURATION", "PTXH")]


def test_a_capitalised_day_word_ending_a_name_is_no_date():
    """An outlet's name ("USA Today", "Gulf Today") is not today; the word opening a
    sentence, or in lower case, still is."""
    text = "The minister told Gulf Today that talks had stalled. Today, the talks resumed. Shops closed today."
    assert [t.text for t in find_timexes(text, "2025-03-04")] == ["Today", "today"]


def test_narrative_steps_count_from_the_previous_expression():
    """A past narrative moves on from the date it just gave: "that same day", "the following
    Monday", "the previous Friday", "the next year" (written for these tests)."""
    assert found("Ford cut prices on May 4. That same day, Fiat raised them.", "2009-06-10") == [
        ("May 4", "DATE", "2009-05-04"), ("That same day", "DATE", "2009-05-04")]
    assert only("The mine flooded on March 3. The following Monday, rescuers arrived.", "2009-06-10",
                "The following Monday").value == "2009-03-09"
    assert only("The bank collapsed on June 3, 2008. The previous Friday, its shares had soared.", "2009-06-10",
                "The previous Friday").value == "2008-05-30"
    assert found("The firm opened a plant in 1999 and a second one the next year.", "2009-06-10") == [
        ("1999", "DATE", "1999"), ("the next year", "DATE", "2000")]
    # a stretch from now stays a duration
    assert found("Over the next year the company will cut costs.", "2009-06-10") == [
        ("the next year", "DURATION", "P1Y")]


def test_two_periods_away():
    assert found("The party was founded the year before last.", "2024-10-23") == [
        ("the year before last", "DATE", "2022")]
    assert found("The vote will be held the week after next.", "2024-10-23") == [
        ("the week after next", "DATE", "2024-W45")]


def test_a_record_month_is_the_month_the_sentence_names():
    assert found("The index had its best month since 1991 in April.", "2009-05-06") == [
        ("month", "DATE", "2009-04"), ("1991", "DATE", "1991"), ("April", "DATE", "2009-04")]
