"""Who acts and who is acted on in wire phrasings: a party inside "a pair of" or "a fleet of",
"X and her Malian opposite number, Y" as two parties, partners inside "a joint Egyptian-Sudanese
patrol", the doer of an act a speaker labels "a breach", a noun's "against" past a long "by"
agent, captives "arrested for fishing", and an official's "'s" owning a noun of talks.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, known_countries, of_type

DAY = "2019-05-14"


@pytest.mark.parametrize("head", ["A pair of", "A fleet of", "A convoy of"])
def test_a_body_head_does_not_hide_the_party_inside_it(explainer: Explainer, head: str) -> None:
    text = (f"{head} Moroccan air force transport planes on Tuesday ferried tents and medicines to Niamey "
            "airport, the Nigerien interior ministry said.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert "MAR" in known_countries(aid.actors)


@pytest.mark.parametrize("title", ["opposite number,", "counterpart,", "opposite number"])
def test_a_possessive_counterpart_set_off_by_commas_acts_too(explainer: Explainer, title: str) -> None:
    name = "Ayman Safadi," if title.endswith(",") else "Ayman Safadi"
    text = f"Foreign Minister Sameh Shoukry and his Jordanian {title} {name} signed a water accord in Amman."
    (event,) = [e for e in code(explainer, text, DAY) if e.actors]
    assert known_countries(event.actors) == ["EGY", "JOR"]


def test_talks_between_a_minister_and_his_opposite_number_have_both(explainer: Explainer) -> None:
    text = ("Talks between Foreign Minister Sergei Lavrov and his Egyptian opposite number, Sameh Shoukry, "
            "on Tuesday focused on the Libyan truce, the ministry said.")
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert known_countries(talks.actors) == ["EGY", "RUS"]


def test_partners_inside_a_joint_patrol_do_it_together(explainer: Explainer) -> None:
    text = "A joint Egyptian-Sudanese patrol swept the desert border near Wadi Halfa on Tuesday, officials said."
    (patrol,) = of_type(explainer, text, "COOPERATE", DAY)
    assert known_countries(patrol.actors) == ["EGY", "SDN"]


def test_a_breach_a_speaker_calls_an_attack_accuses_its_doer(explainer: Explainer) -> None:
    text = ("Ethiopian artillery shells exploded in the market of Badme this morning, killing two traders, the "
            "Eritrean information ministry reported, calling the attack a flagrant breach of the truce.")
    accusations = of_type(explainer, text, "ACCUSE", DAY)
    assert accusations
    for accuse in accusations:
        assert "ERI" not in known_countries(accuse.recipients)
        assert "ETH" in known_countries(accuse.recipients)


def test_the_against_of_a_noun_is_sought_past_its_long_by_agent(explainer: Explainer) -> None:
    text = ("Athens dismissed Sunday's threats by Ankara's hardline defence minister Hulusi Akar against "
            "Greek islands in the Aegean.")
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert "GRC" in known_countries(threat.recipients)


def test_captives_arrested_for_fishing_do_not_arrest(explainer: Explainer) -> None:
    text = "The Senegalese fishermen, arrested for fishing in Mauritanian waters, returned to Dakar on Monday."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert known_countries(arrest.recipients) == ["SEN"] and not known_countries(arrest.actors)


def test_an_officials_talks_are_not_the_clause_subjects(explainer: Explainer) -> None:
    text = ("Finance Minister Ali Sherif al-Emadi will fly to Khartoum next week to follow up on the Emir's "
            "talks with Sudan's prime minister on Monday, the ministry said.")
    for talks in of_type(explainer, text, "CONSULT", DAY):
        assert "Emadi" not in " ".join(a.text for a in talks.actors)
