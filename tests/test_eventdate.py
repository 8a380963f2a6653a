"""Event dating: the clause's own expression, else the sentence's, else the article date."""

from __future__ import annotations

from lapwing.eventdate import date_for_event
from lapwing.records import Document, EventDate, Span
from lapwing.temporal import find_timexes


def dated(text: str, trigger: str, published: str | None = "2024-04-10", sentence: str | None = None) -> EventDate:
    """Date the event whose trigger is the first ``trigger`` in ``text`` (sentence: all text or ``sentence``)."""
    document = Document("d1", "i1", text, published=published)
    start = text.index(trigger)
    lo = text.index(sentence) if sentence else 0
    hi = lo + len(sentence) if sentence else len(text)
    timexes = find_timexes(text, published, "d1")
    return date_for_event(Span(start, start + len(trigger)), Span(lo, hi), timexes, document)


def test_each_event_takes_the_expression_of_its_own_clause():
    text = "Israeli jets struck Rafah on Sunday after militants fired rockets on Saturday."
    assert dated(text, "struck") == EventDate("2024-04-07", "2024-04-07", "2024-04-07", "day", "explicit")
    assert dated(text, "fired").value == "2024-04-06"


def test_else_the_nearest_expression_of_the_sentence_governs():
    text = "On Monday, while talks went on, troops withdrew from the town."
    date = dated(text, "withdrew")
    assert (date.value, date.basis) == ("2024-04-08", "explicit")


def test_the_time_of_a_statement_says_only_by_when():
    """"said on Monday that ..." dates the statement: the event happened by then."""
    for text, trigger in [("On Monday, officials said that troops had withdrawn from the town.", "withdrawn"),
                          ("The army said on Monday it had struck a depot near the town.", "struck"),
                          ("The army said late on Monday that jets struck a depot.", "struck"),
                          ("Troops killed three fighters near the town, sources said on Monday.", "killed")]:
        date = dated(text, trigger)
        assert (date.value, date.basis) == ("2024-04-08", "report"), text


def test_a_statement_time_gives_way_to_the_event_own():
    date = dated("The army said on Monday it had struck a depot a day earlier.", "struck")
    assert (date.value, date.basis) == ("2024-04-07", "explicit")
    date = dated("Jets struck a depot on Sunday, the army said on Monday.", "struck")
    assert (date.value, date.basis) == ("2024-04-07", "explicit")
    date = dated("Iran said on Monday it had arrested five people, the latest in a wave of arrests since "
                 "the war in March.", "arrested")
    assert (date.value, date.basis) == ("2024-04-08", "report")


def test_else_the_document_date():
    date = dated("Troops withdrew from the town.", "withdrew")
    assert date == EventDate("2024-04-10", "2024-04-10", "2024-04-10", "day", "document")


def test_else_unknown():
    assert dated("Troops withdrew from the town.", "withdrew", published=None) == EventDate()


def test_expressions_of_other_sentences_do_not_date_the_event():
    text = "Clashes erupted on Friday. Troops withdrew from the town."
    date = dated(text, "withdrew", sentence="Troops withdrew from the town.")
    assert (date.value, date.basis) == ("2024-04-10", "document")


def test_intervals_and_precision_are_carried_through():
    week = dated("Prices doubled in the last week.", "doubled")
    assert (week.value, week.start, week.end, week.precision) == ("P1W", "2024-04-03", "2024-04-10", "week")
    march = dated("Aid deliveries fell in March.", "fell")
    assert (march.value, march.start, march.end, march.precision) == ("2024-03", "2024-03-01", "2024-03-31", "month")
    since = dated("Fighting has continued since October 7.", "continued")
    assert (since.start, since.end, since.precision) == ("2023-10-07", "2024-04-10", "day")


def test_undated_documents_keep_partial_values_and_invent_no_bounds():
    date = dated("Troops withdrew on June 21.", "withdrew", published=None)
    assert date == EventDate("XXXX-06-21", None, None, "day", "explicit")


def test_sets_references_and_free_durations_do_not_date_an_event():
    for text in ("Militants attack convoys every Monday.", "Militants recently attacked a convoy.",
                 "The siege lasted six months."):
        trigger = text.split()[1]
        assert dated(text, trigger).basis == "document", text


def test_an_ago_duration_dates_the_event_at_its_start():
    date = dated("Engineers began the tunnel two years ago.", "began")
    assert (date.value, date.start, date.end, date.precision) == ("2022", "2022-01-01", "2022-12-31", "year")


def test_clock_unit_durations_have_day_precision():
    date = dated("Rain fell over the past 36 hours.", "fell")
    assert (date.value, date.precision) == ("PT36H", "day")


def test_an_event_tied_by_a_counted_offset_is_dated_from_the_governing_date():
    text = "Rebels shelled Aleppo on Thursday, a day after jets bombed a market in Idlib."
    assert dated(text, "bombed", published="2024-02-15") == EventDate(
        "2024-02-14", "2024-02-14", "2024-02-14", "day", "explicit")
    assert dated(text, "shelled", published="2024-02-15").value == "2024-02-15"
    later = "Rebels shelled Aleppo on Monday, three days after jets bombed a market."
    assert dated(later, "bombed", published="2024-02-15").value == "2024-02-09"


def test_the_day_after_before_a_clause_is_an_offset_not_a_date():
    text = "Rebels shelled Aleppo on Monday, the day after jets bombed a market."
    assert dated(text, "bombed", published="2024-02-15").value == "2024-02-11"
    assert dated(text, "shelled", published="2024-02-15").value == "2024-02-12"


def test_an_offset_before_points_forward_and_hours_keep_the_day():
    ahead = dated("The envoy arrived in Doha a week before talks resumed.", "resumed", published="2024-02-15")
    assert (ahead.start, ahead.end, ahead.precision) == ("2024-02-22", "2024-02-22", "week")
    hours = dated("Crowds gathered on Tuesday, hours after police arrested the mayor.", "arrested",
                  published="2024-02-15")
    assert (hours.value, hours.precision) == ("2024-02-13", "day")
    few = dated("Crowds gathered days after police arrested the mayor.", "arrested", published="2024-02-15")
    assert (few.start, few.end, few.precision) == ("2024-02-09", "2024-02-13", "week")


def test_an_event_with_its_own_expression_ignores_the_offset():
    text = "Rebels shelled Aleppo on Monday, a day after jets bombed a market on Saturday."
    assert dated(text, "bombed", published="2024-02-15").value == "2024-02-10"


def test_a_future_expression_behind_an_intention_dates_the_intended_act_only():
    text = "Qatar and Egypt agreed to hold another round of talks next week."
    assert dated(text, "agreed", published="2024-02-01").basis == "document"
    assert dated("Qatar and Egypt agreed on Monday to resume talks next week.", "agreed",
                 published="2024-02-01").value == "2024-01-29"
    assert dated("Qatar will host the talks next week.", "host", published="2024-02-01").value == "2024-W06"
    assert dated("Troops are moving to the border next week.", "moving", published="2024-02-01").value == "2024-W06"


def test_an_expression_in_a_relative_clause_does_not_date_the_main_event():
    text = "Troops withdrew from the town, which militants had seized in March."
    assert dated(text, "withdrew").basis == "document"
    assert dated(text, "seized").value == "2024-03"


def test_a_possessive_day_after_a_speech_verb_dates_the_event():
    date = dated("The military said Wednesday's strike also killed two other operatives.", "strike")
    assert (date.value, date.basis) == ("2024-04-10", "explicit")


def test_a_day_after_a_listed_object_is_an_offset_not_a_rate():
    text = "Militants fired rockets at the town on Thursday, damaging a house, a day after jets struck a depot."
    assert dated(text, "struck").value == "2024-04-03"  # the day before Thursday 4 April


def test_a_restrictive_relative_clause_day_dates_an_event_its_own_clause_leaves_undated():
    """The day of "which struck a bus yesterday" is the day of the attack the clause picks out."""
    date = dated("Two guards died in a rocket attack which struck a border post yesterday, medics said.", "died")
    assert (date.value, date.basis) == ("2024-04-09", "explicit")
    date = dated("Police detained four men who were planting a bomb near the bridge on Monday, the "
                 "ministry said on Tuesday.", "detained")
    assert (date.value, date.basis) == ("2024-04-08", "explicit")


def test_a_relative_clause_day_gives_way_and_is_kept_from_background():
    own = dated("On Tuesday, troops captured fighters who shelled the port on Sunday.", "captured")
    assert own.value == "2024-04-09"
    anterior = dated("Troops captured a commander who had shelled the port on Sunday.", "captured")
    assert anterior.basis == "document"
    old = dated("Troops captured a commander who planned the raid on March 2.", "captured")
    assert old.basis == "document"
    non_restrictive = dated("Troops entered the town, which militants left on Sunday.", "entered")
    assert non_restrictive.basis == "document"


def test_a_relative_clause_ends_at_its_comma_so_the_statement_time_after_it_is_the_report():
    date = dated("Troops entered the town, which militants had held for months, the army said on Monday.",
                 "entered")
    assert (date.value, date.basis) == ("2024-04-08", "report")


def test_a_date_behind_despite_or_amid_dates_what_it_modifies_not_the_event():
    """"strikes on the south despite the November truce": November dates the truce."""
    text = ("Two men were killed on Monday when a drone hit their car, in the latest of a series of "
            "strikes on the south despite the November truce.")
    assert dated(text, "strikes", published="2025-03-04").value == "2025-03-03"
    text = "Markets slid on Tuesday amid fears of a recession by March."
    assert dated(text, "slid", published="2025-03-06").value == "2025-03-04"
    text = "The two states restored relations, ending a rupture dating back to 1980."
    assert dated(text, "restored", published="2025-03-06").basis == "document"


def test_an_apposition_between_commas_does_not_cut_the_event_from_its_day():
    """"including ..." between commas belongs to the object: the day after it is the event's,
    not the statement's (written for the cluster_test14 fixes)."""
    text = ("Jets killed four fighters, including a field commander, in a raid near the town on Sunday, "
            "sources said on Monday.")
    date = dated(text, "killed")
    assert (date.value, date.basis) == ("2024-04-07", "explicit")
    text = "Jets killed four fighters near the town, sources said on Monday, citing a raid on Sunday."
    assert dated(text, "killed").basis == "report"


def test_a_day_the_event_comes_ahead_of_is_no_date_of_it():
    """"ahead of X" and "until X" bound the event; the statement's day says more."""
    text = "The king pardoned 300 prisoners ahead of the holiday on Friday, state media said on Tuesday."
    assert (dated(text, "pardoned").value, dated(text, "pardoned").basis) == ("2024-04-09", "report")
    text = "Jets struck the depot on Monday, ahead of talks, officials said on Tuesday."
    assert dated(text, "struck").value == "2024-04-08"


def test_an_occasion_the_event_marks_is_no_date_of_it():
    text = "The leader pardoned 900 convicts on the occasion of the holiday on Friday, media said on Tuesday."
    assert dated(text, "pardoned").basis == "report"


def test_a_since_phrase_after_a_superlative_measures_the_event():
    # "his first ... since the January talks": the talks are what the trip is measured against
    date = dated("The trip was the minister's first to Cairo since the January talks.", "trip")
    assert date.basis == "document"
    # without a superlative, a state that began with the named event is still dated from it
    date = dated("Fighting has continued since the June ceasefire.", "continued")
    assert (date.start, date.end) == ("2023-06-01", "2024-04-10")


def test_a_current_period_after_a_superlative_ranks_the_event():
    """"the first minister to visit Amman this year when he landed on Monday": the year is the
    range of the ranking, the day is the visit's."""
    text = "Dupont became the most senior French minister to visit Amman this year when he landed on Monday."
    assert dated(text, "visit").value == "2024-04-08"
    # a noun in -est is no superlative: the period still dates the event
    assert dated("Troops raided homes in the west this month, residents said.", "raided").value == "2024-04"
    assert dated("Police detained a protest leader this week.", "detained").precision == "week"


def test_a_sentence_opened_by_a_definite_event_noun_takes_the_day_before_it():
    text = ("Police clashed with marchers on Monday when a rally near the embassy turned violent. "
            "The rally, the biggest in months, demanded the envoy's expulsion.")
    date = dated(text, "rally, the", sentence=text[text.index("The rally"):])
    assert (date.value, date.basis) == ("2024-04-08", "explicit")
    # a sentence opened otherwise keeps the article date
    text = "Police clashed with marchers on Monday. Organisers said a new rally would be held."
    assert dated(text, "rally", sentence=text[text.index("Organisers"):]).basis == "document"


def test_a_date_naming_a_thing_dates_only_that_thing():
    """"since the June 2023 war", "the March 3 attack": a date between a determiner and a
    noun names the war or the attack by its day; after the trigger it dates no other event
    ("retaliated for the March 3 attack"), but before it, as its subject, it dates what the
    attack did."""
    text = ("The army chief warned Israel of a crushing answer, saying the arsenal had been "
            "rebuilt since the June 2023 war.")
    assert (dated(text, "warned").value, dated(text, "warned").basis) == ("2024-04-10", "document")
    named = "Officials said the March 3 attack killed five people."
    assert dated(named, "attack").value == "2024-03-03"
    assert dated(named, "killed").value == "2024-03-03"
    later = "Troops retaliated for the March 3 attack."
    assert dated(later, "retaliated").basis == "document"
