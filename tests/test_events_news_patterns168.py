"""Busy wire sentences whose side verbs are no acts of the day: a consequence told with
", prompting X to" or ", spurring X to", an act a party "has yet to" do, a town "seized" in
fighting (ground won, as "captured"), and the closure of newspapers "ordered" (a silencing,
no request). Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, known_countries, of_type

DAY = "1998-03-17"


@pytest.mark.parametrize("verb", ["prompting", "spurring"])
def test_what_the_news_prompted_another_party_to_do_is_no_act(explainer: Explainer, verb: str) -> None:
    text = ("Guerrillas of the Democratic Front shelled a police post in the southern province on Sunday, "
            f"{verb} the interior minister to suspend all road traffic into the hills, local officials said.")
    types = coded_types(explainer, text, DAY)
    assert "ASSAULT" in types and "SANCTION" not in types and "COERCE" not in types


@pytest.mark.parametrize("phrase", ["has yet to", "is yet to"])
def test_an_act_a_party_has_yet_to_do_is_not_done(explainer: Explainer, phrase: str) -> None:
    text = (f"The Southern African Development Community {phrase} agree on a peacekeeping force for Lesotho, "
            "delegates said at the end of a two-day gathering in Gaborone.")
    assert "AGREE" not in coded_types(explainer, text, DAY)


def test_a_town_seized_in_fighting_is_an_attack(explainer: Explainer) -> None:
    text = ("Rwandan Patriotic Front troops seized the northern town of Ruhengeri on Thursday after heavy "
            "fighting with government forces, aid workers in Kigali reported.")
    types = coded_types(explainer, text, DAY)
    assert "ASSAULT" in types and "COERCE" not in types


def test_arms_seized_in_a_town_stay_a_seizure(explainer: Explainer) -> None:
    text = ("Macedonian police seized a cache of rifles and grenades in the village of Aracinovo on Friday, "
            "the interior ministry in Skopje said.")
    types = coded_types(explainer, text, DAY)
    assert "COERCE" in types and "ASSAULT" not in types


def test_a_closure_of_newspapers_ordered_silences_them(explainer: Explainer) -> None:
    text = ("Kenya's government ordered the closure of two independent newspapers in Nairobi on Tuesday, a month "
            "before general elections, the newspapers' publishers said.")
    (censor,) = of_type(explainer, text, "COERCE", DAY)
    assert censor.mode == "censor" and "KEN" in known_countries(censor.actors)
    assert "REQUEST" not in coded_types(explainer, text, DAY)
