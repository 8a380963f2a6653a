"""Warnings of a measure, civilians' blockades and rampages, subjunctive demands with a verb in
"-ly", and a state named by an epithet ending in a reporting word. Sentences written for these
tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type, types

DAY = "2003-09-15"


def test_a_warning_that_aid_would_be_cut_is_a_threat(explainer: Explainer) -> None:
    text = "Sweden on Monday warned Malawi that development aid would be cut if the vote was rigged."
    threats = of_type(explainer, text, "THREATEN", DAY)
    assert [countries(e.actors) for e in threats] == [["SWE"]]
    assert countries(threats[0].recipients) == ["MWI"]


def test_a_warning_that_a_measure_could_be_taken_is_a_threat(explainer: Explainer) -> None:
    text = "Egypt's interior minister warned on Monday that the opposition weekly could be shut down."
    assert [countries(e.actors) for e in of_type(explainer, text, "THREATEN", DAY)] == [["EGY"]]


def test_own_troops_that_could_reoccupy_make_a_threat(explainer: Explainer) -> None:
    text = "Turkey's defence minister warned on Friday that Turkish troops could reoccupy the border towns."
    assert [countries(e.actors) for e in of_type(explainer, text, "THREATEN", DAY)] == [["TUR"]]


def test_a_pledge_to_cut_or_a_warning_of_others_acts_is_no_threat(explainer: Explainer) -> None:
    assert not of_type(explainer, "Chile pledged on Monday to cut import duties on grain.", "THREATEN", DAY)
    assert not of_type(explainer, "Chile warned on Monday that growth could slow next year.", "THREATEN", DAY)
    text = "Chile warned on Monday that copper exports could be cut by the drought in the north."
    assert not of_type(explainer, text, "THREATEN", DAY)


def test_villagers_blockading_a_site_protest(explainer: Explainer) -> None:
    text = "Angry villagers on Monday blockaded the gates of the gold mine near Obuasi in Ghana."
    assert types(code(explainer, text, DAY)) == ["PROTEST"]
    (event,) = code(explainer, text, DAY)
    assert event.mode == "obstruct"


def test_truckers_blockade_of_a_tunnel_is_a_protest(explainer: Explainer) -> None:
    text = "The blockade of the Frejus tunnel by French truckers entered its third day on Sunday."
    assert types(code(explainer, text, DAY)) == ["PROTEST"]


def test_troops_sealing_off_a_town_restrict_it(explainer: Explainer) -> None:
    text = "Israeli troops on Monday sealed off the town of Tulkarm."
    assert types(code(explainer, text, DAY)) == ["COERCE"]


def test_a_blockade_civilians_say_they_will_mount_stays_a_threat(explainer: Explainer) -> None:
    text = "Spanish fishermen said on Friday they would blockade the port of Vigo from Monday."
    assert "PROTEST" not in types(code(explainer, text, DAY))


def test_youths_rampaging_riot_and_gunmen_rampaging_attack(explainer: Explainer) -> None:
    (riot,) = of_type(explainer, "Students rampaged through the centre of Dhaka on Tuesday.", "PROTEST", DAY)
    assert riot.mode == "riot"
    assert of_type(explainer, "Rebels rampaged through the village of Kisangani on Tuesday.", "ASSAULT", DAY)
    text = "Armed settlers rampaged through the hamlet of Burin on Sunday, torching olive groves."
    assert "PROTEST" not in types(code(explainer, text, DAY))
    text = "Rampages by Albanian youths in Durres over the pyramid schemes left two dead on Friday."
    assert of_type(explainer, text, "PROTEST", DAY)


def test_insisted_that_a_party_supply_is_a_demand(explainer: Explainer) -> None:
    text = "Croatia's president on Tuesday insisted that the United States supply his army with radar."
    (demand,) = of_type(explainer, text, "REQUEST", DAY)
    assert countries(demand.actors) == ["HRV"] and countries(demand.recipients) == ["USA"]


def test_the_jewish_state_is_a_party_not_a_speaker(explainer: Explainer) -> None:
    text = "The Jewish state freed 30 Lebanese prisoners on Wednesday."
    events = code(explainer, text, DAY)
    assert events and all(countries(e.actors) == ["ISR"] for e in events)
    assert all(e.attribution is None for e in events)
    # (no condition: since session 48 the acts of an "if" clause are not coded beside the news)
    text = "Damascus said the Jewish state bombed its radar sites in Lebanon, and vowed to hit back."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert countries(attack.actors) == ["ISR"]


def test_a_must_in_an_object_relative_demands_nothing(explainer: Explainer) -> None:
    text = "The envoy described the shelling as an aggression that the Jordanian state must confront."
    assert not of_type(explainer, text, "REQUEST", DAY)


def test_the_kremlin_said_stays_a_report(explainer: Explainer) -> None:
    text = "Moscow did not ask Syria to strike Turkey, the Kremlin said."
    events = code(explainer, text, DAY)
    assert events and all(e.attribution is not None and e.attribution.speaker.text == "Kremlin" for e in events)
