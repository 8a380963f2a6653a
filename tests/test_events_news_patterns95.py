"""Event lexicon (events.yaml): responsibility laid on a party accuses it; a visitor welcomed at
the host's seat is a visit; forces of two states drilling "side by side" cooperate; regiments
repositioned are forces moved; a crowd holding placards or turning out outside an office with
a demand protests; "gave short shrift to" refuses; a memorandum formalised or its copies
exchanged is signed; an arrangement worked out is agreed; a measure called "collective
punishment" is condemned; "made a call on" a party appeals to it. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, known_countries, of_type

DAY = "2025-03-06"  # a Thursday


@pytest.mark.parametrize("text, accused", [
    ("Jordan's interior ministry on Wednesday laid responsibility on Syrian smugglers for the clashes at the crossing.",
     "SYR"),
    ("Kenya's foreign ministry placed full responsibility on Somalia for the border incident on Wednesday.", "SOM"),
])
def test_responsibility_laid_on_a_party_accuses_it(explainer: Explainer, text: str, accused: str) -> None:
    (charge,) = of_type(explainer, text, "ACCUSE", DAY)
    assert charge.mode == "allege" and countries(charge.recipients) == [accused]


def test_a_visitor_welcomed_at_the_hosts_seat_is_a_visit(explainer: Explainer) -> None:
    text = "King Abdullah welcomed the Omani foreign minister at the royal palace in Amman on Wednesday."
    (visit,) = of_type(explainer, text, "CONSULT", DAY)
    assert visit.mode == "visit" and countries(visit.actors) == ["OMN"]  # the visitor acts
    assert of_type(explainer, text, "SUPPORT", DAY) == []
    # a decision welcomed at a news conference is still support, no visit
    praise = "Kenya welcomed the court's decision at a news conference on Wednesday, the foreign minister said."
    assert coded_types(explainer, praise, DAY) == ["SUPPORT"]


@pytest.mark.parametrize("text, states", [
    ("Pakistani and Saudi sailors drilled side by side off Karachi on Wednesday.", ["PAK", "SAU"]),
    ("Egyptian and Greek marines have been training side by side on Crete since Monday.", ["EGY", "GRC"]),
])
def test_forces_of_two_states_side_by_side_cooperate(explainer: Explainer, text: str, states: list[str]) -> None:
    (drill,) = of_type(explainer, text, "COOPERATE", DAY)
    assert known_countries(drill.actors) == states
    # one state's own units side by side cooperate with no one
    assert of_type(explainer, "Jordanian army and police units drilled side by side near Amman on Wednesday.",
                   "COOPERATE", DAY) == []


def test_regiments_repositioned_are_forces_moved(explainer: Explainer) -> None:
    text = "The Jordanian army said on Wednesday it had repositioned three armoured regiments along the border."
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert countries(move.actors) == ["JOR"]


@pytest.mark.parametrize("text", [
    "Unpaid teachers massed outside the education ministry in Rabat on Wednesday, holding placards for back pay.",
    "Dozens of nurses held placards outside the Tunis parliament on Wednesday.",
])
def test_a_crowd_holding_placards_protests(explainer: Explainer, text: str) -> None:
    (demo,) = of_type(explainer, text, "PROTEST", DAY)
    assert demo.mode == "demo"


def test_a_crowd_turning_out_outside_an_office_with_a_demand_protests(explainer: Explainer) -> None:
    text = ("Laid-off miners turned out again on Wednesday outside the regional council in Oviedo, demanding that "
            "the pits reopen.")
    # the crowd's demand is what its protest is about, no request of its own
    assert coded_types(explainer, text, DAY) == ["PROTEST"]
    # fans who turn out outside a stadium protest nothing
    assert of_type(explainer, "Thousands of fans turned out outside the stadium in Madrid on Wednesday to cheer "
                   "the team.", "PROTEST", DAY) == []


def test_short_shrift_given_to_a_plan_refuses_it(explainer: Explainer) -> None:
    text = ("Prime Minister Abdul Hamid Dbeibah on Wednesday gave short shrift to the parliament's plan for new "
            "elections.")
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert countries(refusal.actors) == ["LBY"]


@pytest.mark.parametrize("text", [
    "Jordan and Egypt formalised on Wednesday a memorandum on gas supplies.",
    "The Jordanian and Egyptian energy ministers exchanged copies of a gas-link agreement in Cairo on Wednesday.",
])
def test_a_memorandum_formalised_or_its_copies_exchanged_is_signed(explainer: Explainer, text: str) -> None:
    (signing,) = of_type(explainer, text, "SUPPORT", DAY)
    assert known_countries(signing.actors) == ["EGY", "JOR"]


def test_an_arrangement_worked_out_is_agreed(explainer: Explainer) -> None:
    text = ("Kenyan and Ugandan police chiefs worked out an arrangement on Wednesday under which the Busia border "
            "post will open at night.")
    (deal,) = of_type(explainer, text, "AGREE", DAY)
    assert known_countries(deal.actors) == ["KEN", "UGA"]


def test_a_measure_called_collective_punishment_is_condemned(explainer: Explainer) -> None:
    text = ("Hamas said on Wednesday Israel was withholding fuel from Gaza hospitals, calling the measure collective "
            "punishment.")
    (charge,) = of_type(explainer, text, "ACCUSE", DAY)
    assert charge.mode == "disapprove" and countries(charge.actors) == ["PSE"]
    # a punishment called for is no judgement of anyone
    assert of_type(explainer, "The rights group called for the punishment of the killers on Wednesday.",
                   "ACCUSE", DAY) == []


@pytest.mark.parametrize("text", [
    "The Sudanese health ministry made a call on Wednesday on UNICEF to send cholera vaccines to Kassala.",
    "The Sudanese health ministry made an urgent call on UNICEF to send cholera vaccines to Kassala.",
])
def test_a_call_made_on_a_party_appeals_to_it(explainer: Explainer, text: str) -> None:
    (appeal,) = of_type(explainer, text, "REQUEST", DAY)
    assert countries(appeal.actors) == ["SDN"] and countries(appeal.recipients) == ["UNO"]
    # what the party is asked to send is the appeal's content, no aid sent
    assert of_type(explainer, text, "AID", DAY) == []
