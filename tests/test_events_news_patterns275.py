"""Session 46 (sentences written for these tests), from the tuned blind probe C18: the city a
visitor arrives in, legislators and a home minister named bare, places described by a head
("the southern island of X", "the township of X"), mourners as local people, storms and
market blows that are no attacks, and a few wordings (a boycotted vote, a column rolling out
of a capital, relations patched up)."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2041-06-14"


def test_the_city_a_visitor_arrives_in_is_the_host(explainer: Explainer) -> None:
    text = "Brazil's president arrived in Lusaka on Monday at the start of a four-day visit."
    (visit,) = of_type(explainer, text, "CONSULT", DAY)
    assert countries(visit.recipients) == ["ZMB"]
    text = "The Kenyan foreign minister flew into Kampala on Sunday for talks on the oil pipeline."
    (visit,) = of_type(explainer, text, "CONSULT", DAY)
    assert countries(visit.recipients) == ["UGA"]


def test_legislators_named_bare_are_of_the_state_in_context(explainer: Explainer) -> None:
    text = "Prosecutors in Lima filed graft charges on Friday against four senators accused of taking bribes."
    (charge,) = of_type(explainer, text, "ACCUSE", DAY)
    assert countries(charge.recipients) == ["PER"]
    assert [r.sector for r in charge.recipients] == ["LEG"]


def test_a_home_minister_is_an_interior_minister(explainer: Explainer) -> None:
    text = "Opposition lawmakers in Dhaka demanded the resignation of the home minister on Monday."
    (demand,) = of_type(explainer, text, "REQUEST", DAY)
    assert [(r.country, r.sector) for r in demand.recipients] == [("BGD", "GOV")]


def test_a_place_behind_a_descriptive_head_is_what_a_curfew_covers(explainer: Explainer) -> None:
    text = "The Indonesian president declared martial law across the northern island of Sumatra on Monday."
    (martial_law,) = of_type(explainer, text, "COERCE", DAY)
    assert countries(martial_law.recipients) == ["IDN"]


def test_mourners_fired_on_are_people_of_the_place(explainer: Explainer) -> None:
    text = "Riot police fired tear gas at hundreds of mourners leaving a funeral in the township of Soweto on Sunday."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert countries(attack.recipients) == ["ZAF"]


def test_a_storm_of_a_kind_and_a_market_blow_are_no_attacks(explainer: Explainer) -> None:
    assert of_type(explainer, "The tropical storm moved toward Okinawa on Friday.", "ASSAULT", DAY) == []
    text = "Peru's zinc output fell 4 percent in May, hit by lower ore grades at two big mines."
    assert of_type(explainer, text, "ASSAULT", DAY) == []
    # near misses: forces storming a place and a bomb hitting one still attack
    (raid,) = of_type(explainer, "Commandos stormed a rebel camp near Goma on Friday.", "ASSAULT", DAY)
    assert countries(raid.recipients) == ["COD"]
    assert len(of_type(explainer, "A convoy was hit by a roadside bomb near Kandahar.", "ASSAULT", DAY)) == 1


def test_a_boycotted_vote_a_column_leaving_and_relations_patched_up(explainer: Explainer) -> None:
    text = "Zambia's main opposition party stayed away from Thursday's parliamentary by-election."
    (boycott,) = of_type(explainer, text, "PROTEST", DAY)
    assert boycott.mode == "boycott" and countries(boycott.actors) == ["ZMB"]
    text = "The last Ethiopian troops rolled out of Mogadishu on Tuesday in a convoy of trucks."
    (withdrawal,) = of_type(explainer, text, "RETREAT", DAY)
    assert countries(withdrawal.recipients) == ["SOM"]
    (deal,) = of_type(explainer, "Chad and Sudan patched up their relations on Thursday.", "AGREE", DAY)
    assert sorted(countries(deal.actors)) == ["SDN", "TCD"]
    # near miss: a product rolled out is no withdrawal
    assert of_type(explainer, "Samsung rolled out its new phone in Seoul.", "RETREAT", DAY) == []


def test_a_body_of_states_expelling_a_member_sanctions_it(explainer: Explainer) -> None:
    (expulsion,) = of_type(explainer, "The African Union expelled Guinea on Saturday.", "SANCTION", DAY)
    assert expulsion.mode == "expel" and countries(expulsion.recipients) == ["GIN"]
    # near miss: a state expelling people coerces them
    text = "Kenya expelled 40 Somali refugees on Saturday."
    assert of_type(explainer, text, "SANCTION", DAY) == [] and len(of_type(explainer, text, "COERCE", DAY)) == 1
