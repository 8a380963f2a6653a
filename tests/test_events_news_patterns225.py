"""Words that name no event in news sentences: a bare word inside a list of nouns ("internet,
telephone and water services") or a plural right after a verb ("seizing phones") is a noun, a
danger guarded "against" ("on alert against possible incursions") did not happen, a summit "on
the sidelines of" which parties meet is the venue, a convoy stopped is what the stopping acts
on, and a place struck read abroad keeps no country the report names nowhere else. Sentences
written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type, types

DAY = "2021-06-09"


def test_a_word_in_a_list_of_services_is_no_call(explainer: Explainer) -> None:
    text = "Russian forces cut internet, telephone and water services across Kherson on Monday."
    assert "CONSULT" not in types(code(explainer, text, DAY))


def test_a_call_made_is_still_a_call(explainer: Explainer) -> None:
    (call,) = code(explainer, "The Turkish president telephoned his Greek counterpart on Monday.", DAY)
    assert call.type == "CONSULT" and countries(call.actors) == ["TUR", "GRC"]
    (call,) = code(explainer, "Erdogan phones Putin as grain talks stall.", DAY)
    assert call.type == "CONSULT"


def test_a_plural_after_a_verb_is_its_object_no_call(explainer: Explainer) -> None:
    text = "Customs officers searched the offices of an Iranian newspaper in Tehran, seizing phones and hard drives."
    assert "CONSULT" not in types(code(explainer, text, DAY))


def test_a_possible_incursion_guarded_against_is_no_attack(explainer: Explainer) -> None:
    text = "Manila put its coast guard on alert against possible Chinese incursions near the Scarborough Shoal."
    assert types(code(explainer, text, DAY)) == ["MOBILIZE"]


def test_a_summit_on_whose_sidelines_parties_meet_is_the_venue(explainer: Explainer) -> None:
    text = ("On the sidelines of the ASEAN summit in Jakarta, Japan's foreign minister held talks with his "
            "Philippine counterpart.")
    (talks,) = code(explainer, text, DAY)
    assert talks.type == "CONSULT" and "JPN" in countries(talks.actors)


def test_a_convoy_stopped_is_no_aid(explainer: Explainer) -> None:
    assert of_type(explainer, "Ethiopian soldiers stopped a Kenyan humanitarian convoy near Moyale on Monday.",
                   "AID", DAY) == []
    (aid,) = of_type(explainer, "Kenya sent a humanitarian convoy to Moyale on Monday.", "AID", DAY)
    assert countries(aid.actors) == ["KEN"]


def test_a_place_struck_read_abroad_keeps_no_foreign_country(explainer: Explainer) -> None:
    text = ("Houthi fighters shelled Mansoura on Monday. Residents of Aden and Lahj fled north, officials in Taiz "
            "said.")
    (shelling,) = of_type(explainer, text, "ASSAULT", DAY)
    assert "EGY" not in countries(shelling.recipients)


def test_a_place_struck_in_a_short_report_keeps_its_country(explainer: Explainer) -> None:
    (strike,) = of_type(explainer, "Israeli jets struck Baalbek on Monday.", "ASSAULT", DAY)
    assert countries(strike.recipients) == ["LBN"]
