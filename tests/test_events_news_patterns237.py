"""Event structure: a call or talks named in an adjunct of a clause whose verb codes nothing
("X and Y examined border security in a telephone conversation today") are the subject's
talks; a perfect participle in an absolute clause (", Eritrea having freed the crews") is an
act of its own subject; two ministers who "arrived at a deal" agree. Sentences written for
these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import known_countries, of_type

DAY = "2024-04-04"  # a Thursday


def test_a_telephone_conversation_in_an_adjunct_is_the_subjects_talks(explainer: Explainer) -> None:
    text = ("Prime Minister Kassim Majaliwa and Kenyan Deputy President Rigathi Gachagua examined the "
            "pipeline route and power exports to Kenya in a telephone conversation today, his office said.")
    (call,) = of_type(explainer, text, "CONSULT", DAY)
    assert known_countries(call.actors) == ["KEN"] and len(call.actors) == 2
    assert call.date is not None and call.date.value == DAY


def test_a_telephone_call_yesterday_in_an_adjunct(explainer: Explainer) -> None:
    text = ("Minister Olu Bamidele and Ghanaian Trade Minister Kobina Mensah canvassed tariffs at the border, "
            "transit fees and gas supplies in a telephone call yesterday, officials said.")
    (call,) = of_type(explainer, text, "CONSULT", DAY)
    assert len(call.actors) == 2
    assert call.date is not None and call.date.value == "2024-04-03"


def test_a_stay_for_talks_in_a_capital_named_by_its_country(explainer: Explainer) -> None:
    text = ("Peruvian foreign minister Javier Gonzalez was in the Chilean capital yesterday for talks, "
            "officials said.")
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert known_countries(talks.actors) == ["PER"]


def test_one_party_in_a_phone_call_names_no_talks_of_the_noun(explainer: Explainer) -> None:
    # one subject and a verb of no event: the call names no one met
    assert not of_type(explainer, "The Tanzanian finance minister went through the budget figures in a "
                       "phone call today.", "CONSULT", DAY)


def test_victims_at_a_meeting_are_no_talks(explainer: Explainer) -> None:
    assert not of_type(explainer, "Two Kurdish councillors and a Turkish journalist were wounded at a meeting "
                       "in Diyarbakir today.", "CONSULT", DAY)


def test_calling_for_talks_is_no_meeting(explainer: Explainer) -> None:
    events = of_type(explainer, "Chilean Minister Ana Vidal and Peruvian Minister Luis Paz called for talks "
                     "today.", "CONSULT", DAY)
    assert all(e.trigger.text != "talks" for e in events)


def test_absolute_having_clause_is_an_act_of_its_subject(explainer: Explainer) -> None:
    text = ("Families celebrated in Gaza today, Israel having freed 20 prisoners at the Ofer crossing, "
            "local sources said.")
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert known_countries(release.actors) == ["ISR"]


def test_fronted_having_clause_is_an_act_of_the_main_subject(explainer: Explainer) -> None:
    text = "Having released the 12 fishermen, Somalia returned their boats today, officials said."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert known_countries(release.actors) == ["SOM"]


def test_absolute_clause_after_another_party_keeps_its_own_subject(explainer: Explainer) -> None:
    text = ("Hodeidah fishermen welcomed 40 colleagues home today, Eritrea having released them after "
            "3 months in jail, local sources said.")
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert known_countries(release.actors) == ["ERI"]


def test_two_ministers_arrived_at_a_deal(explainer: Explainer) -> None:
    text = ("Greece's energy minister and Egyptian Petroleum Minister Tarek el-Molla arrived at a deal today "
            "to study a subsea power cable, the Greek ministry said.")
    (deal,) = of_type(explainer, text, "AGREE", DAY)
    assert known_countries(deal.actors) == ["EGY", "GRC"]
