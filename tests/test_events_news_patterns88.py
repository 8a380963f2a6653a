"""Lexicon follow-ups (events.yaml): approval given as "the go-ahead" or "the nod"; forces
training, drilling or working alongside another's in an exercise cooperate; a presence beefed
up on a frontier and positions reinforced mobilise; labour strikes held at a mill or by workers,
machines stopped by their workers and a sit-in "entering its first night" are protests, not
raids or deployments; truces thrown out and plans met with "no", whatever day parts it from its
"to", are refused; names affixed to an accord sign it; targets said to be "in the crosshairs", or to
"tremble" or be "wiped out" if a condition is met, are threatened. Sentences written for these
tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, known_countries, of_type

DAY = "2024-04-04"  # a Thursday


def test_approval_given_as_the_go_ahead_or_the_nod_is_agreement(explainer: Explainer) -> None:
    (deal,) = of_type(explainer, "Kenya and Uganda gave the go-ahead on Monday to a jointly built railway.",
                      "AGREE", DAY)
    assert known_countries(deal.actors) == ["KEN", "UGA"]
    (deal,) = of_type(explainer, "The Iraqi parliament gave its nod to the oil law with Turkey on Monday.",
                      "AGREE", DAY)
    assert countries(deal.actors) == ["IRQ"] and countries(deal.recipients) == ["TUR"]
    assert of_type(explainer, "Jordan's cabinet green-lit the gas deal with Israel on Sunday.", "AGREE", DAY)


def test_forces_working_or_training_alongside_others_cooperate(explainer: Explainer) -> None:
    (drill,) = of_type(explainer, "Two Indian frigates are working alongside Omani crews in a week-long "
                       "exercise.", "COOPERATE", DAY)
    assert known_countries(drill.actors) == ["IND", "OMN"]
    (drill,) = of_type(explainer, "French commandos trained with Emirati special forces near Abu Dhabi on "
                       "Monday.", "COOPERATE", DAY)
    assert known_countries(drill.actors) == ["ARE", "FRA"]
    assert of_type(explainer, "Pakistani warships drilled with Saudi vessels in the Red Sea on Tuesday.",
                   "COOPERATE", DAY)
    # no forces and no exercise: a man's colleagues, a recruit's rounds
    assert coded_types(explainer, "The Egyptian president worked alongside Saudi officials on the summit "
                       "agenda.", DAY) == []
    assert "COOPERATE" not in coded_types(explainer, "Syrian recruits trained with live ammunition on Monday.", DAY)


def test_a_presence_beefed_up_on_a_frontier_and_positions_reinforced_mobilise(explainer: Explainer) -> None:
    (move,) = of_type(explainer, "Iraq beefed up its presence along the Syrian border on Monday.", "MOBILIZE", DAY)
    assert countries(move.actors) == ["IRQ"]
    (move,) = of_type(explainer, "Jordan stepped up its presence in the eastern desert on Sunday.", "MOBILIZE", DAY)
    assert countries(move.actors) == ["JOR"]
    (move,) = of_type(explainer, "Israel reinforced its positions along the Lebanese border on Friday.",
                      "MOBILIZE", DAY)
    assert countries(move.actors) == ["ISR"]
    assert coded_types(explainer, "Samsung beefed up its presence in the Indian market.", DAY) == []


def test_labour_strikes_and_stoppages_are_protests(explainer: Explainer) -> None:
    assert coded_types(explainer, "The strike at the Helwan cement factory entered its fifth day.", DAY) \
        == ["PROTEST"]
    assert coded_types(explainer, "A strike by port workers in Basra went into its second week on Monday.",
                       DAY) == ["PROTEST"]
    (stoppage,) = of_type(explainer, "Some 3,000 Egyptian workers stopped their machines on Monday and gathered "
                          "in the yard to demand unpaid bonuses.", "PROTEST", DAY)
    assert stoppage.mode == "strike" and countries(stoppage.actors) == ["EGY"]
    (sit_in,) = of_type(explainer, "The sit-in of Kafr el-Dawwar workers entered its second night.", "PROTEST", DAY)
    assert [a.text for a in sit_in.actors] == ["workers"]
    # what "entered its third day" is no column or convoy entering anywhere
    assert coded_types(explainer, "The sit-in by nurses at the Cairo hospital entered its third day on "
                       "Tuesday.", DAY) == ["PROTEST"]
    assert coded_types(explainer, "Israeli tanks entered their third week in Rafah.", DAY) == []
    # raids by forces and at other sites stay attacks
    assert coded_types(explainer, "A strike by an Israeli drone on a car killed two people near Tyre.",
                       DAY) == ["ASSAULT"]
    assert "PROTEST" not in coded_types(explainer, "Israel's strikes on Gaza entered their second week.", DAY)
    assert coded_types(explainer, "The company halted its production lines for maintenance.", DAY) == []


def test_truces_thrown_out_and_plans_met_with_no_are_refused(explainer: Explainer) -> None:
    (refusal,) = of_type(explainer, "Sudan's army chief on Saturday threw out a humanitarian truce drafted by "
                         "the United States and Egypt.", "REJECT", DAY)
    assert countries(refusal.actors) == ["SDN"] and known_countries(refusal.recipients) == ["EGY", "USA"]
    for text in ("Iran said no on Monday to the European plan.", "Iran said no yesterday to the European plan."):
        (refusal,) = of_type(explainer, text, "REJECT", DAY)
        assert countries(refusal.actors) == ["IRN"]
    assert coded_types(explainer, "Police said no one was hurt in the blast in Cairo.", DAY) == []


def test_names_affixed_to_an_accord_sign_it(explainer: Explainer) -> None:
    (signing,) = of_type(explainer, "Qatar and Oman affixed their names this morning at the Diwan to a "
                         "memorandum of understanding.", "SUPPORT", DAY)
    assert known_countries(signing.actors) == ["OMN", "QAT"]


def test_harm_foretold_on_a_condition_threatens(explainer: Explainer) -> None:
    (threat,) = of_type(explainer, "Iran's foreign minister said American bases would be in the crosshairs "
                        "of Iran's missiles.", "THREATEN", DAY)
    assert countries(threat.actors) == ["IRN"] and countries(threat.recipients) == ["USA"]
    (threat,) = of_type(explainer, "Israel's defence minister said Beirut would tremble if Hezbollah fired "
                        "again.", "THREATEN", DAY)
    assert countries(threat.actors) == ["ISR"] and countries(threat.recipients) == ["LBN"]
    (threat,) = of_type(explainer, "Hezbollah's leader said Israeli towns would be wiped out if Israel struck "
                        "Lebanon.", "THREATEN", DAY)
    assert countries(threat.recipients) == ["ISR"]
    # no condition, or no party threatened: a forecast
    assert "THREATEN" not in coded_types(explainer, "Wall Street would tremble if interest rates rose, the "
                                         "Egyptian minister said.", DAY)
    assert "THREATEN" not in coded_types(explainer, "The minister said the region would tremble with "
                                         "excitement at the World Cup.", DAY)
