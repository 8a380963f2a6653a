"""Event dates in news sentences: a custody noun is dated by the day a custody participle and
"since" give in its sentence ("extended the detention of the students held since Saturday"),
the arrest's day rather than the hearing's (the sentences are made up)."""

from __future__ import annotations

from eventdate_helpers import dated

#: A Thursday.
THURSDAY = "2026-03-12"


def test_a_custody_noun_is_dated_by_the_day_its_detainees_are_held_since():
    text = ("Families of the students held since Saturday waited outside the court in Tanta on Thursday, "
            "as a judge extended the detention of twelve of them by two weeks.")
    date = dated(text, "detention", THURSDAY)
    assert (date.value, date.start, date.end) == ("2026-03-07", "2026-03-07", "2026-03-07")
    # the participle after the noun, and one of several words
    text = "A court on Thursday extended the custody of three reporters locked up since Monday."
    assert dated(text, "custody", THURSDAY).value == "2026-03-09"


def test_the_custody_day_needs_a_custody_noun_a_custody_participle_and_a_day():
    # another noun keeps the hearing's day
    text = "A judge on Thursday extended the trial of three reporters held since Monday."
    assert dated(text, "trial", THURSDAY).value == THURSDAY
    # "since" after no custody participle starts no custody
    text = "A judge on Thursday extended the detention of three reporters, on strike since Monday."
    assert dated(text, "detention", THURSDAY).value == THURSDAY
    # an older, coarser start is no arrest the report covers
    text = "A judge on Thursday extended the detention of three reporters jailed since 2019."
    assert dated(text, "detention", THURSDAY).value == THURSDAY
