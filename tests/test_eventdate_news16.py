"""An event dated by a weekday that a past participle or a relative clause ties to its act, whatever
the main verb's tense ("aid flown in on Wednesday will feed ..."). Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import dates_by_trigger

DAY = "2019-06-13"  # a Thursday


def _dates(explainer: Explainer, text: str) -> dict[str, tuple[str | None, str]]:
    return dates_by_trigger(explainer, text, DAY)


def test_aid_flown_in_on_a_weekday_is_dated_back_although_the_main_verb_is_future(explainer: Explainer) -> None:
    dates = _dates(explainer, "Emirati food aid flown into Kismayo on Tuesday will feed 30,000 people for two "
                              "weeks, the charity said.")
    assert dates["aid"] == ("2019-06-11", "explicit")


def test_a_weekday_in_a_relative_clause_dates_the_act_of_that_clause(explainer: Explainer) -> None:
    dates = _dates(explainer, "The three agreements that Ruto and Museveni put their signatures to at the state "
                              "house on Tuesday will let Kenyan lorries cross Uganda, an aide said.")
    assert dates["put"] == ("2019-06-11", "explicit")
