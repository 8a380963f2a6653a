"""Actor KB (kb/people.yaml, kb/mideast_state_orgs.yaml, kb/world_1980s_2000s.yaml, kb/armed_groups.yaml):
office holders of 2020-2022 in the Gulf, the Levant, Iraq, Sudan, Ethiopia and Somalia resolve to their state
and sector on the dates of their office; Sudan's Empowerment Removal Committee and Somalia's Jubaland are
state bodies; a possessive "Hamas's military wing" is the Qassam Brigades, "Kataib Hezbollah's" stays Kataib
Hezbollah. Sentences written for these tests."""

from __future__ import annotations

import pytest

from actor_helpers import hit, hits


@pytest.mark.parametrize("text, span, date, expected", [
    ("Foreign Minister Sayyid Badr bin Hamad Al Busaidi received the British ambassador in Muscat on Sunday.",
     "Foreign Minister Sayyid Badr bin Hamad Al Busaidi", "2022-02-06", ("badr_albusaidi", "OMN", "GOV")),
    ("Tim Lenderking flew to Riyadh on Monday for talks on the truce.", "Tim Lenderking", "2021-09-06",
     ("timothy_lenderking", "USA", "GOV")),
    ("Economy Minister Orna Barbivai opened a trade fair in Dubai on Tuesday.", "Economy Minister Orna Barbivai",
     "2022-03-01", ("orna_barbivai", "ISR", "GOV")),
    ("Zayed Al Zayani met exporters in Manama on Tuesday.", "Zayed Al Zayani", "2022-09-13",
     ("zayed_al_zayani", "BHR", "GOV")),
    ("Caretaker Energy Minister Raymond Ghajar warned of longer blackouts on Thursday.",
     "Energy Minister Raymond Ghajar", "2021-03-04", ("raymond_ghajar", "LBN", "GOV")),
    ("Oil Minister Ihsan Abdul Jabbar toured a refinery in Basra on Monday.", "Oil Minister Ihsan Abdul Jabbar",
     "2021-11-01", ("ihsan_abdul_jabbar", "IRQ", "GOV")),
    ("Mahdi Rashid al-Hamdani inspected the Mosul dam on Sunday.", "Mahdi Rashid al-Hamdani", "2021-04-11",
     ("mahdi_rashid_al_hamdani", "IRQ", "GOV")),
    ("Veysel Eroglu arrived in Baghdad on Sunday for talks on the Euphrates.", "Veysel Eroglu", "2021-04-11",
     ("veysel_eroglu", "TUR", "GOV")),
    ("The Empowerment Removal Committee seized a hotel in Khartoum on Thursday.", "Empowerment Removal Committee",
     "2020-12-03", ("sdn_empowerment_removal_committee", "SDN", "GOV")),
    ("Wajdi Saleh told reporters the seized farms would go to the finance ministry.", "Wajdi Saleh", "2021-02-10",
     ("wagdi_salih", "SDN", "GOV")),
    ("Abu Obaida said in a recorded speech that the prisoners were alive.", "Abu Obaida", "2023-11-20",
     ("abu_obeida", "PSE", "REB")),
    ("Abu Ali al-Askari wrote on Telegram that the convoys would be targeted.", "Abu Ali al-Askari", "2022-01-05",
     ("abu_ali_al_askari", "IRQ", "PRM")),
    ("Seleshi Bekele told lawmakers the turbines would turn by the end of the year.", "Seleshi Bekele",
     "2020-07-15", ("seleshi_bekele", "ETH", "GOV")),
    ("Yasser Abbas said the talks on the dam had reached a dead end.", "Yasser Abbas", "2021-04-07",
     ("yasir_abbas", "SDN", "GOV")),
    ("Bijan Zanganeh said exports would rise once sanctions were lifted.", "Bijan Zanganeh", "2019-05-02",
     ("bijan_zanganeh", "IRN", "GOV")),
    ("Abdirashid Hassan Abdinur escaped from custody in Mogadishu on Monday.", "Abdirashid Hassan Abdinur",
     "2020-01-27", ("abdirashid_janan", "SOM", "MIL")),
])
def test_an_office_holder_resolves_to_the_state_and_sector(kb, text: str, span: str, date: str,
                                                            expected: tuple) -> None:
    actor = hit(kb, text, span, date)
    assert (actor.actor_id, actor.country, actor.sector) == expected


@pytest.mark.parametrize("text, date, holder", [
    ("Lebanon's energy minister appealed for fuel on Monday.", "2021-02-01", "raymond_ghajar"),
    ("Iraq's oil minister signed the supply deal on Monday.", "2021-02-01", "ihsan_abdul_jabbar"),
    ("Iran's oil minister flew to Vienna on Monday.", "2019-06-03", "bijan_zanganeh"),
    ("Ethiopia's irrigation minister dismissed the objections on Monday.", "2020-06-01", "seleshi_bekele"),
])
def test_a_country_office_on_its_dates_is_the_holder(kb, text: str, date: str, holder: str) -> None:
    assert holder in {found[0] for found in hits(kb, text, date).values()}


@pytest.mark.parametrize("text, date, former", [
    ("Lebanon's energy minister appealed for fuel on Monday.", "2022-02-07", "raymond_ghajar"),
    ("Iran's oil minister flew to Vienna on Monday.", "2022-06-06", "bijan_zanganeh"),
])
def test_a_country_office_after_the_holder_left_is_not_him(kb, text: str, date: str, former: str) -> None:
    assert former not in {found[0] for found in hits(kb, text, date).values()}


def test_a_former_minister_is_coded_as_a_former_official(kb) -> None:
    actor = hit(kb, "Bijan Zanganeh criticised the new budget on Monday.", "Bijan Zanganeh", "2022-06-06")
    assert (actor.actor_id, actor.sector) == ("bijan_zanganeh", "ELI")


def test_a_bare_us_envoy_is_no_named_envoy(kb) -> None:
    found = hits(kb, "The US envoy met Saudi officials in Riyadh on Monday.", "2021-09-06")
    assert ("timothy_lenderking" not in {f[0] for f in found.values()}
            and ("USA", "GOV") in {f[1:] for f in found.values()})


def test_the_commerce_minister_is_not_his_brother_the_foreign_minister(kb) -> None:
    found = hits(kb, "Zayed bin Rashid Al Zayani and Bahrain's foreign minister visited Cairo.", "2022-09-13")
    assert found["Zayed bin Rashid Al Zayani"][0] == "zayed_al_zayani"
    assert found["Bahrain's foreign minister"][0] == "abdullatif_al_zayani"


@pytest.mark.parametrize("text, span, expected", [
    ("Sudan's anti-corruption panel froze the accounts of four firms on Sunday.", "Sudan's anti-corruption panel",
     ("sdn_empowerment_removal_committee", "SDN")),
    ("Jubaland forces retook two villages near the Kenyan border on Sunday.", "Jubaland forces",
     ("som_jubaland", "SOM")),
    ("A statement by Hamas's military wing vowed revenge on Sunday.", "Hamas's military wing",
     ("qassam_brigades", "PSE")),
    ("Kataib Hezbollah's statement denied the claim on Sunday.", "Kataib Hezbollah", ("kataib_hezbollah", "IRQ")),
    ("Hezbollah's statement denied the claim on Sunday.", "Hezbollah", ("hezbollah", "LBN")),
])
def test_a_described_body_is_the_body(kb, text: str, span: str, expected: tuple) -> None:
    found = {s: f[:2] for s, f in hits(kb, text, "2021-03-07").items()}
    assert any(s.startswith(span) and f == expected for s, f in found.items()), found
