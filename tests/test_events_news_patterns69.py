"""Event triggers, issue #4 (lexicon, round 3 of the second fresh probe): the families of
wordings wire copy uses for aid brought, joint bodies, call-ups and alerts, crowds filling
squares, farmers' convoys, threats of attack, detentions and search raids, conditions
dropped, bases handed over, prison terms handed down, and the senses that make no event.

People arriving "with" relief goods bring them; an "agency" or "working group" set up
jointly is a joint body; reserves called up and forces placed on readiness are mobilised;
a counted crowd filling or pouring into a square rallies; tractors driven into a city are a
protest; forces that "descend on" fighters attack them; a person "held for several hours"
is detained and a search of offices by the authorities coerces; dropping one's insistence
or preconditions concedes; a base handed "over to" another force is left; "handed X a
prison term" sentences X. A "television station" deploys nothing, money withdrawn from
accounts is no pull-back, detention "without charge" accuses no one, and tear gas used to
break up a rally is one crowd-control act."""

from __future__ import annotations

from functools import partial

from lapwing.explain import Explainer

import event_helpers

DAY = "2024-05-14"

code = partial(event_helpers.code, date=DAY)


def _of(explainer: Explainer, text: str, type_: str) -> list:
    return [e for e in code(explainer, text) if e.type == type_]


def test_arriving_with_relief_goods_is_aid(explainer: Explainer) -> None:
    for text in ("Turkish doctors arrived in Benghazi on Friday with three planeloads of medicines and blankets.",
                 "A Jordanian transport plane landed in El Arish on Monday with 20 tonnes of flour and tents."):
        assert _of(explainer, text, "AID"), text
    # a delegation arriving with advisers brings no aid
    assert _of(explainer, "The minister arrived in Kabul on Monday with a delegation of bankers.", "AID") == []


def test_a_joint_agency_or_working_group_is_cooperation(explainer: Explainer) -> None:
    for text in ("Egypt and Sudan set up a joint agency to manage the Nile waters on Monday.",
                 "Oman and Iran established a joint working group on shipping on Monday."):
        events = _of(explainer, text, "COOPERATE")
        assert events and len({a.country for a in events[0].actors}) == 2, text


def test_reserves_called_up_and_readiness_raised_mobilise(explainer: Explainer) -> None:
    for text in ("Armenia called up army reserves in the south on Wednesday.",
                 "Azerbaijan placed its air force on heightened readiness on Wednesday."):
        assert _of(explainer, text, "MOBILIZE"), text
    # a central bank's reserves are no troops
    assert _of(explainer, "The central bank drew down its foreign reserves on Wednesday.", "MOBILIZE") == []


def test_a_counted_crowd_filling_a_square_protests(explainer: Explainer) -> None:
    for text in ("Tens of thousands of Georgians filled Tbilisi's Freedom Square on Sunday for a third night.",
                 "Hundreds of residents of Daraa poured into the town's central square on Friday."):
        assert [e.mode for e in _of(explainer, text, "PROTEST")] == ["demo"], text
    # water filling a square is no rally
    assert _of(explainer, "Floodwater filled the main square of Derna on Sunday.", "PROTEST") == []


def test_tractors_driven_into_a_city_are_a_protest(explainer: Explainer) -> None:
    text = "Hundreds of Polish farmers drove tractors into the centre of Warsaw on Tuesday, angry at grain imports."
    assert [e.mode for e in _of(explainer, text, "PROTEST")] == ["obstruct"]
    text = "Spanish farmers blocked the main avenue of Madrid on Tuesday."
    assert _of(explainer, text, "PROTEST")


def test_forces_descending_on_fighters_attack(explainer: Explainer) -> None:
    text = "Turkish troops descended on Kurdish fighters near Kobani on Tuesday."
    assert _of(explainer, text, "ASSAULT")
    text = "Thousands of protesters descended on the parliament in Nairobi on Tuesday."
    assert _of(explainer, text, "PROTEST") and _of(explainer, text, "ASSAULT") == []


def test_a_person_held_for_hours_is_detained(explainer: Explainer) -> None:
    text = "Tunisian police held the editor-in-chief of the newspaper for several hours on Tuesday."
    assert [e.mode for e in _of(explainer, text, "COERCE")] == ["arrest"]
    # talks held for hours detain no one
    text = "Tunisian and Libyan officials held talks for several hours on Tuesday."
    assert _of(explainer, text, "COERCE") == []


def test_a_search_of_offices_by_the_authorities_is_coercion(explainer: Explainer) -> None:
    text = "Tunisian authorities raided the offices of an independent radio station on Tuesday."
    assert _of(explainer, text, "COERCE") and _of(explainer, text, "ASSAULT") == []
    # a raid on a camp stays an assault
    assert _of(explainer, "Israeli forces raided the Jenin refugee camp on Tuesday.", "ASSAULT")


def test_dropping_an_insistence_or_precondition_concedes(explainer: Explainer) -> None:
    for text in ("Netanyahu dropped his insistence that Israeli troops stay in the corridor.",
                 "The Sudanese army abandoned its preconditions for talks with the RSF on Monday."):
        assert _of(explainer, text, "CONCEDE"), text


def test_a_base_handed_over_to_another_force_is_a_withdrawal(explainer: Explainer) -> None:
    text = "The U.S. military handed the Tanf garrison over to Syrian forces on Monday."
    assert [e.mode for e in _of(explainer, text, "RETREAT")] == ["withdraw"]


def test_a_prison_term_handed_to_a_person_is_a_sentence(explainer: Explainer) -> None:
    text = "An Iranian court handed a Swedish tourist a five-year prison term on Saturday."
    events = _of(explainer, text, "SANCTION")
    assert [e.mode for e in events] == ["convict"]


def test_wrong_senses_make_no_event(explainer: Explainer) -> None:
    text = ("The rebel commander spoke to a private television station a week after federal jets bombed the "
            "central market.")
    assert _of(explainer, text, "MOBILIZE") == []
    text = "The central bank let savers withdraw up to $400 a month from frozen dollar accounts on Thursday."
    assert _of(explainer, text, "RETREAT") == []
    text = "The lawyer said his client had spent a year in detention without charge."
    assert _of(explainer, text, "ACCUSE") == []


def test_tear_gas_used_to_break_up_a_rally_is_one_act(explainer: Explainer) -> None:
    text = "Police in Dakar used tear gas and batons to break up a rally by opposition supporters on Saturday."
    assert [e.type for e in code(explainer, text)] == ["ASSAULT"]
