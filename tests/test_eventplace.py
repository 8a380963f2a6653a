"""location_for_event: the locative phrase of the trigger, else the sentence's one place."""

from __future__ import annotations

import pytest

from lapwing.eventplace import location_for_event
from lapwing.places import PlaceFinder, to_mention
from lapwing.records import Document, Mention, Place, Span

from place_helpers import locate


def located_with_participant(finder: PlaceFinder, text: str, trigger: str,
                             participant: str) -> tuple[str | None, str | None]:
    """The location's text without, then with, ``participant`` given as a participant span."""
    document = Document(doc_id="d", input_id="d", text=text)
    mentions = [to_mention("d", r) for r in finder.find(text)]
    at = Span(text.index(trigger), text.index(trigger) + len(trigger))
    part = Span(text.index(participant), text.index(participant) + len(participant))
    places = (location_for_event(at, Span(0, len(text)), mentions, document, participants=given)
              for given in ((), [part]))
    return tuple(p.text if p else None for p in places)  # type: ignore[return-value]


def test_locative_phrase_after_the_trigger(finder: PlaceFinder) -> None:
    place = locate(finder, "Officials in Baghdad said a rocket attack in Erbil wounded two guards.", "attack")
    assert place is not None and place.text == "Erbil" and place.country == "IRQ"


def test_direction_region(finder: PlaceFinder) -> None:
    place = locate(finder, "Israeli artillery shelled positions in southern Lebanon overnight.", "shelled")
    assert place is not None and place.text == "southern Lebanon" and place.feature == "region"


def test_modifiers_between_preposition_and_name(finder: PlaceFinder) -> None:
    text = "Turkish-backed fighters pushed Kurdish forces out of the Syrian town of Manbij."
    place = locate(finder, text, "pushed")
    assert place is not None and place.text == "Manbij" and place.country == "SYR"


def test_speaker_clause_is_not_a_locative(finder: PlaceFinder) -> None:
    text = "Officials in Anbar province said Hammond, Indiana was far away."
    place = locate(finder, text, "said")
    assert place is not None and place.text == "Anbar"


def test_sentence_place_without_a_preposition(finder: PlaceFinder) -> None:
    place = locate(finder, "Kirkuk's governor was shot dead. Mosul police arrested three men.", "arrested",
                   sentence="Mosul police arrested three men.")
    assert place is not None and place.text == "Mosul"


def test_no_place_rather_than_the_article_first_place(finder: PlaceFinder) -> None:
    text = "A drone struck a convoy in Idlib. Later the group denied any role."
    assert locate(finder, text, "denied", sentence="Later the group denied any role.") is None


def test_possessor_is_not_the_sentence_place(finder: PlaceFinder) -> None:
    text = "Syria's foreign minister met his counterpart."
    assert locate(finder, text, "met") is None


def test_accepts_bare_places() -> None:
    text = "Protesters gathered near Tahrir after the vote."
    document = Document(doc_id="d", input_id="d", text=text)
    start = text.index("Tahrir")
    place = Place(text="Tahrir", start=start, end=start + 6, name="Tahrir Square")
    trigger = Span(text.index("gathered"), text.index("gathered") + 8)
    assert location_for_event(trigger, Span(0, len(text)), [place], document) is place


def test_mention_without_place_is_ignored() -> None:
    text = "Troops deployed in Basra."
    document = Document(doc_id="d", input_id="d", text=text)
    mention = Mention(doc_id="d", start=19, end=24, text="Basra", label="GPE")
    assert location_for_event(Span(7, 15), Span(0, len(text)), [mention], document) is None


def test_recipient_country_of_a_request_is_no_location(finder: PlaceFinder) -> None:
    assert locate(finder, "Turkey urged Iraq to expel the PKK.", "urged") is None


def test_statement_takes_a_place_only_from_a_locative(finder: PlaceFinder) -> None:
    text = "Speaking in Ankara, the minister demanded that Baghdad act."
    place = locate(finder, text, "demanded")
    assert place is not None and place.text == "Ankara"
    assert locate(finder, "The minister demanded that Baghdad act at once.", "demanded") is None


def test_country_as_subject_or_object_is_a_participant(finder: PlaceFinder) -> None:
    assert locate(finder, "Iran has also struck Saudi Arabia twice, officials said.", "struck") is None
    assert locate(finder, "Iraq has accused the militia of the killings.", "accused") is None


def test_city_object_of_an_attack_is_its_location(finder: PlaceFinder) -> None:
    place = locate(finder, "Government jets bombed Idlib for a third day.", "bombed")
    assert place is not None and place.text == "Idlib" and place.country == "SYR"


def test_a_participants_place_is_never_the_location(finder: PlaceFinder) -> None:
    """A place standing for an actor or a recipient is not where the event happened, even
    behind a locative preposition: the launch site of "fired from Gaza"."""
    assert located_with_participant(finder, "Militants fired rockets from Gaza at dawn.",
                                    "fired", "Gaza") == ("Gaza", None)


def test_a_participant_after_the_scene_leaves_the_scene(finder: PlaceFinder) -> None:
    """The nearest locative is the giver ("aid from Qatar"): the locative before it in the
    clause is still the scene."""
    text = "Two planes landed at Benghazi airport on Monday carrying aid from Qatar."
    assert located_with_participant(finder, text, "aid", "Qatar") == ("Qatar", "Benghazi")


def test_a_participant_covering_part_of_a_place_rules_it_out(finder: PlaceFinder) -> None:
    text = "Officials in Erbil met envoys."
    document = Document(doc_id="d", input_id="d", text=text)
    mentions = [to_mention("d", r) for r in finder.find(text)]
    trigger = Span(text.index("met"), text.index("met") + 3)
    officials = Span(0, text.index(" met"))  # "Officials in Erbil", the actor's whole phrase
    assert location_for_event(trigger, Span(0, len(text)), mentions, document, participants=[officials]) is None


def test_a_nationality_in_a_settlement_phrase_is_not_the_place(finder: PlaceFinder) -> None:
    for adjective in ("Lebanese", "Somali", "Chadian"):
        text = f"Jets struck the southern {adjective} town of Qlayaa at dawn."
        place = locate(finder, text, "struck")
        assert place is None or adjective not in place.text, adjective


def test_a_launch_site_is_the_location_only_when_nothing_else_is(finder: PlaceFinder) -> None:
    place = locate(finder, "Militants fired rockets from Gaza at Ashkelon.", "fired")
    assert place is not None and place.text == "Ashkelon"
    place = locate(finder, "Kurdish forces withdrew from Manbij on Monday.", "withdrew")
    assert place is not None and place.text == "Manbij"


@pytest.mark.parametrize("text, town", [
    ("Jets struck a house in the southern Lebanese border town of Kfar Kila after raids in Gaza.",
     "Kfar Kila"),
    ("Militants fired rockets at the Israeli coastal city of Ashkelon over raids in Gaza.", "Ashkelon"),
])
def test_a_long_settlement_phrase_is_still_locative(finder: PlaceFinder, text: str, town: str) -> None:
    """"in the southern Lebanese border town of X": article, direction, nationality, modifier,
    cue and "of" all stand between the preposition and the town, which is the place."""
    trigger = "struck" if "struck" in text else "fired"
    place = locate(finder, text, trigger)
    assert place is not None and place.text == town


def test_a_participant_in_the_nearest_locative_leaves_the_event_unplaced(finder: PlaceFinder) -> None:
    """"the attack on Israel": the phrase of the trigger names its target; a farther place
    ("a group formed in Iraq") belongs to something else."""
    assert located_with_participant(finder, "A group formed in Iraq after the attack on Israel.",
                                    "attack", "Israel") == ("Israel", None)


def test_a_source_gives_way_only_within_its_clause(finder: PlaceFinder) -> None:
    place = locate(finder, "Troops withdrew from Kirkuk in 2011 but returned at Erbil's request.", "withdrew")
    assert place is not None and place.text == "Kirkuk"
    place = locate(finder, "A rocket fired from Lebanon struck a field in the town of Metula.", "fired")
    assert place is not None and place.text == "Metula"


def test_a_place_after_a_participant_in_its_clause_is_the_location(finder: PlaceFinder) -> None:
    text = "Militants launched drones at U.S. forces at an air base in Erbil."
    document = Document(doc_id="d", input_id="d", text=text)
    mentions = [to_mention("d", r) for r in finder.find(text)]
    trigger = Span(text.index("launched"), text.index("launched") + 8)
    forces = Span(text.index("U.S."), text.index("forces") + 6)
    place = location_for_event(trigger, Span(0, len(text)), mentions, document, participants=[forces])
    assert place is not None and place.text == "Erbil"


def test_the_outskirts_of_a_town_are_the_town_not_its_wide_vicinity(finder: PlaceFinder) -> None:
    """A town's outskirts are its edge: the town's own precision, so that a strike on the
    outskirts of one town does not reach the next town 40 km away."""
    place = locate(finder, "Jets struck a depot on the outskirts of the city of Homs.", "struck")
    assert place is not None and place.text == "Homs" and place.precision != "vicinity"


@pytest.mark.parametrize("text, trigger, town", [
    ("Gunmen attacked a checkpoint north of Mosul on Friday.", "attacked", "Mosul"),
    ("Jets struck a depot in the vicinity of the city of Homs.", "struck", "Homs"),
    ("Jets struck a depot in the Tal Tamr countryside on Friday.", "struck", "Tal Tamr"),
])
def test_an_offset_locative_puts_the_event_near_the_town_not_in_it(finder: PlaceFinder, text: str,
                                                                     trigger: str, town: str) -> None:
    place = locate(finder, text, trigger)
    assert place is not None and place.text == town and place.precision == "vicinity"
    inside = locate(finder, f"Gunmen attacked a checkpoint in {town} on Friday.", "attacked")
    assert inside is not None and inside.precision != "vicinity"


def test_the_countryside_of_a_provincial_seat_is_its_province(finder: PlaceFinder) -> None:
    """"the eastern Homs countryside" is rural Homs province, not the ring round the city."""
    place = locate(finder, "Jets struck a depot in the eastern Homs countryside on Friday.", "struck")
    assert place is not None and (place.feature, place.country) == ("region", "SYR")
    assert place.name == "eastern Homs Governorate"


def test_a_dateline_place_is_where_the_story_was_filed_not_the_scene(finder: PlaceFinder) -> None:
    text = "BEIRUT, Lebanon (AFP) - Protesters burned tyres outside the central bank on Friday."
    assert locate(finder, text, "burned") is None


@pytest.mark.parametrize("text, trigger, expected", [
    ("The army sent reinforcements from Benghazi to Kufra on Thursday.", "sent", "Kufra"),
    ("A drone hit a car on the road between Sarmada and Bab al-Hawa, north of Idlib.", "hit", "Sarmada"),
])
def test_a_destination_or_a_stretch_between_places_is_locative(finder: PlaceFinder, text: str, trigger: str,
                                                               expected: str) -> None:
    place = locate(finder, text, trigger)
    assert place is not None and place.text == expected


def test_according_to_puts_nothing_at_a_place(finder: PlaceFinder) -> None:
    text = "According to Iraq's health ministry, the blast killed four people."
    assert locate(finder, text, "killed") is None


def test_a_sea_off_a_coast_is_placed_at_the_coast(finder: PlaceFinder) -> None:
    text = "The navy ordered a frigate to the eastern Mediterranean off Lebanon on Wednesday."
    place = locate(finder, text, "ordered")
    assert place is not None and place.text == "Lebanon"


def test_a_town_named_as_such_near_the_city_is_the_scene(finder: PlaceFinder) -> None:
    text = "Jets carried out air strikes near Damascus on Tuesday, hitting a depot in the town of Kisweh."
    place = locate(finder, text, "strikes")
    assert place is not None and place.text == "Kisweh"
    far = "Jets carried out air strikes near Damascus on Tuesday, days after a raid on the town of Palmyra."
    place = locate(finder, far, "strikes")
    assert place is not None and place.text == "Damascus"


@pytest.mark.parametrize("text, trigger, expected", [
    ("A drone hit a motorbike at the southern entrance of Khiam in the Marjayoun district.", "hit", "Khiam"),
    ("Shells hit homes in the Rimal neighbourhood of Gaza City on Monday.", "hit", "Rimal"),
    ("An air strike in Gaza City's Shejaiya district killed three people.", "strike", "Shejaiya"),
    ("Jets bombed the villages of Arman and Malah in the eastern countryside of Sweida.", "bombed", "Malah"),
])
def test_of_two_places_named_as_one_phrase_the_finer_is_the_scene(finder: PlaceFinder, text: str,
                                                                  trigger: str, expected: str) -> None:
    place = locate(finder, text, trigger)
    assert place is not None and place.text == expected


def test_an_unresolved_place_gives_way_to_the_place_it_lies_in() -> None:
    """"al-Xyz" (lower case) breaks the locative phrase before Homs, yet Homs is where the
    neighbourhood lies."""
    text = "Shells hit homes in al-Xyz neighbourhood of Homs on Monday."
    document = Document(doc_id="d", input_id="d", text=text)
    xyz = Place(text="al-Xyz", start=text.index("al-Xyz"), end=text.index("al-Xyz") + 6)
    homs = Place(text="Homs", start=text.index("Homs"), end=text.index("Homs") + 4, name="Homs",
                 lat=34.73, lon=36.71, country="SYR", feature="city", precision="city")
    trigger = Span(text.index("hit"), text.index("hit") + 3)
    assert location_for_event(trigger, Span(0, len(text)), [xyz, homs], document) is homs


@pytest.mark.parametrize("text, expected", [
    ("A tanker was struck in the Red Sea off Hodeidah on Monday.", "Hodeidah"),
    ("A freighter was struck in the Gulf of Aden off Shabwa on Monday.", "Gulf of Aden"),
    ("A tanker was struck in the Arabian Sea off Dhofar on Monday.", "Arabian Sea"),
])
def test_a_sea_off_a_province_is_the_sea_and_off_a_town_the_town(finder: PlaceFinder, text: str,
                                                                 expected: str) -> None:
    place = locate(finder, text, "struck")
    assert place is not None and place.text == expected


def test_a_crossing_pins_a_movement_and_a_country_passed_through_is_no_scene(finder: PlaceFinder) -> None:
    place = locate(finder, "Aid trucks entered Gaza through the Kerem Shalom crossing on Monday.", "entered")
    assert place is not None and place.text == "Kerem Shalom" and place.feature == "other"
    place = locate(finder, "Smugglers moved weapons through Jordan into the West Bank.", "moved")
    assert place is not None and place.text == "West Bank"


@pytest.mark.parametrize("text, trigger, expected", [
    ("The two ministers signed in Baghdad a deal to rebuild the power grid in Basra.", "signed", "Baghdad"),
    ("The two sides agreed to build a new port in Tartus.", "agreed", None),
    ("The envoys met in Cairo to discuss the war in Khartoum.", "met", "Cairo"),
    ("The fund signed a grant agreement to repair the bridges of Raqqa.", "agreement", None),
])
def test_a_place_an_agreement_or_meeting_is_about_is_not_where_it_happened(finder: PlaceFinder, text: str,
                                                                           trigger: str,
                                                                           expected: str | None) -> None:
    place = locate(finder, text, trigger)
    assert (place.text if place else None) == expected


def test_a_town_before_a_noun_for_its_people_is_where_they_acted(finder: PlaceFinder) -> None:
    place = locate(finder, "Dozens of Sidon residents protested outside the port on Sunday.", "protested")
    assert place is not None and place.text == "Sidon"
    assert locate(finder, "Dozens of residents protested outside the port on Sunday.", "protested") is None


def test_the_content_of_an_accusation_is_not_its_scene(finder: PlaceFinder) -> None:
    text = ("The foreign ministry accused the UAE on Wednesday of supplying the RSF with drones used "
            "in attacks on El Fasher.")
    assert locate(finder, text, "accused") is None
    text = "The government charged that Abu Dhabi was flying weapons through airstrips in eastern Chad."
    assert locate(finder, text, "charged") is None
    place = locate(finder, "Iraq accused Turkey in Baghdad on Monday of violating its airspace.", "accused")
    assert place is not None and place.text == "Baghdad"


def test_what_talks_discussed_is_not_where_they_were_held(finder: PlaceFinder) -> None:
    text = ("The premier held talks on Tuesday with the president, discussing water releases in the "
            "Euphrates and border security.")
    assert locate(finder, text, "held") is None


def test_a_country_word_inside_a_capital_phrase_leaves_the_city_to_the_event(finder: PlaceFinder) -> None:
    text = "Israeli jets struck the Syrian capital on Tuesday."
    assert located_with_participant(finder, text, "struck", "Syrian") == ("Syrian capital", "Syrian capital")


def test_a_place_in_the_triggers_own_clause_comes_first(finder: PlaceFinder) -> None:
    text = ("Both leaders rejected a plan to build houses in Hebron after a meeting between them in the "
            "Jordanian capital on Monday.")
    place = locate(finder, text, "meeting")
    assert place is not None and place.country == "JOR"


def test_a_place_owning_a_topic_is_no_scene(finder: PlaceFinder) -> None:
    text = "Talks began in Muscat on Monday, focusing on Tehran's nuclear programme under Omani mediation."
    place = locate(finder, text, "mediation")
    assert place is not None and place.text == "Muscat"
    text = "Rebels fired a missile at Tel Aviv's Ben Gurion airport on Monday."
    place = locate(finder, text, "fired")
    assert place is not None and place.country == "ISR"


def test_the_way_somebody_is_on_is_no_scene(finder: PlaceFinder) -> None:
    text = ("The aid worker, who had been held in Iran for more than a year on charges of spying, was freed "
            "on Monday and is on her way to Italy.")
    place = locate(finder, text, "freed")
    assert place is not None and place.country == "IRN"


def test_a_countrys_port_of_a_town_is_the_town(finder: PlaceFinder) -> None:
    text = "A tanker was hit by a missile about 60 nautical miles east of Yemen's port of Mukalla on Monday."
    place = locate(finder, text, "hit")
    assert place is not None and place.text == "Mukalla"
