"""Office holders of North Africa and the Middle East, 2010-2020, and the aid agencies of outside
states (kb); the fighters of a people living in several states, a bare "the army" of the one
state the context names, and a demonym owner's noun kept in the phrase (actors.py). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from actor_helpers import hit, hits
from event_helpers import of_type


@pytest.mark.parametrize(("text", "span", "date", "expected"), [
    ("Prime Minister Abdelmalek Sellal opened the fair.", "Prime Minister Abdelmalek Sellal", "2016-03-01",
     ("abdelmalek_sellal", "DZA", "GOV")),
    ("Habib Essid chaired a cabinet meeting.", "Habib Essid", "2015-10-01", ("habib_essid", "TUN", "GOV")),
    ("Ibrahim Ghandour flew to Addis Ababa.", "Ibrahim Ghandour", "2016-05-01", ("ibrahim_ghandour", "SDN", "GOV")),
    ("Moussa Faki Mahamat flew to N'Djamena.", "Moussa Faki Mahamat", "2014-05-01", ("moussa_faki_mahamat", "TCD", "GOV")),
    ("Imad Fakhoury signed the loan.", "Imad Fakhoury", "2016-02-01", ("imad_fakhoury", "JOR", "GOV")),
    ("Mevlut Cavusoglu spoke to reporters.", "Mevlut Cavusoglu", "2017-06-01", ("mevlut_cavusoglu", "TUR", "GOV")),
    ("Gebran Bassil spoke to reporters.", "Gebran Bassil", "2016-06-01", ("gebran_bassil", "LBN", "GOV")),
    ("Wael al-Halqi toured Homs.", "Wael al-Halqi", "2014-06-01", ("wael_al_halqi", "SYR", "GOV")),
    ("Riyadh Yassin spoke in Geneva.", "Riyadh Yassin", "2015-06-01", ("riyadh_yassin", "YEM", "GOV")),
    # a later office: the Chadian minister heads the African Union's Commission
    ("Moussa Faki Mahamat flew to Khartoum.", "Moussa Faki Mahamat", "2019-05-01", ("moussa_faki_mahamat", "IGO", None)),
    # roles added to people already listed
    ("Ahmet Davutoglu spoke in Ankara.", "Ahmet Davutoglu", "2015-06-01", ("ahmet_davutoglu", "TUR", "GOV")),
    ("Kamal Ganzouri spoke in Cairo.", "Kamal Ganzouri", "2012-03-01", ("kamal_ganzouri", "EGY", "GOV")),
])
def test_office_holders_of_the_2010s(kb, text: str, span: str, date: str, expected: tuple) -> None:
    found = hit(kb, text, span, date)
    assert (found.actor_id, found.country, found.sector) == expected


def test_an_office_holder_out_of_office_is_a_former_official(kb) -> None:
    found = hit(kb, "Ibrahim Ghandour spoke at a conference.", "Ibrahim Ghandour", "2020-01-01")
    assert (found.country, found.sector) == ("SDN", "ELI")


@pytest.mark.parametrize(("text", "span", "country"), [
    ("The German development bank KfW signed a grant with Jordan.", "German development bank KfW", "DEU"),
    ("Jordan and KfW signed a grant.", "KfW", "DEU"),
    ("USAID funded the wells.", "USAID", "USA"),
    ("JICA will build the bridge.", "JICA", "JPN"),
])
def test_aid_agencies_of_outside_states_are_their_states(kb, text: str, span: str, country: str) -> None:
    found = hit(kb, text, span, "2016-01-01")
    assert (found.country, found.sector) == (country, "GOV")


@pytest.mark.parametrize(("text", "sector"), [
    ("A police convoy came under rocket fire by Baloch separatists on Sunday, officials said.", "REB"),
    ("A patrol was ambushed by Tuareg rebels on Sunday, officials said.", "REB"),
    ("Druze militiamen attacked a checkpoint on Sunday, officials said.", "PRM"),
])
def test_fighters_of_a_people_of_several_states_are_a_party(explainer, text: str, sector: str) -> None:
    events = of_type(explainer, text, "ASSAULT", "2015-06-01")
    assert events and [a.sector for a in events[0].actors] == [sector]


def test_a_people_word_before_a_mere_group_makes_no_armed_party(explainer) -> None:
    events = of_type(explainer, "The Kurdish group said on Sunday it would hold talks.", "AGREE", "2015-06-01")
    assert all(a.sector is None for e in events for a in e.actors)


@pytest.mark.parametrize(("text", "span", "country"), [
    ("In Mali, the army withdrew from Kidal on Monday.", "army", "MLI"),
    ("In Niger, the military pulled out of Diffa on Monday.", "military", "NER"),
])
def test_a_bare_army_is_the_named_state_s(kb, text: str, span: str, country: str) -> None:
    found = hit(kb, text, span, "2015-06-01")
    assert (found.country, found.sector) == (country, "MIL")


def test_a_bare_army_of_an_unclear_state_stays_unknown(kb) -> None:
    assert "army" not in hits(kb, "US officials in Iraq said the army would withdraw.", "2015-06-01")


def test_the_army_acting_in_an_absolute_clause(explainer) -> None:
    events = of_type(explainer, "Rebels seized the Chadian town of Abeche on Monday, the army having pulled out "
                                "overnight, witnesses said.", "RETREAT", "2015-06-01")
    assert events and [(a.country, a.sector) for a in events[0].actors] == [("TCD", "MIL")]


@pytest.mark.parametrize(("text", "span", "country"), [
    ("Guards beat inmates of Iraqi jails, a rights group said.", "inmates of Iraqi jails", "IRQ"),
    ("Residents of Lebanese villages fled on Monday.", "Residents of Lebanese villages", "LBN"),
])
def test_a_demonym_owner_keeps_its_noun(kb, text: str, span: str, country: str) -> None:
    assert hit(kb, text, span, "2015-06-01").country == country


def test_an_owner_state_named_as_a_noun_is_unchanged(kb) -> None:
    assert hit(kb, "The foreign minister of Iraq said so.", "foreign minister of Iraq", "2015-06-01").country == "IRQ"


@pytest.mark.parametrize(("text", "absent"), [
    ("Armenia sent police to the border on Thursday.", "Armenia sent police"),
    ("Armenia recalled army reservists on Thursday.", "Armenia recalled army"),
    ("North Korea held a huge military parade in Pyongyang on Saturday.", "military"),
])
def test_a_force_word_is_no_portfolio_nor_a_bare_modifier(kb, text: str, absent: str) -> None:
    assert absent not in hits(kb, text, "2015-06-01")


def test_fighters_of_a_people_placed_in_a_named_state_keep_that_state(explainer) -> None:
    events = of_type(explainer, "Turkey is ready to crush Kurdish militants in Syria if they refuse to disarm, "
                                "the president said on Wednesday.", "THREATEN", "2024-12-18")
    assert events and "SYR" in [r.country for r in events[0].recipients]
