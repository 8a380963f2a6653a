""""The National Guard" is a body of several states (Tunisia's gendarmerie, Saudi Arabia's and
Kuwait's guards, the United States' reserve forces): alone, it is the one of the state its
document names, and no one's when it names none or several. Sentences written for these tests."""

from __future__ import annotations

from actor_helpers import hit, hits

DAY = "2015-11-09"


def test_the_national_guard_in_a_tunisian_story_is_tunisias(kb) -> None:
    text = "The National Guard arrested four smugglers near the Tunisian border town of Ben Guerdane on Monday."
    found = hit(kb, text, "National Guard", DAY)
    assert (found.actor_id, found.country, found.sector) == ("tun_national_guard", "TUN", "COP")


def test_the_national_guard_in_a_kuwaiti_story_is_kuwaits(kb) -> None:
    text = "Kuwait on Monday said the National Guard would protect the oil fields."
    found = hit(kb, text, "National Guard", DAY)
    assert (found.actor_id, found.country) == ("kwt_national_guard", "KWT")


def test_the_national_guard_in_an_american_story_is_americas(kb) -> None:
    text = "The governor of the US state of Missouri called out the National Guard on Monday."
    found = hit(kb, text, "National Guard", DAY)
    assert (found.actor_id, found.country, found.sector) == ("usa_national_guard", "USA", "MIL")


def test_the_tunisian_national_guard_by_its_country_word(kb) -> None:
    found = hit(kb, "Tunisian National Guard units raided a farm on Monday.", "Tunisian National Guard units", DAY)
    assert (found.country, found.sector) == ("TUN", "COP")


def test_the_national_guard_of_no_named_state_is_no_ones(kb) -> None:
    found = hits(kb, "The National Guard arrested four smugglers on Monday.", DAY)
    assert all(country is None for _, country, _ in found.values())


def test_the_national_guard_of_two_named_states_is_no_ones(kb) -> None:
    text = "Saudi Arabia and Kuwait said on Monday the National Guard would protect the oil fields."
    found = hits(kb, text, DAY)
    assert found.get("National Guard", (None, None, None))[1] is None
