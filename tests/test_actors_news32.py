"""Office holders of 1985-2012 world news (sentences written here), from a systematic list
of heads of state and government, foreign and defence ministers and the chiefs of the UN,
NATO and the EU: a title with the surname finds the holder on the article date, with the
state of that office; family names that come first ("President Hu", "President Roh"), Thai
leaders by given name ("Prime Minister Abhisit") and Spanish surnames with a lowercase
particle ("President de la Rua") included; a person whose office moved from a state to an
international body is coded by the office held on the date."""

from __future__ import annotations

import pytest

from lapwing.actors import scan
from lapwing.knowledge import KnowledgeBase


def _actors(kb: KnowledgeBase, text: str, date: str) -> dict[str, tuple[str | None, str | None]]:
    return {h.text: (h.resolution.actor.country, h.resolution.actor.actor_id)
            for h in scan(text, date, kb=kb) if h.resolution.actor is not None}


@pytest.mark.parametrize("text, span, country, date", [
    ("Foreign Secretary Hurd flew to Belgrade for talks on the ceasefire.", "Hurd", "GBR", "1993-04-20"),
    ("Defence Secretary Hoon said more troops would be sent.", "Hoon", "GBR", "2003-02-06"),
    ("Defense Secretary Weinberger rejected the Soviet proposal.", "Weinberger", "USA", "1986-10-14"),
    ("Secretary of State Eagleburger warned the Serbs on Friday.", "Eagleburger", "USA", "1992-12-11"),
    ("President Sarkozy telephoned the Georgian leader late on Sunday.", "Sarkozy", "FRA", "2008-08-10"),
    ("Prime Minister Balladur ruled out a devaluation.", "Balladur", "FRA", "1994-03-02"),
    ("Foreign Minister Vedrine criticised the sanctions regime.", "Vedrine", "FRA", "1999-01-21"),
    ("Defence Minister Serdyukov announced cuts in the officer corps.", "Serdyukov", "RUS", "2008-10-14"),
    ("Prime Minister Kasyanov defended the budget in the Duma.", "Kasyanov", "RUS", "2002-10-09"),
    ("President Medvedev signed the decree on Tuesday.", "Medvedev", "RUS", "2009-03-03"),
    ("Premier Wen pledged more aid for the quake zone.", "Wen", "CHN", "2008-05-14"),
    ("President Hu received the visiting delegation.", "Hu", "CHN", "2005-04-29"),
    ("Chancellor Merkel rejected the bailout plan.", "Merkel", "DEU", "2010-03-19"),
    ("Foreign Minister Kinkel called for a new conference.", "Kinkel", "DEU", "1994-07-12"),
    ("Prime Minister Fukuda apologised for the pension records.", "Fukuda", "JPN", "2008-01-10"),
    ("Prime Minister Mulroney defended the trade pact.", "Mulroney", "CAN", "1988-10-25"),
    ("Foreign Minister Kasuri met his Indian counterpart.", "Kasuri", "PAK", "2005-04-17"),
    ("Foreign Minister Zebari asked for more time.", "Zebari", "IRQ", "2008-06-26"),
    ("Foreign Minister Livni flew to Washington for talks.", "Livni", "ISR", "2007-03-26"),
    ("Prime Minister Siniora appealed for a ceasefire.", "Siniora", "LBN", "2006-07-23"),
    ("Foreign Minister Davutoglu flew to Damascus on Tuesday.", "Davutoglu", "TUR", "2011-08-09"),
    ("Prime Minister Abhisit declared a state of emergency.", "Abhisit", "THA", "2010-04-07"),
    ("President Roh proposed a summit with the North.", "Roh", "KOR", "2005-06-17"),
    ("Prime Minister Azarov blamed the opposition for the crisis.", "Azarov", "UKR", "2012-11-20"),
    ("Prime Minister Tusk backed the missile shield.", "Tusk", "POL", "2008-08-14"),
    ("President de la Rua declared a state of siege.", "de la Rua", "ARG", "2001-12-19"),
    ("Foreign Minister Amorim criticised the subsidies.", "Amorim", "BRA", "2005-12-13"),
    ("President Bachelet named a new cabinet.", "Bachelet", "CHL", "2006-03-11"),
])
def test_office_holder_by_title_and_surname(kb: KnowledgeBase, text: str, span: str, country: str,
                                            date: str) -> None:
    found = {t: c for t, (c, _) in _actors(kb, text, date).items() if span in t}
    assert country in found.values(), found


@pytest.mark.parametrize("text, date, country", [
    ("Secretary-General Robertson called for calm in Macedonia.", "2001-03-20", "IGO"),
    ("Defence Secretary Robertson set out the strategic review.", "1998-07-08", "GBR"),
])
def test_office_held_on_the_date_gives_the_country(kb: KnowledgeBase, text: str, date: str,
                                                  country: str) -> None:
    found = {t: c for t, (c, _) in _actors(kb, text, date).items() if "Robertson" in t}
    assert country in found.values(), found



@pytest.mark.parametrize("date, expected", [("2025-10-02", "nawaf_salam"), ("2009-10-02", None)])
def test_a_past_holders_given_name_does_not_block_todays_surname(explainer, date: str,
                                                                 expected: str | None) -> None:
    """Salam Fayyad was prime minister until 2013: in 2025 a bare "Salam" is Nawaf Salam,
    in 2009 it is nobody's (the given name of a sitting prime minister blocks it)."""
    events = explainer.analyse("Salam urged the Security Council to push Israel to withdraw from southern "
                               "Lebanon.", date).events
    assert [a.actor_id for e in events for a in e.actors] == ([expected] if expected else [])


def test_a_dead_presidents_given_name_gives_no_country(kb: KnowledgeBase) -> None:
    assert _actors(kb, "President Omar spoke to reporters.", "2024-05-01")["President Omar"][0] is None
