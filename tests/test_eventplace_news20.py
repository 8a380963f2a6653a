"""Where an event happened, second places round on cluster_test23 (sentences our own): a
place word that opens an exercise's name, the reason an actor gives for a measure, what the
goods served, and a region named by a description after its country."""

from __future__ import annotations

from lapwing.places import PlaceFinder

from place_helpers import locate, places


def test_a_place_opening_a_numbered_exercise_name_is_no_place(finder: PlaceFinder) -> None:
    text = "Jordanian and Saudi commandos launched Nile Falcon 2026, a week-long joint exercise, on Sunday."
    assert "Nile" not in places(finder, text)


def test_a_place_opening_an_exercise_name_before_drills_is_no_place(finder: PlaceFinder) -> None:
    found = places(finder, "Tunisian and US marines concluded Sahara Shield drills off Bizerte on Thursday.")
    assert "Sahara" not in found and found["Bizerte"] is not None


def test_a_numbered_name_after_a_launching_verb_is_the_exercise(finder: PlaceFinder) -> None:
    found = places(finder, "The two navies kicked off Morgan 2026 off Alexandria on Monday.")
    assert "Morgan" not in found and "Alexandria" in found


def test_the_whole_place_before_an_operation_noun_stays_its_scene(finder: PlaceFinder) -> None:
    """Guard: "the Rafah operation" happens in Rafah; only a longer name hides the place."""
    found = places(finder, "Israeli troops pressed the Rafah operation and began Sinai Guard 2026 drills on Monday.")
    assert "Rafah" in found and "Sinai" not in found


def test_the_destination_in_a_stated_reason_is_no_scene(finder: PlaceFinder) -> None:
    text = ("Britain barred three Iranian executives from entering the country on Tuesday, saying they "
            "had shipped drones and artillery shells to Russia.")
    assert locate(finder, text, "barred") is None


def test_the_war_the_goods_served_is_no_scene(finder: PlaceFinder) -> None:
    assert locate(finder, "Belarus sent fuel trucks to Russian forces on Monday for their war in Ukraine.",
                  "sent") is None


def test_a_countrys_described_kurdish_region_is_the_kurdistan_region(finder: PlaceFinder) -> None:
    for text in ("Rockets hit a refinery in Iraq's semi-autonomous Kurdish region on Tuesday.",
                 "Rockets hit a refinery in northern Iraq's Kurdish north on Tuesday.",
                 "Rockets hit a refinery in the Iraqi Kurdish region on Tuesday."):
        place = locate(finder, text, "hit")
        assert place is not None and place.name == "Kurdistan Region" and place.country == "IRQ", text



def test_a_phrase_triggers_site_object_is_its_scene(finder: PlaceFinder) -> None:
    """"reopen * crossing" is a deed whose trigger is its first word: the crossing it acts on
    is where it happened, not the place its purpose names."""
    text = "Cairo reopened the Rafah crossing on Sunday to let injured Palestinians leave Gaza."
    place = locate(finder, text, "reopened")
    assert place is not None and place.text == "Rafah"


def test_a_base_wire_copy_names_is_a_place(finder: PlaceFinder) -> None:
    place = locate(finder, "Students rallied outside Incirlik air base on Friday against the war in Gaza.", "rallied")
    assert place is not None and place.country == "TUR"
