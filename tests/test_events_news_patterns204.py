"""Acts of the CAMEO codes in the wire's less common words: a fast begun in protest, roadblocks
erected, protesters chained to gates, a sit-in called off, a curfew rescinded, a demand granted,
an embargo suspended, aid slashed or curtailed, diplomats "ordered out", a mediation abandoned,
a veto wielded, demonstrators clubbed, a bomb "set off", an official rung, a deployment scaled
down, riot police drafted in, and the measures a warning holds over a party's own people.
Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, of_type

DAY = "1997-06-10"


def test_a_fast_launched_is_a_hunger_protest(explainer: Explainer) -> None:
    text = "A Zambian opposition MP launched a fast outside the electoral commission on Monday."
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert [a.country for a in protest.actors] == ["ZMB"]


def test_a_fast_begun_is_a_hunger_protest(explainer: Explainer) -> None:
    text = "Tibetan exiles began a three-day fast in New Delhi on Friday."
    assert of_type(explainer, text, "PROTEST", DAY)


def test_roadblocks_erected_by_a_crowd_obstruct(explainer: Explainer) -> None:
    text = "Striking dockers erected roadblocks outside Lagos port on Tuesday to demand back pay."
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert protest.trigger.text.lower().startswith("erected")


def test_protesters_chained_to_gates_obstruct(explainer: Explainer) -> None:
    text = "Greenpeace activists chained themselves to the gates of the French embassy in Wellington on Monday."
    assert of_type(explainer, text, "PROTEST", DAY)


def test_a_sit_in_called_off_is_a_concession(explainer: Explainer) -> None:
    text = "Bolivian teachers called off their sit-in outside the education ministry on Friday."
    assert [e.type for e in code(explainer, text, DAY)] == ["CONCEDE"]


def test_a_curfew_rescinded_is_lifted(explainer: Explainer) -> None:
    text = "Authorities in Colombo on Sunday rescinded the overnight curfew in Jaffna."
    assert [e.type for e in code(explainer, text, DAY)] == ["CONCEDE"]


def test_a_demand_granted_is_met(explainer: Explainer) -> None:
    text = "The Peruvian government on Friday granted the miners' demands for higher pay."
    (concession,) = of_type(explainer, text, "CONCEDE", DAY)
    assert [a.country for a in concession.actors] == ["PER"]
    assert not of_type(explainer, text, "REQUEST", DAY)


def test_an_embargo_suspended_is_eased(explainer: Explainer) -> None:
    text = "The United Nations on Monday suspended its arms embargo on Liberia."
    (eased,) = of_type(explainer, text, "RETREAT", DAY)
    assert [r.country for r in eased.recipients] == ["LBR"]
    assert not of_type(explainer, text, "SANCTION", DAY)


def test_aid_slashed_is_a_sanction(explainer: Explainer) -> None:
    text = "Canada on Tuesday slashed its aid to Indonesia over the crackdown in Aceh."
    (cut,) = of_type(explainer, text, "SANCTION", DAY)
    assert [r.country for r in cut.recipients] == ["IDN"]
    assert not of_type(explainer, text, "AID", DAY)


def test_assistance_curtailed_is_a_sanction(explainer: Explainer) -> None:
    text = "Norway on Monday curtailed its assistance to Nicaragua."
    (cut,) = of_type(explainer, text, "SANCTION", DAY)
    assert [r.country for r in cut.recipients] == ["NIC"]


def test_loan_disbursements_frozen_are_a_sanction(explainer: Explainer) -> None:
    text = "The IMF froze loan disbursements to Kenya on Thursday."
    (frozen,) = of_type(explainer, text, "SANCTION", DAY)
    assert [r.country for r in frozen.recipients] == ["KEN"]


def test_diplomats_ordered_out_are_expelled(explainer: Explainer) -> None:
    text = "Britain on Friday ordered out three Iraqi diplomats."
    (expulsion,) = of_type(explainer, text, "SANCTION", DAY)
    assert [r.country for r in expulsion.recipients] == ["IRQ"]
    assert not of_type(explainer, text, "REQUEST", DAY)


def test_a_mediation_abandoned_is_halted(explainer: Explainer) -> None:
    text = "The Arab League on Thursday abandoned its mediation between Sudan and Chad."
    assert [e.type for e in code(explainer, text, DAY)] == ["SANCTION"]


def test_a_veto_wielded_rejects(explainer: Explainer) -> None:
    text = "China on Tuesday wielded its veto against a Security Council draft on Guatemala."
    (veto,) = of_type(explainer, text, "REJECT", DAY)
    assert [a.country for a in veto.actors] == ["CHN"]


def test_demonstrators_clubbed_are_beaten(explainer: Explainer) -> None:
    text = "Nigerian police clubbed student protesters in Ibadan on Wednesday."
    (beating,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [a.country for a in beating.actors] == ["NGA"]


def test_clubbing_is_no_beating(explainer: Explainer) -> None:
    assert not code(explainer, "Tourists went clubbing in Ibiza on Saturday.", DAY)


def test_a_bomb_set_off_is_a_bombing(explainer: Explainer) -> None:
    text = "Basque separatists set off a car bomb outside a police barracks in Bilbao on Monday."
    assert of_type(explainer, text, "ASSAULT", DAY)


def test_an_official_rung_is_a_phone_call(explainer: Explainer) -> None:
    text = "German Chancellor Helmut Kohl rang Russian President Boris Yeltsin on Friday."
    (call,) = of_type(explainer, text, "CONSULT", DAY)
    assert [r.country for r in call.recipients] == ["RUS"]


def test_bells_that_rang_call_no_one(explainer: Explainer) -> None:
    assert not code(explainer, "Alarm bells rang in Washington on Friday after the vote.", DAY)


def test_a_deployment_scaled_back_is_a_pullback(explainer: Explainer) -> None:
    text = "Pakistan on Wednesday scaled back its military deployment along the Afghan border."
    assert [e.type for e in code(explainer, text, DAY)] == ["RETREAT"]


def test_riot_police_drafted_in_mobilise(explainer: Explainer) -> None:
    text = "The Egyptian interior ministry drafted 3,000 riot police into Cairo on Sunday."
    (mobilised,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert [a.country for a in mobilised.actors] == ["EGY"]


def test_a_text_drafted_mobilises_no_one(explainer: Explainer) -> None:
    assert not code(explainer, "The committee drafted a resolution on Iraq on Monday.", DAY)


def test_a_warning_of_dismissal_threatens(explainer: Explainer) -> None:
    text = "The Kenyan government warned it would sack striking doctors who did not return to work."
    assert of_type(explainer, text, "THREATEN", DAY)


def test_a_warning_of_closure_threatens(explainer: Explainer) -> None:
    text = "The Zambian information ministry warned private radio stations they faced closure."
    assert of_type(explainer, text, "THREATEN", DAY)
