"""Triggers of news English, round 23: contraband found by the police and suspects in
custody, blame pinned on a party, an accord struck, aid ships that dock or drop anchor,
exercises opened, reservists summoned or called up, refusals to give up arms, appeals "turned
to" a party, captives let go, accords signed by putting one's name to them, threats of a
graveyard, cells dismantled, shells lobbed, talks "discussed" by two parties, and the nouns
that only look like triggers ("riot police", "docks", "oil supplies", "into force").
Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type

DAY = "2024-04-04"  # a Thursday


def test_contraband_found_by_customs_is_seized(explainer: Explainer) -> None:
    text = ("Jordanian customs officers found nearly two million Captagon pills hidden in a truck "
            "at the Jaber crossing on Tuesday.")
    (seizure,) = of_type(explainer, text, "COERCE", DAY)
    assert seizure.mode == "seize"
    text = "Investigators found the body of the missing journalist on Tuesday."
    assert not of_type(explainer, text, "COERCE", DAY)


def test_suspects_in_custody_are_detained(explainer: Explainer) -> None:
    text = "Three suspects are now in custody after the raid on the warehouse, Lebanese police said."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert arrest.mode == "arrest"


def test_pinning_a_disaster_on_a_state_accuses_it(explainer: Explainer) -> None:
    text = "Iraq on Tuesday pinned the drying of the Tigris marshes on Turkey."
    (accusation,) = of_type(explainer, text, "ACCUSE", DAY)
    assert countries(accusation.actors) == ["IRQ"]
    assert countries(accusation.recipients) == ["TUR"]
    text = "Iraq has pinned its hopes on Turkey."
    assert not of_type(explainer, text, "ACCUSE", DAY)


def test_an_accord_struck_by_two_parties_is_an_agreement(explainer: Explainer) -> None:
    text = "Egypt welcomed the truce struck by Hamas and Israel in Cairo on Tuesday."
    assert of_type(explainer, text, "AGREE", DAY)
    assert not of_type(explainer, text, "ASSAULT", DAY)
    text = "Jordan and Syria struck an understanding on water sharing on Tuesday."
    (agreement,) = of_type(explainer, text, "AGREE", DAY)
    assert sorted(countries(agreement.actors)) == ["JOR", "SYR"]


def test_a_law_brought_into_force_moves_no_troops(explainer: Explainer) -> None:
    text = "The Iraqi parliament voted on Tuesday to bring the new election law into force."
    assert not of_type(explainer, text, "MOBILIZE", DAY)


def test_an_aid_ship_that_docks_or_anchors_delivers_aid(explainer: Explainer) -> None:
    text = "A Qatari relief vessel anchored at Port Sudan on Tuesday."
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert countries(aid.actors) == ["QAT"]
    text = ("A Jordanian ship loaded with tents, blankets, hygiene kits and 40 water pumps for "
            "Sudan moored at Port Sudan on Tuesday.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert countries(aid.actors) == ["JOR"]


def test_docks_struck_are_no_aid(explainer: Explainer) -> None:
    text = "American jets struck fuel tanks and docks at the port of Ras Isa on Tuesday."
    assert not of_type(explainer, text, "AID", DAY)
    assert of_type(explainer, text, "ASSAULT", DAY)


def test_vaccines_that_reach_a_territory_are_aid(explainer: Explainer) -> None:
    text = "A consignment of 500,000 measles vaccines flown in by UNICEF reached Aden on Tuesday."
    assert of_type(explainer, text, "AID", DAY)


def test_exercises_opened_by_two_navies_are_cooperation(explainer: Explainer) -> None:
    text = ("Naval units of Egypt and Greece opened the 'Medusa 2024' manoeuvres off Crete on "
            "Tuesday, rehearsing rescue at sea and live firing.")
    assert of_type(explainer, text, "COOPERATE", DAY)
    assert not of_type(explainer, text, "AID", DAY)
    assert not of_type(explainer, text, "ASSAULT", DAY)


def test_reservists_summoned_are_mobilised(explainer: Explainer) -> None:
    text = "Israel has summoned some 20,000 reserve soldiers, the army said on Tuesday."
    assert of_type(explainer, text, "MOBILIZE", DAY)
    assert not of_type(explainer, text, "ACCUSE", DAY)
    text = "Jordan has summoned the Israeli ambassador over the remarks."
    assert of_type(explainer, text, "ACCUSE", DAY)
    assert not of_type(explainer, text, "MOBILIZE", DAY)


def test_a_call_up_is_a_mobilisation(explainer: Explainer) -> None:
    text = "Israel announced on Tuesday a call-up of 15,000 reservists."
    assert of_type(explainer, text, "MOBILIZE", DAY)


def test_refusing_to_give_up_guns_is_a_rejection(explainer: Explainer) -> None:
    text = "Hezbollah will not give up its guns to the Lebanese army, its leader said on Tuesday."
    assert of_type(explainer, text, "REJECT", DAY)
    assert not of_type(explainer, text, "RETREAT", DAY)


def test_slamming_the_door_on_talks_rejects_them(explainer: Explainer) -> None:
    text = "The Houthis on Tuesday slammed the door on a prisoner swap with the government."
    assert of_type(explainer, text, "REJECT", DAY)
    assert not of_type(explainer, text, "ACCUSE", DAY)


def test_what_is_not_on_the_table_is_refused(explainer: Explainer) -> None:
    text = "Hezbollah said on Tuesday that handing over its weapons is not on the table."
    assert of_type(explainer, text, "REJECT", DAY)
    text = "Iran said on Tuesday that a halt to its enrichment is off the table."
    assert of_type(explainer, text, "REJECT", DAY)


def test_turning_to_a_state_for_money_is_a_request(explainer: Explainer) -> None:
    text = "Egypt has turned to Qatar for at least $2 billion in emergency deposits."
    (request,) = of_type(explainer, text, "REQUEST", DAY)
    assert countries(request.actors) == ["EGY"]
    assert countries(request.recipients) == ["QAT"]


def test_captives_let_go_are_released(explainer: Explainer) -> None:
    text = "The RSF let four Egyptian truck drivers go on Tuesday."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert release.mode == "release"
    text = "Baghdad will let the talks go ahead next week."
    assert not of_type(explainer, text, "RETREAT", DAY)


def test_putting_names_to_a_document_signs_it(explainer: Explainer) -> None:
    text = "The foreign ministers of Oman and Iran put their names on Tuesday to a border treaty."
    assert of_type(explainer, text, "SUPPORT", DAY)


def test_a_waterway_that_would_become_a_graveyard_is_a_threat(explainer: Explainer) -> None:
    text = ("The Houthis would turn the Red Sea into a graveyard for American warships, their "
            "leader said on Tuesday.")
    assert of_type(explainer, text, "THREATEN", DAY)
    text = "The UN said Gaza has become a graveyard for children."
    assert not of_type(explainer, text, "THREATEN", DAY)


def test_a_strait_that_could_be_closed_is_a_threat(explainer: Explainer) -> None:
    text = ("An Iranian general said on Tuesday that Iran would close the Strait of Hormuz, the "
            "route of a fifth of world oil supplies, if its tankers were seized.")
    assert of_type(explainer, text, "THREATEN", DAY)
    assert not of_type(explainer, text, "AID", DAY)


def test_shells_lobbed_at_a_village_are_an_attack(explainer: Explainer) -> None:
    text = "Syrian army artillery lobbed six shells at the outskirts of Sarmada on Tuesday."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert attack.mode == "heavy-weapons"


def test_two_ministers_who_discuss_something_consult(explainer: Explainer) -> None:
    text = ("Egyptian Foreign Minister Badr Abdelatty and Saudi Foreign Minister Faisal bin "
            "Farhan discussed the war in Sudan in a phone call on Tuesday.")
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert sorted(countries(talks.actors)) == ["EGY", "SAU"]


def test_a_dismantled_cell_is_an_arrest(explainer: Explainer) -> None:
    text = "Jordan has dismantled a cell that smuggled weapons to the West Bank, officials said."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert countries(arrest.actors) == ["JOR"]


def test_a_ban_on_dealings_with_banks_lifted_eases_sanctions(explainer: Explainer) -> None:
    text = "Washington has lifted the ban on dollar transactions imposed on three Lebanese banks."
    assert of_type(explainer, text, "RETREAT", DAY)
    assert not of_type(explainer, text, "CONCEDE", DAY)
    text = "Kuwait lifted the ban on public gatherings on Tuesday."
    assert of_type(explainer, text, "CONCEDE", DAY)
    text = "Israel eased restrictions on fuel deliveries to Gaza on Tuesday."
    assert not of_type(explainer, text, "RETREAT", DAY)


def test_riot_police_are_no_riot(explainer: Explainer) -> None:
    text = "Riot police fired water cannon at students outside the ministry in Amman on Tuesday."
    assert not [e for e in code(explainer, text, DAY) if e.type == "PROTEST" and e.mode == "riot"
                and e.trigger.text == "Riot"]


def test_hosting_an_alliance_is_no_visit(explainer: Explainer) -> None:
    text = "Sudan cut ties with Chad over its persistence in hosting and arming the rebel alliance."
    assert not of_type(explainer, text, "CONSULT", DAY)


def test_an_extradition_request_is_one_request(explainer: Explainer) -> None:
    text = "Iraq has submitted a formal extradition request to Jordan for the former minister."
    assert [e.type for e in code(explainer, text, DAY)] == ["REQUEST"]


def test_a_deadline_given_is_no_aid(explainer: Explainer) -> None:
    text = ("Sudan's Humanitarian Aid Commission expelled an aid official on Tuesday, giving him 72 "
            "hours to leave the country.")
    assert not of_type(explainer, text, "AID", DAY)


def test_relief_expressed_is_a_feeling(explainer: Explainer) -> None:
    text = "The UN chief expressed relief on Tuesday that the aid convoy was safe."
    assert not of_type(explainer, text, "AID", DAY)


def test_tyres_torched_by_protesters_are_a_riot(explainer: Explainer) -> None:
    text = "Angry residents took to the streets of Lebanon's capital on Tuesday, torching tyres."
    assert of_type(explainer, text, "PROTEST", DAY)
    assert not of_type(explainer, text, "ASSAULT", DAY)
