"""Event dates in news sentences: an act placed "the morning (evening, night) after" another
is a day later, so the other act is dated a day before it ("the bombing came the morning
after an air strike"), and a relative clause on a noun trigger whose verb says the act began
or took place gives the act's own day ("the strike that began on Sunday entered its second
day") (the sentences are made up)."""

from __future__ import annotations

from eventdate_helpers import dated

#: A Wednesday.
WEDNESDAY = "2026-05-13"
#: A Tuesday.
TUESDAY = "2026-05-12"
#: A Sunday.
SUNDAY = "2026-05-10"


def test_an_act_the_morning_after_another_dates_the_other_a_day_earlier() -> None:
    text = ("A car bomb wounded four soldiers near the checkpoint this morning; the bombing came the morning "
            "after an air strike on a village near the border.")
    date = dated(text, "air strike", WEDNESDAY)
    assert (date.value, date.basis) == (TUESDAY, "explicit")
    # the evening before: the act of the tied clause is a day later
    text = "Gunmen ambushed a convoy on Tuesday, the evening before negotiators met in Doha."
    assert dated(text, "met", WEDNESDAY).value == WEDNESDAY
    # the night after with no clause behind it is still the act's own time
    text = "Rebels shelled the town on Sunday and withdrew the night after."
    assert dated(text, "withdrew", WEDNESDAY).value == "2026-05-11TNI"


def test_a_relative_clause_saying_the_act_began_gives_the_acts_day() -> None:
    text = ("Dockers walked off the job today in protest at unpaid wages, a union official said, while the "
            "strike at the textile plant that began on Sunday entered its third day.")
    date = dated(text, "strike", WEDNESDAY)
    assert (date.value, date.basis) == (SUNDAY, "explicit")
    text = "Police said the clashes in the old city, which erupted on Sunday, had left two dead."
    assert dated(text, "clashes", WEDNESDAY).value == SUNDAY
    # a clause telling what someone else did about the act keeps its time to itself
    text = "The army on Wednesday shrugged off the protest at the base, which the governor condemned on Sunday."
    assert dated(text, "protest", WEDNESDAY).value == WEDNESDAY
