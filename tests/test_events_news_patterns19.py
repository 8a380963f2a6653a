"""Trigger words of news English for calls, signatures, pardons, releases,
withdrawals, reinforcements and seizures at sea, and words that look like triggers but are
not (crimes committed, a unit backed by tanks, supplies carried). Sentences written for these
tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type

DAY = "2024-04-04"  # a Thursday


def test_a_call_taken_from_a_leader_is_a_phone_consultation_of_both(explainer: Explainer) -> None:
    text = "King Abdullah took a telephone call on Wednesday from Egyptian President Abdel Fattah al-Sisi."
    (call,) = of_type(explainer, text, "CONSULT", DAY)
    assert call.mode == "phone"
    assert sorted(countries(call.actors)) == ["EGY", "JOR"]


def test_views_exchanged_are_talks_between_both(explainer: Explainer) -> None:
    text = "The Turkish president and the Emir of Qatar exchanged views on the war in Sudan on Tuesday."
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert sorted(countries(talks.actors)) == ["QAT", "TUR"]


def test_boarding_suspect_ships_in_a_drill_seizes_nothing(explainer: Explainer) -> None:
    text = ("Warships from Italy and Tunisia held joint drills off Bizerte, carrying out live firing "
            "and the boarding of suspect vessels.")
    assert of_type(explainer, text, "COERCE", DAY) == []
    assert of_type(explainer, "Commandos boarded a suspect vessel off Somalia on Tuesday.", "COERCE", DAY)


def test_signatures_put_to_an_accord_are_a_signing(explainer: Explainer) -> None:
    text = "Egypt and Sudan put their signatures to a river cooperation accord on Tuesday."
    (signing,) = of_type(explainer, text, "SUPPORT", DAY)
    assert sorted(countries(signing.actors)) == ["EGY", "SDN"]


def test_a_decree_signed_is_no_accord(explainer: Explainer) -> None:
    text = "President Kais Saied signed a decree on Tuesday reorganising the electoral commission."
    assert of_type(explainer, text, "SUPPORT", DAY) == []


def test_a_pardon_is_conceded_and_crimes_committed_commit_no_one(explainer: Explainer) -> None:
    text = ("The Tunisian president on Monday granted a general pardon for offences committed before "
            "January, excluding crimes committed against children.")
    types = [e.type for e in code(explainer, text, DAY)]
    assert "CONCEDE" in types
    assert "AGREE" not in types


def test_a_stance_of_commitment_is_the_subjects(explainer: Explainer) -> None:
    text = "Morocco is committed to the ceasefire plan, the foreign minister said."
    (pledge,) = of_type(explainer, text, "AGREE", DAY)
    assert countries(pledge.actors) == ["MAR"]


def test_detainees_handed_over_to_the_red_cross_are_released(explainer: Explainer) -> None:
    text = "Israel handed three Palestinian detainees over to the Red Cross at Kerem Shalom on Tuesday."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert release.mode == "release"
    assert countries(release.actors) == ["ISR"]
    assert of_type(explainer, text, "COOPERATE", DAY) == []


def test_soldiers_vacating_outposts_withdraw(explainer: Explainer) -> None:
    text = "Turkish soldiers vacated three outposts near Zakho on Sunday."
    (withdrawal,) = of_type(explainer, text, "RETREAT", DAY)
    assert withdrawal.mode == "withdraw"
    assert countries(withdrawal.actors) == ["TUR"]


def test_relief_unloaded_in_a_port_is_aid(explainer: Explainer) -> None:
    text = "A Qatari ship unloaded flour, tents and medicines in Port Said on Tuesday."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert countries(aid.actors) == ["QAT"]


def test_reinforcements_arriving_or_a_border_reinforced_with_troops_mobilise(explainer: Explainer) -> None:
    text = "The Jordanian army announced on Sunday the arrival of reinforcements at the border with Syria."
    assert of_type(explainer, text, "MOBILIZE", DAY)
    text = "Jordan has reinforced its northern border with Syria with hundreds of extra soldiers."
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert countries(move.actors) == ["JOR"]


def test_preventing_attempts_restricts_no_one(explainer: Explainer) -> None:
    text = "Jordan sent troops to the border on Sunday to prevent any smuggling attempts."
    assert of_type(explainer, text, "COERCE", DAY) == []


def test_a_unit_backed_by_tanks_is_not_political_backing(explainer: Explainer) -> None:
    text = "Egyptian authorities moved two battalions, backed by tanks and artillery, toward the Libyan border."
    assert of_type(explainer, text, "SUPPORT", DAY) == []
    assert of_type(explainer, text, "MOBILIZE", DAY)


def test_a_ship_captured_is_seized_not_attacked(explainer: Explainer) -> None:
    text = "Greek forces captured a vessel carrying medical supplies to Libya on Monday."
    (seizure,) = of_type(explainer, text, "COERCE", DAY)
    assert seizure.mode == "seize"
    assert of_type(explainer, text, "ASSAULT", DAY) == []


def test_sentences_commuted_and_crimes_excluded_are_no_convictions_or_attacks(explainer: Explainer) -> None:
    text = ("The Tunisian president on Monday commuted the death sentences of 40 prisoners, excluding "
            "crimes of murder, kidnapping and fraud.")
    types = [e.type for e in code(explainer, text, DAY)]
    assert types == ["CONCEDE"]


def test_faulting_a_state_and_a_protest_note_are_diplomatic_accusations(explainer: Explainer) -> None:
    text = "The Kenyan foreign ministry faulted Uganda on Monday for closing the border."
    (accusation,) = of_type(explainer, text, "ACCUSE", DAY)
    assert countries(accusation.recipients) == ["UGA"]
    text = "Algeria summoned the French ambassador on Monday and handed him a protest note."
    assert of_type(explainer, text, "PROTEST", DAY) == []


def test_crowds_pouring_into_the_streets_protest(explainer: Explainer) -> None:
    text = "Supporters of the Sadrist movement poured into the streets of Basra against the power cuts."
    assert of_type(explainer, text, "PROTEST", DAY)


def test_what_one_insists_on_has_not_happened(explainer: Explainer) -> None:
    text = "The army rejected the truce on Monday, insisting that fighters first pull out of El Fasher."
    assert of_type(explainer, text, "RETREAT", DAY) == []
