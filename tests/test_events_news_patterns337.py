"""Session 60 (sentences written for these tests), from probe C33 and the opened cluster sets:
a strike held or threatened by workers is a stoppage, no attack, and classrooms a union vows to
empty are one; an event noun whose predicate follows a
condition set off by commas ("a ban ..., if it were imposed, would cost") and an act in an
inverted condition ("were Beijing to invade") are hypothetical; a loss that "hit the economies"
strikes nothing; deaths summed over a year are a statistic; an act named by an earlier year
("since the 2003 invasion") or spread over years ("a decade-long offensive") is no news of its
own; "phone and internet services" place no call; hostages freed by a state's forces further
along the object are rescued; a warning to a body named by its owner ("Ukraine's state energy
company") that its side "would" act "unless" is a threat, as is one in which "his country would"
act "if"; speakers "from" two capitals stand for them; a plural subject with a present
participle and its object ("Miners demanding higher pay blocked") acts past its object."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type, types

DAY = "2019-12-16"


def test_workers_extending_their_strike_stop_work(explainer: Explainer) -> None:
    text = "Rail and metro workers extended their strike into a third week on Monday, paralysing Paris."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, event.recipients) == ("PROTEST", "strike", [])


def test_a_strike_owned_by_metalworkers_is_a_stoppage(explainer: Explainer) -> None:
    text = "The metalworkers' strike paralysed Sao Paulo's car plants on Monday."
    assert types(code(explainer, text, DAY)) == ["PROTEST"]


def test_an_air_strike_that_killed_workers_is_still_an_attack(explainer: Explainer) -> None:
    text = "An Israeli strike killed four workers in Gaza on Monday."
    assert types(code(explainer, text, DAY)) == ["ASSAULT"]


def test_a_ban_weighed_under_a_condition_set_off_by_commas_is_hypothetical(explainer: Explainer) -> None:
    text = ("Economists in Sydney said a Chinese ban on Australian coal, if it were imposed, would cost "
            "miners $10 billion a year and hit the economies of Queensland.")
    events = code(explainer, text, "2020-10-13")
    assert "ASSAULT" not in types(events)
    assert [e.modality for e in events] == ["hypothetical"]


def test_an_act_in_an_inverted_condition_is_hypothetical(explainer: Explainer) -> None:
    text = ("A war game found that a Chinese missile barrage against Taiwan's air bases, were Beijing to "
            "invade, could destroy most of the island's jets.")
    events = code(explainer, text, "2023-01-09")
    assert events and all(e.modality == "hypothetical" for e in events)


def test_a_verb_after_a_comma_and_were_in_a_statement_stays_asserted(explainer: Explainer) -> None:
    text = "Rebels attacked the town on Monday, were repelled, and fled."
    [event] = of_type(explainer, text, "ASSAULT", DAY)
    assert event.modality == "asserted"


def test_deaths_summed_over_a_year_are_a_statistic(explainer: Explainer) -> None:
    text = "Armed violence killed an estimated 45,000 people in Brazil last year, a non-profit forum said."
    assert code(explainer, text, "2024-01-05") == []


def test_a_killing_by_named_gunmen_last_year_is_still_an_attack(explainer: Explainer) -> None:
    text = "Gunmen killed 12 people in Port-au-Prince last year, police said."
    assert types(code(explainer, text, "2024-01-05")) == ["ASSAULT"]


def test_an_invasion_named_by_an_earlier_year_dates_a_record_and_is_not_coded(explainer: Explainer) -> None:
    text = ("Iraq's oil exports averaged 3.3 million barrels per day in March, the oil ministry said on Monday, "
            "the highest level since the 2003 U.S.-led invasion that toppled Saddam Hussein's government.")
    assert code(explainer, text, "2023-04-03") == []


def test_a_decade_long_offensive_is_years_of_acts(explainer: Explainer) -> None:
    text = ("The number of kidnappings in Colombia fell to 305 last year, the defence ministry said, crediting "
            "a decade-long military offensive against rebels and criminal gangs.")
    assert code(explainer, text, "2010-01-05") == []


def test_a_week_long_offensive_launched_is_the_news(explainer: Explainer) -> None:
    text = "Israel launched a week-long offensive against Hamas in Gaza on Monday."
    assert types(code(explainer, text, DAY)) == ["ASSAULT"]


def test_phone_and_internet_services_cut_place_no_call(explainer: Explainer) -> None:
    text = "Indian authorities cut mobile phone and internet services across Kashmir on Monday."
    assert types(code(explainer, text, DAY)) == ["COERCE"]


def test_hostages_named_further_along_the_object_are_rescued(explainer: Explainer) -> None:
    text = ("French special forces freed two French tourists and an American woman held hostage in "
            "northern Burkina Faso in an overnight raid.")
    [event] = of_type(explainer, text, "AID", "2019-05-10")
    assert countries(event.actors) == ["FRA"]


def test_a_warning_to_an_owned_body_of_a_cut_unless_it_pays_is_a_threat(explainer: Explainer) -> None:
    text = ("Russia's gas monopoly warned Ukraine's state energy company on Thursday that it would cut off "
            "supplies from January 1 unless Kiev agreed to pay four times the price.")
    [event] = code(explainer, text, "2005-12-15")
    assert (event.type, countries(event.actors)) == ("THREATEN", ["RUS"])


def test_a_warning_that_ones_country_would_act_if_another_did_is_a_threat(explainer: Explainer) -> None:
    text = ("Somalia's president warned on Sunday that his country would defend its territory by any means "
            "if Ethiopia went ahead with the deal.")
    [event] = code(explainer, text, "2024-01-14")
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("THREATEN", ["SOM"], ["ETH"])


def test_negotiators_from_two_capitals_hold_the_talks(explainer: Explainer) -> None:
    text = ("As Russian artillery pounded the suburbs of the capital, negotiators from Kyiv and Moscow held "
            "talks on Monday.")
    [event] = of_type(explainer, text, "CONSULT", "2022-03-14")
    assert sorted(countries(event.actors)) == ["RUS", "UKR"]


def test_unions_in_a_country_announcing_their_strike_intend_it(explainer: Explainer) -> None:
    text = "Teachers' unions in Argentina said on Tuesday they would stage a 48-hour strike next week."
    [event] = code(explainer, text, "2023-05-16")
    assert (event.type, event.modality, countries(event.actors)) == ("PROTEST", "intended", ["ARG"])


def test_a_subject_with_a_demanding_participle_blocks_the_road(explainer: Explainer) -> None:
    text = "Miners demanding higher pay blocked the main highway into La Paz on Monday."
    assert "obstruct" in [e.mode for e in of_type(explainer, text, "PROTEST", DAY)]


def test_rockets_on_a_field_in_a_series_this_year_are_still_an_attack(explainer: Explainer) -> None:
    text = ("Output at the gas field was curtailed after a barrage of rockets came down on the site late on "
            "Wednesday, another in a series of attacks on the field this year.")
    assert types(code(explainer, text, "2022-06-30")) == ["ASSAULT"]


def test_teachers_threatening_a_strike_threaten_a_stoppage_not_violence(explainer: Explainer) -> None:
    [event] = code(explainer, "Greece's teachers threatened a strike today.", "1991-04-15")
    assert (event.type, event.mode) == ("THREATEN", "restrict")


def test_a_state_threatening_a_strike_on_sites_threatens_violence(explainer: Explainer) -> None:
    [event] = code(explainer, "Iran threatened a strike on Israel's nuclear sites.", "1991-04-15")
    assert (event.type, event.mode) == ("THREATEN", "violence")


def test_a_union_vowing_to_empty_classrooms_threatens_a_stoppage(explainer: Explainer) -> None:
    [event] = code(explainer, "The teachers' union vowed to empty classrooms unless pay rose.", "1991-04-15")
    assert event.type == "THREATEN"


def test_police_emptying_classrooms_after_a_bomb_threat_strike_nothing(explainer: Explainer) -> None:
    assert code(explainer, "Police emptied the classrooms after a bomb threat.", "1991-04-15") == []
