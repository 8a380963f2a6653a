"""Lexicon gaps of follow-up reports and wire copy: nationality stripped, revoked or withdrawn
(a coercion of individuals, as PLOVER codes deportations; no pull-back), the jobless occupying a railway or a road (a protest), relief goods
before the clause on their bringing, a threat judged no bluff, revenge vowed or taken, a ban on
rallies, and crews sailing home. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, coded_types, known_countries, of_type

DAY = "2019-03-14"


@pytest.mark.parametrize("text, country", [
    ("Oman stripped 21 opposition activists of their nationality on Wednesday, the state news agency said.",
     "OMN"),
    ("The United Arab Emirates revoked the citizenship of a former judge on Wednesday over his ties to a "
     "banned party.", "ARE"),
    ("Jordan's cabinet withdrew the nationality of 9 Islamist preachers on Wednesday.", "JOR"),
])
def test_nationality_taken_from_people_is_a_coercion(explainer: Explainer, text: str, country: str) -> None:
    types = coded_types(explainer, text, DAY)
    assert "SANCTION" not in types and "RETREAT" not in types
    (coercion,) = of_type(explainer, text, "COERCE", DAY)
    assert coercion.mode == "restrict" and country in known_countries(coercion.actors)


@pytest.mark.parametrize("text, kind", [
    ("Kuwait said on Tuesday that their nationality was withdrawn over links to an outlawed cell.", "COERCE"),
    ("Israel said on Tuesday that their work permits were withdrawn after the shooting in Hebron.", "SANCTION"),
])
def test_a_nationality_or_a_permit_withdrawn_before_its_verb_is_no_pull_back(explainer: Explainer,
                                                                             text: str, kind: str) -> None:
    types = coded_types(explainer, text, DAY)
    assert "RETREAT" not in types and kind in types


@pytest.mark.parametrize("text", [
    "Unemployed graduates occupied the main road to the phosphate mines near Metlaoui on Tuesday, demanding jobs.",
    "Hundreds of jobseekers occupied the railway near Kasserine on Tuesday.",
])
def test_the_jobless_occupying_a_road_or_a_railway_protest(explainer: Explainer, text: str) -> None:
    types = coded_types(explainer, text, DAY)
    assert "PROTEST" in types and "COERCE" not in types


def test_troops_occupying_a_railway_junction_still_seize_it(explainer: Explainer) -> None:
    text = "Russian troops occupied the railway junction near Kupiansk on Tuesday."
    assert "COERCE" in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text, country", [
    ("Qatar said on Sunday that the 300 tonnes of flour it brought to Khartoum on Saturday would feed "
     "20,000 families.", "QAT"),
    ("Jordan's army said the medicine that it brought to Sudan on Saturday reached 3 hospitals.", "JOR"),
])
def test_relief_goods_before_the_clause_on_their_bringing_are_aid(explainer: Explainer, text: str,
                                                                  country: str) -> None:
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert country in known_countries(aid.actors)


def test_goods_brought_to_a_halt_are_no_aid(explainer: Explainer) -> None:
    text = "Yemen's health ministry said fuel shortages brought to a halt the work of the main hospital."
    assert "AID" not in coded_types(explainer, text, DAY)


def test_a_threat_judged_no_bluff_is_affirmed(explainer: Explainer) -> None:
    text = "Erdogan told parliament that Ankara's warning to the PKK on Friday was not an empty threat."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert threat.modality == "asserted"
    assert "TUR" in known_countries(threat.actors)


def test_revenge_announced_is_a_threat_and_revenge_taken_an_attack(explainer: Explainer) -> None:
    vowed = "Hamas said on Friday it would avenge a commander killed in an Israeli air strike in Gaza."
    (threat,) = of_type(explainer, vowed, "THREATEN", DAY)
    assert threat.trigger.text == "avenge"
    taken = ("Islamic Jihad avenged the killing of its commander by firing 40 rockets at Israeli towns "
             "on Friday.")
    (attack,) = of_type(explainer, taken, "ASSAULT", DAY)
    assert attack.trigger.text == "avenged" and attack.modality == "asserted"


def test_a_ban_on_rallies_takes_no_target_from_the_act_after_it(explainer: Explainer) -> None:
    text = "Zambia's government banned all opposition rallies on Friday and expelled two Zimbabwean diplomats."
    (ban,) = of_type(explainer, text, "COERCE", DAY)
    assert ban.mode == "restrict" and "ZWE" not in known_countries(ban.recipients)
    (expulsion,) = of_type(explainer, text, "SANCTION", DAY)
    assert known_countries(expulsion.recipients) == ["ZWE"]


def test_sailors_sailing_home_move_no_force(explainer: Explainer) -> None:
    text = "Bahrain said the 14 Indian sailors would sail home to Kerala on Friday."
    assert "MOBILIZE" not in [e.type for e in code(explainer, text, DAY)]
