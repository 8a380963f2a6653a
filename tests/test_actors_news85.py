"""Actor names of session 32 round 3 (sentences written here): Algeria's army by its French
initials where the report names Algeria, the Polisario Front as Western Sahara's own movement,
the Muslim Brotherhood (Egypt's, or another country's branch after its country word), and a
lowercase portfolio word glued only onto a ministry-like organ, never onto a verb's object."""

from __future__ import annotations

import pytest

from lapwing.knowledge import KnowledgeBase

from actor_helpers import hits


def test_the_anp_is_algerias_army_where_algeria_is_named(kb: KnowledgeBase) -> None:
    text = "Algeria sealed its southern frontier, and the ANP moved 2,000 soldiers toward Niger."
    assert hits(kb, text, "2013-01-20")["ANP"] == ("dza_anp", "DZA", "MIL")


def test_the_anp_without_algeria_is_no_army(kb: KnowledgeBase) -> None:
    found = hits(kb, "The ANP won three seats in the Peshawar assembly.", "2013-05-12")
    assert found.get("ANP", (None,))[0] != "dza_anp"


def test_the_polisario_is_western_saharas(kb: KnowledgeBase) -> None:
    found = hits(kb, "Polisario fighters said they shelled a Moroccan position near the berm.", "1989-10-07")
    assert found["Polisario fighters"] == ("polisario", "ESH", "REB")


@pytest.mark.parametrize("text, mention, country", [
    ("The Muslim Brotherhood called a rally in Alexandria for Friday.", "Muslim Brotherhood", "EGY"),
    ("Egypt's Muslim Brotherhood boycotted the vote.", "Egypt's Muslim Brotherhood", "EGY"),
    ("The Syrian Muslim Brotherhood rejected the amnesty offer.", "Syrian Muslim Brotherhood", "SYR"),
])
def test_the_muslim_brotherhood_and_its_national_branches(kb: KnowledgeBase, text: str, mention: str,
                                                          country: str) -> None:
    assert hits(kb, text, "2005-11-20")[mention][1] == country


def test_a_verb_before_a_legislature_is_no_portfolio(kb: KnowledgeBase) -> None:
    found = hits(kb, "Prime Minister Recep Erdogan addressed parliament on the Cyprus plan.", "2004-04-20")
    assert not any("addressed" in mention for mention in found)


@pytest.mark.parametrize("text, mention, country", [
    ("Kenya's health ministry said the outbreak had spread.", "Kenya's health ministry", "KEN"),
    ("Sudan's information ministry denied the report.", "Sudan's information ministry", "SDN"),
])
def test_a_portfolio_before_a_ministry_stays_the_organs(kb: KnowledgeBase, text: str, mention: str,
                                                        country: str) -> None:
    found = hits(kb, text, "2004-04-20")
    assert found[mention][1:] == (country, "GOV")
