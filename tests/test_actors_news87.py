"""Targets of session 33 (sentences written here): a definite office with no country word and no
KB holder is an official of the one state its sentence places it in ("police in Lusaka held the
former finance minister"), an opposition leader named bare is the context state's, and the
makers of what is rebuffed ("defied a curfew by the army"), issued ("a pardon ... granted by
Rabat") or done ("was shot dead outside his home ... by gunmen") after "by"."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type


def test_a_bare_office_takes_the_state_its_sentence_places_it_in(explainer: Explainer) -> None:
    arrests = of_type(explainer, "Police in Lusaka arrested the former finance minister on corruption charges.",
                      "COERCE")
    assert arrests and countries(arrests[0].recipients) == ["ZMB"]


def test_a_bare_office_of_a_sentence_naming_two_states_stays_unresolved(explainer: Explainer) -> None:
    arrests = of_type(explainer, "Police in Nairobi, acting on a request from Uganda, arrested the former finance "
                                 "minister.", "COERCE")
    assert arrests and all(r.country not in {"KEN", "UGA"} for r in arrests[0].recipients)


def test_an_office_placed_by_the_phrase_after_it(explainer: Explainer) -> None:
    threats = of_type(explainer, "The Interior Minister in Quito gave the strikers 48 hours to end the blockade "
                                 "or face arrest.", "THREATEN")
    assert threats and countries(threats[0].actors) == ["ECU"]


def test_prosecutors_indict_a_former_official_of_their_own_state(explainer: Explainer) -> None:
    charges = of_type(explainer, "Prosecutors in Nairobi charged the former energy minister with fraud on Monday.",
                      "ACCUSE")
    assert charges and countries(charges[0].recipients) == ["KEN"]


def test_a_bare_opposition_leader_is_of_the_state_in_context(explainer: Explainer) -> None:
    arrests = of_type(explainer, "Security forces in Kampala detained the opposition leader outside his home.",
                      "COERCE")
    assert arrests and countries(arrests[0].recipients) == ["UGA"]


def test_defying_a_ban_by_a_body_answers_the_body(explainer: Explainer) -> None:
    rebuffs = of_type(explainer, "Students in Rangoon defied a curfew by the army and marched to the university.",
                      "REJECT")
    assert rebuffs and countries(rebuffs[0].recipients) == ["MMR"]


def test_rejecting_a_plan_drawn_up_by_mediators_answers_them(explainer: Explainer) -> None:
    rebuffs = of_type(explainer, "The rebels rejected the plan drawn up by Nigerian mediators.", "REJECT")
    assert rebuffs and countries(rebuffs[0].recipients) == ["NGA"]


def test_a_rebuff_with_no_by_phrase_has_no_target(explainer: Explainer) -> None:
    rebuffs = of_type(explainer, "Hamas rejected the plan on Sunday.", "REJECT")
    assert rebuffs and rebuffs[0].recipients == []


def test_the_issuer_of_a_pardon_after_by_grants_it(explainer: Explainer) -> None:
    pardons = of_type(explainer, "The pardon for some 1,200 prisoners announced by Rabat on Friday covers "
                                 "political detainees.", "CONCEDE")
    assert pardons and countries(pardons[0].actors) == ["MAR"]


def test_a_reporter_after_by_does_no_act(explainer: Explainer) -> None:
    shelling = of_type(explainer, "The shelling of the port reported by Ukrainian officials killed four.", "ASSAULT")
    assert all("UKR" not in countries(e.actors) for e in shelling)


def test_a_passive_agent_past_phrases_of_place_and_day(explainer: Explainer) -> None:
    killings = of_type(explainer, "A judge was shot dead outside his home in Medellin on Monday by gunmen on a "
                                  "motorcycle.", "ASSAULT")
    assert killings and [r.sector for r in killings[0].actors] == ["UAF"]


def test_the_organiser_of_the_scene_is_no_passive_agent(explainer: Explainer) -> None:
    arrests = of_type(explainer, "A photographer was arrested at a rally in Harare organised by the opposition.",
                      "COERCE")
    assert all(r.sector != "OPP" for e in arrests for r in e.actors)
