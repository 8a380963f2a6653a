"""Event lexicon: inspections two services run jointly are cooperation, not a probe of anyone;
rescue crews sent abroad after a disaster are aid, as doctors sent are. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type, parties

DAY = "2025-06-18"  # a Wednesday


@pytest.mark.parametrize("noun", ["inspections", "inspection"])
def test_joint_inspections_of_two_services_are_cooperation(explainer: Explainer, noun: str) -> None:
    text = (f"Lebanese and Syrian border guards started a joint {noun} of lorries at the Masnaa post on Tuesday, "
            "Lebanon's interior ministry said.")
    assert coded_types(explainer, text, DAY) == ["COOPERATE"]
    assert {"LBN", "SYR"} <= parties(explainer, text, "COOPERATE", DAY)


def test_an_inspection_by_one_party_is_still_a_probe(explainer: Explainer) -> None:
    text = "Kenyan auditors began an inspection of the port authority's accounts in Mombasa on Tuesday."
    assert "COOPERATE" not in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("verb", ["dispatched", "sent"])
def test_rescuers_sent_abroad_are_aid(explainer: Explainer, verb: str) -> None:
    text = (f"Jordan {verb} a team of rescuers to Morocco on Tuesday to help dig out survivors of the earthquake "
            "near Marrakesh, the Jordanian army said.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert aid.trigger.text == verb
