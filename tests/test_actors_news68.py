"""Actor causes read from cluster_test34 (sentences written here): of two bodies sharing a
name, the one that existed on the article date; office holders of the 2010s with their
periods; a bare ministry of a report set in one country's places."""

from __future__ import annotations

import pytest

from actor_helpers import hit, hits
from lapwing.actors import resolve


@pytest.mark.parametrize("date, country", [("2017-06-04", "LBY"), ("2023-06-04", "YEM")])
def test_a_shared_body_name_means_the_body_existing_on_the_date(kb, date: str, country: str) -> None:
    text = "The Presidential Council condemned the shelling of a hospital."
    assert hit(kb, text, "Presidential Council", date).country == country


def test_an_abbreviation_of_a_later_coalition_means_the_older_one_before(kb) -> None:
    assert resolve("FFC", "FFC", 0, 3, "2014-03-02", kb).actor.actor_id == "freedom_flotilla_coalition"
    assert resolve("FFC", "FFC", 0, 3, "2020-03-02", kb).actor.actor_id == "sdn_ffc"


@pytest.mark.parametrize("text, span, actor, country", [
    ("Presidency Council chief Faiez Serraj toured the port of Misrata.", "Presidency Council chief Faiez Serraj",
     "fayez_al_sarraj", "LBY"),
    ("Fayez al-Sirraj received the Italian ambassador.", "Fayez al-Sirraj", "fayez_al_sarraj", "LBY"),
    ("Foreign Minister Mikheil Janelidze flew to Baku.", "Foreign Minister Mikheil Janelidze",
     "mikheil_janelidze", "GEO"),
    ("Elmar Mammadyarov signed the protocol in Tbilisi.", "Elmar Mammadyarov", "elmar_mammadyarov", "AZE"),
    ("Agriculture Minister Ghazi Zaiter banned imports of Syrian apples.", "Agriculture Minister Ghazi Zaiter",
     "ghazi_zeaiter", "LBN"),
    ("Minister Sahar Nasr opened a business forum in Cairo.", "Minister Sahar Nasr", "sahar_nasr", "EGY"),
    ("Prime Minister Motaz Musa visited El Obeid.", "Prime Minister Motaz Musa", "moataz_musa", "SDN"),
])
def test_office_holders_of_2018_have_their_country(kb, text: str, span: str, actor: str, country: str) -> None:
    found = hit(kb, text, span, "2018-05-10")
    assert (found.actor_id, found.country) == (actor, country)


def test_a_bare_ministry_is_of_the_one_country_of_the_places_named(kb) -> None:
    text = "Ministry of Interior agents raided a flat in Jleeb Al-Shuyoukh and seized forged visas."
    found = hits(kb, text, "2019-11-02")
    assert found["Ministry of Interior"][1:] == ("KWT", "GOV")
