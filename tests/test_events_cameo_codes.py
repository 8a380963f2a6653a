"""CAMEO event categories coded as PLOVER types, on tests/fixtures/cameo_sentences.jsonl:
news-style sentences written for these tests from the one-line descriptions of
CAMEO2PLOVER-2021.txt (two or so per CAMEO code that maps to a PLOVER event; "express
intent to ..." codes phrased as promises and offers, AGREE). Each line's id ends with its
CAMEO code.

Scored unseen (before any rule was written for it) at P 0.846 / R 0.753 / F1 0.797, type
accuracy 0.899, source 0.968, target 0.868; after the general fixes in
lapwing/lexicons/events.yaml and the KB at P 0.911 / R 0.898 / F1 0.905, type 0.951,
source 0.981, target 0.887. The floors below sit about five points under that, so that a
regression fails them. Known disagreements left as they are: the CAMEO2PLOVER table codes
apologies SUPPORT (055), the PLOVER manual and Lapwing CONCEDE; the table codes
sanctions imposed COERCE (163), Lapwing SANCTION (manual: "discontinue"); hosts and the
called party are recipients in Lapwing, all actors in the manual."""

from __future__ import annotations

from pathlib import Path

import pytest
from lapwing.eval import events as event_eval
from lapwing.explain import Explainer

from event_helpers import countries, of_type

DATE = "2000-01-01"
FIXTURE = Path(__file__).parent / "fixtures" / "cameo_sentences.jsonl"


def test_the_cameo_sentences_score_above_their_floor() -> None:
    gold = event_eval.read_gold(FIXTURE)
    assert len(gold) >= 280
    scores = event_eval.evaluate(gold).scores()
    assert scores["detection"]["f1"] >= 0.85, scores["detection"]
    assert scores["detection"]["precision"] >= 0.85, scores["detection"]
    assert scores["type_accuracy"] >= 0.90
    assert scores["source_country_accuracy"] >= 0.93
    assert scores["target_country_accuracy"] >= 0.83
    assert scores["modality_accuracy"] >= 0.95


def test_every_cameo_root_that_maps_to_plover_has_sentences() -> None:
    roots = {d.id.rsplit("-", 1)[1][:2] for d in event_eval.read_gold(FIXTURE)}
    assert {f"{n:02d}" for n in range(3, 21)} <= roots


# (sentence, type, actor country or None, recipient country or None); CAMEO code in the id
CASES = [
    ("030", "Japan and South Korea pledged to deepen cooperation on regional security.", "AGREE", "JPN", None),
    ("0334", "Ghana promised to send peacekeepers to Mali.", "AGREE", "GHA", "MLI"),
    ("0352", "The Nicaraguan government pledged to end its crackdown on protesters.", "AGREE", "NIC", None),
    ("039", "Qatar offered to mediate between Washington and the Taliban.", "AGREE", "QAT", "USA"),
    ("040", "Egyptian officials discussed the Nile dam with their Ethiopian counterparts.", "CONSULT", "EGY", "ETH"),
    ("046", "Iranian and French diplomats held negotiations in Vienna on the nuclear programme.", "CONSULT", "FRA", None),
    ("052", "Moscow spoke out in defence of Belgrade's position on Kosovo.", "SUPPORT", "RUS", "SRB"),
    ("053", "Egypt rallied Arab support for the Palestinian bid for UN membership.", "SUPPORT", "EGY", "PSE"),
    ("056", "Indonesia accepted Australia's apology over the spying row.", "SUPPORT", "IDN", "AUS"),
    ("061", "China and Brazil expanded trade in soybeans.", "COOPERATE", "CHN", None),
    ("061", "Russia resumed gas deliveries to Moldova.", "COOPERATE", "RUS", "MDA"),
    ("071", "The IMF approved a 3 billion dollar loan for Egypt.", "AID", None, "EGY"),
    ("072", "Washington delivered Patriot missiles to Poland.", "AID", "USA", "POL"),
    ("074", "The UN deployed peacekeepers to South Sudan.", "AID", "UNO", "SSD"),
    ("081", "The Chinese authorities relaxed visa rules for foreign journalists.", "CONCEDE", "CHN", None),
    ("083", "Kuwait's emir bowed to opposition demands for political reform.", "CONCEDE", "KWT", None),
    ("085", "The European Union lifted sanctions on Libya.", "RETREAT", "EUR", "LBY"),
    ("085", "Washington eased its trade embargo on Cuba.", "RETREAT", "USA", "CUB"),
    ("0862", "Iran let IAEA inspectors into the Fordow site.", "RETREAT", "IRN", None),
    ("0863", "Israel allowed aid convoys into Gaza.", "RETREAT", "ISR", None),
    ("087", "The Colombian army scaled back its offensive against the FARC.", "RETREAT", "COL", None),
    ("0873", "The IRA put its weapons beyond use.", "RETREAT", "GBR", None),
    ("093", "The Indian army ordered an inquiry into the firing by its troops in Manipur.", "ACCUSE", "IND", None),
    ("110", "Seoul voiced displeasure at Tokyo's decision on the disputed islands.", "ACCUSE", "KOR", "JPN"),
    ("114", "Japan lodged a formal protest with China over the ship collision.", "ACCUSE", "JPN", "CHN"),
    ("115", "Gambia brought a genocide case against Myanmar.", "ACCUSE", "GMB", "MMR"),
    ("113", "Kyiv rallied European opposition to the Russian gas pipeline.", "ACCUSE", "UKR", None),
    ("139", "Britain gave Iceland an ultimatum to end the fishing dispute.", "THREATEN", "GBR", "ISL"),
    ("1383", "Al-Shabaab threatened to carry out suicide attacks in Nairobi.", "THREATEN", "SOM", None),
    ("144", "Polish truckers blocked border crossings with Ukraine.", "PROTEST", "POL", None),
    ("143", "South African miners went on strike.", "PROTEST", "ZAF", None),
    ("151", "Paris police raised their alert level ahead of the summit.", "MOBILIZE", "FRA", None),
    ("153", "The Kenyan government sent riot police to Kisumu.", "MOBILIZE", "KEN", None),
    ("164", "India called off talks with Pakistan after the attack in Kashmir.", "SANCTION", "IND", "PAK"),
    ("165", "Norway ended its mediation between Sri Lanka and the Tamil Tigers.", "SANCTION", "NOR", "LKA"),
    ("1661", "Mali ordered UN peacekeepers to leave the country.", "SANCTION", "MLI", "UNO"),
    ("1662", "Russia pulled its monitors out of the OSCE mission.", "SANCTION", "RUS", None),
    ("166", "Niger withdrew from the West African bloc ECOWAS.", "SANCTION", "NER", None),
    ("170", "Chinese coast guard ships harassed Philippine fishing boats.", "COERCE", "CHN", "PHL"),
    ("1721", "The Iranian authorities blocked access to Instagram.", "COERCE", "IRN", None),
    ("1722", "Thailand's constitutional court dissolved the main opposition party.", "COERCE", "THA", None),
    ("191", "Azerbaijan blocked the Lachin corridor.", "COERCE", "AZE", None),
    ("192", "Russian troops occupied the Zaporizhzhia nuclear plant.", "COERCE", "RUS", None),
    ("1712", "Boko Haram fighters torched a government school in northern Nigeria.", "ASSAULT", "NGA", None),
    ("1821", "Sudanese militiamen raped women in Darfur.", "ASSAULT", "SDN", None),
    ("184", "Islamic State fighters used civilians as human shields in Mosul.", "ASSAULT", "IMG", None),
    ("200", "Janjaweed militiamen massacred villagers in Darfur.", "ASSAULT", "SDN", None),
    ("2041", "Iraqi forces gassed Kurdish villagers in Halabja.", "ASSAULT", "IRQ", None),
    ("190", "M23 rebels attacked Congolese army positions near Goma.", "ASSAULT", "COD", "COD"),
]


@pytest.mark.parametrize(("code", "text", "type_", "actor", "recipient"), CASES,
                         ids=[f"{c[0]}-{c[2]}:{c[1][:28]}" for c in CASES])
def test_cameo_category_codes_its_plover_type_and_roles(
        explainer: Explainer, code: str, text: str, type_: str, actor: str | None, recipient: str | None) -> None:
    found = of_type(explainer, text, type_, DATE)
    assert found, f"CAMEO {code}: no {type_} in {text!r}"
    event = found[0]
    if actor is not None:
        assert actor in countries(event.actors), countries(event.actors)
    if recipient is not None:
        assert recipient in countries(event.recipients), countries(event.recipients)


@pytest.mark.parametrize(("text", "not_type"), [
    # an ended crackdown or peacekeepers sent make a promise no threat
    ("The Nicaraguan government pledged to end its crackdown on protesters.", "THREATEN"),
    ("Ghana promised to send peacekeepers to Mali.", "THREATEN"),
    # crimes committed are no commitment; public order restored is no order given
    ("A UN commission investigated war crimes committed by Sri Lankan troops.", "AGREE"),
    ("Kenya sent police officers to Haiti to help restore order.", "REQUEST"),
    # the inquiry's subject is not coded as an attack; an ended offensive is no attack
    ("The Indian army ordered an inquiry into the firing by its troops in Manipur.", "ASSAULT"),
    ("The Colombian army scaled back its offensive against the FARC.", "ASSAULT"),
    # riot police are police, no riot; rallied support is no street rally
    ("The Kenyan government sent riot police to Kisumu.", "PROTEST"),
    ("Senegal rallied African support for the new government in Gambia.", "PROTEST"),
    # a formal protest by a state is diplomatic, not a street protest; lifted embargo no sanction
    ("Japan lodged a formal protest with China over the ship collision.", "PROTEST"),
    ("Washington eased its trade embargo on Cuba.", "SANCTION"),
])
def test_words_inside_a_cameo_phrase_make_no_other_event(explainer: Explainer, text: str, not_type: str) -> None:
    assert not of_type(explainer, text, not_type, DATE)


def test_a_promise_to_act_is_an_agreement_and_a_refusal_a_rejection(explainer: Explainer) -> None:
    (promise,) = of_type(explainer, "Iran promised to release the detained British sailors.", "AGREE", DATE)
    assert countries(promise.actors) == ["IRN"]
    (refusal,) = of_type(explainer, "The Belarusian government refused to end its crackdown on opposition protests.",
                         "REJECT", DATE)
    assert countries(refusal.actors) == ["BLR"]
