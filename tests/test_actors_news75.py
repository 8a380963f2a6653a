"""A people's word before any noun says whose they are ("Tibetan monks", "Scottish police"); a
capital before a pact's name names no party ("the Lisbon treaty"); a town's daily is that state's
press, though "daily" before a noun is an adjective; a trade written as one word ("steelworkers")
is that trade; an unknown body "based" in a town is of the town's country; IHH is Turkey's.
Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from actor_helpers import hit, hits
from event_helpers import of_type

DAY = "1996-04-16"


def test_a_peoples_word_gives_its_state_to_any_noun(kb) -> None:
    monks = hit(kb, "Police said Tibetan monks marched on Tuesday.", "monks", DAY)
    assert (monks.country, monks.sector) == ("CHN", "REL")


def test_a_peoples_word_gives_its_state_before_the_context_does(kb) -> None:
    # the sentence names France and Germany: the people's word decides all the same
    text = "Scottish police met French and German prosecutors on Tuesday."
    police = hit(kb, text, "police", DAY)
    assert (police.country, police.sector) == ("GBR", "COP")


def test_a_people_of_several_states_is_of_the_one_its_sentence_names(kb) -> None:
    inmates = hit(kb, "After a fast by Kurdish inmates, Baghdad on Tuesday eased prison rules.", "inmates", DAY)
    assert (inmates.country, inmates.sector) == ("IRQ", "CRM")


def test_a_people_of_several_states_is_of_none_when_its_sentence_names_none(kb) -> None:
    assert "inmates" not in hits(kb, "Kurdish inmates refused food on Tuesday.", DAY)


def test_separatists_of_a_people_are_rebels_of_its_state(kb) -> None:
    rebels = hit(kb, "Basque separatists set off a car bomb in Vitoria on Tuesday.", "separatists", DAY)
    assert (rebels.country, rebels.sector) == ("ESP", "REB")


def test_a_capital_before_a_pacts_name_is_no_party(explainer: Explainer) -> None:
    text = "A year after the Lisbon accord, an Angolan rebel commander on Tuesday shelled Huambo."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert "PRT" not in {a.country for a in attack.actors}


def test_a_capital_before_other_words_still_stands_for_its_government(kb) -> None:
    # the control: "Lisbon" that acts is Portugal's government
    found = hit(kb, "Lisbon accused Luanda on Tuesday of stalling the talks.", "Lisbon", DAY)
    assert (found.country, found.sector) == ("PRT", "GOV")


def test_a_towns_daily_is_that_states_press(kb) -> None:
    paper = hit(kb, "The censor on Tuesday closed a Nairobi daily for a week.", "Nairobi daily", DAY)
    assert (paper.country, paper.sector) == ("KEN", "JRN")
    named = hit(kb, "The censor closed the Nairobi weekly Taifa Leo.", "Nairobi weekly Taifa Leo", DAY)
    assert (named.country, named.sector) == ("KEN", "JRN")


def test_daily_before_a_noun_is_an_adjective(kb) -> None:
    found = hits(kb, "Kenya's daily tea exports fell on Tuesday.", DAY)
    assert not any(sector == "JRN" for _, _, sector in found.values())


def test_a_trade_written_as_one_word_is_that_trade(kb) -> None:
    workers = hit(kb, "Polish steelworkers blocked a road on Tuesday.", "Polish steelworkers", DAY)
    assert (workers.country, workers.sector) == ("POL", "LAB")
    teachers = hit(kb, "Chilean schoolteachers struck on Tuesday.", "Chilean schoolteachers", DAY)
    assert (teachers.country, teachers.sector) == ("CHL", "EDU")


def test_words_that_merely_end_in_a_noun_are_no_trade(kb) -> None:
    assert kb.trade_compound("firefighters") is None  # "fighters" are no trade
    assert kb.trade_compound("presidents") is None  # nor "residents"
    assert kb.trade_compound("coalminers").sector == "LAB"


def test_an_unknown_body_based_in_a_town_is_of_its_country(kb) -> None:
    body = hit(kb, "The Nairobi-based Horn Peace Forum urged calm on Tuesday.", "Horn Peace Forum", DAY)
    assert body.country == "KEN"


def test_a_direction_based_body_takes_no_country(kb) -> None:
    # the control: "eastern-based" names no town
    body = hit(kb, "The eastern-based Horn Peace Forum urged calm on Tuesday.", "Horn Peace Forum", DAY)
    assert body.country is None


def test_ihh_is_a_turkish_relief_charity(kb) -> None:
    charity = hit(kb, "IHH sent a convoy of flour to Idlib on Tuesday.", "IHH", DAY)
    assert (charity.actor_id, charity.country) == ("tur_ihh", "TUR")


def test_a_peoples_plural_is_of_the_one_of_its_states_its_sentence_names(kb) -> None:
    text = "Police said Mohawks had blocked a highway on Monday in a quarrel over land in Canada."
    people = hit(kb, text, "Mohawks", DAY)
    assert (people.country, people.sector) == ("CAN", "CVL")


def test_a_peoples_plural_abroad_is_of_no_state(kb) -> None:
    # the control: rallying in Istanbul, with China unnamed, they may be its diaspora
    people = hit(kb, "Thousands of Uighurs rallied in Istanbul on Sunday.", "Uighurs", DAY)
    assert people.country is None


def test_an_islamic_qualifier_keeps_the_demonyms_state(kb) -> None:
    militants = hit(kb, "Algerian Islamic militants on Monday raided a village.", "Algerian Islamic militants", DAY)
    assert (militants.country, militants.sector) == ("DZA", "REB")


def test_egyptian_islamic_jihad_is_not_the_palestinian_group(kb) -> None:
    found = hits(kb, "Egyptian Islamic Jihad claimed the bombing in Cairo on Monday.", DAY)
    assert found["Egyptian Islamic Jihad"][1] == "EGY"
    assert hits(kb, "Islamic Jihad fired rockets from Gaza on Monday.", DAY)["Islamic Jihad"][1] == "PSE"
