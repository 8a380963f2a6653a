"""Event triggers, issues #4/#5 (lexicon): wordings wire copy uses for arrests, aid,
joint training, withdrawals, trade bans and signings.

People "taken away", "dragged away" or "bundled off" by armed men are detained whoever the
men are; a ship, plane or convoy named "humanitarian" is the aid it brings; a grant or a
loan instalment "released" is paid out, not a captive freed; "joint training" is held
together like a joint exercise; a force that evacuates its base or completes its exit
withdraws; trade barred, halted or suspended with a country is a sanction on it; an
accord sealed or finalised, or signatures put to it, is signed (SUPPORT); and a
count reaches across an aside to its verb ("Eleven people, among them ..., were held")."""

from __future__ import annotations

from functools import partial

from lapwing.explain import Explainer

import event_helpers

DAY = "2026-03-10"

code = partial(event_helpers.code, date=DAY)


def _of(explainer: Explainer, text: str, type_: str) -> list:
    return [e for e in code(explainer, text) if e.type == type_]


def test_people_taken_away_by_armed_agents_are_arrested(explainer: Explainer) -> None:
    text = ("Masked agents of the Syrian intelligence service took away six relief workers from a hotel in Homs "
            "on Monday.")
    events = _of(explainer, text, "COERCE")
    assert [e.mode for e in events] == ["arrest"]
    # things carried off detain no one
    text = "Syrian officials took away the old customs forms at the Jaber crossing on Monday."
    assert _of(explainer, text, "COERCE") == []


def test_people_dragged_or_bundled_away_are_arrested(explainer: Explainer) -> None:
    for text in ("Turkish gendarmes dragged away five students from a campus sit-in in Ankara on Tuesday.",
                 "Egyptian police bundled off three lawyers outside a Cairo courthouse on Tuesday."):
        assert [e.mode for e in _of(explainer, text, "COERCE")] == ["arrest"], text


def test_a_humanitarian_ship_or_plane_is_aid(explainer: Explainer) -> None:
    for text, country in (("A Kuwaiti humanitarian ship carrying flour sailed into Port Sudan on Monday.", "KWT"),
                          ("An Omani humanitarian plane touched down in Aden on Monday.", "OMN")):
        events = _of(explainer, text, "AID")
        assert events and events[0].actors[0].country == country, text


def test_a_grant_or_loan_instalment_released_is_aid_not_a_release(explainer: Explainer) -> None:
    text = "The World Bank released a 300-million-dollar grant to Jordan on Monday."
    assert [e.recipients[0].country for e in _of(explainer, text, "AID")] == ["JOR"]
    assert _of(explainer, text, "RETREAT") == []
    text = "The IMF released the third instalment of its loan to Egypt on Monday."
    assert _of(explainer, text, "AID") and _of(explainer, text, "RETREAT") == []


def test_joint_training_is_cooperation(explainer: Explainer) -> None:
    text = "Jordanian and Saudi commandos began the joint training Desert Shield in Aqaba on Monday."
    events = _of(explainer, text, "COOPERATE")
    assert events and {a.country for a in events[0].actors} == {"JOR", "SAU"}


def test_a_force_that_evacuates_its_base_withdraws(explainer: Explainer) -> None:
    text = "The international coalition evacuated its base near Tanf on Monday, a Syrian official said."
    assert [e.mode for e in _of(explainer, text, "RETREAT")] == ["withdraw"]


def test_the_handover_of_a_garrison_is_a_withdrawal(explainer: Explainer) -> None:
    text = "The handover of the Qayyara garrison by US forces to the Iraqi army ended on Monday."
    assert [e.mode for e in _of(explainer, text, "RETREAT")] == ["withdraw"]


def test_an_exit_of_forces_is_a_withdrawal(explainer: Explainer) -> None:
    text = "French troops completed their exit from Mali on Monday, the army said."
    assert [e.mode for e in _of(explainer, text, "RETREAT")] == ["withdraw"]


def test_imports_barred_from_a_country_are_a_sanction_on_it(explainer: Explainer) -> None:
    text = "Algeria on Monday barred all imports from France, the trade ministry said."
    events = _of(explainer, text, "SANCTION")
    assert events and events[0].recipients[0].country == "FRA"
    assert _of(explainer, text, "COERCE") == []


def test_a_halt_to_imports_of_a_countrys_goods_is_a_sanction(explainer: Explainer) -> None:
    text = "Egypt announced on Monday a halt to the import of all Turkish textiles."
    events = _of(explainer, text, "SANCTION")
    assert events and events[0].recipients[0].country == "TUR"


def test_imports_halted_from_a_country_name_it_as_target(explainer: Explainer) -> None:
    text = "Morocco halted all imports from Algeria on Monday, customs officials said."
    assert [e.recipients[0].country for e in _of(explainer, text, "SANCTION")] == ["DZA"]


def test_an_accord_sealed_or_finalised_is_signed(explainer: Explainer) -> None:
    for text in ("Kuwait and Iraq sealed a border navigation agreement in Baghdad on Monday.",
                 "Oman and Iran finalised a gas pipeline deal in Muscat on Monday."):
        assert _of(explainer, text, "SUPPORT") and _of(explainer, text, "AGREE") == [], text
    # agreeing to do something stays an agreement
    text = "Kuwait and Iraq agreed on Monday to reopen the Safwan crossing next month."
    assert _of(explainer, text, "AGREE") and _of(explainer, text, "SUPPORT") == []


def test_signatures_put_to_a_deal_with_a_day_between_are_a_signing(explainer: Explainer) -> None:
    text = "The Iraqi and Jordanian oil ministers put their signatures on Monday to a pipeline accord."
    events = _of(explainer, text, "SUPPORT")
    assert events and {a.country for a in events[0].actors} == {"IRQ", "JOR"}


def test_a_count_reaches_across_an_aside_to_its_verb(explainer: Explainer) -> None:
    text = "Eleven people, among them three students, were taken into custody in Tabriz on Monday, relatives said."
    events = _of(explainer, text, "COERCE")
    assert events and events[0].size is not None and events[0].size.arrested == 11
