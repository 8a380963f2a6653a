"""News wordings whose parties or triggers were misread: the party that wrote a document an
act is framed by ("under UN resolution 2254", "in line with the AU roadmap") is no
recipient; "Mortar shells slammed onto" has the shells as subject, no verb "shell"; a
group's "men" stand for it in its claim; a decision welcomed is backed, no visitor
received; people going back to "the detainees' compound" free no one; an event place read
abroad does not make the people there foreigners. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing.events import _foreign_scene
from lapwing.explain import Explainer
from lapwing.records import ActorRef, Document, Mention, Place

from event_helpers import coded_types, of_type

DAY = "2025-07-08"


@pytest.mark.parametrize("text, type_", [
    ("Thousands rallied in Bamako on Friday, demanding a return to civilian rule under the ECOWAS transition "
     "plan.", "PROTEST"),
    ("Kenya's opposition leader Raila Odinga demanded fresh elections in line with the African Union roadmap on "
     "Monday.", "REQUEST"),
])
def test_the_author_of_a_framing_document_is_no_recipient(explainer: Explainer, text: str, type_: str) -> None:
    (event,) = of_type(explainer, text, type_, DAY)
    assert event.recipients == []


def test_a_party_asked_for_its_own_act_stays_the_recipient(explainer: Explainer) -> None:
    text = "Students marched in Khartoum on Monday, demanding the African Union's intervention."
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert [r.country for r in protest.recipients] == ["IGO"]


@pytest.mark.parametrize("text, trigger", [
    ("Mortar shells slammed onto a busy street in Mogadishu on Monday, a police officer said.", "slammed onto"),
    ("Artillery shells reportedly crashed into a school in Kharkiv overnight, the governor said.", "crashed into"),
])
def test_plural_weapons_before_a_past_verb_are_its_subject(explainer: Explainer, text: str, trigger: str) -> None:
    (strike,) = of_type(explainer, text, "ASSAULT", DAY)
    assert strike.trigger.text == trigger


def test_a_party_that_shells_still_attacks(explainer: Explainer) -> None:
    (strike,) = of_type(explainer, "The Congolese army shells rebel positions near Goma every night.", "ASSAULT", DAY)
    assert strike.trigger.text == "shells"


@pytest.mark.parametrize("text, actor", [
    ("Al-Shabaab said its men carried out the attack on the army base near Baidoa.", "SOM"),
    ("The Pakistani Taliban said their men staged the ambush on the convoy in Bannu.", "PAK"),
])
def test_a_groups_men_in_its_claim_stand_for_it(explainer: Explainer, text: str, actor: str) -> None:
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [a.country for a in attack.actors] == [actor]


@pytest.mark.parametrize("text", [
    "The Senegalese foreign minister welcomed the Guinean decision to release the detainees.",
    "The Senegalese foreign minister welcomed the Guinean move to free the jailed journalists on Monday.",
])
def test_a_decision_welcomed_is_backed_not_a_visit(explainer: Explainer, text: str) -> None:
    assert of_type(explainer, text, "CONSULT", DAY) == []
    (backing,) = of_type(explainer, text, "SUPPORT", DAY)
    assert [r.country for r in backing.recipients] == ["GIN"]


def test_a_visitor_welcomed_to_a_capital_still_meets(explainer: Explainer) -> None:
    text = "The Kenyan president welcomed the Somali prime minister to Nairobi on Monday."
    assert coded_types(explainer, text, DAY) == ["CONSULT"]


def test_going_back_to_the_captives_compound_frees_no_one(explainer: Explainer) -> None:
    text = "The Libyan envoy returned to the detainees' compound near Tripoli on Sunday."
    assert of_type(explainer, text, "RETREAT", DAY) == []


def test_captives_returned_to_their_country_are_still_freed(explainer: Explainer) -> None:
    text = "Armenia returned two Azerbaijani shepherds to Azerbaijan on Monday."
    assert coded_types(explainer, text, DAY) == ["RETREAT"]


TEXT = "Crowds filled Nakheel square on Friday, as towns such as Jerash and Ajloun joined the protests."


def _place(name: str, country: str) -> Mention:
    start = TEXT.index(name)
    end = start + len(name)
    return Mention("d", start, end, name, "LOC", place=Place(name, start, end, name=name, country=country))


def test_an_event_place_abroad_that_other_places_outvote_is_foreign() -> None:
    square = _place("Nakheel square", "ARE")
    mentions = [square, _place("Jerash", "JOR"), _place("Ajloun", "JOR")]
    assert _foreign_scene(square.place, mentions, Document(doc_id="d", input_id="d", text=TEXT), 0)


def test_an_event_place_a_party_or_a_lone_other_place_backs_is_kept() -> None:
    square = _place("Nakheel square", "ARE")
    crowds = Mention("d", 0, 6, "Crowds", "NORP", actor=ActorRef(text="Crowds", country="ARE"))
    document = Document(doc_id="d", input_id="d", text=TEXT)
    assert not _foreign_scene(square.place, [square, crowds, _place("Jerash", "JOR"), _place("Ajloun", "JOR")],
                              document, 0)
    assert not _foreign_scene(square.place, [square, _place("Jerash", "JOR")], document, 0)
