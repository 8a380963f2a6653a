"""Constructions found while reading the errors of tests/fixtures/cluster_test4 (2026-11-21),
tested here on sentences written for these tests: a crowd counted as "hundreds of people",
a gathering whose protest is told by a participle after a comma, "returned to the streets",
listing parties on a sanctions list, and Russia's Africa Corps."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import of_type


def test_a_gathering_told_as_a_protest_by_a_later_participle_is_one(explainer: Explainer) -> None:
    text = ("Thousands of people gathered in the main square of Hama on Friday, chanting "
            "against the governor and demanding cheaper bread.")
    found = of_type(explainer, text, "PROTEST")
    assert len(found) == 1 and [a.text for a in found[0].actors] == ["people"]


def test_a_gathering_with_another_participle_is_no_protest(explainer: Explainer) -> None:
    text = "Thousands of people gathered outside the stadium on Friday, hoping to see the team."
    assert of_type(explainer, text, "PROTEST") == []


def test_plain_people_are_no_party_of_an_attack(explainer: Explainer) -> None:
    """Only a counted crowd is a party: "people" killed are victims, not a named recipient."""
    event = of_type(explainer, "A car bomb killed seven people in Kirkuk on Monday.", "ASSAULT")
    assert event and all(r.text != "people" for e in event for r in e.recipients)


def test_returning_to_the_streets_is_a_protest(explainer: Explainer) -> None:
    found = of_type(explainer, "Teachers returned to the streets of Amman on Sunday.", "PROTEST")
    assert len(found) == 1


def test_adding_parties_to_a_sanctions_list_is_a_sanction_by_the_lister(explainer: Explainer) -> None:
    text = "Britain on Monday added three bankers to its sanctions list for funding Hezbollah."
    found = of_type(explainer, text, "SANCTION")
    assert len(found) == 1 and [a.country for a in found[0].actors] == ["GBR"]


def test_the_africa_corps_is_russias_military(explainer: Explainer) -> None:
    found = of_type(explainer, "The Africa Corps withdrew from a base in northern Mali on Sunday.",
                     "RETREAT")
    assert len(found) == 1 and [(a.country, a.sector) for a in found[0].actors] == [("RUS", "MIL")]


def test_a_warning_that_ones_own_state_will_strike_targets_the_party_after_it(
        explainer: Explainer) -> None:
    text = ("Turkish President Recep Tayyip Erdogan warned on Monday that Turkey would launch a "
            "new offensive against the PKK in northern Iraq.")
    found = of_type(explainer, text, "THREATEN")
    assert len(found) == 1 and [r.actor_id for r in found[0].recipients] == ["pkk"]


def test_a_warning_about_another_party_keeps_it_as_recipient(explainer: Explainer) -> None:
    found = of_type(explainer, "Israel warned on Monday that Hezbollah would pay a heavy price.",
                     "THREATEN")
    assert len(found) == 1 and [r.actor_id for r in found[0].recipients] == ["hezbollah"]


def test_an_envoy_for_a_country_is_the_speaker_who_demands(explainer: Explainer) -> None:
    text = ("On March 3 the UN envoy for Libya told the Security Council that the rebels must "
            "release all detained journalists.")
    found = of_type(explainer, text, "REQUEST")
    assert len(found) == 1 and [a.country for a in found[0].actors] == ["UNO"]


def test_a_pullout_is_a_retreat(explainer: Explainer) -> None:
    text = "American troops have completed their pullout from a base in eastern Syria."
    found = of_type(explainer, text, "RETREAT")
    assert len(found) == 1 and [a.country for a in found[0].actors] == ["USA"]


def test_dropping_a_munition_on_something_is_an_attack(explainer: Explainer) -> None:
    text = "A Russian drone dropped a grenade on a tractor in Kherson on Monday."
    found = of_type(explainer, text, "ASSAULT")
    assert len(found) == 1 and [a.country for a in found[0].actors] == ["RUS"]


def test_dropping_food_is_no_attack(explainer: Explainer) -> None:
    assert of_type(explainer, "Planes dropped food parcels on northern Gaza on Monday.", "ASSAULT") == []


def test_at_least_before_the_object_is_its_count(explainer: Explainer) -> None:
    """"detained at least 20": an active verb with a counted object, no reduced passive."""
    text = "The Israeli army detained at least 20 Palestinians in a raid on Balata camp on Monday."
    found = of_type(explainer, text, "COERCE")
    assert len(found) == 1
    assert [a.country for a in found[0].actors] == ["ISR"]
    assert [r.text for r in found[0].recipients] == ["Palestinians"]


def _place(explainer: Explainer, text: str, type_: str) -> str | None:
    found = of_type(explainer, text, type_)
    assert len(found) == 1
    return found[0].location.text if found[0].location else None


def test_a_settlement_named_after_of_is_the_scene_not_the_wider_place(explainer: Explainer) -> None:
    text = "An Israeli strike hit a home in the south Lebanon border village of Kfar Kila on Monday."
    assert _place(explainer, text, "ASSAULT") == "Kfar Kila"


def test_a_district_named_before_of_stays_the_scene(explainer: Explainer) -> None:
    text = "Gunmen attacked a checkpoint in the Hawija district of Kirkuk on Monday."
    assert _place(explainer, text, "ASSAULT") == "Hawija"


def test_a_square_of_a_town_puts_a_protest_in_the_town(explainer: Explainer) -> None:
    text = ("Thousands of people gathered in the main square of Hama on Friday, chanting "
            "against the government in Damascus.")
    assert _place(explainer, text, "PROTEST") == "Hama"


def test_a_historical_region_of_libya_is_known(explainer: Explainer) -> None:
    text = "French troops withdrew from an airfield in the Fezzan region of Libya on Monday."
    found = of_type(explainer, text, "RETREAT")
    assert len(found) == 1 and found[0].location is not None
    assert (found[0].location.name, found[0].location.country) == ("Fezzan", "LBY")
