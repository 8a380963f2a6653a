"""Event dates in news sentences: the occasion an act is done for ("to mark the end of
Ramadan", "in honour of Independence Day", "for Eid al-Fitr") is no date of the act, and the
time lexicon knows the feasts wire copy names by other names ("the end of Ramadan" is Eid
al-Fitr; Nowruz) (written for the fifth round on the opened cluster sets; the sentences are
made up)."""

from __future__ import annotations

from functools import partial

from eventdate_helpers import dated as dated_on

from lapwing.temporal import find_timexes

#: A Sunday, four days after the end of Ramadan 1448 (2027-03-10 in the tabular calendar).
PUBLISHED = "2027-03-14"


dated = partial(dated_on, published=PUBLISHED)


def test_the_end_of_ramadan_is_the_feast_that_ends_it():
    """Not the whole month: the first of Shawwal, a day."""
    found = find_timexes("The emir freed 300 detainees to mark the end of Ramadan.", PUBLISHED, "d1")
    assert [(t.text, t.value) for t in found] == [("end of Ramadan", "2027-03-10")]


def test_nowruz_is_a_holiday():
    found = find_timexes("The president addressed the nation on Nowruz.", PUBLISHED, "d1")
    assert [t.value for t in found] == ["2026-03-21"]


def test_an_occasion_marker_makes_its_object_no_date_of_the_act():
    """The pardon is reported, not dated, by the occasion: the article dates it."""
    text = "The emir pardoned 300 detainees to mark the end of Ramadan."
    assert dated(text, "pardoned").basis == "document"
    text = "The president released 50 prisoners in honour of the 40th anniversary of Independence Day."
    assert dated(text, "released").basis == "document"
    text = "Crowds marched through the capital celebrating Nowruz."
    assert dated(text, "marched").basis == "document"
    # A time after the occasion is the act's ("to mark Eid on Wednesday": Wednesday is not
    # the object of "mark"), and so is a holiday that is the act's own time ("on Eid al-Fitr").
    text = "The emir pardoned 300 detainees to mark Eid al-Fitr on Wednesday."
    assert dated(text, "pardoned").value == "2027-03-10"
    text = "Gunmen attacked a mosque on Eid al-Fitr."
    assert dated(text, "attacked").value == "2027-03-10"


def test_for_makes_only_a_holiday_an_occasion():
    """"for Eid al-Fitr" is why; "for Sunday" is when."""
    text = "The emir pardoned 300 detainees for Eid al-Fitr."
    assert dated(text, "pardoned").basis == "document"
    text = "The opposition called a strike for Tuesday."
    assert dated(text, "called").basis == "explicit"


def test_a_time_after_saying_dates_the_statement():
    """"with an official saying on Friday that ...": the participle reports, like "said", so
    its day is the report's (the act happened by then), not the act's own day."""
    text = ("The emir freed 300 detainees to mark the end of Ramadan, with a ministry official saying on "
            "Friday that releases had begun.")
    found = dated(text, "freed")
    assert (found.value, found.basis) == ("2027-03-12", "report")
