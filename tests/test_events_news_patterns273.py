"""Session 44 (sentences written for these tests), from the blind probes C16 and C17 and the
opened cluster_test50: whom an act is aimed at when the sentence names them by a noun of
sufferers, a host capital, goods' origin or a source's offer, and the parties of talks named
after "between"."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, of_type

DAY = "2041-06-14"


def test_people_struck_or_helped_where_they_are_are_of_that_country(explainer: Explainer) -> None:
    text = "A suicide bomber blew himself up among worshippers at a mosque in Kuwait City on Friday."
    (blast,) = of_type(explainer, text, "ASSAULT", DAY)
    assert countries(blast.recipients) == ["KWT"]
    text = ("Japan handed over 40 tonnes of rice, medicine and tents to flood victims in Bangladesh's northern "
            "Sylhet district on Monday.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert countries(aid.recipients) == ["BGD"]


def test_sufferers_are_never_the_attackers_but_may_protest(explainer: Explainer) -> None:
    (raid,) = of_type(explainer, "Survivors of Monday's air raid on Kunduz were still sleeping in tents.",
                      "ASSAULT", DAY)
    assert raid.actors == []
    (blockade,) = of_type(explainer, "Flood victims blocked the highway in Sylhet on Monday.", "PROTEST", DAY)
    assert [a.text for a in blockade.actors] == ["victims"]


def test_a_capital_is_never_read_abroad(explainer: Explainer) -> None:
    text = ("Bamako recalled its ambassador from Algiers on Thursday in protest at what it called Algerian "
            "interference in Mali's internal affairs.")
    (recall,) = of_type(explainer, text, "SANCTION", DAY)
    assert countries(recall.recipients) == ["DZA"]
    text = "Warsaw recalled its ambassador from Minsk on Thursday."
    (recall,) = of_type(explainer, text, "SANCTION", DAY)
    assert countries(recall.recipients) == ["BLR"]


def test_an_embassy_opened_or_shut_in_a_capital_is_aimed_at_its_state(explainer: Explainer) -> None:
    (reopening,) = of_type(explainer, "Iran reopened its embassy in Riyadh on Tuesday.", "SUPPORT", DAY)
    assert countries(reopening.recipients) == ["SAU"]
    (closure,) = of_type(explainer, "Iran shut its embassy in Riyadh on Tuesday.", "SANCTION", DAY)
    assert countries(closure.recipients) == ["SAU"]
    # near miss: fire opened on an embassy is an attack, no new mission
    text = "Gunmen opened fire on the US embassy in Kabul on Tuesday."
    assert coded_types(explainer, text, DAY) == ["ASSAULT"]


def test_a_measure_on_goods_from_a_state_is_laid_on_that_state(explainer: Explainer) -> None:
    (tariffs,) = of_type(explainer, "Washington imposed tariffs on steel from China on Thursday.", "SANCTION", DAY)
    assert countries(tariffs.recipients) == ["CHN"]


def test_an_offer_from_a_capital_is_that_states(explainer: Explainer) -> None:
    text = "The Taliban spurned an offer of a three-month ceasefire from Kabul on Sunday."
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert countries(refusal.recipients) == ["AFG"]
    (refusal,) = of_type(explainer, "Hamas dismissed a truce offer from Israel on Sunday.", "REJECT", DAY)
    assert countries(refusal.recipients) == ["ISR"]


def test_leaving_people_defenceless_is_no_concession(explainer: Explainer) -> None:
    text = ("The Security Council voted on Monday to cut the mission in Darfur to 300 troops, a move aid groups "
            "said would leave civilians defenceless.")
    assert "CONCEDE" not in coded_types(explainer, text, DAY)


def test_talks_between_two_parties_have_those_parties_only(explainer: Explainer) -> None:
    text = ("Fishing rights and Svalbard quotas dominated a conversation in Oslo yesterday between Norway's "
            "Prime Minister Kjell Magne Bondevik and Iceland's visiting Prime Minister David Oddsson.")
    (talks,) = of_type(explainer, text, "CONSULT", "2002-02-19")
    assert sorted(countries(talks.actors)) == ["ISL", "NOR"]


def test_rebels_free_people_of_their_own_country(explainer: Explainer) -> None:
    text = "Colombia's FARC rebels freed six hostages in the jungles of Guaviare on Sunday."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert countries(release.recipients) == ["COL"]
    # near miss: an army abroad frees people of where it is, not of its own state (hostages a
    # state's forces free are rescued, PLOVER AID, since session 55)
    (rescue,) = of_type(explainer, "US troops freed two hostages in Somalia on Monday.", "AID", DAY)
    assert "USA" not in countries(rescue.recipients)
