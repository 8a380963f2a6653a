"""Constructions found while reading the errors of tests/fixtures/cluster_test11 (2026-11-21),
tested here on sentences written for these tests: a warplane's or a force's country, the
sender of a vehicle, compound participant nouns, trigger words read as another type near
another word class (trucks of food entering, reinforcements arriving), ships docking with
relief, a state's forces named by their side ("regime forces"), patron words that are no
party, relative clauses inside a subject, namesakes of different countries, nouns that are
no reporting verbs, participles describing a noun, counts after a day adjunct, unnamed
agents after "by", hand-overs with the person last, and extraditions."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code as events, countries, of_type

DAY = "2025-03-12"  # a Wednesday


def test_a_warplane_and_a_force_take_the_country_word_before_them(explainer: Explainer) -> None:
    (strike,) = of_type(explainer, "An Israeli enemy warplane launched two air raids on Tuesday on the "
                        "outskirts of the town of Tebnine.", "ASSAULT", DAY)
    assert countries(strike.actors) == ["ISR"]
    (retreat,) = of_type(explainer, "A Turkish force of around 20 vehicles pulled out of the village on "
                         "Monday afternoon, residents said.", "RETREAT", DAY)
    assert countries(retreat.actors) == ["TUR"]


def test_a_vehicle_sent_by_a_party_makes_the_sender_the_giver(explainer: Explainer) -> None:
    text = ("A ship sent by Qatar's development fund carrying 1,800 tonnes of flour, medicine and tents "
            "docked at the port of Limassol on Tuesday, officials said.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert countries(aid.actors) == ["QAT"]


def test_a_compound_of_workers_is_a_party_and_labour_of_the_place(explainer: Explainer) -> None:
    (protest,) = of_type(explainer, "Hundreds of dockworkers rallied in Basra on Sunday over unpaid wages.",
                         "PROTEST", DAY)
    assert [(a.text, a.country, a.sector) for a in protest.actors] == [("dockworkers", "IRQ", "LAB")]


def test_a_word_codes_another_type_next_to_another_word_class(explainer: Explainer) -> None:
    text = "A Turkish convoy of tanks and armoured vehicles entered Idlib on Tuesday, the monitor said."
    assert [e.type for e in events(explainer, text, DAY)] == ["MOBILIZE"]
    text = "Egyptian trucks carrying flour and medicine entered the Gaza Strip on Tuesday, the agency said."
    assert [e.type for e in events(explainer, text, DAY)] == ["AID"]
    text = "Turkish reinforcements arrived on Tuesday at the outskirts of Tal Abyad, local sources said."
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert countries(move.actors) == ["TUR"]


def test_reinforcements_from_a_party_are_its_own(explainer: Explainer) -> None:
    text = "Military reinforcements from the Iraqi army arrived on Tuesday in Sinjar, local sources said."
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert countries(move.actors) == ["IRQ"]


def test_regime_and_government_forces_are_the_army_of_the_place(explainer: Explainer) -> None:
    (shelling,) = of_type(explainer, "Regime forces shelled the town of Kafr Nabl in Idlib on Tuesday.",
                          "ASSAULT", DAY)
    assert [(a.country, a.sector) for a in shelling.actors] == [("SYR", "MIL")]
    (move,) = of_type(explainer, "Government forces sent a large convoy of tanks to the front lines near "
                      "Saraqib on Tuesday.", "MOBILIZE", DAY)
    assert countries(move.actors) == ["SYR"]


def test_a_patron_word_is_not_the_party_it_describes(explainer: Explainer) -> None:
    text = ("Dozens of vehicles carrying fighters of the Iran-backed brigade deployed along the front "
            "lines near Deir Hafer on Tuesday, a field source said.")
    assert all("IRN" not in countries(e.actors) for e in events(explainer, text, DAY))


def test_pushing_reinforcements_is_a_mobilisation(explainer: Explainer) -> None:
    (move,) = of_type(explainer, "Ankara has pushed fresh reinforcements to the border, a source said.",
                      "MOBILIZE", DAY)
    assert countries(move.actors) == ["TUR"]


def test_a_party_inside_a_relative_clause_of_the_subject_does_not_act(explainer: Explainer) -> None:
    text = ("IDF troops who operated for three days in a village in southern Lebanon's Nabatieh "
            "governorate have withdrawn, the military said.")
    (retreat,) = of_type(explainer, text, "RETREAT", DAY)
    assert countries(retreat.actors) == ["ISR"]
    text = ("Ansar Allah, the Iran-aligned rebels who control Yemen's north, released dozens of detained "
            "government troops on Saturday, the rebels said.")
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert [a.actor_id for a in release.actors] == ["houthis"]


def test_a_shared_name_takes_the_country_the_document_names(explainer: Explainer) -> None:
    text = ("Delegations of the House of Representatives and the High Council of State agreed on Tuesday "
            "in Rabat to form a joint committee, a closing statement said.")
    (deal,) = of_type(explainer, text, "AGREE", DAY)
    assert countries(deal.actors) == ["LBY", "LBY"]
    text = "The House of Representatives voted on Tuesday to sanction Iranian oil buyers, US officials said."
    assert all(a.actor_id != "lby_hor" for e in events(explainer, text, DAY) for a in e.actors)


def test_a_reporting_word_after_a_determiner_is_a_noun(explainer: Explainer) -> None:
    text = ("Gulf ministers reiterated their backing for the Emirates on Monday, and rejected any claim "
            "to the islands by Iran, the communique said.")
    (rejection,) = of_type(explainer, text, "REJECT", DAY)
    assert rejection.modality == "reported" and rejection.attribution is not None
    assert "claim" not in rejection.attribution.cue


def test_a_participle_describing_a_noun_is_no_event_of_the_clause_subject(explainer: Explainer) -> None:
    text = ("Jordan handed over to Iraq on Thursday a fugitive former official convicted of embezzling "
            "public funds, judicial sources said.")
    assert [e.type for e in events(explainer, text, DAY)] == ["COOPERATE"]
    (handover,) = events(explainer, text, DAY)
    assert countries(handover.actors) == ["JOR"] and countries(handover.recipients) == ["IRQ"]
    text = ("Retirees of the national steel company gathered on Sunday in front of the governorate in Ahvaz, "
            "demanding unpaid pensions.")
    assert [e.type for e in events(explainer, text, DAY)] == ["PROTEST"]


def test_a_count_after_a_day_adjunct_is_an_object_not_a_passive(explainer: Explainer) -> None:
    text = "The Houthi-run prisoners committee released on Saturday 60 prisoners on humanitarian grounds."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert release.actors and not release.recipients


def test_an_unnamed_agent_after_by_is_not_replaced_by_the_speaker(explainer: Explainer) -> None:
    text = ("ISIS fighters ambushed an army bus near Palmyra on Tuesday, killing 14 soldiers, the monitor "
            "said, describing it as the deadliest attack by the group in months.")
    for event in of_type(explainer, text, "ASSAULT", DAY):
        assert event.actors == [] or countries(event.actors) == ["IMG"], event.trigger.text


def test_an_extradition_is_cooperation(explainer: Explainer) -> None:
    text = "It was the latest extradition to Iraq under the two countries' judicial agreement."
    assert [e.type for e in events(explainer, text, DAY)] in (["COOPERATE"], [])
    (handover,) = of_type(explainer, "Turkey completed on Monday the extradition of two suspects to Iraq.",
                          "COOPERATE", DAY)
    assert countries(handover.actors) == ["TUR"]


def test_publishing_and_water_releases_free_no_one(explainer: Explainer) -> None:
    assert of_type(explainer, "Hamas released a statement on Monday condemning the raid.", "RETREAT", DAY) == []
    assert of_type(explainer, "The army released footage of the strike on Monday.", "RETREAT", DAY) == []
    assert of_type(explainer, "The two leaders discussed water releases in the Euphrates.", "RETREAT", DAY) == []
    (release,) = of_type(explainer, "Hamas released three Israeli hostages on Saturday.", "RETREAT", DAY)
    assert countries(release.recipients) == ["ISR"]


def test_peacekeepers_arriving_are_aid_and_troops_arriving_a_mobilisation(explainer: Explainer) -> None:
    assert [e.type for e in events(explainer, "Irish peacekeeping troops arrived in south Lebanon on Monday.",
                                   DAY)] == ["AID"]
    assert [e.type for e in events(explainer, "Turkish troops arrived in Tal Abyad on Monday.", DAY)] == ["MOBILIZE"]


def test_an_unnamed_agent_of_a_passive_participle_is_not_guessed(explainer: Explainer) -> None:
    text = ("Kataib Hezbollah warned on Friday that US forces would become targets, in a statement signed "
            "by the faction's security official.")
    assert of_type(explainer, text, "SUPPORT", DAY) == []


def test_a_government_in_a_seat_is_that_states(explainer: Explainer) -> None:
    for text, code in (("The government in Tripoli accused Haftar of blocking oil exports.", "LBY"),
                       ("The army-aligned government in Port Sudan accused the UAE of arming the RSF.", "SDN"),
                       ("Officials in Baghdad accused Turkey of violating Iraqi airspace.", "IRQ")):
        (accusation,) = of_type(explainer, text, "ACCUSE", DAY)
        assert countries(accusation.actors) == [code], text


def test_a_group_an_attack_is_blamed_on_is_not_its_target(explainer: Explainer) -> None:
    text = ("Militants stormed an army post in North Waziristan on Wednesday, the military said, in the "
            "latest of a string of attacks blamed on the Pakistani Taliban.")
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert "ttp" not in [r.actor_id for r in attack.recipients]
