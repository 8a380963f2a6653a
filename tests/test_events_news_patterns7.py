"""Constructions found while reading the errors of tests/fixtures/cluster_test10 (2026-11-21),
tested here on sentences written for these tests: forces owned by the speaker, victims of a
participle coordinated with a passive, civilians of the event's country, a person after a
title whose first name is an organisation's, the person a nationality and title introduce,
subjects after a fronted adverbial or a count, vows whose hostile word comes late or in
scare quotes, sanction measures, rallies held, hand-overs of suspects, forces dispatched, a
rejection reaffirmed, portfolio ministers, and relative clauses after a named party."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code as events, countries, of_type

DAY = "2025-03-12"


def test_forces_owned_by_the_speaker_make_the_speaker_the_actor(explainer: Explainer) -> None:
    for text in ("The Turkish defence ministry said on Tuesday that its fighter jets had struck PKK "
                 "positions in the Gara region of northern Iraq.",
                 "The Turkish defence ministry said on Tuesday that its forces had carried out a major "
                 "strike on PKK positions in the Gara region."):
        (strike,) = of_type(explainer, text, "ASSAULT", DAY)
        assert countries(strike.actors) == ["TUR"], text


def test_victims_of_a_participle_coordinated_with_a_passive_are_no_actors(explainer: Explainer) -> None:
    text = ("Four farmers were killed and others wounded on Monday when Israeli drones struck a field "
            "near Khiam, the health ministry said.")
    (strike,) = of_type(explainer, text, "ASSAULT", DAY)
    assert countries(strike.actors) == ["ISR"]
    assert "farmers" not in [a.text for a in strike.actors]


def test_residents_without_a_country_are_civilians_of_the_event_place(explainer: Explainer) -> None:
    (protest,) = of_type(explainer, "Residents protested in Misrata on Monday against power cuts.", "PROTEST", DAY)
    assert [(a.country, a.sector) for a in protest.actors] == [("LBY", "CVL")]


def test_a_title_before_a_name_that_starts_like_an_organisation_names_a_person(explainer: Explainer) -> None:
    text = "Egyptian Foreign Minister Badr Abdelatty met his Jordanian counterpart in Amman on Monday."
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert "badr" not in [a.actor_id for a in talks.actors]
    assert "EGY" in countries(talks.actors)


def test_a_nationality_and_a_title_introduce_the_person_named_after_them(explainer: Explainer) -> None:
    text = "Iraq's foreign minister received a phone call on Monday from his Turkish counterpart Hakan Fidan."
    (call,) = of_type(explainer, text, "CONSULT", DAY)
    assert "hakan_fidan" in [a.actor_id for a in call.actors + call.recipients]


def test_the_subject_after_a_fronted_date_or_a_count_is_found(explainer: Explainer) -> None:
    for text in ("On Monday, March 10, teachers from several schools staged a protest in front of the "
                 "education directorate in Basra.",
                 "A group of teachers from schools in Basra and two other provinces held a rally in "
                 "front of the education directorate on Monday."):
        (protest,) = of_type(explainer, text, "PROTEST", DAY)
        assert [a.text for a in protest.actors] == ["teachers"], text


def test_a_vow_whose_hostile_word_comes_late_or_in_scare_quotes_is_a_threat(explainer: Explainer) -> None:
    text = ('Iran\'s army chief warned on Tuesday that any aggression against the country\'s oil installations '
            'in the Gulf would be met with a "decisive and painful" response.')
    assert len(of_type(explainer, text, "THREATEN", DAY)) == 1
    plain = "Iran's army chief warned on Tuesday that the oil installations in the Gulf would need new investment."
    assert of_type(explainer, plain, "THREATEN", DAY) == []


def test_asset_freezes_slapped_on_parties_are_sanctions(explainer: Explainer) -> None:
    text = "Britain slapped asset freezes and travel bans on four Houthi officials on Tuesday."
    (sanction,) = of_type(explainer, text, "SANCTION", DAY)
    assert countries(sanction.actors) == ["GBR"]


def test_suspects_handed_over_is_judicial_cooperation(explainer: Explainer) -> None:
    text = ("Turkish authorities handed over 12 Syrian nationals suspected of belonging to Hurras al-Din "
            "at the Bab al-Hawa crossing on Monday.")
    (handover,) = of_type(explainer, text, "COOPERATE", DAY)
    assert countries(handover.actors) == ["TUR"]
    assert all(r.actor_id != "hurras_al_din" for r in handover.recipients)


def test_forces_dispatched_to_a_province_mobilise(explainer: Explainer) -> None:
    text = "Units of the Iraqi army were dispatched to Anbar province on Monday to reinforce border posts."
    (move,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert countries(move.actors) == ["IRQ"]


def test_a_rejection_reaffirmed_is_a_rejection(explainer: Explainer) -> None:
    text = "Qatar on Monday reaffirmed its rejection of any Israeli plans to annex the West Bank."
    (rejection,) = of_type(explainer, text, "REJECT", DAY)
    assert countries(rejection.actors) == ["QAT"]


def test_a_minister_named_by_portfolio_acts(explainer: Explainer) -> None:
    text = "Minister of Oil Hayan Abdul Ghani signed a contract with TotalEnergies in Baghdad on Monday."
    (signing,) = of_type(explainer, text, "SUPPORT", DAY)
    assert [a.text for a in signing.actors] == ["Minister of Oil Hayan Abdul Ghani"]


def test_a_relative_clause_after_a_named_party_has_it_as_subject(explainer: Explainer) -> None:
    text = ("The prime minister met a delegation of the Kurdistan Regional Government, which agreed on "
            "Monday to hand over oil revenues to Baghdad.")
    (deal,) = of_type(explainer, text, "AGREE", DAY)
    assert [a.actor_id for a in deal.actors] == ["krg"]


def test_a_stated_readiness_is_an_offer_or_a_threat(explainer: Explainer) -> None:
    """PLOVER codes "is willing to withdraw" as the offer (AGREE), not the withdrawal; a
    readiness for something hostile is a threat."""
    offer = "Turkey said on Monday it is willing to withdraw its troops from the Bashiqa camp."
    assert [e.type for e in events(explainer, offer, DAY)] == ["AGREE"]
    threat = "Iran said on Monday it is ready to strike Israeli bases in the region."
    assert [e.type for e in events(explainer, threat, DAY)] == ["THREATEN"]
