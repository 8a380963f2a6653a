"""Agreement, aid, clemency, meeting, cooperation and signing wordings: a relief plane that
"touched down" carrying supplies delivers them; kits "given out" are aid (a dam that "gave out"
gives nothing); the King "remitted what was left of" sentences; two states' officials who
"spent" hours "in talks" met; two states' pilots "flying combined sorties" cooperate; states
that "became parties to" a memorandum or "put their signatures on" one signed it. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, known_countries, of_type

DAY = "2025-06-11"


def test_a_relief_plane_that_touched_down_carrying_supplies_delivers_them(explainer: Explainer) -> None:
    text = ("A Kuwaiti cargo plane touched down at Port Sudan airport this morning carrying 20 tonnes of "
            "medicines and tents for families displaced by the floods, the embassy said.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert known_countries(aid.actors) == ["KWT"]


def test_an_airliner_that_touched_down_with_passengers_gives_no_aid(explainer: Explainer) -> None:
    text = ("A Kuwaiti airliner touched down at Port Sudan airport this morning carrying 180 pilgrims home "
            "from Mecca, the embassy said.")
    assert "AID" not in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text, actor", [
    ("The Kuwait Red Crescent gave out 3,000 food parcels and blankets in Idlib today, its office said.",
     "kuwait_red_crescent"),
    ("Qatar Charity gave out tents and hygiene kits to displaced families in Marib on Monday.", "qatar_charity"),
])
def test_relief_goods_given_out_are_aid(explainer: Explainer, text: str, actor: str) -> None:
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert [a.actor_id for a in aid.actors] == [actor]


def test_something_that_gave_out_gives_nothing(explainer: Explainer) -> None:
    text = "The levees along the Sudanese river gave out on Monday night and food ran short in Kosti, officials said."
    assert "AID" not in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text", [
    "Oman's sultan on Sunday remitted what remained of the sentences of 120 prisoners, the royal court said.",
    "Kuwait's emir today remitted the remainder of the prison terms of 300 inmates, the ministry said.",
])
def test_the_rest_of_a_sentence_remitted_is_clemency(explainer: Explainer, text: str) -> None:
    (clemency,) = of_type(explainer, text, "CONCEDE", DAY)
    assert clemency.actors


def test_two_states_officials_who_spent_hours_in_talks_met(explainer: Explainer) -> None:
    text = ("Jordan's foreign minister Ayman Safadi and his Iraqi counterpart spent three hours in talks in "
            "Baghdad on Monday, the ministry said.")
    (meeting,) = of_type(explainer, text, "CONSULT", DAY)
    assert known_countries(meeting.actors) == ["IRQ", "JOR"]


def test_one_sides_ministers_in_a_session_meet_no_one(explainer: Explainer) -> None:
    text = "Lebanese ministers spent four hours in a session on the budget on Monday, the presidency said."
    assert "CONSULT" not in coded_types(explainer, text, DAY)


def test_two_states_pilots_flying_combined_sorties_cooperate(explainer: Explainer) -> None:
    text = "Jordanian and Emirati pilots have been flying combined sorties over the eastern desert since Tuesday."
    (cooperation,) = of_type(explainer, text, "COOPERATE", DAY)
    assert known_countries(cooperation.actors) == ["ARE", "JOR"]
    assert {a.sector for a in cooperation.actors} == {"MIL"}


def test_one_states_pilots_flying_joint_sorties_cooperate_with_no_one(explainer: Explainer) -> None:
    text = "Jordanian pilots flew joint sorties over the eastern desert on Tuesday, the army said."
    assert "COOPERATE" not in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text, states", [
    ("Tunisia and Algeria this morning became parties to a memorandum of understanding on a gas pipeline, "
     "the ministry said.", ["DZA", "TUN"]),
    ("The energy ministers of Kuwait and Oman put their signatures on an agreement this afternoon to link "
     "their power grids, the ministry said.", ["KWT", "OMN"]),
])
def test_becoming_parties_to_or_putting_signatures_on_an_accord_signs_it(explainer: Explainer, text: str,
                                                                        states: list[str]) -> None:
    (signing,) = of_type(explainer, text, "SUPPORT", DAY)
    assert known_countries(signing.actors) == states


@pytest.mark.parametrize("text", [
    "Sudan became a party to the conflict when its army crossed the border, analysts said.",
    "Hundreds of Kuwaiti students put their names on a petition against the tuition rise on Monday.",
])
def test_a_party_to_a_conflict_or_names_on_a_petition_sign_nothing(explainer: Explainer, text: str) -> None:
    assert "SUPPORT" not in coded_types(explainer, text, DAY)
