"""Relative clauses on objects: a vow to free people "held in jails" threatens no arrest; a
lifting with no recipient relieves whom the measures "it had imposed on X" hit; a participle
with its own "by" agent on a common noun ("the declaration signed by X") gives no recipient
from the clause before it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2025-06-02"


@pytest.mark.parametrize("text", [
    "Sri Lanka promised on Monday to free 25 Indian fishermen held in Jaffna jails.",
    "Sri Lanka pledged to release the Indian fishermen detained since May.",
])
def test_a_vow_to_free_detainees_is_a_pledge(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "THREATEN", DAY) == []
    assert [e.actors[0].country for e in of_type(explainer, text, "AGREE", DAY)] == ["LKA"]


def test_an_arrest_joined_to_a_release_still_threatens(explainer: Explainer) -> None:
    text = "The Sri Lankan navy vowed to free the hostages and arrest the smugglers in Jaffna."
    assert len(of_type(explainer, text, "THREATEN", DAY)) == 1


@pytest.mark.parametrize("text, type_, target", [
    ("Ecuador rolled back the restrictions it had imposed on Peru, the foreign ministry said.", "CONCEDE", "PER"),
    ("The European Union lifted the sanctions that were imposed on Bolivia in 2019.", "RETREAT", "BOL"),
    ("Ecuador eased the trade curbs which Peru had placed on Chile last year.", "CONCEDE", "CHL"),
])
def test_a_lifting_relieves_whom_the_measures_were_imposed_on(explainer: Explainer, text: str, type_: str,
                                                               target: str) -> None:
    (lifting,) = of_type(explainer, text, type_, DAY)
    assert countries(lifting.recipients) == [target]


def test_a_lifting_with_no_target_named_has_no_recipient(explainer: Explainer) -> None:
    text = "Ecuador eased the restrictions on travel it had imposed last year."
    (lifting,) = of_type(explainer, text, "CONCEDE", DAY)
    assert lifting.recipients == []


def test_a_participle_with_its_agent_on_a_noun_takes_no_recipient_before_it(explainer: Explainer) -> None:
    text = "Jordan welcomed on Friday the constitutional declaration signed by Lebanese President Joseph Aoun a day " \
           "earlier."
    for event in of_type(explainer, text, "SUPPORT", DAY):
        assert "JOR" not in countries(event.recipients)


def test_a_passive_subject_still_receives(explainer: Explainer) -> None:
    text = "Egypt was condemned by Jordan on Monday over the border closure."
    assert [countries(e.recipients) for e in of_type(explainer, text, "ACCUSE", DAY)] == [["EGY"]]


def test_a_participle_on_a_noun_nobody_reacts_to_keeps_its_recipient(explainer: Explainer) -> None:
    text = "The Lebanese Red Cross received on Monday a relief ship sent by Egypt."
    assert [countries(e.recipients) for e in of_type(explainer, text, "AID", DAY)] == [["LBN"]]
