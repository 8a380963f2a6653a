"""Event structure, ninth round (issue #5): a noun of aid and the participle that tells who
sent it are one act. In "Qatari aid sent by the Qatar Fund for Development" the agent after
"by" of the reduced relative on the noun did the noun's act (the country word before the
noun may only tell where the goods come from), and an irregular participle ("sent",
"brought", "given") stands between the noun and its "by" as an "-ed" one does."""

from __future__ import annotations

from functools import partial

from lapwing.explain import Explainer

import event_helpers

DAY = "2026-02-01"

code = partial(event_helpers.code, date=DAY)


def test_aid_sent_by_an_agency_is_one_act_by_the_agency(explainer: Explainer) -> None:
    text = "A convoy carrying Saudi relief sent by KSrelief reached the Yemeni city of Marib on Sunday."
    events = [e for e in code(explainer, text) if e.type == "AID"]
    assert len(events) == 1
    assert [a.actor_id for a in events[0].actors] == ["ksrelief"]


def test_an_irregular_participle_before_by_names_the_nouns_agent(explainer: Explainer) -> None:
    text = "Lebanon received on Tuesday medical aid brought by the World Health Organization."
    events = [e for e in code(explainer, text) if e.type == "AID"]
    assert len(events) == 1
    assert [a.text for a in events[0].actors] == ["World Health Organization"]
