"""Event structure: which clauses report the event, which are background. A ship known only by
its name after "aboard" ("activists aboard the Nightjar, intercepted by the navy") satisfies a
ship-requiring verb, and the participle with its own agent and day reports the seizure of that
ship; an event noun after a time-anchoring phrase ("in the wake of", "in the aftermath of",
"on the heels of", "the morning after") dates or explains the news and is no second report;
a main event noun opening the sentence is untouched. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, coded_types, countries, of_type, types

DAY = "2024-04-04"  # a Thursday


def test_a_participle_with_its_own_agent_on_a_boarded_ship_reports_the_seizure(explainer: Explainer) -> None:
    (seizure,) = of_type(explainer, "Volunteers aboard the Nightjar, intercepted by the Israeli navy on Tuesday, "
                         "were being questioned in Haifa, their lawyers said.", "COERCE", DAY)
    assert countries(seizure.actors) == ["ISR"]
    assert [r.actor_id for r in seizure.recipients] == ["prov:vessel_nightjar"]
    assert seizure.date.value == "2024-04-02"
    (seizure,) = of_type(explainer, "The crew on board the Sea Swallow, intercepted by the Egyptian navy "
                         "on Monday, were taken to Alexandria.", "COERCE", DAY)
    assert countries(seizure.actors) == ["EGY"]
    assert [r.actor_id for r in seizure.recipients] == ["prov:vessel_sea_swallow"]
    # a bare descriptive participle ("the besieged enclave") stays no event
    assert coded_types(explainer, "Volunteers aboard the Nightjar reached the besieged enclave on Tuesday.",
                       DAY) == []


def test_an_event_noun_in_the_wake_of_the_news_is_no_second_report(explainer: Explainer) -> None:
    events = code(explainer, "Riot police detained 20 Kurdish activists in Diyarbakir on Wednesday, the governor's "
                  "office said, in the wake of Monday's bombing of a police station by the PKK.", DAY)
    assert types(events) == ["COERCE"]
    events = code(explainer, "Jordan expelled the Syrian ambassador on Wednesday in the aftermath of the "
                  "shelling of Ramtha by Syrian troops.", DAY)
    assert "ASSAULT" not in types(events)
    events = code(explainer, "Egypt recalled its envoy from Tel Aviv on Wednesday, on the heels of an Israeli "
                  "air strike on a Sinai border post.", DAY)
    assert "ASSAULT" not in types(events)


def test_an_event_noun_the_morning_after_the_news_dates_it(explainer: Explainer) -> None:
    events = code(explainer, "A roadside bomb went off near Baiji this morning, a police source said; the blast "
                  "came the morning after an Iranian drone strike in Erbil.", DAY)
    assert [e.trigger.text for e in events] == ["roadside bomb"]
    assert coded_types(explainer, "The curfew began the morning after an Iranian drone strike in Erbil.", DAY) == []
    assert coded_types(explainer, "The curfew began the night after Syrian jets bombed Hama.", DAY) == []


def test_a_main_event_noun_opening_the_sentence_is_kept(explainer: Explainer) -> None:
    (attack,) = of_type(explainer, "An Iranian drone strike hit a Kurdish camp near Erbil on Wednesday, the "
                        "morning after a rocket attack on a US base.", "ASSAULT", DAY)
    assert countries(attack.actors) == ["IRN"]
    assert attack.trigger.text == "drone strike"
    (attack,) = of_type(explainer, "A Turkish air raid hit Sinjar on Wednesday, in the wake of a PKK ambush.",
                        "ASSAULT", DAY)
    assert countries(attack.actors) == ["TUR"]
