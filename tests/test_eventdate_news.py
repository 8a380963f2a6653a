"""Event dates in news sentences: deadlines, intended acts, occasions, reduced relative clauses,
statements made "in remarks to" a paper, attributive seasons and appositions (written for the
cluster_test19 fixes; the sentences are made up)."""

from __future__ import annotations

from functools import partial

from eventdate_helpers import dated as dated_on
from timex_helpers import only

from lapwing.temporal_calendar import precision_of


dated = partial(dated_on, published="2026-03-10")


def test_a_perfect_verb_of_commitment_looks_ahead_like_its_simple_past():
    """"have pledged to hold talks in early May": the perfect dates the pledge, May is ahead."""
    text = "The two parties have pledged to hold talks in early May."
    assert only(text, "2026-03-10", "early May").value == "2026-05"


def test_a_deadline_points_ahead_unless_the_past_is_much_nearer():
    assert only("The parties pledged a new cabinet by early May.", "2026-03-10", "early May").value == "2026-05"
    assert only("The parties promised elections before April.", "2026-03-10", "April").value == "2026-04"
    # a pluperfect puts the act done by the deadline in the past
    assert only("Troops had withdrawn from the town by early May.", "2026-03-10", "early May").value == "2025-05"


def test_a_pledge_is_dated_by_its_report_not_by_its_deadline():
    text = "The rival factions have pledged to form a unity government by early May, the council said yesterday."
    assert (dated(text, "pledged").value, dated(text, "pledged").basis) == ("2026-03-09", "report")


def test_an_occasion_dates_no_later_coordinated_event():
    """"on the occasion of Eid" hangs on the verb before it; "pledged" shares "today" with it."""
    text = ("The emir today ordered the release of 300 prisoners, on the occasion of Eid al-Fitr, "
            "and pledged to pay their debts.")
    assert dated(text, "pledged").value == "2026-03-10"


def test_the_time_of_an_intended_act_does_not_date_the_meeting_after_its_clause():
    text = ("The two governments agreed on Monday to reopen the border crossing before the end of the year, "
            "at a meeting of their interior ministers in Amman.")
    assert dated(text, "meeting").value == "2026-03-09"
    assert dated(text, "agreed").value == "2026-03-09"


def test_an_older_time_in_a_reduced_relative_clause_dates_the_participle():
    text = ("The ministry announced on Wednesday that Washington had lifted sanctions imposed on three "
            "local firms in 2023.")
    assert (dated(text, "lifted").value, dated(text, "lifted").basis) == ("2026-03-04", "report")
    # a recent day at the end of the sentence still dates the main event
    text = "Police detained five men suspected of smuggling weapons in a raid on Sunday."
    assert dated(text, "detained").value == "2026-03-08"


def test_a_statement_made_in_remarks_to_a_paper_dates_the_report():
    text = ("The ministry has sent a formal request to Ankara for the two suspects, so that they face charges "
            "over the bombing in 2016, a judicial official said in remarks to the agency on Monday.")
    assert (dated(text, "request").value, dated(text, "request").basis) == ("2026-03-09", "report")


def test_a_season_that_describes_a_noun_dates_no_event():
    text = "Hundreds of residents protested outside the power company over outages in the summer heat."
    assert dated(text, "protested", published="2026-07-12").basis == "document"
    text = "Residents protested over outages in the summer as temperatures soared."
    assert dated(text, "protested", published="2026-07-12").value == "2026-SU"


def test_an_apposition_does_not_cut_the_event_from_its_day():
    text = ("Police arrested Ahmed Saleh, a former officer wanted over the shelling of the town in 2014, "
            "at a checkpoint near the border on Friday.")
    assert dated(text, "arrested").value == "2026-03-06"


def test_winter_is_a_season_not_a_week():
    assert precision_of("2025-WI") == "season"
    assert precision_of("2025-W07") == "week"


def test_an_older_time_in_a_relative_clause_without_that_dates_its_own_verb():
    text = ("Rebels have freed the crew of a tanker they seized in the Gulf in November, "
            "handing the sailors to mediators on Saturday.")
    assert dated(text, "freed").value == "2026-03-07"


def test_a_possessive_after_the_trigger_dates_its_noun_unless_it_frames_the_event():
    assert dated("The ministry rejected Wednesday's accusation as baseless.", "rejected").basis == "document"
    assert dated("Police said 20 people were arrested during Monday's protests.", "arrested").value == "2026-03-09"
