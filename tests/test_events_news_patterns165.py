"""Wire phrasings of arrests, protests, releases, sanctions, threats, refusals and attacks:
agents who "caught" or "pulled in" men, an operation that "ended in custody for" them, trains
halted and tracks sat on by a crowd, captives "discharged from custody" or "turned over", assets
"subjected to a freeze", targets a party "makes legitimate", drafts "thrown out", requests
"turned away", vehicles "blasted" by a drone. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, known_countries, of_type

DAY = "2021-03-02"


def test_agents_catching_men_arrest_them(explainer: Explainer) -> None:
    text = ("Customs agents caught four men ferrying cigarettes across the frontier near Ruwaished on Monday, "
            "the Jordanian interior ministry said.")
    assert "COERCE" in coded_types(explainer, text, DAY)


def test_people_caught_by_a_storm_are_not_arrested(explainer: Explainer) -> None:
    text = "A sudden sandstorm caught hundreds of people on the desert highway near Maan on Monday, officials said."
    assert "COERCE" not in coded_types(explainer, text, DAY)


def test_agents_pulling_in_dealers_arrest_them(explainer: Explainer) -> None:
    text = ("Yemeni intelligence agents pulled in five currency dealers in Aden on Tuesday for trading riyals "
            "on the black market, a security official said.")
    assert "COERCE" in coded_types(explainer, text, DAY)


def test_a_raid_ending_in_custody_arrests(explainer: Explainer) -> None:
    text = "An Iraqi police raid in Mosul on Sunday ended in custody for 12 men, a provincial official said."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert "IRQ" in known_countries(arrest.actors)


@pytest.mark.parametrize("act", [
    "halted freight trains near Metlaoui",
    "sat on the railway tracks near Metlaoui",
    "blocked the railway near Metlaoui",
])
def test_a_crowd_stopping_trains_protests(explainer: Explainer, act: str) -> None:
    text = f"Hundreds of unemployed graduates {act} on Monday, demanding jobs at the state mining firm."
    assert "PROTEST" in coded_types(explainer, text, DAY)


def test_a_railway_halting_its_trains_is_no_protest(explainer: Explainer) -> None:
    text = "Egypt's national railway authority halted trains to Aswan on Sunday because of a sandstorm."
    assert "PROTEST" not in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("release", [
    "discharged from custody 14 Iranian sailors",
    "discharged 14 Iranian sailors from detention",
])
def test_captives_discharged_from_custody_are_released(explainer: Explainer, release: str) -> None:
    text = f"Oman on Thursday {release} held for fishing without a licence off Dhofar, the Omani navy said."
    (freed,) = of_type(explainer, text, "RETREAT", DAY)
    assert known_countries(freed.actors) == ["OMN"] and "IRN" in known_countries(freed.recipients)


def test_a_patient_discharged_from_hospital_is_not_released(explainer: Explainer) -> None:
    text = "Doctors in Muscat discharged the Omani minister from hospital on Thursday after a minor operation."
    assert "RETREAT" not in coded_types(explainer, text, DAY)


def test_captives_turned_over_to_their_side_are_released(explainer: Explainer) -> None:
    text = ("Iranian border guards on Tuesday turned 3 Iraqi shepherds and their flock over to the Iraqi side "
            "at the Mehran crossing, the Iraqi border authority said.")
    (freed,) = of_type(explainer, text, "RETREAT", DAY)
    assert "IRQ" in known_countries(freed.recipients)


def test_assets_subjected_to_a_freeze_are_sanctioned(explainer: Explainer) -> None:
    text = ("Jordan on Sunday subjected the assets of 40 people tied to the banned group to a freeze, the central "
            "bank said.")
    (sanction,) = of_type(explainer, text, "SANCTION", DAY)
    assert known_countries(sanction.actors) == ["JOR"]


def test_firms_subjected_to_sanctions_are_sanctioned(explainer: Explainer) -> None:
    text = "The United States on Friday subjected three Venezuelan oil firms to sanctions, the Treasury said."
    assert "SANCTION" in coded_types(explainer, text, DAY)


@pytest.mark.parametrize("threat", [
    "would treat any Saudi move on Marib as a declaration of war",
    "would make Saudi airports and oil terminals legitimate targets",
])
def test_a_declaration_of_war_or_legitimate_targets_threatens(explainer: Explainer, threat: str) -> None:
    text = f"Houthi military spokesman Yahya Saree said on Monday his forces {threat}."
    types = coded_types(explainer, text, DAY)
    assert "THREATEN" in types and "ASSAULT" not in types


def test_a_draft_thrown_out_is_rejected(explainer: Explainer) -> None:
    text = ("Sudan's chief negotiator on Wednesday threw out the African Union mediator's amended draft of the "
            "power-sharing deal, the official news agency said.")
    assert "REJECT" in coded_types(explainer, text, DAY)


def test_a_request_turned_away_is_rejected_not_made(explainer: Explainer) -> None:
    text = ("Algeria's president on Tuesday turned away a French request to use Algerian airspace for flights "
            "to Mali, the presidency said.")
    types = coded_types(explainer, text, DAY)
    assert "REJECT" in types and "REQUEST" not in types
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert known_countries(refusal.recipients) == ["FRA"]


def test_a_drone_blasting_a_vehicle_attacks_it(explainer: Explainer) -> None:
    text = ("A drone flown by forces loyal to the junta blasted a minibus on the road to Kidal on Saturday, "
            "leaving two passengers dead and cutting water supplies to the town, residents said.")
    types = coded_types(explainer, text, DAY)
    assert "ASSAULT" in types and "MOBILIZE" not in types and "SANCTION" not in types


def test_ferry_operators_blasted_for_delays_are_criticised(explainer: Explainer) -> None:
    text = "Tanzania's transport minister blasted the ferry operators for the delays on Lake Victoria on Monday."
    assert "ASSAULT" not in coded_types(explainer, text, DAY)
