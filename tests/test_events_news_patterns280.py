"""Session 48 (sentences written for these tests): police of an act with no place of its own
are of the one country its sentence is set in; a parish priest is of the state where he is
taken, and a counted party after "and" joins the object; a church's bishops are their
state's; "the military government" is the one state's in context, as "the government" is."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2041-06-14"


def test_police_of_a_placeless_clause_take_the_sentence_scene(explainer: Explainer) -> None:
    text = ("Thousands of students marched through central Asuncion on Friday, as riot police fired tear gas "
            "at crowds near the university.")
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert countries(attack.actors) == ["PRY"] and countries(attack.recipients) == ["PRY"]


def test_a_parish_priest_is_of_where_he_was_taken(explainer: Explainer) -> None:
    text = "Gunmen abducted a priest and three seminarians from a mission outside Enugu on Sunday."
    (abduction,) = of_type(explainer, text, "ASSAULT", DAY)
    assert sorted(countries(abduction.recipients)) == ["NGA", "NGA"]
    # a count after "and" opens the second party of the object, no break in it
    text = "Gunmen abducted two priests and 3 seminarians from a mission outside Enugu on Sunday."
    (abduction,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [r.text for r in abduction.recipients] == ["priests", "seminarians"]


def test_a_church_s_bishops_and_a_military_government(explainer: Explainer) -> None:
    text = "Ghana's Anglican bishops urged the military government on Sunday to lift the curfew."
    (appeal,) = of_type(explainer, text, "REQUEST", DAY)
    assert countries(appeal.actors) == ["GHA"] and appeal.actors[0].sector == "REL"
    assert countries(appeal.recipients) == ["GHA"]


def test_a_korean_name_gives_no_surname_key_in_its_given_name(explainer: Explainer) -> None:
    # "Moon Jae-in" once made the word "in" a surname: "in parliament" read as South Korea's
    text = "Crawfishermen in Nassau watched in parliament as Bahamas' cabinet ruled out a diesel subsidy."
    for event in of_type(explainer, text, "REJECT", DAY):
        assert "KOR" not in countries(event.actors + event.recipients)
    shown = explainer.explain("Moon Jae-in met Trump. The bill passed in parliament on Monday.", date=DAY)
    assert "'in parliament' ->" not in shown
