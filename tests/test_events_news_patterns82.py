"""Wire wordings of threats, protests, mobilisation, coercion, assaults, sanctions and
accusations that the lexicon missed although it knew other members of their families,
tested on sentences written for these tests: retaliations an attack "would bring", countries
sent back to the Stone Age, ships that "would become legitimate targets", relations frozen
(and threatened to be), supporters massing, death fasts, reservists mustered and armour
massed, camps cleared, protesters loaded into trucks, newspapers closed or suspended (censorship,
not a sanction), people taken hostage by the thousand, protest notes handed to envoys and
rebukes "rapped"; with the false senses each wording has in news ("cleared the way",
"suspended daily flights", "mustered the courage", "close to the border", "charge
d'affaires", "sales target")."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, of_type

DAY = "2003-04-10"  # a Thursday


def test_a_retaliation_an_attack_would_bring_is_a_threat(explainer: Explainer) -> None:
    (threat,) = of_type(explainer, "Any Syrian shelling of the Golan would bring a crushing retaliation, "
                        "Israel's chief of staff said on Tuesday.", "THREATEN", DAY)
    assert countries(threat.actors) == ["ISR"]
    (threat,) = of_type(explainer, "Egypt's defence minister said on Monday that Libya would face a "
                        "swift response if its troops crossed the frontier.", "THREATEN", DAY)
    assert countries(threat.recipients) == ["LBY"]
    assert "THREATEN" not in coded_types(explainer, "The new dam would bring electricity to northern Sudan, "
                                         "Ethiopian officials said on Monday.", DAY)


def test_the_stone_age_and_legitimate_targets_are_threats(explainer: Explainer) -> None:
    (threat,) = of_type(explainer, "Turkey could send Syria back to the Stone Age, the Turkish defence "
                        "minister said on Sunday.", "THREATEN", DAY)
    assert countries(threat.recipients) == ["SYR"]
    assert of_type(explainer, "Hezbollah's leader said on Friday that Israeli gas rigs off Haifa would "
                   "become legitimate targets.", "THREATEN", DAY)


def test_a_warning_of_frozen_relations_is_a_threat_and_freezing_them_a_sanction(explainer: Explainer) -> None:
    (threat,) = of_type(explainer, "Morocco warned Kenya on Tuesday that it would freeze relations with "
                        "Nairobi if it recognised the Polisario.", "THREATEN", DAY)
    assert countries(threat.recipients) == ["KEN"]
    (freeze,) = of_type(explainer, "Morocco froze relations with Kenya on Wednesday.", "SANCTION", DAY)
    assert countries(freeze.recipients) == ["KEN"]
    assert of_type(explainer, "Sudan suspended ties with Iran on Monday.", "SANCTION", DAY)
    assert "SANCTION" not in coded_types(explainer, "Wages froze across the public sector on Monday, "
                                         "Kenyan officials said.", DAY)


def test_the_state_sponsors_list_is_a_sanction(explainer: Explainer) -> None:
    (listing,) = of_type(explainer, "Washington placed North Korea on its list of state sponsors of "
                         "terrorism on Monday.", "SANCTION", DAY)
    assert countries(listing.recipients) == ["PRK"]


def test_supporters_massing_and_death_fasts_are_protests(explainer: Explainer) -> None:
    assert of_type(explainer, "Supporters of the jailed opposition leader massed outside the courthouse "
                   "in Kuala Lumpur on Monday.", "PROTEST", DAY)
    (fast,) = of_type(explainer, "Basque prisoners in Spanish jails have been on a death fast since "
                      "February, their lawyers in Bilbao said on Monday.", "PROTEST", DAY)
    assert fast.mode == "hunger"
    assert "PROTEST" not in coded_types(explainer, "The prisoner who was on a death fast died in a "
                                        "Madrid hospital on Monday.", DAY)
    assert "PROTEST" not in coded_types(explainer, "Iraqi troops massed in southern Iraq on Monday.", DAY)


def test_reservists_mustered_and_armour_massed_mobilise(explainer: Explainer) -> None:
    (call_up,) = of_type(explainer, "Armenia mustered 20,000 reservists on Tuesday.", "MOBILIZE", DAY)
    assert countries(call_up.actors) == ["ARM"]
    (massing,) = of_type(explainer, "Ethiopia massed armour along the Eritrean border on Friday.", "MOBILIZE", DAY)
    assert countries(massing.actors) == ["ETH"]
    assert of_type(explainer, "Croatia poured troops into western Slavonia on Monday.", "MOBILIZE", DAY)
    assert of_type(explainer, "Russian troops massed in Belgorod on Monday.", "MOBILIZE", DAY)
    assert "MOBILIZE" not in coded_types(explainer, "The governor mustered the courage to resign on Monday.", DAY)
    assert "COERCE" not in coded_types(explainer, "India moved two divisions close to the Pakistani "
                                       "border on Friday.", DAY)


def test_clearing_a_camp_and_loading_protesters_into_trucks_is_coercion(explainer: Explainer) -> None:
    assert of_type(explainer, "Thai riot police cleared the protest camp outside Government House on "
                   "Tuesday.", "COERCE", DAY)
    assert of_type(explainer, "Georgian police loaded dozens of demonstrators into buses in Tbilisi on "
                   "Friday.", "COERCE", DAY)
    assert "COERCE" not in coded_types(explainer, "The ruling cleared the way for a referendum in "
                                       "Bolivia on Monday.", DAY)
    assert "COERCE" not in coded_types(explainer, "Dockers loaded sugar into trucks at the port of "
                                       "Mombasa on Monday.", DAY)


def test_a_newspaper_closed_or_suspended_is_censored(explainer: Explainer) -> None:
    (gag,) = of_type(explainer, "Algeria's interior ministry suspended the opposition weekly La Nation "
                     "on Monday.", "COERCE", DAY)
    assert gag.mode == "censor"
    assert "SANCTION" not in coded_types(explainer, "Algeria's interior ministry suspended the opposition "
                                         "weekly La Nation on Monday.", DAY)
    assert of_type(explainer, "The Sudanese authorities closed three newspapers on Sunday.", "COERCE", DAY)
    assert "COERCE" not in coded_types(explainer, "Jordan suspended daily flights to Baghdad on Monday.", DAY)


def test_people_taken_hostage_by_the_thousand_are_assaulted(explainer: Explainer) -> None:
    assert of_type(explainer, "Separatist gunmen took more than 2,000 people hostage in a hospital in "
                   "Kizlyar on Tuesday.", "ASSAULT", DAY)


def test_a_protest_note_handed_to_an_envoy_is_an_accusation(explainer: Explainer) -> None:
    (note,) = of_type(explainer, "Egypt's foreign ministry handed a protest note to the Danish charge "
                      "d'affaires on Tuesday.", "ACCUSE", DAY)
    assert countries(note.actors) == ["EGY"]
    assert countries(note.recipients) == ["DNK"]
    (rebuke,) = of_type(explainer, "Cyprus rapped Turkey on Monday over the drilling.", "ACCUSE", DAY)
    assert countries(rebuke.recipients) == ["TUR"]
    assert "ACCUSE" not in coded_types(explainer, "A soldier rapped on the door of the house on Monday.", DAY)


def test_an_envoys_title_and_a_sales_target_are_no_events(explainer: Explainer) -> None:
    assert "ACCUSE" not in coded_types(explainer, "The Danish charge d'affaires in Cairo left on Monday "
                                       "for consultations.", DAY)
    assert "ASSAULT" not in coded_types(explainer, "Hyundai missed its sales target in Turkey on Monday.", DAY)
