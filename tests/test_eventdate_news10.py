"""Event dates in news sentences: a participle after a noun trigger whose complement
coordinates nouns ("sanctions on Iranian banks and firms, imposed on Friday"), a statement's
time that is no participle's time ("..., adopted on Monday, ..., saying Tehran would
retaliate"), "the day before" as an adverb before a preposition, not an offset opening a
clause, and a possessive day inside a phrase a comma parts from the trigger ("following
Monday's march, and power was cut") (the sentences are made up)."""

from __future__ import annotations

from eventdate_helpers import dated

#: A Wednesday.
WEDNESDAY = "2026-05-13"
#: A Tuesday.
TUESDAY = "2026-05-12"
#: A Monday.
MONDAY = "2026-05-11"


def test_a_participle_after_a_coordinated_complement_dates_the_noun_trigger() -> None:
    text = ("The ministry on Wednesday denounced the bloc's new sanctions on Iranian banks and shipping firms, "
            "imposed on Tuesday, as unlawful.")
    date = dated(text, "sanctions", WEDNESDAY)
    assert (date.value, date.basis) == (TUESDAY, "explicit")
    # without the comma, coordinated lowercase nouns still form the complement
    text = "The ministry on Wednesday denounced the embargo on cars and trucks imposed on Tuesday."
    assert dated(text, "embargo", WEDNESDAY).value == TUESDAY


def test_a_participle_time_before_a_speech_verb_is_no_time_of_the_statement() -> None:
    text = ("The spokesman on Wednesday rejected the council's resolution against Tehran, adopted on Monday, "
            "as biased, saying Iran would retaliate in kind.")
    date = dated(text, "retaliate", WEDNESDAY)
    assert (date.value, date.basis) == (WEDNESDAY, "report")


def test_the_day_before_followed_by_a_preposition_is_a_time_not_an_offset() -> None:
    text = ("The army on Wednesday dismissed as fabricated the allegations made the day before by the "
            "opposition, which says troops fired on protesters.")
    assert dated(text, "allegations", WEDNESDAY).value == TUESDAY
    assert dated(text, "dismissed", WEDNESDAY).value == WEDNESDAY


def test_a_governed_possessive_day_behind_a_comma_dates_no_later_clause() -> None:
    text = ("Dock workers walked out today and gathered at the port gates, demanding back pay, "
            "following Monday's march in the capital, and cranes were idle for hours.")
    assert dated(text, "idle", WEDNESDAY).value == WEDNESDAY
    # a possessive subject still dates its clause's event
    text = "Monday's explosion, the worst in years, destroyed two warehouses."
    assert dated(text, "destroyed", WEDNESDAY).value == MONDAY
