"""Event dates of follow-up reports (made up): a noun's own time after it outranks the time of an
outer act still to come ("will fly to Muscat next week to pursue the *talks* with the sultan on
Monday"), and a past perfect act with no time of its own goes back to the one earlier day of the
sentence before ("... detained on Saturday. The group said police *had arrested* them")
instead of taking the publication date."""

from __future__ import annotations

from eventdate_helpers import dated, dated_in

#: A Wednesday.
WEDNESDAY = "2026-05-13"
#: The Monday and the Saturday before it.
MONDAY = "2026-05-11"
SATURDAY = "2026-05-09"


def test_a_nouns_own_day_after_it_outranks_a_future_outer_time() -> None:
    text = ("Oman said on Wednesday its foreign minister will fly to Tehran next month to pursue the sultan's "
            "talks with the Iranian president on Monday, which dealt with shipping in the Gulf.")
    date = dated(text, "talks", WEDNESDAY)
    assert (date.value, date.precision, date.basis) == (MONDAY, "day", "explicit")


def test_a_nouns_own_time_after_it_outranks_an_intended_acts_time() -> None:
    text = "The two envoys agreed on Monday to hold talks in Amman next week."
    date = dated(text, "talks", WEDNESDAY)
    assert (date.precision, date.start) == ("week", "2026-05-18")


def test_an_outer_time_still_dates_a_noun_without_a_time_of_its_own() -> None:
    text = "The foreign minister will fly to Tehran next month for talks with the Iranian president."
    assert dated(text, "talks", WEDNESDAY).value == "2026-06"
    # a verb trigger keeps the nearest time
    text = "The army said on Wednesday it had struck a depot near the border on Monday."
    assert dated(text, "struck", WEDNESDAY).value == MONDAY


def test_a_past_perfect_act_takes_the_one_earlier_day_of_the_sentence_before() -> None:
    text = ("A rights group on Wednesday called for the release of 14 students detained in Basra on Saturday. "
            "It said plain-clothes police had arrested them in two districts.")
    date = dated_in(text, "arrested", WEDNESDAY)
    assert (date.value, date.basis) == (SATURDAY, "explicit")
    # also behind fillers: "had already been"
    text = ("Lawyers on Wednesday demanded access to the 14 students rounded up in Basra on Saturday. They said "
            "the men had already been moved to a prison in the capital.")
    assert dated_in(text, "moved", WEDNESDAY).value == SATURDAY


def test_a_past_perfect_act_keeps_the_publication_date_without_one_earlier_day() -> None:
    two_days = ("A rights group on Wednesday said students were detained in Basra on Saturday and in Najaf on "
                "Monday. It said plain-clothes police had arrested them.")
    assert dated_in(two_days, "arrested", WEDNESDAY).basis == "document"
    no_day = "A rights group on Wednesday called for the students' release. It said police had arrested them."
    assert dated_in(no_day, "arrested", WEDNESDAY).basis == "document"
    # a simple past is no past perfect
    simple = ("A rights group on Wednesday called for the release of 14 students detained in Basra on Saturday. "
              "It said plain-clothes police arrested them.")
    assert dated_in(simple, "arrested", WEDNESDAY).basis == "document"


def test_a_possessive_day_after_since_dates_the_noun_it_determines() -> None:
    text = ("Gunmen ambushed a police convoy near Baiji on Wednesday. Patrols on the highway had been doubled "
            "since Monday's checkpoint shooting outside Tikrit.")
    date = dated_in(text, "shooting", WEDNESDAY)
    assert (date.value, date.start, date.end, date.basis) == (MONDAY, MONDAY, MONDAY, "explicit")
    # a "since" day that determines no noun of the trigger still starts a state, dating nothing after it
    text = "Aid workers held since Monday were freed."
    assert dated(text, "freed", WEDNESDAY).basis == "document"
