"""Event dates in news sentences (made up): a reduced relative clause on the object of a
participial clause (", rejecting the plan unveiled last week") dates the object's act, not
the event; a participle on the subject is no finite verb ("A ship leased by ... docked
today"); and a holiday that names a trigger's kind ("a Ramadan aid drive") gives way to the
one day of the sentence that falls inside it."""

from __future__ import annotations

from eventdate_helpers import dated

#: A Tuesday.
TUESDAY = "2026-05-12"
#: A day in Ramadan 2026.
IN_RAMADAN = "2026-03-05"


def test_a_relative_clause_on_a_participial_clauses_object_dates_the_object() -> None:
    text = "The minister said on Tuesday the party would boycott the vote, rejecting the plan unveiled last week."
    date = dated(text, "rejecting", TUESDAY)
    assert (date.value, date.basis) == (TUESDAY, "report")
    text = ("The minister said on Tuesday the party would boycott the vote, rejecting the plan unveiled by the "
            "envoy in Geneva last week.")
    assert dated(text, "rejecting", TUESDAY).value == TUESDAY


def test_a_participle_on_the_subject_leaves_the_verbs_day_to_the_event() -> None:
    text = "A tanker leased by the state oil firm berthed at Aden port today, with diesel, fuel oil and spares."
    date = dated(text, "spares", TUESDAY)
    assert (date.value, date.basis) == (TUESDAY, "explicit")
    # a relative clause on the subject before the trigger's verb keeps its own time
    assert dated("Troops deployed to the border in January withdrew on Tuesday.", "withdrew", TUESDAY).value == TUESDAY


def test_a_holiday_naming_the_triggers_kind_gives_way_to_a_day_inside_it() -> None:
    text = ("A convoy organised by the Red Crescent reached Marib today with flour and tents for displaced "
            "families, as part of a Ramadan aid drive for the province.")
    date = dated(text, "aid", IN_RAMADAN)
    assert (date.value, date.precision) == (IN_RAMADAN, "day")
    # with no day of its own, the holiday still dates the drive
    date = dated("The charity opened a Ramadan aid drive for the province.", "aid", IN_RAMADAN)
    assert date.precision != "day" and date.start is not None and date.start <= IN_RAMADAN
