"""Session 48 (sentences written for these tests), from the opened cluster_test54: the author
of a letter or statement that opens the sentence asks what the letter asks ("A letter signed
by X asked", "A letter X addressed to Y begs"); a verb after a day is no noun ("on Tuesday
begs"); a possessor after a given name is a person who shares a town's name ("Jenny
Shipley's government"), not the town's state."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2041-06-14"


def test_the_author_of_an_opening_letter_asks(explainer: Explainer) -> None:
    for text in ("A letter signed by Tuvalu's prime minister asked Canberra to pay for a seawall.",
                 "A letter from Tuvalu's prime minister begs Canberra to pay for a seawall.",
                 "A letter Tuvalu's prime minister addressed to the Australian premier on Tuesday begs Canberra "
                 "to pay for a seawall."):
        (request,) = of_type(explainer, text, "REQUEST", DAY)
        assert countries(request.actors) == ["TUV"] and countries(request.recipients) == ["AUS"], text


def test_a_verb_after_a_day_is_no_noun(explainer: Explainer) -> None:
    text = "Tuvalu's prime minister on Tuesday begs Canberra to pay for a seawall."
    assert len(of_type(explainer, text, "REQUEST", DAY)) == 1
    # after a determiner the day still modifies a noun
    text = "The Tuesday raid by Malian soldiers on a camp near Gao killed five."
    assert of_type(explainer, text, "ASSAULT", DAY)


def test_a_possessor_after_a_given_name_is_a_person(explainer: Explainer) -> None:
    text = "Tuvalu's prime minister implored Jenny Shipley's government in Wellington to pay for a seawall."
    (request,) = of_type(explainer, text, "REQUEST", DAY)
    assert "GBR" not in countries(request.recipients)
