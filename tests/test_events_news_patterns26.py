"""Triggers of news English, round 26: the idioms, phrasal verbs and nominalisations by which
wire copy reports each PLOVER type without its plain verb ("clinched a deal", "huddled with",
"threw its weight behind", "caved in to", "teamed up", "channelled funds", "wound down", "told
X to", "hit out at", "balked at", "put X on notice", "thronged the streets", "placed X under
sanctions", "massed tanks", "nabbed", "pummelled"), and the readings they must not get: a
proposal "shot down" is refused, not fired at; sanctions that "hit" a state strike no blow; a
minister who "hit out at" critics attacks no one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type

DAY = "2025-09-20"  # a Saturday


def types(explainer: Explainer, text: str) -> list[str]:
    return [e.type for e in code(explainer, text, DAY)]


@pytest.mark.parametrize("text", [
    "Algeria and Tunisia clinched a deal on Saturday to share electricity during the summer.",
    "Iraq's oil ministry and the Kurdish region came to terms on Saturday over export revenues.",
    "Envoys of the two Yemeni factions hammered out a prisoner arrangement in Amman on Saturday.",
    "Hamas and Islamic Jihad struck a bargain on Saturday over the running of the camps.",
])
def test_accords_made_in_other_words_are_agreements(explainer: Explainer, text: str) -> None:
    assert types(explainer, text) == ["AGREE"]


@pytest.mark.parametrize("text", [
    "Libya's presidential council signed off on the budget deal on Saturday.",
    "Egypt undertook on Saturday to open the crossing for the wounded.",
    "Iran and Oman consented on Saturday to hold naval talks every year.",
])
def test_an_approval_is_an_agreement_and_its_content_no_event(explainer: Explainer, text: str) -> None:
    assert types(explainer, text) == ["AGREE"]


def test_a_readiness_signalled_is_an_offer(explainer: Explainer) -> None:
    text = "The Houthis signalled their readiness on Saturday to reopen roads into Taiz."
    (offer,) = of_type(explainer, text, "AGREE", DAY)
    assert offer.actors


@pytest.mark.parametrize("text", [
    "Qatar's emir conferred with the Lebanese president in Doha on Saturday.",
    "Iraq's prime minister huddled with the leaders of the Shiite blocs on Saturday.",
    "The Saudi and Iranian foreign ministers talked by phone on Saturday.",
    "An Egyptian envoy shuttled between Hamas and Fatah in Cairo on Saturday.",
    "Arab and Turkish leaders opened a summit in Istanbul on Saturday.",
])
def test_talks_in_other_words_are_consultations(explainer: Explainer, text: str) -> None:
    assert "CONSULT" in types(explainer, text)


def test_reaching_out_to_a_party_for_something_asks_it(explainer: Explainer) -> None:
    text = "Lebanon reached out to Algeria on Saturday for emergency fuel shipments."
    (request,) = of_type(explainer, text, "REQUEST", DAY)
    assert countries(request.actors) == ["LBN"]
    assert countries(request.recipients) == ["DZA"]
    assert not of_type(explainer, text, "AID", DAY)


@pytest.mark.parametrize("text", [
    "Oman threw its full weight behind the Iraqi mediation on Saturday.",
    "Jordan said on Saturday that it stands with Egypt against any displacement plan.",
    "Bahrain championed the Kuwaiti proposal at the Gulf summit on Saturday.",
    "The UAE expressed its appreciation on Saturday for the Saudi mediation.",
    "Egypt and Iran exchanged ambassadors on Saturday.",
])
def test_backing_in_other_words_is_support(explainer: Explainer, text: str) -> None:
    assert "SUPPORT" in types(explainer, text)


@pytest.mark.parametrize("text", [
    "Jordan's government caved in to the truck drivers on Saturday and cut diesel prices.",
    "Iraq's cabinet backtracked on Saturday on the tax on mobile phones.",
    "Tunisia's prosecutors dropped all charges against the journalist on Saturday.",
    "Egypt's government reversed its decision on Saturday to cut the bread ration.",
    "Iraq gave way to the striking teachers on Saturday.",
])
def test_yielding_in_other_words_is_a_concession(explainer: Explainer, text: str) -> None:
    assert types(explainer, text) == ["CONCEDE"]


def test_waived_sanctions_are_sanctions_eased(explainer: Explainer) -> None:
    text = "Britain waived sanctions on two Syrian banks on Saturday."
    assert types(explainer, text) == ["RETREAT"]


@pytest.mark.parametrize("text", [
    "Morocco and Mauritania teamed up on Saturday to fight migrant smuggling.",
    "Kuwait and Iraq joined forces on Saturday against drug traffickers.",
    "Turkey partnered with Qatar on Saturday on a new air base.",
    "Jordanian police coordinated with their Syrian counterparts against smugglers on Saturday.",
    "Lebanon turned over three wanted men to Iraq on Saturday.",
])
def test_working_together_in_other_words_is_cooperation(explainer: Explainer, text: str) -> None:
    assert "COOPERATE" in types(explainer, text)


@pytest.mark.parametrize("text", [
    "Oman shipped 30 tonnes of food to Yemen on Saturday.",
    "Kuwait channelled $20 million in grants to Sudan on Saturday.",
    "The World Bank disbursed a $300 million grant to Egypt on Saturday.",
    "Saudi Arabia extended a $500 million credit line to Jordan on Saturday.",
    "Turkish volunteers handed out blankets and food to families in Idlib on Saturday.",
    "Qatar deposited $1 billion in the central bank of Egypt on Saturday.",
])
def test_goods_and_money_given_in_other_words_are_aid(explainer: Explainer, text: str) -> None:
    assert "AID" in types(explainer, text)


@pytest.mark.parametrize("text", [
    "Turkish troops wound down their operation in northern Iraq on Saturday.",
    "Militias in Tripoli stood down on Saturday under the truce.",
    "Syrian government troops fell back from the city of Homs on Saturday.",
    "Iraq's oil minister quit on Saturday.",
    "Houthi militias vacated their headquarters in Hodeidah on Saturday.",
])
def test_giving_ground_in_other_words_is_a_retreat(explainer: Explainer, text: str) -> None:
    assert "RETREAT" in types(explainer, text)


def test_falling_back_from_a_place_is_a_retreat_falling_back_on_a_means_none(explainer: Explainer) -> None:
    assert types(explainer, "Sudanese troops fell back from El Obeid on Saturday.") == ["RETREAT"]
    assert types(explainer, "Iraqi troops fell back on air power in the battle on Saturday.") == []


def test_quitting_talks_halts_them(explainer: Explainer) -> None:
    assert types(explainer, "Iran quit the talks with the Europeans on Saturday.") == ["SANCTION"]


@pytest.mark.parametrize("text", [
    "Erdogan told Greece on Saturday to withdraw its troops from the islands.",
    "Qatar encouraged Hamas on Saturday to accept the proposal.",
    "Egypt applied to the World Bank on Saturday for a new loan.",
    "The Arab League renewed its call on Saturday for an end to the war in Sudan.",
])
def test_asking_in_other_words_is_a_request_and_its_content_no_event(explainer: Explainer,
                                                                     text: str) -> None:
    assert types(explainer, text) == ["REQUEST"]


@pytest.mark.parametrize("text", [
    "Jordan's foreign minister hit out at Israel on Saturday over the settlements.",
    "Iraq took aim at Iran on Saturday over the diversion of rivers.",
    "Egypt railed against the Ethiopian dam on Saturday.",
    "The UAE took issue with the Sudanese statement on Saturday.",
    "Turkey reproached Greece on Saturday for its arms purchases.",
])
def test_criticism_in_other_words_is_an_accusation(explainer: Explainer, text: str) -> None:
    assert types(explainer, text) == ["ACCUSE"]


@pytest.mark.parametrize("verb", ["decried", "deplored", "censured"])
def test_an_act_judged_is_the_content_of_the_judgement_not_the_judges(explainer: Explainer,
                                                                      verb: str) -> None:
    text = f"Qatar {verb} the storming of the mosque by Israeli settlers on Saturday."
    (judgement,) = of_type(explainer, text, "ACCUSE", DAY)
    assert countries(judgement.recipients) == ["ISR"]
    assert not [e for e in of_type(explainer, text, "ASSAULT", DAY) if countries(e.actors) == ["QAT"]]


@pytest.mark.parametrize("text", [
    "Hezbollah balked at the American disarmament plan on Saturday.",
    "Israel brushed aside the French proposal on Saturday.",
    "Iraq's parliament voted down the oil bill on Saturday.",
    "Sudan's army turned its back on the Jeddah plan on Saturday.",
    "Algeria shot down the Moroccan offer of talks on Saturday.",
])
def test_refusing_in_other_words_is_a_rejection(explainer: Explainer, text: str) -> None:
    assert types(explainer, text) == ["REJECT"]


@pytest.mark.parametrize("text", [
    "Israel's army chief put Hezbollah on notice on Saturday.",
    "Iran's defence minister said on Saturday that Israel would pay a heavy price.",
    "Iran cautioned Israel on Saturday of a devastating response to any strike.",
])
def test_warnings_in_other_words_are_threats(explainer: Explainer, text: str) -> None:
    assert "THREATEN" in types(explainer, text)


@pytest.mark.parametrize("text", [
    "Thousands of Iraqis thronged the streets of Basra on Saturday over power cuts.",
    "Protesters massed outside the Iranian embassy in Beirut on Saturday.",
    "Unpaid nurses camped outside the health ministry in Tunis on Saturday.",
    "Moroccan doctors went out on strike on Saturday over pay.",
])
def test_protest_in_other_words_is_a_protest(explainer: Explainer, text: str) -> None:
    assert types(explainer, text) == ["PROTEST"]


def test_a_crowd_massing_protests_pilgrims_massing_do_not(explainer: Explainer) -> None:
    assert types(explainer, "Demonstrators massed outside the Turkish consulate in Erbil on Saturday.") == ["PROTEST"]
    assert types(explainer, "Pilgrims massed at Mount Arafat on Saturday.") == []


@pytest.mark.parametrize("text", [
    "The European Union hit Syria with new sanctions on Saturday.",
    "Britain placed two Iranian generals under sanctions on Saturday.",
    "Algeria banned all imports from France on Saturday.",
    "Jordan kicked out the Iranian envoy on Saturday.",
    "The United States added four Chinese firms to its entity list on Saturday.",
])
def test_sanctions_in_other_words_are_sanctions(explainer: Explainer, text: str) -> None:
    assert types(explainer, text) == ["SANCTION"]


@pytest.mark.parametrize("text", [
    "Egypt massed armoured brigades near the Libyan border on Saturday.",
    "Iran beefed up its military presence on the islands on Saturday.",
    "The US positioned two destroyers off the coast of Yemen on Saturday.",
    "Russia ferried reinforcements to Latakia on Saturday.",
    "The Houthis paraded drones and missiles in Hodeidah on Saturday.",
])
def test_forces_moved_in_other_words_are_a_mobilisation(explainer: Explainer, text: str) -> None:
    assert types(explainer, text) == ["MOBILIZE"]


@pytest.mark.parametrize("text", [
    "Iraqi police nabbed a drug baron in Basra on Saturday.",
    "Egyptian police locked up a blogger on Saturday.",
    "Lebanese troops picked up three suspects in Sidon on Saturday.",
    "Kuwait stripped a former minister of his citizenship on Saturday.",
    "Iraqi security forces clamped down on protests in Nasiriyah on Saturday.",
])
def test_arrests_and_restrictions_in_other_words_are_coercion(explainer: Explainer, text: str) -> None:
    assert types(explainer, text) == ["COERCE"]


@pytest.mark.parametrize("text", [
    "Israeli jets pummelled Rafah on Saturday.",
    "Turkish warplanes hammered Kurdish positions in Syria on Saturday.",
    "An armed drone slammed into a house in Kirkuk on Saturday.",
    "An explosion ripped through a bus station in Damascus on Saturday.",
    "Gunmen mowed down six soldiers in Sinai on Saturday.",
])
def test_attacks_in_other_words_are_assaults(explainer: Explainer, text: str) -> None:
    assert "ASSAULT" in types(explainer, text)


def test_hammering_is_an_attack_only_with_forces_or_weapons_near(explainer: Explainer) -> None:
    assert types(explainer, "Israeli artillery hammered the outskirts of Khiam on Saturday.") == ["ASSAULT"]
    assert types(explainer, "The Iraqi dinar was hammered by inflation on Saturday.") == []
