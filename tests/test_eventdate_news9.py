"""Event dates in news sentences: a participle phrase on the object after its particle or
place preposition ("the tanker, seized off Fujairah in January"), a bare month before a noun
("breached the November truce"), a duration that runs on past the article ("over the next five
days"), a relative clause whose verb is the trigger ("the minister, who earlier this week
blamed ..."), and a participle that dates the act a noun trigger names ("Turkey's ban on
citrus, announced on Friday") (the sentences are made up)."""

from __future__ import annotations

from eventdate_helpers import dated

#: A Tuesday.
TUESDAY = "2026-03-10"
#: A Friday.
FRIDAY = "2026-03-13"


def test_a_time_after_a_participle_and_off_dates_the_participle_not_the_main_verb():
    text = ("Iran has freed the crew of the tanker Silver Gull, seized off Fujairah in January, "
            "and the sailors flew home on Tuesday, the owners said.")
    assert dated(text, "freed", TUESDAY).value == TUESDAY
    assert dated(text, "seized", TUESDAY).value == "2026-01"
    # "off" as the particle of a phrasal participle ("sealed off") likewise
    text = "Troops reopened the highway sealed off last month, residents said."
    assert (dated(text, "reopened", TUESDAY).value, dated(text, "reopened", TUESDAY).basis) == (TUESDAY, "document")


def test_a_bare_month_before_a_noun_dates_that_noun_not_the_verb_it_is_the_object_of():
    text = "The president said on Tuesday that the raid breached the November truce and must not be repeated."
    assert dated(text, "breached", TUESDAY).value == TUESDAY
    text = "Monitors said on Friday that the army broke a January deadline for the pullback."
    assert dated(text, "broke", FRIDAY).value == FRIDAY
    # a preposition that attaches a time to the verb makes the noun the event's frame
    text = "The party won a majority in the November elections, officials said."
    assert dated(text, "won", TUESDAY).value == "2025-11"


def test_a_duration_running_on_past_the_article_dates_no_event():
    text = ("Navies from Egypt and Greece opened the Medusa drills off Crete on Tuesday, with landings "
            "and air defence firing over the next five days.")
    date = dated(text, "firing", TUESDAY)
    assert (date.value, date.precision) == (TUESDAY, "day")
    # a window ending at the anchor still dates what fell in it
    assert dated("Shelling killed 40 people over the past week.", "killed", TUESDAY).value == "P1W"


def test_a_relative_clause_with_no_verb_before_its_time_is_the_triggers_own():
    text = ("Sudan on Friday rejected the charge, answering the Egyptian minister, who earlier this week "
            "blamed the floods on the dam.")
    date = dated(text, "blamed", FRIDAY)
    assert (date.value, date.start, date.end) == ("2026-W11", "2026-03-09", FRIDAY)
    # a clause with its own verb before the time still keeps the time from the verb after it
    text = "Fighters who were deployed in January withdrew from the town, the army said."
    assert dated(text, "withdrew", FRIDAY).value != "2026-01"


def test_a_participle_on_a_noun_trigger_dates_the_act_the_noun_names():
    text = "Egypt on Thursday deplored Turkey's ban on Egyptian citrus, announced on Monday, and summoned the envoy."
    assert dated(text, "ban", FRIDAY).value == "2026-03-09"
    text = "Iran on Thursday criticised the sanctions on its oil sector, imposed on Tuesday by the EU."
    assert dated(text, "sanctions", FRIDAY).value == TUESDAY
    # a report of an act dates the report, not the act
    text = "Jordan on Thursday condemned the attack on the convoy, reported on Tuesday by residents."
    assert dated(text, "attack", FRIDAY).value == "2026-03-12"
