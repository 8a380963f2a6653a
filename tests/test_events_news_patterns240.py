"""Triggers of news English, round 240: the content of a notice or warning opened by a colon
(or a "that" after the noun, past the addressee), a threat whose subject a participle describes
("any missile launched at its cities will be met with ..."), and keys whose class word has
several candidates ("food and medicine deliveries") or is a figure ("20,000 army reservists").
Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2024-04-04"  # a Thursday


def test_a_notice_whose_content_a_colon_opens_is_a_threat(explainer: Explainer) -> None:
    text = ("Pakistan on Wednesday served the Tehrik-i-Taliban a last notice: every bullet fired at its "
            "border posts invites a crushing reply.")
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert countries(threat.actors) == ["PAK"]
    assert not of_type(explainer, text, "ASSAULT", DAY)  # the bullets are the condition, none fired
    text = ("Pakistan on Wednesday served the Tehrik-i-Taliban a last notice that every bullet fired at "
            "its border posts invites a crushing reply.")
    assert of_type(explainer, text, "THREATEN", DAY)


def test_a_colon_after_a_warning_and_its_addressee_opens_its_content(explainer: Explainer) -> None:
    text = ("The Indian army issued a stern warning to the infiltrators: any attack on its posts in "
            "Kupwara will be met with a devastating response.")
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert countries(threat.actors) == ["IND"]
    text = "Seoul warned Pyongyang: every drone sent across the border invites a punishing retaliation."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert countries(threat.actors) == ["KOR"]


def test_a_notice_with_no_hostile_content_threatens_no_one(explainer: Explainer) -> None:
    text = "The ministry served the contractors a final notice: the new terminal opens in May."
    assert not of_type(explainer, text, "THREATEN", DAY)


def test_a_participle_on_the_subject_of_the_warned_act_leaves_its_predicate(explainer: Explainer) -> None:
    text = ("Iran warned Israel on Wednesday that any missile launched at its cities will be met with a "
            "devastating response.")
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert countries(threat.actors) == ["IRN"]
    assert countries(threat.recipients) == ["ISR"]
    text = "Turkey warned the PKK that any drone flown at its bases invites a crushing retaliation."
    assert of_type(explainer, text, "THREATEN", DAY)


def test_a_class_word_of_a_key_may_be_the_last_of_a_list(explainer: Explainer) -> None:
    text = "Jordan resumed food and medicine deliveries to Gaza on Wednesday."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert countries(aid.actors) == ["JOR"]
    text = "Jordan resumed talks with Egypt on food and medicine on Wednesday."
    assert not of_type(explainer, text, "AID", DAY)


def test_a_figure_with_a_comma_fills_one_class_word(explainer: Explainer) -> None:
    text = "Israel recalled 20,000 army reservists on Wednesday."
    (mobilization,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert countries(mobilization.actors) == ["ISR"]
    text = "Israel recalled that 20,000 army reservists had served in Gaza."
    assert not of_type(explainer, text, "MOBILIZE", DAY)
