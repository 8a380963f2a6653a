"""Actors of session 42 (sentences written for these tests): a sizeable place before an actor
noun gives its country ("Darfur rebels", "Basra police"), unless it is a KB person's name
("the Bush administration"); rebel leaders and commanders, bishops, campaigners named by
their cause, kin who speak for the missing, and relief bodies named by their work are actors."""

from __future__ import annotations

from actor_helpers import hit
from event_helpers import countries, of_type

DATE = "2006-01-18"


def test_a_place_before_an_actor_noun_gives_its_country(kb) -> None:
    assert hit(kb, "Tigray rebels ambushed a convoy on Tuesday.", "Tigray rebels", DATE).country == "ETH"
    # a place word says where the group is from even where the act is set elsewhere
    assert hit(kb, "Basra police detained four smugglers in Kuwait on Tuesday.", "Basra police", DATE).country == "IRQ"
    # a KB person's name before a government noun stays the leader's
    assert hit(kb, "The Bush administration imposed new tariffs.", "Bush administration", "1990-05-02").country == "USA"


def test_rebel_leaders_received_abroad_keep_their_home(explainer) -> None:
    text = "A delegation of Darfur rebel leaders was received by President Idriss Deby in N'Djamena on Tuesday."
    (visit,) = of_type(explainer, text, "CONSULT", DATE)
    assert "SDN" in countries(visit.actors + visit.recipients)


def test_bishops_campaigners_kin_and_relief_bodies_are_actors(explainer) -> None:
    (rebuke,) = of_type(explainer, "Catholic bishops in Uganda issued a sharp rebuke of the army on Tuesday.",
                        "ACCUSE", DATE)
    assert countries(rebuke.actors) == ["UGA"]
    (suit,) = of_type(explainer, "Zambian human rights activists sued the police on Tuesday.", "ACCUSE", DATE)
    assert countries(suit.actors) == ["ZMB"]
    (plea,) = of_type(explainer, "Relatives of the missing miners petitioned the High Court in Lusaka on Tuesday.",
                      "REQUEST", DATE)
    assert countries(plea.actors) == ["ZMB"]
    (appeal,) = of_type(explainer, "Aid agencies urged Kenya and Somalia to reopen the border crossing at Mandera.",
                        "REQUEST", DATE)
    assert appeal.actors and sorted(countries(appeal.recipients)) == ["KEN", "SOM"]
    (truce,) = of_type(explainer, "Rebel commanders in eastern Congo consented to a truce on Tuesday.", "AGREE", DATE)
    assert truce.actors
