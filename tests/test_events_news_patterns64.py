"""Structures of news English around attacks, arrests, drills and visits (found opening the
clustering set cluster_test22), tested on sentences written for these tests: an attack named
by its own day ("Friday's shelling") is news with no party named; the doer an act is
ascribed to ("which the army attributed to X", "attributed by X to Y", "blamed N on Y"); a
state that names its own arrests "in what X called a Y"; a participle after a main clause
has no subject in the object's "linked to X"; a listed complement of "rehearsals of" is a
skill drilled; a vow about "every N fired" tells no attack; a "visiting" envoy visits whom
the speaker tells."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type, types

DAY = "2025-06-12"  # a Thursday


def test_an_attack_named_by_its_day_is_coded_with_no_party(explainer: Explainer) -> None:
    (attack,) = of_type(explainer, "A second casualty of Tuesday's mortar attack on the market died in hospital "
                        "overnight.", "ASSAULT", DAY)
    assert attack.actors == [] and attack.date.value == "2025-06-10"
    (raid,) = of_type(explainer, "Survivors of last week's air raid were still sleeping in tents.", "ASSAULT", DAY)
    assert raid.actors == []
    assert "CONSULT" not in types(code(explainer, "Talks resumed after Monday's meeting.", DAY))


def test_the_doer_an_attack_is_ascribed_to_acts(explainer: Explainer) -> None:
    (attack,) = of_type(explainer, "Wednesday's car bombing in Mogadishu, which police attributed to al-Shabaab, "
                        "killed five people.", "ASSAULT", DAY)
    assert [a.text for a in attack.actors] == ["Shabaab"]
    (shelling,) = of_type(explainer, "The shelling of the camp, attributed by the army to the Rapid Support Forces, "
                          "left nine dead.", "ASSAULT", DAY)
    assert [a.text for a in shelling.actors] == ["Rapid Support Forces"]
    (strike,) = of_type(explainer, "Kyiv ascribed the drone strike on the Kharkiv depot to Russian forces.",
                        "ASSAULT", DAY)
    assert countries(strike.actors) == ["RUS"]
    blamed = of_type(explainer, "Iraqi officials blamed Monday's rocket attack on Erbil airport on Kataib Hezbollah.",
                     "ASSAULT", DAY)
    assert [a.text for e in blamed for a in e.actors] == ["Kataib Hezbollah"]


def test_a_state_naming_its_own_arrests_made_them(explainer: Explainer) -> None:
    (arrest,) = of_type(explainer, "Nine people, among them a lawyer, were taken into custody in Tunis on Monday in "
                        "what the Tunisian authorities called a plot against the state.", "COERCE", DAY)
    assert countries(arrest.actors) == ["TUN"]
    assert "COERCE" not in types(code(explainer, "Dozens of students were detained in Tehran on Monday in what "
                                      "rights groups called a purge.", DAY))


def test_a_participle_after_the_main_clause_has_no_subject_in_its_tie(explainer: Explainer) -> None:
    events = code(explainer, "Undercover officers at the interior ministry have dismantled a smuggling ring linked "
                  "to Hezbollah near Zarqa, seizing rifles and cash.", DAY)
    assert all(a.text != "Hezbollah" for e in events for a in e.actors)


def test_a_listed_skill_an_exercise_rehearses_is_no_event(explainer: Explainer) -> None:
    events = code(explainer, "Pakistani and Turkish warships began a joint exercise on Monday, with rehearsals of "
                  "search and rescue, ship boarding and anti-aircraft fire.", DAY)
    assert "ASSAULT" not in types(events) and "COERCE" not in types(events)


def test_every_missile_fired_in_a_vow_is_no_attack(explainer: Explainer) -> None:
    assert "ASSAULT" not in types(code(explainer, "Iran's army chief said Israel would pay dearly for every drone "
                                       "launched at Iranian cities.", DAY))
    assert "ASSAULT" in types(code(explainer, "The army said every rocket fired at Sderot on Sunday was intercepted.",
                                   DAY))


def test_a_visiting_envoy_visits_whom_the_speaker_tells(explainer: Explainer) -> None:
    (visit,) = of_type(explainer, "Egyptian President Abdel Fattah al-Sisi said on Thursday that the crossing would "
                       "stay open, telling visiting Jordanian Foreign Minister Ayman Safadi that aid must flow.",
                       "CONSULT", DAY)
    assert countries(visit.actors) == ["JOR"] and countries(visit.recipients) == ["EGY"]
