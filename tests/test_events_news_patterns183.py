"""The passive of a "verb * noun" key far from its "by" agent, a present perfect since a state set
in, and an -ing participle that states an accord's terms. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, known_countries, of_type

DAY = "2019-03-12"


def test_a_passive_key_reaches_its_agent_past_an_inclusion_and_several_phrases(explainer: Explainer) -> None:
    text = ("Fresh reinforcements, including armoured vehicles and howitzers, were moved before dawn to the edge "
            "of Tal Afar near the border by the Iraqi army, officials said.")
    moves = of_type(explainer, text, "MOBILIZE", DAY)
    assert [known_countries(e.actors) for e in moves] == [["IRQ"]]


def test_a_passive_key_with_a_listed_subject_takes_the_agents_named_after_a_comma(explainer: Explainer) -> None:
    text = ("Three accords on fisheries, tourism and customs were sealed in Dakar on Monday by the two neighbours, "
            "Senegal and Mauritania, the agency said.")
    signings = of_type(explainer, text, "SUPPORT", DAY)
    assert [known_countries(e.actors) for e in signings] == [["MRT", "SEN"]]


def test_a_present_perfect_since_a_state_set_in_is_background(explainer: Explainer) -> None:
    text = "Oman's foreign minister has shuttled between Tehran and Riyadh since the dispute over the islands began."
    assert not of_type(explainer, text, "CONSULT", DAY)


def test_a_present_perfect_since_a_dated_start_stays_news(explainer: Explainer) -> None:
    text = "Oman's foreign minister has shuttled between Tehran and Riyadh since the talks began on Sunday."
    assert of_type(explainer, text, "CONSULT", DAY)


def test_an_ing_participle_after_a_contract_is_a_term_of_it(explainer: Explainer) -> None:
    text = ("The Moroccan phosphate group OCP and Senegal's SENELEC today concluded a contract extending Moroccan "
            "fertiliser supplies to Senegal by five years.")
    assert [e.type for e in code(explainer, text, DAY)] == ["SUPPORT"]


def test_an_accord_signing_ceremony_stays_a_signing(explainer: Explainer) -> None:
    text = "Benin and Niger held an accord signing ceremony in Cotonou on Monday."
    assert of_type(explainer, text, "SUPPORT", DAY)
