"""Session 36 (sentences written for these tests): places news names that the gazetteer
lacked: Sierra Leone's districts (GeoNames' towns carry no district code there), the main
island of the Seychelles, Pakistan's gas town of Sui and Jamaica's parish of St Thomas."""

from __future__ import annotations

import pytest

from lapwing.places import PlaceFinder

from place_helpers import places


@pytest.mark.parametrize("text, name, country", [
    ("The ministry withdrew 32 diamond mining licences in Kono district.", "Kono", "SLE"),
    ("Coast guard vessels patrolled the waters north of Mahe on Tuesday.", "Mahe", "SYC"),
    ("Rebels blew up a gas pipeline near Sui in Dera Bugti.", "Sui", "PAK"),
    ("Residents of Yallahs, St Thomas, barricaded the main road.", "St Thomas", "JAM"),
])
def test_places_the_gazetteer_lacked(finder: PlaceFinder, text: str, name: str, country: str) -> None:
    candidate = places(finder, text).get(name)
    assert candidate is not None and candidate.country == country


def test_kailahun_bare_stays_the_town(finder: PlaceFinder) -> None:
    # near miss: a district named like its chief town gets no bare name
    town = places(finder, "Health workers in Kailahun traced 40 contacts.")["Kailahun"]
    assert town is not None and town.feature == "city"
