"""Session 46 (sentences written for these tests), from the blind probe C19 once scored: a
visitor named by "the visiting ..." at the head of its clause and whom that visitor met, and
wordings of force gathered, demands, shared files, flows begun and halted, relief dropped
from the air and a vow to unleash fighters."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2041-06-14"


def test_the_visiting_official_heading_the_clause_is_the_visitor(explainer: Explainer) -> None:
    text = "The visiting Chilean foreign minister conferred for two hours with Peru's president in Lima."
    (visit,) = of_type(explainer, text, "CONSULT", DAY)
    assert countries(visit.actors) == ["CHL"]
    assert countries(visit.recipients) == ["PER"]
    text = "The visiting Iranian foreign minister met Iraqi leaders in Baghdad on Monday."
    (visit,) = of_type(explainer, text, "CONSULT", DAY)
    assert (countries(visit.actors), countries(visit.recipients)) == (["IRN"], ["IRQ"])


def test_force_gathered_and_a_rerun_insisted_on(explainer: Explainer) -> None:
    text = "Armenia has assembled 20,000 troops near its border with Azerbaijan."
    (mobilization,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert countries(mobilization.actors) == ["ARM"]
    text = "Opposition leader Raila Odinga insisted on a rerun of Kenya's disputed presidential vote."
    assert len(of_type(explainer, text, "REQUEST", DAY)) == 1


def test_files_passed_and_gas_flows_begun_or_halted(explainer: Explainer) -> None:
    text = "Jordanian intelligence officers have passed files on jihadist cells to Egypt, officials said."
    (sharing,) = of_type(explainer, text, "COOPERATE", DAY)
    assert countries(sharing.recipients) == ["EGY"]
    (flow,) = of_type(explainer, "Kazakhstan started pumping oil to China on Monday.", "COOPERATE", DAY)
    assert countries(flow.recipients) == ["CHN"]
    (cut,) = of_type(explainer, "Algeria halted all gas flows to Morocco on Monday.", "SANCTION", DAY)
    assert countries(cut.recipients) == ["MAR"]


def test_relief_dropped_from_the_air_and_a_vow_to_unleash_fighters(explainer: Explainer) -> None:
    text = "Indian air force transports dropped another 30 tonnes of rice over flooded villages on Sunday."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert countries(aid.actors) == ["IND"]
    text = "A Shabaab commander vowed to unleash suicide bombers against Kenyan troops in Somalia."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert countries(threat.recipients) == ["KEN"]
    assert of_type(explainer, text, "AGREE", DAY) == []


def test_attacks_a_patrol_is_mounted_to_curb_are_its_purpose(explainer: Explainer) -> None:
    text = "Kenyan and Somali troops mounted joint patrols near Mandera to curb smuggling and attacks on herders."
    assert of_type(explainer, text, "ASSAULT", DAY) == []
    assert len(of_type(explainer, text, "COOPERATE", DAY)) == 1


def test_sport_and_a_title_holder_are_no_acts(explainer: Explainer) -> None:
    text = "India beat Kenya by six wickets in Nairobi, with the opener hitting an unbeaten century off 90 balls."
    assert of_type(explainer, text, "ASSAULT", DAY) == []
    text = "Senegal stunned defending champions France 1-0 in the opening match of the World Cup in Seoul."
    assert of_type(explainer, text, "SUPPORT", DAY) == []


def test_armour_shipped_to_an_ally_is_aid_whatever_its_vintage(explainer: Explainer) -> None:
    text = "Poland has shipped dozens of Soviet-era tanks and infantry fighting vehicles to Ukraine by rail."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert countries(aid.actors) == ["POL"]
    assert "RUS" not in countries(aid.recipients)
    assert of_type(explainer, text, "ASSAULT", DAY) == []
    # near miss: a carmaker's vehicles are goods, no aid
    assert of_type(explainer, "Ford shipped 2,000 vehicles to Mexico in May.", "AID", DAY) == []


def test_monks_and_people_called_local_are_of_the_place(explainer: Explainer) -> None:
    text = "Riot police fired tear gas at hundreds of Buddhist monks gathered in Mandalay on Tuesday."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert countries(attack.recipients) == ["MMR"]
    text = "Police officers in Goma threatened to kill two local reporters who had filmed the raid."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert [(r.country, r.sector) for r in threat.recipients] == [("COD", "JRN")]


def test_a_march_fired_on_is_news_of_its_own(explainer: Explainer) -> None:
    text = "Riot police fired tear gas at hundreds of Buddhist monks marching through Mandalay on Tuesday."
    (march,) = of_type(explainer, text, "PROTEST", DAY)
    assert [(a.country, a.sector) for a in march.actors] == [("MMR", "REL")]


def test_a_capital_acting_keeps_its_act_beside_another_states(explainer: Explainer) -> None:
    text = "Baku mobilised reservists on Monday after Armenian forces massed armour along the border."
    acts = of_type(explainer, text, "MOBILIZE", DAY)
    assert ["AZE"] in [countries(act.actors) for act in acts]
