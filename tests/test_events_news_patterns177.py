"""Structure of news sentences: an accord's participle with its own day and parties, a demand
held to, a request from another party, a threat struck with the speaker's own arms, a march's
far-off demand. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, known_countries, of_type


def test_an_accord_participle_with_its_own_day_and_parties_is_the_signing(explainer: Explainer) -> None:
    text = "The pact sealed on Monday between Kenya and Uganda reopens the border crossing at Busia to lorries."
    (signing,) = of_type(explainer, text, "SUPPORT")
    assert known_countries(signing.actors) == ["KEN", "UGA"]
    assert signing.date.value == "2024-04-01"


def test_an_accord_participle_without_a_day_of_its_own_stays_a_description(explainer: Explainer) -> None:
    text = "The pact sealed between Kenya and Uganda reopens the border crossing at Busia to lorries."
    assert not of_type(explainer, text, "SUPPORT")


def test_a_demand_held_to_is_no_demand_of_the_day(explainer: Explainer) -> None:
    text = "The Kenyan doctors' union on Tuesday stood by its demand for a 30 percent pay rise, keeping clinics shut."
    assert not of_type(explainer, text, "REQUEST")


def test_a_demand_repeated_is_still_made(explainer: Explainer) -> None:
    text = "The doctors' union on Tuesday repeated its demand for a 30 percent pay rise from the Kenyan government."
    assert of_type(explainer, text, "REQUEST")


def test_a_request_from_a_party_is_that_partys(explainer: Explainer) -> None:
    text = "Ghana's foreign minister today answered an appeal from Nigeria to hand over the two traders."
    (appeal,) = of_type(explainer, text, "REQUEST")
    assert known_countries(appeal.actors) == ["NGA"]
    assert not appeal.recipients


def test_a_request_from_a_ministry_is_not_the_answering_subjects(explainer: Explainer) -> None:
    text = "Ghana's foreign minister today studied a request from the federal finance ministry to hand over the traders."
    requests = of_type(explainer, text, "REQUEST")
    assert not any("foreign minister" in a.text for e in requests for a in e.actors)


def test_a_threat_struck_by_the_speakers_own_arms_targets_the_subject(explainer: Explainer) -> None:
    text = ("A Houthi commander said today Saudi frigates in the Red Sea would be hit by Houthi missiles at the "
            "first act of aggression.")
    (threat,) = of_type(explainer, text, "THREATEN")
    assert known_countries(threat.actors) == ["YEM"]
    assert known_countries(threat.recipients) == ["SAU"]


def test_a_threat_against_any_aggression_targets_its_doer(explainer: Explainer) -> None:
    text = "A Houthi commander said today any aggression by Saudi warships would draw a crushing response."
    (threat,) = of_type(explainer, text, "THREATEN")
    assert known_countries(threat.recipients) == ["SAU"]


def test_a_marchers_demand_beside_their_gestures_is_the_protests_aim(explainer: Explainer) -> None:
    text = ("Hundreds of teachers marched from the parliament past the railway station and the central bank into "
            "the medina of Rabat on Tuesday, the teachers blowing whistles and demanding the resignation of Prime "
            "Minister Aziz Akhannouch.")
    events = code(explainer, text)
    assert [e.type for e in events] == ["PROTEST"]
    assert events[0].recipients


def test_a_separate_demand_after_a_march_stays_a_request(explainer: Explainer) -> None:
    text = ("Hundreds of teachers marched from the parliament past the railway station and the central bank into "
            "the medina of Rabat on Tuesday, while the union separately demanded the resignation of Prime "
            "Minister Aziz Akhannouch.")
    assert of_type(explainer, text, "REQUEST")
