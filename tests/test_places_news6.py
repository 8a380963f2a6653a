"""Place recognition of units listed before one plural unit word (sentences our own): "Daraa
and As-Suwayda governorates" names two governorates, not a town and a governorate."""

from __future__ import annotations

import pytest

from lapwing.places import PlaceFinder

from place_helpers import places


@pytest.mark.parametrize("text, name", [
    ("Aid trucks headed for families in Daraa and As-Suwayda governorates on Sunday.", "Daraa"),
    ("Shelling hit villages in the Idlib and Hama provinces overnight.", "Idlib"),
])
def test_a_plural_unit_word_names_every_unit_listed_before_it(finder: PlaceFinder, text: str, name: str) -> None:
    candidate = places(finder, text).get(name)
    assert candidate is not None and candidate.feature == "admin1" and candidate.country == "SYR"


def test_a_name_before_a_singular_unit_word_after_a_list_stays_a_town(finder: PlaceFinder) -> None:
    # near miss: only a plural unit word speaks for the whole list
    candidate = places(finder, "Aid trucks reached Daraa and the Suwayda governorate on Sunday.").get("Daraa")
    assert candidate is not None and candidate.feature == "city"


def test_kosovo_places_take_the_code_the_actor_kb_and_plover_use(finder: PlaceFinder) -> None:
    candidate = places(finder, "Protesters gathered in Pristina on Monday.").get("Pristina")
    assert candidate is not None and candidate.country == "KOS"
