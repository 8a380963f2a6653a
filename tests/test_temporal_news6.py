"""Temporal rules that the opened clustering set cluster_test16 led to.

Written for these tests (no sentence is from the set or a corpus): a verb of commitment
before "to" and a verb ("agreed to hold", "pledged on Monday to release") looks ahead, so a
date in its infinitive is after the commitment, whatever the verb's own tense; before "to"
and a noun phrase ("agreed to the truce") it is an ordinary past form.
"""

from __future__ import annotations

from timex_helpers import only


def test_a_date_in_a_promised_act_lies_ahead() -> None:
    assert only("The two governments agreed to hold elections in June, officials said.",
                "2026-03-03", "June").value == "2026-06"
    assert only("Ankara pledged on Monday to release more water in the summer.",
                "2026-03-03", "the summer").value == "2026-SU"
    assert only("The militia vowed yesterday to retake the town by May.", "2026-03-03", "May").value == "2026-05"


def test_a_date_before_the_verb_of_commitment_dates_the_commitment() -> None:
    assert only("The envoys held talks late Saturday and agreed to meet again.", "2026-03-03",
                "late Saturday").value == "2026-02-28"


def test_a_commitment_to_a_noun_phrase_keeps_its_past_tense() -> None:
    assert only("The rebels agreed to the truce in February, mediators said.",
                "2026-03-03", "February").value == "2026-02"
    # "travelled to meet" is purpose, not commitment: June is the past June
    assert only("The envoy travelled to Cairo to meet the minister in June.", "2026-03-03", "June").value == "2025-06"
