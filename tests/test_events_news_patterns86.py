"""Lexicon follow-ups (events.yaml): a class of targets "would be hit hardest" by a drought or a
policy is a toll foreseen, no threat; the freed subject of "walked out of prison" or
"emerged from house arrest" is the one released; loans forgiven or written off are aid, not
an actor forgiven; an armistice or a treaty said to be violated is the speaker's charge,
while a ceasefire violated stays an attack; a strike of a kind only workers hold
("nationwide", "indefinite") is a protest, not an air strike. Sentences written for these
tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, of_type

DAY = "2024-04-04"  # a Thursday


def test_targets_hit_hardest_by_a_disaster_are_not_threatened(explainer: Explainer) -> None:
    assert coded_types(explainer, "Iranian farms would be hit hardest by the drought, Iraq's oil minister "
                       "said.", DAY) == []
    assert coded_types(explainer, "Israeli exporters would be hit worst by the new tariffs, Turkey's trade "
                       "minister said on Monday.", DAY) == []
    assert coded_types(explainer, "Rice growers in the north would be hit worst by the floods, Japan's agriculture "
                       "minister said.", DAY) == []
    (threat,) = of_type(explainer, "Israeli cities would be hit by hundreds of missiles, Hezbollah's leader "
                        "said.", "THREATEN", DAY)
    assert countries(threat.recipients) == ["ISR"]
    (threat,) = of_type(explainer, "Israeli towns will be hit harder next time, Hezbollah's leader said.",
                        "THREATEN", DAY)
    assert countries(threat.recipients) == ["ISR"]


def test_the_subject_walking_out_of_prison_is_the_one_freed(explainer: Explainer) -> None:
    (release,) = of_type(explainer, "Nelson Mandela walked out of Victor Verster prison on Sunday.", "RETREAT", DAY)
    assert countries(release.recipients) == ["ZAF"]
    assert not release.actors
    (release,) = of_type(explainer, "Two French aid workers emerged from an Iranian prison on Friday.",
                         "RETREAT", DAY)
    assert countries(release.recipients) == ["FRA"]
    (release,) = of_type(explainer, "Aung San Suu Kyi emerged from house arrest on Saturday.", "RETREAT", DAY)
    assert countries(release.recipients) == ["MMR"]
    assert "COERCE" not in coded_types(explainer, "Aung San Suu Kyi emerged from house arrest on Saturday.", DAY)


def test_loans_forgiven_are_aid(explainer: Explainer) -> None:
    (aid,) = of_type(explainer, "China forgave Zambia's loans on Tuesday.", "AID", DAY)
    assert countries(aid.actors) == ["CHN"] and countries(aid.recipients) == ["ZMB"]
    (aid,) = of_type(explainer, "Russia wrote off loans owed by Cuba on Friday.", "AID", DAY)
    assert countries(aid.recipients) == ["CUB"]
    assert "SUPPORT" not in coded_types(explainer, "Lebanon's cabinet forgave loans to farmers hit by the war.", DAY)
    assert "AID" not in coded_types(explainer, "The World Bank cancelled a loan to Kenya.", DAY)


def test_an_armistice_said_to_be_violated_is_a_charge(explainer: Explainer) -> None:
    (charge,) = of_type(explainer, "North Korea said on Monday that South Korea had violated the armistice.",
                        "ACCUSE", DAY)
    assert countries(charge.actors) == ["PRK"] and countries(charge.recipients) == ["KOR"]
    assert "ASSAULT" not in coded_types(explainer, "Washington said on Friday that Moscow was violating the "
                                        "missile treaty.", DAY)
    assert coded_types(explainer, "Israeli troops violated the ceasefire on Monday, firing on a village.",
                       DAY) == ["ASSAULT"]


def test_a_strike_only_workers_hold_is_a_protest(explainer: Explainer) -> None:
    (strike,) = of_type(explainer, "A nationwide strike called by the Bangladesh Nationalist Party closed "
                        "schools across Bangladesh on Monday.", "PROTEST", DAY)
    assert countries(strike.actors) == ["BGD"]
    assert "ASSAULT" not in coded_types(explainer, "An indefinite strike by Greek dockers entered its third "
                                        "day.", DAY)
    assert coded_types(explainer, "Israeli warplanes carried out a strike on Gaza on Monday.", DAY) == ["ASSAULT"]
