"""Event structure: an event noun of an earlier day that the news answers (", in answer to
Thursday's build-up") or that names a party (", a message to the group behind Tuesday's
threat") is background; a gerund owned by its day after "since" is an anchor, not a part of
the news; a relative clause telling when a noun's act began dates it past a long complement;
a conditional threat is made, not hypothetical. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, of_type

DAY = "2025-05-15"  # a Thursday
EARLIER = "2025-05-13"  # the Tuesday before


@pytest.mark.parametrize("link", ["in answer to", "in swift reply to", "a response to", "in retaliation for"])
def test_an_earlier_days_act_the_news_answers_is_background(explainer: Explainer, link: str) -> None:
    text = ("The Iraqi army sent tanks and troops to the Sinjar front today, a local commander said, "
            f"{link} Tuesday's Turkish build-up near Zakho.")
    deployments = of_type(explainer, text, "MOBILIZE", DAY)
    assert [d.trigger.text for d in deployments] == ["sent"]


@pytest.mark.parametrize("party", ["the gang behind", "the cell responsible for", "the men blamed for"])
def test_an_earlier_days_act_naming_a_party_is_background(explainer: Explainer, party: str) -> None:
    text = ("The Jordanian interior minister said today that police would hunt down the smugglers if they crossed "
            f"the border again, a message to {party} Tuesday's ambush near Ruwaished.")
    assert not [e for e in code(explainer, text, DAY) if e.date is not None and e.date.value == EARLIER]


def test_a_day_owned_gerund_after_since_lends_no_target(explainer: Explainer) -> None:
    text = ("Masked gunmen shot dead a clan elder as he left evening prayers in Baidoa tonight, police said, the "
            "third deadly blow in Somalia since Tuesday's car bombing of a market in Kismayo.")
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert attack.trigger.text == "shot"
    assert all("Kismayo" not in r.text for r in attack.recipients)


@pytest.mark.parametrize("drills", ["joint drills of Turkish and Qatari special forces, which got under way",
                                    "combined training of Turkish and Qatari troops, which began"])
def test_a_relative_clause_on_the_start_dates_a_noun_past_a_long_complement(explainer: Explainer,
                                                                            drills: str) -> None:
    """Also past a past form that opens the noun as its adjective ("the combined training")."""
    text = f"The {drills} on Tuesday near Doha, will last a week, an officer said."
    (drills,) = of_type(explainer, text, "COOPERATE", DAY)
    assert drills.date is not None and drills.date.value == EARLIER


def test_a_conditional_threat_is_made(explainer: Explainer) -> None:
    text = "Hezbollah said the occupation would pay dearly if any harm came to its detained commander."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert threat.modality in {"asserted", "reported"}
