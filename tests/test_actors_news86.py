"""Targets of session 32 round 3 (sentences written here): a participant noun of no country placed
by the phrase right after it ("refugees from Darfur", "factions in Congo-Brazzaville",
"residents of Gaza"), the people a state's own organs concede to at home, and whom a visitor
meets after the visit's "for talks with"."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type


def test_people_placed_by_the_phrase_after_them_take_its_country(explainer: Explainer) -> None:
    aid = of_type(explainer, "The World Food Programme flew maize to 40,000 refugees from Somalia camped in "
                             "northern Kenya.", "AID")
    assert aid and countries(aid[0].recipients) == ["SOM"]


def test_refugees_in_a_country_are_not_its_people(explainer: Explainer) -> None:
    aid = of_type(explainer, "The World Food Programme flew maize to refugees in Kenya.", "AID")
    assert aid and "KEN" not in countries(aid[0].recipients)


def test_factions_in_a_country_are_its_own(explainer: Explainer) -> None:
    asks = of_type(explainer, "The Secretary-General urged the rival factions in Liberia to lay down their "
                              "arms.", "REQUEST")
    assert asks and countries(asks[0].recipients) == ["LBR"]


def test_residents_of_a_city_are_of_its_country(explainer: Explainer) -> None:
    riots = [e for e in of_type(explainer, "Furious residents of Karachi torched buses after the "
                                           "shooting.", "ASSAULT")]
    assert riots and countries(riots[0].actors) == ["PAK"]


def test_a_states_concession_to_unmarked_people_is_to_its_own(explainer: Explainer) -> None:
    pardons = of_type(explainer, "Jordan's King Abdullah pardoned 400 inmates on the eve of the holiday.", "CONCEDE")
    assert pardons and countries(pardons[0].recipients) == ["JOR"]


def test_a_concession_by_a_foreign_body_gives_no_country(explainer: Explainer) -> None:
    deals = of_type(explainer, "The Red Cross secured the release of 200 detainees on Monday.", "CONCEDE")
    assert all("NGO" not in countries(e.recipients) for e in deals)


def test_a_visitor_meets_whom_the_talks_are_with(explainer: Explainer) -> None:
    visits = of_type(explainer, "Nigerian President Olusegun Obasanjo arrived in Accra on Monday for talks "
                                "with Ghanaian President John Kufuor on the crisis.", "CONSULT")
    assert visits and countries(visits[0].recipients) == ["GHA"]


def test_a_described_place_takes_the_country_of_the_town_after_of(explainer: Explainer) -> None:
    # "Delta" alone would be Nigeria's Delta State; "the Delta city of" describes an Egyptian town
    protests = of_type(explainer, "Textile workers in the Delta city of Mahalla al-Kubra staged a sit-in on "
                                  "Sunday over late bonuses.", "PROTEST")
    assert protests and countries(protests[0].actors) == ["EGY"]
