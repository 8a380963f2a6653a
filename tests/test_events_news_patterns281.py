"""Session 48 (sentences written for these tests), from the opened cluster_test54 and probe
C21: custody in other words ("into confinement", "ended up in confinement"); captors ending
their hold on tourists or giving up their guests; licences invalidated or nullified; a
penalty dropped; a bid put in; thumbs turned down; crews at work as one team or pooling their
gear; forces streaming into a region or swarming a position; missiles and brigades stationed;
talks face to face; records exchanged; a trade route reopened; a human chain round a
parliament and a statue torn down; forecasts beaten; a date of the main clause after a
restrictive relative clause; a vehicle inside a phrase is no subject."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, of_type

DAY = "2041-06-14"


def test_custody_in_other_words(explainer: Explainer) -> None:
    text = "Malian gendarmes stopped a bus near Kayes on Monday, taking its 2 drivers into confinement."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert arrest.mode == "arrest" and countries(arrest.actors) == ["MLI"]
    text = "Both Guinean drivers ended up in confinement in Kayes on Monday."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert countries(arrest.recipients) == ["GIN"]


def test_captors_end_their_hold_or_give_up_their_guests(explainer: Explainer) -> None:
    text = "Tuareg gunmen in Kidal this evening ended their hold on 3 Italian tourists."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert release.mode == "release" and countries(release.recipients) == ["ITA"]
    text = "Gunmen near Kidal gave up their 3 foreign guests on Monday."
    assert coded_types(explainer, text, DAY) == ["RETREAT"]
    # ending a hold on a bridge is no release of people
    text = "Gunmen near Kidal ended their hold on the bridge on Monday."
    assert not [e for e in of_type(explainer, text, "RETREAT", DAY) if e.mode == "release"]


def test_licences_invalidated_or_nullified(explainer: Explainer) -> None:
    text = "Kenya's aviation authority invalidated the operating licence of a Nairobi charter airline on Monday."
    assert len(of_type(explainer, text, "COERCE", DAY) + of_type(explainer, text, "SANCTION", DAY)) == 1
    text = "Kenya's health ministry nullified the permit of a Mombasa bakery on Monday."
    assert coded_types(explainer, text, DAY)


def test_a_penalty_dropped_a_bid_put_in_thumbs_turned_down(explainer: Explainer) -> None:
    text = "Tea growers in Kericho won their fight as the Kenya Tea Board dropped its penalty on late leaf."
    assert "CONCEDE" in coded_types(explainer, text, DAY)
    text = "Kenya's government today put in a bid to Tokyo for a Japanese-built power station."
    (bid,) = of_type(explainer, text, "REQUEST", DAY)
    assert countries(bid.recipients) == ["JPN"]
    text = "Kenya's cabinet turned thumbs down on a fuel subsidy for fishermen in Kisumu on Monday."
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert countries(refusal.actors) == ["KEN"]


def test_crews_at_work_as_one_team_or_pooling_their_gear(explainer: Explainer) -> None:
    text = "Austrian and Slovak rescuers combing the Danube as a binational team found 2 missing canoeists."
    (work,) = of_type(explainer, text, "COOPERATE", DAY)
    assert sorted(countries(work.actors)) == ["AUT", "SVK"]
    text = "Austrian and Slovak salvage crews pooling floating cranes today raised a sunken barge."
    (work,) = of_type(explainer, text, "COOPERATE", DAY)
    assert sorted(countries(work.actors)) == ["AUT", "SVK"]


def test_forces_stream_in_swarm_or_are_stationed(explainer: Explainer) -> None:
    text = "Some 400 Peruvian commandos streamed into the hills around Tingo Maria yesterday."
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert countries(move.actors) == ["PER"]
    text = "Maoist rebels carrying grenades swarmed the position outside Dunai on Monday."
    assert coded_types(explainer, text, DAY) == ["ASSAULT"]
    text = "Russia has stationed Iskander missiles in Kaliningrad, officials in Vilnius said on Monday."
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert countries(move.actors) == ["RUS"]
    text = "Paris will permanently station a combat brigade in Estonia by 2030."
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert move.modality == "intended"
    # protesters streaming into the streets protest, and a station is no deployment
    text = "Thousands of protesters streamed into the streets of Quito on Monday."
    assert "MOBILIZE" not in coded_types(explainer, text, DAY)


def test_talks_face_to_face_records_exchanged_a_route_reopened(explainer: Explainer) -> None:
    text = "Officials from Chad and Sudan sat down face to face in Doha on Sunday."
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert sorted(countries(talks.actors)) == ["SDN", "TCD"]
    text = "Peruvian and Bolivian prosecutors have begun exchanging bank records of suspected smugglers."
    (work,) = of_type(explainer, text, "COOPERATE", DAY)
    assert sorted(countries(work.actors)) == ["BOL", "PER"]
    text = "Chad and Sudan reopened the Adre land route to trade on Monday."
    (work,) = of_type(explainer, text, "COOPERATE", DAY)
    assert sorted(countries(work.actors)) == ["SDN", "TCD"]


def test_a_human_chain_and_a_statue_torn_down(explainer: Explainer) -> None:
    text = "Armenia's opposition plans to surround parliament with a human chain on Saturday."
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert protest.modality == "intended"
    text = "Protesters tore down the statue of a colonial governor in the Bolivian city of Sucre on Monday."
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert countries(protest.actors) == ["BOL"]
    text = "Workmen tore down the statue of a colonial governor in Sucre on Monday."
    assert not of_type(explainer, text, "PROTEST", DAY)
    text = "Thousands of Maori marched on Parliament in Wellington on Wednesday."
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert countries(protest.actors) == ["NZL"]


def test_forecasts_beaten_are_no_beating(explainer: Explainer) -> None:
    text = "Peru's economy grew 4 percent in the second quarter, the central bank said on Monday, beating forecasts."
    assert "ASSAULT" not in coded_types(explainer, text, DAY)


def test_the_main_clause_dates_after_a_restrictive_relative(explainer: Explainer) -> None:
    text = ("Italian tourists whom Tuareg gunmen seized near Kidal reached Bamako yesterday, "
            "the gunmen giving up their 3 guests.")
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert release.date is not None and release.date.value == "2041-06-13"


def test_a_vehicle_inside_a_phrase_is_no_subject(explainer: Explainer) -> None:
    text = ("Malian customs officers found 900 kilograms of cannabis in a Guinean lorry near Kayes on Monday, "
            "taking its 2 drivers into confinement.")
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert "GIN" not in countries(arrest.actors)
