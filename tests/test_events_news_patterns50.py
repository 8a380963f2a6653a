"""Triggers of news English, round 50: wordings of Middle East wire copy that the lexicon
lacked, found by a probe of freshly written reports. Rivals "bury the hatchet" (an
agreement); an army "owns up to" a mistake (a concession); sanctions "rolled back" and
captives let "walk free" (a retreat); troops "decamp" from a base (a withdrawal); a state
"leans on" another to act (a request); a sponsor "picks up the tab" (aid); an ambassador
"brought home" (a recall), firms "hit with" penalties after a long object and revenues
"withheld" after a sum (sanctions); bulldozers "tear down" homes and a regulator "pulls" a
channel "off the air" (coercion); a missile "sent hurtling", a drone that "took out" a car and
artillery that "peppered" villages (attacks); shopkeepers who "pull down their shutters" (a
strike); "declared" warships "legitimate targets", "will not hesitate to" close a strait and
"disband or face a military solution" (threats). No event: deeds "amounting to" genocide
(no commitment), a "support mission" (a name). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, of_type, types

DAY = "2025-09-14"  # a Sunday


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Iraq's two main Kurdish parties buried the hatchet on Sunday over the sharing of oil revenues.", "AGREE"),
        ("The Jordanian army owned up on Sunday to a mistake in a strike on a smugglers' camp.", "CONCEDE"),
        ("The European Union rolled back sanctions on two Syrian banks on Sunday.", "RETREAT"),
        ("Bahrain let two jailed British nationals walk free on Sunday.", "RETREAT"),
        ("French troops decamped from the Niamey air base on Sunday.", "RETREAT"),
        ("Kuwait leaned on Baghdad on Sunday to hand over the wanted men.", "REQUEST"),
        ("Saudi Arabia picked up the tab for fuel for Yemen's power stations on Sunday.", "AID"),
        ("Algeria brought its ambassador home from Paris on Sunday.", "SANCTION"),
        ("The U.S. Treasury hit a dozen firms and tankers shipping Venezuelan crude to Asia "
         "with new penalties on Sunday.", "SANCTION"),
        ("Israel withheld another 300 million shekels of Palestinian customs revenues on Sunday.", "SANCTION"),
        ("Israeli bulldozers tore down six Palestinian houses near Hebron on Sunday.", "COERCE"),
        ("Turkey's broadcasting watchdog pulled a Kurdish music channel off the air on Sunday.", "COERCE"),
        ("The Houthis sent a cruise missile hurtling towards Eilat on Sunday.", "ASSAULT"),
        ("An Israeli drone took out a motorbike near Nabatieh on Sunday.", "ASSAULT"),
        ("Iraqi artillery peppered Islamic State hideouts in the Hamrin mountains on Sunday.", "ASSAULT"),
        ("Shopkeepers in Tabriz pulled down their shutters on Sunday over the fall of the rial.", "PROTEST"),
        ("Hezbollah declared Israeli gas rigs off the coast 'legitimate targets' on Sunday.", "THREATEN"),
        ("Iran will not hesitate to close the Strait of Hormuz, a Revolutionary Guards commander said on Sunday.",
         "THREATEN"),
        ("Turkey told Kurdish militias in Syria on Sunday to disband or face military action.", "THREATEN"),
    ],
)
def test_news_wordings_code_their_plover_type(explainer: Explainer, text: str, kind: str) -> None:
    assert of_type(explainer, text, kind, DAY)


def test_a_closure_one_will_not_hesitate_to_make_is_only_threatened(explainer: Explainer) -> None:
    """The strait is not closed: what the speaker is ready to do is the content of the threat."""
    text = "Iran will not hesitate to close the Strait of Hormuz, a Revolutionary Guards commander said on Sunday."
    assert types(code(explainer, text, DAY)) == ["THREATEN"]


def test_rolled_back_sanctions_are_eased_not_imposed(explainer: Explainer) -> None:
    text = "The European Union rolled back sanctions on two Syrian banks on Sunday."
    assert not of_type(explainer, text, "SANCTION", DAY)


def test_penalties_after_a_long_object_are_no_blow(explainer: Explainer) -> None:
    text = ("The U.S. Treasury hit a dozen firms and tankers shipping Venezuelan crude to Asia "
            "with new penalties on Sunday.")
    assert not of_type(explainer, text, "ASSAULT", DAY)


@pytest.mark.parametrize(
    "text",
    [
        "UN investigators said on Sunday that Sudan's paramilitary Rapid Support Forces had committed "
        "acts amounting to genocide in Darfur.",
        "The UN support mission in Libya said on Sunday that the vote was a rare moment of consensus.",
    ],
)
def test_words_that_look_like_events_and_are_none(explainer: Explainer, text: str) -> None:
    assert not of_type(explainer, text, "AGREE", DAY)
    assert not of_type(explainer, text, "SUPPORT", DAY)
    assert not of_type(explainer, text, "ASSAULT", DAY)
