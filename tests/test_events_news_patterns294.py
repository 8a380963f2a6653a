"""Session 51 (sentences written for these tests), from probe C24: people counted plainly as
the object of a state organ's pardon or release ("pardoned 35 people", "freed 20 men") are that
state's own, as coders give them the granting state; counted alone, with no state's organ
granting, they stay no party. A counted plural behind hyphenated modifiers ("four laser-guided
bombs") is a noun, no verb; an attack in a game told with its score is play; who "ended up behind
bars" or "landed in jail" is held (from the opened cluster_test57)."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries

DAY = "2031-05-09"


def test_people_a_state_pardons_or_frees_are_its_own(explainer: Explainer) -> None:
    [event] = code(explainer, "Uganda's president pardoned 35 people on Friday.", DAY)
    assert (event.type, countries(event.recipients)) == ("CONCEDE", ["UGA"])
    [event] = code(explainer, "Rebels in northern Niger freed at least 12 men on Friday.", DAY)
    assert (event.type, countries(event.recipients)) == ("RETREAT", ["NER"])


def test_people_counted_alone_stay_no_party(explainer: Explainer) -> None:
    [event] = code(explainer, "Iran freed 3 people on Friday.", DAY)
    assert event.recipients == []


def test_a_count_before_hyphenated_modifiers_makes_a_plural_noun(explainer: Explainer) -> None:
    text = "An Italian-built jet able to carry six laser-guided bombs drew crowds at an air show in Dubai on Friday."
    assert code(explainer, text, DAY) == []
    # near miss: bombs dropped are an air raid
    [event] = code(explainer, "Saudi jets dropped six laser-guided bombs on Saada on Friday.", DAY)
    assert event.type == "ASSAULT"


def test_an_attack_in_a_game_told_with_its_score_is_play(explainer: Explainer) -> None:
    text = "Italy beat France 21-19 in the Six Nations final in Rome on Friday after surviving a late French attack."
    assert code(explainer, text, DAY) == []


def test_who_ends_up_or_lands_in_jail_is_held(explainer: Explainer) -> None:
    [event] = code(explainer, "Four Ugandan smugglers landed in jail in Nairobi on Friday.", DAY)
    assert (event.type, event.mode, countries(event.recipients)) == ("COERCE", "arrest", ["UGA"])
    [event] = code(explainer, "Two Kenyan poachers ended up behind bars in Arusha on Friday.", DAY)
    assert (event.type, countries(event.recipients)) == ("COERCE", ["KEN"])
