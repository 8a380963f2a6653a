"""Event dates in news sentences: a relative clause closed before the trigger, the hearer of a
statement ("told AFP on Thursday") and an offset clause after the trigger ("days after a truce
began on March 1") (written for the second scan of the opened cluster sets; the sentences are
made up)."""

from __future__ import annotations

from eventdate_helpers import dated


def test_a_relative_clause_between_commas_does_not_date_the_main_verb():
    """The sailing is three weeks ago; the docking is only known to be by publication."""
    text = "The freighter, which left Izmir three weeks ago with tents and blankets, docked at Tartus, port staff said."
    date = dated(text, "docked", "2027-04-20")
    assert (date.value, date.basis) == ("2027-04-20", "document")


def test_a_reduced_relative_clause_before_a_comma_does_not_date_what_follows():
    """"the charter approved by the council two days earlier" dates the approval, not the
    ministry's participle after the comma, which goes with the main verb's Tuesday."""
    text = ("Egypt praised on Tuesday the charter approved by the transitional council two days earlier, "
            "with its foreign ministry voicing hope for a stable government.")
    assert dated(text, "voicing", "2027-04-20").value == "2027-04-20"
    # After "reported that" the clause's own verb comes, no reduced relative: its day dates
    # the participle after the comma.
    text = "Local monitors reported that hundreds of farmers marched in Daraa yesterday, chanting against the governor."
    assert dated(text, "chanting", "2027-04-20").value == "2027-04-19"


def test_the_day_after_a_hearer_dates_the_statement():
    """"told Reuters on Friday": the day of the telling, so the completed act is by then."""
    text = "Turkish engineers have finished clearing the Latakia runway, an airport official told Reuters on Friday."
    date = dated(text, "clearing", "2027-04-24")
    assert (date.value, date.basis) == ("2027-04-23", "report")
    # "told villagers to evacuate on Monday": Monday is the evacuation's, not the telling's.
    text = "The army told villagers to evacuate the valley on Monday, a local official said."
    assert dated(text, "evacuate", "2027-04-24").basis == "explicit"


def test_an_offset_after_the_trigger_dates_it_from_the_tied_clause():
    """"shelled the village days after a truce began on April 2": a few days after April 2."""
    text = "Artillery units shelled the village days after a truce began on April 2."
    date = dated(text, "shelled", "2027-04-20")
    assert (date.start, date.end, date.basis) == ("2027-04-04", "2027-04-08", "explicit")
    counted = dated("Militia fighters stormed the depot two days after the truce collapsed on April 2.",
                    "stormed", "2027-04-20")
    assert (counted.value, counted.basis) == ("2027-04-04", "explicit")
    # The trigger's own day beats the offset clause.
    text = "Rockets struck the port on Sunday, hours after jets bombed a depot on the coast."
    assert dated(text, "struck", "2027-04-20").value == "2027-04-18"

