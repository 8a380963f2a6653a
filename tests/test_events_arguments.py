"""Argument classes, places as roles, nationality of unplaced actors and threat modes.

Each sentence was written for these tests; each test names the general rule it guards.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lapwing.events_lexicon import LexiconError, load_lexicon
from lapwing.explain import Explainer

from event_helpers import code, countries



def test_a_class_word_in_a_key_matches_any_member(explainer: Explainer) -> None:
    """"send * @forces": destroyers, warships and troops all make a deployment; what was
    sent gives the mode."""
    for unit, mode in (("two destroyers", "weapons"), ("three warships", "weapons"), ("more troops", "troops")):
        (event,) = code(explainer, f"Britain sent {unit} to the Gulf on Monday.")
        assert (event.type, event.mode) == ("MOBILIZE", mode)
        assert countries(event.actors) == ["GBR"]
    assert not any(e.type == "MOBILIZE" for e in code(explainer, "Britain sent a letter to Iran."))


def test_a_required_class_gates_an_ambiguous_trigger(explainer: Explainer) -> None:
    """"launch" is an attack with a weapon near it, not when talks are launched."""
    (event,) = code(explainer, "A drone was launched at Haifa on Monday.")
    assert (event.type, event.mode) == ("ASSAULT", "drone")
    assert not any(e.type == "ASSAULT" for e in code(explainer, "Iran launched talks with Oman on Monday."))


def test_needs_object_codes_a_reception_only_with_someone_received(explainer: Explainer) -> None:
    (event,) = code(explainer, "Lebanese President Joseph Aoun received the Qatari foreign minister in Beirut.")
    assert (event.type, event.mode) == ("CONSULT", "visit")
    # the visitor acts, the host receives (PLOVER manual, CONSULT)
    assert countries(event.actors) == ["QAT"] and countries(event.recipients) == ["LBN"]
    assert code(explainer, "The ministry received a letter on Monday.") == []


def test_places_fired_from_and_at_stand_for_their_countries(explainer: Explainer) -> None:
    (event,) = code(explainer, "Two rockets were fired from Lebanon toward Haifa on Friday.")
    assert event.type == "ASSAULT"
    assert countries(event.actors) == ["LBN"] and countries(event.recipients) == ["ISR"]
    assert event.recipients[0].reason.startswith("metonymy:")


def test_a_place_struck_does_not_split_one_attack_in_two(explainer: Explainer) -> None:
    """The killing and the bombing are one ASSAULT; "a car bombing" is a noun (explosives)."""
    (event,) = code(explainer, "Three civilians were killed in a car bombing in Baghdad.")
    assert (event.type, event.mode) == ("ASSAULT", "explosives")
    assert countries(event.recipients) == ["IRQ"]


def test_martyred_is_killed(explainer: Explainer) -> None:
    (event,) = code(explainer, "Two fighters were martyred in an Israeli strike near Tyre.")
    assert event.type == "ASSAULT" and countries(event.actors) == ["ISR"]


def test_an_unplaced_official_takes_the_country_word_of_its_phrase(explainer: Explainer) -> None:
    (event,) = code(explainer, "Egyptian junior minister Omar Fathy criticised Israel on Monday.")
    assert event.type == "ACCUSE"
    assert countries(event.actors) == ["EGY"] and countries(event.recipients) == ["ISR"]


def test_a_threat_takes_the_mode_of_the_act_threatened(explainer: Explainer) -> None:
    (event,) = code(explainer, "Iran threatened to arrest the crew of the tanker.")
    assert (event.type, event.mode) == ("THREATEN", "arrest")
    lexicon = load_lexicon()
    assert lexicon.threat_mode("ASSAULT") == "violence"
    assert lexicon.threat_mode("SANCTION", "withdraw") == "relations"
    assert lexicon.threat_mode("AGREE") is None


def test_street_protests_need_protesters(explainer: Explainer) -> None:
    (event,) = code(explainer, "Hundreds of protesters took to the streets of Basra on Friday.")
    assert (event.type, event.mode) == ("PROTEST", "demo")
    (gathered,) = code(explainer, "Demonstrators gathered outside the parliament in Baghdad.")
    assert gathered.type == "PROTEST"
    assert code(explainer, "Relatives gathered at the hospital in Baghdad.") == []


def test_an_unknown_word_class_is_an_error_with_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "events.yaml"
    bad.write_text("classes: {forces: [troops]}\nverbs:\n  send * @fleet: {type: MOBILIZE}\n"
                   "  launch: {type: ASSAULT, requires: arms}\nnouns: {}\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_lexicon(bad)
    assert f"{bad}:3" in str(err.value) and "'fleet'" in str(err.value)
    assert f"{bad}:4" in str(err.value) and "'arms'" in str(err.value)


def test_x_must_do_y_said_by_a_speaker_is_a_demand_of_x(explainer: Explainer) -> None:
    """"must" in reported speech: the speaker demands, the subject is addressed, and the act
    demanded is content, not an event."""
    (event,) = code(explainer, "Iran must release the tanker and its crew, Britain said.")
    assert (event.type, event.modality) == ("REQUEST", "asserted")
    assert countries(event.actors) == ["GBR"] and countries(event.recipients) == ["IRN"]
    assert code(explainer, "The attackers must be punished, Egypt said.") == []  # no one addressed


def test_a_future_act_on_a_condition_is_a_threat(explainer: Explainer) -> None:
    events = code(explainer, "Turkey will withdraw its troops from Qatar unless the blockade ends.")
    assert [(e.type, e.modality) for e in events][0] == ("THREATEN", "asserted")
    assert countries(events[0].actors) == ["TUR"] and countries(events[0].recipients) == ["QAT"]
    (plain,) = code(explainer, "Turkey will withdraw its troops from Qatar next year.")
    assert plain.type == "CONCEDE"  # an announced retreat, no condition


def test_a_capitalised_reporting_form_in_a_name_is_no_reporting_verb(explainer: Explainer) -> None:
    """"the United States sent": "States" does not cut the subject off as "said" would."""
    (event,) = code(explainer, "The United States sent two destroyers to the eastern Mediterranean.")
    assert event.type == "MOBILIZE" and countries(event.actors) == ["USA"]


def test_swearing_revenge_is_a_threat(explainer: Explainer) -> None:
    (event,) = code(explainer, "Hezbollah fighters swore to avenge the commander.")
    assert event.type == "THREATEN" and countries(event.actors) == ["LBN"]


def test_giving_is_aid_only_with_goods_given(explainer: Explainer) -> None:
    (event,) = code(explainer, "Japan gave Jordan 20 million dollars of aid on Monday.")
    assert event.type == "AID"
    assert countries(event.actors) == ["JPN"] and countries(event.recipients) == ["JOR"]
    assert code(explainer, "Japan gave Jordan a warning on Monday.") == []


def test_a_measure_of_talks_keeps_the_clause_subject(explainer: Explainer) -> None:
    (event,) = code(explainer, "Iranian and Omani officials held two hours of talks in Muscat.")
    assert event.type == "CONSULT" and sorted(countries(event.actors)) == ["IRN", "OMN"]


def test_an_unknown_name_is_placed_by_the_country_word_in_it(explainer: Explainer) -> None:
    (event,) = code(explainer, "U.S. Special Envoy Amos Hochstein telephoned Lebanese Prime Minister "
                               "Najib Mikati on Monday.")
    assert (event.type, event.mode) == ("CONSULT", "phone")
    assert countries(event.actors) == ["USA", "LBN"] and not event.recipients  # a call: both parties


def test_an_office_holder_serves_the_country_in_context_but_not_the_one_targeted(explainer: Explainer) -> None:
    (resigned,) = code(explainer, "Lt. Gen. Omar Haddad resigned on Monday after protests swept Jordan.")
    assert resigned.type == "RETREAT" and countries(resigned.actors) == ["JOR"]
    (threat,) = code(explainer, "President Omar Haddad threatened Jordan with sanctions.")
    assert countries(threat.actors) == [None] and countries(threat.recipients) == ["JOR"]


def test_a_relative_clause_says_a_condemned_act_happened_and_who_did_it(explainer: Explainer) -> None:
    events = code(explainer, "Iran condemned the sanctions that the European Union imposed on Iranian firms.")
    by_type = {e.type: e for e in events}
    assert set(by_type) == {"ACCUSE", "SANCTION"}
    assert countries(by_type["SANCTION"].actors) == ["EUR"]
    assert countries(by_type["SANCTION"].recipients) == ["IRN"]
    (accusation,) = code(explainer, "Iran condemned the sanctions on Iranian firms.")
    assert accusation.type == "ACCUSE"  # the sanctions alone are the content of the condemnation


def test_an_explosion_needs_a_weapon_and_strikes_its_place(explainer: Explainer) -> None:
    (event,) = code(explainer, "A bomb exploded near a police station in Kirkuk.")
    assert (event.type, event.mode) == ("ASSAULT", "explosives") and countries(event.recipients) == ["IRQ"]
    assert [e.type for e in code(explainer, "Protests exploded in Kirkuk.")] == ["PROTEST"]  # no attack


def test_stopping_an_exchange_is_a_sanction_and_shortening_a_curfew_a_concession(explainer: Explainer) -> None:
    (halt,) = code(explainer, "Germany halted arms exports to Turkey on Monday.")
    assert (halt.type, halt.mode) == ("SANCTION", "discontinue")
    assert countries(halt.actors) == ["DEU"] and countries(halt.recipients) == ["TUR"]
    (eased,) = code(explainer, "Jordan shortened the curfew in Zarqa on Monday.")
    assert eased.type == "CONCEDE" and countries(eased.actors) == ["JOR"]


def test_a_verb_after_and_shares_the_subject_of_the_verb_before(explainer: Explainer) -> None:
    """"released hostages and fired rockets": Hamas fired, not the hostages."""
    by_type = {e.type: e for e in code(explainer, "Hamas released two Israeli hostages and fired rockets at Sderot.")}
    assert countries(by_type["RETREAT"].recipients) == ["ISR"]
    assert countries(by_type["ASSAULT"].actors) == ["PSE"] and countries(by_type["ASSAULT"].recipients) == ["ISR"]


def test_in_protest_takes_the_subject_of_the_clause(explainer: Explainer) -> None:
    events = code(explainer, "Jordanian students staged a hunger strike in Amman in protest at the arrests.")
    assert [(e.type, e.mode) for e in events] == [("PROTEST", "hunger")]
    assert countries(events[0].actors) == ["JOR"]


def test_the_nearest_weapon_word_gives_the_mode_and_a_base_hosting_troops_is_no_visit(explainer: Explainer) -> None:
    (event,) = code(explainer, "Rockets were fired at Ain al-Asad air base, which hosts U.S. troops, on Tuesday.")
    assert (event.type, event.mode) == ("ASSAULT", "heavy-weapons")  # "rockets", not "air"
    assert countries(event.recipients) == ["IRQ"]


def test_a_name_before_an_event_noun_is_its_actor_not_the_place_struck(explainer: Explainer) -> None:
    (event,) = code(explainer, "Its founder was killed in a U.S. drone strike at Baghdad airport in January 2020.")
    assert countries(event.actors) == ["USA"] and countries(event.recipients) == ["IRQ"]


def test_pressure_as_a_noun_is_no_request(explainer: Explainer) -> None:
    assert code(explainer, "Lebanon said growing pressure by Israel would not change its position.") == []
    (event,) = code(explainer, "Egypt pressured Hamas to accept the truce.")
    assert event.type == "REQUEST" and countries(event.recipients) == ["PSE"]


def test_an_attack_is_located_where_it_hit_not_at_its_launch_site(explainer: Explainer) -> None:
    """"fired from Gaza at Ashkelon": Gaza stands for the attacker (a participant), so the
    location is the place struck."""
    for text in ("Militants fired rockets from Gaza at Ashkelon on Monday.",
                 "Hamas fired rockets from Gaza at Ashkelon on Monday."):
        (event,) = code(explainer, text)
        assert event.location is not None and event.location.text == "Ashkelon", text
        assert countries(event.recipients) == ["ISR"]


def test_a_participant_is_never_the_location(explainer: Explainer) -> None:
    """A country acting, or acted upon, is not where the event happened, whatever the
    preposition before it."""
    (event,) = code(explainer, "Qatar sent aid to Lebanon on Monday.")
    assert countries(event.recipients) == ["LBN"] and event.location is None
    (event,) = code(explainer, "Israeli jets struck the southern Lebanese town of Khiam on Monday.")
    assert event.location is None or event.location.text != "Lebanese"


def test_the_city_visited_is_still_the_location(explainer: Explainer) -> None:
    (event,) = code(explainer, "Erdogan visited Baghdad on Monday.")
    assert event.location is not None and event.location.text == "Baghdad"
