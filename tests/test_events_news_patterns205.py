"""Who speaks and whether it happened: anonymous speakers known by a description ("a source
close to the talks"), a party's own people speaking for it ("the miners' leaders said"), a
stand "signalled" as one said, and the purpose of a journey still to come ("before flying on
to Baghdad for meetings"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, of_type

DAY = "1998-03-12"

#: Sentences whose one ASSAULT is told by a speaker only a description names.
DESCRIBED_SPEAKERS = [
    "Turkish jets bombed Kurdish camps near Zakho on Sunday, a source close to the negotiations said.",
    "Turkish jets bombed Kurdish camps near Zakho on Sunday, a diplomat familiar with the talks told Reuters.",
    "Turkish jets bombed Kurdish camps near Zakho on Sunday, an official involved in the mediation said.",
    "A European diplomat briefed on the matter said Turkish jets bombed Kurdish camps near Zakho on Sunday.",
]


@pytest.mark.parametrize("text", DESCRIBED_SPEAKERS)
def test_a_described_speaker_reports_the_act(explainer: Explainer, text: str) -> None:
    (strike,) = of_type(explainer, text, "ASSAULT", DAY)
    assert strike.modality == "reported"
    assert strike.attribution is not None
    assert {"source", "diplomat", "official"} & set(strike.attribution.speaker.text.lower().split())
    assert [a.country for a in strike.actors] == ["TUR"]


def test_a_speaker_of_a_named_place_has_its_country(explainer: Explainer) -> None:
    text = "The police department of Isfahan province announced on Monday the arrest of four smugglers."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert [a.country for a in arrest.actors] == ["IRN"]
    assert arrest.attribution is not None and arrest.attribution.speaker.country == "IRN"


def test_a_speaker_in_no_named_place_has_no_country(explainer: Explainer) -> None:
    text = "Gunmen shot dead a judge in Basra on Monday, the security services in the capital said."
    (shooting,) = of_type(explainer, text, "ASSAULT", DAY)
    assert shooting.attribution is not None and shooting.attribution.speaker.country is None
    assert shooting.modality == "reported"


def test_none_who_claimed_is_no_speaker(explainer: Explainer) -> None:
    text = ("A car bomb struck a checkpoint in Kirkuk on Monday, the latest of several such blasts, "
            "none of them ever claimed.")
    (blast,) = of_type(explainer, text, "ASSAULT", DAY)
    assert blast.modality != "alleged"


def test_an_act_with_no_speaker_stays_asserted(explainer: Explainer) -> None:
    # the control: the description's words in the act's own clause make no speaker
    text = "Turkish jets bombed Kurdish camps close to the border near Zakho on Sunday."
    (strike,) = of_type(explainer, text, "ASSAULT", DAY)
    assert strike.modality == "asserted"


def test_a_partys_own_people_speak_for_it(explainer: Explainer) -> None:
    text = "Bolivian coca growers' leaders on Monday said they were ready to lift their blockade of the highway."
    (offer,) = of_type(explainer, text, "AGREE", DAY)
    assert [a.country for a in offer.actors] == ["BOL"]
    assert offer.modality == "asserted"


@pytest.mark.parametrize("verb", ["signalled", "signaled"])
def test_a_stand_signalled_that_is_its_partys_own(explainer: Explainer, verb: str) -> None:
    text = f"Ankara {verb} on Tuesday that it was ready to reopen its border crossings to Armenian traders."
    (offer,) = of_type(explainer, text, "AGREE", DAY)
    assert [a.country for a in offer.actors] == ["TUR"]
    assert offer.modality == "asserted"


def test_a_step_signalled_with_would_is_announced(explainer: Explainer) -> None:
    text = "Amid weeks of strikes, Indonesian President Suharto on Friday signalled he would step down next year."
    events = code(explainer, text, DAY)
    assert events and all(e.modality == "asserted" for e in events)
    assert not any(e.modality == "hypothetical" for e in events)


def test_a_readiness_signalled_as_a_noun_stays_an_offer(explainer: Explainer) -> None:
    text = "Eritrea on Monday signalled its readiness to exchange prisoners with Ethiopia."
    (offer,) = of_type(explainer, text, "AGREE", DAY)
    assert [a.country for a in offer.actors] == ["ERI"]


@pytest.mark.parametrize("purpose", ["for talks with Lebanese officials", "to meet Lebanese officials"])
def test_the_purpose_of_an_onward_journey_is_intended(explainer: Explainer, purpose: str) -> None:
    text = f"The Egyptian foreign minister visited Amman on Monday before flying on to Beirut {purpose}."
    meetings = of_type(explainer, text, "CONSULT", DAY)
    later = [e for e in meetings if e.trigger.text in {"talks", "meet"}]
    assert [e.modality for e in later] == ["intended"]
    first = [e for e in meetings if e.trigger.text == "visited"]
    assert [e.modality for e in first] == ["asserted"]


def test_an_act_before_the_journey_stays_done(explainer: Explainer) -> None:
    # the control: the meeting is told first, the journey after it holds no purpose
    text = "The Egyptian foreign minister held talks with Lebanese officials in Beirut before flying home on Monday."
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert talks.modality == "asserted"
