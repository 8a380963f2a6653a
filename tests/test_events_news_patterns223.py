"""Passives in news sentences: a request or offer heading the subject of a passive refusal is
what is refused, an event noun heading a passive whose verb names no act is done by the "by"
agent, a "verb * noun" key's passive finds its noun behind prepositional phrases, auxiliaries
and adverbs (and with no agent, the act of the key, not the noun's), a warning's "that" after
its "by" agent, a passive of another verb inside a key's gap, and a place struck that opens a
passive attack behind an apposition, its weapon's "fired by" naming the attacker. Sentences
written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, known_countries, of_type, types

DAY = "2021-06-09"


def test_a_request_heading_a_passive_refusal_is_what_is_refused(explainer: Explainer) -> None:
    text = "A Serbian request for the return of the icons was again turned down by Zagreb on Friday."
    assert types(code(explainer, text, DAY)) == ["REJECT"]
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert countries(refusal.actors) == ["HRV"] and countries(refusal.recipients) == ["SRB"]


def test_a_refusal_after_again_still_has_whose_request_it_answers(explainer: Explainer) -> None:
    text = "A Bolivian request for the return of the relics was again rebuffed, Chilean officials said on Friday."
    assert of_type(explainer, text, "REQUEST", DAY) == []
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert countries(refusal.recipients) == ["BOL"]


def test_an_offer_extended_by_a_party_is_its_offer_to_whom_it_is_extended(explainer: Explainer) -> None:
    text = "An offer of arbitration was extended to Chad's transitional council by Niger's president on Monday."
    (offer,) = of_type(explainer, text, "AGREE", DAY)
    assert countries(offer.actors) == ["NER"] and countries(offer.recipients) == ["TCD"]


def test_the_by_agent_of_a_proposal_does_not_do_what_it_proposes(explainer: Explainer) -> None:
    text = "A proposal for a truce was put forward by Qatar on Sunday."
    assert not any("QAT" in known_countries(e.actors) for e in of_type(explainer, text, "RETREAT", DAY))


def test_a_keys_noun_behind_its_phrases_and_an_adverb_is_found(explainer: Explainer) -> None:
    text = "Diplomatic ties with the Pacific nation of Tuvalu were formally established by Georgia on Tuesday."
    (ties,) = of_type(explainer, text, "SUPPORT", DAY)
    assert countries(ties.actors) == ["GEO"]


def test_a_keys_noun_behind_is_being_and_a_phrase_is_found(explainer: Explainer) -> None:
    text = ("Intelligence on people-smuggling networks in the south is being passed to Rome by the Libyan coast guard, "
            "an official said.")
    (sharing,) = of_type(explainer, text, "COOPERATE", DAY)
    assert countries(sharing.actors) == ["LBY"] and countries(sharing.recipients) == ["ITA"]


def test_a_measure_lifted_with_no_agent_is_lifted_not_imposed(explainer: Explainer) -> None:
    for text in ("The export ban on Ukrainian grain would be lifted within days, a Polish minister told state radio.",
                 "The travel ban on Iranian students would be scrapped within weeks, a Canadian official said."):
        events = code(explainer, text, DAY)
        assert types(events) == ["CONCEDE"]
        assert known_countries(events[0].recipients) in (["UKR"], ["IRN"])


def test_a_measure_imposed_by_a_party_stays_its_measure(explainer: Explainer) -> None:
    text = "The export ban on Ukrainian grain was imposed by Poland on Friday."
    (ban,) = code(explainer, text, DAY)
    assert ban.type in {"COERCE", "SANCTION"} and countries(ban.actors) == ["POL"]


def test_a_warning_by_an_agent_that_foretells_force_is_a_threat(explainer: Explainer) -> None:
    text = ("Moldova was warned by Russia's foreign minister that any move against Transnistria would meet a firm "
            "military response.")
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert countries(threat.actors) == ["RUS"] and countries(threat.recipients) == ["MDA"]


def test_a_passive_of_another_verb_ends_a_keys_gap(explainer: Explainer) -> None:
    text = ("Three smugglers wanted in Ghana were surrendered to Ghanaian police at the Aflao crossing, Togolese "
            "police said on Friday.")
    events = code(explainer, text, DAY)
    assert "REQUEST" not in types(events)
    assert any(known_countries(e.recipients) == ["GHA"] for e in events)


def test_a_place_opening_a_passive_attack_behind_an_apposition_is_struck(explainer: Explainer) -> None:
    text = ("Kharkiv, the second city of Ukraine and a refuge for thousands of displaced families, was struck by a "
            "missile fired by Russian forces, officials said.")
    (strike,) = of_type(explainer, text, "ASSAULT", DAY)
    assert countries(strike.actors) == ["RUS"] and countries(strike.recipients) == ["UKR"]


def test_the_weapon_of_a_passive_attack_names_its_attacker_once(explainer: Explainer) -> None:
    text = "Kharkiv was hit by a missile fired from 1,500 kilometres away by Russian forces on Monday."
    (strike,) = of_type(explainer, text, "ASSAULT", DAY)
    assert countries(strike.actors) == ["RUS"] and countries(strike.recipients) == ["UKR"]


def test_a_party_in_the_subjects_phrase_of_a_passive_measure_receives_it(explainer: Explainer) -> None:
    text = "Budget support to Zambia was suspended by Sweden on Monday over concerns about graft."
    (suspension,) = of_type(explainer, text, "SANCTION", DAY)
    assert countries(suspension.actors) == ["SWE"] and countries(suspension.recipients) == ["ZMB"]
