"""Background adjuncts, relative clauses and report content (fourth round of event structure,
from the probe23 precision probe), tested on sentences written for these tests: an event noun
after "amid", "ahead of", "on the eve of" or a meeting after "at" times or hosts the news; a
clause after "since" with an earlier year is the starting point; a relative clause on a thing,
a place or an event describes it (one on a party only with an earlier act, unless it has a day
or a recent time of its own, and one on the sentence's own event noun says what it did); an
object relative after a plain noun ("that X described as"); a participle on a noun ("the
embargo demanded by", "prisoners captured during", "a pact reached with", "ministers meeting
in Apia announced") is a reduced relative; a preposed adverbial holds no verb of the main
clause; "N days of talks" measures one meeting; an act in "reports that" after "after" is what
the news answers; a definite noun restating a report's content, and the verb it heads, are no
events; what a protest denounces is its content; a passive suspension from a body is done by
the body; banned goods "from X" make X the target; "the Gulf states threw" is no report by
"the Gulf"; "the final statement of a summit said" names the speaker, not a meeting."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type, types

DAY = "2025-06-12"  # a Thursday


def test_an_event_noun_after_amid_is_background(explainer: Explainer) -> None:
    events = code(explainer, "Egypt and Sudan signed a water-sharing memorandum in Cairo on Thursday, amid Ethiopia's "
                  "complaints over Egyptian pressure on donors.", DAY)
    assert "ACCUSE" not in types(events)


def test_talks_ahead_of_which_an_act_is_done_are_its_occasion(explainer: Explainer) -> None:
    events = code(explainer, "Colombia freed 30 jailed guerrillas on Thursday as a goodwill gesture ahead of the next "
                  "round of peace talks with the rebels.", DAY)
    assert "CONSULT" not in types(events)


def test_a_summit_after_at_is_the_venue(explainer: Explainer) -> None:
    events = code(explainer, "The African Union endorsed Kenya's peace plan for Sudan at a summit in Addis Ababa on "
                  "Thursday.", DAY)
    assert types(events) == ["SUPPORT"]


def test_a_since_clause_with_an_earlier_year_is_the_starting_point(explainer: Explainer) -> None:
    events = code(explainer, "The foreign ministers of Morocco and Algeria met in Rabat on Thursday, the first such "
                  "meeting since Algiers severed ties in 2021.", DAY)
    assert "SANCTION" not in types(events)


def test_an_act_in_reports_after_after_is_background(explainer: Explainer) -> None:
    events = code(explainer, "India put its border troops on alert on Thursday after reports that China had moved "
                  "troops into the disputed Doklam plateau.", DAY)
    assert types(events) == ["MOBILIZE"]


def test_a_relative_clause_on_a_thing_is_background(explainer: Explainer) -> None:
    events = code(explainer, "Police in Nairobi confiscated thousands of copies of a weekly magazine on Thursday, "
                  "whose latest edition, which accused cabinet ministers of taking bribes, sold out within hours.", DAY)
    assert "ACCUSE" not in types(events)
    # a relative with a recent time of its own tells news
    events = code(explainer, "Iraq said on Thursday that the gunmen who killed five soldiers near Kirkuk a day earlier "
                  "had crossed from Syria.", DAY)
    assert "ASSAULT" in types(events)


def test_a_relative_clause_on_a_disaster_is_background(explainer: Explainer) -> None:
    events = code(explainer, "Turkey sent 30 tonnes of blankets to Morocco on Thursday for families hit by last "
                  "week's earthquake, which killed 40 people in the Atlas mountains.", DAY)
    assert types(events) == ["AID"]


def test_an_object_relative_after_a_plain_noun_is_background(explainer: Explainer) -> None:
    events = code(explainer, "Greece put its navy on alert on Thursday, citing a Turkish survey mission in the Aegean "
                  "that Athens condemned as illegal.", DAY)
    assert "ACCUSE" not in types(events)


def test_a_participle_with_a_by_agent_on_a_goal_is_background(explainer: Explainer) -> None:
    events = code(explainer, "The European Union suspended aid to Niger on Thursday but stopped short of the broader "
                  "tougher measures demanded by France.", DAY)
    assert "REQUEST" not in types(events)


def test_a_participle_on_an_object_with_during_is_background(explainer: Explainer) -> None:
    events = code(explainer, "Ethiopia released 90 Eritrean soldiers captured during the border war on Thursday, "
                  "officials said.", DAY)
    assert "ASSAULT" not in types(events)
    # on a weapon, the participle tells its launch: the attack itself
    events = code(explainer, "Saudi air defences shot down a missile fired by the Houthis at Jizan on Thursday.", DAY)
    assert "ASSAULT" in types(events)


def test_a_pact_reached_with_a_state_is_background(explainer: Explainer) -> None:
    events = code(explainer, "French troops left their last base in Chad on Thursday under a pact reached with "
                  "N'Djamena last year.", DAY)
    assert "AGREE" not in types(events)


def test_after_a_preposed_adverbial_the_verb_is_the_main_verb(explainer: Explainer) -> None:
    (concession,) = of_type(explainer, "Under pressure from pensioners who blocked roads in Quito, Ecuador's "
                            "government relented on Thursday and restored the fuel subsidy.", "CONCEDE", DAY)
    assert countries(concession.actors) == ["ECU"]


def test_days_of_talks_measure_one_meeting(explainer: Explainer) -> None:
    events = code(explainer, "Serbian and Kosovar negotiators opened two days of talks in Brussels on Thursday, the "
                  "first such round since the two sides clashed in 2023.", DAY)
    assert types(events) == ["CONSULT"]


def test_a_definite_noun_restating_a_report_is_no_event(explainer: Explainer) -> None:
    events = code(explainer, "Armenia charged on Thursday that Azerbaijani troops had shelled a border village "
                  "overnight, killing two farmers, and said the attack violated the ceasefire.", DAY)
    assert types(events) == ["ACCUSE"]


def test_what_a_protest_denounces_is_its_content(explainer: Explainer) -> None:
    events = code(explainer, "Thousands of Kenyans blocked the Mombasa highway in Nairobi on Thursday night for the "
                  "fifth week running, waving flags and denouncing the government's plan to raise taxes.", DAY)
    assert types(events) == ["PROTEST"]


def test_a_passive_suspension_from_a_body_is_done_by_the_body(explainer: Explainer) -> None:
    (suspension,) = of_type(explainer, "Mali was suspended from the African Union on Thursday after the coup.",
                            "SANCTION", DAY)
    assert [a.type for a in suspension.actors] == ["igo"]
    assert countries(suspension.recipients) == ["MLI"]


def test_banned_goods_from_a_country_make_it_the_target(explainer: Explainer) -> None:
    (ban,) = of_type(explainer, "Canada banned imports of crude oil, fuel and fertiliser from Saudi Arabia on "
                     "Thursday.", "SANCTION", DAY)
    assert countries(ban.recipients) == ["SAU"]


def test_a_plural_noun_before_a_past_verb_is_no_report(explainer: Explainer) -> None:
    (support,) = of_type(explainer, "Qatar, Oman and the Gulf states threw their backing behind the Lebanese army "
                         "on Thursday.", "SUPPORT", DAY)
    assert "QAT" in countries(support.actors)


def test_a_statement_of_a_summit_names_the_speaker(explainer: Explainer) -> None:
    events = code(explainer, "Arab states endorsed an Egyptian plan for Gaza on Thursday, the final statement of a "
                  "Cairo summit said.", DAY)
    assert types(events) == ["SUPPORT"]
    assert events[0].attribution is not None


def test_an_ing_participle_on_a_subject_describes_it(explainer: Explainer) -> None:
    events = code(explainer, "Fiji was suspended from the Pacific Islands Forum on Thursday over the coup, ministers "
                  "meeting in Apia announced.", DAY)
    assert types(events) == ["SANCTION"]
