"""Event roles, issue #4, round 5: goods a subject receives go to it even when their noun is
a verb's form ("received medical supplies from"); a party an adjunct joins to the act
("together with", "alongside", "in a joint operation with") acts too; talking or chatting
with the public ("students", "reporters") is no consultation, as there is no counterpart."""

from __future__ import annotations

from functools import partial

import pytest

import event_helpers

code = partial(event_helpers.code, date="2025-06-11")


def _of_type(explainer, text: str, type_: str) -> list:
    return [e for e in code(explainer, text) if e.type == type_]


def _countries(refs) -> list[str]:
    return sorted({r.country for r in refs if r.country})


@pytest.mark.parametrize("text, giver, receiver", [
    ("Nepal received medical supplies from China on Tuesday.", "CHN", "NPL"),
    ("Laos received emergency supplies from Vietnam after the floods on Monday.", "VNM", "LAO"),
])
def test_goods_received_in_a_verb_form_go_to_the_subject(explainer, text, giver, receiver):
    (aid,) = _of_type(explainer, text, "AID")
    assert _countries(aid.actors) == [giver]
    assert _countries(aid.recipients) == [receiver]


@pytest.mark.parametrize("text, actors", [
    ("Nigerian troops killed twenty militants in a joint operation with Chadian forces on Monday.",
     ["NGA", "TCD"]),
    ("Kenya, together with Uganda, deployed troops to Somalia on Monday.", ["KEN", "UGA"]),
    ("Somali troops attacked an al-Shabaab base alongside Kenyan soldiers on Sunday.", ["KEN", "SOM"]),
])
def test_a_party_joined_by_an_adjunct_acts_too(explainer, text, actors):
    events = [e for e in code(explainer, text) if e.actors]
    assert events
    joined = events[0]
    assert len(joined.actors) >= 2
    assert _countries(joined.actors) == actors
    assert not any(r.text.endswith(("forces", "Uganda", "soldiers")) for r in joined.recipients)


@pytest.mark.parametrize("text", [
    "The Kenyan president chatted with students in Nairobi on Monday.",
    "The Ghanaian foreign minister talked with reporters in Accra on Monday.",
])
def test_talking_with_the_public_is_no_consultation(explainer, text):
    assert _of_type(explainer, text, "CONSULT") == []


def test_chatting_with_a_counterpart_stays_a_consultation(explainer):
    (talks,) = _of_type(explainer, "Singapore's prime minister chatted with his Malaysian counterpart on Thursday.",
                        "CONSULT")
    assert _countries(talks.recipients) == ["MYS"]


@pytest.mark.parametrize("text, target", [
    ("Algeria deployed troops to the Libyan border on Monday.", "LBY"),
    ("Turkey moved tanks to the Syrian border on Monday.", "SYR"),
    ("Iraq sent troops to Syria's border on Monday.", "SYR"),
    ("India massed troops along the Pakistani border on Monday.", "PAK"),
])
def test_forces_sent_to_a_neighbours_border_face_the_neighbour(explainer, text, target):
    (move,) = _of_type(explainer, text, "MOBILIZE")
    assert _countries(move.recipients) == [target]


def test_a_named_border_place_is_only_where_forces_go(explainer):
    (move,) = _of_type(explainer, "Iraq sent troops to the Syrian border district of Qaim on Monday.", "MOBILIZE")
    assert move.recipients == []


@pytest.mark.parametrize("text, giver, receiver", [
    ("Sri Lanka accepted relief supplies from Japan on Monday.", "JPN", "LKA"),
    ("Fiji accepted emergency aid from New Zealand on Tuesday.", "NZL", "FJI"),
])
def test_accepting_goods_is_receiving_them(explainer, text, giver, receiver):
    events = code(explainer, text)
    assert [e.type for e in events] == ["AID"]
    assert _countries(events[0].actors) == [giver]
    assert _countries(events[0].recipients) == [receiver]


@pytest.mark.parametrize("text", [
    "China cancelled the talks on Monday, citing an Indian military exercise near the border.",
    "Pakistan postponed the visit on Monday, citing an Indian missile test.",
])
def test_citing_a_reason_names_no_speaker(explainer, text):
    events = code(explainer, text)
    assert events
    assert all(e.attribution is None or "Indian" not in e.attribution.speaker.text for e in events)


def test_citing_a_source_still_attributes(explainer):
    events = code(explainer, "Turkish jets struck Kurdish positions in northern Iraq on Monday, "
                             "state media reported citing Turkish security officials.")
    assert any(e.attribution is not None for e in events)


def test_an_adjunct_right_after_the_object_adds_to_the_object(explainer):
    (arrest,) = _of_type(explainer, "Israeli forces arrested the Hamas commander along with two Palestinian aides "
                                    "in Jenin on Monday.", "COERCE")
    assert _countries(arrest.actors) == ["ISR"]


def test_along_with_before_the_verb_joins_the_subject(explainer):
    (veto,) = _of_type(explainer, "Russia, along with China, vetoed the resolution on Monday.", "REJECT")
    assert _countries(veto.actors) == ["CHN", "RUS"]
