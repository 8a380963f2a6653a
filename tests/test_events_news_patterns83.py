"""Event structure in wire news, tested on sentences written for these tests: what a deal is
struck "to" do, what a call is "for", what a cell is "plotting" and the demand a government
yields to are the content of that deal, call, plot or concession, no events of their own;
"earlier this week" between a phrasal verb and its preposition parts neither; a verb of
killing after an attack (", killing 31 people") or with the attack noun as its subject ("a
drone attack on an office killed ...") tells that attack's toll, no second attack; a threat
a spokesman makes about ships that "would be hit" is his even with no party addressed; an
attack "without warning" threatens no one; unmanned aircraft are weapons."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, coded_types, countries, of_type

DAY = "1996-05-16"  # a Thursday


def test_what_a_deal_is_struck_to_do_is_its_content(explainer: Explainer) -> None:
    assert coded_types(explainer, "Syria and Jordan struck a deal on Tuesday to resume flights between "
                       "Damascus and Amman, officials said.", DAY) == ["AGREE"]
    assert coded_types(explainer, "Kuwait and Saudi Arabia reached an agreement on Monday to deliver "
                       "medicine to hospitals in Basra.", DAY) == ["AGREE"]


def test_what_a_call_seeks_and_a_cell_plots_are_no_events(explainer: Explainer) -> None:
    assert coded_types(explainer, "Italy backed Jordan's call for an immediate end to Israeli air raids "
                       "on southern Lebanon.", DAY) == ["SUPPORT"]
    assert coded_types(explainer, "Egyptian police arrested nine men from a cell plotting bombings against "
                       "tourist buses in Luxor.", DAY) == ["COERCE"]
    assert coded_types(explainer, "Rebels in Sri Lanka declared a truce on Sunday, saying they wanted to "
                       "create a climate for peace talks with Colombo.", DAY) == ["RETREAT"]


def test_the_demand_a_government_yields_to_is_no_new_request(explainer: Explainer) -> None:
    (concession,) = code(explainer, "Bolivia's government caved in on Tuesday to the miners' demands for "
                         "higher pay, union leaders said.", DAY)
    assert concession.type == "CONCEDE" and countries(concession.actors) == ["BOL"]
    assert coded_types(explainer, "Peru's president gave way on Friday to the opposition's demand for a "
                       "new vote.", DAY) == ["CONCEDE"]


def test_earlier_this_week_parts_no_phrasal_verb(explainer: Explainer) -> None:
    (deal,) = of_type(explainer, "Greece and Turkey settled earlier this week on a date for talks on "
                      "Cyprus, diplomats said.", "AGREE", DAY)
    assert sorted(countries(deal.actors)) == ["GRC", "TUR"]


def test_killing_after_an_attack_is_its_toll(explainer: Explainer) -> None:
    (attack,) = code(explainer, "Suspected Kurdish rebels ambushed a minibus near Siirt on Monday, "
                     "killing 11 villagers, a Turkish official said.", DAY)
    assert attack.type == "ASSAULT" and attack.trigger.text == "ambushed"
    (attack,) = of_type(explainer, "A rocket attack on a Fatah office in Sidon killed the movement's local "
                        "commander Ahmad Hasan on Wednesday.", "ASSAULT", DAY)
    assert attack.trigger.text == "rocket attack"


def test_a_spokesman_threatens_ships_that_would_be_hit(explainer: Explainer) -> None:
    (threat,) = of_type(explainer, "Ansar Allah's military spokesman Yahya Saree said on Monday that any "
                        "tanker loading crude for Israel would be hit.", "THREATEN", "2024-02-12")
    assert countries(threat.actors) == ["YEM"]


def test_an_attack_without_warning_threatens_no_one(explainer: Explainer) -> None:
    assert coded_types(explainer, "Iraqi jets bombed the Kurdish town of Halabja without warning, killing "
                       "hundreds of villagers, Iranian officials said.", DAY) == ["ASSAULT"]
    assert coded_types(explainer, "Soldiers opened fire on the Palestinian crowd in Hebron with no prior "
                       "warning.", DAY) == ["ASSAULT"]
