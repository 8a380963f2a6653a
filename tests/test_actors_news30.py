"""Actors of world wire copy of the 1980s to the 2000s, second round (sentences written here):
leaders, movements, state organs with names of their own, bodies of the period and states'
former names; two coordinated nationality words of which one is a state's abbreviation; a
country's own Red Cross society; a commander's "men" or "camp" as his force; and a state's
name inside the name of a sea."""

from __future__ import annotations

import pytest

from lapwing.actors import scan
from lapwing.knowledge import KnowledgeBase


def _actors(kb: KnowledgeBase, text: str, date: str) -> dict[str, tuple[str | None, str | None]]:
    return {h.text: (h.resolution.actor.country, h.resolution.actor.actor_id)
            for h in scan(text, date, kb=kb) if h.resolution.actor is not None}


@pytest.mark.parametrize("text, span, country, date", [
    ("TOKYO - Kaifu told parliament the talks would resume.", "Kaifu", "JPN", "1990-04-02"),
    ("SOFIA - Zhivkov dismissed the charges as slander.", "Zhivkov", "BGR", "1989-05-20"),
    ("GROZNY - Dudayev vowed to fight on.", "Dudayev", "RUS", "1995-02-01"),
    ("KABUL - Hekmatyar refused to join the new cabinet.", "Hekmatyar", "AFG", "1992-06-01"),
    ("COLOMBO - Jayewardene ordered troops north.", "Jayewardene", "LKA", "1987-05-26"),
    ("SUVA - Rabuka announced a second coup.", "Rabuka", "FJI", "1987-09-25"),
    ("MOSCOW - The KGB expelled two British diplomats.", "KGB", "RUS", "1989-05-19"),
    ("BERLIN - The Stasi kept files on six million people.", "Stasi", "DEU", "1990-01-15"),
    ("BUCHAREST - The Securitate fought on in the capital.", "Securitate", "ROU", "1989-12-24"),
    ("NEW DELHI - Officials blamed the ISI for the riots.", "ISI", "PAK", "1993-03-14"),
    ("PARIS - The DGSE denied any role in the affair.", "DGSE", "FRA", "1985-08-08"),
    ("RANGOON - The SLORC extended the curfew.", "SLORC", "MMR", "1989-07-20"),
    ("MONROVIA - NPFL fighters looted the port.", "NPFL", "LBR", "1992-10-20"),
    ("ADDIS ABABA - The EPRDF named an interim cabinet.", "EPRDF", "ETH", "1991-06-01"),
    ("GUATEMALA CITY - The URNG declared a truce.", "URNG", "GTM", "1996-03-20"),
    ("BOGOTA - The AUC disarmed a first unit.", "AUC", "COL", "2003-11-25"),
    ("COLOMBO - The JVP called a general strike.", "JVP", "LKA", "1989-08-01"),
    ("SARAJEVO - UNPROFOR suspended the airlift.", "UNPROFOR", "UNO", "1992-09-04"),
    ("PHNOM PENH - UNTAC postponed the count.", "UNTAC", "UNO", "1993-05-29"),
    ("NAIROBI - IGAD mediators adjourned the talks.", "IGAD", "IGO", "1997-07-10"),
    ("CARACAS - The Contadora group presented a new draft.", "Contadora group", "IGO", "1986-06-06"),
    ("LONDON - Helsinki Watch criticised the trial.", "Helsinki Watch", "NGO", "1988-11-02"),
    ("PRIZREN - KFOR secured the bridge.", "KFOR", "IGO", "1999-06-14"),
    ("ABIDJAN - Upper Volta recalled its ambassador.", "Upper Volta", "BFA", "1984-03-01"),
    ("MADRAS - Ceylon protested the broadcast.", "Ceylon", "LKA", "1985-02-01"),
])
def test_actors_of_the_period_are_known(kb: KnowledgeBase, text: str, span: str, country: str, date: str) -> None:
    found = _actors(kb, text, date)
    assert any(span in t and c == country for t, (c, _) in found.items()), found


def test_the_democratic_republic_of_congo_without_the_is_the_state(kb: KnowledgeBase) -> None:
    found = _actors(kb, "Rwanda accused the Democratic Republic of Congo of arming the militias.", "2002-10-01")
    assert found.get("Democratic Republic of Congo", (None,))[0] == "COD", found


def test_a_state_abbreviation_coordinated_with_a_demonym_names_both_states(kb: KnowledgeBase) -> None:
    for text in ("Peruvian and U.S. customs officers seized the shipment.",
                 "U.S. and Bolivian police raided the airstrip."):
        codes = {h.resolution.actor.country for h in scan(text, "1991-05-05", kb=kb) if h.resolution.actor}
        assert {"USA"} < codes and codes & {"PER", "BOL"}, (text, codes)


def test_a_national_red_cross_society_takes_its_country(kb: KnowledgeBase) -> None:
    found = _actors(kb, "A Belgian Red Cross nurse was freed on Monday.", "1996-04-01")
    assert found.get("Belgian Red Cross", (None,))[0] == "BEL", found
    alone = _actors(kb, "The Red Cross visited the detainees on Monday.", "1996-04-01")
    assert alone.get("Red Cross") == ("NGO", "icrc"), alone


@pytest.mark.parametrize("text", [
    "KHARTOUM - Hemeti's men looted the market on Friday.",
    "KHARTOUM - Hemeti's loyalists shelled the bridge on Friday.",
])
def test_a_commanders_men_are_his_force(kb: KnowledgeBase, text: str) -> None:
    found = _actors(kb, text, "2023-07-07")
    assert ("SDN", "rsf") in found.values(), found
    # the men of a leader who commands no armed organisation are not read as a force
    found = _actors(kb, "WASHINGTON - Biden's men drafted the bill on Friday.", "2023-07-07")
    assert "Biden's men" not in found, found


def test_a_state_named_in_a_seas_name_is_no_actor(kb: KnowledgeBase) -> None:
    found = _actors(kb, "A tanker caught fire in the Gulf of Oman on Sunday.", "2019-06-16")
    assert all(c != "OMN" for c, _ in found.values()), found
    found = _actors(kb, "Fishing boats collided in the Sea of Japan on Sunday.", "2019-06-16")
    assert all(c != "JPN" for c, _ in found.values()), found
