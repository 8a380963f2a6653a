"""Session 56 (sentences written for these tests), from cluster_test63's errors once it was
opened: an accusation's "implicated X in" past a long object; relief "furnished", road and farm
machinery included; talks "deliberated alongside" a partner; captives "entrusted" to the Red
Cross are freed; a trading firm's or a bakery's licence cancelled is a penalty (SANCTION); a
union vowing to "stop the machines" threatens a strike; a sum "of 175,000 pounds" shells no one;
"mortar rounds" rained on a target are an attack, no rebuke ("rounded on")."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, types

DAY = "1989-06-05"


def test_an_accusation_reaches_past_a_long_object(explainer: Explainer) -> None:
    text = ("Zambia's Anti-Corruption Commission implicated two Zambian ministers of the former cabinet "
            "in the theft of maize on Monday.")
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.recipients)) == ("ACCUSE", "allege", ["ZMB"])


def test_machinery_furnished_to_a_state_is_aid(explainer: Explainer) -> None:
    text = "Japan furnished 6 bulldozers and 4 road graders to Ghana's roads department on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("AID", ["JPN"], ["GHA"])


def test_deliberating_alongside_a_partner_is_talks(explainer: Explainer) -> None:
    text = "Niger's president Ali Saibou flew into Gao to deliberate alongside Moussa Traore on cattle herds."
    [event] = code(explainer, text, DAY)
    assert (event.type, sorted(countries(event.actors))) == ("CONSULT", ["MLI", "NER"])


def test_captives_entrusted_to_the_red_cross_are_freed(explainer: Explainer) -> None:
    text = "Contra rebels entrusted 8 captured soldiers to a Red Cross team at Wiwili on Sunday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode) == ("RETREAT", "release")


def test_a_firms_operating_licence_cancelled_is_a_penalty(explainer: Explainer) -> None:
    text = "Egypt's tourism ministry cancelled 3 Red Sea diving companies' operating licences on Sunday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("SANCTION", ["EGY"])
    [event] = code(explainer, "Egypt's supply ministry cancelled a bakery's licence in Alexandria on Monday.", DAY)
    assert event.type == "SANCTION"


def test_a_union_vowing_to_stop_the_machines_threatens_a_strike(explainer: Explainer) -> None:
    text = "Finland's paper workers' union vowed on Thursday to stop the machines at 14 mills."
    assert types(code(explainer, text, DAY)) == ["THREATEN"]


def test_a_sum_in_pounds_shells_no_one(explainer: Explainer) -> None:
    text = "Vanuatu's envoys laid drawings and a budget of 175,000 pounds before Britain's envoy on Thursday."
    assert "ASSAULT" not in types(code(explainer, text, DAY))


def test_mortar_rounds_rained_on_a_barracks_are_an_attack(explainer: Explainer) -> None:
    text = "Angolan rebels rained rockets and mortar rounds on an army barracks in Bie province on Saturday."
    assert types(code(explainer, text, DAY)) == ["ASSAULT"]
