"""Round-5 tense rules of session 33 (probe T9): clauses whose own verb says little of the time.

Sentences written for these tests, none taken from a probe or corpus. A month coordinated with
an earlier one shares that one's clause ("for January and February have dropped"); a bare "to" and
a verb before the expression's preposition look ahead when the clause has no other cue ("to
open to the public in May"); the passive of a request looks ahead like a pledge ("were told to
vacate the site by 15 March"); a participle of a state before "at" ("a flat priced at ...") and
an adjective after "all" ("all disputed claims") are no past verbs; "become" and "come" with no
auxiliary before them are presents.
"""

from __future__ import annotations

from timex_helpers import only


def test_a_second_month_shares_the_clause_of_the_first() -> None:
    text = "Reservations for January and February have dropped by a third, the agency said."
    assert only(text, "2032-12-20", "January").value == "2033-01"
    assert only(text, "2032-12-20", "February").value == "2033-02"
    text = "Orders for October or November were cancelled."
    assert only(text, "2033-12-05", "November").value == "2033-11"
    # a month on its own keeps its own verb
    assert only("Reservations for February have dropped.", "2032-12-20", "February").value == "2032-02"


def test_a_bare_infinitive_before_the_preposition_looks_ahead() -> None:
    text = "The museum showed its new wing on Monday, to open to the public in May."
    assert only(text, "2034-01-16", "May").value == "2034-05"
    text = "The ministry printed new banknotes, to enter circulation in March."
    assert only(text, "2034-01-16", "March").value == "2034-03"
    # "to" before a plural noun, a number or a determiner is a preposition: the verb rules
    text = "The agency has handed the files to auditors in March."
    assert only(text, "2034-05-16", "March").value == "2034-03"
    text = "Output rose to 40 tonnes in August."
    assert only(text, "2034-05-16", "August").value == "2033-08"
    # a date inside the infinitive's object dates its own noun, not the act
    text = "Farmers plan to march on the ministry to protest the results of the October 3 vote."
    assert only(text, "2034-10-10", "October 3").value == "2034-10-03"


def test_the_passive_of_a_request_looks_ahead() -> None:
    text = "Tenants have been told to vacate the building before August."
    assert only(text, "2035-04-02", "August").value == "2035-08"
    text = "Contractors were ordered to finish the bridge by 31 July."
    assert only(text, "2035-03-02", "31 July").value == "2035-07-31"
    # the request's own day stays past
    text = "Tenants were told on Monday to leave."
    assert only(text, "2035-04-04", "Monday").value == "2035-04-02"


def test_a_state_participle_before_at_is_no_past_verb() -> None:
    text = "The builder said it would launch a flat priced at 90,000 euros at the fair in Lyon in February."
    assert only(text, "2036-11-03", "February").value == "2037-02"
    text = "The group will list a unit valued at 2 billion dollars in March."
    assert only(text, "2036-11-03", "March").value == "2037-03"
    # a finite past of the same verb keeps its tense
    text = "The lender priced its bonds in March."
    assert only(text, "2036-11-03", "March").value == "2036-03"


def test_a_past_form_after_all_before_a_noun_is_an_adjective() -> None:
    text = "The insurer must settle all disputed claims by 30 April."
    assert only(text, "2037-01-08", "30 April").value == "2037-04-30"
    # before a determiner it is the verb
    text = "The five regulators all rejected the merger in March."
    assert only(text, "2037-05-08", "March").value == "2037-03"


def test_bare_become_and_come_are_presents() -> None:
    text = "Another 2 million shares become free to sell in December, and the lock-up ends in 2038."
    assert only(text, "2037-09-14", "December").value == "2037-12"
    # after an auxiliary the group rules: "had become" is past
    text = "The shares had become free to sell in December."
    assert only(text, "2037-09-14", "December").value == "2036-12"
