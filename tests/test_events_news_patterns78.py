"""Event structure, issues #4/#5: an act told only to date the news by another event ("a day
after X struck", "came on the same day that X met Y") is no event even when the news itself
is none; a reduced relative on the object of a particle verb ("let go prisoners seized during
the war") is background; a pronoun in the reason a party gives for punishing others stands
for the punished, not the speaker; an act a verb of judging takes as its object, told by a
relative clause ("condemned the attack that killed ..."), is an event of its own; "X and their
Y peers" makes Y's side act too; "went into a meeting with Y" is the subject's meeting; a
negator heading a noun in a modifier of the subject ("holding diplomas but no work",
"refugees without documents") does not negate the act."""

from __future__ import annotations

from functools import partial

import pytest

import event_helpers

code = partial(event_helpers.code, date="2025-03-10")  # a Monday


def _of_type(explainer, text: str, type_: str) -> list:
    return [e for e in code(explainer, text) if e.type == type_]


def _countries(refs) -> list[str]:
    return sorted({r.country for r in refs if r.country})


@pytest.mark.parametrize("text, dating", [
    ("Three mortar rounds fell near the airport in Mogadishu this morning, two days after militants "
     "stormed a hotel in Kismayo.", "stormed"),
    ("The visit came on the same day that Turkey's president met the emir of Qatar in Doha.", "met"),
    ("The raid came hours before the Egyptian foreign minister met his Sudanese counterpart in Cairo.", "met"),
    ("The crackdown comes a week after gunmen ambushed a police patrol near Garissa.", "ambushed"),
])
def test_an_act_dating_the_news_is_no_event_even_alone(explainer, text, dating):
    assert [e.trigger.text for e in code(explainer, text) if e.trigger.text == dating] == []
    # a bare "as" tells what goes on with the news, no time anchor
    as_clause = "Protesters rallied in Tunis on Monday as police detained two opposition leaders."
    assert len(_of_type(explainer, as_clause, "COERCE")) == 1


@pytest.mark.parametrize("text", [
    "Hamas today let go three hostages seized in southern Israel during the war.",
    "The rebels let go twelve soldiers captured in Beni during the fighting, the army said on Monday.",
    "Egypt today let go 15 Libyan fishermen arrested off Marsa Matrouh during the winter.",
])
def test_a_participle_on_the_object_of_a_particle_verb_is_background(explainer, text):
    assert event_helpers.coded_types(explainer, text, "2025-03-10") == ["RETREAT"]


@pytest.mark.parametrize("text, punisher", [
    ("Japan froze the assets of four Iranian firms on Monday, saying they had supplied drone parts to Russia.",
     "JPN"),
    ("Britain sanctioned three Chinese companies on Monday, saying they had provided weapons to Russia.", "GBR"),
])
def test_a_pronoun_in_the_reason_for_a_sanction_is_the_sanctioned(explainer, text, punisher):
    assert len(_of_type(explainer, text, "SANCTION")) == 1
    for aid in _of_type(explainer, text, "AID"):
        assert punisher not in _countries(aid.actors)
    # in a plain report the pronoun is still the speaker
    (aid,) = _of_type(explainer, "Iran said on Monday it had supplied drones to Russia.", "AID")
    assert _countries(aid.actors) == ["IRN"]


@pytest.mark.parametrize("text, judge", [
    ("Kenya's president condemned the attack that killed twelve police officers in Garissa on Monday.", "KEN"),
    ("The Iraqi government denounced the bombing that hit a crowded market in Baghdad on Monday.", "IRQ"),
])
def test_an_act_a_judge_condemns_told_by_a_relative_clause_is_an_event(explainer, text, judge):
    (accusation,) = _of_type(explainer, text, "ACCUSE")
    assert _countries(accusation.actors) == [judge]
    assert len(_of_type(explainer, text, "ASSAULT")) == 1


@pytest.mark.parametrize("text, parties", [
    ("Omani naval units and their Indian counterparts began a joint exercise in the Arabian Sea on Monday.",
     ["IND", "OMN"]),
    ("Turkish commandos and their Azerbaijani peers started joint drills near Baku on Monday.", ["AZE", "TUR"]),
])
def test_their_foreign_peers_act_too(explainer, text, parties):
    (drill,) = _of_type(explainer, text, "COOPERATE")
    assert _countries(drill.actors + drill.recipients) == parties


def test_going_into_a_meeting_with_someone_is_the_subjects_meeting(explainer):
    text = "Qatar's emir went into a meeting with the Iranian president in Doha on Monday."
    (meeting,) = _of_type(explainer, text, "CONSULT")
    assert _countries(meeting.actors + meeting.recipients) == ["IRN", "QAT"]


@pytest.mark.parametrize("text, type_", [
    ("Dozens of refugees without documents marched to the border post in Ceuta on Monday.", "PROTEST"),
    ("Young Moroccans holding diplomas but no work rallied outside parliament in Rabat on Monday.", "PROTEST"),
])
def test_a_negator_in_a_modifier_of_the_subject_does_not_negate_the_act(explainer, text, type_):
    (event,) = _of_type(explainer, text, type_)
    assert event.modality == "asserted"
    # one opening a new clause's subject after a verb still negates its act
    control = "Rockets hit the base but no one was wounded, the army said on Monday."
    assert any(e.modality == "negated" for e in _of_type(explainer, control, "ASSAULT"))


def test_an_arrest_at_home_told_in_the_passive_is_the_reporting_agencys(explainer):
    text = ("Four men from the Mombasa area were arrested this morning on suspicion of smuggling arms, "
            "Kenya's interior ministry said.")
    (arrest,) = _of_type(explainer, text, "COERCE")
    assert _countries(arrest.actors) == ["KEN"]
    # abroad the arrest is another state's
    abroad = "Two Kenyans were arrested in Kampala on Monday, Kenya's foreign ministry said."
    assert all("KEN" not in _countries(e.actors) for e in _of_type(explainer, abroad, "COERCE"))


@pytest.mark.parametrize("text, granter", [
    ("Some 300 prisoners will go home under the pardon issued yesterday by King Mohammed VI, officials said.", "MAR"),
    ("Hundreds of inmates will walk free under the royal pardon made public yesterday by King Abdullah.", "JOR"),
])
def test_the_agent_of_a_participle_after_a_day_word_grants_the_pardon(explainer, text, granter):
    (pardon,) = _of_type(explainer, text, "CONCEDE")
    assert _countries(pardon.actors) == [granter]


@pytest.mark.parametrize("text", [
    "The European Union sanctioned Iran on Monday, saying he had helped supply drones to Russia.",
    "Canada sanctioned two Russian banks on Monday, saying she had moved funds for the army.",
])
def test_a_singular_pronoun_in_the_reason_for_a_sanction_does_not_stop_the_coding(explainer, text):
    # "he"/"she" can take up no punished party the way "they" does: the speaker stays the actor
    assert len(_of_type(explainer, text, "SANCTION")) == 1


@pytest.mark.parametrize("text, dating, news", [
    ("Hours after gunmen stormed a police station in Quetta, troops sealed off the city.", "stormed", "sealed off"),
    ("Days after rebels shelled a market in Goma, the army sent two battalions to the town.", "shelled", "sent"),
])
def test_an_interval_opening_the_sentence_dates_the_news(explainer, text, dating, news):
    triggers = [e.trigger.text for e in code(explainer, text)]
    assert news in triggers and dating not in triggers
