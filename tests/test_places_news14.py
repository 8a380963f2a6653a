"""Session 54 (sentences written for these tests), from probe C24: "central" before a name a
metropolis bears is that city's centre, not the middle of a smaller province named alike
abroad ("central Santiago" is Chile's capital, not the Dominican province of Santiago).
Guatemala's Ixcán is its own, not a Mexican hamlet of the name."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import places


def test_central_before_a_metropolis_is_its_centre(finder: PlaceFinder) -> None:
    found = places(finder, "Students marched through central Santiago on Thursday.")
    place = found.get("central Santiago") or found.get("Santiago")
    assert place is not None and place.country == "CHL"
    # near miss: a province named after a smaller town stays a province's part
    found = places(finder, "Clashes erupted in eastern Deir ez-Zor on Thursday.")
    assert found["eastern Deir ez-Zor"] is not None and found["eastern Deir ez-Zor"].country == "SYR"


def test_the_ixcan_is_guatemalas(finder: PlaceFinder) -> None:
    found = places(finder, "Guatemalan troops pushed into the Ixcan on Monday.")
    assert found["Ixcan"] is not None and found["Ixcan"].country == "GTM"
