"""Event structure in the PLOVER world, fourth round (issue #4): a complaint is against whoever
did the wrong it is over, not the body it is addressed to; "engaged in" makes its subject a
party to the event noun; forces "demobilized" are the source of their own standing down; an
appeal that is snubbed is no new request; "in protest at" after another act is that act's
reason, no second PROTEST."""

from __future__ import annotations

from functools import partial

from lapwing.explain import Explainer

import event_helpers
from event_helpers import known_countries as countries

DAY = "2024-03-05"

of_type = partial(event_helpers.of_type, date=DAY)


# ----- "complain to X over Y's act": Y is the target


def test_a_complaint_to_a_council_over_foreign_strikes_targets_the_striker(explainer: Explainer) -> None:
    text = "Syria complained to the Security Council on Monday over three Turkish artillery strikes near Afrin."
    (complaint,) = of_type(explainer, text, "ACCUSE")
    assert countries(complaint.actors) == ["SYR"]
    assert countries(complaint.recipients) == ["TUR"]


def test_a_complaint_at_a_court_over_a_possessed_act_targets_its_doer(explainer: Explainer) -> None:
    text = "Nicaragua filed a complaint at the international tribunal over the American blockade of its ports."
    (complaint,) = of_type(explainer, text, "ACCUSE")
    assert countries(complaint.recipients) == ["USA"]


# ----- the subject of "engaged in" and of a standing-down passive acts


def test_forces_engaged_in_an_act_are_its_source(explainer: Explainer) -> None:
    text = "Sudanese troops were engaged in attacks on villages in Darfur, witnesses said."
    (attacks,) = of_type(explainer, text, "ASSAULT")
    assert countries(attacks.actors) == ["SDN"]


def test_demobilized_guerrillas_are_the_source_not_the_target(explainer: Explainer) -> None:
    text = "Half of the ethnic Albanian guerrillas operating in Macedonia have been demobilized since the accord."
    (demob,) = of_type(explainer, text, "RETREAT")
    assert demob.actors and not demob.recipients


# ----- an appeal snubbed is no new request; "in protest at" is a reason


def test_a_snubbed_appeal_is_no_request(explainer: Explainer) -> None:
    text = "The junta snubbed a U.N. appeal to free the opposition leader."
    assert of_type(explainer, text, "REJECT")
    assert not of_type(explainer, text, "REQUEST")


def test_in_protest_after_a_recall_adds_no_protest(explainer: Explainer) -> None:
    text = "Ghana recalled its ambassador from Lome in protest at the treatment of its traders."
    assert of_type(explainer, text, "SANCTION")
    assert not of_type(explainer, text, "PROTEST")

