"""Wire phrasing of the 1990s and 2000s (probe P25): patrols stepped up, a title closed down
after a long noun phrase, curbs on another state's trade, criticism "under fire", a central
bank's own policy meeting, an accord initialled in the passive. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, known_countries, of_type, types

DAY = "1997-06-12"


def test_patrols_stepped_up_along_a_border_mobilise(explainer: Explainer) -> None:
    text = ("Kyrgyzstan beefed up patrols along its border with Tajikistan on Tuesday after an incursion "
            "by Islamic guerrillas, officials said.")
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert known_countries(move.actors) == ["KGZ"]


def test_a_newspaper_closed_down_after_a_possessive_and_adjectives_is_censored(explainer: Explainer) -> None:
    text = "Zambian police closed down the capital's biggest privately owned newspaper, The Post, on Monday."
    (closure,) = of_type(explainer, text, "COERCE", DAY)
    assert closure.mode == "censor"


def test_curbs_slapped_on_another_states_imports_are_a_sanction(explainer: Explainer) -> None:
    text = "Egypt slapped curbs on imports of Israeli textiles on Sunday, trade officials said."
    (sanction,) = of_type(explainer, text, "SANCTION", DAY)
    assert known_countries(sanction.actors) == ["EGY"]
    assert known_countries(sanction.recipients) == ["ISR"]


def test_curbs_imposed_on_the_press_restrict_it(explainer: Explainer) -> None:
    text = "Algeria's military-backed government imposed curbs on the foreign press on Saturday."
    assert types(code(explainer, text, DAY)) == ["COERCE"]


def test_coming_under_fire_over_a_handling_is_criticism(explainer: Explainer) -> None:
    text = "Nigeria's military rulers came under fire from Britain over their handling of the Ogoni crisis."
    (charge,) = of_type(explainer, text, "ACCUSE", DAY)
    assert known_countries(charge.actors) == ["GBR"]
    assert known_countries(charge.recipients) == ["NGA"]
    assert of_type(explainer, text, "ASSAULT", DAY) == []


def test_coming_under_fire_from_rebels_stays_an_attack(explainer: Explainer) -> None:
    text = "A Chadian army patrol came under fire from Sudanese troops near the border on Sunday."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert known_countries(attack.recipients) == ["TCD"]


def test_coming_under_criticism_from_a_body_is_an_accusation(explainer: Explainer) -> None:
    text = ("Turkey came under sharp criticism from the European Parliament on Thursday over the jailing of "
            "Kurdish deputies.")
    (charge,) = of_type(explainer, text, "ACCUSE", DAY)
    assert known_countries(charge.actors) == ["EUR"]
    assert known_countries(charge.recipients) == ["TUR"]


def test_a_central_banks_policy_meeting_meets_no_one(explainer: Explainer) -> None:
    text = "The Bundesbank left interest rates on hold at its policy meeting on Thursday."
    assert of_type(explainer, text, "CONSULT", DAY) == []


def test_an_accord_initialled_in_the_passive_by_two_states_is_signed(explainer: Explainer) -> None:
    text = "A trade pact was initialled by Chile and Mexico in Santiago on Friday."
    (signing,) = of_type(explainer, text, "SUPPORT", DAY)
    assert known_countries(signing.actors) == ["CHL", "MEX"]
