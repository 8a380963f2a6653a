"""Actors of session 33, round 5 (sentences written here): a state's agents named bare
("security agents", "intelligence agents") are spies of the state where their sentence first
sets what they do, else of the one state the context names; an unknown person is of the state
of a KB person whose possessive heads his title ("the emir's envoy X"), of the one state his
apposition names ("X, commander of the militia loyal to Y,"), and, holding a bare office title,
of the one state a text names when his own sentence names it."""

from __future__ import annotations

from actor_helpers import hit, hits

DATE = "2014-10-12"


def test_security_agents_are_spies_of_where_they_act(kb) -> None:
    ref = hit(kb, "Security agents detained four students in Sfax and Gabes on Tuesday.", "Security agents", DATE)
    assert (ref.country, ref.sector) == ("TUN", "SPY")


def test_intelligence_agents_take_the_first_scene_not_a_later_one(kb) -> None:
    ref = hit(kb, "Intelligence agents arrested six men in Casablanca over recruitment for the extremists "
                  "in Syria.", "Intelligence agents", DATE)
    assert (ref.country, ref.sector) == ("MAR", "SPY")


def test_secret_agents_of_a_text_naming_one_state(kb) -> None:
    ref = hit(kb, "In Kenya, secret agents picked up two preachers overnight.", "secret agents", DATE)
    assert (ref.country, ref.sector) == ("KEN", "SPY")


def test_security_agents_with_two_scenes_past_a_clause_break_take_no_country(kb) -> None:
    found = hits(kb, "Security agents said, while police searched homes in Amman and in Beirut, that nothing "
                     "was found.", DATE)
    assert found.get("Security agents", (None, None, None))[1] is None


def test_a_demonym_still_decides_the_agents_state(kb) -> None:
    ref = hit(kb, "Iranian intelligence agents were arrested in Baku.", "Iranian intelligence agents", DATE)
    assert ref.country == "IRN"


def test_a_warlords_possessive_gives_his_commander_the_state(kb) -> None:
    ref = hit(kb, "Khalifa Haftar's navy commander Faraj al-Mahdawi said the port would be blockaded.",
              "navy commander Faraj al-Mahdawi", DATE)
    assert (ref.country, ref.sector) == ("LBY", "MIL")


def test_an_apposition_naming_a_kb_person_gives_the_state(kb) -> None:
    ref = hit(kb, "Idris Bukhari, commander of the brigades loyal to Khalifa Haftar, said his men took the "
                  "airport.", "Idris Bukhari", DATE)
    assert ref.country == "LBY" and ref.type == "person"


def test_an_apposition_naming_a_state_gives_the_state(kb) -> None:
    ref = hit(kb, "Omar Haddou, spokesman of the Moroccan delegation, said the talks were over.", "Omar Haddou",
              DATE)
    assert ref.country == "MAR"


def test_an_apposition_naming_two_states_gives_none(kb) -> None:
    found = hits(kb, "Omar Haddou, spokesman of the Moroccan and Algerian delegations, said the talks were over.",
                 DATE)
    assert found.get("Omar Haddou", (None, None, None))[1] is None


def test_an_apposition_without_an_office_makes_no_person(kb) -> None:
    found = hits(kb, "Omar Haddou, a town near the Algerian border, was shelled.", DATE)
    assert "Omar Haddou" not in found


def test_a_bare_president_of_a_text_naming_one_state(kb) -> None:
    ref = hit(kb, "President Adama Barrow asked donors on Monday to send Gambia rice, saying Gambian farms "
                  "were flooded.", "President Adama Barrow", DATE)
    assert (ref.country, ref.sector) == ("GMB", "GOV")


def test_a_bare_president_meeting_a_state_named_once_stays_unplaced(kb) -> None:
    ref = hit(kb, "President Adama Barrow met Senegalese officials on Monday.", "President Adama Barrow", DATE)
    assert ref.country is None


def test_a_bare_president_of_a_text_naming_two_states_stays_unplaced(kb) -> None:
    ref = hit(kb, "President Adama Barrow asked Senegal on Monday to send Gambia rice, saying Gambian "
                  "farms were flooded.",
              "President Adama Barrow", DATE)
    assert ref.country is None
