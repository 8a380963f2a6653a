"""Session 55 (sentences written for these tests), from probes C25 and C27: a pronoun after a
second verb takes up the first verb's object only past a verb (a court heading its clause is
no object); the comma that closes a fronted clause after a name parts it from the subject;
two states that inaugurate a railway or launch a customs union cooperate; debt relief agreed
is given (PLOVER's notes on AID); a state's vessels that keep a boat from its way restrict it,
activists' boats obstruct it."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type, types

DAY = "2019-06-14"


def test_a_court_heading_its_clause_is_no_object_a_pronoun_takes_up(explainer: Explainer) -> None:
    text = ("A court in Lisbon found the former chairman of a collapsed textile firm guilty of fraud on Friday "
            "and ordered him to pay 2 million euros in damages.")
    [event] = of_type(explainer, text, "SANCTION", DAY)
    assert countries(event.actors) == ["PRT"] and all(r.text != "court in Lisbon" for r in event.recipients)


def test_a_fronted_clause_closing_on_a_name_parts_it_from_the_subject(explainer: Explainer) -> None:
    text = ("Years after Estonia declared independence from Russia, Finland and Estonia connected their "
            "power grids on Monday.")
    [event] = code(explainer, text, DAY)
    assert (event.type, sorted(countries(event.actors))) == ("COOPERATE", ["EST", "FIN"])


def test_a_railway_two_states_inaugurate_is_cooperation(explainer: Explainer) -> None:
    text = "Kenya and Uganda inaugurated a cross-border railway on Wednesday."
    assert types(code(explainer, text, DAY)) == ["COOPERATE"]
    assert types(code(explainer, "Kenya's president inaugurated a new railway on Wednesday.", DAY)) == []


def test_a_customs_union_launched_is_cooperation(explainer: Explainer) -> None:
    text = "Honduras and Nicaragua launched a customs union on Tuesday."
    assert types(code(explainer, text, DAY)) == ["COOPERATE"]


def test_debt_relief_agreed_is_aid(explainer: Explainer) -> None:
    text = "The Paris Club of creditor nations agreed on Friday to write off 2 billion dollars of Zambia's debt."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.recipients)) == ("AID", ["ZMB"])
    # an agreement to do something else stays one
    assert types(code(explainer, "Iran agreed on Friday to release the tanker.", DAY)) == ["AGREE"]


def test_a_boat_kept_from_its_way_by_a_state_is_restricted(explainer: Explainer) -> None:
    text = "Turkish coast guard vessels blocked a Greek fishing boat from reaching Imia on Saturday."
    [event] = of_type(explainer, text, "COERCE", DAY)
    assert (event.mode, countries(event.actors)) == ("restrict", ["TUR"])
    text = "Greenpeace activists in inflatable boats blocked a coal ship from unloading at the port on Monday."
    assert types(code(explainer, text, DAY)) == ["PROTEST"]
