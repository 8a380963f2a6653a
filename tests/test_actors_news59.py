"""Sources and targets: a day's phrase between an act noun and its "by"; a demonym in a
speaker's title is no victim; the party a modifier names on a labelled act did it; "who" after
"X loyal to Y" is X; business owners and inmates are participants; the pensioners of a firm
are its people, not the firm; a passive "set free by X" has X free them; a subject before a
relative clause without commas; a membership's owner and body; the giver after a gift's "of"
or "from". Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2025-06-18"


def _texts(refs) -> list[str]:
    return [r.text for r in refs]


@pytest.mark.parametrize("day", ["on Monday", "yesterday", "on Sunday night"])
def test_a_day_phrase_between_an_act_noun_and_its_by_keeps_the_doer(explainer: Explainer, day: str) -> None:
    text = f"The walkout {day} by dock workers at the Kharg port was the largest in years, unions said."
    (walkout,) = of_type(explainer, text, "PROTEST", DAY)
    assert _texts(walkout.actors) == ["workers"]


def test_a_day_phrase_before_the_by_of_a_raid(explainer: Explainer) -> None:
    text = "The raid yesterday by Turkish troops on a village near Duhok killed two shepherds."
    raids = of_type(explainer, text, "ASSAULT", DAY)
    assert raids and all([a.country for a in r.actors] == ["TUR"] for r in raids)


def test_a_demonym_in_a_speakers_title_is_no_victim(explainer: Explainer) -> None:
    text = ("Libyan Interior Minister Imad Trabelsi branded Sunday's militia rocket attack on a clinic in "
            "Misrata a war crime, saying the rockets had ripped through a ward full of patients, leaving "
            "5 dead and 9 wounded.")
    attacks = of_type(explainer, text, "ASSAULT", DAY)
    assert attacks and all("Libyan" not in _texts(a.recipients) for a in attacks)


def test_the_party_modifying_a_labelled_act_did_it(explainer: Explainer) -> None:
    text = ("Libyan Interior Minister Imad Trabelsi branded Sunday's Wagner drone attack on a clinic in "
            "Sirte a war crime.")
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [a.country for a in attack.actors] == ["RUS"]


def test_who_after_fighters_loyal_to_a_leader_is_the_fighters(explainer: Explainer) -> None:
    text = ("Egypt supplied weapons to Libyan fighters loyal to Khalifa Haftar who overran army positions "
            "near the town of Gharyan, leaving 6 soldiers dead.")
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert _texts(attack.actors) == ["Libyan fighters"]


def test_a_business_owner_is_a_civilian_target(explainer: Explainer) -> None:
    text = "Giza police arrested a pharmacy owner and two of his assistants for selling expired drugs."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert [(r.text, r.country, r.sector) for r in arrest.recipients] == [("owner", "EGY", "CVL")]


@pytest.mark.parametrize(("people", "sector"), [("Retirees", "CVL"), ("Workers", "LAB")])
def test_the_people_of_a_company_protest_not_the_company(explainer: Explainer, people: str, sector: str) -> None:
    text = f"{people} of the Isfahan Copper Company gathered outside the provincial governorate in Isfahan."
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert [(a.text, a.country, a.sector) for a in protest.actors] == [(people, "IRN", sector)]


def test_set_free_by_a_party_has_it_free_them(explainer: Explainer) -> None:
    text = "Some 80 Yemeni detainees were set free by Saudi authorities on Monday, their lawyers said."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert [a.country for a in release.actors] == ["SAU"]
    assert [r.country for r in release.recipients] == ["YEM"]


@pytest.mark.parametrize("text", [
    "Farmers who lost their harvest to the floods went on the rampage in the town of Kassala.",
    "Thousands of Sudanese farmers who lost their harvest to the floods went on the rampage in Kassala.",
])
def test_the_subject_before_a_relative_clause_acts(explainer: Explainer, text: str) -> None:
    (riot,) = of_type(explainer, text, "PROTEST", DAY)
    assert [a.country for a in riot.actors] == ["SDN"]


def test_a_pronoun_in_the_relative_clause_leaves_the_subject_open(explainer: Explainer) -> None:
    text = "Farmers who said they would march on Kassala went on the rampage in the town."
    riots = of_type(explainer, text, "PROTEST", DAY)
    assert all("Farmers" not in _texts(r.actors) for r in riots)


def test_inmates_are_participants(explainer: Explainer) -> None:
    text = "Inmates at Kober prison in Khartoum have gone on hunger strike."
    (strike,) = of_type(explainer, text, "PROTEST", DAY)
    assert _texts(strike.actors) == ["Inmates"]


@pytest.mark.parametrize("agent, actor", [("", "IGO"), (" by the Peace and Security Council", "IGO")])
def test_a_suspended_membership_shuts_its_owner_out(explainer: Explainer, agent: str, actor: str) -> None:
    text = f"Mali's membership of the African Union was suspended{agent} on Friday."
    (suspension,) = of_type(explainer, text, "SANCTION", DAY)
    assert [r.country for r in suspension.recipients] == ["MLI"]
    assert [a.country for a in suspension.actors] == [actor]


@pytest.mark.parametrize("gift", ["a gift of the Iraqi government", "a donation from the Iraqi government"])
def test_the_party_after_a_gifts_of_or_from_gives_it(explainer: Explainer, gift: str) -> None:
    text = f"The shipment of medicine is {gift} to Lebanon."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert [a.country for a in aid.actors] == ["IRQ"]
    assert [r.country for r in aid.recipients] == ["LBN"]
