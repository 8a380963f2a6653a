"""Event structure, third round (issues #4/#5): a judgement closing a report ("X said Y did
Z, calling it a crime"), "the party" in its member's report, a threat whose subject is the
provocation, "its ministers", content that is no event (a speech's topic, what a refusal
refuses, an ultimatum's terms), forces patrolling together, and crowds that occupy or turn out."""

from __future__ import annotations

from lapwing.explain import Explainer
from lapwing.records import Event

from event_helpers import countries

DAY = "2026-05-12"


def code(explainer: Explainer, text: str, date: str = DAY) -> list[Event]:
    return explainer.analyse(text, date).events


def test_a_judgement_closing_a_report_is_the_speakers(explainer: Explainer) -> None:
    (event,) = code(explainer, "Egypt's foreign ministry said on Monday that Ethiopia had filled the dam without "
                    "an agreement, calling this a flagrant violation of international law.")
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("ACCUSE", ["EGY"], ["ETH"])
    # "without" before the participle's comma negates nothing after it
    (event,) = code(explainer, "Kenya's interior ministry said on Monday that the Shabaab had burned a school in "
                    "Mandera, leaving 300 pupils without classrooms, describing it as a terrorist act.")
    assert event.type == "ACCUSE" and event.modality != "negated" and countries(event.actors) == ["KEN"]
    # a hostile name that only gives the reason of another act, or a name that is no hostile one, accuses no one
    events = code(explainer, "Niger expelled two aid workers on Monday over what it termed 'hostile conduct'.")
    assert [e.type for e in events] == ["COERCE"]
    events = code(explainer, "The Omani minister described the talks as constructive.")
    assert "ACCUSE" not in [e.type for e in events]
    # others' view of the news, in a relative clause on an apposition naming it again
    events = code(explainer, "Moscow has sent two frigates to the Baltic, the Kremlin said on Monday, a deployment "
                  "Polish officials described as a provocation.")
    assert "ACCUSE" not in [e.type for e in events]


def test_an_unresolved_ministry_named_with_of_still_speaks(explainer: Explainer) -> None:
    (event,) = code(explainer, "The Ministry of Foreign Affairs said on Monday that Asmara had armed rebels in "
                    "Tigray, describing this as hostile conduct.")
    assert event.type == "ACCUSE" and [a.text for a in event.actors] == ["The Ministry of Foreign Affairs"]
    assert countries(event.recipients) == ["ERI"]



def test_the_party_in_its_members_report_is_his(explainer: Explainer) -> None:
    (event,) = code(explainer, "Hezbollah chief Naim Qassem said on Monday that the party would not hand over "
                    "its weapons.")
    assert event.type == "REJECT" and countries(event.actors) == ["LBN"]


def test_the_provocation_of_a_threat_is_not_the_threatener(explainer: Explainer) -> None:
    (event,) = code(explainer, "Israeli army chief Eyal Zamir said on Monday that any drone from Lebanon would "
                    "bring down entire blocks in Dahiyeh.")
    assert event.type == "THREATEN" and countries(event.actors) == ["ISR"]
    assert countries(event.recipients) == ["LBN"]


def test_its_ministers_are_the_named_bodys(explainer: Explainer) -> None:
    events = code(explainer, "Hungary's foreign minister lashed out at the European Union on Monday after its "
                  "ministers sanctioned four Hungarian firms.")
    sanction = next(e for e in events if e.type == "SANCTION")
    assert [a.text for a in sanction.actors] == ["European Union"]


def test_the_topic_of_a_speech_is_no_event(explainer: Explainer) -> None:
    assert code(explainer, "The Chadian foreign minister delivered a speech on aid to Sudan on Monday.") == []
    assert code(explainer, "The UN envoy gave a briefing on humanitarian aid to Gaza on Monday.") == []
    (event,) = code(explainer, "Qatar issued a statement on Monday on the Israeli strike on Doha.")
    assert event.type == "ASSAULT"


def test_what_a_refusal_refuses_is_no_event(explainer: Explainer) -> None:
    events = code(explainer, "The Turkish government stood firm on Tuesday against Swedish demands over the "
                  "extradition of activists.")
    assert [e.type for e in events] == ["REJECT"]
    events = code(explainer, "Hungary blocked an EU statement criticising China on Friday, diplomats said.")
    assert [e.type for e in events] == ["REJECT"]


def test_an_ultimatum_is_one_threat(explainer: Explainer) -> None:
    (event,) = code(explainer, "Rebels gave the government in Bangui 72 hours to resign or face an assault on "
                    "the capital.")
    assert event.type == "THREATEN" and event.trigger.text == "gave"


def test_forces_of_two_states_patrolling_together_cooperate(explainer: Explainer) -> None:
    (event,) = code(explainer, "Nigerian and Chadian troops are jointly patrolling the shores of Lake Chad.")
    assert event.type == "COOPERATE" and sorted(countries(event.actors)) == ["NGA", "TCD"]
    assert code(explainer, "Egyptian soldiers patrolled the border with Gaza on Monday.") == []


def test_crowds_occupying_or_turning_out_protest(explainer: Explainer) -> None:
    (event,) = code(explainer, "Protesters occupied the airport in Hong Kong on Monday, halting all flights.")
    assert (event.type, event.mode) == ("PROTEST", "demo")
    (event,) = code(explainer, "About 5,000 people turned out in central Minsk on Sunday to demand fresh elections.")
    assert event.type == "PROTEST"
