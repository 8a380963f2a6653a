"""Role logic found missing on the CAMEO sentences (tests/fixtures/cameo_sentences.jsonl),
each checked here on sentences of its own: what a crowd demands is the content of its
protest, not a request of its own."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type


def test_what_a_crowd_demands_is_its_protest_not_a_request(explainer: Explainer) -> None:
    text = "Hundreds of demonstrators in Lima demanded the release of the jailed union leader."
    assert not of_type(explainer, text, "REQUEST")
    (protest,) = of_type(explainer, text, "PROTEST")
    assert countries(protest.actors) == ["PER"]
    text = "Protesters in Accra demanded the resignation of the finance minister."
    assert not of_type(explainer, text, "REQUEST")
    assert of_type(explainer, text, "PROTEST")
    # a demand by a party that is no crowd stays a request
    assert of_type(explainer, "Teachers' unions in Accra demanded higher wages from the government.", "REQUEST")


def test_a_crowd_storming_or_burning_buildings_riots(explainer: Explainer) -> None:
    for text, country in (("Rioters in Kampala set fire to the offices of the electoral commission.", "UGA"),
                          ("An angry mob in Karachi torched a police station after the shooting.", "PAK"),
                          ("Hundreds of protesters stormed the parliament building in Skopje.", "MKD")):
        assert not of_type(explainer, text, "ASSAULT"), text
        (riot,) = of_type(explainer, text, "PROTEST")
        assert riot.mode == "riot", (text, riot.mode)
        assert countries(riot.actors) == [country], text  # a crowd belongs where it riots
    # an armed group burning a village attacks it
    assert of_type(explainer, "Militiamen set fire to a village in Ituri province.", "ASSAULT")


def test_a_nationality_in_the_object_after_of_names_the_recipient(explainer: Explainer) -> None:
    (detained,) = of_type(explainer, "Libyan coastguards detained hundreds of Eritrean migrants.", "COERCE")
    assert countries(detained.recipients) == ["ERI"]
    (seized,) = of_type(explainer, "Ecuador seized the oil fields of a Chinese company.", "COERCE")
    assert countries(seized.recipients) == ["CHN"]


def test_the_party_after_of_withdraws_in_a_withdrawal(explainer: Explainer) -> None:
    (retreat,) = of_type(explainer, "The withdrawal of Ugandan troops from South Sudan was completed on Friday.",
                         "RETREAT")
    assert countries(retreat.actors) == ["UGA"]
    (pullout,) = of_type(explainer, "The pullout of Turkish soldiers from northern Iraq ended in May.", "RETREAT")
    assert countries(pullout.actors) == ["TUR"]
    # a frame that takes "of" keeps it for whom the act is done to
    (release,) = of_type(explainer, "The release of the Canadian hostages was announced on Monday.", "RETREAT")
    assert "CAN" not in countries(release.actors)


def test_the_agent_after_a_destination_gives_passive_aid(explainer: Explainer) -> None:
    (aid,) = of_type(explainer, "Medical supplies were delivered to Gaza by the Egyptian government.", "AID")
    assert countries(aid.actors) == ["EGY"]
    (flown,) = of_type(explainer, "Tents were flown to Malawi by the Zambian air force.", "AID")
    assert countries(flown.actors) == ["ZMB"]


def test_officials_from_named_states_are_those_states(explainer: Explainer) -> None:
    (talks,) = of_type(explainer, "Officials from Eritrea and Djibouti met in Doha to discuss the border.", "CONSULT")
    assert sorted(countries(talks.actors)) == ["DJI", "ERI"]
    (held,) = of_type(explainer, "Delegations from Armenia and Azerbaijan held talks in Moscow.", "CONSULT")
    assert sorted(countries(held.actors)) == ["ARM", "AZE"]
