"""Event dates in news sentences: a deadline inside a participle's commitment, a future time of
a clause after a done act, a series ranked by a superlative apposition, a place apposition
between commas and "overnight" (written for the cluster_test20 fixes; the sentences are made
up)."""

from __future__ import annotations

from eventdate_helpers import dated
from timex_helpers import only


def test_a_deadline_after_a_participle_of_commitment_points_ahead():
    """"undertaking to finish by November" in a May text is this November, as after "pledged to"."""
    text = "The two companies signed a supply contract, undertaking to finish the terminal by November."
    assert only(text, "2027-05-12", "November").value == "2027-11"
    assert only("The unions met the minister, committing to end the strike by August.", "2027-05-12",
                "August").value == "2027-08"


def test_a_deadline_of_the_promised_act_does_not_date_the_agreement():
    text = "The two companies signed a supply contract, undertaking to finish the terminal by November."
    date = dated(text, "signed", "2027-05-12")
    assert (date.value, date.basis) == ("2027-05-12", "document")


def test_a_lapsing_mandate_looks_ahead():
    """A timetable present ("lapses", "runs out") points ahead like "expires"."""
    assert only("The truce lapses at the end of October.", "2027-05-12", "the end of October").value == "2027-10"
    assert only("The permit runs out in September.", "2027-05-12", "September").value == "2027-09"


def test_a_future_time_never_dates_a_done_act():
    """"has asked ... once the permit lapses in October, in a letter sent on Tuesday": the
    asking is done; October is when the permit lapses, Tuesday dates the letter."""
    text = ("Jordan has formally asked that the agency keep its office open once the permit lapses in October, "
            "in a letter sent on Tuesday.")
    assert dated(text, "asked", "2027-05-12").value == "2027-05-11"
    # a future act keeps its future time
    assert dated("The ministers will meet again in October.", "meet", "2027-05-12").value == "2027-10"


def test_a_since_phrase_in_a_superlative_apposition_dates_the_series_not_the_event():
    text = "Militants shelled the airport on Sunday, the police said, the fifth such attack on the site since 2023."
    assert dated(text, "shelled", "2027-05-12").value == "2027-05-09"
    text = "Militants shelled the airport, the police said, the heaviest of several attacks on it since 2023."
    assert dated(text, "shelled", "2027-05-12").basis == "document"


def test_a_place_apposition_does_not_cut_the_event_from_its_day():
    """", north of Basra, on Monday evening" dates the strike, not the statement after it."""
    text = "A rocket hit an oil depot in Zubair, north of Basra, on Monday evening, officials said on Tuesday."
    assert dated(text, "hit", "2027-05-12").value == "2027-05-10TEV"


def test_overnight_is_the_night_into_the_article_day():
    found = only("Jets pounded the hills overnight.", "2027-05-12", "overnight")
    assert found.value == "2027-05-11TNI"
    assert found.interval is not None
    assert (found.interval.start, found.interval.end) == ("2027-05-11", "2027-05-12")
    date = dated("Jets pounded the hills overnight, killing four.", "pounded", "2027-05-12")
    assert (date.start, date.end, date.basis) == ("2027-05-11", "2027-05-12", "explicit")
