"""Event structure: a dated act a comma-led stretch sets apart from the news (", a case separate
from the arrests made in Aswan on Monday", ", unconnected to Friday's raid") or gives as what an earlier
day's act was about (", subject of Monday's talks") is no news of the report, even where the
news itself is no coded event; a march owned by its day ("Yesterday's march in Oran drew
crowds") is a protest without a "by" agent; a toll after ", leaving" in any clause is what the
sentence's attack did. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, coded_types, of_type, place_of, types

DAY = "2025-05-14"  # a Wednesday


@pytest.mark.parametrize("link", ["unconnected to", "unrelated to", "distinct from", "separate from"])
def test_a_dated_act_set_apart_after_a_penalty_is_not_coded(explainer: Explainer, link: str) -> None:
    text = ("Kenya's energy regulator revoked the licence of a fuel importer today over tampered meters, "
            f"a penalty {link} Monday's asset freeze by the anti-graft commission, a spokesman said.")
    assert [e.trigger.text for e in code(explainer, text, DAY)] == ["revoked"]


def test_an_act_dated_after_its_noun_set_apart_from_the_news_is_not_coded(explainer: Explainer) -> None:
    text = ("Port Said health inspectors shut a pharmacy today, a case separate from the arrest of two smugglers "
            "by Aswan police on Monday.")
    assert of_type(explainer, text, "COERCE", DAY) == []


def test_an_act_set_apart_is_dropped_even_when_the_news_is_not_coded(explainer: Explainer) -> None:
    text = ("A column of 12 Moroccan lorries holding flour rolled past the Mauritanian border post this morning "
            "on its way to Bamako, a present of the Moroccan king to Mali separate from Monday's Qatari relief flight.")
    assert code(explainer, text, DAY) == []


def test_an_earlier_days_act_the_uncoded_news_is_about_is_not_coded(explainer: Explainer) -> None:
    text = "The two envoys also went over Sudan, subject of Monday's Saudi-American consultations."
    assert code(explainer, text, DAY) == []


def test_an_earlier_days_act_the_news_is_about_is_not_coded(explainer: Explainer) -> None:
    text = ("Qatar's emir received Jordan's foreign minister in Doha today to discuss regional ties, and the "
            "two men also went over Sudan, subject of Monday's Saudi-American consultations.")
    assert all(e.trigger.text != "consultations" for e in code(explainer, text, DAY))


def test_a_relief_flight_reaching_a_city_is_still_news(explainer: Explainer) -> None:
    text = "Monday's Qatari relief flight landed in Port Sudan with 30 tonnes of medicine, the embassy said."
    assert of_type(explainer, text, "AID", DAY)


def test_a_march_owned_by_its_day_is_a_protest_in_its_town(explainer: Explainer) -> None:
    text = ("Yesterday's march in Oran drew one of the largest crowds since the movement resumed its weekly "
            "rallies, and it ended calmly, though police kept the marchers away from the town hall.")
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert protest.trigger.text == "march"
    assert place_of(explainer, text, "PROTEST", DAY).name == "Oran"


def test_a_bare_march_without_its_marchers_is_no_protest(explainer: Explainer) -> None:
    text = "The long march of history has not spared the old quarter of Fez, the mayor told the council."
    assert of_type(explainer, text, "PROTEST", DAY) == []


def test_a_toll_after_leaving_in_a_saying_clause_is_the_dated_attacks(explainer: Explainer) -> None:
    text = ("Somalia's information minister condemned yesterday's al-Shabaab mortar attack on a market in "
            "Mogadishu as a massacre, saying the shells had fallen among shoppers, leaving 5 dead and 14 wounded.")
    attacks = of_type(explainer, text, "ASSAULT", DAY)
    assert [a.date.value for a in attacks] == ["2025-05-13"]


def test_a_folded_toll_makes_no_attacker_its_victim(explainer: Explainer) -> None:
    text = ("Shabaab mortar rounds slammed into a market in Mogadishu this morning, leaving 5 shoppers dead "
            "and 14 others wounded, the city's health office said.")
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert not {r.actor_id for r in attack.actors} & {r.actor_id for r in attack.recipients if r.actor_id}
    assert "ASSAULT" in types(code(explainer, text, DAY))


def test_a_days_march_further_on_still_needs_its_marchers(explainer: Explainer) -> None:
    text = ("Oran's governor today praised the town's traders for their patience, adding a word of thanks for "
            "Friday's march of events that had kept the port closed.")
    assert "PROTEST" not in coded_types(explainer, text, DAY)
