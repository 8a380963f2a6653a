"""Actor resolution causes read from cluster_test33 (sentences written here): a state named
as another party's ally ("the regime's Iranian backers"), a province's office whose name an
unpeopled hamlet elsewhere bears exactly, a given name that runs on with "bin", numbered army
commands of a land ("the 4th Military Region"), and the officeholders and public bodies of
2018-2020 the KB lacked."""

from __future__ import annotations

import pytest

from actor_helpers import hit, hits

from lapwing.actors import resolve


@pytest.mark.parametrize("text, mention, country", [
    ("Warplanes of the junta's Turkish ally strafed a convoy near the border on Monday.",
     "Warplanes of the junta's Turkish ally", "TUR"),
    ("Warships of Baghdad's Iranian backers shelled a depot on Friday.", "Warships of Baghdad's Iranian backers",
     "IRN"),
])
def test_the_forces_of_a_partys_ally_are_the_allys(kb, text: str, mention: str, country: str) -> None:
    actor = hit(kb, text, mention, "2019-06-20")
    assert (actor.country, actor.sector) == (country, "MIL")


def test_a_demonym_before_an_ally_noun_names_its_state(kb) -> None:
    text = "Khartoum's Egyptian patrons pledged more credit on Tuesday."
    actor = hit(kb, text, "Khartoum's Egyptian patrons", "2019-06-20")
    assert (actor.actor_id, actor.country) == ("EGY", "EGY")


def test_the_forces_of_a_possessor_with_no_ally_noun_stay_its_own(kb) -> None:
    text = "Warplanes of the Assad regime pounded the town on Monday."
    assert hit(kb, text, "Warplanes of the Assad regime", "2019-06-20").country == "SYR"


@pytest.mark.parametrize("text, mention, country", [
    ("Hiran's governor opened a new clinic in Beledweyne on Sunday.", "Hiran's governor", "SOM"),
    ("The governor of Hiran opened a new clinic on Sunday.", "governor of Hiran", "SOM"),
])
def test_a_provinces_office_is_not_a_hamlets_of_its_name(kb, text: str, mention: str, country: str) -> None:
    assert hit(kb, text, mention, "2019-10-31").country == country


def test_a_given_name_before_bin_is_no_namesake(kb) -> None:
    text = "Health Minister Kamal bin Saeed Rashid met the delegation in Manama on Monday."
    start = text.index("Kamal")
    actor = resolve("Kamal", text, start, start + 5, "2019-01-22", kb).actor
    assert actor is None or actor.country is None


def test_a_coordinated_portfolio_keeps_the_possessive_state(kb) -> None:
    text = "Kuwait's Transport and Telecommunications Minister Salem Yousef met the delegation on Monday."
    actor = hit(kb, text, "Kuwait's Transport and Telecommunications Minister Salem Yousef", "2019-01-22")
    assert (actor.country, actor.sector) == ("KWT", "GOV")


@pytest.mark.parametrize("text, mention, country", [
    ("The 4th Military Region of President Hadi's camp sent 3 battalions to Taiz.",
     "4th Military Region of President Hadi's camp", "YEM"),
    ("Yemen's 3rd Military Region sent 3 battalions to Marib.", "Yemen's 3rd Military Region", "YEM"),
])
def test_a_numbered_military_region_is_its_states_army(kb, text: str, mention: str, country: str) -> None:
    actor = hit(kb, text, mention, "2019-04-24")
    assert (actor.country, actor.sector, actor.type) == (country, "MIL", "military")


def test_a_numbered_brigade_alone_stays_no_militia(kb) -> None:
    found = hits(kb, "The 9th Brigade of the Iraqi army shelled the village on Monday.", "2019-04-24")
    assert all(sector != "PRM" for _, _, sector in found.values())


@pytest.mark.parametrize("text, mention, actor_id, country", [
    ("Prime Minister Omar Razzaz named a new cabinet on Sunday.", "Prime Minister Omar Razzaz", "omar_razzaz", "JOR"),
    ("Protesters chanted against Abdelkader Bensalah in Oran on Friday.", "Abdelkader Bensalah",
     "abdelkader_bensalah", "DZA"),
    ("Prime Minister Noureddine Bedoui named his cabinet on Sunday.", "Prime Minister Noureddine Bedoui",
     "noureddine_bedoui", "DZA"),
    ("President Hadi met the envoy in Riyadh on Sunday.", "President Hadi", "abd_rabbuh_mansur_hadi", "YEM"),
    ("STEG raised power tariffs for factories on Monday.", "STEG", "tun_steg", "TUN"),
    ("The CNLCT froze the assets of 12 people on Monday.", "CNLCT", "tun_cnlct", "TUN"),
])
def test_public_actors_of_2019(kb, text: str, mention: str, actor_id: str, country: str) -> None:
    actor = hit(kb, text, mention, "2019-06-02")
    assert (actor.actor_id, actor.country) == (actor_id, country)


@pytest.mark.parametrize("text, mention, actor_id", [
    ("The Teachers Syndicate called a strike in Irbid, Jordan, on Sunday.", "Teachers Syndicate",
     "jor_teachers_syndicate"),
    ("In Amman, the Ministry of Water and Irrigation cut supplies to farms on Monday.",
     "Ministry of Water and Irrigation", "jor_water_ministry"),
    ("Tunisia's National Counter-Terrorism Commission listed 9 more people on Monday.",
     "Tunisia's National Counter-Terrorism Commission", "tun_cnlct"),
])
def test_a_bare_body_name_is_jordans_or_tunisias_where_the_text_names_it(kb, text: str, mention: str,
                                                                          actor_id: str) -> None:
    assert hit(kb, text, mention, "2019-09-18").actor_id == actor_id


def test_a_bare_body_name_is_no_ones_where_the_text_names_another_state(kb) -> None:
    found = hits(kb, "The Teachers Syndicate called a strike in Beirut, Lebanon, on Sunday.", "2019-09-18")
    assert all(actor_id != "jor_teachers_syndicate" for actor_id, _, _ in found.values())
