"""Event triggers, issue #4 (lexicon): wordings of meetings, withdrawals, cooperation, aid,
shows of force and abductions that wire copy uses, and words that only look like events.

Delegations that "sat down for a round of negotiations" or "held a round of consultations"
consult; troops that cross out of a land, hardware evacuated from a base and soldiers
"brought home" withdraw; cooperation extended or broadened and maps swapped are cooperation;
a military parade shows force; goods "shipped" and helicopters "provided" are aid; talks
boycotted are refused; kidnappers who seize a person abduct them. Public order "restored",
a jail named as a place, money that "funded" something, songs "supporting" a cause and an
air force "strengthened" with bought aircraft are no events."""

from __future__ import annotations

from functools import partial

from lapwing.explain import Explainer

import event_helpers

DAY = "2026-03-10"

code = partial(event_helpers.code, date=DAY)


def _types(explainer: Explainer, text: str) -> list[str]:
    return [e.type for e in code(explainer, text)]


def _of(explainer: Explainer, text: str, type_: str) -> list:
    return [e for e in code(explainer, text) if e.type == type_]


def _countries(refs: list) -> set[str]:
    return {r.country for r in refs}


def test_sitting_down_for_a_round_of_negotiations_is_a_meeting(explainer: Explainer) -> None:
    for text in ("Kenyan and Somali negotiators sat down on Tuesday for a third round of talks on their sea border.",
                 "Iraqi and Kurdish delegations sat down to negotiations in Erbil on Monday."):
        events = _of(explainer, text, "CONSULT")
        assert len(events) == 1, text
        assert _countries(events[0].actors) >= ({"KEN", "SOM"} if "Kenyan" in text else {"IRQ"})


def test_a_round_of_discussions_held_is_a_meeting(explainer: Explainer) -> None:
    text = "Turkish and European negotiators held a fresh round of discussions in Ankara on Friday, diplomats said."
    events = _of(explainer, text, "CONSULT")
    assert len(events) == 1
    assert "TUR" in _countries(events[0].actors)


def test_troops_crossing_out_of_a_country_withdraw(explainer: Explainer) -> None:
    text = "The last Cuban troops crossed the border bridge out of Angola on Friday, officials said."
    events = _of(explainer, text, "RETREAT")
    assert [e.mode for e in events] == ["withdraw"]
    assert _countries(events[0].actors) == {"CUB"}
    assert _countries(events[0].recipients) == {"AGO"}
    # refugees crossing out of a land withdraw nothing
    assert _of(explainer, "Thousands of refugees crossed the river out of Myanmar on Friday.", "RETREAT") == []


def test_hardware_evacuated_or_removed_from_a_base_is_a_withdrawal(explainer: Explainer) -> None:
    for text in ("Turkish forces began removing tanks from their base near Bashiqa on Monday.",
                 "French troops started evacuating helicopters from the Gao air base in Mali, the army said."):
        events = _of(explainer, text, "RETREAT")
        assert [e.mode for e in events] == ["withdraw"], text
    # the land the base is in is the one left
    assert _countries(events[0].recipients) == {"MLI"}


def test_troops_brought_home_or_back_withdraw(explainer: Explainer) -> None:
    for text, country in (("Uganda began bringing back its 4,000 troops from South Sudan on Monday.", "UGA"),
                          ("Chad brought its soldiers home from Mali on Friday.", "TCD")):
        assert _types(explainer, text) == ["RETREAT"], text
        assert _countries(_of(explainer, text, "RETREAT")[0].actors) == {country}
    # troops brought in still move forward
    assert _types(explainer, "Russia brought extra troops into Kursk on Friday.") == ["MOBILIZE"]


def test_cooperation_extended_or_broadened_is_cooperation(explainer: Explainer) -> None:
    for text in ("Egypt and Sudan broadened their security cooperation on Thursday, officials said.",
                 "Oman and Iran have extended their maritime cooperation to cover fishing boats in the Gulf."):
        events = _of(explainer, text, "COOPERATE")
        assert len(events) == 1, text


def test_maps_swapped_are_cooperation(explainer: Explainer) -> None:
    text = "Armenia and Azerbaijan swapped minefield maps on Saturday under a deal brokered by Qatar."
    events = _of(explainer, text, "COOPERATE")
    assert len(events) == 1
    assert _countries(events[0].actors) == {"ARM", "AZE"}


def test_a_military_parade_is_a_show_of_force(explainer: Explainer) -> None:
    text = "North Korea held a huge military parade in Pyongyang on Saturday."
    events = _of(explainer, text, "MOBILIZE")
    assert [e.mode for e in events] == ["weapons"]
    assert _countries(events[0].actors) == {"PRK"}
    # a parade of another kind shows no force
    assert _types(explainer, "Thousands joined a pride parade in Tel Aviv on Friday.") == []


def test_goods_shipped_are_aid_but_shipping_firms_give_nothing(explainer: Explainer) -> None:
    events = _of(explainer, "Turkey has started shipping food and tents to Gaza, officials said.", "AID")
    assert len(events) == 1
    assert _countries(events[0].actors) == {"TUR"}
    assert _of(explainer, "Greek shipping firms raised fuel surcharges on Monday.", "AID") == []
    # shipping named as a sanction's reason gives nothing
    text = "Washington blacklisted two tanker operators on Friday for shipping fuel to a rebel-held port."
    assert _of(explainer, text, "AID") == []


def test_helicopters_provided_are_aid_and_an_air_force_strengthened_moves_no_force(explainer: Explainer) -> None:
    text = "Russia provided Serbia with six transport helicopters to strengthen its air force, the ministry said."
    assert _types(explainer, text) == ["AID"]
    # forces strengthened along a border still move
    assert _types(explainer, "Israel strengthened its forces along the Gaza border on Friday.") == ["MOBILIZE"]


def test_talks_boycotted_are_refused(explainer: Explainer) -> None:
    events = _of(explainer, "Iran boycotted the talks in Vienna on Monday, state media said.", "REJECT")
    assert len(events) == 1
    assert _countries(events[0].actors) == {"IRN"}


def test_kidnappers_seizing_a_person_abduct_them(explainer: Explainer) -> None:
    text = "Unidentified kidnappers seized a Dutch aid worker in northern Mali on Sunday, officials said."
    events = _of(explainer, text, "ASSAULT")
    assert [e.mode for e in events] == ["abduct"]
    assert _of(explainer, text, "COERCE") == []
    # police seizing arms from kidnappers still seize
    text = "Nigerian police seized rifles from kidnappers in Kaduna on Friday."
    assert [e.mode for e in _of(explainer, text, "COERCE")] == ["seize"]
    assert _of(explainer, text, "ASSAULT") == []


def test_public_order_restored_is_no_request(explainer: Explainer) -> None:
    text = ("Jakarta lifted the curfew in Ambon on Friday, a week after it was imposed to halt riots, the state news"
            " agency reported, saying order had been fully restored.")
    assert "REQUEST" not in _types(explainer, text)


def test_a_jail_named_as_a_place_is_no_arrest(explainer: Explainer) -> None:
    text = "Israel freed 40 Palestinian prisoners from Ktziot jail on Tuesday under the truce."
    assert _types(explainer, text) == ["RETREAT"]


def test_money_that_funded_a_party_is_no_aid(explainer: Explainer) -> None:
    text = "The U.S. Treasury sanctioned three oil traders on Friday, saying the proceeds funded Hezbollah."
    assert "AID" not in _types(explainer, text)


def test_songs_supporting_a_cause_are_no_support(explainer: Explainer) -> None:
    text = "An Egyptian court jailed a singer on Monday for songs supporting the 2019 strikes, his lawyer said."
    assert _types(explainer, text) == ["COERCE"]
