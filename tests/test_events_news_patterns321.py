"""Session 56 (sentences written for these tests), from probe C28: talks "proposed by" a party
are not that party's, and refusing them rejects the proposer (mode meet); a call named after
"in a" right after the governing verb is a call that took place, between the subject and the
one told; forces or rebels that "advance to within" or "towards" a place move (MOBILIZE); people
detained at a protest took part in it; a prison sentence is also an arrest (the PLOVER manual)."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type, types

DAY = "2013-03-25"


def test_talks_proposed_by_a_body_are_not_its_own(explainer: Explainer) -> None:
    text = "Kigali would not attend peace talks proposed by the African Union, the minister said."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.actors)) == ("REJECT", "meet", ["RWA"])
    assert [r.text for r in event.recipients] == ["African Union"]


def test_talks_a_state_attends_after_another_proposed_them_are_the_attendees(explainer: Explainer) -> None:
    [event] = code(explainer, "Rwanda attended border talks proposed by Tanzania on Monday.", DAY)
    assert (event.type, countries(event.actors)) == ("CONSULT", ["RWA"])


def test_a_call_in_which_two_leaders_agreed_took_place(explainer: Explainer) -> None:
    text = "Peru's president and his Bolivian counterpart agreed in a telephone call on Monday to reopen the border."
    [call] = of_type(explainer, text, "CONSULT", DAY)
    assert (call.mode, sorted(countries(call.actors))) == ("phone", ["BOL", "PER"])
    assert of_type(explainer, text, "AGREE", DAY)


def test_the_one_told_in_a_call_is_the_other_party(explainer: Explainer) -> None:
    text = "Putin told Erdogan in a phone call on Monday that the grain deal would not be renewed."
    [call] = of_type(explainer, text, "CONSULT", DAY)
    assert (countries(call.actors), countries(call.recipients)) == (["RUS"], ["TUR"])


def test_rebels_advancing_on_a_capital_move(explainer: Explainer) -> None:
    [event] = code(explainer, "M23 rebels advanced to within 20 kilometres of Goma on Sunday.", DAY)
    assert (event.type, event.mode) == ("MOBILIZE", "militia")
    [event] = code(explainer, "Government troops advanced towards the rebel stronghold of Jaffna on Tuesday.", DAY)
    assert (event.type, event.mode) == ("MOBILIZE", "troops")
    assert code(explainer, "The negotiations advanced towards a deal on Tuesday.", DAY) == []


def test_people_detained_at_a_protest_took_part_in_it(explainer: Explainer) -> None:
    text = "Riot police detained more than 1,200 people at an unauthorised rally in Minsk on Sunday."
    assert sorted(types(code(explainer, text, DAY))) == ["COERCE", "PROTEST"]
    [protest] = of_type(explainer, text, "PROTEST", DAY)
    assert [r.text for r in protest.actors] == ["people"]


def test_a_prison_sentence_is_also_an_arrest(explainer: Explainer) -> None:
    text = ("A court in Lima convicted the former intelligence chief of murder on Tuesday and sentenced him "
            "to 25 years in prison.")
    events = code(explainer, text, DAY)
    assert sorted(types(events)) == ["COERCE", "SANCTION"]
    [arrest] = of_type(explainer, text, "COERCE", DAY)
    assert (arrest.mode, countries(arrest.actors)) == ("arrest", ["PER"])
    [conviction] = of_type(explainer, text, "SANCTION", DAY)
    assert [r.text for r in arrest.recipients] == [r.text for r in conviction.recipients]


def test_a_death_sentence_or_one_in_absentia_holds_no_one(explainer: Explainer) -> None:
    assert types(code(explainer, "A court in Cairo sentenced the preacher to death on Tuesday.", DAY)) == ["SANCTION"]
    text = "A court in Ankara sentenced the journalist in absentia to 20 years in prison on Tuesday."
    assert types(code(explainer, text, DAY)) == ["SANCTION"]
