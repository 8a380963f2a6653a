"""Office holders and bodies of the 2010s Middle East news: Yemen's prime minister bin Daghr
(also as "Premier"), the IRGC Navy's Ali Fadavi, Armenia's foreign minister Nalbandian, Kuwait's
deputy foreign minister al-Jarallah (a deputy, never the foreign minister), Lebanon's and Cyprus's
energy ministers, the Palestinian finance minister; Iraq's Emergency Response Division, Sudan's
press council (and any state's "press council" its sentence names) and the daily Al-Jareeda, the
Barzani Charity Foundation, KSrelief under another English name, and the OPEC Fund. Sentences
written for these tests."""

from __future__ import annotations

from actor_helpers import hit, hits


def test_the_yemeni_premier_in_office(kb) -> None:
    found = hit(kb, "Premier Ahmed bin Daghr met tribal leaders in Aden on Monday.", "Premier Ahmed bin Daghr",
                "2017-03-06")
    assert (found.actor_id, found.country, found.sector) == ("ahmed_obeid_bin_daghr", "YEM", "GOV")
    bare = hit(kb, "Bin Daghr flew to Riyadh on Monday.", "Bin Daghr", "2017-03-06")
    assert bare.actor_id == "ahmed_obeid_bin_daghr"


def test_the_yemeni_premier_after_his_dismissal_is_a_former_official(kb) -> None:
    found = hit(kb, "Ahmed Obeid bin Daghr spoke in Cairo on Monday.", "Ahmed Obeid bin Daghr", "2020-03-02")
    assert (found.actor_id, found.sector) == ("ahmed_obeid_bin_daghr", "ELI")


def test_yemens_prime_minister_is_the_holder_on_the_day(kb) -> None:
    found = hit(kb, "Yemen's prime minister flew to Riyadh on Monday.", "Yemen's prime minister", "2017-03-06")
    assert found.actor_id == "ahmed_obeid_bin_daghr"


def test_the_irgc_naval_commander(kb) -> None:
    found = hit(kb, "Rear Admiral Ali Fadavi warned foreign navies on Monday.", "Rear Admiral Ali Fadavi",
                "2014-09-01")
    assert (found.actor_id, found.country, found.sector) == ("ali_fadavi", "IRN", "MIL")


def test_the_armenian_foreign_minister(kb) -> None:
    found = hit(kb, "Edward Nalbandian met the Georgian envoy on Monday.", "Edward Nalbandian", "2012-05-07")
    assert (found.country, found.sector) == ("ARM", "GOV")


def test_kuwaits_deputy_foreign_minister_is_no_foreign_minister(kb) -> None:
    found = hit(kb, "Deputy Foreign Minister Khaled al-Jarallah received the Iraqi envoy on Monday.",
                "Deputy Foreign Minister Khaled al-Jarallah", "2012-05-07")
    assert (found.actor_id, found.country, found.sector) == ("khaled_al_jarallah", "KWT", "GOV")
    minister = hit(kb, "Kuwait's foreign minister received the Iraqi envoy on Monday.", "Kuwait's foreign minister",
                   "2012-05-07")
    assert minister.actor_id != "khaled_al_jarallah"


def test_the_lebanese_and_cypriot_energy_ministers(kb) -> None:
    text = "Arthur Nazarian and Yiorgos Lakkotrypis discussed gas fields on Monday."
    found = hits(kb, text, "2015-05-04")
    assert found["Arthur Nazarian"] == ("arthur_nazarian", "LBN", "GOV")
    assert found["Yiorgos Lakkotrypis"] == ("yiorgos_lakkotrypis", "CYP", "GOV")


def test_the_palestinian_finance_minister(kb) -> None:
    found = hit(kb, "Shukri Bishara signed the loan on Monday.", "Shukri Bishara", "2015-05-04")
    assert (found.country, found.sector) == ("PSE", "GOV")


def test_iraqs_emergency_response_division_is_interior_ministry_police(kb) -> None:
    found = hit(kb, "The Emergency Response Division entered Fallujah on Monday.", "Emergency Response Division",
                "2016-06-06")
    assert (found.actor_id, found.country, found.sector) == ("irq_erd", "IRQ", "COP")


def test_sudans_press_council_and_its_newspaper(kb) -> None:
    text = "The National Council for Press and Publications closed Al-Jareeda on Monday."
    found = hits(kb, text, "2016-06-06")
    assert found["National Council for Press and Publications"][1:] == ("SDN", "GOV")
    assert ("al_jareeda", "SDN", "JRN") in found.values()


def test_the_kurdish_charity(kb) -> None:
    found = hit(kb, "The Barzani Charity Foundation fed families in Erbil on Monday.", "Barzani Charity Foundation",
                "2016-06-06")
    assert (found.actor_id, found.country) == ("barzani_charity_foundation", "IRQ")


def test_ksrelief_under_another_english_name(kb) -> None:
    text = "The King Salman Centre for Relief and Humanitarian Action sent tents to Hajjah on Monday."
    found = hit(kb, text, "King Salman Centre for Relief and Humanitarian Action", "2016-06-06")
    assert (found.actor_id, found.country, found.sector) == ("ksrelief", "SAU", "GOV")


def test_the_opec_fund_is_not_opec(kb) -> None:
    found = hits(kb, "The OPEC Fund for International Development lent Kenya $20m on Monday.", "2016-06-06")
    assert found["OPEC Fund for International Development"][:2] == ("ofid", "IGO")
    assert hits(kb, "OFID lent Kenya $20m on Monday.", "2016-06-06")["OFID"][0] == "ofid"
    # the control: the cartel itself
    assert hits(kb, "OPEC raised output on Monday.", "2016-06-06")["OPEC"][0] == "opec"


def test_a_bare_press_council_is_the_named_states_regulator(kb) -> None:
    found = hit(kb, "The press council in Sudan closed two weeklies on Monday.", "press council in Sudan", "2016-06-06")
    assert (found.actor_id, found.country, found.sector) == ("sdn_nccp", "SDN", "GOV")
    other = hit(kb, "The press council in Jordan closed two weeklies on Monday.", "press council in Jordan",
                "2016-06-06")
    assert (other.country, other.sector) == ("JOR", "GOV")


def test_a_press_council_of_no_named_state_is_no_ones(kb) -> None:
    # the control: no state named, no body coded
    assert not hits(kb, "The press council closed two weeklies on Monday.", "2016-06-06")
