"""Session 62, second round (sentences written for these tests), from the opened cluster_test69:
a railway or a pipeline mined or sabotaged is attacked, talks "sabotaged" are not; a strike a
union votes or resolves on is a threat to the employer, and so is putting a firm "on strike
alert"; two states' crews at one task "in tandem" cooperate; bakeries deprived of their
licences are sanctioned; people taken "into detention" are arrested; signatures set "in" a
town "to" a protocol sign it; a word read as a verb right after a party named after "by"
("killed by Taliban fire") is that party's doing, one act with the killing, not the victims'."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries

DAY = "1983-06-19"


def test_a_railway_mined_by_rebels_is_attacked(explainer: Explainer) -> None:
    [event] = code(explainer, "UNITA guerrillas mined the Benguela Railway east of Huambo on Sunday.", DAY)
    assert (event.type, countries(event.actors)) == ("ASSAULT", ["AGO"])


def test_a_pipeline_sabotaged_is_attacked(explainer: Explainer) -> None:
    [event] = code(explainer, "ELN guerrillas sabotaged the Cano Limon pipeline in Arauca on Sunday.", DAY)
    assert event.type == "ASSAULT"


def test_talks_sabotaged_are_no_attack(explainer: Explainer) -> None:
    events = code(explainer, "Hamas said Israel sabotaged the truce on Sunday.", DAY)
    assert "ASSAULT" not in [e.type for e in events]


def test_a_strike_voted_on_is_a_threat(explainer: Explainer) -> None:
    text = "The OWTU voted on Thursday to down tools at the refinery absent 12 percent more pay."
    assert [e.type for e in code(explainer, text, DAY)] == ["THREATEN"]


def test_a_stoppage_resolved_on_failing_a_raise_is_a_threat(explainer: Explainer) -> None:
    text = "The OWTU resolved to stop production at the refinery failing a 14 percent increase in wages."
    assert [e.type for e in code(explainer, text, DAY)] == ["THREATEN"]


def test_a_firm_put_on_strike_alert_by_a_union_is_threatened(explainer: Explainer) -> None:
    text = "The OWTU put the refinery on strike alert on Thursday, the union wanting 14 percent more pay."
    assert "THREATEN" in [e.type for e in code(explainer, text, DAY)]


def test_two_states_firemen_in_tandem_cooperate(explainer: Explainer) -> None:
    text = "Luxembourg and French firemen put out in tandem a blaze at a rolling mill in Esch-sur-Alzette on Sunday."
    [event] = code(explainer, text, DAY)
    assert (event.type, sorted(countries(event.actors))) == ("COOPERATE", ["FRA", "LUX"])


def test_bakeries_deprived_of_their_licences_are_sanctioned(explainer: Explainer) -> None:
    text = "Egypt's rationing authorities deprived 6 Alexandria bakeries of their trading licences on Sunday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode) == ("SANCTION", "discontinue")


def test_traders_taken_into_detention_are_arrested(explainer: Explainer) -> None:
    text = "Kenyan detectives took a clearing agent and 2 traders into detention in Mombasa on Sunday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.actors)) == ("COERCE", "arrest", ["KEN"])


def test_signatures_set_in_a_town_to_a_protocol_sign_it(explainer: Explainer) -> None:
    text = "Negotiators of Hungary and Poland set their signatures in Budapest to a trade protocol on Sunday."
    [event] = code(explainer, text, DAY)
    assert (event.type, sorted(countries(event.actors))) == ("SUPPORT", ["HUN", "POL"])


def test_the_fire_of_a_party_named_after_by_is_its_own_act(explainer: Explainer) -> None:
    events = code(explainer, "Three judges were killed by Taliban fire near the border.", DAY)
    assert [(e.type, e.trigger.text) for e in events] == [("ASSAULT", "killed")]
