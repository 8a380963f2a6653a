"""Session 43 (sentences written for these tests), from the blind probe C16 and the opened
cluster_test49: an act named by its own earlier day in a stretch after the news is its
background, a measure laid "across" or "throughout" a region aims at its country, and phone
services cut are no call."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, of_type

DAY = "2041-06-14"


def test_an_earlier_days_act_after_the_news_is_background(explainer: Explainer) -> None:
    text = ("Rebels ambushed an army patrol near Gulu this morning, the ambush and Thursday's LRA shelling of the "
            "Kitgum barracks being unrelated, the army said.")
    assert coded_types(explainer, text, DAY) == ["ASSAULT"]
    (ambush,) = of_type(explainer, text, "ASSAULT", DAY)
    assert ambush.trigger.text == "ambushed"
    # near miss: a clause of its own after the comma keeps its news
    text = "Rebels ambushed an army patrol near Gulu this morning, and Thursday's shelling killed two."
    assert len(of_type(explainer, text, "ASSAULT", DAY)) >= 1
    # a dated noun heading the sentence is the news
    assert of_type(explainer, "Thursday's shelling of the Kitgum barracks killed two soldiers.", "ASSAULT", DAY)


def test_a_measure_across_a_region_aims_at_its_country(explainer: Explainer) -> None:
    text = "Authorities cut mobile internet across the Oromia region on Friday."
    (cut,) = of_type(explainer, text, "COERCE", DAY)
    assert countries(cut.recipients) == ["ETH"]
    text = "The army imposed a curfew throughout Kandahar province on Friday."
    (curfew,) = of_type(explainer, text, "COERCE", DAY)
    assert countries(curfew.recipients) == ["AFG"]


def test_phone_services_are_no_call(explainer: Explainer) -> None:
    text = "Authorities in Addis Ababa restored phone services to the north on Friday."
    assert "CONSULT" not in coded_types(explainer, text, DAY)
    # near miss: a phone call is talks
    assert of_type(explainer, "Ethiopia's prime minister phoned the Kenyan president on Friday.", "CONSULT", DAY)
