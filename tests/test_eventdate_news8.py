"""Event dates in news sentences: a story dated by its dateline's filing day a day before
publication ("CAIRO, March 3, 2026 (MENA) - ... today"), a responsibility claim dated by the
act it claims ("claimed responsibility on Wednesday for the ambush ... a day earlier"), and
the object of a reaction verb dated by the reaction only as a report date ("on Thursday
condemned the British sanctions") (the sentences are made up)."""

from __future__ import annotations

from eventdate_helpers import dated

#: A Wednesday.
WEDNESDAY = "2026-03-04"
#: A Thursday.
THURSDAY = "2026-03-05"


def test_an_event_of_today_in_a_story_filed_the_day_before_publication_takes_the_filing_day():
    text = "CAIRO, March 3, 2026 (MENA) - President Sisi received the Kuwaiti foreign minister today."
    assert dated(text, "received", WEDNESDAY).value == "2026-03-03"
    text = "Muscat, March 2, 2026, ONA -- Oman hosted talks between the two delegations on Monday."
    assert dated(text, "hosted", WEDNESDAY).value == "2026-03-02"
    # a dateline of the publication day changes nothing
    text = "CAIRO, March 4, 2026 (MENA) - President Sisi received the Kuwaiti foreign minister today."
    assert dated(text, "received", WEDNESDAY).value == WEDNESDAY


def test_a_responsibility_claim_is_dated_by_the_time_of_the_act_it_claims():
    text = ("The group claimed responsibility on Thursday for the bombing of an army convoy near the "
            "border a day earlier, saying its fighters had killed nine soldiers.")
    assert dated(text, "claimed", THURSDAY).value == "2026-03-04"
    text = "The militia claimed responsibility for Monday's drone attack in a statement on Thursday."
    assert dated(text, "claimed", THURSDAY).value == "2026-03-02"
    text = "The rebels on Thursday claimed credit for the killing of two officers the previous night."
    assert dated(text, "claimed", THURSDAY).value == "2026-03-04TNI"
    # the act's phrase with no time of its own leaves the claim's
    text = "The rebels claimed responsibility on Tuesday for an attack on a tanker, the first in weeks."
    assert dated(text, "claimed", THURSDAY).value == "2026-03-03"


def test_the_object_of_a_reaction_is_dated_by_the_reaction_only_as_a_report_date():
    text = "Iran's foreign ministry on Thursday condemned the British government's sanctions on two banks."
    date = dated(text, "sanctions", THURSDAY)
    assert (date.value, date.basis) == ("2026-03-05", "report")
    text = "On Tuesday, Jordan welcomed the Security Council resolution as a step towards peace."
    date = dated(text, "resolution", THURSDAY)
    assert (date.value, date.basis) == ("2026-03-03", "report")
    # the reaction itself, and a second act coordinated with it, keep the explicit date
    text = "Egypt on Tuesday condemned the raid and summoned the Israeli ambassador."
    assert dated(text, "condemned", THURSDAY).basis == "explicit"
    assert dated(text, "summoned", THURSDAY).basis == "explicit"
    # the object's own time still dates it
    text = "Hamas on Thursday rejected the proposal submitted a day earlier by the mediators."
    date = dated(text, "proposal", THURSDAY)
    assert (date.value, date.basis) == ("2026-03-04", "explicit")
