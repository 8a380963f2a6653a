"""The temporal grammar on sentences written for these tests (no corpus text)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from lapwing.records import Document, Timex, Zone
from lapwing.stages import Analysis
from lapwing.temporal import Normaliser, default_normaliser, explain, find_timexes, register_stages
from lapwing.temporal_anchor import Anchor
from lapwing.temporal_calendar import easter, hijri_month_period, hijri_to_gregorian, narrow, month, precision_of
from lapwing.temporal_lexicon import LexiconError, alternation, load_lexicon

from timex_helpers import only


def bounds(timex: Timex) -> tuple[str | None, str | None]:
    assert timex.interval is not None
    return timex.interval.start, timex.interval.end


# --- the examples of the issue, one test each --------------------------------------------

def test_on_december_30_goes_back_across_the_new_year():
    t = only("On December 30 the army withdrew from the town.", "2021-01-06", "December 30")
    assert (t.type, t.value) == ("DATE", "2020-12-30")


def test_month_last_year():
    t = only("Elections were held in March last year.", "2021-01-06", "March last year")
    assert t.value == "2020-03"
    assert bounds(t) == ("2020-03-01", "2020-03-31")


def test_tuesday_night_in_a_wednesday_article():
    t = only("Rockets struck the port on Tuesday night.", "2022-03-09", "Tuesday night")
    assert (t.type, t.value) == ("TIME", "2022-03-08TNI")


def test_overnight_before_a_weekday_is_that_day_s_night():
    """"overnight on Tuesday", "overnight Monday" are one expression, like "Tuesday overnight",
    not a night and a day apart."""
    t = only("Jets struck the depot overnight on Monday.", "2022-03-09", "overnight on Monday")
    assert t.value == "2022-03-07TNI"


def test_the_february_3_attack_is_the_latest_before_the_article():
    # No tense cue at all, and the next February 3 (155 days ahead) is nearer than the
    # last one (210 days back): news still points back.
    t = only("Photographs of the February 3 attack.", "2021-09-01", "February 3")
    assert t.value == "2021-02-03"
    t = only("Police are investigating the February 3 attack.", "2021-05-06", "February 3")
    assert t.value == "2021-02-03"


def test_in_june_2015():
    t = only("The plant opened in June 2015.", "2021-05-06", "June 2015")
    assert (t.value, bounds(t)) == ("2015-06", ("2015-06-01", "2015-06-30"))


def test_in_the_last_week_is_an_interval_ending_on_the_article_date():
    t = only("Prices doubled in the last week.", "2021-05-06", "the last week")
    assert (t.type, t.value) == ("DURATION", "P1W")
    assert bounds(t) == ("2021-04-29", "2021-05-06")


def test_six_months_is_a_duration():
    t = only("The siege lasted six months.", "2021-05-06", "six months")
    assert (t.type, t.value, t.interval) == ("DURATION", "P6M", None)


def test_since_october_7_is_an_interval_to_the_article_date():
    t = only("Fighting has continued since October 7.", "2023-11-20", "October 7")
    assert t.value == "2023-10-07"
    assert bounds(t) == ("2023-10-07", "2023-11-20")


def test_early_december():
    t = only("Talks resume in early December.", "2020-11-20", "early December")
    assert t.value == "2020-12"
    assert bounds(t) == ("2020-12-01", "2020-12-10")


def test_last_summer():
    t = only("The offensive began last summer.", "2021-05-06", "last summer")
    assert (t.value, bounds(t)) == ("2020-SU", ("2020-06-01", "2020-08-31"))


def test_late_last_year():
    t = only("Troops arrived late last year.", "2021-05-06", "late last year")
    assert t.value == "2020"
    assert bounds(t) == ("2020-09-01", "2020-12-31")


def test_the_past_decade():
    t = only("Violence grew over the past decade.", "2021-05-06", "the past decade")
    assert (t.type, t.value) == ("DURATION", "P10Y")
    assert bounds(t) == ("2011-05-06", "2021-05-06")


def test_currently():
    t = only("The crossing is currently closed.", "2021-05-06", "currently")
    assert (t.value, bounds(t)) == ("PRESENT_REF", ("2021-05-06", "2021-05-06"))


def test_sunday_morning():
    t = only("Shelling resumed on Sunday morning.", "2021-05-06", "Sunday morning")
    assert (t.type, t.value) == ("TIME", "2021-05-02TMO")


def test_two_days_later_counts_from_the_previous_expression():
    """MEANTIME's convention, as for "ago": the measure is the expression, "later" its signal;
    the day it counts to bounds it."""
    text = "Rebels took the town on May 2. Two days later they left."
    t = only(text, "2021-05-20", "Two days")
    assert (t.type, t.value, bounds(t)) == ("DURATION", "P2D", ("2021-05-04", "2021-05-04"))


def test_20th_century():
    t = only("It was the bloodiest war of the 20th century.", "2021-05-06", "the 20th century")
    assert (t.value, bounds(t)) == ("19", ("1900-01-01", "1999-12-31"))


# --- tense and the article's weekday -------------------------------------------------------

def test_future_tense_looks_forward_and_past_tense_back():
    assert only("The ministers will meet on Monday.", "2022-03-09", "Monday").value == "2022-03-14"
    assert only("The ministers met on Monday.", "2022-03-09", "Monday").value == "2022-03-07"


def test_a_future_auxiliary_wins_over_a_participle_in_its_own_verb_group():
    assert only("Delivery will be delayed until October.", "2021-05-06", "October").value == "2021-10"


@pytest.mark.parametrize("sentence", ["The ministers met on Wednesday.", "The ministers will meet on Wednesday."])
def test_weekday_equal_to_the_article_weekday_is_that_day(sentence):
    assert only(sentence, "2022-03-09", "Wednesday").value == "2022-03-09"


def test_explicit_last_and_next_move_the_article_weekday_a_week():
    assert only("They met last Wednesday.", "2022-03-09", "last Wednesday").value == "2022-03-02"
    assert only("They meet next Wednesday.", "2022-03-09", "next Wednesday").value == "2022-03-16"


def test_reported_speech_takes_the_tense_of_each_clause():
    text = "He said on Tuesday that the talks will resume on Monday."
    assert only(text, "2022-03-09", "Tuesday").value == "2022-03-08"
    assert only(text, "2022-03-09", "Monday").value == "2022-03-14"


def test_a_capitalised_name_is_not_a_tense_cue():
    # "May" in "Theresa May" is no modal: the past "said" decides.
    t = only("Theresa May said in May that troops would leave.", "2011-03-09", "May")
    assert t.value == "2010-05"


# --- undated documents -------------------------------------------------------------------

def test_undated_text_keeps_what_the_text_fixes_and_invents_nothing():
    values = {t.text: t.value for t in find_timexes("They met on June 21, in August 2016, on Tuesday and yesterday.")}
    assert values == {"June 21": "XXXX-06-21", "August 2016": "2016-08", "Tuesday": "XXXX-WXX-2",
                      "yesterday": "XXXX-XX-XX"}


def test_undated_explanation_says_the_anchor_was_unknown():
    lines = explain("They met on June 21.")
    assert len(lines) == 1 and "anchor unknown" in lines[0]


def test_a_date_line_serves_as_anchor_evidence_and_is_recorded():
    text = "Border clashes\nMay 5, 2023\nTroops crossed the border on Tuesday."
    tuesday = only(text, None, "Tuesday")
    assert tuesday.value == "2023-05-02"
    assert any("date line 'May 5, 2023'" in line for line in explain(text))


def test_the_input_date_wins_over_a_date_line():
    document = Document("d1", "i1", "May 5, 2023\nTroops crossed on Tuesday.", published="2023-06-01")
    anchor = default_normaliser().document_anchor(document)
    assert anchor.date == dt.date(2023, 6, 1) and anchor.source == "document date"


def test_a_caption_date_is_evidence_when_there_is_no_date_line():
    text = "Troops crossed the border on Tuesday and stayed. Soldiers at the crossing, 12 March 2024."
    caption = text.index("Soldiers")
    document = Document("d1", "i1", text, zones=[Zone(0, caption, "body"), Zone(caption, len(text), "caption")])
    anchor = default_normaliser().document_anchor(document)
    assert anchor.date == dt.date(2024, 3, 12) and anchor.source.startswith("caption date")
    assert default_normaliser().document_anchor(document, use_dateline=False).date is None


# --- spans and false friends --------------------------------------------------------------

def test_prepositions_stay_outside_and_meaning_words_inside():
    spans = [t.text for t in find_timexes("On Monday, in the past decade, since 2001, nearly five months.", "2021-05-06")]
    assert spans == ["Monday", "the past decade", "2001", "nearly five months"]


@pytest.mark.parametrize("text", [
    "Some 2,000 troops and 1500 dealers were counted.",
    "A 15-year-old boy was wounded.",
    "The army withdrew for a second time.",
    "Veterans of the Six-Day War met.",
    "Theresa May spoke to reporters.",
    "The price rose to $2010 a tonne.",
    "A quarter of the population fled.",
])
def test_numbers_names_and_ages_are_not_time(text):
    assert find_timexes(text, "2021-05-06") == []


def test_clock_time_takes_the_date_of_its_sentence():
    text = "At 16:15 UTC on June 1, the minister resigned. Markets opened at 0800 GMT."
    values = {t.text: t.value for t in find_timexes(text, "2009-06-04")}
    assert values["16:15 UTC"] == "2009-06-01T16:15Z"
    assert values["0800 GMT"] == "2009-06-04T08:00Z"


def test_sets():
    values = {t.text: (t.type, t.value) for t in find_timexes(
        "Convoys leave every Monday; patrols are weekly; flights run twice a day.", "2021-05-06")}
    assert values == {"every Monday": ("SET", "XXXX-WXX-1"), "weekly": ("SET", "P1W"),
                      "twice a day": ("SET", "P1D")}


def test_other_calendar_units():
    values = {t.text: t.value for t in find_timexes(
        "In the third quarter of 2009, in the 1990s, this week and the last week of March.",
        "2009-04-01")}
    assert values == {"the third quarter of 2009": "2009-Q3", "1990s": "199",
                      "this week": "2009-W14", "the last week of March": "2009-W13"}


def test_holidays_including_the_islamic_calendar():
    assert only("Shops closed at Easter.", "2024-05-01", "Easter").value == "2024-03-31"
    eid = only("Families met for Eid al-Fitr.", "2024-05-01", "Eid al-Fitr")
    assert abs(dt.date.fromisoformat(eid.value) - dt.date(2024, 4, 10)).days <= 1
    assert "Islamic calendar" in explain("Families met for Eid al-Fitr.", "2024-05-01")[0]


# --- explanations, the stage, the lexicon, the calendar ----------------------------------

def test_explain_shows_rule_anchor_and_tense_cue():
    (line,) = explain("The ministers met on Monday.", "2022-03-09")
    assert "2022-03-07" in line and "rule=weekday" in line
    assert "document date 2022-03-09" in line and "cue 'met'" in line


def test_time_stage_is_registered_and_codes_only_body_zones():
    (spec,) = register_stages()
    assert (spec.name, spec.scorer, spec.assigns) == ("time", "timex", ("timexes",))
    text = "Strikes on Monday\nJets struck the port on Tuesday."
    body = text.index("Jets")
    document = Document("d1", "i1", text, published="2022-03-09",
                        zones=[Zone(0, body - 1, "title"), Zone(body, len(text), "body")])
    analysis = Analysis(document)
    spec.build()([analysis])
    assert [(t.doc_id, t.text, t.value) for t in analysis.timexes] == [("d1", "Tuesday", "2022-03-08")]


def test_stage_rejects_unknown_settings():
    (spec,) = register_stages()
    with pytest.raises(ValueError, match="dateline_anchor"):
        spec.build({"dateline": False})


def test_a_lexicon_missing_a_key_is_named(tmp_path: Path):
    from lapwing.temporal_lexicon import DEFAULT_PATH

    data = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    del data["holidays"]
    broken = tmp_path / "time.yaml"
    broken.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(LexiconError, match=r"time\.yaml: missing key 'holidays'"):
        load_lexicon(broken)


def test_a_user_lexicon_extends_the_grammar(tmp_path: Path):
    from lapwing.temporal_lexicon import DEFAULT_PATH

    extended = tmp_path / "time.yaml"
    extended.write_text(DEFAULT_PATH.read_text(encoding="utf-8").replace(
        "  Valentine's Day: {month: 2, day: 14}", "  Valentine's Day: {month: 2, day: 14}\n  Nowruz: {month: 3, day: 21}"),
        encoding="utf-8")
    normaliser = Normaliser(load_lexicon(extended))
    (found,) = normaliser.find("Crowds gathered for Nowruz.", Anchor(dt.date(2024, 3, 30), "document date"))
    assert found.timex.value == "2024-03-21"


def test_calendar_helpers():
    assert easter(2024) == dt.date(2024, 3, 31)
    assert hijri_month_period(1445, 9) == (dt.date(2024, 3, 11), dt.date(2024, 4, 9))
    assert hijri_to_gregorian(1445, 10, 1) == dt.date(2024, 4, 10)
    assert narrow(month(2020, 12), "END").start == dt.date(2020, 12, 21)
    assert [precision_of(v) for v in ("2020-12-30", "2020-W10", "2020-12", "2020-SU", "2020-Q1", "2020", "202", "P6M")] \
        == ["day", "week", "month", "season", "quarter", "year", "decade", "unknown"]


# --- news usage beyond the examples (sentences written for these tests) ----------

def test_ago_keeps_the_measure_as_a_duration_ending_at_the_anchor():
    # MEANTIME (NewsReader) convention: "ago" is a signal outside the span; the date it
    # implies starts the interval.
    t = only("The bridge opened three years ago and closed last week.", "2021-05-06", "three years")
    assert (t.type, t.value, bounds(t)) == ("DURATION", "P3Y", ("2018-05-06", "2021-05-06"))
    vague = only("The road was paved years ago.", "2021-05-06", "years")
    assert (vague.type, vague.value, bounds(vague)) == ("DURATION", "PXY", (None, "2021-05-06"))


def test_an_ago_date_is_an_anchor_for_what_follows():
    text = "The dam burst three days ago. A day later the valley flooded."
    assert bounds(only(text, "2021-05-06", "A day")) == ("2021-05-04", "2021-05-04")


def test_a_verb_group_cut_by_the_window_is_read_whole():
    # "reported" alone would say past; "is ... reported" is present, so the nearest March.
    text = "The figure is officially reported to the national statistics office of the republic in March."
    assert only(text, "2022-01-20", "March").value == "2022-03"


def test_the_year_and_the_quarter_are_the_period_of_the_previous_expression():
    text = "The mill lost money in the third quarter of 2019 and for the entire year."
    assert only(text, "2020-02-01", "the entire year").value == "2019"
    text = "Output rose in the second quarter of 2019. Revenue for the quarter doubled."
    assert only(text, "2020-02-01", "the quarter").value == "2019-Q2"


def test_the_year_previous_counts_back_from_the_previous_expression():
    text = "Exports reached a record last year, well above the year previous."
    assert only(text, "2020-02-01", "the year previous").value == "2018"


def test_a_year_alone_cannot_place_the_day():
    text = "The port was built in 1998. Cranes stood idle for the day."
    assert only(text, "2020-02-05", "the day").value == "2020-02-05"


def test_a_month_of_next_year_is_two_expressions():
    values = {t.text: t.value for t in find_timexes("The bridge will reopen in April of next year.", "2021-05-06")}
    assert values == {"April": "2022-04", "next year": "2022"}


def test_reference_words_inside_compounds_and_orderings_are_no_time():
    text = "The soon-to-open terminal replaces their most recent hangar, and more recently a depot."
    assert [(t.text, t.value) for t in find_timexes(text, "2021-05-06")] == [("more recently", "PAST_REF")]


def test_later_alone_is_a_future_reference_but_not_as_an_adjective():
    text = "Shares slid but later rallied; a later model sold well, and terms come at a later date."
    values = {t.text: (t.type, t.value) for t in find_timexes(text, "2021-05-06")}
    assert values == {"later": ("DATE", "FUTURE_REF"), "a later date": ("DATE", "XXXX-XX-XX")}


def test_modifiers_before_a_weekday_are_inside_the_span():
    text = "Early Tuesday the ferry sank; late Monday the storm began, and later Monday it eased."
    assert [(t.text, t.value) for t in find_timexes(text, "2022-03-09")] == [
        ("Early Tuesday", "2022-03-08"), ("late Monday", "2022-03-07"), ("later Monday", "2022-03-07")]
    assert bounds(only(text, "2022-03-09", "late Monday")) == ("2022-03-07", "2022-03-07")


def test_fiscal_years():
    text = "Fiscal 2019 sales fell, FY21 sales rose, and the current financial year looks better."
    values = {t.text: (t.value, t.interval) for t in find_timexes(text, "2022-03-09")}
    assert values == {"Fiscal 2019": ("FY2019", None), "FY21": ("FY2021", None),
                      "the current financial year": ("FY2022", None)}


def test_a_streak_day_is_the_day_of_the_previous_expression():
    text = "On Monday the index fell for a third straight day. Later in the week it recovered."
    values = {t.text: t.value for t in find_timexes(text, "2022-03-09")}
    assert values == {"Monday": "2022-03-07", "a third straight day": "2022-03-07",
                      "Later in the week": "2022-W10"}


def test_us_time_zones_and_midday():
    text = "Trading closed at 4 p.m. ET after a pause at midday."
    values = {t.text: t.value for t in find_timexes(text, "2022-03-09")}
    assert values == {"4 p.m. ET": "2022-03-09T16:00", "midday": "2022-03-09T12:00"}


def test_expressions_start_at_a_word_and_within_is_a_month_context():
    assert [t.text for t in find_timexes("Repairs end within March; the Bahrainian team won.", "2022-01-10")] \
        == ["March"]


def test_a_possessive_year_is_a_year_and_a_decade_keeps_its_apostrophe():
    values = {t.text: t.value for t in find_timexes("2019's harvest beat that of the 1980's.", "2021-05-06")}
    assert values == {"2019": "2019", "1980's": "198"}


def test_clock_times_with_o_clock_a_full_stop_and_british_minutes():
    text = "The ferry left at 9 o'clock and docked at 3pm. The next one sails at 10.30am, or at 4.45 p.m."
    values = {t.text: t.value for t in find_timexes(text, "2022-03-09")}
    assert values == {"9 o'clock": "2022-03-09T09:00", "3pm": "2022-03-09T15:00",
                      "10.30am": "2022-03-09T10:30", "4.45 p.m.": "2022-03-09T16:45"}


def test_a_decimal_number_is_no_clock_time():
    assert find_timexes("Output rose 4.45 percent.", "2022-03-09") == []


def test_named_and_local_time_zones_stay_inside_the_span():
    text = "The launch is at 10 a.m. Pacific time; the vote closes at 8 p.m. Moscow time."
    assert [t.text for t in find_timexes(text, "2022-03-09")] == ["10 a.m. Pacific time", "8 p.m. Moscow time"]


def test_the_morning_is_a_part_of_the_day_the_text_is_on():
    text = "On Monday the valley flooded; in the afternoon the rain stopped."
    t = only(text, "2022-03-09", "the afternoon")
    assert (t.type, t.value) == ("TIME", "2022-03-07TAF")


def test_the_morning_of_a_named_day():
    text = "Shelling resumed on the morning of March 5 and on the night of Tuesday."
    values = {t.text: (t.type, t.value) for t in find_timexes(text, "2022-03-09")}
    assert values == {"the morning of March 5": ("TIME", "2022-03-05TMO"),
                      "the night of Tuesday": ("TIME", "2022-03-08TNI")}


def test_a_comma_and_starts_a_clause_with_its_own_tense():
    # "filed" belongs to the first clause; the deadline, four days ahead, is not last year's.
    text = "The rival filed for bankruptcy on April 30, and the mill faces a June 1 deadline."
    assert only(text, "2009-05-28", "June 1").value == "2009-06-01"
    assert only(text, "2009-05-28", "April 30").value == "2009-04-30"


@pytest.mark.parametrize(("sentence", "expression", "kind", "value"), [
    ("The mill has posted a profit for the last year.", "the last year", "DATE", "2009"),
    ("Sales of the last month were weak.", "the last month", "DATE", "2009-12"),
    ("Prices doubled in the last year.", "the last year", "DURATION", "P1Y"),
    ("Exports grew over the last month.", "the last month", "DURATION", "P1M"),
    ("The mill has been struggling for the last year.", "the last year", "DURATION", "P1Y"),
])
def test_the_last_year_is_the_last_calendar_year_unless_it_is_a_stretch_to_now(sentence, expression, kind, value):
    t = only(sentence, "2010-01-28", expression)
    assert (t.type, t.value) == (kind, value)


def test_a_run_of_units_is_a_duration():
    t = only("The index fell for seven consecutive days.", "2022-03-09", "seven consecutive days")
    assert (t.type, t.value) == ("DURATION", "P7D")


def test_the_same_period_last_year_is_the_previous_period_a_year_back():
    text = "Profit in the third quarter rose from the same period last year and from the year-ago quarter."
    values = {t.text: t.value for t in find_timexes(text, "2009-10-20")}
    assert values == {"the third quarter": "2009-Q3", "the same period last year": "2008-Q3",
                      "the year-ago quarter": "2008-Q3"}  # a comparison is no new narrative time
    text = "Fiscal 2007 sales beat the same period of the previous year."
    assert only(text, "2007-11-20", "the same period of the previous year").value == "FY2006"


def test_the_same_quarter_a_year_earlier_without_a_previous_period_counts_from_the_anchor():
    t = only("Revenue fell from the same quarter a year earlier.", "2009-10-20", "the same quarter a year earlier")
    assert (t.value, bounds(t)) == ("2008-Q4", ("2008-10-01", "2008-12-31"))


def test_a_quarter_named_by_its_last_month_and_year_end():
    text = "Revenue for the December quarter rose, and the deal closes by year-end."
    values = {t.text: t.value for t in find_timexes(text, "2009-01-22")}
    assert values == {"the December quarter": "2008-Q4", "year-end": "2009"}
    assert bounds(only(text, "2009-01-22", "year-end"))[1] == "2009-12-31"


def test_less_than_a_day_later_stays_on_the_day():
    text = "The dam burst on Monday. An hour later the valley flooded, and minutes later the road closed."
    values = {t.text: (t.value, bounds(t)) for t in find_timexes(text, "2022-03-09")}
    assert values["An hour"] == ("PT1H", ("2022-03-07", "2022-03-07"))
    assert values["minutes"] == ("PTXM", ("2022-03-07", "2022-03-07"))


def test_the_start_of_a_since_interval_is_no_narrative_time():
    text = "Output hit its lowest level since 1992, and for the year it fell."
    assert only(text, "2022-03-09", "the year").value == "2022"
    text = "Output hit its lowest level in 1992, and for the year it fell."  # control: no "since"
    assert only(text, "2022-03-09", "the year").value == "1992"


def test_the_prior_year_counts_from_the_previous_expression():
    text = "Exports reached a record in 2018, well above the prior year."
    assert only(text, "2020-02-01", "the prior year").value == "2017"


# ---------------------------------------------------------------- the required-words prefilter

_PREFILTER_TEXTS = [
    "Two days ago, on Monday 3 March 2024, troops withdrew; three weeks later they returned.",
    "Talks resume in the second quarter of next year, every Friday at 10:30 a.m. (GMT).",
    "In the 1990s and in FY2023 the ministry met twice a month; fiscal year 2022 ended in June.",
    "Since last autumn, officials said, the ceasefire has held until Eid al-Fitr.",
    "TWO DAYS AGO the MINISTER said it would happen NEXT WEEK.",  # case-insensitive
    "three monthſ ago",  # long s: matched as "s" case-insensitively, kept by the fallback
    "It happened Iİ ı the past week",  # dotted and dotless i
    # several sentences, so that the prefilter works block by block
    "The talks failed. Four days later, on Friday, both sides met again at 9 a.m. GMT. Nothing "
    "changed. A year earlier the same talks had failed in the third quarter, and the same "
    "period last year was calm. Since 1992 the border has been closed for months at a time.",
    "No dates here at all, only words and 42 numbers.",
]


def _unfiltered(normaliser: Normaliser, text: str) -> list[tuple[str, int, int]]:
    """Every rule's matches with no prefilter (the reference the prefilter must keep)."""
    return sorted((rule.name, m.start(), m.end()) for rule in normaliser.grammar.rules
                  for m in rule.pattern.finditer(text))


def test_required_words_are_in_every_text_a_rule_matches() -> None:
    from lapwing.temporal import _required_words

    normaliser = default_normaliser()
    for text in _PREFILTER_TEXTS:
        lowered = text.lower()
        for rule in normaliser.grammar.rules:
            for match in rule.pattern.finditer(text):
                for words in _required_words(rule.pattern):
                    assert any(w in lowered for w in words) or "ſ" in text or "ı" in text, (
                        rule.name, match.group(), words)


def test_prefilter_keeps_every_candidate() -> None:
    import lapwing.temporal as temporal

    normaliser = default_normaliser()
    for text in _PREFILTER_TEXTS:
        fast = [(c.rule.name, c.start, c.end) for c in normaliser.candidates(text)]
        original = temporal._required_sets
        try:
            temporal._required_sets = lambda _pattern: ()  # type: ignore[assignment]
            slow = [(c.rule.name, c.start, c.end) for c in normaliser.candidates(text)]
        finally:
            temporal._required_sets = original
        assert fast == slow, text
    assert any(name == "units_ago" for name, *_ in _unfiltered(normaliser, "three monthſ ago"))


# ---------------------------------------------------------------- word lists compiled as tries

def test_a_word_list_matches_its_words_longest_first():
    words = ["Sep", "Sept", "September", "a", "an", "a few", "New Year", "New Year's Eve"]
    pattern = re.compile(alternation(words) + r"\b")
    for text in ["September", "Sept", "Sep", "a few", "an", "New Year’s Eve", "New  Year"]:
        assert pattern.match(text).group() == text, text
    assert pattern.match("Septe") is None
    plural = re.compile(alternation(["day", "week"], plural=True) + "$")
    assert [bool(plural.match(w)) for w in ("days", "week", "weekss", "da")] == [True, True, False, False]


def test_required_words_read_through_a_compiled_word_list():
    from lapwing.temporal import _required_words

    pattern = re.compile(r"\b" + alternation(["yesterday", "today", "tonight"]) + r"\s+ago", re.IGNORECASE)
    assert _required_words(pattern) == (("ago",), ("today", "tonight", "yesterday"))
    optional = re.compile(r"(?:" + alternation(["early", "late"]) + r"\s+)?spring")
    assert _required_words(optional) == (("spring",),)


def test_a_year_earlier_after_a_reporting_period_is_that_period_a_year_back():
    text = "The carmaker lost money in the third quarter, against a profit a year earlier."
    assert only(text, "2009-10-20", "a year earlier").value == "2008-Q3"
    text = "The plant opened in March 2005. A year later it closed."  # narratives move by years
    assert bounds(only(text, "2009-10-20", "A year")) == ("2006-01-01", "2006-12-31")


def test_a_quarter_with_a_relative_year_and_no_preposition():
    t = only("Revenue reached $9 billion in the third quarter last year.", "2009-10-20", "the third quarter last year")
    assert t.value == "2008-Q3"


def test_holidays_on_the_nth_weekday_of_a_month():
    text = "Sales rose on Thanksgiving, on Black Friday and on Memorial Day."
    values = {t.text: t.value for t in find_timexes(text, "2008-12-05")}
    assert values == {"Black Friday": "2008-11-28", "Thanksgiving": "2008-11-27", "Memorial Day": "2008-05-26"}


def test_nth_weekday():
    from lapwing.temporal_calendar import nth_weekday

    assert nth_weekday(2008, 11, 4, 4) == dt.date(2008, 11, 27)
    assert nth_weekday(2008, 5, 1, -1) == dt.date(2008, 5, 26)
    assert nth_weekday(2008, 2, 5, 5) == dt.date(2008, 2, 29)  # a leap February with five Fridays
    assert nth_weekday(2009, 2, 5, 5) is None  # February 2009 has four


def test_a_part_of_the_day_with_a_modifier_or_before_trading():
    text = "On Monday shares slid in afternoon trading, and by late afternoon they had recovered."
    values = {t.text: (t.type, t.value) for t in find_timexes(text, "2008-10-15")}
    assert values["afternoon"] == ("TIME", "2008-10-13TAF")
    assert values["late afternoon"] == ("TIME", "2008-10-13TAF")
    assert find_timexes("Afternoon tea was served.", "2008-10-15") == []


def test_a_superlative_period_is_the_period_the_text_is_on():
    text = "Shares fell on Monday, their worst day since 1987, in the best week in a year."
    values = {t.text: t.value for t in find_timexes(text, "2009-03-13")}
    assert values["day"] == "2009-03-09" and values["week"] == "2009-W11"
    assert find_timexes("It was the best day of the trip.", "2009-03-13") == []


def test_a_unit_after_an_amount_is_a_rate():
    text = "The plant costs $2 billion a year and makes 300 cars a day; it was 5,000 cars a year ago."
    values = [(t.text, t.type, t.value) for t in find_timexes(text, "2009-10-20")]
    assert values == [("a year", "SET", "P1Y"), ("a day", "SET", "P1D"), ("a year", "DURATION", "P1Y")]
    assert [t.type for t in find_timexes("It will be built in a year.", "2009-10-20")] == ["DURATION"]


# --- seasons that classify goods (found on the clustering test set) ----------------------

def test_a_season_classifying_goods_is_no_date_but_a_framed_one_is():
    text = "The convoy brought winter coats and summer clothing to the camp on Friday."
    assert {t.text for t in find_timexes(text, "2025-01-10")} == {"Friday"}
    stocked = find_timexes("They stockpiled coats before winter, and winter coats ran out.", "2025-01-10")
    assert [t.text for t in stocked] == ["winter"] and stocked[0].start == 29
    assert only("Ministers hold their spring meetings in Rome.", "2025-01-10", "spring").value.endswith("-SP")
