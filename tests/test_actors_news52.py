"""Sources and targets in news wordings: "their" or "its" before an event noun stands for its
clause's subject; a later "of" past another noun phrase is that phrase's; people a delivery is
"for" only benefit from it; a participle on a noun inside an "of" phrase describes that noun;
"a senior X commander" is no known holder of the office. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, known_countries, of_type

DAY = "2025-09-16"


def test_their_before_a_joint_act_stands_for_the_two_states_of_the_subject(explainer: Explainer) -> None:
    text = ("Gambian and Guinean naval boats sailed on Friday on their first joint patrol off the mouth of the "
            "Gambia River, the Gambian navy said.")
    (patrol,) = of_type(explainer, text, "COOPERATE", DAY)
    assert known_countries(patrol.actors) == ["GIN", "GMB"]


def test_its_before_an_event_noun_in_a_phrase_names_the_subject(explainer: Explainer) -> None:
    text = "Jordanian and Egyptian troops took part in their annual joint drill near Aqaba on Monday."
    (drill,) = of_type(explainer, text, "COOPERATE", DAY)
    assert known_countries(drill.actors) == ["EGY", "JOR"]


def test_people_aid_is_for_do_not_deliver_it(explainer: Explainer) -> None:
    text = "Relief lorries carrying flour for nearly 40,000 people reached Kadugli on Saturday, the UN said."
    for aid in of_type(explainer, text, "AID", DAY):
        assert all(a.text != "people" for a in aid.actors)


def test_people_killed_in_fighting_shown_on_pictures_were_not_killed_by_the_marchers(
        explainer: Explainer) -> None:
    text = "Hundreds of mourners held up photos of relatives killed in the shelling of Misrata."
    for event in code(explainer, text, DAY):
        assert all(a.text != "mourners" for a in event.actors)


def test_an_indefinite_senior_commander_is_no_known_holder(explainer: Explainer) -> None:
    text = "A senior Revolutionary Guards commander warned on Monday that Tehran could close the Strait of Hormuz."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert [a.country for a in threat.actors] == ["IRN"]
    assert all(a.actor_id in (None, "IRN") for a in threat.actors)


def test_the_definite_commander_still_resolves_to_the_holder(explainer: Explainer) -> None:
    text = "The Revolutionary Guards commander warned on Monday that Tehran could close the Strait of Hormuz."
    (threat,) = of_type(explainer, text, "THREATEN", DAY)
    assert all(a.actor_id not in (None, "IRN") for a in threat.actors)
