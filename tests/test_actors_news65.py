"""Actor resolution causes read from cluster_test32 and its follow-up probe (sentences written
here): compound police and army heads ("military police", "army intelligence"), the Libyan
Government of National Accord and the forces loyal to a state's body, "police" used as a verb,
and officeholders of 2018-2020 the KB lacked."""

from __future__ import annotations

import pytest

from actor_helpers import hit, hits

from lapwing.actors import resolve


@pytest.mark.parametrize("mention, country, sector", [
    ("Turkish military police", "TUR", "MIL"),
    ("Russian naval infantry", "RUS", "MIL"),
    ("Egyptian traffic police", "EGY", "COP"),
])
def test_a_compound_head_is_read_whole(kb, mention: str, country: str, sector: str) -> None:
    text = f"{mention} and local fighters set up checkpoints around the town on Sunday."
    actor = hit(kb, text, mention, "2019-03-10")
    assert (actor.country, actor.sector) == (country, sector)


def test_border_police_capitalised_stays_the_israeli_force(kb) -> None:
    text = "Soldiers and Border Police officers detained nine suspects near Jenin on Monday."
    assert hit(kb, text, "Border Police officers", "2019-03-11").actor_id == "isr_border_police"


@pytest.mark.parametrize("mention", ["Government of National Accord", "National Accord government", "GNA"])
def test_the_tripoli_government_of_2016_2021_is_known(kb, mention: str) -> None:
    text = f"The {mention} rejected the ceasefire proposal on Tuesday."
    actor = hit(kb, text, mention, "2019-05-14")
    assert (actor.actor_id, actor.country) == ("lby_gna", "LBY")


@pytest.mark.parametrize("mention", [
    "forces loyal to the Government of National Accord",
    "troops loyal to the National Accord government",
    "GNA forces",
])
def test_forces_of_a_civil_government_are_its_states_military(kb, mention: str) -> None:
    text = f"Drones flown by {mention} struck an airbase south of Tripoli on Sunday."
    actor = hit(kb, text, mention, "2019-07-07")
    assert (actor.country, actor.sector) == ("LBY", "MIL")


def test_officials_of_a_government_stay_its_government(kb) -> None:
    text = "GNA officials met the envoy in Tunis on Sunday."
    actor = hit(kb, text, "GNA officials", "2019-07-07")
    assert actor.sector == "GOV"


def test_forces_allied_with_an_armed_group_are_not_a_state(kb) -> None:
    found = hits(kb, "Fighters allied with Hezbollah shelled the village on Sunday.", "2019-07-07")
    assert all(sector != "MIL" for _, _, sector in found.values())


@pytest.mark.parametrize("text", [
    "The accord names a panel of tribal elders to police the truce in Kufra, Libya.",
    "In Libya, the elders will police the ceasefire around Kufra.",
])
def test_police_as_a_verb_is_no_actor(kb, text: str) -> None:
    start = text.index("police")
    assert resolve("police", text, start, start + 6, "2019-02-02").actor is None


def test_police_before_a_time_stays_the_police(kb) -> None:
    text = "In Libya, the shop owner handed the thief over to police the same evening."
    start = text.index("police")
    actor = resolve("police", text, start, start + 6, "2019-02-02").actor
    assert actor is not None and actor.sector == "COP"


@pytest.mark.parametrize("text, mention, country", [
    ("Jordanian army intelligence agents arrested four smugglers near the Syrian border.",
     "Jordanian army intelligence", "JOR"),
    ("BEIRUT (NNA) - Army intelligence arrested three smugglers in Akkar on Monday.", "Army intelligence", "LBN"),
])
def test_army_intelligence_is_the_army(kb, text: str, mention: str, country: str) -> None:
    actor = hit(kb, text, mention, "2019-02-02")
    assert (actor.country, actor.sector) == (country, "MIL")


def test_bare_army_intelligence_with_no_state_in_context_has_no_country(kb) -> None:
    assert not hits(kb, "Army intelligence arrested three smugglers on Monday.", "2019-02-02")


@pytest.mark.parametrize("text, date, actor_id", [
    ("Kuwait's Emir Sheikh Sabah al-Ahmad al-Jaber al-Sabah received the envoy.", "2019-01-20", "sabah_al_ahmad"),
    ("Finance Minister Nayef al-Hajraf presented the budget in Kuwait City.", "2018-12-02", "nayef_al_hajraf"),
    ("Omani Foreign Minister Yousef bin Alawi bin Abdullah flew to Tehran.", "2019-05-20", "yusuf_bin_alawi"),
    ("Prime Minister Youssef Chahed reshuffled his cabinet in Tunis.", "2018-11-05", "youssef_chahed"),
    ("Foreign Minister al-Dirdiri Mohamed Ahmed met the EU envoy in Khartoum.", "2018-09-03", "dirdiri_mohamed_ahmed"),
    ("UN envoy Ghassan Salame briefed the Security Council on Libya.", "2019-05-21", "ghassan_salame"),
    ("Hamas spokesman Fawzi Barhoum condemned the raid on Gaza.", "2019-03-26", "fawzi_barhoum"),
    ("The US Fifth Fleet sent a destroyer to the Gulf of Oman.", "2019-06-16", "us_fifth_fleet"),
    ("The Oman Charitable Organisation sent food to Yemen.", "2019-06-16", "oman_charitable_organization"),
])
def test_public_actors_of_2018_2019_are_known(kb, text: str, date: str, actor_id: str) -> None:
    assert actor_id in {found[0] for found in hits(kb, text, date).values()}


def test_the_emir_of_kuwait_on_a_date_of_2019_is_sabah(kb) -> None:
    text = "Kuwait's emir received the Lebanese prime minister on Thursday."
    assert hit(kb, text, "Kuwait's emir", "2019-07-18").actor_id == "sabah_al_ahmad"


@pytest.mark.parametrize("text, mention, actor_id", [
    ("Lebanese army intelligence raided a depot in Baalbek on Friday.", "Lebanese army intelligence", "lbn_laf"),
    ("Russian military police escorted the convoy to Manbij on Friday.", "Russian military police", "rus_armed_forces"),
])
def test_a_branch_the_kb_does_not_list_is_of_its_states_army(kb, text: str, mention: str, actor_id: str) -> None:
    assert hit(kb, text, mention, "2019-04-05").actor_id == actor_id


def test_a_branch_officer_stays_a_person(kb) -> None:
    actor = hit(kb, "A Russian military official told reporters in Moscow on Friday that talks went well.",
                "Russian military official", "2019-04-05")
    assert actor.actor_id != "rus_armed_forces" and actor.sector == "MIL"
