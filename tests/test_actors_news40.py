"""Actors and roles: a capitalised "Said" inside a name; a misspelt surname needs a title
held on the date; "X and his <demonym> counterpart Y" gives both; "the chief diplomats of A
and B" gives B the head's sector; "both governments" counts a state given by an adjective; a
coordinated object does not push the recipient out of reach; lecturers and professors
protest as the place's civilians. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2025-05-14"


def test_a_capitalised_said_inside_a_name_is_part_of_it(explainer: Explainer) -> None:
    (reject,) = of_type(explainer, "Galmudug Governor Said Omar Farah rejected the federal budget on Monday.",
                        "REJECT", DAY)
    assert [a.sector for a in reject.actors] == ["GOV"]
    assert "said_omar_farah" in (reject.actors[0].actor_id or "")


def test_said_after_a_name_is_still_the_verb(explainer: Explainer) -> None:
    mentions = explainer.analyse("Governor Hassan Warsame Said Monday that talks would resume.", DAY).mentions
    assert [m.text for m in mentions if m.actor is not None] == ["Governor Hassan Warsame"]


@pytest.mark.parametrize("text", [
    "President Dengu rejected the electoral law on Monday.",
    "President Jiangi rejected the electoral law on Monday.",
])
def test_a_misspelt_surname_needs_a_role_held_on_the_date(explainer: Explainer, text: str) -> None:
    (reject,) = of_type(explainer, text, "REJECT", DAY)
    assert reject.actors[0].country is None
    assert not (reject.actors[0].reason or "").startswith("fuzzy")


@pytest.mark.parametrize("text, expected", [
    ("Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov met in Geneva on Friday.",
     ["ARM", "AZE"]),
    ("President Abdel Fattah al-Sisi and his Turkish counterpart Recep Tayyip Erdogan met in Cairo on Friday.",
     ["EGY", "TUR"]),
])
def test_a_counterpart_joined_by_and_meets_too(explainer: Explainer, text: str, expected: list[str]) -> None:
    (meeting,) = of_type(explainer, text, "CONSULT", DAY)
    assert countries(meeting.actors) == expected


@pytest.mark.parametrize("text, expected", [
    ("The chief diplomats of Armenia and Azerbaijan met in Geneva on Friday.", ["ARM", "AZE"]),
    ("The leaders of Chad, Niger and Mali met in Niamey on Friday.", ["TCD", "NER", "MLI"]),
])
def test_states_joined_to_the_owner_after_of_share_the_head(explainer: Explainer, text: str,
                                                             expected: list[str]) -> None:
    (meeting,) = of_type(explainer, text, "CONSULT", DAY)
    assert countries(meeting.actors) == expected
    assert {a.sector for a in meeting.actors} == {"GOV"}


def test_a_possessive_after_the_conjunct_starts_its_own_party(explainer: Explainer) -> None:
    mentions = explainer.analyse("The foreign ministers of Egypt and Jordan's King Abdullah met on Friday.",
                                 DAY).mentions
    jordan = [m.actor for m in mentions if m.actor is not None and m.actor.country == "JOR"]
    assert [a.type for a in jordan] == ["person"]


@pytest.mark.parametrize("text, expected", [
    ("Landlocked Mali won access to a Senegalese port on Sunday, when both governments signed a transit deal.",
     ["MLI", "SEN"]),
    ("Niger opened a Beninese rail link on Monday after the two governments signed a freight accord.",
     ["NER", "BEN"]),
])
def test_both_governments_counts_a_state_given_by_its_adjective(explainer: Explainer, text: str,
                                                                expected: list[str]) -> None:
    (deal,) = of_type(explainer, text, "SUPPORT", DAY)
    assert countries(deal.actors) == expected
    assert [a.actor_id for a in deal.actors] == expected


@pytest.mark.parametrize("text, recipient", [
    ("Qatar handed 30 ambulances and a pair of field hospitals to the Lebanese Red Cross in Tyre today.", "LBN"),
    ("Kuwait delivered 40 tonnes of flour and a convoy of fuel tankers to the Palestinian Red Crescent today.",
     "PSE"),
])
def test_a_coordinated_object_keeps_the_recipient_in_reach(explainer: Explainer, text: str,
                                                           recipient: str) -> None:
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert countries(aid.recipients) == [recipient]


@pytest.mark.parametrize("text, country", [
    ("Contract lecturers halted classes and rallied outside the university in Tunis today.", "TUN"),
    ("Hundreds of professors marched in Rabat on Monday.", "MAR"),
    ("Academics rallied in Algiers on Monday.", "DZA"),
])
def test_university_staff_protest_as_civilians_of_the_place(explainer: Explainer, text: str, country: str) -> None:
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert countries(protest.actors) == [country]
