"""Actors of session 43 (sentences written for these tests): people named by their trade or by
what they were doing (landowners, mourners, nurses, lawyers, street vendors, aid workers) take
their demonym's country; a state's aircraft, armour and generals are its military; editors and
columnists are of the state their sentence sets them in; "the government" named bare is the one
state in context; and a minister who later served the EU is coded by the office held that day."""

from __future__ import annotations

from actor_helpers import hit
from event_helpers import countries, of_type

DATE = "2006-01-18"


def test_people_named_by_trade_or_doing_take_their_demonym(kb) -> None:
    for text, mention, country, sector in [
        ("Peruvian landowners blocked the road.", "Peruvian landowners", "PER", "AGR"),
        ("Thousands of Tunisian mourners marched on Friday.", "Tunisian mourners", "TUN", "CVL"),
        ("Kenyan nurses went on strike.", "Kenyan nurses", "KEN", "LAB"),
        ("Pakistani lawyers rallied in Lahore.", "Pakistani lawyers", "PAK", "JUD"),
        ("Bolivian street vendors clashed with police.", "Bolivian street vendors", "BOL", "BUS"),
        ("Gunmen seized two Italian aid workers.", "Italian aid workers", "ITA", "SOC"),
    ]:
        ref = hit(kb, text, mention, DATE)
        assert (ref.country, ref.sector) == (country, sector), text


def test_aircraft_armour_and_generals_are_the_military(kb) -> None:
    ref = hit(kb, "Russian helicopters fired rockets at the village.", "Russian helicopters", DATE)
    assert (ref.country, ref.sector) == ("RUS", "MIL")
    ref = hit(kb, "The rebels agreed to meet Sudanese generals.", "Sudanese generals", DATE)
    assert (ref.country, ref.sector) == ("SDN", "MIL")


def test_an_editor_is_of_the_state_the_sentence_sets_him_in(explainer) -> None:
    text = "Police detained the editor of a private weekly at his home in Lusaka on Tuesday."
    (arrest,) = of_type(explainer, text, "COERCE", DATE)
    assert [(r.text, r.country) for r in arrest.recipients] == [("editor", "ZMB")]


def test_the_government_named_bare_is_the_state_in_context(explainer) -> None:
    text = "Colombia's bishops called on the government and the ELN to resume talks."
    (appeal,) = of_type(explainer, text, "REQUEST", DATE)
    assert sorted(countries(appeal.recipients)) == ["COL", "COL"]
    # with two states named before it, the government is no one's in particular
    text = "Peru and Chile urged the government to free the hostages."
    (appeal,) = of_type(explainer, text, "REQUEST", DATE)
    assert "PER" not in countries(appeal.recipients) and "CHL" not in countries(appeal.recipients)


def test_a_minister_is_coded_by_the_office_held_that_day(kb) -> None:
    text = "Benita Ferrero-Waldner spoke in Vienna."
    assert hit(kb, text, "Benita Ferrero-Waldner", "2002-03-01").country == "AUT"
    assert hit(kb, text, "Benita Ferrero-Waldner", "2007-03-01").country == "EUR"
