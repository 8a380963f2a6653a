"""Who acts and who receives in some wire phrasings: a gerund of means ("by burning tyres") in a
participle clause is the crowd's act, not that of the party its first participle was aimed at;
the party that "flew" the drone heading the subject attacks with it; those whose sentences a pardon
cuts receive it; a name unknown to the KB given a post of a party ("a spokesman for X") speaks for
that party. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, known_countries, of_type

DAY = "2021-03-05"


def test_a_gerund_of_means_shares_the_crowd_not_the_target_before_it(explainer: Explainer) -> None:
    text = ("Hundreds of teachers filled Martyrs Square in Beirut on Monday, chanting against caretaker premier "
            "Hassan Diab and blocking the airport road by burning tyres.")
    protests = of_type(explainer, text, "PROTEST", DAY)
    assert protests
    assert not any("Diab" in actor.text for event in protests for actor in event.actors)


def test_the_party_that_flew_the_weapon_heading_the_subject_attacks(explainer: Explainer) -> None:
    text = "A Chinese-made drone flown by the Libyan army struck a fuel depot near Sirte on Friday."
    attacks = [e for e in code(explainer, text, DAY) if e.type == "ASSAULT" and e.trigger.text == "struck"]
    assert [known_countries(e.actors) for e in attacks] == [["LBY"]]


@pytest.mark.parametrize("text, pardoned", [
    ("Friday's royal amnesty cancels what remains of the sentences of more than 400 inmates of the central "
     "prison, officials said.", "inmates"),
    ("The presidential pardon cancels the sentences of the jailed Kenyan fishermen, the ministry said.",
     "Kenyan fishermen"),
])
def test_those_whose_sentences_a_pardon_cuts_receive_it(explainer: Explainer, text: str, pardoned: str) -> None:
    (pardon,) = of_type(explainer, text, "CONCEDE", DAY)
    assert [r.text for r in pardon.recipients] == [pardoned]


def test_an_unknown_spokesman_for_a_party_speaks_and_acts_for_it(explainer: Explainer) -> None:
    text = ("Karim Haddad, a spokesman for Hezbollah, said on Tuesday its fighters had shot down an Israeli drone "
            "over Nabatieh.")
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert attack.attribution is not None and attack.attribution.speaker.country == "LBN"
    assert known_countries(attack.actors) == ["LBN"]
