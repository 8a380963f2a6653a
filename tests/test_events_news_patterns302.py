"""Session 53 (sentences written for these tests), from probe C26: acts told as history are no
events of the day: what a remembrance recalls ("to mark the 50th anniversary of the atomic
bombing of the city, which killed ..."), what a charge names ("stand trial in Paris for the
killing of a gendarme", "a warrant that accuses him of the murder of"), what a work or a
journalist's reporting tells ("whose novel recounts an Ottoman assault", "their reporting on
the killing of"); a hazard or a mishap kills in no attack ("tsunamis that swept across the
ocean, killing", "a ferry capsized, killing"); a contest's places are won, no ground; a
statistic of an act ("the highest murder rate") and an embargo cited as breached are no act."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, types

DAY = "1995-08-07"


def test_an_act_a_remembrance_recalls_is_history(explainer: Explainer) -> None:
    text = ("Tens of thousands gathered in a memorial park on Sunday to mark the 50th anniversary of the "
            "bombing of the city, which killed 140,000 people by the end of 1945.")
    assert types(code(explainer, text, DAY)) == []
    text = ("Veterans attended a ceremony marking the 20th anniversary of Operation Storm, the offensive that "
            "ended the war.")
    assert types(code(explainer, text, DAY)) == []
    # near miss: a bombing of the day is news
    assert types(code(explainer, "A bombing of the city killed 40 people on Sunday.", DAY)) == ["ASSAULT"]


def test_an_act_a_charge_names_is_alleged_history(explainer: Explainer) -> None:
    text = ("Spain handed over to France on Wednesday a suspect of the group ETA, so that he can stand trial "
            "in Paris for the killing of a French gendarme.")
    assert types(code(explainer, text, DAY)) == ["COOPERATE"]
    text = ("British police arrested a former ruler at a London clinic on Friday, acting on a warrant that "
            "accuses him of the murder of Spanish citizens.")
    assert types(code(explainer, text, DAY)) == ["COERCE"]
    # near miss: a killing told as the deed of the day
    assert types(code(explainer, "Gunmen carried out the killing of a French gendarme in Corsica on Friday.",
                      DAY)) == ["ASSAULT"]


def test_an_act_a_work_or_reporting_tells_is_its_topic(explainer: Explainer) -> None:
    text = ("Ismail Kadare, whose novel recounts an Ottoman assault on a citadel, won a literary prize "
            "at a ceremony in Edinburgh on Thursday.")
    assert types(code(explainer, text, DAY)) == []
    text = ("Myanmar's president pardoned on Tuesday two journalists who had spent 500 days behind bars over "
            "their reporting on the killing of Rohingya Muslims in Rakhine state.")
    assert types(code(explainer, text, DAY)) == ["CONCEDE"]


def test_a_hazard_or_a_mishap_kills_in_no_attack(explainer: Explainer) -> None:
    text = ("An undersea earthquake triggered tsunamis that swept across the Indian Ocean on Sunday, "
            "killing thousands of people from Thailand to Sri Lanka.")
    assert types(code(explainer, text, DAY)) == []
    text = "The bank pledged money for reconstruction after Cyclone Idai, which killed more than 1,000 people."
    assert "ASSAULT" not in types(code(explainer, text, DAY))
    text = ("A ferry carrying hundreds of passengers capsized on Lake Victoria on Thursday, killing more than "
            "130 people.")
    assert types(code(explainer, text, DAY)) == []
    # near miss: a bomb that exploded killed in an attack
    text = "A car bomb exploded near a market in Mogadishu on Thursday, killing five people."
    assert types(code(explainer, text, DAY)) == ["ASSAULT"]


def test_a_contests_places_are_won_no_ground(explainer: Explainer) -> None:
    text = "Kenyan runners captured the first four places in the men's race at the Boston Marathon on Monday."
    assert types(code(explainer, text, DAY)) == []
    assert types(code(explainer, "Rebels captured the town of Kidal on Monday.", DAY)) == ["ASSAULT"]


def test_a_statistic_of_an_act_is_no_act(explainer: Explainer) -> None:
    text = ("Homicides in Honduras rose 12 percent last year, giving the Central American country the highest "
            "murder rate in the world, according to figures released on Wednesday.")
    assert types(code(explainer, text, DAY)) == []


def test_an_embargo_cited_as_breached_is_no_measure(explainer: Explainer) -> None:
    text = ("Eritrea allegedly airlifted weapons to militias in southern Somalia last week, in breach of a "
            "U.N. arms embargo, diplomats in Nairobi said on Monday.")
    assert "SANCTION" not in types(code(explainer, text, DAY))
    # near miss: an embargo imposed is a measure of the day
    assert types(code(explainer, "The Security Council imposed an arms embargo on Somalia on Monday.", DAY)) \
        == ["SANCTION"]
