"""Heads of state and government of the 2010s and 2020s (kb/people.yaml): named, they are of
their state while they hold office and its former officials after; a title and a country
("Indonesia's president") are the one who held it on the article's date. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from actor_helpers import hit


@pytest.mark.parametrize(("text", "span", "day", "actor_id", "country"), [
    ("President Joko Widodo opened the new capital on Monday.", "President Joko Widodo", "2022-08-01",
     "joko_widodo", "IDN"),
    ("Narendra Modi flew to Paris on Monday.", "Narendra Modi", "2023-07-13", "narendra_modi", "IND"),
    ("Yoon Suk Yeol met business leaders on Monday.", "Yoon Suk Yeol", "2023-05-01", "yoon_suk_yeol", "KOR"),
    ("Olaf Scholz visited Kyiv on Monday.", "Olaf Scholz", "2022-06-16", "olaf_scholz", "DEU"),
    ("Pedro Castillo dissolved Congress on Wednesday.", "Pedro Castillo", "2022-12-07", "pedro_castillo", "PER"),
    ("Cyril Ramaphosa flew to Moscow on Monday.", "Cyril Ramaphosa", "2023-02-09", "cyril_ramaphosa", "ZAF"),
])
def test_a_head_named_in_office_is_of_his_state(kb, text: str, span: str, day: str, actor_id: str,
                                                country: str) -> None:
    found = hit(kb, text, span, day)
    assert (found.actor_id, found.country, found.sector) == (actor_id, country, "GOV")


def test_a_title_and_country_are_the_holder_on_the_day(kb) -> None:
    found = hit(kb, "Indonesia's president visited Hanoi on Monday.", "Indonesia's president", "2019-09-02")
    assert found.actor_id == "joko_widodo"
    # before his term and after it the title is another's
    before = hit(kb, "Indonesia's president visited Hanoi on Monday.", "Indonesia's president", "2012-09-03")
    assert before.actor_id != "joko_widodo"
    after = hit(kb, "Indonesia's president visited Hanoi on Monday.", "Indonesia's president", "2025-03-03")
    assert after.actor_id == "prabowo_subianto"


def test_a_head_out_of_office_is_a_former_official(kb) -> None:
    found = hit(kb, "Pedro Castillo remained in custody on Monday.", "Pedro Castillo", "2024-03-04")
    assert (found.country, found.sector) == ("PER", "ELI")
