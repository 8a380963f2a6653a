"""Constructions found while reading the errors of tests/fixtures/cluster_test13 (2026-11-21),
tested here on sentences written for these tests: aliases in brackets with a lower-case
article, nouns that only modify a compound ("aid worker"), "since" before a date, datelines
before a passive subject, diplomatic relations restored, full state names that start with an
epithet, releases and signings as nouns, members of a party arrested, army convoys heading
somewhere, a parliament with no country word, titles before "of", tear gas, counted crowds,
protests with a place and no named actor, years that name a treaty, plural compounds and
punitive measures."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code as events, countries, of_type

DAY = "2025-09-17"  # a Wednesday


def test_a_bracketed_alias_with_a_lower_case_article_does_not_end_the_clause(explainer: Explainer) -> None:
    text = "Fighters of the Popular Mobilization Forces (Hashd al-Shaabi) were deployed on Tuesday to Tal Afar."
    (moved,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert [a.actor_id for a in moved.actors] == ["pmf"]


def test_a_noun_that_only_modifies_a_compound_is_no_event(explainer: Explainer) -> None:
    assert of_type(explainer, "Two French aid workers reached Goma on Monday.", "AID", DAY) == []
    assert of_type(explainer, "Three attack helicopters landed at the base in Kirkuk.", "ASSAULT", DAY) == []
    (aid,) = of_type(explainer, "Kuwait sent an aid shipment to Sudan on Monday.", "AID", DAY)
    assert countries(aid.actors) == ["KWT"]


def test_a_since_phrase_neither_ends_the_clause_nor_dates_the_event(explainer: Explainer) -> None:
    text = "A Canadian teacher detained in Iran since March has been released, Ottawa said on Tuesday."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert countries(release.recipients) == ["CAN"]
    assert release.date.value == "2025-09-16"


def test_a_dateline_stands_before_the_passive_subject(explainer: Explainer) -> None:
    text = "OTTAWA - A Canadian engineer has been freed in Mali, the foreign ministry said on Tuesday."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert countries(release.recipients) == ["CAN"]


def test_diplomatic_relations_restored_or_resumed_are_support(explainer: Explainer) -> None:
    for text in ("Bahrain and Qatar restored diplomatic relations on Tuesday.",
                 "Morocco and Algeria resumed diplomatic relations on Tuesday."):
        (event,) = events(explainer, text, DAY)
        assert event.type == "SUPPORT" and len(event.actors) == 2


def test_a_full_state_name_wins_over_the_epithet_it_starts_with(explainer: Explainer) -> None:
    text = "The Islamic Republic of Iran condemned the raid on Tuesday."
    (event,) = of_type(explainer, text, "ACCUSE", DAY)
    assert [a.text for a in event.actors] == ["Islamic Republic of Iran"]


def test_a_release_or_a_signing_named_as_a_noun(explainer: Explainer) -> None:
    (release,) = of_type(explainer, "The release of three Dutch nationals was confirmed on Tuesday.", "RETREAT", DAY)
    assert countries(release.recipients) == ["NLD"]
    assert of_type(explainer, "The release of the annual report was delayed.", "RETREAT", DAY) == []
    text = "The signing of a border accord between Kenya and Ethiopia took place in Nairobi on Tuesday."
    (signing,) = of_type(explainer, text, "SUPPORT", DAY)
    assert sorted(countries(signing.actors + signing.recipients)) == ["ETH", "KEN"]


def test_members_of_a_party_arrested_make_it_the_recipient(explainer: Explainer) -> None:
    text = ("Police said that five members of a smuggling ring working for the intelligence arm of Hezbollah "
            "had been arrested in Larnaca.")
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert [r.actor_id for r in arrest.recipients] == ["hezbollah"]


def test_army_convoys_heading_somewhere_are_a_mobilisation(explainer: Explainer) -> None:
    (moved,) = of_type(explainer, "Syrian army convoys headed towards Deir ez-Zor on Tuesday.", "MOBILIZE", DAY)
    assert countries(moved.actors) == ["SYR"]
    assert of_type(explainer, "The army chief headed the delegation on Tuesday.", "MOBILIZE", DAY) == []


def test_a_parliament_with_no_country_word_is_the_context_state(explainer: Explainer) -> None:
    text = "Parliament, meeting in Baghdad, voted to reject the budget on Tuesday."
    (rejection,) = of_type(explainer, text, "REJECT", DAY)
    assert countries(rejection.actors) == ["IRQ"] and rejection.actors[0].text == "Parliament"


def test_a_title_with_of_before_a_name_is_the_object(explainer: Explainer) -> None:
    text = "King Abdullah II received President of the Republic of Cyprus Nikos Christodoulides in Amman on Tuesday."
    (meeting,) = of_type(explainer, text, "CONSULT", DAY)
    assert countries(meeting.actors) == ["CYP"]  # the visitor acts


def test_tear_gas_fired_is_a_crowd_control_assault(explainer: Explainer) -> None:
    (event,) = of_type(explainer, "Riot police fired tear gas at students in Dhaka on Tuesday.", "ASSAULT", DAY)
    assert event.mode == "crowd-control"


def test_a_counted_crowd_of_protesters_is_a_protest(explainer: Explainer) -> None:
    text = "Police blocked thousands of protesters near parliament in Nairobi on Tuesday."
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert [a.text for a in protest.actors] == ["protesters"]


def test_a_protest_with_a_place_needs_no_named_actor(explainer: Explainer) -> None:
    (protest,) = of_type(explainer, "A demonstration in Basra turned violent on Tuesday.", "PROTEST", DAY)
    assert protest.actors == [] and protest.location.country == "IRQ"
    text = "The governor imposed a curfew in Basra after violent protests by unknown groups."
    assert of_type(explainer, text, "PROTEST", DAY) == []


def test_a_year_that_names_a_treaty_dates_nothing(explainer: Explainer) -> None:
    text = "Egypt demanded that Ethiopia respect its 2015 declaration of principles."
    (demand,) = of_type(explainer, text, "REQUEST", DAY)
    assert demand.date.value == DAY and demand.date.basis == "document"


def test_a_compound_noun_takes_the_plural_on_its_head(explainer: Explainer) -> None:
    text = "Two militia leaders were hit with travel bans by the European Union on Tuesday."
    (sanction,) = of_type(explainer, text, "SANCTION", DAY)
    assert sanction.trigger.text == "travel bans"


def test_punitive_measures_announced_are_a_sanction(explainer: Explainer) -> None:
    text = "Norway announced punitive measures against two shipping firms on Tuesday."
    (sanction,) = of_type(explainer, text, "SANCTION", DAY)
    assert countries(sanction.actors) == ["NOR"]


def test_the_settlement_a_verb_acts_on_is_its_scene(explainer: Explainer) -> None:
    text = "Israeli troops raided the village of Beita, south of Nablus, on Tuesday."
    (raid,) = of_type(explainer, text, "ASSAULT", DAY)
    assert raid.location.name == "Beita"


def test_a_sentence_with_no_place_goes_on_at_the_previous_scene(explainer: Explainer) -> None:
    text = ("Turkish jets struck a fuel depot near Qamishli on Tuesday. Turkish drones also hit a power "
            "station, the Kurdish-led administration said.")
    first, second = of_type(explainer, text, "ASSAULT", DAY)
    assert second.location is not None and second.location.geonameid == first.location.geonameid


def test_fire_named_by_its_weapon_after_by_is_the_named_partys_attack(explainer: Explainer) -> None:
    text = "A member of the Peshmerga was killed by ISIL sniper fire at a Peshmerga post near Kirkuk on Tuesday."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [a.actor_id for a in attack.actors] == ["isis"]


def test_an_event_named_after_before_or_a_long_after_phrase_is_background(explainer: Explainer) -> None:
    text = ("The Jordanian king met the Emirati president in Amman on Tuesday, a day after the Saudi "
            "foreign minister's visit.")
    assert [e.trigger.text for e in of_type(explainer, text, "CONSULT", DAY)] == ["met"]
    text = "Two soldiers were killed in Daraa on Tuesday, hours before a separate ISIS ambush near Homs."
    assert len(of_type(explainer, text, "ASSAULT", DAY)) == 1


def test_an_unknown_scene_is_placed_by_the_next_place_of_its_phrase(explainer: Explainer) -> None:
    text = "An Iraqi soldier was killed by a roadside bomb at an army post in the Hamrin mountains, east of Tikrit."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert attack.location is not None and attack.location.country == "IRQ" and attack.location.lat is not None


def test_since_after_a_superlative_dates_nothing(explainer: Explainer) -> None:
    text = "Egypt on Tuesday announced its largest troop deployment since the spring."
    (deployment,) = of_type(explainer, text, "MOBILIZE", DAY)
    assert deployment.date.value == "2025-09-16"


def test_a_headline_takes_the_day_of_the_story_that_follows(explainer: Explainer) -> None:
    text = ("Iraqi reinforcements head to Sinjar as tension rises. A column of Iraqi army vehicles "
            "crossed into Sinjar district on Monday, officials said.")
    days = {e.date.value for e in of_type(explainer, text, "MOBILIZE", DAY)}
    assert days == {"2025-09-15"}
