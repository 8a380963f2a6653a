"""Session 58 (sentences written for these tests), from probes C30 and C31 and cluster_test65:
a session set off by commas after its subject is the setting of its act; a participle of talks
opening the sentence is its subject's; "received visiting X" is one visit; a meeting point is a
place; mediation makes talks third-party; plays and records in a game told by its score are no
attacks; a ship's "sinking" as a noun is an attack only with its agent; acts of a commemorated
event told "in which" are history; a party expels its member past a long epithet; a boat
escorted into port is seized; forces thrown into a region deploy; a firm deprived of the right
to trade is sanctioned; a post "overpowered" is attacked; a working session on arrival is a
visit; suspension bridges are no measure. KB: the AU's Peace and Security Council, Peru's
Guardia Civil, immigration staff, drug gangs, the special prosecutor."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, types

DAY = "1986-05-14"


def test_a_session_aside_is_the_setting_of_its_act(explainer: Explainer) -> None:
    text = "ECOWAS foreign ministers, meeting in Abuja, condemned the coup in Guinea on Monday."
    assert types(code(explainer, text, DAY)) == ["ACCUSE"]


def test_a_participle_of_talks_opening_the_sentence_is_its_subjects(explainer: Explainer) -> None:
    text = ("Meeting on the sidelines of a regional summit in Dhaka, India's prime minister and Pakistan's "
            "president agreed on Monday to resume talks on trade.")
    events = code(explainer, text, DAY)
    consult = next(e for e in events if e.type == "CONSULT")
    assert sorted(types(events)) == ["AGREE", "CONSULT"] and sorted(countries(consult.actors)) == ["IND", "PAK"]


def test_received_visiting_names_the_visitor_of_one_visit(explainer: Explainer) -> None:
    text = "Egypt's president received visiting Sudanese President Jaafar Nimeiri in Cairo on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("CONSULT", ["SDN"])


def test_a_meeting_point_is_a_place(explainer: Explainer) -> None:
    text = "Senior Indian and Chinese army commanders reportedly met on Saturday at the Chushul-Moldo border meeting point."
    assert types(code(explainer, text, DAY)) == ["CONSULT"]


def test_mediation_makes_talks_third_party(explainer: Explainer) -> None:
    text = "Sudan's government and the SPLA held talks in Nairobi on Monday under Kenyan mediation."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode) == ("CONSULT", "third-party")


def test_plays_in_a_game_told_by_its_score_are_no_attacks(explainer: Explainer) -> None:
    text = ("Argentina crushed Peru 6-0 in a World Cup qualifier on Sunday, with its striker scoring three "
            "goals to avenge a 1985 defeat.")
    assert code(explainer, text, DAY) == []


def test_a_record_beaten_is_sport(explainer: Explainer) -> None:
    text = "Kenya's runner set a world record in Berlin on Sunday to beat the previous mark set by a compatriot."
    assert code(explainer, text, DAY) == []


def test_a_ships_sinking_as_a_noun_needs_its_agent(explainer: Explainer) -> None:
    text = ("South Korea's prime minister resigned on Sunday, taking responsibility for the handling of the "
            "sinking of a ferry.")
    assert types(code(explainer, text, DAY)) == ["RETREAT"]


def test_a_warship_sunk_by_a_state_is_still_attacked(explainer: Explainer) -> None:
    [event] = code(explainer, "Argentina sank a British warship on Monday.", DAY)
    assert (event.type, countries(event.recipients)) == ("ASSAULT", ["GBR"])


def test_killings_told_in_which_of_a_commemorated_massacre_are_history(explainer: Explainer) -> None:
    text = ("Guatemalans gathered on Monday to mark the anniversary of the 1982 massacre, in which hundreds of "
            "villagers were killed by Guatemalan soldiers.")
    assert code(explainer, text, DAY) == []


def test_a_party_expels_its_member_past_a_long_epithet(explainer: Explainer) -> None:
    text = "Zambia's ruling party expelled its outspoken former youth leader Mark Chona on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode) == ("SANCTION", "expel")


def test_the_au_peace_and_security_council_is_no_un_body(explainer: Explainer) -> None:
    text = "The African Union's Peace and Security Council condemned the coup in Mali on Friday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("ACCUSE", ["IGO"])


def test_a_boat_escorted_into_port_is_seized(explainer: Explainer) -> None:
    text = "A Seychelles patrol boat escorted a Taiwanese longliner into Victoria harbour on Friday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.recipients)) == ("COERCE", "seize", ["TWN"])


def test_forces_thrown_into_a_region_deploy(explainer: Explainer) -> None:
    [event] = code(explainer, "Sri Lanka's army threw two battalions into Jaffna on Monday.", DAY)
    assert (event.type, countries(event.actors)) == ("MOBILIZE", ["LKA"])


def test_a_firm_deprived_of_the_right_to_trade_is_sanctioned(explainer: Explainer) -> None:
    text = "Hong Kong's government deprived a Kowloon finance company of the right to trade on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode) == ("SANCTION", "discontinue")


def test_a_post_overpowered_is_attacked_and_perus_guardia_civil_is_perus(explainer: Explainer) -> None:
    text = "Shining Path guerrillas overpowered a Guardia Civil post near Ayacucho on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("ASSAULT", ["PER"], ["PER"])


def test_a_working_session_on_arrival_is_a_visit(explainer: Explainer) -> None:
    text = "Benin's president flew to Lome on Thursday for a working session with Togo's president."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode) == ("CONSULT", "visit")


def test_suspension_bridges_are_no_measure(explainer: Explainer) -> None:
    text = "A Swiss shipment of steel ropes for 28 suspension bridges reached Kathmandu on Monday."
    assert "SANCTION" not in types(code(explainer, text, DAY))


def test_immigration_officers_are_their_states(explainer: Explainer) -> None:
    text = "Bahamian immigration agents rounded up 40 Haitian migrants in Nassau on Sunday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("COERCE", ["BHS"])


def test_a_drug_gang_takes_its_nation_word(explainer: Explainer) -> None:
    [event] = code(explainer, "A Mexican drug gang killed five police officers in Sinaloa on Monday.", DAY)
    assert (event.type, countries(event.actors)) == ("ASSAULT", ["MEX"])


def test_a_special_prosecutor_is_his_states(explainer: Explainer) -> None:
    text = "Peru's special prosecutor said on Monday his office would investigate the arms deal."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("ACCUSE", ["PER"])
