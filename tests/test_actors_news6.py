"""Actor recognition causes read from cluster_test16 and PLOVER dev (sentences written here):
state bodies named "of" a state (the Royal Navy of Oman) and the Gulf, Jordanian and
Moroccan forces, a commander's name for the force he commands (the Dagalo militia), a shared
epithet of Hezbollah and the Iraqi factions (the Islamic Resistance), a country's rulers,
wire datelines whose agency and country take no part, and a demonym after "a group of"."""

from __future__ import annotations

from actor_helpers import hits


def _hits(kb, text: str, date: str | None = "2026-02-10") -> dict[str, tuple]:
    return hits(kb, text, date)


# ----- state bodies of a named state


def test_oman_navy_and_air_force_are_omans_not_britains(kb):
    hits = _hits(kb, "Ships of the Royal Navy of Oman escorted the tanker while an aircraft of the "
                     "Royal Air Force of Oman flew overhead.")
    assert hits["Royal Navy of Oman"] == ("omn_navy", "OMN", "MIL")
    assert hits["Royal Air Force of Oman"] == ("omn_air_force", "OMN", "MIL")


def test_of_a_state_overrides_a_namesake_body_of_another(kb):
    hits = _hits(kb, "Frigates of the Royal Navy of Thailand joined the patrol, and the Royal Navy "
                     "sent a destroyer.")
    assert hits["Royal Navy of Thailand"] == ("THA", "THA", "MIL")
    assert hits["Royal Navy"] == ("royal_navy", "GBR", "MIL")


def test_a_country_word_before_the_name_also_owns_it(kb):
    hits = _hits(kb, "The Omani Royal Navy rescued the crew and Jordan's Royal Air Force struck the smugglers.")
    assert hits["Omani Royal Navy"] == ("omn_navy", "OMN", "MIL")
    assert hits["Jordan's Royal Air Force"] == ("jor_air_force", "JOR", "MIL")


def test_a_state_owning_something_after_the_body_is_no_owner(kb):
    hits = _hits(kb, "Reports by the Royal Navy of Iran's drone launches alarmed shippers, and the "
                     "Royal Navy of Oman said nothing.")
    assert hits["Royal Navy"] == ("royal_navy", "GBR", "MIL")
    assert hits["Royal Navy of Oman"][0] == "omn_navy"


def test_gulf_jordanian_and_moroccan_forces(kb):
    hits = _hits(kb, "The Royal Saudi Air Force, the Bahrain Defence Force, the Royal Moroccan Armed "
                     "Forces and the Royal Jordanian Air Force took part in the exercise.")
    assert hits["Royal Saudi Air Force"] == ("sau_air_force", "SAU", "MIL")
    assert hits["Bahrain Defence Force"] == ("bhr_bdf", "BHR", "MIL")
    assert hits["Royal Moroccan Armed Forces"] == ("mar_far", "MAR", "MIL")
    assert hits["Royal Jordanian Air Force"] == ("jor_air_force", "JOR", "MIL")


# ----- a commander's name for his force


def test_commanders_name_before_a_force_noun_is_his_force(kb):
    hits = _hits(kb, "The terrorist Dagalo militia shelled a market in El Obeid.")
    assert hits["Dagalo militia"] == ("rsf", "SDN", "PRM")


def test_possessive_commander_and_army(kb):
    hits = _hits(kb, "Hemedti's fighters withdrew after Burhan's army entered the town.")
    assert hits["Hemedti's fighters"] == ("rsf", "SDN", "PRM")
    assert hits["Burhan's army"] == ("saf", "SDN", "MIL")


# ----- shared epithet, rulers


def test_islamic_resistance_follows_the_document_country(kb):
    lebanon = _hits(kb, "The Islamic Resistance said its fighters hit an Israeli tank near the Lebanese border.")
    assert lebanon["The Islamic Resistance"][0] == "hezbollah"
    iraq = _hits(kb, "The Islamic Resistance claimed a drone launch from Iraqi territory.")
    assert iraq["The Islamic Resistance"][0] == "islamic_resistance_in_iraq"


def test_country_rulers_are_its_government(kb):
    hits = _hits(kb, "Syria's rulers rejected the plan.")
    assert hits["Syria's rulers"] == ("SYR", "SYR", "GOV")


# ----- datelines


def test_wire_agency_in_a_dateline_is_no_actor(kb):
    hits = _hits(kb, "KHARTOUM, Sept 3 (Reuters) - The army said it repelled an attack on the city.")
    assert "Reuters" not in hits


def test_dateline_country_after_its_city_is_no_actor(kb):
    hits = _hits(kb, "DOHA, United Arab Emirates (AP) — Qatar said on Monday it would host the talks.")
    assert not any(actor[0] == "ARE" for actor in hits.values()), hits
    assert hits["Qatar"][0] == "QAT"


# ----- a demonym after "a group of"


def test_demonym_after_group_of_belongs_to_the_next_noun(kb):
    hits = _hits(kb, "A group of Kuwaiti lawmakers met the envoy.")
    assert hits["Kuwaiti lawmakers"] == ("KWT", "KWT", "LEG")
    assert not any(text.startswith("group") for text in hits)


# ----- staff of an organisation, past administrations, namesake ministries


def test_workers_of_a_company_are_labour_of_its_country(kb):
    hits = _hits(kb, "Employees of the Basra Oil Company staged a sit-in, and workers of the "
                     "Tabriz Tractor Company of Iran joined them.")
    assert hits["Employees of the Basra Oil Company"] == (None, "IRQ", "LAB")
    assert hits["Tabriz Tractor Company of Iran"][1:] == ("IRN", "BUS")


def test_past_administration_of_namesakes_is_their_country(kb):
    hits = _hits(kb, "The Bush administration warned Beijing over trade barriers.", date="1999-05-01")
    assert hits["Bush administration"][1:] == ("USA", "GOV")


def test_country_word_picks_its_own_namesake_ministry(kb):
    hits = _hits(kb, "Jordan's Ministry of Foreign Affairs and Expatriates condemned the raid.")
    assert hits["Jordan's Ministry of Foreign Affairs and Expatriates"] == ("jor_mfa", "JOR", "GOV")


def test_state_agency_dateline_gives_an_unqualified_ministry_its_country(kb):
    hits = _hits(kb, "Oct 21 (BNA) -- The Ministry of Foreign Affairs summoned the Iraqi charge d'affaires.")
    assert "BNA" not in hits
    assert hits["Ministry of Foreign Affairs"][1:] == ("BHR", "GOV")


def test_a_ministry_name_three_states_share_goes_to_the_one_the_document_names(kb):
    """Syria, Jordan and Palestine each call theirs the Ministry of Foreign Affairs and
    Expatriates: a bare mention belongs to the one state the document names."""
    syria = _hits(kb, "The Ministry of Foreign Affairs and Expatriates condemned the strikes on Damascus "
                      "as a violation of Syria's sovereignty.")
    assert syria["Ministry of Foreign Affairs and Expatriates"][1] == "SYR"
    jordan = _hits(kb, "The Ministry of Foreign Affairs and Expatriates said Jordan rejects the "
                       "decision to build a settlement.")
    assert jordan["Ministry of Foreign Affairs and Expatriates"][1] == "JOR"
