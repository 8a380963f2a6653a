"""Session 53 (sentences written for these tests), from the opened cluster_test59: a closing
speaker who "indicated" or "acknowledged" the news speaks where the phrase puts him, no scene
of the seizure the sentence tells, though its trigger is typed only by the goods after it ("found
a 480-kilo cocaine load"); the country a flight came "out of" is where its passengers came
from, no scene of their arrest."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code

DAY = "1993-02-11"


def test_where_a_closing_speaker_indicated_the_news_is_no_scene(explainer: Explainer) -> None:
    text = ("Guard agents at Puerto Cabello this afternoon opened a container of frozen shrimp and found a "
            "480-kilo cocaine load beneath the cartons, a Guard commander in Carabobo indicated.")
    [event] = code(explainer, text, DAY)
    assert event.location is not None and event.location.name == "Puerto Cabello"
    assert event.modality == "reported"


def test_the_country_a_flight_came_out_of_is_no_scene(explainer: Explainer) -> None:
    text = ("Military police locked up 7 suspected cocaine swallowers today, all passengers aboard a KLM "
            "flight out of Curacao, a spokeswoman announced.")
    [event] = code(explainer, text, DAY)
    assert event.location is None or event.location.country != "CUW"
