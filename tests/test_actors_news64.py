"""Actor resolution causes read from cluster_test32 (sentences written here): given names before
a KB person's surname that are not that person's, a bare surname after another person's full
name, an office's bureau ("the Prosecutor General's Office"), "X-made" adjectives, state
railway companies and a few officeholders the KB lacked."""

from __future__ import annotations

import pytest

from actor_helpers import hit, hits

from lapwing.actors import resolve


def _resolve(kb, text: str, mention: str, date: str):
    start = text.index(mention)
    return resolve(mention, text, start, start + len(mention), date, kb=kb)


@pytest.mark.parametrize("name", ["Ahmed Tawfiq Allawi", "Ahmed Abdel Aty"])
def test_other_given_names_before_a_surname_alias_name_someone_else(kb, name: str) -> None:
    found = hits(kb, f"{name} told reporters in Cairo that the talks had stalled.", "2021-05-10")
    assert not any(actor_id in ("iyad_allawi", "badr_abdelatty") for actor_id, _, _ in found.values())


def test_a_spelling_of_the_own_given_name_keeps_the_person(kb) -> None:
    found = hits(kb, "Mohammed Javad Zarif flew to Oslo for the talks.", "2019-05-10")
    assert found["Mohammed Javad Zarif"][0] == "mohammad_javad_zarif"


def test_a_bare_surname_after_a_full_name_is_that_person(kb) -> None:
    text = ("Crowds in Basra rejected Mohammed Tawfiq Allawi as prime minister on Friday. "
            "Allawi promised a cabinet of independents.")
    assert hit(kb, text, "Allawi", "2020-02-14").actor_id == "mohammed_tawfiq_allawi"


def test_a_designate_is_no_sitting_prime_minister(kb) -> None:
    actor = hit(kb, "Iraq's prime minister-designate met party leaders in Baghdad.",
                "Iraq's prime minister-designate", "2020-02-20")
    assert actor.actor_id == "mohammed_tawfiq_allawi"


@pytest.mark.parametrize("text, span, country, sector", [
    ("Armenia's Prosecutor General's Office opened a case on Tuesday.", "Armenia's Prosecutor General's Office",
     "ARM", "JUD"),
    ("The Kazakh Prosecutor General's Office said it had charged two officers.",
     "Kazakh Prosecutor General's Office", "KAZ", "JUD"),
    ("Iraq's Prime Minister's Office denied the report.", "Iraq's Prime Minister's Office", "IRQ", "GOV"),
])
def test_an_office_s_bureau_is_a_body_of_its_state(kb, text: str, span: str, country: str,
                                                    sector: str) -> None:
    actor = hit(kb, text, span, "2021-03-02")
    assert (actor.country, actor.sector, actor.type) == (country, sector, "government")


@pytest.mark.parametrize("word", ["Russian-made", "US-built", "Iranian-designed"])
def test_where_a_thing_was_made_is_no_party(kb, word: str) -> None:
    text = f"A {word} helicopter crashed near Kandahar on Sunday."
    assert _resolve(kb, text, word, "2019-08-04").actor is None


def test_a_patron_word_still_names_its_state(kb) -> None:
    text = "Russian-backed fighters shelled the village."
    assert _resolve(kb, text, "Russian-backed", "2019-08-04").actor.country == "RUS"


@pytest.mark.parametrize("text, span, country", [
    ("Georgian Railway raised its transit tariffs for oil cargo.", "Georgian Railway", "GEO"),
    ("Azerbaijan Railways opened a new freight terminal near Baku.", "Azerbaijan Railways", "AZE"),
    ("Ukrainian Railways suspended trains to the border.", "Ukrainian Railways", "UKR"),
])
def test_state_railway_companies_are_businesses_of_their_state(kb, text: str, span: str, country: str) -> None:
    actor = hit(kb, text, span, "2021-11-05")
    assert (actor.country, actor.sector) == (country, "BUS")


@pytest.mark.parametrize("text, span, date, expected", [
    ("Sheikh Khalifa bin Zayed Al Nahyan issued a decree on Sunday.", "Sheikh Khalifa bin Zayed Al Nahyan",
     "2015-06-07", ("khalifa_bin_zayed", "ARE", "GOV")),
    ("Irrigation Minister Mohamed Abdel Aty inspected the barrages.", "Irrigation Minister Mohamed Abdel Aty",
     "2019-10-01", ("mohamed_abdel_aty", "EGY", "GOV")),
    ("Colonel Mohammed Gununu said the drones were shot down.", "Colonel Mohammed Gununu",
     "2019-06-01", ("mohammed_gnounou", "LBY", "MIL")),
    ("Jordan's energy minister opened the solar plant.", "Jordan's energy minister",
     "2019-02-11", ("hala_zawati", "JOR", "GOV")),
    ("Health Minister Fawziya Abikar Nur opened a clinic in Baidoa.", "Health Minister Fawziya Abikar Nur",
     "2018-09-03", ("fawziya_abikar_nur", "SOM", "GOV")),
])
def test_officeholders_added_to_the_kb(kb, text: str, span: str, date: str, expected: tuple) -> None:
    actor = hit(kb, text, span, date)
    assert (actor.actor_id, actor.country, actor.sector) == expected
