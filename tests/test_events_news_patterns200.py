"""Speakers, pronouns and said threats: "X told Y it will ..." is X's act, a pronoun subject of a
reciprocal verb stands for the speaker, "police in <town> said" is a speaker, a coercion a state
says "could" befall others is its threat, and a retreat the reporter foretells stays a retreat.
Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, known_countries, of_type, types


def test_a_pronoun_after_whom_a_speaker_told_is_the_speaker(explainer: Explainer) -> None:
    text = "Chile told Peru on Wednesday it will sign a fishing accord with Ecuador."
    deals = of_type(explainer, text, "AGREE")
    assert deals and known_countries(deals[0].actors) == ["CHL"]


def test_the_subject_before_a_pronoun_still_acts_when_no_one_was_told(explainer: Explainer) -> None:
    text = "Nepal indicated on Monday it could make concessions to the Maoist rebels."
    concessions = [e for e in code(explainer, text) if e.type in ("CONCEDE", "AGREE")]
    assert concessions and known_countries(concessions[0].actors) == ["NPL"]


def test_a_pronoun_subject_of_a_reciprocal_verb_is_the_speaker(explainer: Explainer) -> None:
    text = "Armenia said it would meet Azerbaijani officials in Vienna."
    (meeting,) = [e for e in code(explainer, text) if e.type in ("AGREE", "CONSULT")]
    assert known_countries(meeting.actors) == ["ARM"]
    assert known_countries(meeting.recipients) == ["AZE"]


def test_police_in_a_town_said_is_a_speaker(explainer: Explainer) -> None:
    text = "Police in Karachi said on Sunday they would confine residents to their homes if riots spread."
    (threat,) = of_type(explainer, text, "THREATEN")
    assert known_countries(threat.actors) == ["PAK"]
    assert threat.attribution is not None and threat.attribution.speaker.text == "Police"


def test_a_coercion_a_minister_says_could_befall_a_party_is_his_threat(explainer: Explainer) -> None:
    text = "Algeria's interior minister said on Tuesday the Islamic Salvation Front could be banned."
    (threat,) = of_type(explainer, text, "THREATEN")
    assert known_countries(threat.actors) == ["DZA"]


def test_a_coercion_an_outsider_says_could_happen_stays_possible(explainer: Explainer) -> None:
    text = "A university analyst said the Islamic Salvation Front could be banned."
    assert "THREATEN" not in types(code(explainer, text))


def test_a_retreat_the_reporter_foretells_stays_a_retreat(explainer: Explainer) -> None:
    text = "Bolivia's finance minister, under fire over a fraud inquiry, will resign."
    assert types(code(explainer, text)) == ["RETREAT"]


def test_a_retreat_its_own_side_announces_is_a_concession(explainer: Explainer) -> None:
    text = "Bolivia's finance minister said he will resign."
    assert types(code(explainer, text)) == ["CONCEDE"]


def test_a_procedure_no_party_suffers_is_no_threat(explainer: Explainer) -> None:
    text = ("The emir pardoned 300 prisoners on Sunday, the interior ministry said, adding that foreigners "
            "among them would be deported.")
    assert "THREATEN" not in types(code(explainer, text))


def test_a_pronoun_subject_of_a_passive_after_whom_a_speaker_told_suffers(explainer: Explainer) -> None:
    text = "Puntland officials told Al Jazeera they had not been consulted on the port deal."
    (talks,) = of_type(explainer, text, "CONSULT")
    assert not talks.actors and [r.text for r in talks.recipients] == ["Puntland officials"]


def test_a_pronoun_subject_of_a_passive_names_no_doer(explainer: Explainer) -> None:
    text = "The Polisario Front said it had been attacked near Tifariti."
    (attack,) = of_type(explainer, text, "ASSAULT")
    assert not attack.actors
