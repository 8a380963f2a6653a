"""Event words of news English, round 42: a probe of wire sentences from the world of the
1980s to the 2000s (the Cold War, apartheid, the Yugoslav wars, West Africa's civil wars).
Wordings the lexicon lacked: going along with a plan, a commitment with a day before its
"to", solidarity affirmed, a ban lifted in one word ("unbanned"), rights restored, research
pooled, joint operations of two states' forces, money lent, debts cancelled, relief trucked
in, children vaccinated, positions quit, arms handed in, troops moved back, a demand
defied, a "sea of fire", diplomats sent home, business with a state barred, prison terms
handed down, forces put on alert or beefed up, tanks rolling toward a border, the press
muzzled or taken off the air, a state of siege, a leader confined to her home, a square
cleared of protesters, hands hacked off, a courtesy call paid. And what codes no event of
its own: a win in a final, weapons eliminated by treaty, the reason one is commended for,
the aim of a crowd massing, what is given the green light, what an ultimatum orders.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type

DAY = "2000-01-04"  # a Tuesday


CASES = [
    ("AGREE", "Angola said on Tuesday it would go along with the Portuguese plan for elections."),
    ("AGREE", "Zambia's government committed itself on Tuesday to multiparty elections."),
    ("SUPPORT", "Libya affirmed its solidarity with Syria on Tuesday."),
    ("CONCEDE", "Kenya's government unbanned the main opposition party on Tuesday."),
    ("CONCEDE", "Poland's government restored the rights of independent trade unions on Tuesday."),
    ("COOPERATE", "France and Germany pooled their space research on Tuesday."),
    ("COOPERATE", "Peruvian and Colombian police conducted joint operations against drug traffickers on Tuesday."),
    ("AID", "Japan lent Indonesia $2 billion on Tuesday."),
    ("AID", "Britain cancelled the debts of Zambia and Uganda on Tuesday."),
    ("AID", "Italy trucked blankets into the besieged town of Srebrenica on Tuesday."),
    ("AID", "UNICEF vaccinated thousands of children in Afghanistan on Tuesday."),
    ("RETREAT", "UNITA fighters handed in their rifles to U.N. monitors on Tuesday."),
    ("RETREAT", "Iraq moved 10,000 troops back from the Kuwaiti border on Tuesday."),
    ("THREATEN", "Iraq said on Tuesday it would turn the Gulf into a sea of fire if it was attacked."),
    ("THREATEN", "China warned Vietnam of reprisals on Tuesday."),
    ("SANCTION", "France sent home four Iranian diplomats on Tuesday."),
    ("SANCTION", "Washington barred American firms from doing business with Iran on Tuesday."),
    ("SANCTION", "A Rangoon court handed a ten-year jail term to the Burmese opposition leader on Tuesday."),
    ("MOBILIZE", "Pakistan put its troops along the border with India on high alert on Tuesday."),
    ("MOBILIZE", "Greece beefed up its troops on the Aegean islands on Tuesday."),
    ("MOBILIZE", "Iraqi tanks rolled out of Basra toward the Kuwaiti border on Tuesday."),
    ("COERCE", "Nigeria's military rulers muzzled the independent press on Tuesday."),
    ("COERCE", "Zimbabwe's government took the independent radio station off the air on Tuesday."),
    ("COERCE", "Peru's government declared a state of siege in Lima on Tuesday."),
    ("COERCE", "Kenyan police confined the opposition leader to his house on Tuesday."),
    ("COERCE", "Romanian troops cleared University Square of protesters on Tuesday."),
    ("ASSAULT", "RUF fighters chopped off the hands of civilians near Makeni on Tuesday."),
    ("CONSULT", "Egypt's foreign minister paid a call on King Hussein in Amman on Tuesday."),
]


@pytest.mark.parametrize("type_,text", CASES)
def test_wording_codes_its_type(explainer: Explainer, type_: str, text: str) -> None:
    assert of_type(explainer, text, type_, DAY), [(e.type, e.trigger.text) for e in code(explainer, text, DAY)]


@pytest.mark.parametrize("text,wrong", [
    # a contest won, arms done away with by treaty
    ("Brazil beat Argentina in the Copa America final on Sunday.", "ASSAULT"),
    ("American negotiators signed a treaty eliminating medium-range missiles in Geneva on Tuesday.", "ASSAULT"),
    # the reason one is commended for
    ("Britain commended Egypt's president on Tuesday for his crackdown on militants.", "COERCE"),
    # the aim of a crowd massing is the same protest, no diplomatic protest of its own
    ("Thousands of Kosovo Albanians massed in Podujevo on Tuesday to protest against police raids.", "ACCUSE"),
    # what is given the green light, what an ultimatum orders, what a defied demand asked
    ("The Israeli cabinet gave the green light on Sunday to talks with Syria.", "CONSULT"),
    ("The OAU issued an ultimatum to the rebels on Tuesday to lay down their arms.", "RETREAT"),
    ("Iraq defied a U.N. Security Council demand on Tuesday that it let inspectors into its palaces.", "REQUEST"),
])
def test_secondary_word_codes_no_event_of_that_type(explainer: Explainer, text: str, wrong: str) -> None:
    assert not of_type(explainer, text, wrong, DAY), [(e.type, e.trigger.text) for e in code(explainer, text, DAY)]


def test_diplomats_sent_home_are_a_sanction_on_their_state(explainer: Explainer) -> None:
    events = of_type(explainer, "Italy sent home two Libyan diplomats on Tuesday.", "SANCTION", DAY)
    assert events and countries(events[0].actors) == ["ITA"] and "LBY" in countries(events[0].recipients)


def test_a_force_quitting_its_positions_withdraws_from_them(explainer: Explainer) -> None:
    events = of_type(explainer, "Syrian troops quit their positions in Beirut on Tuesday.", "RETREAT", DAY)
    assert [e.mode for e in events] == ["withdraw"]


def test_a_drawdown_with_troops_moved_back_is_one_withdrawal(explainer: Explainer) -> None:
    events = code(explainer, "Syria drew down its forces in Lebanon on Tuesday, moving 3,000 troops back "
                             "across the border.", DAY)
    assert [e.type for e in events] == ["RETREAT"], [(e.type, e.trigger.text) for e in events]
