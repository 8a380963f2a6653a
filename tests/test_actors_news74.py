"""Office holders known by their dated roles, a returning premier too; a state's "diplomacy" is
its government; a firm's "chief executive" is no state's leader; a community "of" a named place
lives there; a UN monitoring body named after the states it watches is one UN body; state
utilities and a regulator whose English name several states' bodies could bear. Sentences
written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from actor_helpers import hit, hits
from event_helpers import of_type

DAY = "2016-05-10"


def test_an_army_chief_is_known_by_his_dated_role(kb) -> None:
    chief = hit(kb, "Gadi Eisenkot toured the Gaza border on Tuesday.", "Gadi Eisenkot", DAY)
    assert (chief.country, chief.sector) == ("ISR", "MIL")


def test_an_army_chief_after_his_term_is_a_former_official(kb) -> None:
    chief = hit(kb, "Gadi Eisenkot toured the Gaza border on Tuesday.", "Gadi Eisenkot", "2021-05-10")
    assert (chief.country, chief.sector) == ("ISR", "ELI")


def test_a_president_is_of_his_state_by_his_role(kb) -> None:
    head = hit(kb, "President Giorgi Margvelashvili vetoed the bill on Tuesday.",
               "President Giorgi Margvelashvili", DAY)
    assert (head.country, head.sector) == ("GEO", "GOV")


def test_a_minister_whose_term_began_unrecorded_holds_it(kb) -> None:
    minister = hit(kb, "Yemane Gebremeskel dismissed the claims on Tuesday.", "Yemane Gebremeskel", DAY)
    assert (minister.country, minister.sector) == ("ERI", "GOV")


def test_a_national_diplomacy_is_the_state_government(kb) -> None:
    found = hit(kb, "Kazakh diplomacy criticised Moscow on Tuesday over the transit fees.", "Kazakh diplomacy", DAY)
    assert (found.country, found.sector) == ("KAZ", "GOV")


def test_a_firm_chief_executive_is_no_state_leader(kb) -> None:
    text = "Kenya will import more power under the deal signed on Monday, the chief executive of the utility said."
    assert not any(actor_id == "uhuru_kenyatta" for actor_id, _, _ in hits(kb, text, DAY).values())


def test_a_community_of_a_named_town_lives_in_that_town(kb) -> None:
    text = "Shells hit the Jordanian border community of Ramtha on Sunday, killing an Egyptian driver."
    community = hit(kb, text, "Jordanian border community", DAY)
    assert (community.country, community.sector) == ("JOR", "CVL")


def test_a_community_of_a_foreign_city_lives_abroad(kb) -> None:
    community = hit(kb, "The Lebanese community of Paris rallied on Sunday for the victims.",
                    "Lebanese community", DAY)
    assert community.country == "FRA"


def test_a_un_monitoring_group_is_one_un_body(explainer: Explainer) -> None:
    text = "Asmara rejected on Tuesday a report of the UN Somalia and Eritrea Monitoring Group as biased."
    (rejection,) = of_type(explainer, text, "REJECT", DAY)
    assert [(r.actor_id, r.country) for r in rejection.recipients] == [("un_semg", "UNO")]


def test_state_utilities_are_businesses_of_their_states(explainer: Explainer) -> None:
    text = "Electricite de Djibouti and Ethiopian Electric Power signed a supply contract on Tuesday."
    (deal,) = of_type(explainer, text, "SUPPORT", DAY)
    assert sorted((a.country, a.sector) for a in deal.actors) == [("DJI", "BUS"), ("ETH", "BUS")]


def test_a_regulator_with_a_generic_name_is_of_the_state_the_text_names(kb) -> None:
    text = "The Audiovisual Regulatory Authority suspended a channel broadcasting from Algeria on Tuesday."
    assert hit(kb, text, "Audiovisual Regulatory Authority", DAY).country == "DZA"


def test_a_regulator_with_a_generic_name_stays_unknown_without_its_state(kb) -> None:
    text = "The Audiovisual Regulatory Authority suspended a private channel on Tuesday."
    assert hit(kb, text, "Audiovisual Regulatory Authority", DAY).country != "DZA"


def test_a_premier_who_returned_to_office_holds_it_again(kb) -> None:
    premier = hit(kb, "Ahmed Ouyahia opened the trade fair in Oran on Monday.", "Ahmed Ouyahia", "2018-03-12")
    assert (premier.country, premier.sector) == ("DZA", "GOV")
