"""Session 40 (sentences written for these tests): the place a material act is done to when a
descriptive head stands right before its name ("pounded the rebel capital Tskhinvali"), or a
bare plural head with "of" ("to flood-hit districts of Sri Lanka"); relief given "for" the
people it is meant for; the two sides of Kashmir named with the state that holds each."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2041-06-14"


def test_a_place_after_its_descriptive_head_is_the_target_of_a_shelling(explainer: Explainer) -> None:
    (event,) = of_type(explainer, "Georgian artillery pounded the South Ossetian capital Tskhinvali overnight.",
                       "ASSAULT", DAY)
    assert countries(event.recipients) == ["GEO"]


def test_aid_flown_to_districts_of_a_country_goes_to_that_country(explainer: Explainer) -> None:
    text = "Indian air force planes flew 40 tonnes of food to flood-hit districts of Sri Lanka on Tuesday."
    (event,) = of_type(explainer, text, "AID", DAY)
    assert countries(event.recipients) == ["LKA"]


def test_relief_unloaded_for_refugees_is_given_to_them(explainer: Explainer) -> None:
    text = "A Turkish ship unloaded 3,000 tonnes of flour for Somali refugees at Mogadishu port on Tuesday."
    (event,) = of_type(explainer, text, "AID", DAY)
    assert [r.text for r in event.recipients] == ["Somali refugees"]
    assert countries(event.recipients) == ["SOM"]


def test_for_a_purpose_names_no_recipient(explainer: Explainer) -> None:
    # near miss: "for" with no party after it
    text = "Japan donated 10 million dollars for reconstruction in Aceh on Monday."
    (event,) = of_type(explainer, text, "AID", DAY)
    assert all(r.text != "reconstruction" for r in event.recipients)


def test_the_side_of_kashmir_a_state_holds_is_that_states(explainer: Explainer) -> None:
    text = "Turkish army helicopters ferried tents and blankets to survivors in Pakistani Kashmir on Wednesday."
    (event,) = of_type(explainer, text, "AID", DAY)
    assert countries(event.recipients) == ["PAK"]
    (event,) = of_type(explainer, "Pakistani troops shelled villages in Indian Kashmir on Monday.", "ASSAULT", DAY)
    assert event.location is not None and event.location.country == "IND"


def test_homes_burned_by_an_armed_force_are_attacked(explainer: Explainer) -> None:
    text = "The Rapid Support Forces burned dozens of homes in El Geneina over the weekend."
    (event,) = of_type(explainer, text, "ASSAULT", DAY)
    assert countries(event.actors) == ["SDN"]
    # near miss: tyres burned by a crowd are a riot's
    assert of_type(explainer, "Protesters burned tyres in central Nairobi on Monday.", "ASSAULT", DAY) == []


def test_militiamen_heading_their_clause_are_a_party(explainer: Explainer) -> None:
    text = "Militiamen hacked to death dozens of Tutsi civilians in Kigali."
    (event,) = of_type(explainer, text, "ASSAULT", DAY)
    assert countries(event.actors) == ["RWA"]
    assert [r.text for r in event.recipients] == ["Tutsi civilians"]


def test_relief_carried_into_a_territory_is_aid(explainer: Explainer) -> None:
    text = "Convoys of the World Food Programme carried 2,000 tonnes of flour into Gaza on Sunday."
    (event,) = of_type(explainer, text, "AID", DAY)
    assert countries(event.recipients) == ["PSE"]


def test_rules_relaxed_and_a_strike_abandoned_are_concessions(explainer: Explainer) -> None:
    assert "CONCEDE" in [e.type for e in of_type(explainer, "Fiji's interim government relaxed emergency "
                                                 "regulations on Friday.", "CONCEDE", DAY)]
    (event,) = of_type(explainer, "Bolivian truckers abandoned a nationwide strike on Wednesday.", "CONCEDE", DAY)
    assert countries(event.actors) == ["BOL"]


def test_arms_handed_in_are_given_up(explainer: Explainer) -> None:
    text = "Rebel fighters handed in 500 rifles and 20 rocket launchers in Yenagoa on Thursday."
    assert [e.type for e in of_type(explainer, text, "RETREAT", DAY)] == ["RETREAT"]
    assert of_type(explainer, text, "AID", DAY) == []


def test_fishing_boats_captured_or_netted_are_seized(explainer: Explainer) -> None:
    for text in ("An Indonesian navy warship captured 5 Vietnamese fishing boats near Natuna on Wednesday.",
                 "Indonesia's navy netted 5 Vietnamese trawlers near the Natuna islands on Wednesday."):
        (event,) = of_type(explainer, text, "COERCE", DAY)
        assert event.mode == "seize" and countries(event.actors) == ["IDN"]
        assert of_type(explainer, text, "ASSAULT", DAY) == []


def test_licences_scrapped_or_terminated_are_taken_back(explainer: Explainer) -> None:
    text = "Latvia's food watchdog terminated a fish-processing company's operating licence today."
    assert [e.type for e in of_type(explainer, text, "SANCTION", DAY)] == ["SANCTION"]
    text = "Kenya's regulator scrapped the operating licences of 6 ferry operators on Tuesday."
    assert [e.type for e in of_type(explainer, text, "SANCTION", DAY)] == ["SANCTION"]


def test_a_hail_of_bullets_is_fire(explainer: Explainer) -> None:
    text = "A convoy of Algerian communal guards came under a hail of bullets near Boumerdes yesterday."
    assert [e.type for e in of_type(explainer, text, "ASSAULT", DAY)] == ["ASSAULT"]


def test_thanks_to_is_no_thanks(explainer: Explainer) -> None:
    text = ("Some 430 Malawian prisoners walked free yesterday thanks to a presidential act of clemency "
            "by Bingu wa Mutharika.")
    assert of_type(explainer, text, "SUPPORT", DAY) == []
