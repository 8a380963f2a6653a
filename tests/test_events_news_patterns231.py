"""Roles: a phrase fronted before the subject that names the act's other party ("To Kyiv,
the minister promised ...", "With Lula, the president discussed ...") gives the recipient,
as the same phrase would after the verb. A fronted phrase holding more than a party names
none. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import of_type

DAY = "2024-03-12"


def test_fronted_to_names_the_party_promised(explainer: Explainer) -> None:
    (pledge,) = of_type(explainer, "To Chisinau, the Romanian finance minister promised a fresh loan "
                        "before winter, his ministry said.", "AGREE", DAY)
    assert [a.country for a in pledge.actors] == ["ROU"]
    assert [r.country for r in pledge.recipients] == ["MDA"]


def test_fronted_with_names_the_other_side_of_talks(explainer: Explainer) -> None:
    (talks,) = of_type(explainer, "With Kenya's president, the Ethiopian prime minister discussed "
                       "the Lamu corridor over lunch in Addis Ababa.", "CONSULT", DAY)
    assert [a.country for a in talks.actors] == ["ETH"]
    assert [r.country for r in talks.recipients] == ["KEN"]


def test_fronted_phrase_holding_more_than_a_party_names_none(explainer: Explainer) -> None:
    (talks,) = of_type(explainer, "With the help of Kenya's president, the Ethiopian prime minister "
                       "discussed the Lamu corridor in Addis Ababa.", "CONSULT", DAY)
    assert all(r.country != "KEN" for r in talks.recipients)


def test_fronted_place_of_a_meeting_is_no_party(explainer: Explainer) -> None:
    events = of_type(explainer, "In Chisinau, the Romanian finance minister promised a fresh loan "
                     "before winter, his ministry said.", "AGREE", DAY)
    assert all(r.country != "MDA" for e in events for r in e.recipients)


def test_subject_after_a_fronted_participle_receives_its_act(explainer: Explainer) -> None:
    (arrest,) = of_type(explainer, "Detained by Belarusian border guards near Grodno, two Lithuanian "
                        "journalists were held for a week, their editor said.", "COERCE", DAY)
    assert [a.country for a in arrest.actors] == ["BLR"]
    assert [r.country for r in arrest.recipients] == ["LTU"]


def test_fronted_participle_by_names_the_doer_of_the_main_passive(explainer: Explainer) -> None:
    (blame,) = of_type(explainer, "Named by Canberra in its annual cyber report, Vietnam was accused "
                       "of hacking shipping firms.", "ACCUSE", DAY)
    assert [a.country for a in blame.actors] == ["AUS"]
    assert [r.country for r in blame.recipients] == ["VNM"]


def test_main_passive_with_its_own_by_keeps_its_doer(explainer: Explainer) -> None:
    events = of_type(explainer, "Criticised by Washington last year, Malaysia was praised by Jakarta "
                     "on Monday.", "SUPPORT", DAY)
    praise = [e for e in events if e.trigger.text == "praised"]
    assert praise and [a.country for a in praise[0].actors] == ["IDN"]
