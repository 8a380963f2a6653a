"""Acts of the CAMEO codebook in wire wordings, and words that only look like acts. Negotiators who
"resumed bargaining" consult; a minister come "for an official trip to" a country visits it;
people "snatched" are abducted; migrants "shipped back" are deported; farms "grabbed" are seized;
people "strong-armed into" an act are coerced; a town "purged of its population" is cleansed;
weapons of mass destruction unleashed, nerve gas released and a nuclear device exploded are
unconventional attacks; grants "inked" or "sealed" are a signing; armour that "massed" is
deployed; crowds that "choked the avenues with cars" or "paraded through" a town "demanding"
protest. A regulator that takes back an outlet's leave to broadcast censors it (PLOVER COERCE
censor, CAMEO 1721), an airline's leave to fly stays a sanction. No event: "assault rifles", a
"delay in paying" wages, "the Rafah crossing". Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import coded_types, of_type

DAY = "2009-10-21"


@pytest.mark.parametrize("text, type_, trigger", [
    ("Sudanese and South Sudanese negotiators resumed bargaining on Monday over the oil fees.", "CONSULT",
     "resumed bargaining"),
    ("The Kenyan foreign minister landed in Kampala on Monday for a three-day official trip to Uganda.",
     "CONSULT", "landed"),
    ("Nigerian gunmen on Monday snatched three Italian oil workers from their camp near Port Harcourt.",
     "ASSAULT", "snatched"),
    ("Libya on Monday shipped 500 Nigerien migrant workers back to Agadez.", "COERCE", "shipped"),
    ("Settler militias on Monday grabbed four Bedouin farms near Hebron.", "COERCE", "grabbed"),
    ("The ruling party on Monday strong-armed teachers into joining its campaign.", "COERCE", "strong-armed"),
    ("Refugees said Burmese troops had purged the village of Kyauktaw of its Rohingya inhabitants on Monday.",
     "ASSAULT", "purged"),
    ("Syrian forces on Monday unleashed weapons of mass destruction on rebel districts of Homs.", "ASSAULT",
     "unleashed"),
    ("A doomsday sect on Monday released sarin gas in a crowded Osaka station.", "ASSAULT", "released"),
    ("Pakistan on Monday exploded two nuclear devices in the Chagai hills.", "ASSAULT", "exploded"),
    ("The Kuwaiti Fund on Monday inked three grants to the kingdom of Morocco.", "SUPPORT", "inked"),
    ("Russian armour massed on Monday at the edge of the frontier town of Kazbegi.", "MOBILIZE", "massed"),
    ("Thousands of farmers on Monday choked the main avenues of Nairobi with lorries to demand higher maize "
     "prices.", "PROTEST", "choked"),
    ("Some 5,000 Guatemalan workers paraded through Quetzaltenango on Monday demanding a higher wage.",
     "PROTEST", "paraded through"),
])
def test_cameo_acts_in_wire_wordings(explainer: Explainer, text: str, type_: str, trigger: str) -> None:
    found = of_type(explainer, text, type_, DAY)
    assert [e.trigger.text for e in found] == [trigger]


def test_grants_sealed_are_the_signing_no_aid(explainer: Explainer) -> None:
    text = "Egypt on Monday sealed 200 million dollars in Kuwaiti grants for a power plant in Aswan."
    assert coded_types(explainer, text, DAY) == ["SUPPORT"]


def test_people_strong_armed_into_a_rally_hold_no_protest(explainer: Explainer) -> None:
    text = "Zimbabwe's ruling party on Monday strong-armed clerks into attending its rallies in Harare."
    assert coded_types(explainer, text, DAY) == ["COERCE"]


@pytest.mark.parametrize("text, type_", [
    ("Masked gunmen on Monday snatched the payroll from a bank van in Lagos.", "ASSAULT"),  # goods, no people
    ("Libya on Monday shipped 500 tonnes of crude back to Malta.", "COERCE"),  # a cargo sent back
    ("The party purged its ranks of critics on Monday.", "ASSAULT"),  # no population: no cleansing
    ("The army paraded through Red Square on Monday.", "PROTEST"),  # a parade with no crowd's words
    ("Holiday traffic from Cairo choked the main roads of Alexandria with cars on Monday.", "PROTEST"),  # a jam
    ("A Chinese chemical plant released chlorine into the Songhua river on Monday.", "ASSAULT"),  # a leak
])
def test_look_alikes_are_no_such_act(explainer: Explainer, text: str, type_: str) -> None:
    assert not of_type(explainer, text, type_, DAY)


@pytest.mark.parametrize("text", [
    "Moroccan police arrested three men carrying assault rifles near Oujda on Monday.",
    "Nurses protested in Tunis on Monday against the ministry's delay in paying their wages.",
    "Refugees waited at the Rafah crossing on Monday.",
])
def test_weapon_names_delays_and_crossings_are_no_acts(explainer: Explainer, text: str) -> None:
    assert not {"ASSAULT", "AID"} & set(coded_types(explainer, text, DAY))


def test_relief_crossing_into_a_land_is_still_aid(explainer: Explainer) -> None:
    text = "Forty Egyptian lorries loaded with flour and tents were crossing into Gaza on Monday."
    assert of_type(explainer, text, "AID", DAY)


@pytest.mark.parametrize("text", [
    "Lebanon's media council on Monday cancelled a private channel's permission to broadcast.",
    "Morocco's regulator on Monday stripped a private radio station of its authorisation to operate.",
    "Morocco's audiovisual authority on Monday terminated the broadcasting rights of a private radio.",
])
def test_an_outlets_leave_to_broadcast_withdrawn_is_censorship(explainer: Explainer, text: str) -> None:
    assert coded_types(explainer, text, DAY) == ["COERCE"]
    assert of_type(explainer, text, "COERCE", DAY)[0].mode == "censor"


def test_an_airlines_leave_to_fly_withdrawn_stays_a_sanction(explainer: Explainer) -> None:
    text = "Kenya's aviation authority on Monday withdrew a Somali airline's permission to fly to Nairobi."
    assert coded_types(explainer, text, DAY) == ["SANCTION"]
