"""Where a place phrase puts an event when the report also names places that are not its
scene: a town a compass bearing is taken from ("south of Sallum"), a region before the unit it
describes ("the Nile Delta province of Beheira"), a matter talks go over ("the crisis in
Libya"), a dateline agency's own office, a town a deed goes on to in a region, the place a
traveller flew in from, the capital a request is made of, where captives were taken before a
release told at its own site, the east of Libya, a medium's reporting, a condemnation's
content, a threat's object and a decision's content. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code

DAY = "2014-03-10"  # a Monday


def _by_trigger(explainer: Explainer, text: str, word: str, day: str = DAY):
    events = [e for e in code(explainer, text, day) if word in e.trigger.text]
    assert events, [e.trigger.text for e in code(explainer, text, day)]
    return events[0]


def _name(explainer: Explainer, text: str, word: str, day: str = DAY) -> str | None:
    place = _by_trigger(explainer, text, word, day).location
    return None if place is None else place.name


def test_a_compass_bearing_vouches_for_a_variant_spelling(explainer: Explainer) -> None:
    text = "Kurdish police arrested 2 smugglers in the hills north of Makhmour on Monday, officials said."
    place = _by_trigger(explainer, text, "arrested").location
    assert place is not None and place.country == "IRQ" and place.feature != "country"


def test_a_region_before_a_unit_of_it_gives_way_to_the_unit(explainer: Explainer) -> None:
    text = "Egyptian police detained 5 men at a farm in the Nile Delta province of Beheira on Monday."
    place = _by_trigger(explainer, text, "detained").location
    assert place is not None and place.feature == "admin1" and place.country == "EGY"


def test_egypts_sharqiya_is_the_delta_governorate(explainer: Explainer) -> None:
    text = "Egyptian police arrested 4 suspected militants in Sharqiya on Monday, the ministry said."
    place = _by_trigger(explainer, text, "arrested").location
    assert place is not None and place.country == "EGY"


def test_a_crisis_talked_over_is_no_scene_of_the_talks(explainer: Explainer) -> None:
    text = ("The Qatari emir discussed regional issues, including the crisis in Libya, with the Tunisian "
            "president in Doha on Monday.")
    assert _name(explainer, text, "discussed") == "Doha"


def test_a_dateline_agency_s_own_office_meets_at_home(explainer: Explainer) -> None:
    # the host is named (the visitor acts, the host receives: a host left unresolved is no party,
    # so the dateline's country would have none in the meeting)
    text = ("DOHA, March 10 (QNA) - Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani received his "
            "Sudanese guest on Monday, and the two sides reviewed security in the Red Sea.")
    assert _name(explainer, text, "received", "2021-03-10") == "Doha"


def test_a_deed_that_goes_on_to_a_town_of_the_region_is_there(explainer: Explainer) -> None:
    text = ("A Qatari aid convoy crossed into northern Syria on Monday and handed out blankets to families "
            "sheltering in tents near Sarmada.")
    place = _by_trigger(explainer, text, "aid").location
    assert place is not None and place.feature in ("city", "locality") and place.country == "SYR"


def test_the_town_a_traveller_flew_in_from_is_no_scene(explainer: Explainer) -> None:
    text = ("The Iraqi oil minister, who flew in from Baghdad, and his Kuwaiti host consented on Monday to extend "
            "the crude supply deal.")
    assert _name(explainer, text, "consented") != "Baghdad"


def test_the_capital_a_request_is_made_of_is_no_scene(explainer: Explainer) -> None:
    text = ("Beirut has requested urgent fuel shipments from Baghdad to ease blackouts, an energy ministry "
            "official said on Monday.")
    assert _name(explainer, text, "requested") != "Baghdad"


def test_captives_taken_elsewhere_are_freed_at_the_site_the_clause_names(explainer: Explainer) -> None:
    text = ("The 9 Turkish workers kidnapped on the road south of Sirte regained their freedom on Monday in the "
            "town of Misrata, officials said.")
    assert _name(explainer, text, "regained") == "Misratah"


def test_eastern_libya_is_the_settled_east(explainer: Explainer) -> None:
    text = "Gunmen in eastern Libya freed 3 Turkish engineers on Monday, the Turkish foreign ministry said."
    place = _by_trigger(explainer, text, "freed").location
    assert place is not None and place.country == "LBY" and place.lat is not None and place.lat > 30.0


def test_a_medium_s_reporting_names_no_scene_of_the_measure(explainer: Explainer) -> None:
    text = ("Egypt's press council suspended the weekly Al-Tahrir on Monday over its reporting of the clashes "
            "in Arish.")
    place = _by_trigger(explainer, text, "suspended").location
    assert place is None or place.feature == "country"


def test_a_condemnation_s_content_is_no_scene(explainer: Explainer) -> None:
    text = ("The Jordanian government condemned Israel on Monday for allowing settlers to storm the Ibrahimi "
            "Mosque in Hebron.")
    assert _name(explainer, text, "condemned") != "Hebron"


def test_a_threat_s_object_is_no_scene(explainer: Explainer) -> None:
    text = "A Houthi spokesman threatened fresh strikes on Jizan and Najran on Monday."
    assert _by_trigger(explainer, text, "threatened").location is None


def test_what_was_consented_to_is_no_scene(explainer: Explainer) -> None:
    text = "Tehran and Baghdad consented on Monday to speed up work on the railway near Basra."
    assert _name(explainer, text, "consented") not in ("Basrah", "Basra")
