"""Session 55 (sentences written for these tests), from probe C28 and the opened cluster_test62:
hostages a state's forces free are rescued, aid (PLOVER's notes on AID), while captors release
theirs; talks and aid suspended are the measure's object; a debt written off by what the debtor
owes; defence systems delivered are aid and the count before "promised" makes it a modifier; a
defiance opening the sentence is the manner of its main act; a rally a leader addresses is no
protest; captives let walk out are released; crews toiling shoulder to shoulder cooperate;
wrongs pinned on a party accuse it; an ultimatum issued past a long addressee is the issuer's."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, types

DAY = "1990-03-06"


def test_hostages_a_states_forces_free_are_rescued(explainer: Explainer) -> None:
    [event] = code(explainer, "Chadian troops freed six foreign hostages in a dawn raid on Sunday.", DAY)
    assert (event.type, event.mode) == ("AID", None)
    [event] = code(explainer, "FARC guerrillas freed six foreign hostages on Sunday.", DAY)
    assert event.type == "RETREAT"


def test_talks_and_aid_suspended_are_the_measures_object(explainer: Explainer) -> None:
    text = "Colombia's president suspended peace talks with the ELN guerrillas on Saturday."
    assert types(code(explainer, text, DAY)) == ["SANCTION"]
    text = "Sweden suspended about 20 million dollars in aid to Zambia on Thursday."
    assert types(code(explainer, text, DAY)) == ["SANCTION"]


def test_what_a_debtor_owes_written_off_is_aid(explainer: Explainer) -> None:
    text = "The Paris Club agreed on Friday to write off most of the 900 million dollars Malawi owes its members."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.recipients)) == ("AID", ["MWI"])


def test_defence_systems_delivered_are_aid(explainer: Explainer) -> None:
    text = "France delivered the first of two promised air defence systems to Ukraine on Tuesday."
    assert types(code(explainer, text, DAY)) == ["AID"]


def test_a_defiance_opening_the_sentence_is_the_main_acts_manner(explainer: Explainer) -> None:
    text = "Defying a police ban on rallies, thousands of students marched through Dhaka on Saturday."
    assert types(code(explainer, text, DAY)) == ["PROTEST"]
    text = ("Defying warnings from Belgrade that the move would widen the war, the Vatican formally recognised "
            "Croatia on Monday.")
    assert types(code(explainer, text, DAY)) == ["SUPPORT"]


def test_a_rally_a_leader_addresses_is_no_protest(explainer: Explainer) -> None:
    text = "Ghana's president, addressing a rally of supporters in Kumasi, praised Togo's elections on Monday."
    assert types(code(explainer, text, DAY)) == ["SUPPORT"]


def test_a_plural_before_a_past_verb_states_nothing(explainer: Explainer) -> None:
    text = "The twelve European Community states formally recognised Slovenia on Wednesday."
    assert [e.modality for e in code(explainer, text, DAY)] == ["asserted"]


def test_captives_let_walk_out_are_released(explainer: Explainer) -> None:
    [event] = code(explainer, "FARC guerrillas let their captives walk out unharmed on Sunday.", DAY)
    assert (event.type, event.mode) == ("RETREAT", "release")


def test_crews_toiling_shoulder_to_shoulder_cooperate(explainer: Explainer) -> None:
    text = "Kenyan and Ugandan engineers repaired the Malaba bridge on Monday, toiling shoulder to shoulder."
    assert "COOPERATE" in types(code(explainer, text, DAY))


def test_wrongs_pinned_on_a_party_accuse_it(explainer: Explainer) -> None:
    text = "Zambia's environment minister pinned dead fish and fouled rivers on Chinese copper mines on Friday."
    assert types(code(explainer, text, DAY)) == ["ACCUSE"]
    assert types(code(explainer, "Farmers pinned their hopes on the new government on Monday.", DAY)) == []


def test_an_ultimatum_issued_past_a_long_addressee_is_the_issuers(explainer: Explainer) -> None:
    text = "Kenya's dockers union issued the Kenya Ports and Harbours Authority an ultimatum on Friday."
    [event] = code(explainer, text, DAY)
    assert event.type == "THREATEN" and "Authority" not in " ".join(a.text or "" for a in event.actors)
