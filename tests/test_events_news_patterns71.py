"""Event triggers, issue #4 (lexicon, round 4 of the second fresh probe): guilt laid on a
party in reported speech, threat idioms in the passive and the base form, a host state
closing another's bases or expelling its troops, a force presence wound down, squares
jammed by counted crowds, and "station" with a count of forces.

A speaker who says X "was guilty of" or "was responsible for" a wrong, or "was to blame" for
an act, accuses X; a place that "could be turned into a sea of fire", "would be reduced to
rubble" or "will be wiped off the map" is threatened by the speaker, and so is a country one
"would wipe off the map"; closing a foreign power's bases or expelling its troops is an
expulsion, a threat when it is future or conditional; shrinking a military presence ("wound
down its troop presence at the air base") is a withdrawal from where it stood; a counted
crowd that jams, crowds or chokes a square rallies; "to station 5,000 troops" deploys them,
while a "television station" a week after jets bombed deploys nothing."""

from __future__ import annotations

from functools import partial

from lapwing.explain import Explainer

import event_helpers

DAY = "1991-06-11"

code = partial(event_helpers.code, date=DAY)


def _of(explainer: Explainer, text: str, type_: str) -> list:
    return [e for e in code(explainer, text) if e.type == type_]


def _countries(refs: list) -> set:
    return {r.country for r in refs}


def test_a_party_said_to_be_guilty_or_to_blame_is_accused(explainer: Explainer) -> None:
    for text in ("Radio Havana said Washington was guilty of open meddling in Panama's elections.",
                 "The Iraqi foreign ministry said Kuwait was responsible for the attacks on its border posts.",
                 "Pretoria said Angola was to blame for the fighting along the Namibian border."):
        events = _of(explainer, text, "ACCUSE")
        assert events, text
        assert _countries(events[0].actors) != _countries(events[0].recipients) != set(), text
    # a duty one is responsible for is no wrong laid on anyone, and parties "guilty of
    # violating" a truce are told doing it: the violation is the event
    assert _of(explainer, "The minister said the army was responsible for border security.", "ACCUSE") == []
    assert _of(explainer, "Both armies are guilty of violating the truce signed in March, according to "
                          "a group of monitors.", "ACCUSE") == []


def test_threat_idioms_in_the_passive_and_base_form(explainer: Explainer) -> None:
    for text, target in (
            ("An Iraqi general said Riyadh would be reduced to rubble if American troops attacked.", "SAU"),
            ("A Syrian official said that Israel would be wiped off the map in any new war.", "ISR"),
            ("A North Korean general said that South Korea could be turned into a sea of fire.", "KOR"),
            ("Baghdad radio said Iraq would wipe Israel off the map if it struck.", "ISR")):
        events = _of(explainer, text, "THREATEN")
        assert events and target in _countries(events[0].recipients), text
    # the past describes what was done: no threat
    assert _of(explainer, "The old quarter of Beirut was reduced to rubble in the shelling.", "THREATEN") == []


def test_closing_foreign_bases_or_expelling_forces(explainer: Explainer) -> None:
    events = _of(explainer, "Manila said on Tuesday it would close the American bases at Subic Bay unless "
                            "Washington paid more rent.", "THREATEN")
    assert events and "USA" in _countries(events[0].recipients)
    events = _of(explainer, "Cairo expelled Soviet military advisers on Tuesday.", "SANCTION")
    assert events and "RUS" in _countries(events[0].recipients)
    # an army closing bases of its own sanctions no one
    assert _of(explainer, "The army closed two of its bases in the north on Tuesday.", "SANCTION") == []


def test_a_military_presence_wound_down_is_a_withdrawal(explainer: Explainer) -> None:
    for text, target in (("Moscow has wound down its troop presence at the Cam Ranh naval base in Vietnam.", "VNM"),
                         ("France scaled back its military presence in Chad on Tuesday.", "TCD")):
        events = _of(explainer, text, "RETREAT")
        assert events and events[0].mode == "withdraw", text
        assert target in _countries(events[0].recipients), text


def test_a_counted_crowd_jamming_a_square_rallies(explainer: Explainer) -> None:
    for text in ("Tens of thousands of Albanians jammed Skanderbeg Square in Tirana on Tuesday.",
                 "Thousands of students crowded into the main square of Lvov on Tuesday.",
                 "Hundreds of thousands of Romanians choked the avenues of central Bucharest on Tuesday."):
        assert _of(explainer, text, "PROTEST"), text
    assert _of(explainer, "Traffic jammed the main avenue of Lagos on Tuesday.", "PROTEST") == []


def test_stationing_a_count_of_troops(explainer: Explainer) -> None:
    for text in ("Washington will station 2,000 more troops in Turkey.",
                 "Tokyo plans to station about 600 soldiers on the island."):
        assert _of(explainer, text, "MOBILIZE"), text
    for text in ("Rebel leaders spoke on a private television station a week after federal jets bombed the town.",
                 "Rebels took over the radio station two days after troops left the capital."):
        assert [e for e in _of(explainer, text, "MOBILIZE") if e.trigger.text == "station"] == [], text
