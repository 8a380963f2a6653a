"""Session 58 (sentences written for these tests), from probe C31: an infinitive that ranks the
noun of an apposition ("the only country to have suffered ...", "the only ones to be offered
...") marks the party out, no act of the news, and governs nothing past the apposition; a debt
cancelled across a long sum is aid; warplanes flown into a neighbour's air defence
identification zone are a show of force (MOBILIZE), not an attack; a summit or a meeting
"called off" is a sanction (as the PLOVER records code talks called off)."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, types

DAY = "1986-05-14"


def test_an_act_ranking_the_noun_of_an_apposition_is_no_news(explainer: Explainer) -> None:
    text = "Laos, the only country to have suffered atomic bombings, did not sign the treaty on Monday."
    assert types(code(explainer, text, DAY)) == ["SUPPORT"]


def test_a_ranking_infinitive_governs_nothing_past_its_apposition(explainer: Explainer) -> None:
    text = ("Danish voters, the only ones in the bloc to be offered a referendum on the pact, have rejected "
            "the treaty, official results showed on Friday.")
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("REJECT", ["DNK"])


def test_a_country_that_was_first_to_act_still_acts(explainer: Explainer) -> None:
    text = "Brazil on Monday became the first country to recognise Angola's independence."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.recipients)) == ("SUPPORT", ["AGO"])


def test_a_debt_cancelled_across_a_long_sum_is_aid(explainer: Explainer) -> None:
    text = "The Paris Club agreed on Wednesday to cancel about $2 billion of Zambia's $7 billion foreign debt."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.recipients)) == ("AID", ["ZMB"])


def test_warplanes_flown_into_an_air_defence_zone_are_a_show_of_force(explainer: Explainer) -> None:
    text = "Twenty Chinese military aircraft flew into Taiwan's air defence identification zone on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.recipients)) == ("MOBILIZE", "weapons", ["TWN"])


def test_a_summit_called_off_is_a_sanction(explainer: Explainer) -> None:
    text = "Ronald Reagan on Thursday called off his planned June summit with Mikhail Gorbachev in Geneva."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.recipients)) == ("SANCTION", ["RUS"])
