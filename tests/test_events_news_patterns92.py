"""Event roles of news English, round 92: who the parties are when the words that name them
are not plain names. People "with suspected ties to" or "suspected of links to" a group are
that group's (so an arrest of them targets it); a nationality opening a sea's name ("the
Indian Ocean", "the Persian Gulf") names water, never a party, and a country word heading the
subject of a threat ("every American base ... would be in the crosshairs") is whom it
threatens; "a strike by dock workers" or "a sit-in of garment workers" names its protesters
after "by"/"of"; "a royal pardon" is granted by the state of the report, to the prisoners
heading the clause; "both countries' ministers" are the two states named before; "the chief
of" a party joined by "and" to a subject acts with it. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2025-03-04"  # a Tuesday


def test_people_with_suspected_ties_to_a_group_make_it_the_target(explainer: Explainer) -> None:
    events = of_type(explainer, "Eleven men with suspected ties to al-Qaeda were nabbed in joint operations "
                                "across three northern provinces on Monday, police said.", "COERCE", DAY)
    assert events and countries(events[0].recipients) == ["IMG"]


def test_people_suspected_of_links_to_a_group_make_it_the_target(explainer: Explainer) -> None:
    events = of_type(explainer, "Nine people suspected of links to Hezbollah were arrested in Kuwait on Sunday, "
                                "police said.", "COERCE", DAY)
    assert events and countries(events[0].recipients) == ["LBN"]
    assert countries(events[0].actors) == ["KWT"]


def test_a_sea_named_by_a_nationality_is_no_party_of_a_threat(explainer: Explainer) -> None:
    events = of_type(explainer, "Iran's navy chief said on Monday that every American base from the Persian Gulf "
                                "to the Indian Ocean would be 'in the crosshairs' of Iran's drones.", "THREATEN", DAY)
    assert events and countries(events[0].recipients) == ["USA"]
    assert countries(events[0].actors) == ["IRN"]


def test_a_country_word_heading_a_threatened_subject_is_addressed(explainer: Explainer) -> None:
    events = of_type(explainer, "Iran's navy chief said on Monday that American bases in the region would be "
                                "'in the crosshairs' of Iran's drones.", "THREATEN", DAY)
    assert events and countries(events[0].recipients) == ["USA"]


def test_workers_after_by_a_strike_noun_strike(explainer: Explainer) -> None:
    events = of_type(explainer, "Kenya was hit by a strike by port workers on Monday.", "PROTEST", DAY)
    assert events and [a.text for a in events[0].actors] == ["workers"]


def test_workers_after_of_a_sit_in_sit_in(explainer: Explainer) -> None:
    events = of_type(explainer, "A sit-in of garment workers in Dhaka continued on Tuesday.", "PROTEST", DAY)
    assert events and [a.text for a in events[0].actors] == ["workers"]


def test_relatives_after_by_a_sit_in_sit_in(explainer: Explainer) -> None:
    events = of_type(explainer, "The sit-in by relatives of the detainees continued.", "PROTEST", DAY)
    assert events and [a.text for a in events[0].actors] == ["relatives"]


def test_a_royal_pardon_is_granted_by_the_state_of_the_report(explainer: Explainer) -> None:
    events = of_type(explainer, "More than 300 prisoners will be freed from Rumais prison after a royal pardon "
                                "on Monday, the Interior Ministry of Bahrain said.", "CONCEDE", DAY)
    assert events and countries(events[0].actors) == ["BHR"]
    assert [r.text for r in events[0].recipients] == ["prisoners"]


def test_both_countries_ministers_are_the_two_states_named_before(explainer: Explainer) -> None:
    events = of_type(explainer, "Flights from Kenya to Ethiopia will resume in May after both countries' "
                                "aviation ministers gave the go-ahead on Monday.", "AGREE", DAY)
    assert events and sorted(countries(events[0].actors)) == ["ETH", "KEN"]


def test_the_chief_of_a_party_joined_to_the_subject_acts_with_it(explainer: Explainer) -> None:
    events = of_type(explainer, "Egypt's foreign minister and the chief of the Sudanese army held talks in Cairo "
                                "on Monday.", "CONSULT", DAY)
    assert events and sorted(countries(events[0].actors)) == ["EGY", "SDN"]
