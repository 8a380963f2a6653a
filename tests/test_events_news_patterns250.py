"""Modality of a statement told after its content by a spokesman or an office (sentences
written for these tests): "Lima wants Quito to return the men, the Peruvian foreign minister
said" is a report of Lima's demand, even by its own side, as any act told that way is; a
statement its maker tells in its own name ("Lima said it wants ...") is the act itself, and
so is one whose speaker is its actor. A clause the reporter adds after a closing comment
("..., an official said, as the army widened its offensive") is narrated, not reported."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import of_type


def test_a_demand_told_after_it_by_its_own_ministry_is_reported(explainer: Explainer) -> None:
    asks = of_type(explainer, "Lima wants Quito to extradite the two fugitive bankers, the Peruvian foreign "
                              "minister said on Friday.", "REQUEST")
    assert asks and asks[0].modality == "reported"


def test_a_refusal_told_after_it_by_a_spokesman_is_reported(explainer: Explainer) -> None:
    refusals = of_type(explainer, "Ankara will not accept foreign monitors in its border provinces, the "
                                  "Turkish foreign ministry spokesman said on Monday.", "REJECT")
    assert refusals and refusals[0].modality == "reported"


def test_a_conditional_threat_told_after_it_by_a_spokesman_is_reported(explainer: Explainer) -> None:
    threats = of_type(explainer, "Hanoi will cut off power exports to Phnom Penh unless the debt is settled, "
                                 "the state utility said.", "THREATEN")
    assert threats and threats[0].modality == "reported"


def test_a_statement_its_maker_tells_in_its_own_name_stays_asserted(explainer: Explainer) -> None:
    # near miss: the speaker is the actor, who makes the demand by saying it
    asks = of_type(explainer, "Lima said it wants Quito to extradite the two fugitive bankers.", "REQUEST")
    assert asks and asks[0].modality == "asserted"


def test_a_demand_whose_speaker_makes_it_after_the_content_stays_asserted(explainer: Explainer) -> None:
    # near miss: the trailing speaker is the one who asks ("X must ..., the chief told reporters")
    asks = of_type(explainer, "Pristina must dismantle the parallel courts before talks can resume, the EU "
                              "foreign policy chief told reporters.", "REQUEST")
    assert asks and asks[0].modality == "asserted"


def test_a_material_act_before_a_closing_comment_stays_reported(explainer: Explainer) -> None:
    # near miss: a material act before a closing comment was reported already
    aid = of_type(explainer, "Moscow has delivered armoured vehicles to the Malian army, a Russian "
                             "diplomat said, as the army widened its offensive.", "AID")
    assert aid and aid[0].modality == "reported"


def test_a_demand_restated_after_the_comment_is_still_one_act(explainer: Explainer) -> None:
    # the demand told before the comment and its restatement after it are one REQUEST
    text = ("Amman applied to Damascus on Sunday for 20 million more cubic metres of water from the Yarmouk, "
            "the Jordanian water minister said, explaining Amman's demand.")
    asks = of_type(explainer, text, "REQUEST")
    assert len(asks) == 1 and asks[0].modality == "reported"
