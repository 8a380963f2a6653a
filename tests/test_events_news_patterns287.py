"""Session 49 (sentences written for these tests), from cluster_test55: an attack "set upon", men
taken prisoner or put in irons, a firm named as culpable, common cause found and a compact
arrived at, tractors put at the disposal of farmers, backs turned on a demand, a trading licence
torn up or taken away (a penalty), a prison's doors opened to the jailed; and what is no event:
fire doors, a sea mine blown up, a campus strike's "strike"."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, of_type

DAY = "2037-05-12"


@pytest.mark.parametrize("text, type_", [
    ("Rebels set upon an army post near Gulu on Monday.", "ASSAULT"),
    ("Police in Lusaka took 5 smugglers prisoner on Monday.", "COERCE"),
    ("Tanzanian police put the 3 poachers in irons near Arusha on Monday.", "COERCE"),
    ("Zambia's environment agency named a copper miner as culpable for the acid spill on Monday.", "ACCUSE"),
    ("The Estonian and Finnish ministers found common cause on Monday on a new ferry link.", "AGREE"),
    ("Kenya's and Uganda's ministers arrived at a compact on Monday on rail tariffs.", "AGREE"),
    ("Japan put 40 tractors at the disposal of Senegalese farmers on Monday.", "AID"),
    ("Kenya's cabinet turned their backs on teachers who want a pay rise, ministers said on Monday.", "REJECT"),
])
def test_news_in_other_words(explainer: Explainer, text: str, type_: str) -> None:
    assert type_ in coded_types(explainer, text, DAY)


def test_soldiers_taken_prisoner_are_abducted(explainer: Explainer) -> None:
    text = "Rebels took 12 soldiers prisoner near Goma on Monday."
    assert coded_types(explainer, text, DAY) == ["ASSAULT"]


@pytest.mark.parametrize("verb", ["tore up", "took away"])
def test_a_trading_licence_taken_back_is_a_penalty(explainer: Explainer, verb: str) -> None:
    text = f"Ghana's trade ministry {verb} the trading licence of a rice importer on Monday."
    assert "SANCTION" in coded_types(explainer, text, DAY)


def test_a_prison_opened_to_the_jailed_frees_them(explainer: Explainer) -> None:
    text = "Mali's government opened the doors of the central prison to 9 jailed journalists on Monday."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert countries(release.actors) == ["MLI"]


@pytest.mark.parametrize("text", [
    "Inspectors of Greece's shipping ministry found defective fire doors on a ferry on Monday.",
    "Dutch and Belgian navy divers blew up a sea mine off Ostend on Monday.",
    "Students in Harare began organising a campus strike on Monday.",
])
def test_what_is_no_attack(explainer: Explainer, text: str) -> None:
    assert "ASSAULT" not in coded_types(explainer, text, DAY)
