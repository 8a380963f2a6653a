"""Constructions found while reading the errors of tests/fixtures/cluster_test12 (2026-11-21),
tested here on sentences written for these tests: a plural noun after a preposition and a
noun, a passive whose subject names no party, nouns for a national, claims of an attack,
meetings "between", military columns moving and sent, forces dispatched in an army's own
report, airdrops, clauses opened by ", as", tolls that belong to the attack before them,
nationalities denied ("non-Syrian"), ministries of the dateline's state, speakers in
apposition, taking part in a rally, clemency, embassies reopened and mediated talks."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code as events, countries, of_type

DAY = "2025-05-07"  # a Wednesday


def test_a_plural_after_a_preposition_and_a_noun_is_no_verb(explainer: Explainer) -> None:
    text = "A Briton held in Iran on spying charges was freed on Tuesday."
    assert [e.type for e in events(explainer, text, DAY)] == ["RETREAT"]


def test_a_passive_subject_that_names_no_party_is_read_by_its_head_word(explainer: Explainer) -> None:
    (release,) = of_type(explainer, "A Dutch national who had spent two years in detention was released "
                         "on Tuesday.", "RETREAT", DAY)
    assert countries(release.recipients) == ["NLD"]
    (freed,) = of_type(explainer, "Two Frenchmen were freed on Tuesday.", "RETREAT", DAY)
    assert countries(freed.recipients) == ["FRA"]


def test_claiming_the_attack_makes_the_claimant_its_actor(explainer: Explainer) -> None:
    (attack,) = of_type(explainer, "Hamas claimed the rocket attack on Sderot.", "ASSAULT", DAY)
    assert countries(attack.actors) == ["PSE"]


def test_the_parties_of_a_meeting_between_them_act(explainer: Explainer) -> None:
    text = "A meeting between the Iraqi prime minister and the Turkish president was held in Ankara on Tuesday."
    (meeting,) = of_type(explainer, text, "CONSULT", DAY)
    assert sorted(countries(meeting.actors)) == ["IRQ", "TUR"]


def test_military_columns_moved_or_sent_are_a_mobilisation(explainer: Explainer) -> None:
    (move,) = of_type(explainer, "Military convoys of the Libyan National Army moved on Tuesday from Sebha "
                      "towards Murzuq.", "MOBILIZE", DAY)
    assert countries(move.actors) == ["LBY"]
    (sent,) = of_type(explainer, "The Sudanese army sent dozens of armoured vehicles into North Kordofan "
                      "on Tuesday.", "MOBILIZE", DAY)
    assert countries(sent.actors) == ["SDN"]


def test_forces_dispatched_in_an_armys_own_report_are_its_own(explainer: Explainer) -> None:
    text = "The Iraqi army said on Wednesday that military units had been dispatched on Tuesday to the border."
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert countries(move.actors) == ["IRQ"]
    text = "Residents said on Wednesday that military units had been dispatched on Tuesday to the border."
    assert of_type(explainer, text, "MOBILIZE", DAY) == []


def test_airdrops_of_food_are_aid(explainer: Explainer) -> None:
    (drop,) = of_type(explainer, "Egyptian planes dropped 20 tonnes of food over southern Gaza on Tuesday.",
                      "AID", DAY)
    assert countries(drop.actors) == ["EGY"]
    (airdrop,) = of_type(explainer, "Crowds ran along the beach, as Emirati aircraft carried out another "
                         "airdrop on Tuesday.", "AID", DAY)
    assert countries(airdrop.actors) == ["ARE"]


def test_a_toll_with_no_party_after_an_attack_is_that_attacks(explainer: Explainer) -> None:
    text = "Israeli jets struck a depot near Homs on Tuesday. Three soldiers were wounded."
    (strike,) = of_type(explainer, text, "ASSAULT", DAY)
    assert countries(strike.actors) == ["ISR"] and strike.size is not None
    text = "Israeli jets struck a depot near Homs on Tuesday. Three soldiers were killed in a separate attack."
    assert len(of_type(explainer, text, "ASSAULT", DAY)) == 2


def test_a_denied_nationality_names_no_countrys_people(explainer: Explainer) -> None:
    (attack,) = of_type(explainer, "Israeli missiles killed three non-Syrian fighters on Tuesday.", "ASSAULT", DAY)
    assert "SYR" not in countries(attack.recipients)


def test_a_ministry_with_no_country_is_the_datelines_states(explainer: Explainer) -> None:
    text = ("BAGHDAD, May 6 (INA) - The Ministry of Oil announced on Tuesday the signing of a contract with "
            "the Turkish side.")
    (signing,) = of_type(explainer, text, "SUPPORT", DAY)
    assert countries(signing.actors) == ["IRQ"]


def test_a_speaker_in_apposition_announces_what_he_does(explainer: Explainer) -> None:
    text = ("The head of the Sovereignty Council, Gen. Abdel Fattah al-Burhan, announced on Tuesday the "
            "rejection of the proposal.")
    (rejection,) = of_type(explainer, text, "REJECT", DAY)
    assert countries(rejection.actors) == ["SDN"]


def test_taking_part_in_a_rally_makes_the_crowd_protest(explainer: Explainer) -> None:
    (rally,) = of_type(explainer, "Millions of Yemenis took part in a rally in Sanaa on Tuesday.", "PROTEST", DAY)
    assert countries(rally.actors) == ["YEM"]


def test_clemency_and_reopened_embassies(explainer: Explainer) -> None:
    (clemency,) = of_type(explainer, "Iran's supreme leader has granted clemency to 900 prisoners.", "CONCEDE", DAY)
    assert countries(clemency.actors) == ["IRN"]
    (reopening,) = of_type(explainer, "Saudi Arabia reopened its embassy in Damascus on Tuesday.", "SUPPORT", DAY)
    assert countries(reopening.actors) == ["SAU"]


def test_a_mediator_is_a_party_to_the_talks_it_mediates(explainer: Explainer) -> None:
    text = ("Talks between Iranian and American envoys began in Muscat on Tuesday under Omani mediation, "
            "focusing on sanctions relief.")
    coded = events(explainer, text, DAY)
    assert [e.type for e in coded] == ["CONSULT"]
    assert sorted(countries(coded[0].actors)) == ["IRN", "OMN", "USA"]
