"""Constructions found while reading the errors of tests/fixtures/cluster_test14 (2026-11-21),
tested here on sentences written for these tests: exercises held with partners, seizures
named by a noun and ships boarded, requests granted and requests whose content is their own
complement, plurals after a count, parties an object includes, a ship's flag, an event
noun's relative clause, objects after adjuncts of place and time, coordinated demonyms with a
title word, and the phrase of an unnamed agent in the explanation."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code as events, countries, of_type

DAY = "2025-05-14"  # a Wednesday


def test_an_exercise_with_partners_is_cooperation_of_all_who_take_part(explainer: Explainer) -> None:
    text = "Oman and India began a joint coastal defence drill near Duqm on Tuesday."
    (drill,) = of_type(explainer, text, "COOPERATE", DAY)
    assert sorted(countries(drill.actors)) == ["IND", "OMN"]
    text = "The Kenyan navy started the bilateral maritime exercise with Tanzania on Monday."
    (drill,) = of_type(explainer, text, "COOPERATE", DAY)
    assert sorted(countries(drill.actors)) == ["KEN", "TZA"]
    (alone,) = of_type(explainer, "Pakistan held a naval drill in the Arabian Sea on Monday.", "MOBILIZE", DAY)
    assert countries(alone.actors) == ["PAK"]
    assert [e.type for e in events(explainer, "Morocco urged both sides to exercise restraint.", DAY)] == ["REQUEST"]
    text = "Chile and Peru issued a joint statement on the drills on Monday."  # a noun's gap holds modifiers
    assert of_type(explainer, text, "COOPERATE", DAY) == []


def test_a_seizure_or_capture_named_by_a_noun(explainer: Explainer) -> None:
    text = "Iran's Revolutionary Guards' seizure of a Greek tanker angered Athens on Monday."
    (seizure,) = of_type(explainer, text, "COERCE", DAY)
    assert seizure.mode == "seize" and countries(seizure.actors) == ["IRN"]
    assert countries(seizure.recipients) == ["GRC"]


def test_forces_boarding_a_ship_seize_it_and_passengers_boarding_a_plane_do_not(explainer: Explainer) -> None:
    (boarding,) = of_type(explainer, "Eritrean commandos boarded a fishing trawler on Monday.", "COERCE", DAY)
    assert boarding.mode == "seize" and countries(boarding.actors) == ["ERI"]
    assert of_type(explainer, "Tourists boarded the plane in Nairobi on Monday.", "COERCE", DAY) == []


def test_a_request_granted_happens_by_whoever_granted_it(explainer: Explainer) -> None:
    text = "King Abdullah approved a request by the government to pardon 300 prisoners on Monday."
    (pardon,) = of_type(explainer, text, "CONCEDE", DAY)
    assert countries(pardon.actors) == ["JOR"]
    assert of_type(explainer, text, "SANCTION", DAY) == []


def test_a_count_before_an_s_form_makes_it_a_noun(explainer: Explainer) -> None:
    text = "Jordan's king pardoned 1,200 convicts on Monday."
    assert [e.type for e in events(explainer, text, DAY)] == ["CONCEDE"]


def test_the_content_of_a_request_noun_ends_with_its_own_complement(explainer: Explainer) -> None:
    text = "At the request of Qatar, the Taliban authorities freed two American citizens on Monday."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert release.modality == "asserted" and countries(release.actors) == ["AFG"]
    text = "In response to a request by Qatar, the Taliban authorities freed two American citizens on Monday."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert release.modality == "asserted" and of_type(explainer, text, "REQUEST", DAY) == []


def test_the_parties_an_object_includes_are_recipients(explainer: Explainer) -> None:
    text = "Jordanian police arrested nine suspects, including three Syrian nationals, in Irbid on Monday."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert countries(arrest.actors) == ["JOR"]
    assert "SYR" in countries(arrest.recipients)


def test_forces_opening_a_reported_clause_are_the_speakers(explainer: Explainer) -> None:
    text = "The Iraqi Defence Ministry said that army units arrested four smugglers near Basra on Monday."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert countries(arrest.actors) == ["IRQ"]


def test_a_flag_gives_a_ship_no_country(explainer: Explainer) -> None:
    text = "A Panama-flagged tanker was hit by a drone off Aden on Monday."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [(r.text, r.country) for r in attack.recipients] == [("tanker", None)]


def test_the_object_of_an_event_nouns_relative_clause_is_its_recipient(explainer: Explainer) -> None:
    text = "Al-Shabaab claimed responsibility for an attack that set a Kenyan police truck ablaze on Monday."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert countries(attack.recipients) == ["KEN"]


def test_an_object_after_adjuncts_of_place_and_time(explainer: Explainer) -> None:
    text = "King Abdullah received at Al-Husseiniya Palace on Monday Iraqi Prime Minister Mohammed Shia al-Sudani."
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert countries(talks.actors) == ["IRQ"] and countries(talks.recipients) == ["JOR"]  # the visitor acts


def test_a_demonym_coordinated_across_a_title_word(explainer: Explainer) -> None:
    text = "The Kuwaiti and Royal Saudi naval forces held joint exercises on Monday."
    (drill,) = of_type(explainer, text, "COOPERATE", DAY)
    assert sorted(countries(drill.actors)) == ["KWT", "SAU"]


def test_the_unnamed_agent_is_quoted_from_the_sentence(explainer: Explainer) -> None:
    trace: list[str] = []
    explainer.analyse("A raid by the militia killed nine villagers on Monday.", DAY, trace=trace)
    assert any("'by the militia'" in line for line in trace)
    assert not any("deadliest" in line for line in trace)


def test_a_passive_after_a_subordinator_shares_the_main_clauses_subject(explainer: Explainer) -> None:
    text = "The Malta-flagged aframax Silver Tern lost power after being struck off Aden on Monday."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [r.actor_id for r in attack.recipients] == ["prov:vessel_silver_tern"]
    assert of_type(explainer, "The tanker caught fire near the port on Monday.", "ASSAULT", DAY) == []


def test_a_relative_clause_between_subject_and_passive_verb(explainer: Explainer) -> None:
    text = ("The crew of the freighter Amber Gull, which was seized in May for entering closed waters, "
            "were released on Monday, officials said.")
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert [r.actor_id for r in release.recipients] == ["prov:vessel_amber_gull"]
    assert of_type(explainer, text, "COERCE", DAY) == []


def test_an_aside_between_a_verb_and_its_particle(explainer: Explainer) -> None:
    text = ("Jordan's foreign minister called on Monday, during talks in Amman with European envoys, "
            "for pressure on Israel to withdraw from the Jordan Valley.")
    (call,) = of_type(explainer, text, "REQUEST", DAY)
    assert countries(call.actors) == ["JOR"]
    assert of_type(explainer, text, "RETREAT", DAY) == []
    (call,) = of_type(explainer, "Egypt called on Monday on Israel to halt its offensive.", "REQUEST", DAY)
    assert countries(call.recipients) == ["ISR"]


def test_a_verb_after_and_pairs_with_the_verb_of_its_form(explainer: Explainer) -> None:
    text = ("Nigerian troops arrested six men on Monday after Boko Haram fighters were seen attacking villages, "
            "and seized two trucks.")
    coerced = of_type(explainer, text, "COERCE", DAY)
    assert coerced and all(a.text == "Nigerian troops" for e in coerced for a in e.actors)
