"""Session 53 (sentences written for these tests), from the opened cluster_test59: a toll told
by numbers after a comma ("6 servicemen perishing and 9 wounded") is what the attack did, no
attack of its own; parties that "bound their governments to" a course agree to it; and a verb
in the speaker's phrase of a closing report ("the border guard board in Tallinn disclosed") is
no event."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, types

DAY = "1993-09-12"


def test_a_toll_told_by_numbers_is_the_attacks(explainer: Explainer) -> None:
    text = ("Tamil Tiger cadres shelled an army detachment at Welikanda this morning, 6 Sri Lankan servicemen "
            "perishing and 9 wounded, an army spokesman in Colombo acknowledged.")
    [event] = code(explainer, text, DAY)
    assert (event.type, event.trigger.text) == ("ASSAULT", "shelled")
    assert event.size is not None and (event.size.dead, event.size.injured) == (6, 9)
    assert event.location is None or event.location.name != "Colombo"


def test_parties_binding_their_governments_to_a_course_agree(explainer: Explainer) -> None:
    text = ("Malta's and Slovenia's foreign ministers today bound their governments to scrapping visas for each "
            "other's citizens.")
    [event] = code(explainer, text, DAY)
    assert event.type == "AGREE"
    # near miss: a cargo bound for a port binds no one
    assert types(code(explainer, "A container bound for Europe sat on the quay today.", DAY)) == []


def test_a_verb_in_a_closing_speakers_phrase_is_no_event(explainer: Explainer) -> None:
    text = ("Estonian border guards overtook a Russian fishing boat on Lake Peipsi, confiscating 600 metres "
            "of gill nets, the border guard board in Tallinn said.")
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("COERCE", ["EST"])
    # near miss: a verb before a closing report with no speaker's phrase around it stays the news
    text = ("The minister dismissed a pay claim by nurses this afternoon, insisting budget restraint left no "
            "room for raises, the union calling the reply an insult.")
    assert "REJECT" in types(code(explainer, text, DAY))
