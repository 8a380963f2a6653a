"""Session 58 (sentences written for these tests), from cluster_test65: a government that drops
a rise in a price or fees it set yields (CONCEDE); captives "returned" by those who abducted them
are freed; a gift "made" as a present is aid; a source that "commented" or "mentioned" reports
the news, and a participle after its report is the speaker's, not the news's subject; guards
for two readings a first version of these changes broke: an agent noun after "by" is no noun a
participle describes, and "remarks" is a noun, no reporting verb."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, types

DAY = "1987-06-10"


def test_a_government_dropping_a_price_rise_yields(explainer: Explainer) -> None:
    text = "Ecuador's government on Tuesday abandoned a 20-sucre increase in the petrol price per gallon."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("CONCEDE", ["ECU"])


def test_dropping_a_ceasefire_is_no_concession(explainer: Explainer) -> None:
    assert "CONCEDE" not in types(code(explainer, "The rebels abandoned the ceasefire on Tuesday.", DAY))


def test_captives_returned_by_those_who_abducted_them_are_freed(explainer: Explainer) -> None:
    text = "Colombia's FARC guerrillas on Tuesday returned two engineers they kidnapped near Tame."
    event = next(e for e in code(explainer, text, DAY) if e.type == "RETREAT")
    assert (event.mode, countries(event.actors)) == ("release", ["COL"])


def test_a_gift_made_as_a_present_is_aid(explainer: Explainer) -> None:
    text = "Japan on Tuesday made Nepal a present of 40 tractors for hill farmers."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("AID", ["JPN"], ["NPL"])


def test_a_source_that_commented_reports_the_news(explainer: Explainer) -> None:
    text = "Guerrillas freed four oil workers near Saravena on Tuesday, an army spokesman commented by radio."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.modality) == ("RETREAT", "reported")


def test_praise_after_a_source_that_mentioned_is_the_speakers(explainer: Explainer) -> None:
    text = ("Switzerland on Tuesday sent 40 tonnes of food aid to Nepal, a Nepali official mentioned in "
            "Kathmandu, lauding Swiss kindness to remote villages.")
    praise = next(e for e in code(explainer, text, DAY) if e.type == "SUPPORT")
    assert (countries(praise.actors), countries(praise.recipients)) == (["NPL"], ["CHE"])


def test_troops_backed_by_an_agent_noun_still_advance_in_a_relative(explainer: Explainer) -> None:
    text = "Israeli troops backed by bulldozers advanced into two villages in southern Syria on Tuesday."
    assert "SUPPORT" not in types(code(explainer, text, DAY))


def test_remarks_as_a_noun_introduce_no_source(explainer: Explainer) -> None:
    text = ("Israel's defence minister warned that Beirut would not stay quiet while Metula came under fire, "
            "remarks Lebanese officials described as a threat against the capital.")
    assert not any(countries(e.actors) == ["LBN"] for e in code(explainer, text, DAY))
