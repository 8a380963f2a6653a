"""Event roles, issue #4: working people who act where they live take the country of the
event's place when the text names none ("coal miners walked off the job in the Kuzbass
region of Siberia" are Soviet civilians; "lawyers marched through Lahore" Pakistani), as
residents and students already did (`domestic_civilians` in events.yaml)."""

from __future__ import annotations

from functools import partial

import event_helpers

code = partial(event_helpers.code, date="1991-06-11")


def test_miners_striking_in_a_region_are_of_its_country(explainer):
    events = code(explainer, "Some 10,000 coal miners walked off the job in the Kuzbass region of Siberia "
                             "on Tuesday demanding better food supplies.")
    protests = [e for e in events if e.type == "PROTEST"]
    assert protests and {a.country for a in protests[0].actors} == {"RUS"}


def test_lawyers_marching_in_a_city_are_of_its_country(explainer):
    events = code(explainer, "Hundreds of lawyers marched through the streets of Lahore on Friday "
                             "against the dismissal of the chief justice.")
    protests = [e for e in events if e.type == "PROTEST"]
    assert protests and {a.country for a in protests[0].actors} == {"PAK"}
