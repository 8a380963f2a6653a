"""Nominalisations and descriptions of a party in news sentences: an owner's "veto of" or
"imprisonment of" a party is that act, a harm suffered "at the hands of" a party is its act on
the sufferer, a participle aside describing the subject ("X, shunned by its neighbours, said")
is background and governs nothing after it, a participle ascribing the subject's act to a party
("a salvo blamed on X struck") names the doer and no accusation, and a participle between a
count and its noun's modifiers ("52 jailed pro-democracy students") describes them. Sentences
written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type, types

DAY = "2021-06-09"


def test_an_owners_veto_of_a_text_is_its_refusal(explainer: Explainer) -> None:
    text = "Turkey's veto of a Swedish-drafted proposal on Kurdish refugees came late on Friday."
    (veto,) = of_type(explainer, text, "REJECT", DAY)
    assert countries(veto.actors) == ["TUR"] and countries(veto.recipients) == ["SWE"]


def test_an_owners_imprisonment_of_a_party_is_its_arrest(explainer: Explainer) -> None:
    text = "Tehran's imprisonment of a French aid worker was confirmed by his family on Monday."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert countries(arrest.actors) == ["IRN"] and countries(arrest.recipients) == ["FRA"]


def test_a_noun_of_a_verb_is_no_act_without_a_party_or_article_after_of(explainer: Explainer) -> None:
    assert code(explainer, "Egypt's target of 4% growth was missed.", DAY) == []


def test_a_harm_at_the_hands_of_a_party_is_its_act_on_the_sufferer(explainer: Explainer) -> None:
    text = "Five Nepali workers spent a month in detention at the hands of Qatari police, an advocacy group said."
    (detention,) = of_type(explainer, text, "COERCE", DAY)
    assert countries(detention.actors) == ["QAT"] and countries(detention.recipients) == ["NPL"]


def test_an_aside_describing_the_subject_is_background_and_governs_nothing(explainer: Explainer) -> None:
    text = "Venezuela's government, shunned by most of its neighbours, said it would release 20 opposition activists."
    events = code(explainer, text, DAY)
    assert "REJECT" not in types(events)
    assert [countries(e.actors) for e in events] == [["VEN"]]


def test_a_material_aside_is_still_coded(explainer: Explainer) -> None:
    text = "The village, shelled by Azerbaijani troops overnight, was evacuated on Tuesday."
    (shelling,) = of_type(explainer, text, "ASSAULT", DAY)
    assert countries(shelling.actors) == ["AZE"]


def test_a_salvo_blamed_on_a_party_is_its_attack_and_no_accusation(explainer: Explainer) -> None:
    text = "Rockets blamed on Hezbollah struck Nahariya on Sunday."
    events = code(explainer, text, DAY)
    assert types(events) == ["ASSAULT"]
    assert countries(events[0].actors) == ["LBN"] and countries(events[0].recipients) == ["ISR"]


def test_blaming_an_attack_on_a_party_is_still_an_accusation(explainer: Explainer) -> None:
    (blame,) = code(explainer, "Israel blamed the rocket attack on Hezbollah on Sunday.", DAY)
    assert blame.type == "ACCUSE" and countries(blame.recipients) == ["LBN"]


def test_a_counted_participle_before_modifiers_describes_the_people(explainer: Explainer) -> None:
    assert types(code(explainer, "The junta freed 52 jailed pro-democracy students on Friday.", DAY)) == ["RETREAT"]
    assert types(code(explainer, "Police jailed 52 pro-democracy students on Friday.", DAY)) == ["COERCE"]


def test_a_party_modifying_an_act_that_needs_its_agent_did_it(explainer: Explainer) -> None:
    """"a settler rampage": the party before the noun is its doer, as "a rampage by settlers"
    names one, and in its singular it is still the class word (``raiding_bands``) that makes a
    rampage an attack; with no party named, a rampage is no event."""
    (attack,) = code(explainer, "A settler rampage through Turmus Ayya on Friday night left nine villagers hurt.", DAY)
    assert attack.type == "ASSAULT" and countries(attack.actors) == ["ISR"]
    assert code(explainer, "A rampage through the market on Friday left a dozen stalls wrecked.", DAY) == []
