"""Event structure found by two probes of wire sentences (issues #4/#5), tested here on
sentences written for these tests: the subject of "deny" or "refrain from" doing the act of
its gerund complement, a sentence-opening "He" continuing the previous sentence's acting
person, a relative pronoun that is never a speaker, forecasts ("analysts expect X to"),
threats without a threat verb ("would be met with a response"), meetings that came to
nothing ("talks collapsed"), a host welcoming a visitor and a call to discuss."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type

DAY = "2024-06-12"  # a Wednesday


def test_the_subject_of_a_denial_does_the_denied_gerund_act(explainer: Explainer) -> None:
    (strike,) = of_type(explainer, "Jordan denied carrying out the air strike on the convoy.", "ASSAULT", DAY)
    assert countries(strike.actors) == ["JOR"]
    assert strike.modality == "negated"
    assert not of_type(explainer, "Jordan denied reports of an air strike on the convoy.", "ASSAULT", DAY)


def test_the_subject_of_refrain_from_does_the_act_held_back(explainer: Explainer) -> None:
    (raids,) = of_type(explainer, "Iraq refrained from launching air strikes on Turkey.", "ASSAULT", DAY)
    assert countries(raids.actors) == ["IRQ"]
    assert countries(raids.recipients) == ["TUR"]


def test_he_opening_a_sentence_is_the_previous_sentences_acting_person(explainer: Explainer) -> None:
    events = code(explainer, "Egypt's foreign minister spoke to Antony Blinken on Monday. He said Cairo "
                  "would reject any displacement of Gazans.", DAY)
    (refusal,) = [e for e in events if e.type == "REJECT"]
    assert refusal.attribution is not None and refusal.attribution.speaker.country == "EGY"


def test_which_is_never_a_party_the_party_before_it_speaks(explainer: Explainer) -> None:
    (fire,) = of_type(explainer, "Hezbollah, which said it fired rockets at an Israeli base, warned of more "
                      "attacks.", "ASSAULT", DAY)
    assert countries(fire.actors) == ["LBN"]
    assert fire.attribution is not None and fire.attribution.speaker.text == "Hezbollah"


def test_a_forecast_of_an_act_is_not_an_act(explainer: Explainer) -> None:
    (retaliation,) = of_type(explainer, "Analysts expect Iran to retaliate against Israel.", "ASSAULT", DAY)
    assert retaliation.modality == "possible"


def test_a_response_that_any_attack_would_meet_is_the_speakers_threat(explainer: Explainer) -> None:
    (threat,) = of_type(explainer, "Iran's army chief said any attack on the country would be met with a "
                        "crushing response.", "THREATEN", DAY)
    assert countries(threat.actors) == ["IRN"]
    assert threat.modality == "asserted"
    assert not of_type(explainer, "The march was met with a harsh response from Egyptian police.", "THREATEN", DAY)


def test_talks_that_collapsed_are_no_consultation_that_happened(explainer: Explainer) -> None:
    (talks,) = of_type(explainer, "Talks between Egypt and Ethiopia over the dam collapsed on Monday.",
                       "CONSULT", DAY)
    assert talks.modality == "negated"


def test_welcoming_an_official_to_the_palace_is_a_visit(explainer: Explainer) -> None:
    (visit,) = of_type(explainer, "King Abdullah welcomed the Iraqi prime minister to the palace in Amman.",
                       "CONSULT", DAY)
    assert visit.mode == "visit"
    assert countries(visit.actors) == ["IRQ"]  # the visitor acts
    assert not of_type(explainer, "King Abdullah welcomed the Iraqi prime minister to the palace in Amman.",
                       "SUPPORT", DAY)


def test_calling_a_leader_to_discuss_is_a_phone_call(explainer: Explainer) -> None:
    (call,) = of_type(explainer, "Qatar's emir called the Egyptian president on Monday to discuss the truce.",
                      "CONSULT", DAY)
    assert call.mode == "phone"
    assert countries(call.actors) == ["QAT", "EGY"] and not call.recipients
