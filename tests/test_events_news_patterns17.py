"""Constructions found while reading the opened clustering set cluster_test17, tested here on
sentences written for these tests: raids that are an arrest's operation, a definite ship noun
standing for the ship named before it, reporting nouns after a preposition and an outlet's
", X understands,", ", allowing ..." as a main act's consequence, a past participle
modifying a coordinated object, and a second verb after "and" ending a governing verb's
content."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, of_type

DAY = "2024-04-04"  # a Thursday


def test_a_raid_that_hits_no_one_is_the_arrest_it_makes(explainer: Explainer) -> None:
    text = "Turkish police detained 14 suspected smugglers in raids on villages near Mardin on Tuesday."
    assert of_type(explainer, text, "ASSAULT", DAY) == []
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert arrest.mode == "arrest"
    stormed = "Masked gunmen stormed the offices of a charity in Sanaa and arrested four employees on Sunday."
    assert of_type(explainer, stormed, "ASSAULT", DAY) == []
    deadly = "Troops killed a teenager and detained six men in raids on the camp on Tuesday."
    assert of_type(explainer, deadly, "ASSAULT", DAY)  # a raid that kills stays an assault


def test_the_ship_is_the_one_ship_named(explainer: Explainer) -> None:
    text = ("A fire broke out on the Maltese-flagged tanker Amber Dawn on Monday after the vessel was struck "
            "by a drone off Hodeidah.")
    (strike,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [r.actor_id for r in strike.recipients] == ["prov:vessel_amber_dawn"]
    earlier = "The bulker Amber Dawn sailed from Jeddah on Sunday. The ship was struck by a drone off Hodeidah."
    (strike,) = of_type(explainer, earlier, "ASSAULT", DAY)
    assert [r.actor_id for r in strike.recipients] == ["prov:vessel_amber_dawn"]
    two = ("The bulker Amber Dawn and the tanker Coral Bay sailed from Jeddah on Sunday. "
           "The ship was struck by a drone off Hodeidah.")
    (strike,) = of_type(explainer, two, "ASSAULT", DAY)
    assert [r.actor_id for r in strike.recipients] == [None]  # which of the two is not said


def test_reports_after_a_preposition_have_no_speaker(explainer: Explainer) -> None:
    text = ("The Italian foreign minister held talks with the Dbeibah government in Tripoli on Monday, "
            "amid reports that Rome is also courting the eastern camp.")
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert talks.attribution is None or talks.attribution.speaker.text != "amid"


def test_an_outlet_that_understands_is_the_source(explainer: Explainer) -> None:
    text = ("The Italian foreign minister held talks with the Dbeibah government in Tripoli on Monday, "
            "the Tripoli Post understands, amid reports that Rome is also courting the eastern camp.")
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert talks.attribution is not None
    assert talks.attribution.speaker.text == "the Tripoli Post"
    assert talks.attribution.cue == "understands"


def test_allowing_after_a_main_act_is_its_consequence(explainer: Explainer) -> None:
    text = ("The United States removed three Iraqi banks from its sanctions list on Friday, "
            "allowing Iraqi lenders to trade in dollars again.")
    assert of_type(explainer, text, "CONCEDE", DAY) == []


def test_a_past_participle_before_a_coordinated_noun_is_no_event(explainer: Explainer) -> None:
    text = ("Khartoum alleged on Monday that Abu Dhabi had flown crates of weapons to the paramilitary forces "
            "through an airstrip in eastern Chad, citing flight-tracking data and captured rifles, and said it "
            "would go to the Security Council.")
    assert of_type(explainer, text, "ASSAULT", DAY) == []
    coordinated = "Militants shelled the town and captured villages nearby on Monday."
    assert [e.trigger.text for e in code(explainer, coordinated, DAY)] == ["shelled"]  # one assault, merged


def test_a_second_verb_after_and_is_its_own_act(explainer: Explainer) -> None:
    text = ("The Arab League condemned the detention of aid workers by the Houthis and demanded "
            "their immediate release on Monday.")
    (request,) = of_type(explainer, text, "REQUEST", DAY)
    assert [a.actor_id for a in request.actors] == [a.actor_id for a in of_type(explainer, text, "ACCUSE",
                                                                                  DAY)[0].actors]
    nested = "Iran warned that Israel had attacked the port and killed two sailors."
    assert of_type(explainer, nested, "ASSAULT", DAY) == []
