"""Roles that a name set off by an apposition carries: a victim named first ("X, a Ukrainian
reporter who ..., was shot dead") receives the passive; a speaker named first ("HAC,
Sudan's state aid regulator, said"), be it an acronym or a name the knowledge base lacks,
speaks, not the party its apposition names; a reporting form after a possessive ("Sudan's
state") is a noun. An inverse entry without an object (the lexicon's "walked out of
prison") has its subject undergo the act. Sentences written for these tests."""

from __future__ import annotations

from lapwing.events_lexicon import Entry
from lapwing.events_roles import PatternRoles, Roles
from lapwing.explain import Explainer
from lapwing.records import ActorRef

from event_helpers import code, countries, of_type

DAY = "2011-05-16"  # a Monday


def test_a_victim_named_before_an_apposition_receives_the_passive(explainer: Explainer) -> None:
    (attack,) = of_type(explainer, "Ivan Sokolenko, a Ukrainian reporter who covered the war in the east, "
                        "was shot dead outside his home on Monday, police said.", "ASSAULT", DAY)
    assert countries(attack.recipients) == ["UKR"]
    assert not attack.actors


def test_a_speaker_named_before_an_apposition_speaks(explainer: Explainer) -> None:
    (accusation,) = of_type(explainer, "NYALA — HAC, Sudan's state aid regulator, said on Monday that a "
                            "Danish charity had breached its permits by flying staff into Darfur.", "ACCUSE", DAY)
    assert countries(accusation.actors) == ["SDN"]
    assert countries(accusation.recipients) == ["DNK"]


def test_an_unknown_name_before_an_apposition_is_the_speaker(explainer: Explainer) -> None:
    events = code(explainer, "Abdulkarim al-Mahdi, a senior figure in the movement, said on Monday that "
                  "Saudi airports would be targeted if the blockade went on.", DAY)
    (threat,) = [e for e in events if e.type == "THREATEN"]
    assert threat.attribution is not None and threat.attribution.speaker.text == "Abdulkarim al-Mahdi"
    assert all(a.text != "on Monday" for a in threat.actors)


def test_an_inverse_entry_without_an_object_has_its_subject_undergo_the_act() -> None:
    freed = ActorRef(text="Nelson Mandela", start=0, end=14, country="ZAF")
    entry = Entry(key="walk out of * @jails", pos="verb", type="RETREAT", mode="release", inverse=True)
    roles = PatternRoles()._arrange(Roles(actors=[freed]), entry)
    assert roles.recipients == [freed] and not roles.actors
    hosting = Entry(key="host", pos="verb", type="CONSULT", args=("obj",), inverse=True)
    unchanged = PatternRoles()._arrange(Roles(actors=[freed]), hosting)
    assert unchanged.actors == [freed]
