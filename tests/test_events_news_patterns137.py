"""Modality, background and false triggers in news wordings: an indefinite act that is the
subject of "would", "could" or "will" is weighed, not done; a noun dated "a day earlier"
after "separate from" is another report's news; "let ... leave" frees only held people or
ships; a plane "of" relief goods sent is aid; a person held at a security force's facility
is detained. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from lapwing.events_lexicon import LexiconError, load_lexicon
from lapwing.explain import Explainer

from event_helpers import coded_types, of_type

DAY = "2025-07-08"


@pytest.mark.parametrize("text, type_", [
    ("A Georgian attack would carry a heavy price for the whole region, the minister said.", "ASSAULT"),
    ("An Israeli strike on the reactor could ignite a regional war, the envoy said.", "ASSAULT"),
    ("A Turkish incursion into the north will only deepen the crisis, the senator said.", "ASSAULT"),
])
def test_an_act_whose_outcome_is_weighed_is_hypothetical(explainer: Explainer, text: str, type_: str) -> None:
    (act,) = of_type(explainer, text, type_, DAY)
    assert act.modality == "hypothetical"


@pytest.mark.parametrize("text", [
    "An Israeli strike on the reactor on Monday will be investigated, the envoy said.",
    "An Israeli strike that killed two guards will be investigated, the envoy said.",
    "The Israeli strike on the reactor could ignite a regional war, the envoy said.",
])
def test_a_dated_described_or_definite_act_is_no_weighed_outcome(explainer: Explainer, text: str) -> None:
    (strike,) = of_type(explainer, text, "ASSAULT", DAY)
    assert strike.modality != "hypothetical"


def test_an_act_that_will_take_place_is_no_weighed_outcome(explainer: Explainer) -> None:
    text = "A naval exercise of the Chinese fleet would start near Taiwan next week, state media said."
    assert all(e.modality != "hypothetical" for e in of_type(explainer, text, "MOBILIZE", DAY))


@pytest.mark.parametrize("before", ["the day before", "a day earlier", "last week"])
def test_a_noun_dated_earlier_after_separate_from_is_background(explainer: Explainer, before: str) -> None:
    text = (f"Ghana's president and Togo's foreign minister held talks in Accra on Monday, a meeting "
            f"distinct from the summit with Nigeria {before}, the presidency said.")
    assert coded_types(explainer, text, DAY) == ["CONSULT"]


def test_a_noun_after_separate_from_with_no_earlier_day_stays_an_event(explainer: Explainer) -> None:
    text = ("Ghana's president and Togo's foreign minister held talks in Accra on Monday, a meeting "
            "distinct from the summit with Nigeria, the presidency said.")
    assert coded_types(explainer, text, DAY) == ["CONSULT", "CONSULT"]


@pytest.mark.parametrize("text", [
    "Yemen's Houthis let the crew of the seized tanker leave on Monday, a spokesman said.",
    "Iran let two British nationals held for four years on spying charges leave Evin prison on Monday.",
    "Libya's coast guard let the fishing trawler leave Misrata port on Monday.",
])
def test_letting_held_people_or_a_ship_leave_frees_them(explainer: Explainer, text: str) -> None:
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert release.trigger.text == "let"


def test_letting_people_leave_a_country_frees_no_one(explainer: Explainer) -> None:
    text = ("The Omani ministry on Monday granted a grace period to visa overstayers, letting them settle "
            "their fines or leave the sultanate, an official said.")
    assert of_type(explainer, text, "RETREAT", DAY) == []


@pytest.mark.parametrize("text, recipient", [
    ("Doha sent another aircraft of relief supplies to Sudan on Monday, the foreign ministry said.", "SDN"),
    ("The UAE dispatched two aircraft of medical supplies to Libya on Monday.", "LBY"),
    ("Turkey dispatched an aircraft carrying humanitarian aid to Lebanon on Monday.", "LBN"),
])
def test_planes_of_relief_goods_sent_are_aid(explainer: Explainer, text: str, recipient: str) -> None:
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert [r.country for r in aid.recipients] == [recipient]
    assert of_type(explainer, text, "MOBILIZE", DAY) == []


def test_aircraft_of_a_force_sent_are_still_mobilised(explainer: Explainer) -> None:
    text = "Russia sent aircraft of the Aerospace Forces to Syria on Monday."
    assert coded_types(explainer, text, DAY) == ["MOBILIZE"]


@pytest.mark.parametrize("text", [
    "Tunisia's opposition leader is being held at a police compound in Tunis, his lawyer said.",
    "Kufra's mayor is being held at an intelligence facility in Benghazi, relatives said.",
])
def test_held_at_a_security_force_facility_is_detained(explainer: Explainer, text: str) -> None:
    (detention,) = of_type(explainer, text, "COERCE", DAY)
    assert detention.trigger.text == "held"


@pytest.mark.parametrize("text, type_", [
    ("The ministers of Egypt and Sudan held talks at a security facility in Khartoum on Monday.", "CONSULT"),
    ("The Egyptian army held drills at a military base in Sinai on Monday.", "MOBILIZE"),
])
def test_an_event_held_at_a_security_facility_detains_no_one(explainer: Explainer, text: str, type_: str) -> None:
    assert coded_types(explainer, text, DAY) == [type_]


def test_a_class_member_naming_a_class_adds_its_words() -> None:
    lexicon = load_lexicon()
    assert all(lexicon.in_class(word, "held_parties") for word in ("tanker", "hostages", "crew", "detained"))
    assert not any(word.startswith("@") for word in lexicon.classes["held_parties"])


def test_a_class_member_naming_no_class_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "events.yaml"
    bad.write_text("classes: {held: ['@boats', hostages]}\nverbs: {}\nnouns: {}\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_lexicon(bad)
    assert f"{bad}:1" in str(err.value) and "'@boats'" in str(err.value)
