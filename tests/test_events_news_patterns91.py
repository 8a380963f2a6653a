"""Event structure: the "no" of "say no to" is the refusal, not its negation; a reporting form
after a superlative or an owner's "'s" is a noun ("Kenya's largest state port"); an attack
named in a condemnation with its weapon ("the shelling of X with mortars") happened; an
unknown office holder never serves the country he acts on; aid bound for a foreign place is
aid to that place's country. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2025-03-06"  # a Thursday


@pytest.mark.parametrize("text", [
    "Sudan's ruling council has said no to the ceasefire plan drafted in Jeddah.",
    "Sudan's ruling council said no on Wednesday to the proposed truce.",
])
def test_the_no_of_say_no_to_is_the_refusal(explainer: Explainer, text: str) -> None:
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert refusal.modality == "asserted" and countries(refusal.actors) == ["SDN"]
    # a "no" after a trigger that does not hold it still denies: "will accept no truce" refuses
    (denied,) = of_type(explainer, "Sudan's ruling council will accept no truce in Darfur.", "REJECT", DAY)
    assert denied.modality == "asserted"


@pytest.mark.parametrize("text", [
    "Dockers at Kenya's largest state port walked off the job on Wednesday over unpaid wages, a union leader said.",
    "Dockers at Kenya's state port walked off the job on Wednesday over unpaid wages, a union leader said.",
])
def test_a_reporting_form_after_a_superlative_or_owner_is_a_noun(explainer: Explainer, text: str) -> None:
    (strike,) = of_type(explainer, text, "PROTEST", DAY)
    assert [a.text for a in strike.actors] == ["Dockers"] and strike.attribution is not None \
        and strike.attribution.cue == "said"


def test_an_attack_condemned_with_its_weapon_named_happened(explainer: Explainer) -> None:
    text = "The Libyan government on Wednesday condemned the shelling of Misrata airport with mortars as a crime."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert attack.actors == [] and attack.date is not None and attack.date.value == "2025-03-05" \
        and attack.location is not None and attack.location.country == "LBY"
    assert of_type(explainer, text, "ACCUSE", DAY)
    # a bare act ("condemned the shelling of X as a crime") stays the condemnation's content
    assert of_type(explainer, text.replace(" with mortars", ""), "ASSAULT", DAY) == []


def test_a_gerund_act_condemned_with_its_weapon_named_happened(explainer: Explainer) -> None:
    text = "The Libyan government on Wednesday condemned the targeting of Misrata airport with drones as a crime."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert attack.actors == [] and countries(attack.recipients) == ["LBY"]


def test_an_office_holder_never_serves_the_country_he_asks_about(explainer: Explainer) -> None:
    text = "Prime Minister Karim Haddad on Wednesday urged the European Union to step up pressure on Israel."
    (request,) = of_type(explainer, text, "REQUEST", DAY)
    assert countries(request.actors) == [None]


def test_an_office_holder_serves_the_country_joined_by_of(explainer: Explainer) -> None:
    text = "Prime Minister Karim Haddad of Lebanon on Wednesday urged the European Union to step up pressure on Israel."
    (request,) = of_type(explainer, text, "REQUEST", DAY)
    assert countries(request.actors) == ["LBN"]


def test_aid_bound_for_a_foreign_place_goes_to_its_country(explainer: Explainer) -> None:
    text = "Two Jordanian air force cargo planes took off from Amman on Wednesday headed for {}, laden with tents."
    (aid,) = of_type(explainer, text.format("Gaziantep"), "AID", DAY)
    assert countries(aid.actors) == ["JOR"] and countries(aid.recipients) == ["TUR"]
    (home,) = of_type(explainer, text.format("Aqaba"), "AID", DAY)  # a place at home is no recipient
    assert home.recipients == []
