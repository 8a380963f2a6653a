"""location_for_event: the locative phrase of the trigger, else the sentence's one place."""

from __future__ import annotations

import pytest

from lapwing.eventplace import location_for_event
from lapwing.places import PlaceFinder, to_mention
from lapwing.records import Document, Mention, Place, Span


@pytest.fixture(scope="module")
def finder() -> PlaceFinder:
    return PlaceFinder.build()


def locate(finder: PlaceFinder, text: str, trigger: str, sentence: str | None = None) -> Place | None:
    document = Document(doc_id="d", input_id="d", text=text)
    mentions = [to_mention("d", r) for r in finder.find(text)]
    start = text.index(sentence) if sentence else 0
    end = start + len(sentence) if sentence else len(text)
    at = text.index(trigger, start)
    return location_for_event(Span(at, at + len(trigger)), Span(start, end), mentions, document)


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
