"""Session 50 (sentences written for these tests), from probe C23: South Asia's general strikes
("hartal", "bandh") are strikes; a member barred from a body's own sittings is expelled from them
(SANCTION), where police barring reporters from a meeting restrict them; trade preferences are
withdrawn however long the name of the scheme between the verb and them."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, coded_types, countries, of_type

DAY = "2031-05-06"


def test_a_hartal_is_a_strike(explainer: Explainer) -> None:
    text = "The opposition enforced a dawn-to-dusk hartal in Chittagong on Monday."
    events = code(explainer, text, DAY)
    assert [(e.type, e.mode) for e in events] == [("PROTEST", "strike")]
    assert coded_types(explainer, "Traders observed a bandh in Jammu on Monday.", DAY) == ["PROTEST"]


def test_a_member_barred_from_a_bodys_sittings_is_expelled(explainer: Explainer) -> None:
    text = "The African Union barred Guinea from its summits on Monday."
    [event] = of_type(explainer, text, "SANCTION", DAY)
    assert event.mode == "expel" and countries(event.recipients) == ["GIN"]
    # near miss: reporters kept out of a meeting are restricted, not expelled from a body
    assert coded_types(explainer, "Police barred reporters from the meeting on Monday.", DAY) == ["COERCE"]


def test_trade_preferences_behind_a_long_name_are_withdrawn(explainer: Explainer) -> None:
    text = "The European Union withdrew Cambodia's GSP-plus tariff-free trade preferences on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.recipients)) == ("SANCTION", ["KHM"])
