"""Session 52 (sentences written for these tests), from probe C24: the official before an aside
is the one whose trip the resumed verb tells ("Japan's foreign minister, whose government has
funded ..., arrived in Hanoi for a two-day visit"); an aside opening with a past participle and
its preposition ("the bloc's ministers, assembled in Jakarta a week after ..., held talks") is
set off like any other, so the verb after it is the party's own."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries

DAY = "2019-03-12"


def test_an_officials_trip_resumes_after_a_whose_aside(explainer: Explainer) -> None:
    text = ("Japan's foreign minister, whose government has funded port and rail projects along the "
            "coast for a decade, arrived in Hanoi on Monday for a two-day visit.")
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("CONSULT", ["JPN"], ["VNM"])


def test_a_past_participle_aside_leaves_the_party_its_verb(explainer: Explainer) -> None:
    text = ("Defence ministers of Chile and Peru, assembled in Lima a week after Bolivian troops "
            "crossed the border, agreed on Monday to hold joint patrols.")
    [event] = code(explainer, text, DAY)
    assert (event.type, sorted(countries(event.actors))) == ("AGREE", ["CHL", "PER"])
    # near miss: a past form with its object after a comma is the next verb of a list
    text = "Colombian rebels blew up an oil pipeline, torched two lorries, and fled into Venezuela on Monday."
    assert [e.type for e in code(explainer, text, DAY)][:1] == ["ASSAULT"]
