"""Actors and roles read from this session's probes (sentences written here): people and
offices of a town or province a text describes as a state's, venues that place nothing,
capitals after "from" in a forces phrase, viewpoint epithets in copy with no dateline, the
organ a state's home office after "in" names, and agents after "by" or a relative clause."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from actor_helpers import hit, hits
from event_helpers import of_type

DAY = "2025-05-14"


@pytest.mark.parametrize("text, span, country", [
    ("Aid workers reached hungry villagers in the Sudanese town of Tawila on Sunday.", "villagers", "SDN"),
    ("Police in the northern Nigerian city of Kaduna arrested six men.", "Police", "NGA"),
    ("The government of Balochistan province imposed a ban on rallies.", "government of Balochistan province", "PAK"),
])
def test_a_town_described_as_a_states_gives_its_people_and_offices_that_state(kb, text: str, span: str,
                                                                              country: str) -> None:
    assert hit(kb, text, span, DAY).country == country


def test_people_who_may_be_foreigners_take_no_country_from_the_town(kb) -> None:
    assert "Tourists" not in hits(kb, "Tourists in the Egyptian city of Luxor were unharmed.", DAY)


def test_the_described_town_stays_the_scene_outside_the_mention(explainer: Explainer) -> None:
    (arrest,) = of_type(explainer, "Police in the eastern province of Van detained two men on Tuesday.", "COERCE", DAY)
    assert [a.text for a in arrest.actors] == ["Police"] and arrest.location is not None


def test_a_state_office_after_in_is_the_states_body_of_that_name(kb) -> None:
    assert hit(kb, "Police in Tehran detained two journalists.", "Police in Tehran", DAY).actor_id == "irn_police"


def test_a_meeting_place_gives_no_community_its_country(kb) -> None:
    text = ("OSCE envoys at talks in Vienna urged ethnic Albanian guerrillas to disarm, a Macedonian government "
            "spokesman said.")
    assert hits(kb, text, "2001-05-01")["Albanian guerrillas"][1] == "MKD"


def test_where_a_statement_was_filed_is_not_where_gunmen_act(kb) -> None:
    text = "Gunmen threatened to kill aid workers, a statement faxed to news agencies in Beirut said."
    assert hits(kb, text, "2001-05-01")["Gunmen"][1] is None


@pytest.mark.parametrize("opening", ["Soldiers", "The soldiers"])
def test_capitals_after_from_in_a_forces_phrase_are_the_states(explainer: Explainer, opening: str) -> None:
    text = f"{opening} from Astana and Bishkek held joint drills near the border on Monday."
    (drill,) = of_type(explainer, text, "COOPERATE", DAY)
    assert sorted(a.country for a in drill.actors) == ["KAZ", "KGZ"]


def test_a_capital_left_after_from_stays_a_place(kb) -> None:
    assert "Kabul" not in hits(kb, "Ankara completed the withdrawal of its troops from Kabul on Tuesday.", DAY)


def test_a_viewpoint_epithet_in_copy_with_no_place_is_read_from_its_speakers(kb) -> None:
    text = "Hamas's armed wing said its fighters were on alert, adding that the occupation would pay dearly."
    assert hits(kb, text, DAY)["the occupation"][1] == "ISR"


def test_mauritanias_president_is_known(kb) -> None:
    assert hit(kb, "President Ghazouani received the Malian envoy on Monday.", "President Ghazouani",
               DAY).country == "MRT"


def test_an_adjective_after_an_article_keeps_a_nominal_acts_by_agent(explainer: Explainer) -> None:
    text = "The shelling of a packed bus station by Russian gunners killed nine people."
    (shelling,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [a.country for a in shelling.actors] == ["RUS"]


def test_the_object_of_a_relative_clause_is_no_subject_of_the_main_verb(explainer: Explainer) -> None:
    text = ("Kabul said the bombers who killed six police officers in the eastern city of Jalalabad had planned "
            "the raid for weeks.")
    assaults = of_type(explainer, text, "ASSAULT", DAY)
    assert all(a.text != "police officers" for e in assaults for a in e.actors)
