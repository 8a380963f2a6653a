"""Event lexicon (events.yaml): people "captured", "caught" or "taken alive" are arrested and a
unit named by its task ("the assault team", "a rescue ship") does nothing; relief that "came
ashore" or a plane that "landed ... with" medicines delivers aid; a pardon "issued" and an order
that prisoners "go free" concede; prisoners "set at liberty" or an order that "ends their
detention" release them; prisoners "serving sentences", people fleeing who arrive and a state
barring its citizens from dealings code no sentence, no deployment and no coercion. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, of_type

DAY = "2025-05-15"  # a Thursday


@pytest.mark.parametrize("text", [
    "Somali commandos captured the self-styled emir of Jubba for al-Shabaab and three of his aides in a raid today.",
    "Nigerian troops had caught a senior Boko Haram commander and two suspects near Maiduguri on Wednesday.",
    "A senior al-Shabaab figure was taken alive on Wednesday in a night operation near Lamu.",
])
def test_people_captured_are_arrested(explainer: Explainer, text: str) -> None:
    assert len(of_type(explainer, text, "COERCE", DAY)) == 1
    assert of_type(explainer, text, "ASSAULT", DAY) == []
    # a town captured is still won in battle
    assert len(of_type(explainer, "Sudanese troops captured the town of Bara on Wednesday.", "ASSAULT", DAY)) == 1


def test_a_unit_or_a_ship_named_by_its_task_is_no_act(explainer: Explainer) -> None:
    text = ("Egyptian forces had detained three traffickers in Sinai on Wednesday, with a helicopter dropping the "
            "assault unit close to their camp.")
    assert "ASSAULT" not in coded_types(explainer, text, DAY)
    text = "Greek and Cypriot sailors drilled off Limassol on Wednesday, with a submarine rescue ship taking part."
    assert "AID" not in coded_types(explainer, text, DAY)


def test_relief_that_comes_ashore_or_lands_with_a_plane_is_aid(explainer: Explainer) -> None:
    (ashore,) = of_type(explainer, "Some 3,000 tonnes of wheat and tents came ashore in Aden on Wednesday from a "
                                   "Kuwaiti ship.", "AID", DAY)
    assert countries(ashore.recipients) == ["YEM"]
    (landing,) = of_type(explainer, "A Jordanian Air Force plane landed at Queen Alia International Airport this "
                                    "morning with medicines and blankets for hospitals in Gaza.", "AID", DAY)
    assert countries(landing.actors) == ["JOR"]
    # a landing with no relief goods delivers none
    assert of_type(explainer, "A Jordanian Air Force plane landed at Queen Alia International Airport this "
                              "morning with the defence minister on board.", "AID", DAY) == []


@pytest.mark.parametrize("text", [
    "Hundreds of inmates will go home before the holiday after the Moroccan king issued a pardon on Wednesday.",
    "The Emir of Kuwait this evening ordered that 400 inmates of the central prison go free for the holiday.",
])
def test_a_pardon_issued_or_prisoners_ordered_free_concede(explainer: Explainer, text: str) -> None:
    (clemency,) = of_type(explainer, text, "CONCEDE", DAY)
    assert clemency.actors and clemency.actors[0].country in {"MAR", "KWT"}
    assert of_type(explainer, text, "REQUEST", DAY) == []


@pytest.mark.parametrize("text, actor", [
    ("Twelve Tunisian fishermen detained in Valletta have been set at liberty by Maltese authorities, their "
     "families said.", "MLT"),
    ("The crew can return to Tunisia after Malta's justice minister ordered an end to their detention on "
     "Wednesday.", "MLT"),
])
def test_prisoners_set_at_liberty_or_their_detention_ended_are_released(explainer: Explainer, text: str,
                                                                         actor: str) -> None:
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert release.mode == "release" and countries(release.actors) == [actor]
    assert of_type(explainer, text, "COERCE", DAY) == []


def test_prisoners_serving_sentences_are_sentenced_by_no_one(explainer: Explainer) -> None:
    text = "The Omani sultan today granted a pardon to 300 prisoners serving sentences for minor offences."
    assert coded_types(explainer, text, DAY) == ["CONCEDE"]


def test_people_fleeing_who_arrive_are_no_force(explainer: Explainer) -> None:
    text = ("Chad deployed two extra battalions along its border with Sudan today, a Chadian officer said, pointing "
            "to fears of unrest after fighters stormed villages in West Darfur and the arrival of families fleeing "
            "the violence.")
    (deployment,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert countries(deployment.actors) == ["TCD"]


def test_barring_citizens_from_dealings_sanctions(explainer: Explainer) -> None:
    text = "The British government barred its citizens from all dealings with the Syrian bank on Wednesday."
    (sanction,) = of_type(explainer, text, "SANCTION", DAY)
    assert countries(sanction.actors) == ["GBR"] and countries(sanction.recipients) == ["SYR"]
    assert of_type(explainer, text, "COERCE", DAY) == []
