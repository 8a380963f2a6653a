"""Wire wordings of accords, support, concessions, meetings, cooperation, aid and
retreats that the lexicon missed although it knew other members of their families,
tested on sentences written for these tests: settlements reached, accords worked out,
allegiance pledged, curbs relaxed and laws repealed, exiles let home, meetings told with
their length inside the phrase, transport links resumed, staples airlifted, refugees
taken in by the hundred thousand, hostages handed to mediators and truces one party
declares alone; with the false senses each wording has in news ("reached a settlement"
of settlers, "resumed flights" of an airline, "airlifted the wounded")."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, of_type

DAY = "2002-06-06"  # a Thursday


def test_a_settlement_reached_or_an_accord_worked_out_is_an_accord(explainer: Explainer) -> None:
    (deal,) = of_type(explainer, "Chad and Libya reached a settlement on Tuesday over the Aouzou strip, "
                      "diplomats said.", "AGREE", DAY)
    assert set(countries(deal.actors)) == {"TCD", "LBY"}
    assert of_type(explainer, "Belize and Guatemala reached a negotiated settlement of their border "
                   "dispute on Monday.", "AGREE", DAY)
    assert of_type(explainer, "Angola and Namibia worked out a water accord on Friday in Windhoek.",
                   "AGREE", DAY)
    assert of_type(explainer, "Egypt and Sudan patched up their differences over the Halaib triangle "
                   "on Sunday.", "AGREE", DAY)
    assert "AGREE" not in coded_types(explainer, "The two envoys worked out a schedule for their visits "
                                      "on Monday.", DAY)
    # settlers or a settlement of houses are no accord
    assert "AGREE" not in coded_types(explainer, "Israeli troops reached a Jewish settlement near Hebron "
                                      "on Tuesday, the army said.", DAY)
    assert "AGREE" not in coded_types(explainer, "Hundreds of families settled in the capital on "
                                      "Tuesday after fleeing the drought.", DAY)


def test_allegiance_or_loyalty_declared_to_a_government_is_support(explainer: Explainer) -> None:
    (fealty,) = of_type(explainer, "Dozens of clan elders declared their allegiance to the Somali "
                        "government on Monday.", "SUPPORT", DAY)
    assert countries(fealty.recipients) == ["SOM"]
    (oath,) = of_type(explainer, "Several tribal chiefs pledged loyalty to the Yemeni government on "
                      "Sunday.", "SUPPORT", DAY)
    assert countries(oath.recipients) == ["YEM"]
    assert "AGREE" not in coded_types(explainer, "Several tribal chiefs pledged loyalty to the Yemeni "
                                      "government on Sunday.", DAY)
    (backing,) = of_type(explainer, "Spain lined up behind Britain on Friday in the fishing dispute.",
                         "SUPPORT", DAY)
    assert countries(backing.recipients) == ["GBR"]


def test_curbs_relaxed_and_laws_repealed_are_concessions(explainer: Explainer) -> None:
    (easing,) = of_type(explainer, "Vietnam relaxed its curbs on foreign reporters on Monday, officials "
                        "said.", "CONCEDE", DAY)
    assert countries(easing.actors) == ["VNM"]
    assert of_type(explainer, "Uzbekistan loosened its controls on the press on Friday.", "CONCEDE", DAY)
    assert of_type(explainer, "Malawi's parliament voted on Tuesday to repeal the clause that banned "
                   "opposition parties.", "CONCEDE", DAY)
    assert "CONCEDE" not in coded_types(explainer, "The mood at the summit in Lisbon was relaxed on "
                                        "Monday, delegates said.", DAY)


def test_exiles_let_home_is_a_concession(explainer: Explainer) -> None:
    (home,) = of_type(explainer, "Tunisia allowed political exiles to return home on Monday, officials "
                      "said.", "CONCEDE", DAY)
    assert countries(home.actors) == ["TUN"]


def test_the_length_of_the_talks_inside_the_phrase_still_meets(explainer: Explainer) -> None:
    (talks,) = of_type(explainer, "The Italian prime minister conferred for two hours with the Libyan "
                       "leader in Tripoli on Monday.", "CONSULT", DAY)
    assert countries(talks.recipients) == ["LBY"]
    (call,) = of_type(explainer, "The Canadian prime minister talked for an hour with the Mexican "
                      "president on Monday.", "CONSULT", DAY)
    assert countries(call.recipients) == ["MEX"]


def test_transport_links_resumed_are_cooperation(explainer: Explainer) -> None:
    (flights,) = of_type(explainer, "Azerbaijan and Turkmenistan resumed direct flights on Monday after "
                         "three years.", "COOPERATE", DAY)
    assert set(countries(flights.actors)) == {"AZE", "TKM"}
    assert of_type(explainer, "Serbia and Croatia reopened the rail link on Monday, officials said.",
                   "COOPERATE", DAY)
    assert "COOPERATE" not in coded_types(explainer, "Alitalia resumed flights to Tel Aviv on Monday.", DAY)
    assert "COOPERATE" not in coded_types(explainer, "Rebels resumed fighting near Goma on Monday.", DAY)


def test_wanted_people_handed_over_last_are_cooperation(explainer: Explainer) -> None:
    (handover,) = of_type(explainer, "Panama handed over to Colombian police on Friday two suspected "
                          "members of a smuggling ring.", "COOPERATE", DAY)
    assert countries(handover.recipients) == ["COL"]


def test_staples_airlifted_and_refugees_taken_in_are_aid(explainer: Explainer) -> None:
    (airlift,) = of_type(explainer, "Italy airlifted 300 tonnes of grain to Somalia on Monday.", "AID", DAY)
    assert countries(airlift.recipients) == ["SOM"]
    assert "AID" not in coded_types(explainer, "The army airlifted the injured soldiers to a hospital "
                                    "in the capital on Monday.", DAY)
    (refuge,) = of_type(explainer, "Guinea has taken in more than 200,000 Sierra Leonean refugees since "
                        "January, officials said.", "AID", DAY)
    assert countries(refuge.actors) == ["GIN"]


def test_hostages_handed_to_mediators_are_released(explainer: Explainer) -> None:
    assert of_type(explainer, "The gunmen handed 11 Filipino hostages to Libyan mediators on Sunday.",
                   "RETREAT", DAY)
    assert "RETREAT" not in coded_types(explainer, "The negotiator handed a list of prisoners to the "
                                        "Sudanese side on Monday.", DAY)


def test_a_truce_one_party_announces_alone_is_its_own_ceasefire(explainer: Explainer) -> None:
    (truce,) = of_type(explainer, "The Kurdish rebels announced a unilateral two-month truce on Monday.",
                       "RETREAT", DAY)
    assert truce.mode == "ceasefire"
    assert "AGREE" not in coded_types(explainer, "The Kurdish rebels announced a unilateral two-month "
                                      "truce on Monday.", DAY)
