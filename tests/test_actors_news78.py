"""Sector nouns of the actor KB (kb/lexicon.yaml): a state's customs service named bare
("South Korean customs impounded"), a firm's managers and executives (BUS), schoolchildren and
pupils (EDU) and a state's charities (SOC), each of the state its country word names. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from actor_helpers import hit, hits

DAY = "2021-05-04"


@pytest.mark.parametrize(("text", "span", "country", "sector"), [
    ("Turkish customs impounded a cargo ship loaded with drones on Monday.", "Turkish customs", "TUR", "GOV"),
    ("Pyongyang ordered Japanese managers to leave the plant on Monday.", "Japanese managers", "JPN", "BUS"),
    ("Two Canadian executives were detained in Beijing on Monday.", "Canadian executives", "CAN", "BUS"),
    ("Gunmen abducted dozens of Nigerian schoolchildren on Monday.", "Nigerian schoolchildren", "NGA", "EDU"),
    ("Kenyan pupils returned to school on Monday.", "Kenyan pupils", "KEN", "EDU"),
    ("Troops freed 30 Nigerian schoolgirls on Monday.", "Nigerian schoolgirls", "NGA", "EDU"),
    ("A Qatari charity delivered blankets to Gaza on Monday.", "Qatari charity", "QAT", "SOC"),
])
def test_a_country_word_before_a_sector_noun_is_that_states_sector(kb, text: str, span: str, country: str,
                                                                     sector: str) -> None:
    found = hit(kb, text, span, DAY)
    assert (found.country, found.sector) == (country, sector)


def test_customs_duties_name_no_customs_service(kb) -> None:
    # a levy named after the service is no party
    assert not any("customs" in span.lower() for span in hits(kb, "Kenya raised customs duties on steel.", DAY))
