"""Session 62 (sentences written for these tests), from the opened cluster_test69: a closing
report's speaker who "remarked", "recounted" or "affirmed" in a town sits there, as one who
"said" does: the town is no scene of the deed the sentence tells before."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import place_of

DAY = "1983-02-08"


@pytest.mark.parametrize("verb", ["remarked", "recounted", "affirmed"])
def test_a_speakers_town_after_a_reporting_verb_is_no_scene(explainer: Explainer, verb: str) -> None:
    text = (f"Crates at Kilindini harbour in Mombasa hid elephant tusks on Monday, Kenyan police taking three "
            f"traders into custody, a CID spokesman {verb} in Nairobi, the crates addressed to a firm.")
    place = place_of(explainer, text, "COERCE", DAY)
    assert place is None or place.name != "Nairobi"
