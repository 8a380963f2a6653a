"""Event dates in news sentences: a year that ends a name ("the drill Sea Shield 2026"), a
relative clause on the event noun itself ("the drills, which began on Saturday"), the
start of an intended act in an earlier infinitive clause ("to raise releases from June,
..., following the meeting"), and a later "after" clause that restates a speech act the
noun names ("rejected the accusations, after the ministry claimed a day earlier ...")
(written for the round on the opened cluster_test21; the sentences are made up)."""

from __future__ import annotations

from eventdate_helpers import dated

#: A Thursday.
THURSDAY = "2026-03-05"
#: A Monday.
MONDAY = "2026-07-20"
#: A Wednesday in December: a bare June is read as the past June.
DECEMBER = "2025-12-03"


def test_a_year_that_ends_a_name_dates_nothing_but_one_after_a_month_or_a_preposition_does():
    text = "The navies of Oman and India began the joint drill Sea Shield 2026 off Duqm on Tuesday."
    assert dated(text, "began", THURSDAY).value == "2026-03-03"
    text = "Egypt hosted delegations from 40 countries at the Defence Expo 2026 in Cairo today."
    assert dated(text, "hosted", THURSDAY).value == "2026-03-05"
    text = "Saudi Arabia signed three contracts under its Vision 2030 plan yesterday."
    assert dated(text, "signed", THURSDAY).value == "2026-03-04"
    # after a month or a preposition a year is still a date
    assert dated("Kuwait signed the agreement in May 2025.", "signed", THURSDAY).value == "2025-05"
    assert dated("Turkey expelled four diplomats in 2025.", "expelled", THURSDAY).value == "2025"
    assert dated("During 2024 Iraq bought power from Iran.", "bought", THURSDAY).value == "2024"


def test_a_relative_clause_on_the_event_noun_dates_it_and_on_another_noun_nothing():
    text = "Pakistani and Turkish troops are taking part in the Anatolian Eagle drills, which began on Saturday."
    assert dated(text, "drills", MONDAY).value == "2026-07-18"
    text = "The ceasefire, which took effect at dawn on Sunday, largely held, residents said."
    assert dated(text, "ceasefire", MONDAY).value == "2026-07-19TMO"  # "dawn" is Sunday's morning
    text = "Iran on Monday denied the charges, which Britain had made a day earlier."
    assert dated(text, "charges", MONDAY).value == "2026-07-19"
    # a comma clause on another noun, or on the object of a verb trigger, still dates nothing
    text = "Egypt welcomed the talks, which ended in Cairo yesterday."
    assert dated(text, "welcomed", MONDAY).basis == "document"
    text = "Troops withdrew from the town, which militants seized on Saturday."
    assert dated(text, "withdrew", MONDAY).basis == "document"


def test_the_start_of_an_intended_act_does_not_date_a_later_event():
    text = ("Iraq and Syria reached an understanding today to open a joint trade office in Albukamal and to "
            "raise trade to two billion dollars a year from June, the ministry said following a meeting "
            "with the visiting Syrian minister.")
    assert dated(text, "meeting", DECEMBER).value == "2025-12-03"


def test_a_season_before_its_noun_dates_no_later_event():
    text = ("Jordan and Egypt reached an understanding today to open a ferry line from Aqaba to Nuweiba and to "
            "double summer flights, the ministry said following a meeting in Amman.")
    assert dated(text, "meeting", DECEMBER).value == "2025-12-03"


def test_an_after_clause_with_a_verb_that_restates_the_speech_act_dates_the_noun():
    text = ("Ankara on Thursday rejected Iraqi accusations of water theft, after the Iraqi ministry "
            "claimed a day earlier that Turkey had cut the flow.")
    assert dated(text, "accusations", THURSDAY).value == "2026-03-04"
    assert dated(text, "rejected", THURSDAY).value == "2026-03-05"
    # "said" restates no warning
    text = "The army issued a warning on Thursday, after militants said on Wednesday that they would strike."
    assert dated(text, "warning", THURSDAY).value == "2026-03-05"
