"""Event structure: a protest owned by its party ("the union's march"), a noun in a manner
phrase after the clause ("..., in a televised threat") restating its act, a place after
"in"/"at" where something is seized only the scene, and a retaliation never merged into the
act it answers. Sentences written for these tests."""

from __future__ import annotations

from lapwing.events import _merge
from lapwing.explain import Explainer
from lapwing.records import ActorRef, EventDate, Event, Span

from event_helpers import of_type

DAY = "2021-03-09"


def test_a_march_owned_by_a_group_is_a_protest(explainer: Explainer) -> None:
    text = ("The Gafsa committee's march in Medenine yesterday, demanding jobs at the phosphate company, "
            "ended calmly outside the town hall, the committee's spokesman said.")
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert protest.trigger.text == "march"


def test_a_march_owned_by_an_army_is_no_protest(explainer: Explainer) -> None:
    text = "The army's march on the capital began on Monday, residents of the northern suburbs said."
    assert not of_type(explainer, text, "PROTEST", DAY)


def test_a_threat_noun_in_a_manner_phrase_is_no_second_threat(explainer: Explainer) -> None:
    text = ("A Houthi military spokesman said on Tuesday any Saudi tanker entering the port of Jizan would be "
            "a legitimate target of his fighters, in a recorded threat aimed at the backers of the Aden government.")
    assert len(of_type(explainer, text, "THREATEN", DAY)) == 1


def test_a_city_where_people_were_seized_is_only_the_scene(explainer: Explainer) -> None:
    text = "The watchdog said security agents had seized the men at dawn in Basra and Amarah."
    (seizure,) = of_type(explainer, text, "COERCE", DAY)
    assert not any(r.text in ("Basra", "Amarah") for r in seizure.recipients)


def _assault(text: str, start: int, actors: list[ActorRef]) -> Event:
    return Event(doc_id="d", event_id=f"d:{start}", type="ASSAULT", trigger=Span(start, start + len(text), text),
                 sentence=Span(0, 120, ""), actors=actors)


def test_a_retaliation_with_its_party_unread_never_merges_with_the_act_it_answers() -> None:
    rebels = ActorRef(text="rebels", start=0, end=6, country="MLI", sector="REB", type="armed_group")
    attack, answer = _assault("attacked", 7, [rebels]), _assault("retaliated", 75, [])
    merged = _merge([attack, answer], None, lambda e: EventDate(), {}, frozenset({"retaliated"}))
    assert merged == [attack, answer]
    assert len(_merge([attack, answer], None, lambda e: EventDate(), {}, frozenset())) == 1
