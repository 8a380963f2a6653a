"""Who acts when the subject's words mislead: "IS" in capitals is the Islamic State, no "is"; a
toll's counts ("6 dead and 19 injured") are its victims, not the attacker named before; the
holder named after "held by" (or "taken by", "picked up by": a capture) frees the held, even when
the article opens its name; a participle right after the maker of a statement ("a statement by X
criticising") is what the maker says; a weapon "attributed to" a party was fired by it; aid given
"courtesy of" a party is its gift.
Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import known_countries, of_type

DAY = "2015-10-14"


def _ids(refs) -> list[str | None]:
    return [r.actor_id for r in refs]


def test_is_in_capitals_is_the_islamic_state_not_a_passive(explainer: Explainer) -> None:
    text = "Fighters of IS fired mortar shells at the Kurdish town of Kobani on Tuesday."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert _ids(attack.actors) == ["isis"]
    assert "isis" not in _ids(attack.recipients)


def test_a_lower_case_is_still_makes_a_passive(explainer: Explainer) -> None:
    # the control: the auxiliary written as a word keeps the subject the victim
    text = "A Kurdish village near Kobani is shelled by the Syrian army every night."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert known_countries(attack.actors) == ["SYR"]


def test_a_tolls_counts_are_its_victims_not_the_attacker(explainer: Explainer) -> None:
    text = ("Boko Haram gunmen fired rockets at a Nigerian army base near Maiduguri on Tuesday, and the "
            "toll rose to 3 dead and 12 wounded.")
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert _ids(attack.actors) == ["boko_haram"]
    assert known_countries(attack.recipients) == ["NGA"]


def test_the_party_named_before_dead_is_the_tolls_victim(explainer: Explainer) -> None:
    # the control: a party left dead and wounded is hurt by the attack
    text = "Rebels shelled the garrison on Tuesday, leaving four Malian soldiers dead and six wounded."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert known_countries(attack.recipients) == ["MLI"]


def test_a_holder_whose_name_opens_with_the_frees_the_held(explainer: Explainer) -> None:
    text = "Palestinian fishermen held by the Jewish state's navy off Gaza walked free on Tuesday."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert known_countries(release.actors) == ["ISR"]
    assert known_countries(release.recipients) == ["PSE"]


def test_a_participle_after_a_statements_maker_is_the_makers_act(explainer: Explainer) -> None:
    text = ("Rabat this evening threw out a statement by EU human rights envoys criticising the jailing of "
            "Moroccan journalists.")
    (censure,) = of_type(explainer, text, "ACCUSE", DAY)
    assert _ids(censure.actors) == ["eu"]


def test_the_answering_party_keeps_its_own_act(explainer: Explainer) -> None:
    # the control: the clause's verb stays the dismisser's, whom the statement's makers answer
    text = ("Rabat on Tuesday dismissed a statement by Dutch lawmakers condemning the jailing of "
            "Moroccan journalists.")
    (rejection,) = of_type(explainer, text, "REJECT", DAY)
    assert known_countries(rejection.actors) == ["MAR"]
    assert known_countries(rejection.recipients) == ["NLD"]


def test_a_weapon_attributed_to_a_party_was_fired_by_it(explainer: Explainer) -> None:
    text = "A barrage of mortar shells attributed to al-Shabaab militants struck a market in Baidoa on Friday."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert _ids(attack.actors) == ["al_shabaab"]


def test_a_doer_with_an_unnamed_conjunct_still_fired(explainer: Explainer) -> None:
    text = ("A salvo of rockets attributed to Houthi rebels and their tribal allies struck a fuel depot in "
            "Taiz on Friday.")
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert _ids(attack.actors) == ["houthis"]


def test_aid_given_courtesy_of_a_party_is_its_gift(explainer: Explainer) -> None:
    text = ("Blankets and stoves were handed out to 500 displaced families near Idlib on Monday courtesy "
            "of the Kuwaiti Red Crescent Society.")
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert known_countries(aid.actors) == ["KWT"]


def test_a_captor_named_after_taken_by_frees_the_captives(explainer: Explainer) -> None:
    text = "Ten Somali fishermen taken by the Kenyan navy off Lamu walked free on Tuesday."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert known_countries(release.actors) == ["KEN"]
    assert known_countries(release.recipients) == ["SOM"]


def test_a_captor_named_after_picked_up_by_frees_the_captives(explainer: Explainer) -> None:
    text = "Ten Somali fishermen picked up by the Kenyan navy were freed on Tuesday."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert known_countries(release.actors) == ["KEN"]
