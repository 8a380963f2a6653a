"""Wordings of session 37 (sentences written for these tests): wildlife rangers and regulators
as a state's agents, arrests whose detainees are "suspected of" something, traders' licences
taken back as penalties, a numbered road blocked, an
amnesty "of" a president, crews coordinated with a foreign ship, cargoes inspected on patrol,
and an accord that "commits" its parties."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, coded_types, countries, known_countries, of_type

DAY = "2010-06-15"


@pytest.mark.parametrize("text", [
    "Four men were arrested near Malindi by wildlife rangers yesterday.",
    "Game rangers caught 3 poachers carrying tusks near Kasane on Monday.",
])
def test_rangers_arresting_poachers_are_the_states_police(explainer: Explainer, text: str) -> None:
    [arrest] = of_type(explainer, text, "COERCE", DAY)
    assert arrest.mode == "arrest"
    assert [(r.country, r.sector) for r in arrest.actors] in ([("KEN", "COP")], [("BWA", "COP")])


def test_police_named_after_the_place_of_a_passive_arrest(explainer: Explainer) -> None:
    [arrest] = of_type(explainer, "Nine men were arrested near Kisumu by the police.", "COERCE", DAY)
    assert countries(arrest.actors) == ["KEN"]


@pytest.mark.parametrize("text", [
    "Eleven men suspected of smuggling ivory were taken into custody near Lamu by police.",
    "Two women accused of spying were arrested in Herat by Afghan police on Sunday.",
])
def test_detainees_suspected_of_a_crime_are_arrested_for_certain(explainer: Explainer, text: str) -> None:
    [arrest] = of_type(explainer, text, "COERCE", DAY)
    assert arrest.modality == "asserted"


def test_men_suspected_of_a_killing_are_still_only_suspected_of_it(explainer: Explainer) -> None:
    text = "Police arrested two men suspected of killing a ranger near Lamu."
    assert [e.modality for e in of_type(explainer, text, "ASSAULT", DAY)] in ([], ["alleged"])


@pytest.mark.parametrize("text", [
    "The energy regulator suspended the trading licences of 9 fuel retailers in Mwanza yesterday.",
    "The central bank of Kenya revoked the licences of 4 currency dealers in Nairobi on Monday.",
    "The National Bank of Ukraine withdrew a Kiev-based lender's banking licence on Monday.",
    "The energy regulator shut 6 petrol retailers in Arusha by suspending their licences.",
])
def test_traders_licences_taken_back_are_a_sanction(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["SANCTION"]


def test_a_newspapers_licence_suspended_stays_censorship(explainer: Explainer) -> None:
    text = "The press council suspended the licence of an opposition newspaper in Khartoum yesterday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode) == ("COERCE", "censor")


def test_the_agent_of_a_suspension_after_its_owner_and_scene(explainer: Explainer) -> None:
    text = "The suspension of the licences of 7 fuel retailers in Mwanza by the Tanzanian regulator angered traders."
    [event] = of_type(explainer, text, "SANCTION", DAY)
    assert countries(event.actors) == ["TZA"]


@pytest.mark.parametrize("text", [
    "Hundreds of farmers blocked Route 7 near Caaguazu this morning to demand land.",
    "Hundreds of protesters blocked the main route into Encarnacion on Monday.",
])
def test_a_route_blocked_by_a_crowd_is_a_protest(explainer: Explainer, text: str) -> None:
    assert "PROTEST" in coded_types(explainer, text, DAY)


def test_the_supply_route_of_an_army_blocked_is_no_protest(explainer: Explainer) -> None:
    text = "Rebel fighters blocked the army's supply route to Goma on Monday."
    assert "PROTEST" not in coded_types(explainer, text, DAY)


def test_a_paraguayan_department_and_town(explainer: Explainer) -> None:
    text = "Landless farmers blocked Route 3 near Santa Rosa del Aguaray in San Pedro department on Monday."
    [event] = of_type(explainer, text, "PROTEST", DAY)
    assert event.location.country == "PRY"


def test_an_amnesty_of_a_president_is_his(explainer: Explainer) -> None:
    text = "Some 60 inmates walked free yesterday under an amnesty of President Jakaya Kikwete."
    [amnesty] = of_type(explainer, text, "CONCEDE", "2010-12-10")
    assert countries(amnesty.actors) == ["TZA"]


def test_an_amnesty_of_prisoners_names_no_giver(explainer: Explainer) -> None:
    text = "An amnesty of 300 prisoners was welcomed by lawyers in Accra."
    assert all(not e.actors or countries(e.actors) != ["GHA"] or e.type != "CONCEDE"
               for e in code(explainer, text, DAY))


def test_a_crew_and_a_foreign_ship_coordinated_work_together(explainer: Explainer) -> None:
    text = ("Senegalese coast guard sailors and a Spanish navy patrol boat swept the waters off Dakar "
            "side by side on Monday, inspecting cargoes.")
    [event] = code(explainer, text, DAY)
    assert (event.type, sorted(known_countries(event.actors))) == ("COOPERATE", ["ESP", "SEN"])


@pytest.mark.parametrize("text", [
    "Customs officers inspected 40 trucks at the Malaba crossing on Monday.",
    "The navy boarded two dhows and inspected their cargo off Lamu.",
])
def test_goods_inspected_are_no_probe(explainer: Explainer, text: str) -> None:
    assert "ACCUSE" not in coded_types(explainer, text, DAY)


def test_an_accord_that_commits_two_states(explainer: Explainer) -> None:
    text = "The accord commits Lima and La Paz to building a joint railway."
    [event] = code(explainer, text, DAY)
    assert (event.type, sorted(known_countries(event.actors))) == ("AGREE", ["BOL", "PER"])


@pytest.mark.parametrize("name, country", [
    ("President John Atta Mills", "GHA"), ("President Fernando Lugo", "PRY"),
    ("Prime Minister Najib Razak", "MYS"), ("President Serzh Sargsyan", "ARM"),
    ("President Traian Basescu", "ROU"), ("Prime Minister Jose Luis Rodriguez Zapatero", "ESP"),
])
def test_office_holders_of_the_years_around_2010(explainer: Explainer, name: str, country: str) -> None:
    text = f"{name} met the visiting Japanese foreign minister on Monday."
    [meeting] = of_type(explainer, text, "CONSULT", DAY)
    assert country in known_countries(meeting.actors)


@pytest.mark.parametrize("text", [
    "Maoist rebels ordered tea planters to leave the district or face attacks on their estates, a leaflet said.",
    "The insurgents told truckers to stay off the highway or expect gunfire.",
])
def test_an_order_closed_by_harm_held_over_its_addressee_is_a_threat(explainer: Explainer, text: str) -> None:
    assert "THREATEN" in coded_types(explainer, text, DAY)
    assert "REQUEST" not in coded_types(explainer, text, DAY)


def test_an_order_without_an_alternative_is_no_threat(explainer: Explainer) -> None:
    assert "THREATEN" not in coded_types(explainer, "The minister ordered the rebels to free the hostages.", DAY)


def test_firms_stripped_of_their_concessions_are_sanctioned(explainer: Explainer) -> None:
    text = "Indonesia's forestry ministry stripped 2 palm oil companies of their concessions in Jambi on Monday."
    assert coded_types(explainer, text, DAY) == ["SANCTION"]


def test_permission_denied_to_a_group_is_a_refusal(explainer: Explainer) -> None:
    text = "Turkey denied permission to 30 Greek pilgrims to visit the monastery on Monday."
    [event] = code(explainer, text, DAY)
    assert event.type == "REJECT"


def test_a_guest_welcomed_in_the_capital_is_visited(explainer: Explainer) -> None:
    text = "President Ivan Gasparovic welcomed Hungarian President Laszlo Solyom in Bratislava on Monday."
    [event] = code(explainer, text, "2009-06-15")
    assert (event.type, event.mode) == ("CONSULT", "visit")


@pytest.mark.parametrize("text", [
    "Prime Minister Donald Tusk welcomed Germany's decision in a statement on Monday.",
    "Afghan officials welcomed the decision to keep allied troops in Kandahar.",
])
def test_a_decision_welcomed_is_support_not_a_visit(explainer: Explainer, text: str) -> None:
    assert "CONSULT" not in coded_types(explainer, text, "2009-06-15")


def test_a_leader_travelling_to_confer_visits(explainer: Explainer) -> None:
    text = "Croatian Prime Minister Jadranka Kosor travelled to Ljubljana on Monday to confer with Borut Pahor."
    assert "CONSULT" in coded_types(explainer, text, "2009-08-31")


@pytest.mark.parametrize("text", [
    "Some 300 prisoners walked free yesterday, beneficiaries of President Jakaya Kikwete's prerogative of mercy.",
    "Kikwete's act of mercy on Monday freed 300 prisoners in Dar es Salaam.",
])
def test_a_presidents_prerogative_or_act_of_mercy_is_a_pardon(explainer: Explainer, text: str) -> None:
    [pardon] = of_type(explainer, text, "CONCEDE", "2010-12-10")
    assert known_countries(pardon.actors) == ["TZA"]


def test_kidnapped_workers_delivered_to_a_commission_are_released(explainer: Explainer) -> None:
    text = ("FARC rebels delivered 2 surveyors, kidnapped near Tame, to a commission of the Red Cross "
            "on Sunday.")
    assert "RETREAT" in coded_types(explainer, text, DAY)


def test_engineers_delivered_to_a_site_are_no_release(explainer: Explainer) -> None:
    text = "The ministry delivered 4 engineers to the dam site on Sunday."
    assert "RETREAT" not in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text", [
    "Farmers in Mzimba took charge of 50 water pumps donated by Japan yesterday.",
    "The officer in charge of the district said the road was open.",
])
def test_taking_charge_lays_no_charge(explainer: Explainer, text: str) -> None:
    assert "ACCUSE" not in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("text, type_", [
    ("Naxalites ambushed a police patrol in Gadchiroli on Monday.", "ASSAULT"),
    ("Rebels blasted an army jeep near Dantewada on Monday.", "ASSAULT"),
    ("The navy intercepted 4 Thai trawlers off Songkhla on Monday.", "COERCE"),
    ("Chad and Sudan consented on Monday in Tripoli to withdraw their troops from the border.", "AGREE"),
])
def test_wordings_of_2009(explainer: Explainer, text: str, type_: str) -> None:
    assert type_ in coded_types(explainer, text, DAY)
