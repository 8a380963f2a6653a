"""Clause structure and dates: a standing accusation in a pronoun-less relative clause on a
noun is no event; a "when" clause after a casualty lead dates it; a statement keeps its own
day (not the next sentence's, nor its charge's), and no event takes the day of a charge in the
next sentence; a year that modifies a noun yields to a
named day; "the threats" a speaker answers are no threat of his; a participle sharing a
perfect's auxiliary is coded with the perfect's subject; an interval clause's places are
no scene. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, of_type, types

DAY = "2022-03-10"  # a Thursday


@pytest.mark.parametrize("text", [
    "Prosecutors in Konya detained 40 teachers on Thursday over alleged links to the movement Ankara blames "
    "for the 2016 putsch.",
    "Police raided two bookshops on Thursday over suspected ties to the militia Baghdad accuses of the "
    "market bombing.",
])
def test_a_standing_charge_in_a_pronounless_relative_is_no_event(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "ACCUSE", DAY) == []


def test_a_standing_charge_alone_in_its_sentence_is_no_event(explainer: Explainer) -> None:
    text = "Lawmakers called it a purge of people with ties to the network Ankara blames for the 2016 putsch."
    assert of_type(explainer, text, "ACCUSE", DAY) == []


def test_an_accusation_made_in_the_main_clause_is_kept(explainer: Explainer) -> None:
    text = "Turkey on Thursday blamed the PKK for the bombing of a bus in Konya."
    assert [e.trigger.text for e in of_type(explainer, text, "ACCUSE", DAY)] == ["blamed"]


def test_a_when_clause_after_a_casualty_lead_dates_the_attack(explainer: Explainer) -> None:
    text = ("Five Nigerian soldiers were killed and three others wounded when jihadist fighters overran a base "
            "outside Damboa on March 8, a military source said Thursday.")
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert attack.date.start == "2022-03-08"


def test_a_statement_keeps_its_day_not_the_next_sentences(explainer: Explainer) -> None:
    text = ("Ten soldiers held by the rebels were handed over yesterday in Goma. The regional governor welcomed "
            "the handover and urged the M23 to free dozens more. The ceasefire, which took effect on Monday, "
            "has mostly held.")
    (request,) = of_type(explainer, text, "REQUEST", DAY)
    assert request.date.start == DAY


def test_an_accusations_charge_keeps_its_own_day(explainer: Explainer) -> None:
    text = ("The Libyan National Army accused rival brigades of breaching the truce by shelling army posts "
            "south of the airport on Tuesday night.")
    (accusation,) = of_type(explainer, text, "ACCUSE", DAY)
    assert accusation.date.start == DAY


def test_the_next_sentences_charge_gives_no_day(explainer: Explainer) -> None:
    text = ("The Houthis freed nine Saudi captives, their spokesman said today. He accused the coalition of "
            "violating the truce by bombing a market near Saada on Tuesday night.")
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert release.date.start == DAY


def test_a_year_that_modifies_a_noun_yields_to_a_named_day(explainer: Explainer) -> None:
    text = ("On March 2, Prime Minister Najib Mikati chaired a cabinet meeting in Beirut on the draft 2022 "
            "budget.")
    (meeting,) = of_type(explainer, text, "CONSULT", DAY)
    assert meeting.date.start == "2022-03-02"


def test_a_year_that_names_the_trigger_is_still_its_date(explainer: Explainer) -> None:
    text = "On Thursday a court in Izmir jailed two officers over the 2016 coup attempt."
    assert "2016" not in {e.date.start[:4] for e in of_type(explainer, text, "COERCE", DAY)}


@pytest.mark.parametrize("noun", ["the threats", "these threats"])
def test_a_speaker_answering_threats_makes_none(explainer: Explainer, noun: str) -> None:
    text = f'Hezbollah official Hassan Fadlallah said {noun} "will not frighten the resistance."'
    assert of_type(explainer, text, "THREATEN", DAY) == []


def test_a_participle_sharing_a_perfects_auxiliary_is_coded(explainer: Explainer) -> None:
    text = ("Kuwait has closed three money transfer firms suspected of funding Hezbollah and frozen their "
            "assets, the central bank said on Thursday.")
    (measure,) = of_type(explainer, text, "SANCTION", DAY)
    assert [a.country for a in measure.actors] == ["KWT"]
    assert measure.modality == "reported"  # "suspected" hedges the firms' funding, not the freeze


def test_a_participle_after_a_charge_is_no_part_of_it(explainer: Explainer) -> None:
    text = ("Qatar has shut down two exchange houses accused of financing the Houthis and frozen their "
            "funds, the central bank said on Thursday.")
    events = code(explainer, text, DAY)
    assert "ACCUSE" not in types(events)
    assert [(e.modality, [a.country for a in e.actors]) for e in events if e.type == "SANCTION"] \
        == [("reported", ["QAT"])]


def test_an_interval_clause_places_no_scene(explainer: Explainer) -> None:
    text = ("Oman has shut down three exchange houses suspected of funding Hezbollah, the central bank said on "
            "Thursday, nine days after the drone attacks on the Khurais and Abqaiq facilities on March 1.")
    (measure,) = of_type(explainer, text, "SANCTION", DAY)
    assert measure.location is None or measure.location.country != "SAU"
