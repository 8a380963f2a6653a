"""Event structure from an opened clustering set (issues #4/#5), tested on sentences written
for these tests: a closing comment clause (", the ministry said after talks", ", footage
sent to X showed") names no party of the event before it; a participle after "the agency
said," is the agency's act; a judged decision's owner, not its judge, does the act after
its "to"; "his forces" after a leader's report are his; an armed group's spokesman's unnamed
forces are its own; ", scoring a hit" is the main clause's strike; an apposition ("..., an
accusation that X denied") names the same event again; a lasting condition in a "while"
clause and a relative clause on quoted words are background."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type

DAY = "2025-03-12"  # a Wednesday


def test_the_speaker_of_a_closing_report_is_no_recipient(explainer: Explainer) -> None:
    (deal,) = of_type(explainer, "Jordan and Egypt agreed on Tuesday to link their power grids by next "
                      "year, the Energy Ministry said after a meeting of experts.", "AGREE", DAY)
    assert countries(deal.actors) == ["JOR", "EGY"]
    assert deal.recipients == []


def test_the_outlet_footage_was_sent_to_is_no_party(explainer: Explainer) -> None:
    (strike,) = of_type(explainer, "Hundreds of bus drivers in Tabriz walked off the job on Tuesday, "
                        "demanding unpaid wages, footage sent to Al Jazeera showed.", "PROTEST", DAY)
    assert not any(r.actor_id and "jazeera" in r.actor_id for r in strike.recipients)


def test_a_participle_after_a_definite_speaker_is_that_partys(explainer: Explainer) -> None:
    (thanks,) = of_type(explainer, "Japan on Tuesday gave 20 million dollars to the World Food Programme "
                        "for Sudan, the programme said, thanking the Japanese government for its support.",
                        "SUPPORT", DAY)
    assert [a.actor_id for a in thanks.actors] == ["wfp"]
    assert countries(thanks.recipients) == ["JPN"]


def test_the_owner_of_a_judged_decision_acts_not_the_judge(explainer: Explainer) -> None:
    (cut,) = of_type(explainer, "Hamas welcomed Turkey's decision to sever ties with Israel.", "SANCTION", DAY)
    assert countries(cut.actors) == ["TUR"]
    (cut,) = of_type(explainer, "Hamas welcomed yesterday's Turkish decision to sever ties with Israel.",
                     "SANCTION", DAY)
    assert countries(cut.actors) == ["TUR"]
    (cut,) = of_type(explainer, "Hamas welcomed the decision to sever ties with Israel.", "SANCTION", DAY)
    assert cut.actors == []


def test_his_forces_after_a_leaders_report_are_his(explainer: Explainer) -> None:
    (threat,) = of_type(explainer, "Hezbollah chief Naim Qassem said on Tuesday his fighters would strike "
                        "Israeli towns unless the raids stop.", "THREATEN", DAY)
    assert countries(threat.actors) == ["LBN"]


def test_an_armed_groups_spokesman_reports_its_own_forces(explainer: Explainer) -> None:
    (strike,) = of_type(explainer, "Houthi military spokesman Yahya Saree announced that the naval forces "
                        "had struck a tanker in the Gulf of Aden.", "ASSAULT", DAY)
    assert countries(strike.actors) == ["YEM"]


def test_a_light_participle_shares_the_main_subject(explainer: Explainer) -> None:
    events = code(explainer, "Houthi military spokesman Yahya Saree said the naval forces had struck a "
                  "freighter owned by a firm that traded with Israel, scoring a direct hit.", DAY)
    assert [countries(e.actors) for e in events if e.type == "ASSAULT"] == [["YEM"]]


def test_an_apposition_names_the_same_accusation(explainer: Explainer) -> None:
    accusations = of_type(explainer, "Libya's government has pointed the finger at neighbouring Niger for "
                          "letting convoys loaded with arms pass through Agadez on their way to Fezzan, an "
                          "accusation that the Nigerien government called baseless on Friday.", "ACCUSE", DAY)
    assert [countries(a.actors) for a in accusations] == [["LBY"]]


def test_a_lasting_condition_in_a_while_clause_is_background(explainer: Explainer) -> None:
    events = code(explainer, "The Polisario Front said on Tuesday it would keep fighting while Morocco "
                  "occupies Western Sahara.", DAY)
    assert not any(e.trigger.text == "occupies" for e in events)


def test_a_relative_clause_on_quoted_words_is_background(explainer: Explainer) -> None:
    events = code(explainer, "Israel lashed out at the European Union on Tuesday after its ministers "
                  "blacklisted two settler groups, calling the step 'a disgrace' that ignores attacks on "
                  "Israelis.", DAY)
    assert events[0].type == "ACCUSE" and not any(e.trigger.text == "attacks" for e in events)
