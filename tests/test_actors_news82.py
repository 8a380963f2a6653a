"""Aid shared out and officers of a coalition (events_roles.py, kb): relief handed out later in
the sentence "among" or "to" a party goes to it, not to the place it reached; the coalition's
Saudi spokesmen are Saudi officers whatever title precedes them; the President who pardons acts,
not the inmates his decree covers. Sentences written for these tests."""

from __future__ import annotations

import pytest

from actor_helpers import hit
from event_helpers import of_type


@pytest.mark.parametrize(("text", "country"), [
    ("A Qatari aid shipment reached the Zaatari camp this morning, where volunteers shared it out among "
     "Syrian refugees, the camp administration said.", "SYR"),
    ("A Turkish aid convoy reached Azaz on Monday, and volunteers distributed it to 2,000 displaced Syrians.", "SYR"),
])
def test_aid_shared_among_a_party_goes_to_it(explainer, text: str, country: str) -> None:
    events = of_type(explainer, text, "AID")
    assert events and [r.country for r in events[0].recipients] == [country]


@pytest.mark.parametrize(("text", "span"), [
    ("Coalition spokesman Brigadier General Ahmed Asiri warned the Houthis on Saturday.",
     "Coalition spokesman Brigadier General Ahmed Asiri"),
    ("The Houthis will pay, coalition spokesman Ahmed Asiri said.", "coalition spokesman Ahmed Asiri"),
    ("Brigadier General Ahmed al-Asiri, spokesman of the Saudi-led coalition, spoke.", "Brigadier General Ahmed al-Asiri"),
])
def test_the_coalition_spokesman_is_a_saudi_officer(kb, text: str, span: str) -> None:
    found = hit(kb, text, span, "2015-06-13")
    assert (found.actor_id, found.country, found.sector) == ("ahmed_asiri", "SAU", "MIL")


def test_the_pardoning_president_acts_not_the_inmates(explainer) -> None:
    events = of_type(explainer, "President Mohamed Ould Abdel Aziz signed a decree today covering 60 inmates of "
                                "Mauritanian jails, 4 women among them, wiping out the sentences of some, the "
                                "justice ministry said.", "CONCEDE", "2015-02-12")
    assert events and events[0].actors[0].actor_id == "mohamed_ould_abdel_aziz"
