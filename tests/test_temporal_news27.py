"""Round-4 temporal rules of session 33 (probe T9): the day a clock time belongs to, tense cues.

Sentences written for these tests, none taken from a probe or corpus: a clock time that names
the act of the sentence before takes its day, a clock time never takes a day of a later clause
in another tense, an article without a date takes the one day told just before; "plans to" before
a name or a preposition is a noun, a name after "before" opens no clause, two joined weekdays
share their clause, timetable presents with a plural subject, a past verb of expectation before
its object, and "after" before a gerund opens a clause.
"""

from __future__ import annotations

from timex_helpers import only

# 2031-05-14 is a Wednesday
WED = "2031-05-14"


def test_a_clock_time_naming_the_act_told_before_takes_its_day() -> None:
    text = "The central bank said on Monday it would sell gold. The announcement came at 3:30 p.m."
    assert only(text, WED, "3:30 p.m.").value == "2031-05-12T15:30"
    text = "The agency cut Peru's rating late on Tuesday. Its decision was published after 9 p.m."
    assert only(text, WED, "9 p.m.").value == "2031-05-13T21:00"
    text = "A dam burst in the hills yesterday. The collapse happened at 04:10 local time."
    assert only(text, WED, "04:10 local time").value == "2031-05-13T04:10"


def test_a_clock_time_of_another_act_keeps_the_article_day() -> None:
    # no noun names the act told before: another act of the article's own day
    text = "The trade fair opened on Monday. Visitors queued at 8 a.m."
    assert only(text, WED, "8 a.m.").value == "2031-05-14T08:00"
    # two days before: no single day to take
    text = "The ferry sank on May 2, the coastguard said on Monday. The collapse came at 2 a.m."
    assert only(text, WED, "2 a.m.").value == "2031-05-14T02:00"
    # a possessive day dates a thing, not the act of its sentence
    text = "Voters backed the plan in Monday's referendum. The result was declared at 6 a.m."
    assert only(text, WED, "6 a.m.").value == "2031-05-14T06:00"


def test_a_clock_time_skips_a_later_day_in_a_clause_of_another_tense() -> None:
    text = "The walkout began at 05:00 local time and is due to end on Friday."
    assert only(text, WED, "05:00 local time").value == "2031-05-14T05:00"
    text = "The port stopped loading at 7 a.m. and said it would not reopen before Saturday."
    assert only(text, WED, "7 a.m.").value == "2031-05-14T07:00"
    # the same tense still reaches the day ("opened at 9 a.m. and closed lower on Monday")
    text = "The index opened at 9 a.m. and closed lower on Monday."
    assert only(text, WED, "9 a.m.").value == "2031-05-12T09:00"


def test_without_an_article_date_a_past_clock_time_takes_the_day_told_before() -> None:
    text = ("Lisbon blackout halts trains\nCommuter trains stood still in Lisbon for four hours on "
            "3 March 2029. The grid stopped at 11:42 and came back at 2 p.m.")
    assert only(text, None, "11:42").value == "2029-03-03T11:42"
    assert only(text, None, "2 p.m.").value == "2029-03-03T14:00"


def test_plans_before_a_name_or_a_preposition_is_a_noun() -> None:
    text = "The carmakers sent restructuring plans to Parliament on Monday."
    assert only(text, WED, "Monday").value == "2031-05-12"
    text = "The union handed its plans to the board on Tuesday."
    assert only(text, WED, "Tuesday").value == "2031-05-13"
    # the infinitive still looks ahead
    assert only("The firm plans to list its shares on Friday.", WED, "Friday").value == "2031-05-16"


def test_before_a_name_opens_no_clause_and_joined_weekdays_share_it() -> None:
    text = "Bank chiefs will appear before Senate and House panels on Friday and Saturday."
    assert only(text, WED, "Friday").value == "2031-05-16"
    assert only(text, WED, "Saturday").value == "2031-05-17"
    # a clause after "before" keeps its own verb
    assert only("Shares fell before Obama spoke on Monday.", WED, "Monday").value == "2031-05-12"


def test_timetable_presents_with_a_plural_subject_look_ahead() -> None:
    assert only("Farm ministers meet in Brussels on Monday.", WED, "Monday").value == "2031-05-19"
    assert only("The hearings resume on Tuesday.", WED, "Tuesday").value == "2031-05-20"
    assert only("The air show runs until Sunday.", WED, "Sunday").value == "2031-05-18"
    # "to meet" after a past verb is no timetable
    assert only("The negotiators failed to meet on Monday.", WED, "Monday").value == "2031-05-12"


def test_a_past_verb_of_expectation_before_its_object_looks_ahead() -> None:
    text = "The finance chief said in March he expected sales of $4 billion in the September quarter."
    assert only(text, "2031-03-20", "the September quarter").value == "2031-Q3"
    # "as expected" is no expectation of what follows
    assert only("Sales rose as expected in February.", "2031-03-20", "February").value == "2031-02"


def test_after_before_a_gerund_opens_a_clause() -> None:
    text = ("The airline said on Monday it would restart flights this week after grounding them "
            "on May 9 over engine checks.")
    assert only(text, WED, "May 9").value == "2031-05-09"
